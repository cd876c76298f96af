// The byline set's furniture labels (session 25): every key is found in order, every page of the byline set is
// labelled, and the split keeps each host on one side.
import { describe, expect, it } from 'vitest'
import { BYLINE_DIR, loadBylineSet } from '../../../data/corpus/bylines'
import { loadFurnitureSet, scoreFurniturePage, sumFurnitureScores } from '../../../data/corpus/bylines-furniture'
import { locateKeys } from '../../../data/corpus/load'
import { extract } from './index'

const pages = loadFurnitureSet()

describe('furniture labels of the byline set', () => {
  it('label every byline-set page, every key in text order', () => {
    expect(pages.map((p) => p.id).sort()).toEqual(loadBylineSet(BYLINE_DIR, ['dev', 'check3']).map((p) => p.id).sort())
    // session 24's 75 pages are split dev/check by host; the byline set's check3 pages (session 25) are all check3
    const check3 = new Set(loadBylineSet(BYLINE_DIR, ['check3']).map((p) => p.id))
    for (const p of pages) expect(p.split === 'check3', p.id).toBe(check3.has(p.id))
    for (const p of pages) {
      const located = locateKeys(p)
      expect(located.length).toBe(p.lines.length)
      // the first label starts the page's text (nothing before it is left unlabelled)
      expect(p.text.slice(0, located[0].start).trim()).toBe('')
    }
  })

  it('keep each host on one side of the split, about half the pages each', () => {
    const side = new Map<string, string>()
    for (const p of pages.filter((q) => q.split !== 'check3')) {
      expect(side.get(p.host) ?? p.split).toBe(p.split)
      side.set(p.host, p.split)
    }
    const dev = pages.filter((p) => p.split === 'dev').length
    const split = pages.filter((p) => p.split !== 'check3').length
    expect(Math.abs(2 * dev - split)).toBeLessThanOrEqual(split / 5)
  })
})

/**
 * Floors (session 25, furniture3): furniture lines that come out as claims, and body lines put out as furniture, on
 * the byline set's furniture dev part (trained on: in-sample) and check part (never read for rules or training:
 * the unseen-page figure). A floor only ever moves toward the goal (furniture as claims <= 2%).
 * check before the session's change (main e59f9a5): 25/172 furniture as claims; just before it landed (4db4088): 24/172;
 * after (a1531af): 26/172. check3 (fresh, scored once labelled): 23/128 at 4db4088 and e59f9a5, 24/128 after.
 * The lead then reverted the model's training on dev (every check figure and the tuned out-of-fold figure had got worse:
 * check 24 -> 26, check3 23 -> 24, tuned OOF 30 -> 33): with the tuned-only model (threshold .7) and the dev rules, check 24/172, check3 22/128.
 * dev before 17/226, after 11/226 (rules written from dev's misses: in-sample).
 */
const FLOORS = {
  dev: { furnitureAsClaims: 11, bodyAsFurniture: 1 },
  check: { furnitureAsClaims: 24, bodyAsFurniture: 0 },
  // the byline set's 32 check3 pages, labelled after the change and scored once (main 7cbf077): 24/128
  check3: { furnitureAsClaims: 22, bodyAsFurniture: 0 },
}

describe('furniture on the byline set (furniture labels, session 25)', () => {
  it('stays at or below the floors measured last, on dev and on check', () => {
    for (const split of ['dev', 'check', 'check3'] as const) {
      const scores = pages.filter((p) => p.split === split).map((p) => scoreFurniturePage(p, extract(p.text)))
      const t = sumFurnitureScores(scores)
      console.log(
        `furniture set ${split.padEnd(5)} ${t.pages} pages  furniture as claims ${t.furnitureAsClaims}/${t.furniture} (${t.rate.toFixed(3)})  body as furniture ${t.bodyAsFurniture}/${t.body}`,
      )
      // dev's lines are printed; check's and check3's are not (they are measured, never read)
      if (split === 'dev') for (const s of scores) for (const problem of s.problems) console.log(`  ${s.id}: ${problem}`)
      expect(t.furnitureAsClaims, `${split} furniture as claims`).toBeLessThanOrEqual(FLOORS[split].furnitureAsClaims)
      expect(t.bodyAsFurniture, `${split} body lines put out as furniture`).toBeLessThanOrEqual(FLOORS[split].bodyAsFurniture)
    }
  }, 60_000)
})
