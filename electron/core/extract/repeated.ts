// Lines repeated across the articles of a workspace are page chrome of the same site ("Share this
// article", a newsletter box, the outlet's "about us" line). Pure functions: the workspace keeps
// each article's line keys (or their counts) and hands the counts back at import time.
import { splitLines } from './segment'

/** Shorter lines may repeat by chance ("He said no."): only longer ones count as chrome. */
export const MIN_REPEATED_LINE = 25
/** Longer lines are body paragraphs; a workspace need not count them. */
export const MAX_REPEATED_LINE = 400
/** A line found in at least this many other articles of the workspace is furniture. */
export const REPEATED_IN_ARTICLES = 2

/**
 * The distinct lines of one article that may be chrome, trimmed, in text order. Store these per
 * article (or fold them into counts with `countLineKeys`) when the article is imported.
 */
export function lineKeys(text: string): string[] {
  const keys = new Set<string>()
  for (const line of splitLines(text)) {
    const length = line.end - line.start
    if (length >= MIN_REPEATED_LINE && length <= MAX_REPEATED_LINE) keys.add(text.slice(line.start, line.end))
  }
  return [...keys]
}

/** How many articles hold each line key: one count per article, however often it repeats inside it. */
export function countLineKeys(articles: Iterable<readonly string[]>, into = new Map<string, number>()): Map<string, number> {
  for (const keys of articles) for (const key of new Set(keys)) into.set(key, (into.get(key) ?? 0) + 1)
  return into
}

/**
 * The lines of `text` that other articles of the workspace also hold, for `extract`'s
 * `repeatedLines` option. `counts` are the workspace's counts (`countLineKeys`); when they already
 * include this article (re-extraction), pass `countsIncludeText: true` so it does not count itself.
 */
export function repeatedLinesIn(
  text: string,
  counts: ReadonlyMap<string, number>,
  options: { countsIncludeText?: boolean; minArticles?: number } = {},
): Set<string> {
  const own = options.countsIncludeText ? 1 : 0
  const min = options.minArticles ?? REPEATED_IN_ARTICLES
  const out = new Set<string>()
  for (const key of lineKeys(text)) if ((counts.get(key) ?? 0) - own >= min) out.add(key)
  return out
}
