// Opening an article in parts, so that selecting a 2,000-claim article shows its list at once:
// the first answer carries the article (metadata, text, non-claims) and its first claims;
// the renderer then asks for the rest page by page. Each answer is small enough to be
// received and parsed in a short task (the whole 2,000-claim file, ~2 MB of JSON, was one
// 450-650 ms task in the window). A read only: edits still answer with what they changed.
import type { ArticleOpening, ClaimPage } from '../core/api'
import type { Workspace } from './workspace'

/** The first answer's claims: a screenful of the list and of the text, even at 2560x1440. */
export const FIRST_CLAIMS = 60
/** Claims per later page (~150 kB of JSON). */
export const CLAIM_PAGE = 150

/** The article and its first `first` claims; `claimCount` says how many there are in all. */
export async function openArticleInParts(workspace: Workspace, id: string, first = FIRST_CLAIMS): Promise<ArticleOpening> {
  // Read without blocking main: a large file is parsed while other calls are answered.
  const file = await workspace.loadArticle(id)
  return { schemaVersion: file.schemaVersion, article: file.article, claims: file.claims.slice(0, first), claimCount: file.claims.length }
}

/**
 * Claims `from` .. `from + count` in text order, with the article's claim count now: a count
 * that differs from the opening's says the article changed in between (the renderer then
 * reads it whole).
 */
export function claimPage(workspace: Workspace, id: string, from: number, count = CLAIM_PAGE): ClaimPage {
  const claims = workspace.getArticle(id).claims
  return { from, claims: claims.slice(from, from + count), claimCount: claims.length }
}
