// zod schemas for everything that is stored on disk or crosses the IPC boundary.
// The TypeScript types are inferred from them, so the shape is written once.
import { z } from 'zod'
import {
  CORROBORATION_STATUSES,
  CREDIBILITY_GRADES,
  EVIDENCE_STANCES,
  NON_CLAIM_KINDS,
  RELIABILITY_GRADES,
  SOURCING_TYPES,
} from './vocabulary'
import { FIGURE_BOUNDS } from './corroboration/bounds'
import { COUNTED_THINGS } from './corroboration/counted-things'

export const SCHEMA_VERSION = 1

export const Id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'not a valid id')
export const IsoTime = z.string().min(10).max(40)

export const SourcingTypeSchema = z.enum(SOURCING_TYPES)
export const CorroborationSchema = z.enum(CORROBORATION_STATUSES)
export const ReliabilitySchema = z.enum(RELIABILITY_GRADES)
export const CredibilitySchema = z.union(CREDIBILITY_GRADES.map((g) => z.literal(g)) as [
  z.ZodLiteral<1>,
  z.ZodLiteral<2>,
  z.ZodLiteral<3>,
  z.ZodLiteral<4>,
  z.ZodLiteral<5>,
  z.ZodLiteral<6>,
])
export const EvidenceStanceSchema = z.enum(EVIDENCE_STANCES)
export const NonClaimKindSchema = z.enum(NON_CLAIM_KINDS)

/** W3C Web Annotation TextQuoteSelector. */
export const TextQuoteSelectorSchema = z.object({
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
})
/** W3C Web Annotation TextPositionSelector: UTF-16 offsets, end exclusive. */
export const TextPositionSelectorSchema = z
  .object({ start: z.number().int().min(0), end: z.number().int().min(0) })
  .refine((p) => p.end >= p.start, 'end must not come before start')

export const AnchorSchema = z.object({
  quote: TextQuoteSelectorSchema,
  position: TextPositionSelectorSchema,
})


export const SourcingSchema = z.object({
  type: SourcingTypeSchema,
  /** What extraction suggested; `type` is what the reviewer settled on. */
  suggested: SourcingTypeSchema,
  /** True once a reviewer has confirmed or changed the suggestion. */
  confirmed: z.boolean(),
  /** The attribution span, e.g. "a source in North Hamgyong Province". */
  attribution: z.string().nullable(),
  /** The attribution cue, e.g. "told", "according to". */
  cue: z.string().nullable(),
})

export const HedgeSchema = z.object({
  hedged: z.boolean(),
  cue: z.string().nullable(),
})

export const EvidenceSchema = z.object({
  id: Id,
  citation: z.string().max(4000),
  url: z.string().max(4000).nullable(),
  note: z.string().max(20000),
  stance: EvidenceStanceSchema,
  independent: z.boolean(),
  /** A local file copied into the workspace, path relative to the workspace root. */
  file: z
    .object({ path: z.string(), name: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/), bytes: z.number().int().min(0) })
    .nullable(),
  addedAt: IsoTime,
})

/** A number a claim states: value, bound and counted thing (see core/corroboration/figures.ts). */
export const FigureSchema = z.object({
  value: z.number(),
  upper: z.number().nullable(),
  bound: z.enum(FIGURE_BOUNDS),
  counted: z.enum(COUNTED_THINGS),
  text: z.string().max(200),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
})

/** The reviewer's decision on a suggested link to a claim in another article. */
export const RelatedDecisionSchema = z.object({
  articleId: Id,
  claimId: Id,
  status: z.enum(['confirmed', 'rejected']),
  at: IsoTime,
})

export const ChangeSchema = z.object({
  field: z.string(),
  from: z.unknown(),
  to: z.unknown(),
  at: IsoTime,
  by: z.string(),
})

export const ClaimSchema = z.object({
  id: Id,
  anchor: AnchorSchema,
  origin: z.enum(['extracted', 'manual']),
  /** dismissed: the reviewer marked it "not a claim"; orphaned: the anchor no longer attaches to the text. */
  state: z.enum(['active', 'dismissed', 'orphaned']),
  checkworthiness: z.number().min(0).max(1),
  signals: z.array(z.string()),
  /** The check-worthiness model's strongest reasons, in a reviewer's words (extracted claims only). */
  reasons: z.array(z.string()).optional(),
  sourcing: SourcingSchema,
  hedge: HedgeSchema,
  reliability: ReliabilitySchema.nullable(),
  credibility: CredibilitySchema.nullable(),
  corroboration: CorroborationSchema,
  evidence: z.array(EvidenceSchema),
  note: z.string().max(100000),
  /** The reviewer's short form of the claim ("headline claim", ~75 characters), for ClaimReview; absent or '' when none is written. */
  headline: z.string().max(300).optional(),
  tags: z.array(z.string().min(1).max(80)),
  history: z.array(ChangeSchema),
  /** Figures the claim states, as extraction read them. Absent in files from before figures. */
  figures: z.array(FigureSchema).optional(),
  /** Decisions on links to related claims in other articles; suggestions themselves are computed. */
  related: z.array(RelatedDecisionSchema).optional(),
  createdAt: IsoTime,
  updatedAt: IsoTime,
})

export const NonClaimSchema = z.object({
  kind: NonClaimKindSchema,
  text: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
})

export const ArticleMetaSchema = z.object({
  title: z.string().max(1000),
  outlet: z.string().max(500).nullable(),
  author: z.string().max(500).nullable(),
  url: z.string().max(4000).nullable(),
  publishedAt: z.string().max(40).nullable(),
  language: z.string().max(20).nullable(),
})

export const ArticleSchema = ArticleMetaSchema.extend({
  id: Id,
  text: z.string(),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  importedAt: IsoTime,
  sourceFormat: z.enum(['text', 'markdown', 'html', 'json']),
  sourceName: z.string().max(1000).nullable(),
  nonClaims: z.array(NonClaimSchema),
})

/** One article file in the workspace: the article, its claims and their history. */
export const ArticleFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  article: ArticleSchema,
  claims: z.array(ClaimSchema),
})

const Count = z.number().int().min(0)

/**
 * One line of the workspace index: everything the article library shows, so opening a
 * workspace reads this file only. Rewritten with the article file on every save. The
 * counts and the file fingerprint are absent in indexes written before they existed;
 * the store fills them in from the article file on open.
 */
export const ArticleIndexEntrySchema = z.object({
  id: Id,
  title: z.string(),
  outlet: z.string().nullable(),
  publishedAt: z.string().nullable(),
  importedAt: IsoTime,
  contentHash: z.string(),
  claimCount: Count.optional(),
  reviewedCount: Count.optional(),
  corroborationCounts: z.record(CorroborationSchema, Count).optional(),
  tags: z.array(z.string()).optional(),
  /** Short hashes of the lines that may be page furniture (store/line-keys.ts): an import counts them across articles. */
  lineKeys: z.array(z.string()).optional(),
  /** The article file as last written: size in bytes and SHA-256, checked by the background pass. */
  file: z.object({ bytes: Count, sha256: z.string().regex(/^[0-9a-f]{64}$/) }).optional(),
})

/** What the article library shows: the index entry with its counts. */
export const ArticleSummarySchema = ArticleIndexEntrySchema.extend({
  claimCount: Count,
  reviewedCount: Count,
})

export const SettingsSchema = z.object({
  reviewerName: z.string().max(200),
})

/** The workspace index: small, rewritten when the article list or a count changes. */
export const WorkspaceIndexSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.array(ArticleIndexEntrySchema),
  settings: SettingsSchema,
})

export type Anchor = z.infer<typeof AnchorSchema>
export type Sourcing = z.infer<typeof SourcingSchema>
export type Hedge = z.infer<typeof HedgeSchema>
export type Evidence = z.infer<typeof EvidenceSchema>
export type Change = z.infer<typeof ChangeSchema>
export type FigureRecord = z.infer<typeof FigureSchema>
export type RelatedDecision = z.infer<typeof RelatedDecisionSchema>
export type Claim = z.infer<typeof ClaimSchema>
export type NonClaim = z.infer<typeof NonClaimSchema>
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>
export type Article = z.infer<typeof ArticleSchema>
export type ArticleFile = z.infer<typeof ArticleFileSchema>
export type ArticleIndexEntry = z.infer<typeof ArticleIndexEntrySchema>
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>
export type Settings = z.infer<typeof SettingsSchema>
export type WorkspaceIndex = z.infer<typeof WorkspaceIndexSchema>

export { isReviewable, isReviewed, reviewProgress } from './review'
