// What the article library shows about an article without reading its file: claim
// counts per corroboration status, review progress and the tags in use. Kept in the
// workspace index, recomputed from the claims whenever the article is saved.
import { findClaim } from './claim-lookup'
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

interface Tally {
  claimCount: number
  corroborationCounts: Record<Corroboration, number>
  /** How many claims use each tag. */
  tagUses: Map<string, number>
}

/** Counts per claims array (arrays are never changed in place): a click recounts only what it touched. */
const tallies = new WeakMap<readonly Claim[], Tally>()

function add(tally: Tally, claim: Pick<Claim, 'state' | 'corroboration' | 'tags'>, sign: 1 | -1): void {
  for (const tag of claim.tags) {
    const uses = (tally.tagUses.get(tag) ?? 0) + sign
    if (uses > 0) tally.tagUses.set(tag, uses)
    else tally.tagUses.delete(tag)
  }
  if (!isReviewable(claim)) return
  tally.claimCount += sign
  tally.corroborationCounts[claim.corroboration] += sign
}

function countsOf(tally: Tally): ClaimCounts {
  const corroborationCounts = { ...tally.corroborationCounts }
  const reviewedCount = tally.claimCount - corroborationCounts.unreviewed
  const tags = [...tally.tagUses.keys()].sort((a, b) => a.localeCompare(b))
  return { claimCount: tally.claimCount, reviewedCount, corroborationCounts, tags }
}

export function countClaims(claims: readonly Pick<Claim, 'state' | 'corroboration' | 'tags'>[]): ClaimCounts {
  let tally = tallies.get(claims as readonly Claim[])
  if (!tally) {
    tally = { claimCount: 0, corroborationCounts: emptyCorroborationCounts(), tagUses: new Map() }
    for (const claim of claims) add(tally, claim, 1)
    tallies.set(claims as readonly Claim[], tally)
  }
  return countsOf(tally)
}

/**
 * The counts of `next`, which differs from `previous` only in the claims named: from
 * the counts of `previous` when they are known, without a pass over every claim.
 */
export function recountClaims(previous: readonly Claim[], next: readonly Claim[], ids: Iterable<string>): ClaimCounts {
  const before = tallies.get(previous)
  if (!before) return countClaims(next)
  const tally: Tally = { claimCount: before.claimCount, corroborationCounts: { ...before.corroborationCounts }, tagUses: new Map(before.tagUses) }
  for (const id of new Set(ids)) {
    const old = findClaim(previous, id)
    const now = findClaim(next, id)
    if (old) add(tally, old, -1)
    if (now) add(tally, now, 1)
  }
  tallies.set(next, tally)
  return countsOf(tally)
}
