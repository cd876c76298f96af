// The zod schema of every API call's arguments. Main validates each call against it;
// a call that does not match is refused with a clear error and nothing is written.
import { z } from 'zod'
import type { Channel } from './api'
import { CLAIM_FIELDS } from './claim-fields'
import { REPORT_FORMATS } from './report'
import {
  ArticleMetaSchema,
  CorroborationSchema,
  CredibilitySchema,
  EvidenceStanceSchema,
  Id,
  ReliabilitySchema,
  SourcingTypeSchema,
} from './schema'
import { SettingsPatchSchema } from './settings'

/** Largest article text accepted over IPC (characters). Files are checked by size before reading. */
export const MAX_ARTICLE_CHARS = 60_000_000

const ClaimRef = [Id, Id] as const
const ReportRequestSchema = z
  .object({
    format: z.enum(REPORT_FORMATS),
    articles: z.union([z.literal('all'), z.array(Id).min(1).max(10000)]),
    filter: z
      .object({ corroboration: z.array(CorroborationSchema).max(6).optional(), singleAnonymousSource: z.boolean().optional() })
      .strict()
      .optional(),
  })
  .strict()
const Offset = z.number().int().min(0).max(MAX_ARTICLE_CHARS)
const EvidenceFields = z.object({
  citation: z.string().trim().min(1, 'Give a citation or a URL.').max(4000),
  url: z
    .string()
    .max(4000)
    .refine((u) => /^https?:\/\//i.test(u.trim()), 'Only http and https links are kept.')
    .nullable(),
  note: z.string().max(20000),
  stance: EvidenceStanceSchema,
  independent: z.boolean(),
})

export const API_CONTRACT = {
  'workspace.info': z.tuple([]),
  'workspace.setReviewerName': z.tuple([z.string().max(200)]),
  'workspace.tags': z.tuple([]),
  'articles.list': z.tuple([]),
  'articles.get': z.tuple([Id]),
  'articles.open': z.tuple([Id, z.number().int().min(1).max(10_000)]),
  'articles.claimPage': z.tuple([Id, z.number().int().min(0).max(10_000_000), z.number().int().min(1).max(10_000)]),
  'articles.textPart': z.tuple([Id, z.number().int().min(0).max(100_000_000), z.number().int().min(1).max(10_000_000)]),
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
  'claims.setHeadline': z.tuple([...ClaimRef, z.string().max(300)]),
  'claims.setReliability': z.tuple([...ClaimRef, ReliabilitySchema.nullable()]),
  'claims.setCredibility': z.tuple([...ClaimRef, CredibilitySchema.nullable()]),
  'claims.setTags': z.tuple([...ClaimRef, CLAIM_FIELDS.tags.schema]),
  'claims.setAttribution': z.tuple([...ClaimRef, CLAIM_FIELDS['sourcing.attribution'].schema]),
  'claims.setHedge': z.tuple([...ClaimRef, CLAIM_FIELDS['hedge.cue'].schema]),
  'claims.setState': z.tuple([...ClaimRef, CLAIM_FIELDS.state.schema]),
  'claims.create': z.tuple([Id, Offset, Offset]),
  'claims.setSpan': z.tuple([...ClaimRef, Offset, Offset]),
  'claims.split': z.tuple([...ClaimRef, Offset]),
  'claims.mergeWithNext': z.tuple([...ClaimRef]),
  'claims.delete': z.tuple([...ClaimRef]),
  'evidence.add': z.tuple([...ClaimRef, EvidenceFields.extend({ attachFile: z.boolean().optional() })]),
  'evidence.update': z.tuple([...ClaimRef, Id, EvidenceFields.partial()]),
  'evidence.remove': z.tuple([...ClaimRef, Id]),
  'history.state': z.tuple([]),
  'history.undo': z.tuple([]),
  'history.redo': z.tuple([]),
  'articles.updateMeta': z.tuple([Id, ArticleMetaSchema.partial().strict()]),
  'articles.updateText': z.tuple([Id, z.string().min(1).max(MAX_ARTICLE_CHARS)]),
  'articles.importBytes': z.tuple([
    z.object({
      name: z.string().min(1).max(500),
      bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= 50 * 1024 * 1024, 'The file is larger than 50 MB.'),
    }),
  ]),
  'search.claims': z.tuple([z.string().max(500), z.number().int().min(1).max(500).optional()]),
  'search.claimsNow': z.tuple([z.string().max(500), z.number().int().min(1).max(500).optional()]),
  'search.query': z.tuple([z.string().max(500), z.number().int().min(1).max(500).optional()]),
  'links.openExternal': z.tuple([z.string().max(4000)]),
  'reports.preview': z.tuple([ReportRequestSchema]),
  'reports.previewPdf': z.tuple([ReportRequestSchema]),
  'reports.export': z.tuple([ReportRequestSchema]),
  'reports.cancel': z.tuple([]),
  'merge.fromDialog': z.tuple([z.enum(['export', 'folder'])]),
  'merge.list': z.tuple([]),
  'merge.undo': z.tuple([z.string().regex(/^[A-Za-z0-9_.:-]{1,80}$/, 'not a merge id')]),
  'settings.get': z.tuple([]),
  'settings.update': z.tuple([SettingsPatchSchema]),
  'workspace.create': z.tuple([]),
  'workspace.open': z.tuple([]),
  'workspace.openRecent': z.tuple([z.string().min(1).max(4096)]),
  'workspace.forgetRecent': z.tuple([z.string().min(1).max(4096)]),
  'workspace.reveal': z.tuple([]),
  'merge.finish': z.tuple([z.string().regex(/^[A-Za-z0-9_.:-]{1,80}$/, 'not a merge id')]),
  'articles.remove': z.tuple([Id]),
  'articles.restore': z.tuple([z.string().regex(/^[A-Za-z0-9_-]{1,200}\.json\.removed-[0-9TZ-]{24}$/, 'not a removed article')]),
  'articles.listRemoved': z.tuple([]),
  'workspace.retrySave': z.tuple([]),
  'workspace.retakeLock': z.tuple([]),
  'settings.chooseExportFolder': z.tuple([]),
  'related.alsoReported': z.tuple([...ClaimRef]),
  'related.decide': z.tuple([...ClaimRef, ...ClaimRef, z.enum(['suggested', 'confirmed', 'rejected'])]),
  'related.addAsEvidence': z.tuple([...ClaimRef, ...ClaimRef]),
  'related.conflicts': z.tuple([]),
} as const satisfies Record<Channel, z.ZodTuple>
