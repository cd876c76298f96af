// The fresh furniture set of session 27 (furniture5): 51 published pages labelled C/N/F by reading and committed before
// the extractor ran on them (1825d6e). Keys are found in order; each host stays on one side of the split; furniture lines
// that come out as claims and claim lines lost are floored at what was measured. dev's problems are printed; check's never.
import { describe, expect, it } from 'vitest'
import { scoreFreshPage, sumFreshScores } from '../../../data/corpus/furniture-s26'
import { loadFurnitureS27 } from '../../../data/corpus/furniture-s27'
import { locateKeys } from '../../../data/corpus/load'
import { extract } from './index'

const pages = loadFurnitureS27()

describe('fresh furniture set (session 27)', () => {
  it('labels every page from its first character, keys in text order, one side of the split per host', () => {
    expect(pages.length).toBeGreaterThanOrEqual(50)
    expect(new Set(pages.map((p) => p.language))).toEqual(new Set(['de', 'en', 'es', 'fr', 'ko', 'ru']))
    const side = new Map<string, string>()
    for (const p of pages) {
      const located = locateKeys(p)
      expect(p.text.slice(0, located[0].start).trim(), p.id).toBe('')
      expect(side.get(p.host) ?? p.split).toBe(p.split)
      side.set(p.host, p.split)
    }
  })

  /**
   * Floors. "before" is main at session start (726faf4), scored once per part right after the labels were committed
   * (1825d6e): dev 10/123 furniture as claims (.081), 0/110 claims lost; check 21/115 (.183), 5/125 claims lost.
   * After furniture5's classes (rules written after reading dev's misses, so dev is in-sample): dev 3/123, 0/110 lost;
   * with the lone-bullet rule 2/123. check after (main f2435c7, its misses not printed): 18/115 (.157), 5/125 lost. The
   * check total is printed on every run; it was also seen once at an intermediate state (18/115, 5 lost).
   * A floor only moves toward the goal (furniture as claims <= 2%, no claim lost).
   */
  const FLOORS = {
    dev: { furnitureAsClaims: 2, claimsLost: 0 },
    check: { furnitureAsClaims: 18, claimsLost: 5 },
  }

  it('stays at or below the floors on dev and check', () => {
    for (const split of ['dev', 'check'] as const) {
      const scores = pages.filter((p) => p.split === split).map((p) => scoreFreshPage(p, extract(p.text)))
      const t = sumFreshScores(scores)
      console.log(
        `fresh furniture s27 ${split.padEnd(5)} ${t.pages} pages  furniture as claims ${t.furnitureAsClaims}/${t.furniture} (${t.rate.toFixed(3)})  claims lost ${t.claimsLost}/${t.claims}`,
      )
      if (split === 'dev') for (const s of scores) for (const problem of s.problems) console.log(`  ${s.id}: ${problem}`)
      expect(t.furnitureAsClaims, `${split} furniture as claims`).toBeLessThanOrEqual(FLOORS[split].furnitureAsClaims)
      expect(t.claimsLost, `${split} claims lost`).toBeLessThanOrEqual(FLOORS[split].claimsLost)
    }
  }, 60_000)
})
