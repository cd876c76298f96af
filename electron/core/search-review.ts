// The search box's answer, worked out next to the index (in the search worker): the
// index's candidates for the words, or with filters alone every claim whose status
// fits, kept only when they really match (search-query.matchClaim) and ranked exact and
// phrase matches first. Everything it needs is in the index (each document's status,
// text and details), so a search reads no article file (issue 9: the main process read
// up to 500 candidates' files per search, and every file for a filter alone).
import type { ClaimSearchResult } from './api'
import { filterClaims, searchClaims, type ClaimIndex, type StoredClaim } from './search'
import { hasTextTerms, indexQuery, isEmptyQuery, matchClaim, MATCH_RANK, parseSearchQuery } from './search-query'
import type { Corroboration, SourcingType } from './vocabulary'

/** A hit as the worker sends it: the main process adds the article's title from its list. */
export type ReviewHit = Omit<ClaimSearchResult, 'articleTitle'>

/** The index is asked for this many candidates; matching then keeps the real ones. */
export const CANDIDATES = 500

export function reviewClaims(index: ClaimIndex, input: string, limit: number): ReviewHit[] {
  const query = parseSearchQuery(input)
  if (isEmptyQuery(query) || limit <= 0) return []
  const hits: ReviewHit[] = []
  const keep = (articleId: string, stored: StoredClaim, status: { corroboration: Corroboration; sourcing: SourcingType }, score: number) => {
    const match = matchClaim(query, { text: stored.text, ...stored.details, corroboration: status.corroboration, sourcing: status.sourcing })
    if (match) hits.push({ articleId, claimId: stored.claimId, text: stored.text, score, corroboration: status.corroboration, match: match.kind, ranges: match.ranges })
  }
  if (!hasTextTerms(query)) {
    // Filters alone: statuses are in memory; texts are read only for claims that pass them.
    filterClaims(index, query.corroboration, query.sourcing, (claim) => {
      keep(claim.articleId, claim.stored(), claim, 0)
      return hits.length < limit
    })
    return hits
  }
  for (const hit of searchClaims(index, indexQuery(query), { limit: CANDIDATES })) keep(hit.articleId, hit, hit, hit.score)
  // Stable: within a rank class the index's order (its score) stands.
  return hits.sort((a, b) => MATCH_RANK[b.match] - MATCH_RANK[a.match]).slice(0, limit)
}
