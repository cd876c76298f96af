// Reads an article in parts (services/article-parts.ts): the first answer has the text and a
// screenful of claims and is shown at once; the rest arrive page by page, each received and
// rendered in its own short task, so selecting a 2,000-claim article never freezes the window.
import type { ArticleFile } from '../../electron/core/schema'

/** Claims in the first answer: a screenful of rows and of highlighted text, even at 2560x1440. */
export const FIRST_CLAIMS = 60
/** Claims per later page: small enough to parse and render in well under 50 ms. */
export const CLAIM_PAGE = 150

export interface ArticleParts {
  /** Called with the article as far as it has arrived; `complete` once every claim is in. */
  onPart(file: ArticleFile, loaded: { claims: number; of: number; complete: boolean }): void
  /** False once another article was asked for: stop reading this one. */
  isCurrent(): boolean
  /** Waits until the part just given is on screen, before the next page is asked for. */
  shown?(): Promise<void>
}

/** The whole article (every claim), or null when another article was asked for meanwhile. */
export async function readArticleInParts(id: string, parts: ArticleParts): Promise<ArticleFile | null> {
  const { claimCount, ...opening } = await window.api.articles.open(id, FIRST_CLAIMS)
  if (!parts.isCurrent()) return null
  let file: ArticleFile = opening
  if (file.claims.length < claimCount) {
    parts.onPart(file, { claims: file.claims.length, of: claimCount, complete: false })
    await parts.shown?.()
  }
  while (file.claims.length < claimCount) {
    const page = await window.api.articles.claimPage(id, file.claims.length, CLAIM_PAGE)
    if (!parts.isCurrent()) return null
    if (page.claimCount !== claimCount || page.claims.length === 0) {
      // Changed since it was opened (the list would miss or repeat a claim): read it whole.
      file = await window.api.articles.get(id)
      if (!parts.isCurrent()) return null
      break
    }
    file = { ...file, claims: [...file.claims, ...page.claims] }
    if (file.claims.length < claimCount) {
      parts.onPart(file, { claims: file.claims.length, of: claimCount, complete: false })
      await parts.shown?.()
    }
  }
  parts.onPart(file, { claims: file.claims.length, of: file.claims.length, complete: true })
  return file
}
