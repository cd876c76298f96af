// Review progress, as plain functions without the zod schemas, so the renderer can
// use them without shipping the validators.
import type { Claim, Evidence } from './schema'
import type { Corroboration } from './vocabulary'

/** Dismissed ("not a claim") and orphaned claims are kept but are not up for review. */
export function isReviewable(claim: Pick<Claim, 'state'>): boolean {
  return claim.state === 'active'
}

/** A claim counts as reviewed once someone has judged its corroboration. */
export function isReviewed(claim: Pick<Claim, 'corroboration' | 'state'>): boolean {
  return isReviewable(claim) && claim.corroboration !== 'unreviewed'
}

export function reviewProgress(claims: readonly Pick<Claim, 'corroboration' | 'state'>[]): { reviewed: number; total: number } {
  let reviewed = 0
  let total = 0
  for (const claim of claims) {
    if (!isReviewable(claim)) continue
    total++
    if (claim.corroboration !== 'unreviewed') reviewed++
  }
  return { reviewed, total }
}

export interface CorroborationSuggestion {
  value: Corroboration | null
  reason: string
}

/** What the evidence suggests. Only independent evidence counts; the reviewer decides. */
export function suggestCorroboration(evidence: readonly Evidence[]): CorroborationSuggestion {
  const independent = evidence.filter((e) => e.independent)
  const supports = independent.filter((e) => e.stance === 'supports').length
  const contradicts = independent.filter((e) => e.stance === 'contradicts').length
  if (supports && contradicts) {
    // Conflicting evidence is not "partly corroborated": it is for the reviewer to weigh.
    return { value: null, reason: `conflicting independent evidence: ${supports} support it, ${contradicts} contradict it` }
  }
  if (supports) return { value: 'corroborated', reason: `${supports} independent supporting item(s)` }
  if (contradicts) return { value: 'contradicted', reason: `${contradicts} independent contradicting item(s)` }
  if (evidence.length) return { value: null, reason: 'no independent evidence that supports or contradicts it yet' }
  return { value: null, reason: 'no evidence yet' }
}
