// The search box's use case: understand the query (core/search-query.ts), take the
// index's candidates, keep the claims that really match, rank exact and phrase matches
// first, and return each hit with its status and where it matched. The IPC dispatcher
// only routes here.
import type { ClaimSearchResult, ReviewSearchAnswer } from '../core/api'
import { hasTextTerms, indexQuery, isEmptyQuery, matchClaim, MATCH_RANK, parseSearchQuery, type SearchableClaim } from '../core/search-query'
import type { Claim } from '../core/schema'
import type { Workspace } from './workspace'

/** The index is asked for this many candidates; matching then keeps the real ones. */
const CANDIDATES = 500

function searchable(claim: Claim): SearchableClaim {
  return {
    text: claim.anchor.quote.exact,
    note: claim.note,
    tags: claim.tags,
    attribution: claim.sourcing.attribution,
    evidence: claim.evidence.map((e) => `${e.citation} ${e.url ?? ''} ${e.note}`),
    corroboration: claim.corroboration,
    sourcing: claim.sourcing.type,
  }
}

type Candidate = { articleId: string; claimId: string; score: number }

/** Every hit, once the index holds every article (the CLI, and the box's second answer). */
export async function searchClaimsForReview(workspace: Workspace, input: string, limit = 30): Promise<ClaimSearchResult[]> {
  const query = parseSearchQuery(input)
  if (isEmptyQuery(query)) return []
  // With words, the index narrows the field; with filters alone, every claim is a candidate.
  const candidates = hasTextTerms(query) ? await indexCandidates(workspace, indexQuery(query)) : everyClaim(workspace)
  return rank(workspace, query, candidates, limit)
}

/**
 * The search box's first answer: at once, from what is indexed so far, saying how far the
 * index build is ("index incomplete: 3 of 40 articles indexed"), so the reviewer is never
 * left waiting on the build, nor told "no claims match" by a half-built index.
 */
export async function searchClaimsNow(workspace: Workspace, input: string, limit = 30): Promise<ReviewSearchAnswer> {
  const query = parseSearchQuery(input)
  const articles = workspace.listArticles().length
  const everything = { complete: true, indexedArticles: articles, totalArticles: articles }
  if (isEmptyQuery(query)) return { hits: [], ...everything }
  if (!hasTextTerms(query)) return { hits: rank(workspace, query, everyClaim(workspace), limit), ...everything }
  const { hits, ...progress } = await workspace.searchClaims(indexQuery(query), CANDIDATES)
  return { hits: rank(workspace, query, hits, limit), complete: progress.complete, indexedArticles: progress.indexedArticles, totalArticles: progress.totalArticles }
}

function everyClaim(workspace: Workspace): Candidate[] {
  return workspace.allArticles().flatMap((file) => file.claims.map((c) => ({ articleId: file.article.id, claimId: c.id, score: 0 })))
}

/** Keeps the candidates that really match, ranks exact and phrase matches first. */
function rank(workspace: Workspace, query: ReturnType<typeof parseSearchQuery>, candidates: Candidate[], limit: number): ClaimSearchResult[] {
  const titles = new Map(workspace.listArticles().map((a) => [a.id, a.title]))
  const results: ClaimSearchResult[] = []
  for (const candidate of candidates) {
    let claim: Claim
    try {
      claim = workspace.getClaim(candidate.articleId, candidate.claimId)
    } catch {
      continue // removed since it was indexed
    }
    if (claim.state === 'dismissed') continue
    const match = matchClaim(query, searchable(claim))
    if (!match) continue
    results.push({
      articleId: candidate.articleId,
      claimId: claim.id,
      articleTitle: titles.get(candidate.articleId) ?? '',
      text: claim.anchor.quote.exact,
      score: candidate.score,
      corroboration: claim.corroboration,
      match: match.kind,
      ranges: match.ranges,
    })
  }
  // Stable: within a rank class the index's order (its score) stands.
  return results.sort((a, b) => MATCH_RANK[b.match] - MATCH_RANK[a.match]).slice(0, limit)
}

/**
 * The index answers at once, marked incomplete, while its worker is still building it after
 * opening. The search box must not say "no claims match" from a half-built index, so it waits
 * for the build (in the worker; the main process stays free) and asks again.
 */
async function indexCandidates(workspace: Workspace, query: string): Promise<Candidate[]> {
  const first = await workspace.searchClaims(query, CANDIDATES)
  if (first.complete) return first.hits
  await workspace.searchReady()
  return (await workspace.searchClaims(query, CANDIDATES)).hits
}
