// The sourcing probe grid (__fixtures__/sourcing-grid.ts): invented sentences, one per kind of speaker and form of cue in
// six languages, each with the type the corpus README's rules give. The cells still missed are listed in KNOWN_MISSES
// (the test fails when one starts passing, so the list stays true); every other cell must pass. First run (main 57e0346,
// before any session-26 rule): 293/338 (en 58/71, de 63/81, es 49/52, fr 47/49, ru 39/40, ko 37/45).
// The complication cells (participle fronts, dash and bracket asides, offices named by description, jobs whose employer
// decides the type, report verbs outside the lists), first run on main 8dfcfa4 before any rule: 160/282.
// The context cells (session 27, contextGrid: the classes of the spent check2 and the dev2/dev3 misses), first run on main
// 726faf4 before any rule: 44/96.
// The session-28 context cells (contextGrid28, de/en/es/fr: the classes of the spent check3 and of dev4's misses), first run
// on main 449662f before any rule: 24/70 (one cell's antecedent was then renamed to a body the lexicon knows, "la Agencia
// Estatal de Carreteras", so that it tests the pointing back and not the office list); after the session-28 rules 61/70.
// A second batch of 10 cells (s28-b2: German article + noun, an owner-less first finding, asides, English progressive,
// initials after a place name), first run after the first batch had landed: 5/10; after its rules 10/10. A third batch of 5
// (s28-b3: a verdict or answer label before a colon, "Das Fazit der Polizei:", "La respuesta del ayuntamiento:"), first run
// 1/5 (the must-not); after 4/5 (English left).
// The session-29 cells (contextGrid29, de/en/es/fr: the largest cells of the confusion table of the spent check4 and dev4, and
// classes of dev5's misses; in-sample for those sets): first run on main f863dda's packs 24/46 (the 4 must-change cells that
// held before: en "Olsen said", es "Según indican desde …", and the fr question and "la même source", which fr had; the 1
// must-not that moved, "Nach Angaben unserer Quellen", went from unattributed to anonymous, as wanted). Four of the first
// version's cells were replaced before any rule was written, because they failed for reasons outside their class (a question
// quoted inside a sentence joined by "und/y", a French "a demandé"); the German question cell then took the inverted verb.
// After the pack rules (batch 1): 32/46; after the engine rules (batch 2, once the lead's speed work had landed): 46/46.
// The session-30 cells (contextGrid30, de/en/es/fr: the lead decision "a verb of saying is a cue by its grammar": one cell per
// verb class and frame from the packs' grammar-derived inventories, with must-not cells; the classes from the confusion table of
// the spent check5 and dev5 and from dev6's misses, in-sample for those sets): first run on main's code (cb31ab4) 16/51 (the
// 14 must-not cells that held, and es "ha matizado que" and the closing incise that names the speaker); after 51/51.
// The session-31 cells (contextGrid31, de/en/es/fr: offices and titles as a class, by head noun and title, with private
// lookalikes as must-not cells; "demnach" and the perfect "Das hat X mitgeteilt" pointing back, each with a must-not; the largest
// cells of the confusion table of the spent check6 with dev6 and dev7, in-sample for those sets): first run on main's code
// (030768e) 8/28 (the 5 must-not cells that held but one, "Department Store", and the English office-of/commission/superintendent
// cells the lists already had); after 28/28.
import { describe, expect, it } from 'vitest'
import { sourcingGrid } from './__fixtures__/sourcing-grid'
import { extract } from './index'

const cells = sourcingGrid()

const KNOWN_MISSES = new Set<string>([
  // complication cells (second round), first run on main 8dfcfa4 before any rule: 160/282; all but this one pass after session 27
  // (a time adverbial before a company's spokesperson whose name is in «…»: the quoted-title subject stops at three words)
  'ru/cx-companySpokes/frontAdv',
  // second batch (session 27): the span is right, but "el presidente del Tribunal Superior, José Ortega Cerbón" classifies named
  // (the capitalised court name takes another path than "el presidente del tribunal"); not found in time
  'es/ctx-ctx2/linkingApposed',
  // context cells (session 27), first run on main 726faf4 before any rule: 44/96; all pass after the session-27 rules (in-sample)
  // session-28 cells still missed (speakers7 ran out of time; English goes through attribution-en.ts, which took none of these):
  // "By Olsen's account" and "By his account" (no cue), "forecasts" (no office verbs in English; session 30 leaves the 3rd person
  // in -s that is also a plural noun out of the reporting verbs: "forecasts", "reports", "claims")
  'en/s28-frames/byAccount',
  'en/s28-possessive/hisAccount',
  'en/s28-forecast/forecasts',
  // German frames with no verb of saying in the list: "Aus einem Bericht … geht hervor", "In der Mitteilung … heißt es"
  'de/s28-frames/gehtHervor',
  'de/s28-frames/heisstEsInMitteilung',
  // (session 34, speakers13: English reads the speaker label at the end of its chain, so "The answer from the county: …" passes now
  // and leaves this list)
  // the span runs on past the role noun ("el timonel en referencia al temporal"), so the role noun is not seen
  'es/s28-coach/timonelReferencia',
  // a participle of report after the main clause ("…, évoquant un pont fermé") reports for the main clause's subject
  'fr/s28-frames/evoquant',
])

function typeOf(cell: (typeof cells)[number]): string {
  const result = extract(cell.text, { language: cell.language })
  const claim = result.claims.find((c) => c.text.includes(cell.probe) && (cell.probe !== 'bleibe bis Dienstag' || c.text.includes('bleibe')))
  return claim?.sourcing.type ?? 'not a claim'
}

describe('sourcing probe grid (invented sentences)', () => {
  // (a generous timeout: this one walks all ~1200 cells, and under five helpers' load it ran past the default 30 s; no duration is asserted)
  it('prints the cells right per language', { timeout: 180_000 }, () => {
    const rows = new Map<string, [number, number]>()
    const misses: string[] = []
    for (const cell of cells) {
      const got = typeOf(cell)
      const row = rows.get(cell.language) ?? [0, 0]
      row[1]++
      if (got === cell.expected) row[0]++
      else misses.push(`${cell.id}: ${got} ≠ ${cell.expected}`)
      rows.set(cell.language, row)
    }
    console.log([...[...rows].map(([l, [r, n]]) => `grid ${l} ${r}/${n}`), `grid all ${cells.filter((c) => typeOf(c) === c.expected).length}/${cells.length}`, ...misses].join('\n'))
    expect(cells.filter((c) => KNOWN_MISSES.has(c.id)).length).toBe(KNOWN_MISSES.size)
  })

  it.each(cells.map((c) => [c.id, c] as const))('%s', (id, cell) => {
    const got = typeOf(cell)
    if (KNOWN_MISSES.has(id)) expect(got, `${id} now passes: take it off KNOWN_MISSES`).not.toBe(cell.expected)
    else expect(got, cell.text).toBe(cell.expected)
  })
})
