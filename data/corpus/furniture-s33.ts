// Fresh furniture set (session 33, furniture11): 35 published pages from the `search` tool's `pages` store, pasted as
// stored (headlines, kickers and standfirsts in the first lines, lists one item a line with no colon lead-in, captions
// printed once with no credit, interview layouts: "Q:"/"A:", name-led turns, questions printed as headings, numbered
// questions), every sentence or page line labelled C (claim), N (not a claim) or F (furniture) by reading, before the
// extractor ran on them. Same label format and scorer as the session-26 set (data/corpus/furniture-s26.ts). The split is
// by host: sha1("s33-furniture11:" + host) % 100 < 34 is dev, the rest check. `split: dev` pages may be read;
// `split: check` pages are scored once before and once after the session's change and their misses are never printed.
// See data/corpus/README.md, "Fresh furniture set (session 33, furniture11)".
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadFreshFurnitureSet, type FreshPage } from './furniture-s26'

export const FURNITURE_S33_DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), 'furniture-s33')

export function loadFurnitureS33(): FreshPage[] {
  return loadFreshFurnitureSet(FURNITURE_S33_DIR)
}
