// The literal prefilter may only ever skip a pattern that cannot match: on the packs' own unions and on
// real published text, the gated answer must be the plain one. Also what the reader knows of
// lookarounds and of /i without /u.
import { describe, expect, it } from 'vitest'
import { PACKS, wordBounded, type LanguagePack } from '../lang'
import { loadPublishedCorpus } from '../../../data/corpus/load'
import { gatedExec, gatedSome, gatedTest, LiteralIndex, mayMatch, requiredLiterals } from './required-literals'
import { furnitureGrid } from './__fixtures__/furniture-grid'

/** Each pack's furniture and byline patterns, as boilerplate.ts unions them. */
const UNIONS: [string, RegExp[]][] = (
  [
    ['lines', (p) => p.furniture.lines],
    ['sentences', (p) => p.furniture.sentences],
    ['credits', (p) => p.furniture.credits],
    ['captionCredit', (p) => p.furniture.captionCredit],
    ['appeals', (p) => p.furniture.appeals],
    ['support', (p) => p.furniture.support],
    ['teasers', (p) => p.furniture.teasers],
    ['bylines', (p) => p.bylines.patterns],
  ] as [string, (p: LanguagePack) => RegExp[] | RegExp | undefined][]
).map(([name, pick]) => [
  name,
  Object.values(PACKS).flatMap((p) => {
    const r = pick(p)
    return (r === undefined ? [] : Array.isArray(r) ? r : [r]).map(wordBounded)
  }),
])

/** Lines and sentences of the tuned published pages and of the invented furniture grid (short ones: the unions are tried on those). */
const PIECES = [...loadPublishedCorpus().filter((a) => a.split === 'tuned'), ...furnitureGrid()]
  .flatMap((a) => a.text.split(/\n+|(?<=[.!?])\s+/))
  .filter((s) => s.trim() && s.length <= 300)

describe('gatedSome', () => {
  it('answers as the plain union does, for every pack union on every line of the tuned pages', () => {
    expect(PIECES.length).toBeGreaterThan(2000)
    for (const [name, res] of UNIONS) {
      const gated = gatedSome(res)
      let matched = 0
      for (const piece of PIECES) {
        const plain = res.some((r) => r.test(piece))
        if (plain) matched++
        if (gated(piece) !== plain) expect.fail(`${name} on ${JSON.stringify(piece)}: gated ${!plain}, plain ${plain}`)
      }
      // the union must meet real furniture somewhere, or the comparison proves nothing
      if (name !== 'appeals') expect(matched, name).toBeGreaterThan(0)
    }
  })

  it('answers as the plain unions do when every union is asked of each piece in turn (the shared wide index, rebuilt as unions come)', () => {
    // fresh unions (new arrays): they join the wide index one by one, as extraction's unions do
    const gates = UNIONS.map(([name, res]) => [name, [...res], gatedSome([...res])] as const)
    let matched = 0
    PIECES.forEach((piece, k) => {
      for (let j = 0; j < gates.length; j++) {
        const [name, res, gated] = gates[(j + k) % gates.length]
        const plain = res.some((r) => r.test(piece))
        if (plain) matched++
        if (gated(piece) !== plain) expect.fail(`${name} on ${JSON.stringify(piece)}: gated ${!plain}, plain ${plain}`)
      }
    })
    expect(matched).toBeGreaterThan(50)
  })

  it('tries a pattern whose cut literal the text holds, and still answers as the pattern does', () => {
    // literals are cut to 8 stand-ins in the wide index: 'subscription' and 'subscriber' share 'subscrip'/'subscrib'
    const a = [/subscription plans/iu, /newsletter/iu]
    const b = [/^read more/iu]
    const ga = gatedSome(a)
    const gb = gatedSome(b)
    for (const text of ['Subscription plans start at two euros.', 'Subscriptions are down, the newsletter said.', 'The subscription plan was cut.']) {
      expect(gb(text), text).toBe(false)
      expect(ga(text), text).toBe(a.some((r) => r.test(text)))
    }
  })

  it('does not run a pattern whose literals the text lacks, and runs one whose literals it holds', () => {
    const runs: string[] = []
    class Counted extends RegExp {
      override test(s: string): boolean {
        runs.push(this.source)
        return super.test(s)
      }
    }
    const gated = gatedSome([new Counted('^read more', 'iu'), new Counted('subscribe', 'iu'), new Counted('\\d{2}', 'u')])
    expect(gated('The council met on Monday.')).toBe(false)
    expect(runs).toEqual(['\\d{2}']) // no literal known: always tried
    runs.length = 0
    expect(gated('Subscribe now')).toBe(true)
    expect(runs).toEqual(['subscribe'])
  })

  it('handles unions of more than 30 patterns (one index per 30)', () => {
    const res = Array.from({ length: 70 }, (_, k) => new RegExp(`word${k}x`, 'u'))
    const gated = gatedSome(res)
    for (const k of [0, 29, 30, 31, 61, 69]) expect(gated(`a word${k}x b`), String(k)).toBe(true)
    expect(gated('a word70x b')).toBe(false)
  })
})

describe('gatedExec', () => {
  it("finds what exec finds, for each pack's own-account and speakerless cues on every line of the tuned pages", () => {
    const cues = Object.values(PACKS).flatMap((p) => [p.attribution.ownAccount, p.attribution.speakerless]).filter((r): r is RegExp => r !== undefined).map(wordBounded)
    expect(cues.length).toBeGreaterThan(3)
    // invented lines the cues must meet, so the comparison sees matches as well as misses
    const lines = [...PIECES, 'Die Polizei nahm nach eigenen Angaben einen Mann fest.', 'Trascendió que el alcalde dimitirá.', 'Le parquet a ouvert une enquête, selon ses propres informations.']
    let matched = 0
    for (const re of cues) {
      expect(re.global || re.sticky).toBe(false)
      for (const line of lines) {
        const plain = re.exec(line)
        if (plain) matched++
        expect(gatedExec(re, line)?.[0], `${re.source.slice(0, 40)} on ${JSON.stringify(line)}`).toBe(plain?.[0])
      }
    }
    expect(matched).toBeGreaterThanOrEqual(3)
  })
})

describe('mayMatch', () => {
  it("answers as each pattern's own index does when many patterns are asked of one text in turn (the shared index, its rebuilds, and past 31 patterns)", () => {
    // patterns come in one by one, so the shared index is rebuilt as they come; the cue patterns first, as extraction asks them
    const cues = Object.values(PACKS).flatMap((p) => [p.attribution.ownAccount, p.attribution.speakerless]).filter((r): r is RegExp => r !== undefined).map(wordBounded)
    const patterns = [...cues, ...UNIONS.flatMap(([, res]) => res)].filter((re) => requiredLiterals(re.source, re.flags) !== null)
    expect(patterns.length).toBeGreaterThan(40)
    const own = new Map(patterns.map((re) => [re, new LiteralIndex([requiredLiterals(re.source, re.flags)])]))
    let asked = 0
    let yes = 0
    PIECES.filter((_, k) => k % 4 === 0).forEach((piece, k) => {
      // a growing prefix of the patterns (to 40), in a varying order, each asked of the same piece
      const some = patterns.slice(0, Math.min(40, 2 + k))
      for (let j = 0; j < some.length; j++) {
        const re = some[(j * 7 + k) % some.length]
        const expected = own.get(re)!.possible(piece) !== 0
        expect(mayMatch(re, piece), `${re.source.slice(0, 40)} on ${JSON.stringify(piece)}`).toBe(expected)
        if (expected) yes++
        if (re.test(piece)) expect(expected).toBe(true)
        asked++
      }
    })
    expect(asked).toBeGreaterThan(1000)
    expect(yes).toBeGreaterThan(50)
  })
})

describe('requiredLiterals', () => {
  it('takes what a positive lookaround requires, which the scanned text must hold', () => {
    const cookies = requiredLiterals('^(?=.*cookies)(?=.*browser)', 'iu')
    expect(cookies).not.toBeNull()
    expect(['cookies', 'browser']).toContain(cookies![0])
    expect(requiredLiterals('(?<=Herr )\\p{Lu}\\p{Ll}+', 'u')).toEqual(['herr '])
    const test = gatedTest(/^(?=.*\bcookies?\b)(?=.*\bbrowser\b)/iu)
    expect(test('This site uses cookies. Update your browser.')).toBe(true)
    expect(test('Cookies were sold at the fair.')).toBe(false)
  })

  it('reads a long property escape as one unknown character, not as literals', () => {
    // the escape was read from 16 characters on: "\p{Script=Hangul}" (17) came out as the literal "{script=hangul"
    expect(requiredLiterals('(\\p{Script=Hangul}{2,4})\\s?기자', 'u')).toEqual(['기자'])
    expect(gatedTest(/^(\p{Script=Hangul}{2,4})\s?기자 \d{4}\.$/u)('정영재 기자 2023.')).toBe(true)
  })

  it('knows nothing from a negative lookaround', () => {
    expect(requiredLiterals('^(?!.*cookies)\\p{L}+', 'u')).toBeNull()
    expect(requiredLiterals('(?<!Herr )\\p{Lu}\\p{Ll}+', 'u')).toBeNull()
    expect(requiredLiterals('(?<!Herr )Meier', 'u')).toEqual(['meier'])
  })

  it('reads /i without /u only for a pattern of ASCII, where each letter joins its other case and nothing else', () => {
    expect(requiredLiterals('^(?:read more|subscribe)', 'i')?.sort()).toEqual(['read more', 'subscribe'])
    expect(requiredLiterals('straße', 'i')).toBeNull()
    // every unit the engine matches to an ASCII character under /i is gated in: no skip can be wrong
    const units = Array.from({ length: 0x10000 }, (_, c) => (c >= 0xd800 && c <= 0xdfff ? '' : String.fromCharCode(c))).join('')
    for (let c = 0x21; c < 0x7f; c++) {
      const ch = String.fromCharCode(c)
      const source = ch.replace(/[\^$\\.*+?()[\]{}|/]/, '\\$&')
      const test = gatedTest(new RegExp(`${source}${source}`, 'i'))
      for (const m of units.matchAll(new RegExp(source, 'gi'))) expect(test(m[0] + m[0]), `${ch} ~ U+${m[0].charCodeAt(0).toString(16)}`).toBe(true)
    }
  })
})
