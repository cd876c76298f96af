// The carry check set (data/corpus/carry-check/, session 25): 15 published pages labelled by reading before the
// extractor ran on them, kept apart from the published corpus's table. It measures sourcing (above all what a
// sentence with no cue of its own inherits) on pages nobody tuned on; it is scored before and after a change, and its
// misses are not printed (only counts), so that nobody fits rules to them. Fails below the floor measured last.
import { describe, expect, it } from 'vitest'
import { loadCarryCheck2Set, loadCarryCheck3Set, loadCarryCheck4Set, loadCarryCheck5Set, loadCarryCheck6Set, loadCarryCheck7Set, loadCarryCheck8Set, loadCarryCheck9Set, loadCarryCheck10Set, loadCarryCheck11Set, loadCarryCheckSet } from '../../../data/corpus/carry-check'
import { extract } from './index'
import { scoreArticle, summarise, type PublishedArticle } from './published-corpus'

const articles = loadCarryCheckSet()
const articles2 = loadCarryCheck2Set()
const articles3dev = loadCarryCheck3Set('dev')
const articles3check = loadCarryCheck3Set('check')
const articles4dev = loadCarryCheck4Set('dev')
const articles4check = loadCarryCheck4Set('check')
const articles5dev = loadCarryCheck5Set('dev')
const articles5check = loadCarryCheck5Set('check')
const articles6dev = loadCarryCheck6Set('dev')
const articles6check = loadCarryCheck6Set('check')
const articles7dev = loadCarryCheck7Set('dev')
const articles7check = loadCarryCheck7Set('check')
const articles8dev = loadCarryCheck8Set('dev')
const articles8check = loadCarryCheck8Set('check')
const articles9dev = loadCarryCheck9Set('dev')
const articles9check = loadCarryCheck9Set('check')
const articles10dev = loadCarryCheck10Set('dev')
const articles10check = loadCarryCheck10Set('check')
const articles11dev = loadCarryCheck11Set('dev')
const articles11check = loadCarryCheck11Set('check')

/** Sourcing accuracy on the claims found. Session 25 (carry3): before any change .845 (98/116, main 7f5e906); after the session's carry rules (main 80f6461) .853 (99/116), where the old carry.ts and carry.json on the same main give .845: the rules gain one claim net. */
// session 34 (speakers13): .845 (98/116): "Police have not identified …" (en, yahoo-arlington, labelled none in session 25) now reads as
// the police's refusal, official, as README s33 labels refusals ("Police have not released his name"); lowered by that one claim (the
// aggregate net gain over the spent sets is positive; the label contradicts the later written call and is left to the set's owner)
// session 35 (agree1, lead ruling 8): that label corrected to official (an office's refusal to identify is the office's); the floor goes
// back up by the one claim: .853 (99/116)
const FLOOR = 0.853

/** The second set (session 26, carry4): first run, before the session's carry changes (main d94476d + the set), .757 (81/107); at the end (main 818269f) .757 (81/107), every miss kind counted the same. Session 28 (spent, read as dev): .785 on main 09b06b9, .794 (85/107) after ruko1's rules. */
/** Session 32 (ruko5): raised to what main b58c791 measures, .804 (86/107); the rise came from others' changes between sessions 28 and 31 (ruko4 noticed it), not from a change of ruko5's. */
/** Session 32 (ruko5): one relabel by the lead's s32 decision (a suspect's own statement is N: hankyung-songpa 'A 순경은 경찰 조사에서 혐의를 인정했으며 …') takes out one claim the extractor had right: .802 (85/106). */
/** Session 34 (ruko7, spent, in-sample): .802 -> .849 (90/106) by the French elided-article names ('selon L'Est Républicain', four lines of one page). */
const FLOOR2 = 0.849

/** The third set (session 27, carry5): its dev part (read, in-sample for rules written from it) and its check part (scored before and at the end, misses never read). */
/** Before any change (main 726faf4 + the set): dev .791 (117/148), check .795 (128/161). At the end (main b0b0173: the session's carry rules, the retrained carry model, one dev relabel): dev .804 (119/148, in-sample: its misses were read), check .795 (128/161), every check miss kind counted the same. */
/** Session 28 (ruko1, in-sample): dev .804 -> .892 (132/148); the check part, spent, was read as dev: .795 -> see README. */
/** Session 30 (ruko3, in-sample: rules from the spent sets): dev .892 -> .899 (133/148). */
const FLOOR3_DEV = 0.899
/** Session 32 (ruko5): check raised to what main b58c791 measures, .839 (135/161); the rise came from changes between sessions 27 and 31 (ruko4 noticed it), not from a change of ruko5's. */
/** Session 34 (ruko7, spent): .839 -> .845 (136/161): one relabel by the lead's ruling 6 (macommune 'Un examen médico-légal' document -> official), which the examination-finding class then reads right. */
const FLOOR3_CHECK = 0.844

function figures(articles: PublishedArticle[]) {
  const scores = articles.map((a) => scoreArticle(a, extract(a.text)))
  const lines: string[] = []
  for (const lang of [...new Set(articles.map((a) => a.language))]) {
    const s = summarise(scores.filter((x) => x.language === lang))
    const of = scores.filter((x) => x.language === lang)
    const counts = `${of.reduce((n, x) => n + x.sourcingCorrect, 0)}/${of.reduce((n, x) => n + x.claimsFound, 0)}`
    lines.push(`${lang} ${String(s.articles).padStart(2)}  R ${s.claimRecall.toFixed(3)}  src ${s.sourcingAccuracy.toFixed(3)} (${counts})`)
  }
  const all = summarise(scores)
  const correct = scores.reduce((n, s) => n + s.sourcingCorrect, 0)
  const found = scores.reduce((n, s) => n + s.claimsFound, 0)
  lines.push(`all ${all.articles}  R ${all.claimRecall.toFixed(3)}  src ${all.sourcingAccuracy.toFixed(3)} (${correct}/${found})`)
  // the kind of each miss, counted (predicted → label), never the sentence
  const kinds = new Map<string, number>()
  for (const s of scores) for (const p of s.problems) {
    const m = /^sourcing (\S+) ≠ (\S+):/.exec(p)
    if (m) kinds.set(`${m[1]} → ${m[2]}`, (kinds.get(`${m[1]} → ${m[2]}`) ?? 0) + 1)
  }
  lines.push(...[...kinds].sort((a, b) => b[1] - a[1]).map(([k, n]) => `  ${k}: ${n}`))
  return { all, table: lines.join('\n') }
}

describe('carry check set (published pages, labelled before the extractor ran)', () => {
  it('sourcing is not below the floor measured last', () => {
    const { all, table } = figures(articles)
    console.log(table)
    expect(all.sourcingAccuracy, table).toBeGreaterThanOrEqual(FLOOR)
  })
})

describe('carry check set 2 (session 26: published pages, labelled before the extractor ran, misses never read)', () => {
  it('every page parses and has claims', () => {
    expect(articles2.length).toBeGreaterThanOrEqual(12)
    for (const a of articles2) expect(a.labels.some((l) => l.kind === 'claim'), a.id).toBe(true)
  })
  it('sourcing is not below the floor measured last', () => {
    const { all, table } = figures(articles2)
    console.log(table)
    expect(all.sourcingAccuracy, table).toBeGreaterThanOrEqual(FLOOR2)
  })
})

describe('carry check set 3 (session 27: published pages labelled before the extractor ran; dev read, check never read)', () => {
  it('every page parses and has claims', () => {
    expect(articles3dev.length).toBeGreaterThanOrEqual(12)
    expect(articles3check.length).toBeGreaterThanOrEqual(12)
    for (const a of [...articles3dev, ...articles3check]) expect(a.labels.some((l) => l.kind === 'claim'), a.id).toBe(true)
  })
  it('dev: sourcing is not below the floor measured last', () => {
    const { all, table } = figures(articles3dev)
    console.log(table)
    expect(all.sourcingAccuracy, table).toBeGreaterThanOrEqual(FLOOR3_DEV)
  })
  it('check: sourcing is not below the floor measured last', () => {
    const { all, table } = figures(articles3check)
    console.log(table)
    expect(all.sourcingAccuracy, table).toBeGreaterThanOrEqual(FLOOR3_CHECK)
  })
})

/** A set with a dev part (read) and a check part (never read): both parse, and each part's sourcing stays at its floor; ru+ko printed apart. */
function devCheckSet(title: string, dev: typeof articles4dev, check: typeof articles4check, minPages: number, floors: { dev: number; check: number }, totalsOnlyForCheck = false, silentCheck = false): void {
  describe(title, () => {
    it('every page parses and has claims', () => {
      expect(dev.length).toBeGreaterThanOrEqual(minPages)
      expect(check.length).toBeGreaterThanOrEqual(minPages)
      for (const a of [...dev, ...check]) expect(a.labels.some((l) => l.kind === 'claim'), a.id).toBe(true)
    })
    for (const [part, articles, floor] of [['dev', dev, floors.dev], ['check', check, floors.check]] as const) {
      it(`${part}: sourcing is not below the floor measured last`, () => {
        const { all, table: full } = figures(articles)
        // (session 33) a check part whose misses must not be read prints its totals only, not the kinds of its misses
        const table = totalsOnlyForCheck && part === 'check' ? full.split('\n').filter((l) => !l.startsWith('  ')).join('\n') : full
        // (session 35) a check part scored only at the session's start and end prints nothing while the session works: pass or fail
        if (silentCheck && part === 'check') {
          expect(all.sourcingAccuracy >= floor, 'check part below its floor').toBe(true)
          return
        }
        const ruko = figures(articles.filter((a) => a.language === 'ru' || a.language === 'ko'))
        console.log(`${table}\nru+ko: ${ruko.table.split('\n').find((l) => l.startsWith('all'))}`)
        expect(all.sourcingAccuracy, table).toBeGreaterThanOrEqual(floor)
      })
    }
  })
}

/** The fourth set (session 28, ruko1): ru/ko pages for Russian and Korean sourcing in context, and de/en/es/fr pages for carry. Floors are the figures measured last (see README, "Carry check set 4"). */
/** Before any change (main d990764 + the set): dev .765 (117/153; ru+ko .740, 77/104), check .795 (89/112; ru+ko .959, 70/73). At the end (ruko1's session-28 rules, one dev relabel): dev .863 (132/153; ru+ko .885, 92/104; in-sample, its misses were read), check .795 (89/112; ru+ko .959, 70/73), every check miss kind counted the same. */
/** Session 29 (ruko2, in-sample: set 4 was read as dev): dev .863 -> .876 (134/153) by the ru statement-frame rule ('Такой прогноз сделал X, передает РИА Новости'). */
/** Session 32 (ruko5): one dev relabel by the s32 decision (rambler-rosgvardiya '35-летний уроженец … объяснил, что скрывался …' anon -> N): .882 (134/152). */
/** Session 34 (ruko7): one dev relabel by the lead's ruling 6 (kyeongin-namdong '감식결과 칼 등에서는 지문이 나오지 않았다' none -> official, the finding of an official examination) takes a claim the extractor read as none: .875 (133/152). */
/** Session 34 (ruko7): after the ruling-6 relabel (.875) the examination-finding class reads '감식결과 …' official: .882 (134/152). */
const FLOOR4_DEV = 0.881
/** Session 34 (ruko7, spent, in-sample): .795 -> .821 (92/112) by the French elided-article names (24matins 'relate L’Écho de la Presqu’île'). */
const FLOOR4_CHECK = 0.821

devCheckSet('carry check set 4 (session 28: published pages labelled before the extractor ran; dev read, check never read)', articles4dev, articles4check, 20, { dev: FLOOR4_DEV, check: FLOOR4_CHECK })

/** The fifth set (session 29, ruko2): ru/ko pages for Russian and Korean sourcing in context, and de/en/es/fr pages for carry (witnesses, neighbours, a sheriff's briefing). Floors are the figures measured last (see README, "Carry check set 5"). */
/** Before any change (main f863dda + the set): dev .620 (88/142; ru+ko .607, 54/89), check .680 (104/153; ru+ko .699, 72/103). At the end (ruko2's session-29 rules, one dev relabel): dev .754 (107/142; ru+ko .798, 71/89; in-sample, its misses were read), check .699 (107/153; ru+ko .728, 75/103; out of sample, scored at the start and at the end; also printed unchanged at .680 by one midway test run after the first pack batch). */
/** Session 30 (ruko3; set 5 spent, both parts read as dev, so in-sample): dev .754 -> .831 (118/142), check .706 -> .745 (114/153). */
/** Session 35 (lead ruling 10): kbs-dongdeok's five sentences narrating CCTV footage, pointed back to by "이러한 화면은 … 폐쇄회로를 통해 드러났습니다", relabelled none -> media; the extractor reads them none, so the floor moves with the labels: 118/142 -> 113/142. */
const FLOOR5_DEV = 0.795
/** Session 34 (ruko7, spent, in-sample): .745 -> .830 (127/153) by the Korean quote-speaker guard and the Q&A title-line header (koreadaily, 12 lines). */
/** Session 34 (ruko7, later): .830 -> .850 (130/153) by the first-person quotation nobody is named for (pressreader, three lines). */
const FLOOR5_CHECK = 0.849

devCheckSet('carry check set 5 (session 29: published pages labelled before the extractor ran; dev read, check never read)', articles5dev, articles5check, 15, { dev: FLOOR5_DEV, check: FLOOR5_CHECK })

/** The sixth set (session 30, ruko3): ru/ko pages for Russian and Korean sourcing in context, and es/fr police copy for carry (an office's report over narration, closing attributions, police sources). Floors are the figures measured last (see README, "Carry check set 6"). */
/** Before any change (main 0a0f3d8 + the set): dev .789 (105/133; ru+ko .776, 59/76), check .842 (101/120; ru+ko .886, 62/70). At the end (main cac1c1b, ruko3's session-30 rules; the others' session-30 landings leave the set unchanged): dev .887 (118/133; ru+ko .855; in-sample, its misses were read), check .850 (102/120; ru+ko .900, 63/70; out of sample: scored at the start and at the end, and printed once midway at .850 by a targeted test run after the first batch; no rule was written from it). */
/** Session 31 (ruko4, in-sample: set 6 was spent and read as dev): dev .887 -> .910 (121/133) by the parenthetical-pointer and testimony-noun classes; check (spent) .850 unchanged. */
/** Session 32 (ruko5): four dev relabels by the s32 decision (suspects' statements: edaily-gangnam and tf-eunpyeong lead anon -> N, latribune 'Il a déclaré aux enquêteurs être originaire …' anon -> N; the police station's closing '…고 진술했다고 27일 밝혔다' anon -> official): .931 (121/130). */
const FLOOR6_DEV = 0.93
/** Session 33 (ruko6, spent, in-sample): check .850 -> .867 (104/120) by the ru classes ('Telegram-канал «112» пишет', '— утверждает «112»'). */
const FLOOR6_CHECK = 0.866

devCheckSet('carry check set 6 (session 30: published pages labelled before the extractor ran; dev read, check never read)', articles6dev, articles6check, 15, { dev: FLOOR6_DEV, check: FLOOR6_CHECK })

/** The seventh set (session 31, ruko4): ru/ko pages for Russian and Korean sourcing in context, es/fr police copy for carry. Floors are the figures measured last (README, "Carry check set 7"). */
/** Before any change (main e349bf2 + the set + the output-identical move of carry.ts's words into the packs): dev .881 (141/160; ru+ko .856, 77/90), check .841 (127/151; ru+ko .899, 71/79). */
/** At the end (ruko4's session-31 classes, branch on main d8b4d13): dev .919 (147/160; ru .961, ko .872; in-sample, its misses were read), check .841 (127/151; ru+ko .899; out of sample: scored at the start and at the end only; unchanged, every miss kind counted the same). */
/** Session 32 (ruko5, in-sample: set 7 spent and read as dev): dev .919 -> .931 (149/160) and check .841 -> .868 (131/151) by the -자, Russian media/verb and adnominal classes and the six withheld-surname relabels (README). */
/** Session 34 (ruko7): one relabel by ruling 5 (asiatoday 'A씨는 경찰 조사에서 … 인정한 것으로 전해졌다' none h -> N), then .956 (152/159) with the examination-finding class and 'se poursuit' (tahitiinfos). */
const FLOOR7_DEV = 0.955
/** Session 33 (ruko6, spent, in-sample): check .868 -> .881 (133/151) by 'корреспондент издания/портала' (outlet). */
/** Session 34 (ruko7, spent): .881 -> .887 (134/151): one relabel by ruling 6 (fm1077 'L'enquête révèle' none h -> official h), read right by the examination-finding class. */
/** Session 34 (ruko7, later): .887 -> .901 (136/151) by the first-person quotation nobody is named for (linfo, two lines). */
const FLOOR7_CHECK = 0.9

devCheckSet('carry check set 7 (session 31: published pages labelled before the extractor ran; dev read, check never read)', articles7dev, articles7check, 15, { dev: FLOOR7_DEV, check: FLOOR7_CHECK })

/** The eighth set (session 32, ruko5): ru/ko pages for Russian and Korean sourcing in context (suspects' statements relayed, two police Q&A pages), es/fr police and fire copy for carry. Floors are the figures measured last (README, "Carry check set 8"). */
/** Before any change (main b58c791 + the set, scored once right after the labels were committed): dev .843 (75/89; ru+ko .842, 48/57), check .779 (95/122; ru+ko .753, 61/81). */
/** At the end (main 3e98ac0 + ruko5's session-32 rules, scored once): dev .854 (76/89; in-sample, its misses were read), check .803 (98/122; ru+ko .790, 64/81; ko 24 -> 27/36, ru/es/fr unchanged; out of sample: its misses never read). */
const FLOOR8_DEV = 0.853
/** Session 33 (ruko6; set 8 spent from here, read as dev): check .803 -> .844 (103/122) by the ru classes ('По словам женщины', 'сообщили OBLVESTI.RU в пресс-службе ГУ МЧС'). */
const FLOOR8_CHECK = 0.844

devCheckSet('carry check set 8 (session 32: published pages labelled before the extractor ran; dev read, check never read)', articles8dev, articles8check, 15, { dev: FLOOR8_DEV, check: FLOOR8_CHECK })

/** The ninth set (session 33, ruko6): ru/ko pages for Russian and Korean sourcing in context (state agencies, named channels and outlets, withheld surnames), es/fr police copy for carry; split by host hash. Floors are the figures measured last (README, "Carry check set 9"); the check part prints its totals only. */
/** Before any change (main 127a662 + the set, scored once right after the labels were committed): dev .882 (45/51; ru+ko .848, 28/33), check .845 (131/155; ru+ko .829, 97/117; ru .783, ko .896, es .870, fr .933). One dev relabel by a written rule (mockva 'По предварительным сведениям' none h -> official h, README s31) makes dev .902 (46/51). */
/** Session 33 (ruko6, in-sample: its misses were read): dev .902 -> .941 (48/51) by the Korean classes (the additive 도, a private body's officer). */
/** Session 34 (ruko7, spent, in-sample): .941 -> .961 (49/51) by the examination-finding class (newsway '조사 결과 박씨는'). */
const FLOOR9_DEV = 0.96
/** At the end (ruko6's session-33 classes, branch on main 2b7f91f; scored once, in the whole-folder run before landing): check .858 (133/155; ru+ko .846, 99/117; ru 55/69, ko 44/48, fr 14/15, es 20/23), dev .941 (48/51, in-sample). */
const FLOOR9_CHECK = 0.858

devCheckSet('carry check set 9 (session 33: published pages labelled before the extractor ran; dev read, check never read)', articles9dev, articles9check, 9, { dev: FLOOR9_DEV, check: FLOOR9_CHECK }, true)

/** The tenth set (session 34, ruko7): ru/ko pages for Russian and Korean sourcing in context (courts and lawyers, press releases, prosecutors' channels, CCTV), es/fr police and fire copy for carry; split by host hash. Floors are the figures measured last (README, "Carry check set 10"); the check part prints its totals only. */
/** Before any change (main 322ac9e + the set, scored once right after the labels were committed in c1994ec): dev .771 (27/35; ru+ko .704, 19/27), check .798 (83/104 found of 106; ru+ko .746, 47/63; ru 34/44, ko 13/19, es 14/18, fr 22/23). */
const FLOOR10_DEV = 0.771
const FLOOR10_CHECK = 0.798

devCheckSet('carry check set 10 (session 34: published pages labelled before the extractor ran; dev read, check never read)', articles10dev, articles10check, 6, { dev: FLOOR10_DEV, check: FLOOR10_CHECK }, true)

/** The eleventh set (session 35, src14): 18 whole pages, three per language, varied genres (local politics, courts, health, sport, business, local planning); split by host hash. The check part prints nothing (pass or fail only): it is scored at the session's start and end. */
/** Before any change (main 3ec8d4a + the set, scored once right after the labels were committed in 6958edf): dev .741 (40/54: en 15/27, fr 14/16, ko 11/11), check .636 (42/66: de 9/17, es 7/18, ko 15/15, ru 11/16). Dev relabel 06d3751 (written rule) before the classes; after the private-body class, dev .815 (44/54: en 19/27; in-sample, its misses were read). */
const FLOOR11_DEV = 0.814
/** At the end (main 8513e74, everyone's session-35 landings included; scored once at 09:10): check .667 (44/66: de 11/17, es 7/18, ko 15/15, ru 11/16). */
const FLOOR11_CHECK = 0.666

devCheckSet('carry check set 11 (session 35: whole published pages labelled before the extractor ran; dev read, check never read)', articles11dev, articles11check, 7, { dev: FLOOR11_DEV, check: FLOOR11_CHECK }, true, true)
