// Import's rule for page furniture: a line of the new article that at least two other
// articles of the workspace also hold (core/extract REPEATED_IN_ARTICLES) is the site's
// chrome ("Subscribe to our newsletter", a footer), kept out of the claims. Counted from
// the line keys in the workspace index (store/line-keys.ts): no article file is read.
import { countLineKeys, repeatedLinesIn } from '../core/extract'
import type { ArticleIndexEntry } from '../core/schema'
import { candidateLines, lineKeyHash } from '../store/line-keys'

export function furnitureLines(text: string, articles: readonly Pick<ArticleIndexEntry, 'lineKeys'>[]): string[] {
  const counts = countLineKeys(articles.map((a) => a.lineKeys ?? []))
  if (counts.size === 0) return []
  const own = new Map(candidateLines(text).map((line) => [line, counts.get(lineKeyHash(line)) ?? 0]))
  return [...repeatedLinesIn(text, own)]
}
