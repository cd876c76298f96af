// Review progress, as plain functions without the zod schemas, so the renderer can
// use them without shipping the validators.
import type { Claim, Evidence } from './schema'
import { evidenceOrigin } from './evidence-origin'
import type { Corroboration } from './vocabulary'
import { message, type Message } from './messages'

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
  /** Why, as a message code (the window translates it; formatMessage gives the English). */
  reason: Message
}

/**
 * What the evidence suggests, and why. Only independent evidence counts, and items from
 * the same origin (outlet, site or wire agency: evidence-origin.ts) count once. Newsroom
 * practice: one independent confirmation is "partly corroborated"; two from different
 * origins, "corroborated". Conflicting evidence is for the reviewer to weigh.
 */
export function suggestCorroboration(evidence: readonly Evidence[]): CorroborationSuggestion {
  const independent = evidence.filter((e) => e.independent)
  const supporting = independent.filter((e) => e.stance === 'supports')
  const contradicts = independent.filter((e) => e.stance === 'contradicts').length
  const origins = new Set(supporting.map(evidenceOrigin))
  const supports = supporting.length
  if (supports && contradicts) return { value: null, reason: message('suggestion.conflicting', { supports, contradicts }) }
  if (origins.size >= 2) return { value: 'corroborated', reason: message('suggestion.corroborated', { count: origins.size }) }
  if (supports === 1) return { value: 'partly-corroborated', reason: message('suggestion.oneSupport') }
  if (supports > 1) return { value: 'partly-corroborated', reason: message('suggestion.oneOrigin', { count: supports }) }
  if (contradicts) return { value: 'contradicted', reason: message('suggestion.contradicted', { count: contradicts }) }
  if (evidence.length) return { value: null, reason: message('suggestion.noIndependent') }
  return { value: null, reason: message('suggestion.noEvidence') }
}
