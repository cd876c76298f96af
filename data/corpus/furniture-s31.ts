// Fresh furniture set (session 31, furniture9): 31 published pages from the `search` tool's `pages` store, pasted as
// stored (notices of works and closures with field lines, outage and service pages, board chrome, standfirsts, captions,
// footers), every sentence or page line labelled C (claim), N (not a claim) or F (furniture) by reading, before the
// extractor ran on them. Same label format and scorer as the session-26 set (data/corpus/furniture-s26.ts). `split: dev`
// pages may be read; `split: check` pages are scored once before and once after the session's change and their misses
// are never printed. See data/corpus/README.md, "Fresh furniture set (session 31, furniture9)".
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadFreshFurnitureSet, type FreshPage } from './furniture-s26'

export const FURNITURE_S31_DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), 'furniture-s31')

export function loadFurnitureS31(): FreshPage[] {
  return loadFreshFurnitureSet(FURNITURE_S31_DIR)
}
