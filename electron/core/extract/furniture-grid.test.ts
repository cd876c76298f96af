// The furniture probe grid (__fixtures__/furniture-grid.ts): invented pages crossing 15 furniture classes with the
// positions they are printed in, in six languages. In every cell the furniture must not come out as a claim and every
// body sentence must stay a claim. The grid is invented and in-sample for the rules written from its failing cells: it
// guards against regressions, it does not measure real pages (the fresh set furniture-s26 does).
import { describe, expect, it } from 'vitest'
import { furnitureGrid, type FurnitureGridCell } from './__fixtures__/furniture-grid'
import { extract } from './index'

const cells = furnitureGrid()

/**
 * Cells the extractor misses. Session 26 (furniture4): 252 cells; on main before its rules (24d86ec) 79 furniture as
 * claims (standfirst 15, donation 18, bio 12, correction 15, headlineDateline 6, newsletter 6, caption 7), 0 body
 * sentences lost; after, 16 and 0. Left:
 * - a standfirst with no byline or date line under it (top, afterHeadline): on the tuned corpus a top paragraph the
 *   body retells is as often a lede as a standfirst (retold shares overlap from .5 to .9), so no rule was written;
 * - (the six headline-run-into-dateline cells were fixed by segment5's cut in index.ts, second round of session 26)
 * Session 27 (furniture5): 5 classes added (teaser, handoff, embed, promo, bullet: 84 cells, 336 in all). On main
 * before its rules (35d71bd) 44 of the 84 new cells failed (teaser 12, handoff 8, promo 12, bullet 10; embed in ru
 * only, 2), 0 body sentences lost; after, 0. In-sample: the rules were written for these classes.
 * Session 28 (furniture6): 3 classes added (notice, readmore run on after a paragraph, crumbSlash: 36 cells, 376 in all).
 * On main before its rules (d990764) 22 of the 36 failed (notice 12, readmore 10: all but de), crumbSlash 0 (kept as a
 * guard), 0 body sentences lost; after, 0. In-sample: the rules were written for these classes. Then a headline with its
 * kicker (kickerHeadline, 12 cells): 10 failed before (en passes on main), 2 after (ko, known misses above).
 * Session 29 (furniture7): 6 classes of the page about its own making added (entryFooter, langVersion, frontPhoto,
 * linkPointer, seeBelow, editorNote: 66 cells). On main before its rules (cc9d686) 47 of the 66 failed, 0 body sentences
 * lost; after, 0 and 0. In-sample: the rules were written for these classes.
 * Session 30 (furniture8): 2 classes of live pages added (liveNote: a live page or an updated story speaking of its own
 * coverage; timeHeaderLine: an entry's time-of-day header on a line of its own; 30 cells, 446 in all). On main before its
 * rules (853a941) 14 of the 30 failed (liveNote de, es, fr, ko: 12; timeHeaderLine fr: 2), 0 body sentences lost; after, 0
 * and 0. In-sample: the rules were written for these classes.
 */
// (session 35: de/standfirst/top and de/standfirst/afterHeadline left the list: standfirst.ts takes a one-sentence
// standfirst above the lede that one body sentence retells; the other languages' standfirsts retell two sentences at once)
const KNOWN_MISSES = new Set<string>([
  'en/standfirst/top',
  'en/standfirst/afterHeadline',
  'es/standfirst/top',
  'es/standfirst/afterHeadline',
  'fr/standfirst/top',
  'fr/standfirst/afterHeadline',
  'ru/standfirst/top',
  'ru/standfirst/afterHeadline',
  // session 28: a Korean kicker headline with a colon is not taken (the rule wants an upper-case letter first; Korean
  // pages print the kicker in brackets, the shape of an outlet tag run into the lede)
  'ko/kickerHeadline/top',
  'ko/kickerHeadline/beforeByline',
])

function overlaps(claims: { start: number; end: number }[], at: number, end: number): boolean {
  return claims.some((k) => (k.start <= at && at < k.end) || (k.start >= at && k.start < end))
}

function verdict(cell: FurnitureGridCell): { furnitureAsClaim: boolean; lost: string[] } {
  const claims = extract(cell.text, { language: cell.language }).claims
  let furnitureAsClaim = false
  if (cell.furniture) {
    const at = cell.text.indexOf(cell.furniture)
    furnitureAsClaim = overlaps(claims, at, at + cell.furniture.length)
  }
  const lost = cell.claims.filter((s) => {
    const at = cell.text.indexOf(s)
    return !overlaps(claims, at, at + s.length)
  })
  return { furnitureAsClaim, lost }
}

describe('furniture probe grid (invented pages)', () => {
  it('holds its cells in six languages, every furniture and claim found in its page', () => {
    expect(new Set(cells.map((c) => c.language)).size).toBe(6)
    for (const c of cells) {
      if (c.furniture) expect(c.text.includes(c.furniture), c.id).toBe(true)
      for (const s of c.claims) expect(c.text.includes(s), c.id).toBe(true)
    }
    for (const id of KNOWN_MISSES) expect(cells.some((c) => c.id === id), id).toBe(true)
  })

  it.each(cells.filter((c) => !KNOWN_MISSES.has(c.id)).map((c) => [c.id, c] as const))('%s', (_id, cell) => {
    const v = verdict(cell)
    expect(v.furnitureAsClaim, `furniture as claim: ${cell.furniture}`).toBe(false)
    expect(v.lost, 'body sentences lost').toEqual([])
  })

  // the list stays true: a cell fixed by a later change must leave KNOWN_MISSES (and is then guarded like the others)
  it('still misses exactly the known misses', () => {
    const fixed = cells.filter((c) => KNOWN_MISSES.has(c.id)).filter((c) => {
      const v = verdict(c)
      return !v.furnitureAsClaim && v.lost.length === 0
    })
    expect(fixed.map((c) => c.id), 'fixed now: remove from KNOWN_MISSES').toEqual([])
  })
})
