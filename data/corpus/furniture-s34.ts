// Fresh furniture set (session 34, furniture12): 25 published pages from the `search` tool's `pages` store, pasted as
// stored (headlines, decks and standfirsts in the first lines, a standfirst printed again as the first body sentence,
// portal and accessibility chrome, date lines, bylines run into a standfirst, captions printed once or twice, image file
// names, subscribe prompts, comment forms), every sentence or page line labelled C (claim), N (not a claim) or F
// (furniture) by reading, before the extractor ran on them. Same label format and scorer as the session-26 set
// (data/corpus/furniture-s26.ts). The split is by host: sha1("s34-furniture12:" + host) % 100 < 20 is dev, the rest
// check. `split: dev` pages may be read; `split: check` pages are scored once before and once after the session's change
// and their misses are never printed. See data/corpus/README.md, "Fresh furniture set (session 34, furniture12)".
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadFreshFurnitureSet, type FreshPage } from './furniture-s26'

export const FURNITURE_S34_DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), 'furniture-s34')

export function loadFurnitureS34(): FreshPage[] {
  return loadFreshFurnitureSet(FURNITURE_S34_DIR)
}
