// Counts an editor reads first: how many claims, how many rest on one anonymous
// source, how many are corroborated, contradicted or still unreviewed.
import type { ArticleFile, Claim } from '../schema'
import { CORROBORATION_STATUSES, type Corroboration } from '../vocabulary'

export interface ReportSummary {
  articles: number
  /** Active claims (not dismissed, not orphaned). All counts below are of active claims unless named otherwise. */
  claims: number
  /** Active claims whose corroboration is no longer `unreviewed`. */
  reviewed: number
  corroborated: number
  partlyCorroborated: number
  contradicted: number
  unverified: number
  unverifiable: number
  unreviewed: number
  /** Claims the reviewer marked "not a claim" (not active, counted apart). */
  dismissed: number
  /** Claims whose anchor no longer attaches to the text (not active, counted apart). */
  orphaned: number
  /** Anonymous-source claims with no independent supporting evidence. */
  singleAnonymousSource: number
  hedged: number
  byCorroboration: Record<Corroboration, number>
}

/** Supporting evidence that does not come from the article's own source. */
export function independentSupportCount(claim: Pick<Claim, 'evidence'>): number {
  let count = 0
  for (const evidence of claim.evidence) if (evidence.independent && evidence.stance === 'supports') count++
  return count
}

/** The claim rests on one anonymous source: nobody independent backs it up. */
export function restsOnSingleAnonymousSource(claim: Pick<Claim, 'sourcing' | 'evidence'>): boolean {
  return claim.sourcing.type === 'anonymous-source' && independentSupportCount(claim) === 0
}

export function emptyCorroborationCounts(): Record<Corroboration, number> {
  const counts = {} as Record<Corroboration, number>
  for (const status of CORROBORATION_STATUSES) counts[status] = 0
  return counts
}

export function summarize(files: readonly ArticleFile[]): ReportSummary {
  const byCorroboration = emptyCorroborationCounts()
  let claims = 0
  let dismissed = 0
  let orphaned = 0
  let singleAnonymousSource = 0
  let hedged = 0
  for (const file of files) {
    for (const claim of file.claims) {
      if (claim.state === 'dismissed') dismissed++
      else if (claim.state === 'orphaned') orphaned++
      if (claim.state !== 'active') continue
      claims++
      byCorroboration[claim.corroboration]++
      if (restsOnSingleAnonymousSource(claim)) singleAnonymousSource++
      if (claim.hedge.hedged) hedged++
    }
  }
  return {
    articles: files.length,
    claims,
    reviewed: claims - byCorroboration.unreviewed,
    corroborated: byCorroboration.corroborated,
    partlyCorroborated: byCorroboration['partly-corroborated'],
    contradicted: byCorroboration.contradicted,
    unverified: byCorroboration.unverified,
    unverifiable: byCorroboration.unverifiable,
    unreviewed: byCorroboration.unreviewed,
    dismissed,
    orphaned,
    singleAnonymousSource,
    hedged,
    byCorroboration,
  }
}
