// Fresh furniture set (session 35, furniture13): 26 whole published pages from the `search` tool's `pages` store (de 6,
// ru 5, es 5, fr 4, en 3, ko 3), pasted as stored, weighted to the page's head (headlines printed once or twice, decks and
// standfirsts with and without a retelling below, kickers, date and rubric lines, datelines run into the lede, portal
// and widget chrome above the headline, captions first), every sentence or page line labelled C (claim), N (not a
// claim) or F (furniture) by reading, before the extractor ran on them. Same label format and scorer as the session-26
// set (data/corpus/furniture-s26.ts). The split is by host: sha1("s35-furniture13:" + host) % 100 < 40 is dev, the
// rest check. `split: dev` pages may be read; `split: check` pages are scored once before and once after the session's
// change and their misses are never printed. See data/corpus/README.md, "Fresh furniture set (session 35, furniture13)".
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadFreshFurnitureSet, type FreshPage } from './furniture-s26'

export const FURNITURE_S35_DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), 'furniture-s35')

export function loadFurnitureS35(): FreshPage[] {
  return loadFreshFurnitureSet(FURNITURE_S35_DIR)
}
