// The fresh furniture set of session 26 (furniture4): 38 published pages labelled C/N/F by reading and committed before
// the extractor ran on them. Keys are found in order; each host stays on one side of the split; furniture lines that
// come out as claims and claim lines lost are floored at what was measured. dev's problems are printed; check's never.
import { describe, expect, it } from 'vitest'
import { loadFreshFurnitureSet, scoreFreshPage, sumFreshScores } from '../../../data/corpus/furniture-s26'
import { locateKeys } from '../../../data/corpus/load'
import { extract } from './index'

const pages = loadFreshFurnitureSet()

describe('fresh furniture set (session 26)', () => {
  it('labels every page from its first character, keys in text order, one side of the split per host', () => {
    expect(pages.length).toBeGreaterThanOrEqual(30)
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
   * Floors. "before" is main at session start (d94476d), scored once per part right after the labels were committed
   * (e1f2549): dev 14/58 furniture as claims (.241), 0/153 claims lost; check 10/76 (.132), 0/118 claims lost.
   * After the session's rules (furniture4, main 9d6aae7 + the ko caption/box-header rules): dev 11/58 (.190; in-sample:
   * two of the rules were written after reading dev's misses), 0/153 lost; check 9/76 (.118), 0/118 lost (the check
   * total is printed on every run; its misses never were).
   * Session 27 (furniture5): check is spent, its misses were read as dev; after furniture5's classes (teaser promises,
   * second copies, embeds, promo/source-note lines, lone bullets) check 7/76, 0/118 lost; dev 10/58, 0/153 (both
   * in-sample now).
   * A floor only moves toward the goal (furniture as claims <= 2%, no claim lost).
   */
  const FLOORS = {
    dev: { furnitureAsClaims: 10, claimsLost: 0 },
    check: { furnitureAsClaims: 7, claimsLost: 0 },
  }

  it('stays at or below the floors on dev and check', () => {
    for (const split of ['dev', 'check'] as const) {
      const scores = pages.filter((p) => p.split === split).map((p) => scoreFreshPage(p, extract(p.text)))
      const t = sumFreshScores(scores)
      console.log(
        `fresh furniture s26 ${split.padEnd(5)} ${t.pages} pages  furniture as claims ${t.furnitureAsClaims}/${t.furniture} (${t.rate.toFixed(3)})  claims lost ${t.claimsLost}/${t.claims}`,
      )
      if (split === 'dev') for (const s of scores) for (const problem of s.problems) console.log(`  ${s.id}: ${problem}`)
      expect(t.furnitureAsClaims, `${split} furniture as claims`).toBeLessThanOrEqual(FLOORS[split].furnitureAsClaims)
      expect(t.claimsLost, `${split} claims lost`).toBeLessThanOrEqual(FLOORS[split].claimsLost)
    }
  }, 60_000)
})
