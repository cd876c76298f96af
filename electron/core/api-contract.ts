// The zod schema of every API call's arguments. Main validates each call against it;
// a call that does not match is refused with a clear error and nothing is written.
import { z } from 'zod'
import type { Channel } from './api'
import { CorroborationSchema, CredibilitySchema, Id, ReliabilitySchema, SourcingTypeSchema } from './schema'

/** Largest article text accepted over IPC (characters). Files are checked by size before reading. */
export const MAX_ARTICLE_CHARS = 60_000_000

const ClaimRef = [Id, Id] as const

export const API_CONTRACT = {
  'workspace.info': z.tuple([]),
  'workspace.setReviewerName': z.tuple([z.string().max(200)]),
  'articles.list': z.tuple([]),
  'articles.get': z.tuple([Id]),
  'articles.importText': z.tuple([
    z.object({
      text: z.string().min(1, 'The article is empty.').max(MAX_ARTICLE_CHARS, 'The article is too large.'),
      sourceName: z.string().max(500).nullable(),
    }),
  ]),
  'articles.importFromDialog': z.tuple([]),
  'claims.setSourcing': z.tuple([...ClaimRef, SourcingTypeSchema]),
  'claims.setCorroboration': z.tuple([...ClaimRef, CorroborationSchema]),
  'claims.setNote': z.tuple([...ClaimRef, z.string().max(100000)]),
  'claims.setReliability': z.tuple([...ClaimRef, ReliabilitySchema.nullable()]),
  'claims.setCredibility': z.tuple([...ClaimRef, CredibilitySchema.nullable()]),
} as const satisfies Record<Channel, z.ZodTuple>
