// The speaker set (data/corpus/speakers/, sessions 25 and 26): 124 `dev`, 77 `check`, 73 `dev2` and 48 `check2` published sentences with a speech or report cue from pages
// the extractor was never tuned on, labelled by reading before it ran on them. Scores sourcing only, per language, and
// fails below the floor measured last. Rules written after reading this set's misses are in-sample for it.
import { describe, expect, it } from 'vitest'
import { loadSpeakerSet, type SpeakerPart } from '../../../data/corpus/speakers'
import { extract } from './index'

interface Row {
  n: number
  right: number
  misses: string[]
}

function score(part: SpeakerPart) {
  const rows = new Map<string, Row>()
  for (const page of loadSpeakerSet().filter((p) => p.part === part)) {
    const result = extract(page.text, { language: page.language })
    const row = rows.get(page.language) ?? { n: 0, right: 0, misses: [] }
    rows.set(page.language, row)
    let cursor = 0
    for (const label of page.labels) {
      if (label.kind !== 'claim') continue
      const at = page.text.indexOf(label.key, cursor)
      if (at < 0) throw new Error(`${page.id}: key not found in order: ${label.key}`)
      cursor = at + label.key.length
      const claim = result.claims.find((c) => c.start <= at && at < c.end) ?? result.claims.find((c) => c.start >= at && c.start < at + label.key.length)
      row.n++
      const got = claim?.sourcing.type ?? 'not a claim'
      if (got === label.sourcing) row.right++
      else row.misses.push(`${page.id}: ${got} ≠ ${label.sourcing}: ${label.key.slice(0, 50)} [${claim?.sourcing.cue ?? ''}: ${claim?.sourcing.attribution ?? ''}]`)
    }
  }
  return rows
}

/** The check part (77 sentences, collected after the first rules landed): floors measured on its one run, not tuned on. */
const CHECK_FLOOR: Record<string, number> = { de: 9, en: 19, es: 9, fr: 4, ko: 6, ru: 9, all: 56 }

/** Sentences right, per language and in all, measured on the last landed rules (see data/corpus/README.md). */
const FLOOR: Record<string, number> = { de: 15, en: 19, es: 18, fr: 25, ko: 23, ru: 16, all: 116 }

/** The session-26 parts (121 sentences on courts, politics, health, sport, weather), first run on main d94476d before any
 * session-26 speaker change: dev2 44/73, check2 24/48. dev2's misses are read and worked from; check2's are never printed. */
// after session 26's grid rules (speakers4): dev2 55/73; its misses were read, so this is in-sample for dev2
// after session 27's context rules (two batches): dev2 62/73 (in-sample: its misses were read)
const DEV2_FLOOR: Record<string, number> = { de: 13, en: 12, es: 11, fr: 7, ko: 10, ru: 9, all: 62 }
// check2 scored once more at the end (main ee1ba0c, after speakers4's grid rules and the other helpers' landings): 26/48
// session 27: check2 is spent and read as dev; after the session-27 context rules (two batches) 36/48 (in-sample)
const CHECK2_FLOOR: Record<string, number> = { de: 9, en: 6, es: 2, fr: 4, ko: 9, ru: 6, all: 36 }

/** The session-27 parts (164 sentences on courts, politics, health, sport, weather, crime), committed (d0c040f) before the
 * extractor ran on them. dev3's misses are read and worked from; check3's are never printed. check2 is spent (scored
 * before and after in session 26): its misses are printed now and read as dev. */
// first run (main 726faf4 + the set), before any session-27 change: dev3 40/84, check3 49/80
// after the session-27 context rules (two batches): dev3 76/84, in-sample (its misses were read)
const DEV3_FLOOR: Record<string, number> = { de: 10, en: 12, es: 12, fr: 14, ko: 13, ru: 15, all: 76 }
const CHECK3_FLOOR: Record<string, number> = { de: 3, en: 10, es: 10, fr: 7, ko: 6, ru: 13, all: 49 }

/** The session-28 parts (257 sentences in de/en/es/fr on 64 pages: courts, politics, health, sport, weather, crime,
 * culture; sentences with and without a cue of their own), split by host with a seeded shuffle and committed before the
 * extractor ran on them. dev4's misses are read and worked from; check4's are never printed. check3 is spent (scored
 * before and after in session 27): its misses are printed now and read as dev. */
// first run (main 449662f + the set), before any session-28 change: dev4 91/136, check4 84/121
// after the session-28 classes (first batch): dev4 105/136, in-sample (its misses were read)
// after the second batch and one relabel (README, session 28): dev4 110/136; after the third batch 111/136, in-sample
const DEV4_FLOOR: Record<string, number> = { de: 32, en: 28, es: 33, fr: 18, all: 111 }
// check4 scored once more at the end (main 19fa141, after the three session-28 batches; misses never printed): 84/121 again,
// every language unchanged (de 30/37, en 20/26, es 21/40, fr 13/18); the floor stays at the before-figure
// session 32: check4 (spent) measured 89/121 before the session-32 classes and 91/121 after (es 25 -> 27): the floor moves to it
const CHECK4_FLOOR: Record<string, number> = { de: 30, en: 21, es: 27, fr: 13, all: 91 }

/** The session-29 parts (324 sentences in de/en/es/fr on 72 pages: crime and courts, councils and residents' groups, schools,
 * animal shelters, sport, health, transport, festivals; every sentence of a kept passage labelled), split by host with a
 * seeded shuffle and committed (6381373; 3d15716 on main after rebases) before the extractor ran on them. dev5's misses are read and worked from; check5's are
 * never printed. check4 is spent (scored before and after in session 28): its misses are printed now and read as dev. */
// first run (main f863dda + the set), before any session-29 change: dev5 108/156, check5 117/168
// after the session-29 pack rules (batch 1) and two relabels by the session-19 closing rule (README, session 29): dev5 113/156,
// in-sample (its misses were read)
// after the engine batch (a question yields no speaker; a lone name with a singular verb of saying; the outlet's first person): 114/156
const DEV5_FLOOR: Record<string, number> = { de: 42, en: 22, es: 29, fr: 21, all: 114 }
// check5 scored once more at the end (main 45234b0, after both session-29 batches; misses never printed): 119/168 (de 28 -> 30,
// en, es, fr unchanged); the floor moves to it
const CHECK5_FLOOR: Record<string, number> = { de: 30, en: 23, es: 38, fr: 28, all: 119 }

/** The session-30 parts (464 sentences in de/en/es/fr on 63 pages: wolves and wild boar, road works and council costs,
 * cycling accidents and police appeals, courts, public baths, forests, school budgets; every sentence of a kept passage
 * labelled), split by host with a seeded shuffle and committed (its own commit, before any score) before the extractor ran on
 * them. dev6's misses are read and worked from; check6's are never printed. check5 is spent (scored before and after in
 * session 29): its misses are printed now and read as dev. */
// first run (main 0a0f3d8 + the set), before any session-30 change: dev6 143/216, check6 175/248
// after the session-30 rules (verbs of saying by grammar, one engine rule, lexicon; speakers9): dev6 170/216, in-sample (its misses
// were read); check6 scored once more at the end: 180/248 (de 69 -> 72, en 28, es 48 -> 50, fr 30; misses never printed)
const DEV6_FLOOR: Record<string, number> = { de: 68, en: 29, es: 52, fr: 21, all: 170 }
// session 31: check6 is spent and read as dev; after the session-31 batch 1: 185/248 (de 72 -> 77), in-sample
const CHECK6_FLOOR: Record<string, number> = { de: 77, en: 28, es: 50, fr: 30, all: 185 }

/** The session-31 parts (521 sentences in de/en/es/fr on 69 pages: public offices and their heads, drinking-water and drought
 * orders, food recalls, school offices, prosecutors, prefectures, sheriffs, fire services, council budgets, police tickers;
 * every sentence of a kept passage labelled), split by host with a seeded shuffle and committed (c4b6978) before the extractor
 * ran on them. dev7's misses are read and worked from; check7's are never printed. check6 is spent (scored before and after in
 * session 30): its misses are printed now and read as dev. */
// first run (main 158eafe + the set; e349bf2 is output-identical), before any session-31 change: dev7 184/263, check7 200/258
// after the session-31 batch 1 (offices and titles by head noun and title, "demnach", "Das hat X mitgeteilt", long appositions;
// speakers10): dev7 206/263, in-sample (its misses were read)
const DEV7_FLOOR: Record<string, number> = { de: 100, en: 18, es: 42, fr: 46, all: 206 }
const CHECK7_FLOOR: Record<string, number> = { de: 96, en: 26, es: 39, fr: 39, all: 200 }

/** The session-32 parts (323 sentences in de/en/es/fr on 63 pages: public bodies named with an acronym in brackets and used
 * alone after, prosecutors and police declining to give details, provisional findings with the office in play, neighbours and
 * residents and role nouns pointing back to them, sheriffs' offices; every sentence of a kept passage labelled), split by host
 * with a seeded shuffle and committed before the extractor ran on them. dev8's misses are read and worked from; check8's are
 * never printed. check7 is spent (scored before and after in session 31): its misses are printed now and read as dev. */
// first run (main b58c791 + the set), before any session-32 change: dev8 104/161, check8 109/162
// after the session-32 classes (role nouns, apposed subjects, the German Vorfeld adverb, "su titular", quoted outlet titles;
// speakers11): dev8 112/161 (de 34, es 35), in-sample (its misses were read)
// session 33: after speakers12's classes 119/161 (de 40, en 14), in-sample
const DEV8_FLOOR: Record<string, number> = { de: 40, en: 14, es: 35, fr: 30, all: 119 }
// check8 scored once more at the end (main 7e67643, the whole-folder run before that landing; misses never printed): 109/162 again,
// every language unchanged (de 35/59, en 14/21, es 32/42, fr 28/40); the floor stays at the before-figure
// session 33: check8 spent (read as dev), two labels corrected by the README's s26 rule (an office's data are a document); after speakers12's
// classes 114/162 (de 37, en 15, es 33, fr 29), in-sample
const CHECK8_FLOOR: Record<string, number> = { de: 37, en: 15, es: 33, fr: 29, all: 114 }

/** The session-33 parts (375 claims in de/en/es/fr on 48 pages: state agencies by name and private bodies beside them,
 * provisional findings attributed to an office, interview Q&A, short confirmations and refusals), split by host and committed
 * before the extractor ran on them. dev9's misses are read and worked from; check9's are never printed. check8 is spent (scored
 * before and after in session 32): its misses are printed now and read as dev. */
// first run (main 127a662 + the set), before any session-33 change: dev9 135/180, check9 103/195
// after the session-33 classes (speakers12): dev9 143/180, in-sample (its misses were read); check9 scored once more at the end (main d296e76,
// the landed classes; misses never printed): 117/195 (de 34 -> 37, en 41, es 17 -> 20, fr 11 -> 19)
const DEV9_FLOOR: Record<string, number> = { de: 40, en: 26, es: 46, fr: 31, all: 143 }
const CHECK9_FLOOR: Record<string, number> = { de: 37, en: 41, es: 20, fr: 19, all: 117 }

/** The session-34 parts (232 claims in de/en/es/fr on 29 pages from varied genres: council minutes and town reports, hospitals and
 * emergency-room waits, layoffs and unions, storms and weather services, sport clubs, museum statistics, residents and blogs), split by
 * host (sha1 of 's34-speakers13:' + host, % 100 < 50 -> dev10) and committed (006d346) before the extractor ran on them. dev10's misses
 * are read and worked from; check10's are never printed (scored at the start and at the end only). */
// first run (main 322ac9e + the set), before any session-34 change: dev10 66/105, check10 83/127
// after the session-34 classes (speakers13, both landings): dev10 66/105 (the classes came from the aggregate over the spent sets and moved
// no dev10 claim); check10 scored once more at the end (main bd55f2f + the second batch; misses never printed): 83/127 again, every language
// unchanged (de 31/54, en 26/30, es 9/14, fr 17/29); the floors stay at the before-figures
const DEV10_FLOOR: Record<string, number> = { de: 12, en: 33, es: 9, fr: 12, all: 66 }
const CHECK10_FLOOR: Record<string, number> = { de: 31, en: 26, es: 9, fr: 17, all: 83 }

describe('speaker set: sourcing of sentences with a speech or report cue, on pages never tuned on', () => {
  for (const [part, floor] of [['dev', FLOOR], ['check', CHECK_FLOOR], ['dev2', DEV2_FLOOR], ['check2', CHECK2_FLOOR], ['dev3', DEV3_FLOOR], ['check3', CHECK3_FLOOR], ['dev4', DEV4_FLOOR], ['check4', CHECK4_FLOOR], ['dev5', DEV5_FLOOR], ['check5', CHECK5_FLOOR], ['dev6', DEV6_FLOOR], ['check6', CHECK6_FLOOR], ['dev7', DEV7_FLOOR], ['check7', CHECK7_FLOOR], ['dev8', DEV8_FLOOR], ['check8', CHECK8_FLOOR], ['dev9', DEV9_FLOOR], ['check9', CHECK9_FLOOR], ['dev10', DEV10_FLOOR], ['check10', CHECK10_FLOOR]] as const) {
    it(`${part}: prints accuracy per language and stays above the floors`, () => {
      const rows = score(part)
      let n = 0
      let right = 0
      const lines: string[] = []
      for (const [language, row] of [...rows].sort()) {
        n += row.n
        right += row.right
        lines.push(`speakers ${part} ${language}  ${row.right}/${row.n}  ${(row.right / row.n).toFixed(3)}`)
        expect(row.right, language).toBeGreaterThanOrEqual(floor[language] ?? 0)
      }
      lines.push(`speakers ${part} all ${right}/${n}  ${(right / n).toFixed(3)}`)
      // the check parts' misses are not printed: they measure, they are not worked from (check2 to check8 are spent: read as dev)
      const printMisses = part.startsWith('dev') || part === 'check2' || part === 'check3' || part === 'check4' || part === 'check5' || part === 'check6' || part === 'check7' || part === 'check8'
      console.log([...lines, ...(printMisses ? [...rows.values()].flatMap((r) => r.misses) : [])].join('\n'))
      expect(right).toBeGreaterThanOrEqual(floor.all ?? 0)
      expect(n).toBeGreaterThanOrEqual({ dev: 100, check: 70, dev2: 70, check2: 45, dev3: 80, check3: 75, dev4: 130, check4: 115, dev5: 150, check5: 160, dev6: 210, check6: 240, dev7: 260, check7: 255, dev8: 155, check8: 155, dev9: 175, check9: 190, dev10: 100, check10: 120 }[part])
    })
  }
})
