import { describe, expect, it } from 'vitest'
import { PACKS } from '../lang'
import { extract } from './index'
import { WARM_UP_PAGES, warmUpSteps } from './warm-up'

// The warm-up only helps if each page reaches its own pack's rules: detected as its language,
// with a byline, an attributed claim and a hedged one (so the attribution, byline and hedge
// patterns of that pack have all run once).
describe('extractor warm-up', () => {
  it('has a page and steps for every language pack', () => {
    expect(warmUpSteps().length).toBeGreaterThanOrEqual(Object.keys(PACKS).length)
    expect(Object.keys(WARM_UP_PAGES).sort()).toEqual(Object.keys(PACKS).sort())
  })

  for (const [language, page] of Object.entries(WARM_UP_PAGES)) {
    it(`${language}: the page is read as ${language} and exercises bylines, attribution and hedges`, () => {
      const result = extract(page)
      expect(result.meta.language).toBe(language)
      expect(result.meta.author).toBeTruthy()
      expect(result.claims.some((c) => c.sourcing.type !== 'unattributed')).toBe(true)
      expect(result.claims.some((c) => c.hedge.hedged)).toBe(true)
    })
  }

  it('each step runs without throwing', () => {
    for (const step of warmUpSteps()) expect(step).not.toThrow()
  })
})
