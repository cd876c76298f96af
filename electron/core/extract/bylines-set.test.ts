// The byline set (data/corpus/bylines/, session 24): 49 published pages in six languages that the extractor was never
// tuned on when they were labelled, half `dev` (work from these) and half `check` (measured, never read for rules);
// then 26 more Spanish and Korean pages (helper "bylines2"), split the same way into `dev2` and `check2`.
// Scores the author line: found where the page prints one (matched as published-corpus.ts matches it), and false
// bylines (an author given where the page prints none). Fails below the floors measured last; a floor only moves up.
import { describe, expect, it } from 'vitest'
import { BYLINE_PARTS, loadBylineSet, type BylineArticle } from '../../../data/corpus/bylines'
import { extract } from './index'
import { bylineMatches } from './published-corpus'

const articles = loadBylineSet()

interface Result {
  article: BylineArticle
  author: string | null
  found: boolean | null
  falseByline: boolean
}

const results: Result[] = articles.map((article) => {
  const author = extract(article.text).meta.author
  return {
    article,
    author,
    found: article.byline === null ? null : bylineMatches(author, article.byline),
    falseByline: article.byline === null && author !== null,
  }
})

interface Figures {
  pages: number
  bylines: number
  found: number
  none: number
  falseBylines: number
}

function figures(rs: Result[]): Figures {
  return {
    pages: rs.length,
    bylines: rs.filter((r) => r.found !== null).length,
    found: rs.filter((r) => r.found === true).length,
    none: rs.filter((r) => r.found === null).length,
    falseBylines: rs.filter((r) => r.falseByline).length,
  }
}

const ratio = (n: number, d: number) => (d === 0 ? 'n/a' : (n / d).toFixed(3))
function row(name: string, f: Figures): string {
  return `${name.padEnd(10)} ${String(f.pages).padStart(3)} pages  byline found ${f.found}/${f.bylines} (${ratio(f.found, f.bylines)})  false bylines ${f.falseBylines}/${f.none} (${ratio(f.falseBylines, f.none)})`
}

/**
 * Floors, as counts: found at least, false bylines at most. Session 24's first run (before any byline change):
 * dev found 2/13, false 0/11; check found 6/13, false 0/12. After the session's rules (check measured once more):
 * dev 12/13, false 0/11; check 7/13, false 0/12. Then the match became whole words (bylineMatches): one check page's
 * author had matched only as a part of a word, so check is 6/13 under the stricter match (the lead, session 24).
 * The second collection (Spanish and Korean, helper bylines2): before any change dev2 4/7, false 0/6; check2 5/7,
 * false 0/6. After its rules (check and check2 measured once more): dev2 7/7, false 0/6; check2 5/7, false 0/6; check
 * 6/13, false 0/12 (both unchanged).
 */
const FLOORS = {
  dev: { found: 12, falseBylines: 0 },
  check: { found: 6, falseBylines: 0 },
  dev2: { found: 7, falseBylines: 0 },
  check2: { found: 5, falseBylines: 0 },
}

describe('byline set (session 24)', () => {
  it('holds 75 labelled pages, half dev and half check in each language and collection', () => {
    expect(articles.length).toBe(75)
    for (const [dev, check] of [['dev', 'check'], ['dev2', 'check2']] as const) {
      for (const lang of new Set(articles.map((a) => a.language))) {
        const here = articles.filter((a) => a.language === lang && (a.part === dev || a.part === check))
        const devCount = here.filter((a) => a.part === dev).length
        expect(Math.abs(2 * devCount - here.length)).toBeLessThanOrEqual(1)
      }
    }
    expect(articles.filter((a) => a.part === 'dev2' || a.part === 'check2').length).toBe(26)
  })

  it('finds the bylines it found before, and gives no more false ones', () => {
    const lines: string[] = []
    for (const part of BYLINE_PARTS) {
      const here = results.filter((r) => r.article.part === part)
      for (const lang of [...new Set(here.map((r) => r.article.language))]) lines.push(row(`${part} ${lang}`, figures(here.filter((r) => r.article.language === lang))))
      lines.push(row(`${part} all`, figures(here)))
    }
    // the dev parts' misses are printed to work from; the check parts' are not, so that nobody tunes on them
    for (const r of results.filter((x) => (x.article.part === 'dev' || x.article.part === 'dev2') && (x.found === false || x.falseByline))) {
      lines.push(`  ${r.article.part} ${r.article.id}: ${r.author ?? 'null'} ≠ ${r.article.byline ?? 'none'}`)
    }
    console.log(lines.join('\n'))
    for (const part of BYLINE_PARTS) {
      const f = figures(results.filter((r) => r.article.part === part))
      expect(f.found, `${part} bylines found`).toBeGreaterThanOrEqual(FLOORS[part].found)
      expect(f.falseBylines, `${part} false bylines`).toBeLessThanOrEqual(FLOORS[part].falseBylines)
    }
  })
})
