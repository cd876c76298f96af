// The furniture probe grid (__fixtures__/furniture-grid.ts): invented pages crossing 15 furniture classes with the
// positions they are printed in, in six languages. In every cell the furniture must not come out as a claim and every
// body sentence must stay a claim. The grid is invented and in-sample for the rules written from its failing cells: it
// guards against regressions, it does not measure real pages (the fresh set furniture-s26 does).
import { describe, expect, it } from 'vitest'
import { furnitureGrid, type FurnitureGridCell } from './__fixtures__/furniture-grid'
import { extract } from './index'

const cells = furnitureGrid()

/**
 * Cells the extractor misses. Session 26 (furniture4), before any rule: 240 cells, 74 furniture as claims, 0 body
 * sentences lost (standfirst 10, donation 18, bio 12, correction 15, headlineDateline 6, newsletter 6, caption 7).
 */
const KNOWN_MISSES = new Set<string>([
  'en/standfirst/top',
  'en/standfirst/afterHeadline',
  'en/donation/afterHeadline',
  'en/donation/mid',
  'en/donation/end',
  'en/bio/afterHeadline',
  'en/bio/end',
  'en/correction/top',
  'en/correction/afterHeadline',
  'en/correction/end',
  'en/headlineDateline/top',
  'de/standfirst/top',
  'de/standfirst/afterHeadline',
  'de/newsletter/afterHeadline',
  'de/newsletter/mid',
  'de/newsletter/end',
  'de/donation/afterHeadline',
  'de/donation/mid',
  'de/donation/end',
  'de/bio/afterHeadline',
  'de/bio/end',
  'de/correction/top',
  'de/correction/afterHeadline',
  'de/correction/end',
  'de/headlineDateline/top',
  'es/standfirst/top',
  'es/standfirst/afterHeadline',
  'es/donation/afterHeadline',
  'es/donation/mid',
  'es/donation/end',
  'es/bio/afterHeadline',
  'es/bio/end',
  'es/correction/top',
  'es/correction/afterHeadline',
  'es/correction/end',
  'es/headlineDateline/top',
  'fr/standfirst/top',
  'fr/standfirst/afterHeadline',
  'fr/caption/top',
  'fr/caption/afterHeadline',
  'fr/caption/mid',
  'fr/caption/end',
  'fr/donation/afterHeadline',
  'fr/donation/mid',
  'fr/donation/end',
  'fr/bio/afterHeadline',
  'fr/bio/end',
  'fr/correction/top',
  'fr/correction/afterHeadline',
  'fr/correction/end',
  'fr/headlineDateline/top',
  'ko/caption/afterHeadline',
  'ko/caption/mid',
  'ko/caption/end',
  'ko/newsletter/afterHeadline',
  'ko/newsletter/mid',
  'ko/newsletter/end',
  'ko/donation/afterHeadline',
  'ko/donation/mid',
  'ko/donation/end',
  'ko/bio/afterHeadline',
  'ko/bio/end',
  'ko/headlineDateline/top',
  'ru/standfirst/top',
  'ru/standfirst/afterHeadline',
  'ru/donation/afterHeadline',
  'ru/donation/mid',
  'ru/donation/end',
  'ru/bio/afterHeadline',
  'ru/bio/end',
  'ru/correction/top',
  'ru/correction/afterHeadline',
  'ru/correction/end',
  'ru/headlineDateline/top',
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
