// The title set (session 24): the article's name the reviewer sees (extraction.meta.title), against the headline as
// printed, labelled by reading in a `title:` field (`none` when the page shows no headline) on the byline set's
// manifests and on tuned published pages' .labels headers (held-out pages are filtered out first). The byline set's
// session 24 check part was folded into dev in session 25 (its misses had been seen); check3 is session 25's fresh part.
// Found = meta.title equals the label after whitespace normalisation, or, when the label is none, the title is derived
// from the first claim (meta.titleDerived). Prints tuned / dev / check3 / check4 (session 26's fresh part); fails below the floors measured last.
import { describe, expect, it } from 'vitest'
import { BYLINE_DIR, BYLINE_PARTS, loadBylineSet } from '../../../data/corpus/bylines'
import { loadPublishedCorpus } from '../../../data/corpus/load'
import { extract } from './index'

interface Page {
  id: string
  set: 'tuned' | 'dev' | 'check3' | 'check4' | 'dev5' | 'check5' | 'dev6' | 'check6' | 'dev7' | 'check7' | 'dev8' | 'check8' | 'dev9' | 'check9' | 'dev10' | 'check10' | 'dev11' | 'check11' | 'dev12' | 'check12' | 'dev13' | 'check13'
  text: string
  /** '' = the page shows no headline */
  title: string
}

const pages: Page[] = [
  ...loadPublishedCorpus()
    .filter((a) => a.split === 'tuned')
    .flatMap((a) => (a.title === undefined ? [] : [{ id: a.id, set: 'tuned' as const, text: a.text, title: a.title }])),
  // session 24's second collection (was dev2 / check2) carries no title labels; (session 35) dev13 and check13 are loaded
  // but not measured here: bylines14 did not measure titles (the loop below names the parts it measures)
  ...loadBylineSet(BYLINE_DIR, BYLINE_PARTS).flatMap((a) => (a.title === undefined ? [] : [{ id: a.id, set: a.part, text: a.text, title: a.title }])),
]

const norm = (s: string) => s.replace(/\s+/g, ' ').trim()

const results = pages.map((page) => {
  const { meta } = extract(page.text)
  const found = page.title === '' ? meta.titleDerived === true : !meta.titleDerived && norm(meta.title ?? '') === norm(page.title)
  return { page, title: meta.title, derived: meta.titleDerived === true, found }
})

/**
 * Measured after the session 24 title rules (tuned .848; dev .833 = 20/24 and check .680 = 17/25, which session 25
 * folded into one dev part of 49: 37/49 = .755); check3 before any session 25 change: .742 = 23/31. After session 25's byline rules (a byline with the headline's shape
 * is the byline): dev .776 (38/49), check3 .742 (23/31, unchanged), tuned .848 (unchanged). A floor only moves up.
 */
// check4 (session 26, bylines5): fresh, labelled before any run; first run before any session 26 change: .767 (33/43)
// dev5 / check5 (session 27, bylines6): fresh, labelled before any run; first run before any session 27 change:
// dev5 .824 (14/17), check5 .643 (18/28)
// dev6 / check6 (session 28, bylines7): fresh, labelled before any run; first run before any session 28 change:
// dev6 .765 (13/17), check6 .880 (22/25)
// dev7 / check7 (session 29, bylines8): fresh, labelled before any run; first run before any session 29 change:
// dev7 .800 (12/15), check7 .867 (26/30)
// dev8 / check8 (session 30, bylines9): fresh, labelled before any run; first run before any session 30 change:
// dev8 .650 (13/20), check8 .909 (30/33)
// dev9 / check9 (session 31, bylines10): fresh, labelled before any run; first run before any session 31 change:
// dev9 .773 (17/22), check9 .868 (33/38)
// dev10 / check10 (session 32, bylines11): fresh, labelled before any run; first run before any session 32 change:
// dev10 .682 (15/22), check10 .811 (30/37)
// dev11 / check11 (session 33, bylines12): fresh, labelled before any run; first run before any session 33 change:
// dev11 .722 (13/18), check11 .825 (33/40)
// dev12 / check12 (session 34, bylines13): fresh, labelled before any run; first run before any session 34 change:
// dev12 .727 (8/11), check12 .800 (24/30)
const FLOORS = { tuned: 0.848, dev: 0.775, check3: 0.741, check4: 0.767, dev5: 0.823, check5: 0.642, dev6: 0.764, check6: 0.879, dev7: 0.799, check7: 0.866, dev8: 0.649, check8: 0.908, dev9: 0.772, check9: 0.867, dev10: 0.681, check10: 0.810, dev11: 0.722, check11: 0.824, dev12: 0.727, check12: 0.8 }

describe('extract: article titles against the headline as printed', () => {
  it('finds the headline, or derives the title where the page shows none', () => {
    const lines: string[] = []
    for (const set of ['tuned', 'dev', 'check3', 'check4', 'dev5', 'check5', 'dev6', 'check6', 'dev7', 'check7', 'dev8', 'check8', 'dev9', 'check9', 'dev10', 'check10', 'dev11', 'check11', 'dev12', 'check12'] as const) {
      const rs = results.filter((r) => r.page.set === set)
      const found = rs.filter((r) => r.found).length
      const headlines = rs.filter((r) => r.page.title !== '')
      // (the fresh check part's figure is not printed while a session works; its floor still holds it)
      if (set !== 'check12') lines.push(`titles ${set.padEnd(6)} ${String(rs.length).padStart(3)} pages  found ${(found / rs.length).toFixed(3)} (${found})  headlines ${headlines.filter((r) => r.found).length}/${headlines.length}  none ${rs.filter((r) => r.page.title === '' && r.found).length}/${rs.length - headlines.length}`)
      // the check3 and check12 parts are measured, never read: their misses are not printed (check4 to check11 are spent:
      // read)
      if (set !== 'check3' && set !== 'check12') for (const r of rs.filter((x) => !x.found)) lines.push(`  miss ${r.page.id}: ${r.derived ? '(derived) ' : ''}${JSON.stringify(r.title)} != ${JSON.stringify(r.page.title || 'none')}`)
      expect(found / rs.length).toBeGreaterThanOrEqual(FLOORS[set])
    }
    console.log(lines.join('\n'))
    expect(results.length).toBeGreaterThanOrEqual(100)
  })
})
