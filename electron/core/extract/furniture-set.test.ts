// The byline set's furniture labels (session 25): every key is found in order, every page of the byline set is
// labelled, and the split keeps each host on one side.
import { describe, expect, it } from 'vitest'
import { loadBylineSet } from '../../../data/corpus/bylines'
import { loadFurnitureSet, locateFurnitureLines } from '../../../data/corpus/bylines-furniture'

const pages = loadFurnitureSet()

describe('furniture labels of the byline set', () => {
  it('label every byline-set page, every key in text order', () => {
    expect(pages.map((p) => p.id).sort()).toEqual(loadBylineSet().map((p) => p.id).sort())
    for (const p of pages) {
      const located = locateFurnitureLines(p)
      expect(located.length).toBe(p.lines.length)
      // the first label starts the page's text (nothing before it is left unlabelled)
      expect(p.text.slice(0, located[0].start).trim()).toBe('')
    }
  })

  it('keep each host on one side of the split, about half the pages each', () => {
    const side = new Map<string, string>()
    for (const p of pages) {
      expect(side.get(p.host) ?? p.split).toBe(p.split)
      side.set(p.host, p.split)
    }
    const dev = pages.filter((p) => p.split === 'dev').length
    expect(Math.abs(2 * dev - pages.length)).toBeLessThanOrEqual(pages.length / 5)
  })
})
