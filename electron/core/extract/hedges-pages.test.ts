// The whole-page hedge set (data/corpus/hedges-pages-s35/, session 35): hedge recall and false hedges at extract level, as
// the held-out part is scored. Counts only: the check part's misses are never printed, so nobody fits rules to them; the
// dev part's may be read (HEDGE_PAGES_DEV_PROBLEMS=1 prints them); the check counts print with HEDGE_PAGES_CHECK=1. Fails below the floors measured at the set's first run.
import { describe, expect, it } from 'vitest'
import { loadHedgePagesS35 } from '../../../data/corpus/hedges-pages'
import { extract } from './index'
import { scoreArticle, type ArticleScore, type PublishedArticle } from './published-corpus'

interface Counts {
  hedged: number
  hedgedFound: number
  unhedged: number
  falseHedges: number
  claims: number
  claimsFound: number
}

function count(scores: ArticleScore[]): Counts {
  const sum = (f: (s: ArticleScore) => number) => scores.reduce((n, s) => n + f(s), 0)
  return {
    hedged: sum((s) => s.hedged),
    hedgedFound: sum((s) => s.hedgedFound),
    unhedged: sum((s) => s.unhedged),
    falseHedges: sum((s) => s.hedgeFalsePositives),
    claims: sum((s) => s.claims),
    claimsFound: sum((s) => s.claimsFound),
  }
}

const line = (name: string, c: Counts) =>
  `${name.padEnd(5)} hedges found ${c.hedgedFound}/${c.hedged}, false hedges ${c.falseHedges}/${c.unhedged} (claims found ${c.claimsFound}/${c.claims})`

function figures(part: string, articles: PublishedArticle[], print = true): { all: Counts; scores: ArticleScore[] } {
  const scores = articles.map((a) => scoreArticle(a, extract(a.text)))
  const lines = [...new Set(articles.map((a) => a.language))].map((lang) => line(lang, count(scores.filter((s) => s.language === lang))))
  const all = count(scores)
  if (print) console.log(`hedges-pages-s35 ${part}, ${articles.length} pages:\n  ${[...lines, line('all', all)].join('\n  ')}`)
  return { all, scores }
}

/**
 * First run (main 3ec8d4a's extractor; the set labelled and committed before it, 7eb81d5): dev hedges found 14/15, false
 * hedges 2/77; check 22/26, 3/108 (en 0/1 0/16, es 4/5 0/3, fr 11/12 2/37, ko 2/2 0/5, ru 5/6 1/47); claims found 92/93, 134/134.
 */
const FLOORS = {
  // dev after three dev labels were corrected by written rules (README section): 15/15, 1/77
  dev: { hedgedFound: 15, falseHedges: 1 },
  check: { hedgedFound: 22, falseHedges: 3 },
}

describe('whole-page hedge set, session 35 (hedges13)', () => {
  it('dev part: hedges found and false hedges at extract level (may be read)', () => {
    const { all, scores } = figures('dev', loadHedgePagesS35('dev'))
    if (process.env.HEDGE_PAGES_DEV_PROBLEMS) {
      for (const s of scores) for (const p of s.problems) if (/hedge/.test(p)) console.log(`  ${s.id}: ${p}`)
    }
    expect(all.hedged).toBeGreaterThan(0)
    expect(all.hedgedFound).toBeGreaterThanOrEqual(FLOORS.dev.hedgedFound)
    expect(all.falseHedges).toBeLessThanOrEqual(FLOORS.dev.falseHedges)
  })

  it('check part: hedges found and false hedges at extract level (counts only)', () => {
    // the counts are printed only when asked (HEDGE_PAGES_CHECK=1), for the before/after reading, so that routine runs do not show them
    const { all } = figures('check', loadHedgePagesS35('check'), !!process.env.HEDGE_PAGES_CHECK)
    expect(all.hedged).toBeGreaterThan(0)
    expect(all.hedgedFound).toBeGreaterThanOrEqual(FLOORS.check.hedgedFound)
    expect(all.falseHedges).toBeLessThanOrEqual(FLOORS.check.falseHedges)
  })
})
