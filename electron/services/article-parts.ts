// Opening an article in parts, so that selecting a 2,000-claim article shows its list at once:
// the first answer carries the article (metadata, non-claims), the start of its text and its
// first claims; the renderer then asks for the rest of the text, then the claims, page by
// page. Each answer is small enough to be received and parsed in a short task (the whole
// 2,000-claim file, ~2 MB of JSON, was one 450-650 ms task in the window; its ~290 K-character
// text alone, sent with the first part, still one of 51-79 ms). A read only: edits still
// answer with what they changed.
import type { ArticleOpening, ClaimPage, TextPart } from '../core/api'
import type { Workspace } from './workspace'

/** The first answer's claims: a screenful of the list and of the text, even at 2560x1440. */
export const FIRST_CLAIMS = 60
/** Claims per later page (~150 kB of JSON). */
export const CLAIM_PAGE = 150
/** Characters of text in the first answer at least: a screenful at 2560x1440, and then to the end of its first claims. */
export const FIRST_TEXT = 16_000
/** Characters of text per later part (~64 kB of JSON). */
export const TEXT_PART = 64_000

/** Where the first answer's text ends: past `least` characters and past the first claims, at a line end. */
function firstTextEnd(text: string, least: number, claims: readonly { anchor: { position: { end: number } } }[]): number {
  const after = Math.max(least, ...claims.map((c) => c.anchor.position.end))
  if (after >= text.length) return text.length
  const lineEnd = text.indexOf('\n', after)
  return lineEnd < 0 ? text.length : lineEnd + 1
}

/**
 * The article with the start of its text and its first `first` claims (each inside that start);
 * `claimCount` and `textLength` say how much there is in all.
 */
export async function openArticleInParts(workspace: Workspace, id: string, first = FIRST_CLAIMS, textChars = FIRST_TEXT): Promise<ArticleOpening> {
  // Read without blocking main: a large file is parsed while other calls are answered.
  const file = await workspace.loadArticle(id)
  const claims = file.claims.slice(0, first)
  const { text } = file.article
  return {
    schemaVersion: file.schemaVersion,
    article: { ...file.article, text: text.slice(0, firstTextEnd(text, textChars, claims)) },
    claims,
    claimCount: file.claims.length,
    textLength: text.length,
  }
}

/** Characters `from` .. `from + count` of the article's text, with its length now (a change in between shows there). */
export function textPart(workspace: Workspace, id: string, from: number, count = TEXT_PART): TextPart {
  const { text } = workspace.getArticle(id).article
  return { from, text: text.slice(from, from + count), textLength: text.length }
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
