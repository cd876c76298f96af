// The probe grid of invented pages (bylines-grid.ts): every cell gives the bare name it prints, or no author on a page
// that prints none. Session 25 (bylines4): before its rules 262/354 cells found (ko 47/70, es 47/76, ru 36/54, de 46/52,
// fr 41/52, en 45/50), 3/54 false ("Von Montag an …" gave "Montag"); after, 354/354 and 0/54. The grid is in-sample
// for those rules (they were written from its failing cells), so it guards against regressions, not for coverage.
import { describe, expect, it } from 'vitest'
import { bylineGrid, cleanAuthor } from './bylines-grid'
import { extract } from './index'
import { bylineMatches } from './published-corpus'

const cells = bylineGrid()

describe('byline probe grid (invented pages)', () => {
  it('holds 408 cells in six languages', () => {
    expect(cells.length).toBe(408)
    expect(new Set(cells.map((c) => c.language)).size).toBe(6)
  })

  it.each(cells.map((c) => [c.id, c] as const))('%s', (_id, cell) => {
    const author = extract(cell.text, { language: cell.language }).meta.author
    if (cell.author === null) expect(author).toBeNull()
    else {
      expect(author, cell.text).not.toBeNull()
      expect(bylineMatches(author, cell.author) && cleanAuthor(author ?? ''), `${author} for ${cell.author}`).toBe(true)
    }
  })
})
