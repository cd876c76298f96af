// Reads an article in parts (services/article-parts.ts): the first answer has the start of the
// text and a screenful of claims and is shown at once; the rest of the text, then the rest of
// the claims, arrive part by part, each received and rendered in its own short task, so
// selecting a 2,000-claim article never freezes the window (its ~290 K-character text in one
// message was itself a 51-79 ms task in the e2e host).
import type { ArticleFile } from '../../electron/core/schema'

/** Claims in the first answer: a screenful of rows and of highlighted text, even at 2560x1440. */
export const FIRST_CLAIMS = 60
/** Claims per later page: small enough to parse and render in well under 50 ms. */
export const CLAIM_PAGE = 150
/** Characters of text per later part (~64 kB of JSON). */
export const TEXT_PART = 64_000

export interface Loaded {
  claims: number
  of: number
  /** Every character of the text is in (edits of the text wait for it). */
  textComplete: boolean
  complete: boolean
}

export interface ArticleParts {
  /** Called with the article as far as it has arrived; `complete` once the whole text and every claim are in. */
  onPart(file: ArticleFile, loaded: Loaded): void
  /** False once another article was asked for: stop reading this one. */
  isCurrent(): boolean
  /** Waits until the part just given is on screen, before the next page is asked for. */
  shown?(): Promise<void>
}

/** The whole article (all its text, every claim), or null when another article was asked for meanwhile. */
export async function readArticleInParts(id: string, parts: ArticleParts): Promise<ArticleFile | null> {
  const { claimCount, textLength, ...opening } = await window.api.articles.open(id, FIRST_CLAIMS)
  if (!parts.isCurrent()) return null
  let file: ArticleFile = opening
  const textIn = () => file.article.text.length >= textLength
  const tell = async () => {
    parts.onPart(file, { claims: file.claims.length, of: claimCount, textComplete: textIn(), complete: false })
    await parts.shown?.()
  }
  const readWhole = async () => {
    // Changed since it was opened (the text or the list would miss or repeat a part): read it whole.
    file = await window.api.articles.get(id)
    return parts.isCurrent()
  }
  let whole = false
  if (!textIn() || file.claims.length < claimCount) await tell()
  while (!textIn()) {
    const part = await window.api.articles.textPart(id, file.article.text.length, TEXT_PART)
    if (!parts.isCurrent()) return null
    if (part.textLength !== textLength || part.text.length === 0) {
      if (!(await readWhole())) return null
      whole = true
      break
    }
    file = { ...file, article: { ...file.article, text: file.article.text + part.text } }
    if (!textIn() || file.claims.length < claimCount) await tell()
  }
  while (!whole && file.claims.length < claimCount) {
    const page = await window.api.articles.claimPage(id, file.claims.length, CLAIM_PAGE)
    if (!parts.isCurrent()) return null
    if (page.claimCount !== claimCount || page.claims.length === 0) {
      if (!(await readWhole())) return null
      break
    }
    file = { ...file, claims: [...file.claims, ...page.claims] }
    if (file.claims.length < claimCount) await tell()
  }
  parts.onPart(file, { claims: file.claims.length, of: file.claims.length, textComplete: true, complete: true })
  return file
}
