// Import's rule for page furniture: a line of the new article that at least two other
// articles of the workspace also hold (core/extract REPEATED_IN_ARTICLES) is the site's
// chrome ("Subscribe to our newsletter", a footer), kept out of the claims. Counted from
// the line keys in the workspace index (store/line-keys.ts): no article file is read.
// Import and a text edit (Workspace.updateArticleText) both call furnitureLines.
import { countLineKeys, repeatedLinesIn } from '../core/extract'
import type { ArticleIndexEntry } from '../core/schema'
import { candidateLines, lineKeyHash } from '../store/line-keys'

/**
 * Furniture is a small part of a page. When repeated lines make up this share of the article's
 * text, it is the same story again (wire copy syndicated by a third outlet), whose sentences
 * are claims to review, not chrome.
 */
export const SYNDICATED_SHARE = 0.5

/**
 * The lines of `text` that are furniture in this workspace. `ownId`: the article whose text
 * this is, when it is already in the workspace (a text edit): its index line holds its old
 * text's keys and must not count as one of the other articles.
 */
export function furnitureLines(text: string, articles: readonly (Pick<ArticleIndexEntry, 'lineKeys'> & { id?: string })[], ownId?: string): string[] {
  const counts = countLineKeys(articles.filter((a) => ownId === undefined || a.id !== ownId).map((a) => a.lineKeys ?? []))
  if (counts.size === 0) return []
  const own = new Map(candidateLines(text).map((line) => [line, counts.get(lineKeyHash(line)) ?? 0]))
  const repeated = [...repeatedLinesIn(text, own)]
  const visible = (s: string) => s.replace(/\s+/g, '').length
  const repeatedChars = repeated.reduce((sum, line) => sum + visible(line), 0)
  return repeatedChars >= SYNDICATED_SHARE * visible(text) ? [] : repeated
}
