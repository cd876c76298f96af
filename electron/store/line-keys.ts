// Which lines of an article may be page furniture ("Subscribe to our newsletter", a site's
// footer), kept in the article's index line as short hashes: an import counts the lines the
// workspace's other articles also hold from the index alone, without reading their files.
// A hash, not the line: most such lines are ordinary paragraphs, and the index is read at
// every open and rewritten after edits.
import { createHash } from 'node:crypto'
import { lineKeys } from '../core/extract/repeated'

/** Furniture sits at a page's top and bottom: a long article keeps the first and last lines only. */
export const MAX_LINE_KEYS = 200

/** 48 bits: a false "repeated" needs the same hash in two other articles' lines. */
export function lineKeyHash(line: string): string {
  return createHash('sha256').update(line).digest('base64url').slice(0, 8)
}

/** The lines of `text` that may be furniture and are counted (core/extract lineKeys, capped). */
export function candidateLines(text: string): string[] {
  const keys = lineKeys(text)
  return keys.length <= MAX_LINE_KEYS ? keys : [...keys.slice(0, MAX_LINE_KEYS / 2), ...keys.slice(-MAX_LINE_KEYS / 2)]
}

/** What an article's index line keeps. */
export function articleLineKeys(text: string): string[] {
  return candidateLines(text).map(lineKeyHash)
}
