// The claim list's filters, as a pure function the renderer and tests share.
import { restsOnSingleAnonymousSource } from './report/summary'
import type { Claim } from './schema'
import type { Corroboration, SourcingType } from './vocabulary'

export interface ClaimFilter {
  sourcing: SourcingType | null
  corroboration: Corroboration | null
  hedged: boolean
  singleAnonymous: boolean
  noEvidence: boolean
  unreviewed: boolean
  tag: string | null
  /** Only claims the check-worthiness model puts at or above WORTH_CHECKING. */
  worthChecking: boolean
  /** Show claims marked "not a claim" as well. */
  showDismissed: boolean
}

export const NO_FILTER: ClaimFilter = {
  sourcing: null,
  corroboration: null,
  hedged: false,
  singleAnonymous: false,
  noEvidence: false,
  unreviewed: false,
  tag: null,
  worthChecking: false,
  showDismissed: false,
}

/** The calibrated score at which a claim is more likely check-worthy than not. */
export const WORTH_CHECKING = 0.5

export function isWorthChecking(claim: Claim): boolean {
  return claim.checkworthiness >= WORTH_CHECKING
}

export function matchesFilter(claim: Claim, f: ClaimFilter): boolean {
  if (claim.state === 'dismissed' && !f.showDismissed) return false
  if (f.sourcing && claim.sourcing.type !== f.sourcing) return false
  if (f.corroboration && claim.corroboration !== f.corroboration) return false
  if (f.hedged && !claim.hedge.hedged) return false
  if (f.singleAnonymous && !restsOnSingleAnonymousSource(claim)) return false
  if (f.noEvidence && claim.evidence.length > 0) return false
  if (f.unreviewed && claim.corroboration !== 'unreviewed') return false
  if (f.tag && !claim.tags.includes(f.tag)) return false
  if (f.worthChecking && !isWorthChecking(claim)) return false
  return true
}

export function isFiltering(f: ClaimFilter): boolean {
  return (Object.keys(NO_FILTER) as (keyof ClaimFilter)[]).some((k) => k !== 'showDismissed' && f[k] !== NO_FILTER[k])
}
