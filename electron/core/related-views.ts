// What the window is told about related claims (issue 12): the shapes that cross IPC.
// The services build them (services/related.ts, services/figure-conflicts.ts); core
// holds them so that the contract (api.ts) and the renderer can name them.
import type { FigureDisagreement } from './corroboration/conflicts'
import type { CountedThing } from './corroboration/counted-things'
import type { LinkStatus } from './corroboration/groups'
import type { Independence } from './corroboration/independence'
import type { Claim } from './schema'

export type { LinkStatus } from './corroboration/groups'

/** A claim in another article linked to the inspected one. */
export interface RelatedClaimView {
  articleId: string
  claimId: string
  text: string
  articleTitle: string
  outlet: string | null
  publishedAt: string | null
  url: string | null
  sourcing: Claim['sourcing']['type']
  attribution: string | null
  corroboration: Claim['corroboration']
  figures: NonNullable<Claim['figures']>
  status: LinkStatus
  /** Whether this report is independent of the inspected claim's, and why. */
  independence: Independence
}

/** "Also reported in" for one claim. */
export interface AlsoReported {
  articleId: string
  claimId: string
  groupId: string | null
  related: RelatedClaimView[]
  disagreements: FigureDisagreement[]
  /** False while linking is still reading the workspace: more links may come. */
  complete: boolean
}

/** What a link decision or "Add as evidence" changed: the claim, and its links as they are now. */
export interface RelatedChange {
  claim: Claim
  alsoReported: AlsoReported
}

/** One figure in a conflict, with the report that states it. */
export interface ConflictValueView {
  value: number
  upper: number | null
  bound: FigureDisagreement['values'][number]['bound']
  /** The figure as the article writes it ("1,000 to 1,100"). */
  text: string
  articleId: string
  claimId: string
  articleTitle: string
  outlet: string | null
  publishedAt: string | null
  claimText: string
}

/** Related claims whose figures for one counted thing cannot all be true. */
export interface ConflictView {
  groupId: string
  quantity: CountedThing
  values: ConflictValueView[]
}

/** The workspace's conflicts view and the summary's count. */
export interface ConflictList {
  conflicts: ConflictView[]
  /** Claim keys ("articleId/claimId") with at least one report whose figure cannot be true alongside theirs. */
  claimsWithConflicts: string[]
}
