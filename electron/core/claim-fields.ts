// Every field a reviewer can change on a claim, with its schema, in one table.
// The service, the IPC contract, history and undo all go through it, so a new
// editable field is one entry here rather than a handler, a validator and an undo case.
import { z } from 'zod'
import {
  CorroborationSchema,
  CredibilitySchema,
  ReliabilitySchema,
  RelatedDecisionSchema,
  SourcingTypeSchema,
  type Claim,
} from './schema'

interface FieldSpec<T> {
  schema: z.ZodType<T>
  get(claim: Claim): T
  set(claim: Claim, value: T): Claim
}

function field<T>(spec: FieldSpec<T>): FieldSpec<T> {
  return spec
}

// One decision per linked claim, in a stable order, so equal lists compare equal.
const RelatedDecisions = z
  .array(RelatedDecisionSchema)
  .max(10000)
  .transform((list) => {
    const latest = new Map(list.map((d) => [`${d.articleId}/${d.claimId}`, d]))
    return [...latest.values()].sort((a, b) => (a.articleId + a.claimId < b.articleId + b.claimId ? -1 : 1))
  })

const Tags = z
  .array(z.string().trim().min(1).max(80))
  .max(100)
  .transform((tags) => [...new Set(tags)])

export const CLAIM_FIELDS = {
  'sourcing.type': field({
    schema: SourcingTypeSchema,
    get: (c) => c.sourcing.type,
    set: (c, type) => ({ ...c, sourcing: { ...c.sourcing, type, confirmed: true } }),
  }),
  'sourcing.attribution': field({
    schema: z.string().max(2000).nullable(),
    get: (c) => c.sourcing.attribution,
    set: (c, attribution) => ({ ...c, sourcing: { ...c.sourcing, attribution } }),
  }),
  'hedge.cue': field({
    // A hedge is its cue: null means "not hedged".
    schema: z.string().max(200).nullable(),
    get: (c) => (c.hedge.hedged ? c.hedge.cue : null),
    set: (c, cue) => ({ ...c, hedge: { hedged: cue !== null, cue } }),
  }),
  corroboration: field({
    schema: CorroborationSchema,
    get: (c) => c.corroboration,
    set: (c, corroboration) => ({ ...c, corroboration }),
  }),
  reliability: field({
    schema: ReliabilitySchema.nullable(),
    get: (c) => c.reliability,
    set: (c, reliability) => ({ ...c, reliability }),
  }),
  credibility: field({
    schema: CredibilitySchema.nullable(),
    get: (c) => c.credibility,
    set: (c, credibility) => ({ ...c, credibility }),
  }),
  note: field({
    schema: z.string().max(100000),
    get: (c) => c.note,
    set: (c, note) => ({ ...c, note }),
  }),
  headline: field({
    // The "headline claim": a short form the reviewer writes for publishing (ClaimReview); '' = none.
    schema: z.string().trim().max(300),
    get: (c) => c.headline ?? '',
    set: (c, headline) => ({ ...c, headline }),
  }),
  tags: field({
    schema: Tags as unknown as z.ZodType<string[]>,
    get: (c) => c.tags,
    set: (c, tags) => ({ ...c, tags }),
  }),
  related: field({
    schema: RelatedDecisions as unknown as z.ZodType<z.infer<typeof RelatedDecisionSchema>[]>,
    get: (c) => c.related ?? [],
    set: (c, related) => ({ ...c, related }),
  }),
  state: field({
    schema: z.enum(['active', 'dismissed']),
    // Orphaned is not the reviewer's to set or clear: only re-anchoring decides it.
    get: (c) => (c.state === 'orphaned' ? 'active' : c.state),
    set: (c, state) => ({ ...c, state: c.state === 'orphaned' && state === 'active' ? 'orphaned' : state }),
  }),
} as const

export type ClaimField = keyof typeof CLAIM_FIELDS
export type ClaimFieldValue<F extends ClaimField> = (typeof CLAIM_FIELDS)[F] extends FieldSpec<infer T> ? T : never
export const CLAIM_FIELD_NAMES = Object.keys(CLAIM_FIELDS) as ClaimField[]
