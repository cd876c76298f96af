// The checks every fresh furniture set runs (sessions 26, 27, …): labels from the page's first character, keys in text
// order, one side of the split per host; then furniture as claims and claim lines lost, floored per part. dev's problems
// are printed; check's never are.
import { expect, it } from 'vitest'
import { type FreshPage, type FreshSplit, scoreFreshPage, sumFreshScores } from '../../../../data/corpus/furniture-s26'
import { locateKeys } from '../../../../data/corpus/load'
import { extract } from '../index'

export type FreshFloors = Record<FreshSplit, { furnitureAsClaims: number; claimsLost: number }>

export function freshFurnitureChecks(name: string, pages: FreshPage[], minPages: number, floors: FreshFloors): void {
  it('labels every page from its first character, keys in text order, one side of the split per host', () => {
    expect(pages.length).toBeGreaterThanOrEqual(minPages)
    expect(new Set(pages.map((p) => p.language))).toEqual(new Set(['de', 'en', 'es', 'fr', 'ko', 'ru']))
    const side = new Map<string, string>()
    for (const p of pages) {
      const located = locateKeys(p)
      expect(p.text.slice(0, located[0].start).trim(), p.id).toBe('')
      expect(side.get(p.host) ?? p.split).toBe(p.split)
      side.set(p.host, p.split)
    }
  })

  it('stays at or below the floors on dev and check', () => {
    for (const split of ['dev', 'check'] as const) {
      const scores = pages.filter((p) => p.split === split).map((p) => scoreFreshPage(p, extract(p.text)))
      const t = sumFreshScores(scores)
      console.log(
        `fresh furniture ${name} ${split.padEnd(5)} ${t.pages} pages  furniture as claims ${t.furnitureAsClaims}/${t.furniture} (${t.rate.toFixed(3)})  claims lost ${t.claimsLost}/${t.claims}`,
      )
      if (split === 'dev') for (const s of scores) for (const problem of s.problems) console.log(`  ${s.id}: ${problem}`)
      expect(t.furnitureAsClaims, `${split} furniture as claims`).toBeLessThanOrEqual(floors[split].furnitureAsClaims)
      expect(t.claimsLost, `${split} claims lost`).toBeLessThanOrEqual(floors[split].claimsLost)
    }
  }, 60_000)
}
