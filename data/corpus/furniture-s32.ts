// Fresh furniture set (session 32, furniture10): 34 published pages from the `search` tool's `pages` store, pasted as
// stored (standfirsts with no byline, captions printed once with no credit, related-article teasers, newsletter, app and
// comment prompts, hours and rules printed as list items, a street list one item a line), every sentence or page line
// labelled C (claim), N (not a claim) or F (furniture) by reading, before the extractor ran on them. Same label format and scorer as the session-26 set (data/corpus/furniture-s26.ts). `split: dev`
// pages may be read; `split: check` pages are scored once before and once after the session's change and their misses
// are never printed. See data/corpus/README.md, "Fresh furniture set (session 32, furniture10)".
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadFreshFurnitureSet, type FreshPage } from './furniture-s26'

export const FURNITURE_S32_DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), 'furniture-s32')

export function loadFurnitureS32(): FreshPage[] {
  return loadFreshFurnitureSet(FURNITURE_S32_DIR)
}
