// The byline set (data/corpus/bylines/): session 24's 75 published pages (49 in six languages, then 26 Spanish and
// Korean ones), once split into dev/check and dev2/check2, all folded into `dev` in session 25 because both check parts
// had been measured twice and their misses seen (each manifest's `was:` keeps the old part); and session 25's fresh
// `check3` (32 pages in six languages, labelled and committed before the extractor ran on them; measured before and
// after, never read for rules); and session 26's fresh `check4` (43 pages, Spanish and Korean weighted, same protocol),
// spent after two scorings and read as dev from session 27 on; and session 27's fresh set (45 pages, es/de/en/fr/ru
// weighted): `dev5` (read) and `check5` (scored before and after only, misses never printed), spent after two scorings and
// read as dev from session 28 on; and session 28's fresh set (42 pages in six languages, bylines7): `dev6` (read) and
// `check6` (scored once before and once at the end, misses never printed), spent and read as dev from session 29 on;
// session 29's fresh set (45 pages, bylines8): `dev7` and `check7`, check7 spent and read as dev from session 30 on; and
// session 30's fresh set (53 pages, es/ko/ru weighted, bylines9): `dev8` (read) and `check8` (scored once before and
// once at the end, misses never printed), spent and read as dev from session 31 on; and session 31's fresh set (60 pages,
// es/ko/ru weighted, bylines10): `dev9` (read) and `check9` (scored once before and once at the end, misses never printed),
// spent and read as dev from session 32 on; and session 32's fresh set (59 pages, es/ko weighted, bylines11): `dev10`
// (read) and `check10` (scored once before and once at the end, misses never printed), spent and read as dev from session
// 33 on; and session 33's fresh set (58 pages, es/ko weighted, bylines12): `dev11` (read) and `check11` (scored once
// before and once at the end, misses never printed), split by host so that no host feeds both; check11 spent and read as
// dev from session 34 on; and session 34's fresh set (41 pages, es/ko weighted, bylines13): `dev12` (read) and `check12`
// (scored once before and once at the end, misses never printed), split by host.
// Scores the author line: found where the page prints one (matched as published-corpus.ts matches it), and false
// bylines (an author given where the page prints none). Fails below the floors measured last; a floor only moves up.
import { describe, expect, it } from 'vitest'
import { BYLINE_DIR, BYLINE_PARTS, loadBylineSet, type BylineArticle } from '../../../data/corpus/bylines'
import { extract } from './index'
import { bylineMatches } from './published-corpus'

const articles = loadBylineSet(BYLINE_DIR, BYLINE_PARTS)

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
const FLOORS: Record<(typeof BYLINE_PARTS)[number], { found: number; falseBylines: number }> = {
  // session 24's four parts at their last floors: dev 12 + check 6 + dev2 7 + check2 5 = 30 of 40 bylines, 0 false of 35
  // after session 25's page-shape rules (in-sample for dev: its misses were read): 37/40, 0/35 false
  // session 28 (bylines7): 38/40 (a blog's user name closing a Cyrillic page, "helen"; in-sample)
  // session 29 (bylines8): 39/40 (the date, the outlet and the section between slashes; in-sample)
  // session 30 (bylines9): 40/40 (the outlet's web address in the author slot, "elDiarioclm.es"; in-sample)
  dev: { found: 40, falseBylines: 0 },
  // check3 before any session 25 change (main 998d818 + the set): found 5/14 (es 0/3, ko 2/7, ru 0/1, de/en/fr 1/1 each), 0/18 false
  // after those rules, check3 scored once more: 5/14 (.357), 0/18 false, unchanged in every language
  // after bylines4's invented grid (bylines4 never scored check3, but the lead had read check3's 9 misses and put their
  // shapes into bylines4's brief, so this figure is NOT out of sample): 9/14 (es 1/3, ko 5/7, ru 0/1), 0/18 false
  // session 34 (bylines13): 12/14 (a labelled desk run onto its colon, "Autor:redacción"; a credit line of the outlet and a
  // Korean reporter with an e-mail; a village reporter's credit after a bracket; all spent, in-sample for the aggregate)
  check3: { found: 12, falseBylines: 0 },
  // check4 (session 26, bylines5): 43 fresh pages, labelled and committed before the extractor ran on them (1201b6b).
  // First run, before any session 26 byline change (main d94476d + the set): found 13/24 (.542; es 2/8, fr 0/3, ko 10/12,
  // ru 1/1), false bylines 2/19 (es 2/6). Misses never printed; scored once more at the session's end (main 7903641, after
  // the session's grid rules and the other helpers' landings): found 13/24 (unchanged in every language), false 1/19 (es 1/6)
  // session 27 (bylines6): check4 is spent and read as dev; after the session's complication classes (written from its
  // misses, so in-sample): 23/24 found, 1/19 false
  // session 30 (bylines9): 23/24, 0/19 false (a photo credit under a caption, "R. García / EFE"; in-sample)
  // session 35 (bylines14): 24/24 (an agency signing the text over a date and a desk's code, read after the last body
  // line; in-sample)
  check4: { found: 24, falseBylines: 0 },
  // session 27 (bylines6): 45 fresh pages, labelled and committed before the extractor ran on them (0665d52). First run,
  // before any session 27 byline change (main 726faf4 + the set): dev5 found 7/12, false 0/5; check5 found 10/19 (.526;
  // de 2/4, en 3/3, es 2/6, fr 0/3, ko 1/1, ru 2/2), false 0/9. check5's misses are never printed
  // after the session's complication classes (in-sample: dev5's misses were read): 11/12, 0/5
  // session 29 (bylines8): 12/12 (the role alone under a publication label that lost its date; in-sample)
  dev5: { found: 12, falseBylines: 0 },
  // scored once more at the session's end (main bcb22d3: the session's byline classes and the other helpers' landings):
  // found 11/19 (.579; de 3/4, en 3/3, es 2/6, fr 0/3, ko 1/1, ru 2/2), false 0/9; misses never printed
  // session 28: check5 is spent and read as dev; after the session's complication classes (written from its misses,
  // so in-sample): 19/19 found, 0/9 false
  // session 35 (bylines14): one label corrected by ruling 9 (donga-news1: '• 뉴스1' in the meta block, none -> 뉴스1; see
  // the README), so check5 has 20 bylines and 8 pages without: 20/20 found (the meta block's agency, in-sample), 0/8 false
  check5: { found: 20, falseBylines: 0 },
  // session 28 (bylines7): 42 fresh pages, labelled and committed before the extractor ran on them (0f0b863). First run,
  // before any session 28 byline change (main d990764 + the set): dev6 found 6/11, false 0/6
  // after the session's complication classes (in-sample: dev6's misses were read): 11/11, 0/6
  dev6: { found: 11, falseBylines: 0 },
  // check6 found 7/14 (.500; de 1/2, en 2/2, es 0/3, fr 1/3, ko 3/3, ru 0/1), false 1/11 (en 1/2); misses never printed
  // scored once more at the session's end (the session's byline classes, as landed on main de7c52d): found 9/14 (.643; de
  // 2/2, ru 1/1, others unchanged), false 1/11. Not clean: both pages gained are shapes the labeller knew from labelling
  // check6 ("(dls)" closing the text, "От admin"); see the README section
  // session 29 (bylines8): check6 is spent and read as dev; after the session's classes (written from its misses, so
  // in-sample): 11/14 found, 0/11 false
  // session 30 (bylines9): 13/14 (a code in capitals closing the page, "JFL"; a writer's label run in with a dash under
  // a section label in capitals; in-sample)
  check6: { found: 13, falseBylines: 0 },
  // session 29 (bylines8): 45 fresh pages, labelled and committed before the extractor ran on them (32ad287). First run,
  // before any session 29 byline change (main f863dda + the set): dev7 found 2/6, false 0/9
  // after the session's complication classes (in-sample: dev7's misses were read): 5/6, 0/9
  dev7: { found: 5, falseBylines: 0 },
  // check7 found 11/21 (.524; de 0/2, en 4/4, es 1/4, fr 0/2, ko 5/7, ru 1/2), false 1/9 (es 1/2); misses never printed
  // scored once more at the session's end (main 387f1ab: the session's byline classes and the other helpers' landings):
  // found 13/21 (.619; fr 0/2 -> 2/2, others unchanged), false 1/9. Not clean: both pages gained print the outlet in a
  // "Publié le" author slot (La Dépêche group), a layout the labeller knew from labelling check7; the class came from
  // spent pages (check6 midilibre, dev5 lindependant). The aggregate was also seen once mid-session (a test run printed
  // it); see the README section
  // session 30 (bylines9): check7 is spent and read as dev; after the session's classes (written from its misses, so
  // in-sample): 20/21 found, 0/9 false
  // session 35 (bylines14): 21/21 (a user name beside the date under the headline, '카오스2k'; in-sample)
  check7: { found: 21, falseBylines: 0 },
  // session 30 (bylines9): 53 fresh pages, labelled and committed before the extractor ran on them (9d723a2). First run,
  // before any session 30 byline change (main 0a0f3d8 + the set): dev8 found 4/9, false 0/11
  // after the session's complication classes (in-sample: dev8's misses were read): 9/9, 0/11
  dev8: { found: 9, falseBylines: 0 },
  // check8 found 10/21 (.476; de 1/1, en 1/2, es 3/8, fr 0/1, ko 3/6, ru 2/3), false 0/12; misses never printed
  // scored once more at the session's end (the session's byline classes on main cac1c1b): found 11/21 (.524; es 3/8 ->
  // 4/8, others unchanged), false 0/12. Not clean: the labeller knew check8's shapes (see the README section)
  // session 34 (bylines13): 16/21 (credit lines of parts, labelled credits with any separator, a Korean desk's e-mail;
  // in-sample: the session's classes were written from the aggregate of the spent parts' misses)
  check8: { found: 16, falseBylines: 0 },
  // session 31 (bylines10): 60 fresh pages, labelled and committed before the extractor ran on them (458a409). First run,
  // before any session 31 byline change (main 158eafe + the set): dev9 found 6/14, false 0/8
  // after the session's agency-slot rule (in-sample: dev9's misses were read): 7/14, 0/8
  // session 33 (bylines12): 8/14 (a bulleted stamp with no year over the author; in-sample)
  // session 34 (bylines13): 9/14 ("Bilder und Text: X", a writer's label in the other word order; in-sample)
  // session 35 (bylines14): 10/14 (the outlet alone in the author slot over the date, 'Le Dauphiné Libéré'; in-sample)
  dev9: { found: 10, falseBylines: 0 },
  // check9 found 10/21 (.476; de 0/2, en 3/4, es 2/6, fr 1/2, ko 3/5, ru 1/2), false 2/17 (es 1/2, ru 1/6); misses never
  // printed
  // session 33 (bylines12): check9 is spent; after the session's classes (in-sample for the two false bylines: a capitals
  // place label, "SECTOR FÁTIMA", and a template's placeholder, "Имя автора"): 16/21 found, 0/17 false
  // session 34 (bylines13): 17/21 ("Author: Admin" before a comment form; in-sample)
  check9: { found: 17, falseBylines: 0 },
  // session 32 (bylines11): 59 fresh pages, labelled and committed before the extractor ran on them (d12cc79). First run,
  // before any session 32 byline change (main b58c791 + the set): dev10 found 8/14, false 0/8
  // session 34 (bylines13): 10/14 (a Korean outlet and reporter on the first line; initials and a surname over a comment
  // form; in-sample)
  dev10: { found: 10, falseBylines: 0 },
  // check10 found 10/21 (.476; de 1/2, en 0/3, es 2/4, fr 1/1, ko 5/8, ru 1/3), false 0/16; misses never printed
  // session 33 (bylines12): check10 is spent and read as dev; after the session's classes (written from the spent parts'
  // misses, so in-sample): 15/21 found, 0/16 false
  // session 34 (bylines13): 17/21 (credit lines of parts under the headline; in-sample)
  check10: { found: 17, falseBylines: 0 },
  // session 33 (bylines12): 58 fresh pages, labelled and committed before the extractor ran on them (2f26c20). First run,
  // before any session 33 byline change (main 127a662 + the set): dev11 found 3/7, false 0/11
  // after the session's classes (in-sample: dev11's misses were read): 7/7, 0/11
  dev11: { found: 7, falseBylines: 0 },
  // check11 found 10/23 (.435; de 1/1, en 2/5, es 2/3, fr 1/2, ko 4/11, ru 0/1), false 0/17; misses never printed
  // scored once more at the session's end (main 2b7f91f + the session's byline classes, adf11a1): found 12/23 (.522; ko
  // 4/11 -> 5/11, ru 0/1 -> 1/1, others unchanged), false 0/17
  // session 34 (bylines13): check11 is spent and read as dev; after the session's classes (in-sample): 15/23, 0/17 false
  // session 35 (bylines14): 16/23 (a team by its ending over the date, '농촌협약지원팀'; in-sample)
  check11: { found: 16, falseBylines: 0 },
  // session 34 (bylines13): 41 fresh pages, labelled and committed before the extractor ran on them (1e54560). First run,
  // before any session 34 byline change (main 322ac9e + the set): dev12 found 2/4, false 0/7
  // after the session's classes (in-sample: dev12's two misses were read with the spent parts'): 4/4, 0/7
  dev12: { found: 4, falseBylines: 0 },
  // check12 found 5/11 (.455; de 1/3, en 1/1, es 1/2, ko 2/5), false 0/19; misses never printed
  // scored once more at the session's end (the session's classes on main 9fe6dab, 426e8f7): found 7/11 (.636; ko 2/5 ->
  // 4/5, others unchanged), false 0/19. Not clean: the labeller knew check12's Korean credit shapes when writing the
  // Korean title compounds and the desk-with-e-mail credit (see the README section)
  check12: { found: 7, falseBylines: 0 },
  // session 35 (bylines14): 59 fresh pages, labelled and committed before the extractor ran on them (e3d8d53). First run,
  // before any session 35 byline change (main 3ec8d4a + the set): dev13 found 4/9, false 0/11
  // after the session's classes (in-sample: dev13's misses were read with the spent parts'): 5/9, 0/11
  dev13: { found: 5, falseBylines: 0 },
  // check13 found 17/23 (.739), false 1/16 (main 3ec8d4a + the set); misses never printed
  // scored once more at the session's end (bylines13's and bylines14's classes on main 6958edf): 17/23, false 1/16,
  // unchanged in every language
  check13: { found: 17, falseBylines: 1 },
}

describe('byline set (sessions 24 to 35)', () => {
  it('holds 612 labelled pages: 75 in dev (with the part each had in session 24), 32 in check3 in six languages, 43 in check4, 17 in dev5, 28 in check5, 17 in dev6, 25 in check6, 15 in dev7, 30 in check7, 20 in dev8, 33 in check8, 22 in dev9, 38 in check9, 22 in dev10, 37 in check10, 18 in dev11, 40 in check11, 11 in dev12, 30 in check12, 20 in dev13, 39 in check13', () => {
    expect(articles.length).toBe(612)
    const dev = articles.filter((a) => a.part === 'dev')
    expect(dev.length).toBe(75)
    expect(dev.every((a) => ['dev', 'check', 'dev2', 'check2'].includes(a.was ?? ''))).toBe(true)
    const check3 = articles.filter((a) => a.part === 'check3')
    expect(check3.length).toBe(32)
    expect(new Set(check3.map((a) => a.language)).size).toBe(6)
    expect(check3.every((a) => a.was === undefined)).toBe(true)
    const check4 = articles.filter((a) => a.part === 'check4')
    expect(check4.length).toBe(43)
    expect(check4.every((a) => a.was === undefined && a.title !== undefined)).toBe(true)
    const fresh = articles.filter((a) => a.part === 'dev5' || a.part === 'check5')
    expect(fresh.filter((a) => a.part === 'dev5').length).toBe(17)
    expect(fresh.filter((a) => a.part === 'check5').length).toBe(28)
    expect(fresh.every((a) => a.was === undefined && a.title !== undefined)).toBe(true)
    const fresh6 = articles.filter((a) => a.part === 'dev6' || a.part === 'check6')
    expect(fresh6.filter((a) => a.part === 'dev6').length).toBe(17)
    expect(fresh6.filter((a) => a.part === 'check6').length).toBe(25)
    expect(new Set(fresh6.map((a) => a.language)).size).toBe(6)
    expect(fresh6.every((a) => a.was === undefined && a.title !== undefined)).toBe(true)
    const fresh7 = articles.filter((a) => a.part === 'dev7' || a.part === 'check7')
    expect(fresh7.filter((a) => a.part === 'dev7').length).toBe(15)
    expect(fresh7.filter((a) => a.part === 'check7').length).toBe(30)
    expect(new Set(fresh7.map((a) => a.language)).size).toBe(6)
    expect(fresh7.every((a) => a.was === undefined && a.title !== undefined)).toBe(true)
    const fresh8 = articles.filter((a) => a.part === 'dev8' || a.part === 'check8')
    expect(fresh8.filter((a) => a.part === 'dev8').length).toBe(20)
    expect(fresh8.filter((a) => a.part === 'check8').length).toBe(33)
    expect(new Set(fresh8.map((a) => a.language)).size).toBe(6)
    expect(fresh8.every((a) => a.was === undefined && a.title !== undefined)).toBe(true)
    const fresh9 = articles.filter((a) => a.part === 'dev9' || a.part === 'check9')
    expect(fresh9.filter((a) => a.part === 'dev9').length).toBe(22)
    expect(fresh9.filter((a) => a.part === 'check9').length).toBe(38)
    expect(new Set(fresh9.map((a) => a.language)).size).toBe(6)
    expect(fresh9.every((a) => a.was === undefined && a.title !== undefined)).toBe(true)
    const fresh10 = articles.filter((a) => a.part === 'dev10' || a.part === 'check10')
    expect(fresh10.filter((a) => a.part === 'dev10').length).toBe(22)
    expect(fresh10.filter((a) => a.part === 'check10').length).toBe(37)
    expect(new Set(fresh10.map((a) => a.language)).size).toBe(6)
    expect(fresh10.every((a) => a.was === undefined && a.title !== undefined)).toBe(true)
    const fresh11 = articles.filter((a) => a.part === 'dev11' || a.part === 'check11')
    expect(fresh11.filter((a) => a.part === 'dev11').length).toBe(18)
    expect(fresh11.filter((a) => a.part === 'check11').length).toBe(40)
    expect(new Set(fresh11.map((a) => a.language)).size).toBe(6)
    expect(fresh11.every((a) => a.was === undefined && a.title !== undefined)).toBe(true)
    const fresh12 = articles.filter((a) => a.part === 'dev12' || a.part === 'check12')
    expect(fresh12.filter((a) => a.part === 'dev12').length).toBe(11)
    expect(fresh12.filter((a) => a.part === 'check12').length).toBe(30)
    expect(new Set(fresh12.map((a) => a.language)).size).toBe(6)
    expect(fresh12.every((a) => a.was === undefined && a.title !== undefined)).toBe(true)
    const fresh13 = articles.filter((a) => a.part === 'dev13' || a.part === 'check13')
    expect(fresh13.filter((a) => a.part === 'dev13').length).toBe(20)
    expect(fresh13.filter((a) => a.part === 'check13').length).toBe(39)
    expect(new Set(fresh13.map((a) => a.language)).size).toBe(6)
    expect(fresh13.every((a) => a.was === undefined && a.title !== undefined)).toBe(true)
  })

  it('finds the bylines it found before, and gives no more false ones', () => {
    const lines: string[] = []
    // (the fresh check part's counts are not printed either while a session works: it is scored once before and once at
    // the end by the helper's own count, so that no test run shows it moving; the floors below still hold it)
    for (const part of BYLINE_PARTS.filter((p) => p !== 'check13')) {
      const here = results.filter((r) => r.article.part === part)
      for (const lang of [...new Set(here.map((r) => r.article.language))]) lines.push(row(`${part} ${lang}`, figures(here.filter((r) => r.article.language === lang))))
      lines.push(row(`${part} all`, figures(here)))
    }
    // the dev parts' misses are printed to work from (check4 is spent: read as dev from session 27 on; check5 from
    // session 28 on; check6 from session 29 on; check7 from session 30 on; check8 from session 31 on; check9 from
    // session 32 on; check10 from session 33 on; check11 from session 34 on; check12 from session 35 on); check3's and
    // check13's are not, so that
    // nobody tunes on them
    for (const r of results.filter((x) => ['dev', 'check4', 'dev5', 'check5', 'dev6', 'check6', 'dev7', 'check7', 'dev8', 'check8', 'dev9', 'check9', 'dev10', 'check10', 'dev11', 'check11', 'dev12', 'check12', 'dev13'].includes(x.article.part) && (x.found === false || x.falseByline))) {
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
