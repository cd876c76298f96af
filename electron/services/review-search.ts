// The search box's use case: the search worker understands the query (core/search-query.ts),
// takes the index's candidates (or, for filters alone, every claim whose status fits), keeps
// the claims that really match and ranks exact and phrase matches first
// (core/search-review.ts). No article file is read here: the index holds each claim's
// status, text and details. This adds the article titles from the list and decides when to
// wait for the index build. The IPC dispatcher and the CLI only route here.
import type { ClaimSearchResult, ReviewSearchAnswer } from '../core/api'
import { isEmptyQuery, parseSearchQuery } from '../core/search-query'
import type { ReviewAnswer } from './claim-search'
import type { Workspace } from './workspace'

/**
 * Every hit, once the index holds every article (the CLI, and the box's second answer).
 * The index answers at once, marked incomplete, while its worker is still building it after
 * opening. This must not say "no claims match" from a half-built index, so it waits for the
 * build (in the worker; the main process stays free) and asks again.
 */
export async function searchClaimsForReview(workspace: Workspace, input: string, limit = 30): Promise<ClaimSearchResult[]> {
  if (isEmptyQuery(parseSearchQuery(input))) return []
  let answer = await workspace.reviewSearch(input, limit)
  if (!answer.complete) {
    await workspace.searchReady()
    answer = await workspace.reviewSearch(input, limit)
  }
  return withTitles(workspace, answer).hits
}

/**
 * The search box's first answer: at once, from what is indexed so far, saying how far the
 * index build is ("index incomplete: 3 of 40 articles indexed"), so the reviewer is never
 * left waiting on the build, nor told "no claims match" by a half-built index.
 */
export async function searchClaimsNow(workspace: Workspace, input: string, limit = 30): Promise<ReviewSearchAnswer> {
  if (isEmptyQuery(parseSearchQuery(input))) {
    const articles = workspace.listArticles().length
    return { hits: [], complete: true, indexedArticles: articles, totalArticles: articles }
  }
  return withTitles(workspace, await workspace.reviewSearch(input, limit))
}

/** Titles from the article list (the index's lines, in memory); hits of an article removed meanwhile are dropped. */
function withTitles(workspace: Workspace, answer: ReviewAnswer): ReviewSearchAnswer {
  const titles = new Map(workspace.listArticles().map((a) => [a.id, a.title]))
  const hits = answer.hits.filter((hit) => titles.has(hit.articleId)).map((hit) => ({ ...hit, articleTitle: titles.get(hit.articleId)! }))
  return { hits, complete: answer.complete, indexedArticles: answer.indexedArticles, totalArticles: answer.totalArticles }
}
