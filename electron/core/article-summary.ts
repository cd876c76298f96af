// What the article library shows about an article without reading its file: claim
// counts per corroboration status, review progress and the tags in use. Kept in the
// workspace index, recomputed from the claims whenever the article is saved.
import { isReviewable } from './review'
import type { Claim } from './schema'
import { CORROBORATION_STATUSES, type Corroboration } from './vocabulary'

export interface ClaimCounts {
  /** Claims up for review (dismissed and orphaned ones are not). */
  claimCount: number
  reviewedCount: number
  /** Per corroboration status, over the claims up for review. */
  corroborationCounts: Record<Corroboration, number>
  /** Every tag used on the article's claims, sorted. */
  tags: string[]
}

export function emptyCorroborationCounts(): Record<Corroboration, number> {
  return Object.fromEntries(CORROBORATION_STATUSES.map((s) => [s, 0])) as Record<Corroboration, number>
}

export function countClaims(claims: readonly Pick<Claim, 'state' | 'corroboration' | 'tags'>[]): ClaimCounts {
  const corroborationCounts = emptyCorroborationCounts()
  const tags = new Set<string>()
  let claimCount = 0
  for (const claim of claims) {
    for (const tag of claim.tags) tags.add(tag)
    if (!isReviewable(claim)) continue
    claimCount++
    corroborationCounts[claim.corroboration]++
  }
  const reviewedCount = claimCount - corroborationCounts.unreviewed
  return { claimCount, reviewedCount, corroborationCounts, tags: [...tags].sort((a, b) => a.localeCompare(b)) }
}
