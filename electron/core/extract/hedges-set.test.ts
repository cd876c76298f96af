// The hedge set (data/corpus/hedges/sentences.tsv, session 25): published sentences in six languages, each a claim,
// labelled hedged or not by reading before the extractor ran on them. Scores findHedge sentence by sentence: recall on
// the hedged ones, false hedges on the others, per language and overall, and prints each miss and false hedge.
// Fails below the floors measured last; a floor only moves up.
import { describe, expect, it } from 'vitest'
import { HEDGE_SET, loadHedgeSet, type HedgeSentence } from '../../../data/corpus/hedges'
import type { SourcingType } from '../vocabulary'
import { findHedge } from './hedge'

/**
 * Scores one sentence; a set with a context column (check8 on, session 31) passes the sourcing in play in the paragraph, as index.ts
 * passes the sentence's decided sourcing, so that the "reporter in play" decisions are measured (none: no sourcing passed).
 */
function scoreSentence(s: HedgeSentence, useContext = true) {
  const c = useContext ? s.context : null
  return findHedge(s.sentence, s.language, undefined, c ? { sourcing: { type: c.type as SourcingType, attribution: c.attribution, cue: null } } : undefined)
}

type Scored = { language: string; hedged: boolean; found: { hedged: boolean } }

/** Recall and false hedges per language, then overall (the last row, 'all'). */
function countsByLanguage(scored: Scored[]) {
  const langs = [...new Set(scored.map((r) => r.language))].sort()
  return [...langs, 'all'].map((lang) => {
    const rs = scored.filter((r) => lang === 'all' || r.language === lang)
    return {
      lang,
      found: rs.filter((r) => r.hedged && r.found.hedged).length,
      hedged: rs.filter((r) => r.hedged).length,
      falseHedges: rs.filter((r) => !r.hedged && r.found.hedged).length,
      plain: rs.filter((r) => !r.hedged).length,
    }
  })
}

const set = loadHedgeSet()
const results = set.map((s) => ({ ...s, found: findHedge(s.sentence, s.language) }))

/** Floors: hedged found and false hedges allowed, overall (measured, see data/corpus/README.md "Hedge set"). */
// session 26: the indirect-question guard removed the last false hedge ("prüfen, ob … möglicherweise"), in-sample (read in session 25)
// session 27: the complication classes (unnamed reports, impersonal belief, …) took recall 53 -> 55, in-sample (read since session 25)
// session 28: one relabel by the lead decision ("Según se informó", - -> h) and its class: 56/56, false 0/72 (in-sample)
const FLOOR = { hedgedFound: 56, falseHedges: 0 }

describe('hedge set (published sentences, labelled before the extractor ran)', () => {
  const rows = countsByLanguage(results)
  const all = rows[rows.length - 1]
  it('prints the table, the misses and the false hedges', () => {
    const lines = rows.map((r) => `${r.lang.padEnd(4)} recall ${r.found}/${r.hedged}  false ${r.falseHedges}/${r.plain}`)
    for (const r of results) {
      if (r.hedged && !r.found.hedged) lines.push(`missed  ${r.language}: ${r.sentence.slice(0, 110)}`)
      if (!r.hedged && r.found.hedged) lines.push(`false "${r.found.cue}" ${r.language}: ${r.sentence.slice(0, 100)}`)
    }
    console.log(lines.join('\n'))
    expect(results.length).toBeGreaterThan(100)
  })
  it('stays at or above the floors', () => {
    expect(all.found).toBeGreaterThanOrEqual(FLOOR.hedgedFound)
    expect(all.falseHedges).toBeLessThanOrEqual(FLOOR.falseHedges)
  })
})

/** A check set scored by counts only, per language (its misses are never printed), held at its floors. */
function countsOnlyCheck(name: string, minSentences: number, floor: { hedgedFound: number; falseHedges: number }): void {
  describe(`hedge set ${name} (counts only)`, () => {
    const loaded = loadHedgeSet(HEDGE_SET.replace(/sentences\.tsv$/, `${name}.tsv`))
    const set = loaded.map((s) => ({ ...s, found: scoreSentence(s) }))
    const rows = countsByLanguage(set)
    it('prints the counts and stays at or above the floors', () => {
      const lines = rows.map((r) => `${name} ${r.lang.padEnd(4)} recall ${r.found}/${r.hedged}  false ${r.falseHedges}/${r.plain}`)
      if (loaded.some((s) => s.context !== undefined)) {
        // the context column: counts split by the sourcing in play, and the whole set scored without it (counts only)
        for (const [label, part] of [['reporter in play', set.filter((s) => s.context)], ['nothing in play', set.filter((s) => !s.context)]] as const) {
          const all = countsByLanguage(part).at(-1)!
          lines.push(`${name} ${label}: recall ${all.found}/${all.hedged}  false ${all.falseHedges}/${all.plain}`)
        }
        const bare = countsByLanguage(loaded.map((s) => ({ ...s, found: scoreSentence(s, false) }))).at(-1)!
        lines.push(`${name} scored without the context column: recall ${bare.found}/${bare.hedged}  false ${bare.falseHedges}/${bare.plain}`)
      }
      console.log(lines.join('\n'))
      const all = rows[rows.length - 1]
      expect(set.length).toBeGreaterThan(minSentences)
      expect(all.found).toBeGreaterThanOrEqual(floor.hedgedFound)
      expect(all.falseHedges).toBeLessThanOrEqual(floor.falseHedges)
    })
  })
}

// check2 (session 25): labelled and committed after the rules above landed, before any run; counts only (no misses printed),
// so that it stays a check. Floors: the first run's counts (main e54701c: recall 23/31, false 3/50; before this session's
// rules, main 8b0ce62: 21/31 and 3/50).
// session 26 (hedges4): the Korean "의혹" and indirect-question classes took false hedges 3 -> 1; "의혹을 받고 있다" was a check2 call
// read in session 25, so check2 is not out of sample for it
// session 27 (hedges5): the complication classes took check2 to recall 29/31, false 0/50; check2 was read in session 25 (in-sample)
// session 29 (hedges7): one relabel by the lead decision on verbs of becoming known ("Trascendió que …", - -> h), found: 30/32, false 0/49
// session 30 (hedges8): one relabel by the session-30 lead decision ("Отмечается, что …" with nothing in play, - -> h), found: 31/33, false 0/48
// session 31 (hedges9): the fr suspicion frame with guillemets between ("de grandes suspicions » que"), a check2 miss named in the brief: 32/33
const CHECK2_FLOOR = { hedgedFound: 32, falseHedges: 0 }
countsOnlyCheck('check2', 60, CHECK2_FLOOR)

// check3 (session 26, hedges4): 170 sentences from 109 new pages, weighted to French and Russian, labelled and committed
// (430abed) before any run; counts only, per language, so that it stays a check. Floors: the first run's counts on the code
// as it was before this session's hedge changes (main d94476d: recall 49/56, false 6/114; see data/corpus/README.md).
// scored once at the end of session 26 (main 634f2cc, after the three batches of classes): recall 49/56, false hedges 5/114
// then its misses were read (check3 is dev from here) and three grammatical gaps closed, in-sample: 50/56, false 3/114
// session 27 (hedges5): classes sorted from check3's misses (dev) and check4-dev's took check3 to 56/56, false 1/114 (in-sample)
// session 28 (hedges6): rule D as a pack field removed the last false hedge ("believed to be … turned out"): 56/56, false 0/114 (in-sample)
const CHECK3_FLOOR = { hedgedFound: 56, falseHedges: 0 }
countsOnlyCheck('check3', 150, CHECK3_FLOOR)

// check4 (session 27, hedges5): 191 sentences from 110 new pages, labelled and committed (36af8ff, landed as 9b95206) before any run;
// counts only, per language, so that it stays a check. Floors: the first run's counts on main 9b95206 (before this session's hedge
// changes): recall 54/71, false hedges 3/120 (data/corpus/README.md, "Hedge set, check4").
// scored once at the end of session 27 (branch 56dae3d, all four batches): recall 63/71, false hedges 3/120; check4 is spent from here
// (its counts were also printed once mid-session by this test, 61/71 after the first batch)
// session 28 (hedges6): spent, read as dev; two relabels by the lead decision ("se reportaron", "Также сообщается", - -> h) and the
// session's classes: 71/73, false 0/118 (in-sample)
// session 29 (hedges7): three relabels by the lead decision on verbs of becoming known ("стало известно", - -> h), found; the fr concessive
// "Si … a …," class found one more: 74/76, false 0/115 (in-sample: check4 is spent)
// session 30 (hedges8): "Стало известно, что …" at a sentence head (the pattern was case-sensitive): 75/76, false 0/115 (in-sample)
const CHECK4_FLOOR = { hedgedFound: 75, falseHedges: 0 }
countsOnlyCheck('check4', 180, CHECK4_FLOOR)

// check5 (session 28, hedges6): 256 sentences from 137 new pages (weighted to de and ko, then fr), labelled by reading with the README
// rules and the session-28 lead decisions and committed (db76447) before any run; counts only. Floors: the first run's counts on main
// d990764 (before this session's hedge changes): recall 106/121, false hedges 7/135 (data/corpus/README.md, "Hedge set, check5").
// scored once at the end of session 28 (branch 05e6335, four batches of classes): recall 112/121, false hedges 7/135; check5 is spent from
// here. One later commit (ko rule D narrowed, written after seeing ko 28 -> 27) was not scored on check5
// session 29 (hedges7): spent, read as dev; the ko forecast and es indirect wh-question classes took false hedges 7 -> 4 (in-sample);
// recall 113 (one more than at the end of session 28, from a later commit of that session)
// session 29 batch 2: a hedge inside the object of a denial ("a démenti l'information selon laquelle … aurait", "опровергли информацию
// … якобы") is not the claim's: false hedges 4 -> 2 (in-sample)
// session 29 batch 3 (media-noun frames, unconfirmed frame with an adverb, ko view with its holder between; from these misses): 116/121
// session 30 (hedges8): spent, read as dev (confusion table in the hedges8 note): de "soll" reach, fr "il pourrait s'élever", es "sospechan se
// trata", "Por lo que se indica extraoficialmente", the reporter closing "Сообщается, что …, пишет Акцент": 121/121, false 1/135 (in-sample)
// session 31 (hedges9): a report the sentence contrasts ("contrasta con la información …, que adelantó … estarían") is reportedObject: false 1 -> 0
const CHECK5_FLOOR = { hedgedFound: 121, falseHedges: 0 }
countsOnlyCheck('check5', 230, CHECK5_FLOOR)

// check4-dev (session 27, hedges5): the dev part of the same collection (85 sentences, 48 pages, split from check4 by a hash of the URL),
// committed before any run; its misses are printed and were read. First run (main 9b95206): recall 19/25, false 1/60; after the
// session's classes 24/25, false 0/60 (in-sample: classes were sorted from these misses)
// session 28: one relabel by the lead decision ("se han reportado cinco menores", - -> h) and the session's classes: 26/26, false 0/59;
// then the lead's tally rule (a count after "se reportan" is no hedge) took that relabel back (h -> -): 25/25, false 0/60
const DEV4_FLOOR = { hedgedFound: 25, falseHedges: 0 }
devCheck('check4-dev', 80, DEV4_FLOOR)

// check5-dev (session 28, hedges6): the dev part of check5's collection (80 sentences, 45 pages, split from check5 by a hash of the host),
// committed before any run; its misses are printed and read. First run (main d990764): recall 27/35, false 1/45
// session 28: after the session's classes (sorted partly from these misses, in-sample): 35/35, false 1/45
// session 29 (hedges7): the fr closed-inquiry relative ("qui privilégiait la thèse") removed the last false hedge: 35/35, false 0/45 (in-sample)
const DEV5_FLOOR = { hedgedFound: 35, falseHedges: 0 }
devCheck('check5-dev', 75, DEV5_FLOOR)

// check6 (session 29, hedges7): 189 sentences from 120 new pages, weighted to false-hedge risks (negation, questions, conditionals of
// condition, forecasts, superseded beliefs, denied rumours), labelled by reading and committed (c344c05) before any run; counts only.
// Floors: the first run's counts on main f863dda (before this session's hedge changes): recall 54/59, false hedges 10/130
// scored once at the end of session 29 (branch f253172: batch 1 packs + batch 2 hedge.ts; counts only, misses not printed): recall 54/59,
// false hedges 10/130 -> 5/130; check6 is spent from here
// session 30 (hedges8): spent, read as dev; the session's classes (de "soll" reach and "könnte … sein", fr "pourrait" and "ferait", es "Según
// versiones", a question, an indirect-question subject clause, a forecast with a time to come, "Данных о том, что … не поступало"): 59/59, false 1/130
// (in-sample)
// session 31 (hedges9): rule D, "was a misunderstanding" corrects "that was thought to have been abducted": false 1 -> 0 (in-sample)
const CHECK6_FLOOR = { hedgedFound: 59, falseHedges: 0 }
countsOnlyCheck('check6', 180, CHECK6_FLOOR)

// check6-dev (session 29, hedges7): the dev part of check6's collection (55 sentences, 34 pages, split by a hash of the host), committed
// before any run; its misses are printed and read. First run (main f863dda): recall 10/11, false 5/44
// session 29 batch 1 (ko forecast, fr sought-evidence conditional; sorted partly from these misses, in-sample): 10/11, false 1/44
// session 29 batch 2 (report noun as object: "информация о том, что … якобы"): 10/11, false 0/44 (in-sample)
// session 30 (hedges8): the coordinated perfect infinitives after "soll": 11/11, false 0/44 (in-sample)
const DEV6_FLOOR = { hedgedFound: 11, falseHedges: 0 }
devCheck('check6-dev', 50, DEV6_FLOOR)

// check7 (session 30, hedges8): 200 sentences from 108 new pages, weighted to Russian and French hedges and their near misses (the French
// conditional of report, pourrait on a figure or a cause vs on a future event, Russian якобы incl. the pretext, мог of conjecture vs смог
// of ability, unofficial / provisional-data frames, denied reports), labelled by reading and committed (a35c0cc) before any run; counts
// only. Floors: the first run's counts on the hedge code of main 0a0f3d8 (before this session's hedge changes): recall 78/94, false 3/106
// scored once at the end of session 30 (branch 6e5160c: all of the session's hedge classes; counts only, misses never printed): recall
// 78/94 -> 79/94, false hedges 3/106 -> 2/106; check7 is spent from here (its counts were also printed once mid-session, 79/94 and 2/106,
// by a run of this file after batch 3 of 4; see the hedges8 note)
// session 31 (hedges9): spent, read as dev (confusion table in the hedges9 note); the session's classes (ru possibility "может", unnamed media
// closing, unconfirmed data; de stative "soll" in a relative, "(55)" and "E." in the middle field; es "Se asegura que", "Según se pudo saber";
// en "It's possible"; fr counterfactual of a worse outcome): 79/94 -> 91/94, false 2/106 -> 1/106 (in-sample); then ru "мог" after a fronted
// infinitive ("Спровоцировать … могла бабушка"): 92/94
// session 32 (hedges10): one relabel by the session-32 lead decision (unnamed media are a hedge: "Selon la presse anglo-saxonne, …", - -> h),
// which the extractor already hedged: 93/95, false 0/105
// session 33 (hedges11): two relabels by lead decision 3 (ko "…가능성도 살펴보고/살피고 있습니다", - -> h) and the session's version-considered
// and fr "ont pu être emportées" classes: 96/97, false 0/103 (in-sample: check7 is spent)
const CHECK7_FLOOR = { hedgedFound: 96, falseHedges: 0 }
countsOnlyCheck('check7', 180, CHECK7_FLOOR)

// check7-dev (session 30, hedges8): the dev part of check7's collection (45 sentences, 24 pages, split by a hash of the host), committed
// before any run; its misses are printed and read. First run (main 0a0f3d8's hedge code): recall 18/22, false 3/23
// session 30: the session's classes, partly sorted from these misses (in-sample): 22/22, false 0/23
const DEV7_FLOOR = { hedgedFound: 22, falseHedges: 0 }
devCheck('check7-dev', 40, DEV7_FLOOR)

// check8 (session 31, hedges9): 201 sentences from 109 new pages, weighted to Russian, German and French hedges and their near misses (ru
// может/могут on a figure or a cause vs of ability; de soll of report vs of plan; fr conditional of report vs of condition), with a context
// column (the sourcing in play in the paragraph), labelled by reading and committed (644e532) before any run; counts only.
// Floors: the first run's counts on main 158eafe's hedge code (before this session's hedge changes): recall 83/101, false hedges 7/100
// (reporter in play 32/37, 3/49; nothing in play 51/64, 4/51; the same 83/101, 7/100 scored without the context column)
// scored once at the end of session 31 (main 3dfeabe: all of the session's hedge classes; counts only, misses never printed, read from the
// whole-folder run before that landing): recall 83/101 -> 84/101, false hedges 7/100 -> 6/100 (de 28/34 3/36, ru 20/25 1/28, others as
// before; reporter in play 33/37 3/49, nothing in play 51/64 3/51; without the context column the same); check8 is spent from here
// session 32 (hedges10): spent, read as dev (confusion table in the hedges10 note); the session's classes (de postposed "nach", "bisherigen
// Aussagen", "wird von … ausgegangen", "soll … nicht bestehen", inference "ließen … schließen", coordinated "… haben und … soll"; fr "laissent
// penser à", "permet de penser", "reste privilégié", short-stem conditional; ru "могут оставаться", "склоняется к версии", "Есть версия, что",
// "допустили, что", unconfirmed data with words between; es "no cree que", "se presume" in a relative; false hedges: an estimate, an expectation
// of a step to come, a schedule, a sought witness, an indirect question after a noun of knowing, a forecast after "не исключено"): 84/101 -> 101/101,
// false 6/100 -> 0/100 (in-sample)
const CHECK8_FLOOR = { hedgedFound: 101, falseHedges: 0 }
countsOnlyCheck('check8', 180, CHECK8_FLOOR)

// check8-dev (session 31, hedges9): the dev part of check8's collection (23 sentences, 15 pages, split by a hash of the host), committed
// before any run; its misses are printed and read. First run (main 158eafe's hedge code): recall 9/11, false 0/12
// session 31: the session's classes (ru "может составить", fr "pourrait être, de manière « … »,"; sorted partly from these misses, in-sample): 11/11
const DEV8_FLOOR = { hedgedFound: 11, falseHedges: 0 }
devCheck('check8-dev', 20, DEV8_FLOOR)

// check9 (session 32, hedges10): 192 sentences from 118 new pages, weighted to French and Russian hedges and their near misses (fr conditional
// of report vs of condition, counterfactual or forecast, "a/ont pu + participle" of possibility vs achievement, "serait", "présumé"; ru
// "может/мог" of possibility vs habit or ability, "по неофициальной / предварительной информации", "якобы" incl. the pretext,
// "предположительно"; es "habría", "presuntamente"), with the context column, labelled by reading and committed (5388880 on the branch) before
// any run; counts only. Floors: the first run's counts on the hedge code of main b58c791 (before this session's hedge changes): recall 81/99,
// false hedges 15/93 (de 5/8 1/9, en 8/10 0/2, es 23/26 5/16, fr 22/26 2/27, ko 5/5 2/6, ru 18/24 5/33; reporter in play 35/41 8/60, nothing in
// play 46/58 7/33; scored without the context column 81/99 16/93)
// then three labels corrected by written README rules, found while writing the session's classes from check9-dev and the spent sets (not from
// check9's misses, never printed): "como presunto autor" is h (session 25), a version the inquiry considers or keeps in mind is h
// ("Рассматривается версия", session 27; "가능성을 염두에", session 28: "explorent la piste", "개연성에 염두를 두고"). The same first run
// (main b58c791's hedge code, counts only) with them: recall 83/102, false 13/90 (de 5/8 1/9, en 8/10 0/2, es 24/27 4/15, fr 22/27 2/26, ko
// 6/6 1/5, ru 18/24 5/33; reporter in play 36/43 7/58, nothing in play 47/59 6/32; without the context column 83/102 14/90)
// scored once at the end of session 32 (branch e45565e: all of the session's hedge classes; counts only, misses never printed, read from the
// whole-folder run before that landing): recall 83/102 -> 84/102, false hedges 13/90 -> 12/90 (fr 23/27 2/26, ru 18/24 4/33, others as before;
// reporter in play 36/43 7/58, nothing in play 48/59 5/32; without the context column 84/102 13/90); check9 is spent from here
// session 33 (hedges11): spent, read as dev; one relabel by lead decision 3 (ko "타살 가능성도 배제할 수 없어 …", - -> h, already hedged) and
// the session's classes ("explorent notamment la piste"): 86/103, false 11/89 (in-sample); then batch 2, written from the residue of its misses
// (de bare "Medien berichten", "Als Brandursache wurde … angenommen", "geht von einem … aus"; en "it's believed", "it doesn't appear"; es
// "podía haberse", "según todos los indicios"; fr "n'est pas non plus exclue", "les enquêteurs estiment que"; ru "Согласно предварительным",
// "По сообщению … СМИ", "может говорить о", "По предположению"; false hedges: "Aucune hypothèse n'est écartée à ce stade", "no se descartan más
// detenciones"): 99/103, false 8/89 (in-sample); batch 3 (fr "les gendarmes évoquent …", es "Sin embargo, creen que", ru "может значительно
// превышать", "очевидцы предполагают"; fr counterfactual "aurait pu atteindre plusieurs milliers"): 103/103, false 7/89 (in-sample); batch 4 (es
// "se estima que son millonarias", "en busca de sospechosos que podrían estar vinculados"): 103/103, false 5/89 (in-sample)
const CHECK9_FLOOR = { hedgedFound: 103, falseHedges: 5 }
countsOnlyCheck('check9', 180, CHECK9_FLOOR)

// check9-dev (session 32, hedges10): the dev part of check9's collection (43 sentences, 27 pages, split by a hash of the host), committed
// before any run; its misses are printed and read. First run (main b58c791's hedge code): recall 18/19, false 5/24
// then two labels corrected by written README rules ("по версии следствия" is h, session 25; "가능성을 염두에" is h, session 28): 20/21, 3/22
// session 32: the session's classes, partly sorted from these misses (in-sample): 21/21, false 0/22
const DEV9_FLOOR = { hedgedFound: 21, falseHedges: 0 }
devCheck('check9-dev', 40, DEV9_FLOOR)

// check10 (session 33, hedges11): 139 sentences from 59 new pages, weighted to de, es, ko and en and to hedges inside direct quotes, a
// version the inquiry considers (lead decision 3) against examining whether, fr "a/ont pu" of achievement and provisional findings of an
// office, with the context column, labelled by reading and committed (2d14cbb on the branch, fb63f83 after its rebase) before any run; counts only.
// Floors: the first run's counts on the hedge code of main 127a662 (before this session's hedge changes): recall 48/60, false hedges 4/79
// (de 11/12 1/20, en 5/12 0/14, es 12/12 2/16, fr 7/9 1/13, ko 13/15 0/16; reporter in play 30/41 1/44, nothing in play 18/19 3/35; scored
// without the context column 48/60 4/79)
// its counts were printed once mid-session by a run of this file after batch 1 (50/60, 4/79; a slip, see the hedges11 note); scored once at the
// end of session 33 (branch 72f493d, batches 1-4; counts only, misses never printed): recall 48/60 -> 51/60, false hedges 4/79 -> 4/79 (de
// 12/12 1/20, en 6/12 0/14, es 12/12 2/16, fr 7/9 1/13, ko 14/15 0/16; reporter in play 33/41 1/44, nothing in play 18/19 3/35; without the
// context column 51/60 4/79); check10 is spent from here
// session 34 (hedges12): spent, read as dev; "apparent" joined the attributive alleged-words ("two apparent neighbors of the gunman"): 52/60
const CHECK10_FLOOR = { hedgedFound: 52, falseHedges: 4 }
countsOnlyCheck('check10', 120, CHECK10_FLOOR)

// check10-dev (session 33, hedges11): the dev part of check10's collection (50 sentences, 20 pages, split by a hash of the host), committed
// before any run; its misses are printed and read. First run (main 127a662's hedge code): recall 23/27, false 0/23
// session 33: the session's classes (decision 3 "se baraja", a possibility stated as the frame, the first-person belief in a quote, "lo hizo
// suponer"; written from grammar and the brief, then checked on these misses, in-sample): 27/27, false 0/23
const DEV10_FLOOR = { hedgedFound: 27, falseHedges: 0 }
devCheck('check10-dev', 40, DEV10_FLOOR)

/** A dev set: counts per language, its misses and false hedges printed, held at its floors. */
function devCheck(name: string, minSentences: number, floor: { hedgedFound: number; falseHedges: number }): void {
  describe(`hedge set ${name} (dev: misses printed)`, () => {
    const dev = loadHedgeSet(HEDGE_SET.replace(/sentences\.tsv$/, `${name}.tsv`)).map((s) => ({ ...s, found: scoreSentence(s) }))
    const rows = countsByLanguage(dev)
    it('prints the counts, the misses and the false hedges, and stays at or above the floors', () => {
      const lines = rows.map((r) => `${name} ${r.lang.padEnd(4)} recall ${r.found}/${r.hedged}  false ${r.falseHedges}/${r.plain}`)
      for (const r of dev) {
        if (r.hedged && !r.found.hedged) lines.push(`missed  ${r.language}: ${r.sentence.slice(0, 110)}`)
        if (!r.hedged && r.found.hedged) lines.push(`false "${r.found.cue}" ${r.language}: ${r.sentence.slice(0, 100)}`)
      }
      console.log(lines.join('\n'))
      const all = rows[rows.length - 1]
      expect(dev.length).toBeGreaterThan(minSentences)
      expect(all.found).toBeGreaterThanOrEqual(floor.hedgedFound)
      expect(all.falseHedges).toBeLessThanOrEqual(floor.falseHedges)
    })
  })
}

// check11 (session 34, hedges12): 131 sentences from 56 new hosts, weighted to French and Russian hedges and their near misses, with the context
// column, labelled by reading and committed (0b3ed90) before any run; counts only. Floors: the first run's counts on the hedge code of main 322ac9e (before this
// session's hedge changes): recall 40/48, false hedges 2/83 (de 1/2 0/4, en 5/7 1/16, es 5/7 0/5, fr 9/11 1/26, ko 2/2 0/8, ru 18/19 0/24; reporter in
// play 21/23 1/34, nothing in play 19/25 1/49; scored without the context column 40/48 4/83)
// scored once at the end of session 34 (branch, batches 1-3 and the ko fix; counts only, misses never printed, read from the whole-folder run):
// recall 40/48 -> 41/48, false hedges 2/83 -> 2/83 (fr 9/11 -> 10/11; de, en, es, ko, ru unchanged; reporter in play 21/23 1/34, nothing in play
// 19/25 -> 20/25 1/49; without the context column 41/48 4/83); check11 is spent from here
const CHECK11_FLOOR = { hedgedFound: 41, falseHedges: 2 }
countsOnlyCheck('check11', 120, CHECK11_FLOOR)

// check11-dev (session 34, hedges12): the dev part of check11's collection (22 sentences, 11 hosts, split by a hash of the host), committed
// before any run; its misses are printed and read. First run (main 322ac9e's hedge code): recall 7/8, false 0/14
// session 34: the existential supposition class ('бытуют предположения, что …'), written after reading its one miss (in-sample): 8/8, 0/14
const DEV11_FLOOR = { hedgedFound: 8, falseHedges: 0 }
devCheck('check11-dev', 20, DEV11_FLOOR)
