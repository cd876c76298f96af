// The large pack unions are asked in parts (V8 stops optimising a pattern past about 20 KB): the parts must answer
// exactly as the one pattern would, for a test and for a global scan's matches.
import { describe, expect, it } from 'vitest'
import { PACKS, wordBounded } from '../lang'
import { loadPublishedCorpus } from '../../../data/corpus/load'
import { PartsUnion, splitAlternation } from './split-alternation'

/** The one pattern, compiled once for each way it is asked. */
function one(source: string, flags: string) {
  return { plain: new RegExp(source, flags), g: new RegExp(source, `${flags}g`) }
}

/** What the one pattern says, to compare with the parts. */
function oneOf(re: ReturnType<typeof one>, text: string) {
  const all: [number, string][] = []
  re.g.lastIndex = 0
  for (let m = re.g.exec(text); m; m = re.g.exec(text)) {
    all.push([m.index, m[0]])
    if (m[0].length === 0) re.g.lastIndex++
  }
  return { test: re.plain.test(text), all }
}

function partsOf(union: PartsUnion, text: string) {
  return { test: union.test(text), all: union.execAll(text).map((m) => [m.index, m[0]]) }
}

describe('splitAlternation', () => {
  it('splits at top-level bars, inside a group around the whole and inside a group after look-arounds', () => {
    expect(splitAlternation('ab|cd|ef', 6)).toEqual(['ab|cd', 'ef'])
    expect(splitAlternation('(?:ab|cd|ef)', 10)).toEqual(['(?:ab|cd)', '(?:ef)'])
    const parts = splitAlternation('(?<!x)(?:abc|def|ghi)(?!y)', 12)
    expect(parts.length).toBeGreaterThan(1)
    for (const p of parts) expect(p).toMatch(/^\(\?<!x\)\(\?:[a-i|]+\)\(\?!y\)$/)
    expect(parts.map((p) => p.slice(9, -6)).join('|')).toBe('abc|def|ghi')
  })

  it('leaves whole what cannot be split without changing the matches', () => {
    // capturing groups would be numbered apart in each part; a quantified group repeats its choice
    expect(splitAlternation('(ab)|cd|ef', 3)).toEqual(['(ab)|cd|ef'])
    expect(splitAlternation('(?<name>ab)|cd', 3)).toEqual(['(?<name>ab)|cd'])
    expect(splitAlternation('(?:ab|cd)+', 3)).toEqual(['(?:ab|cd)+'])
    expect(splitAlternation('x(?:ab|cd)', 3)).toEqual(['x(?:ab|cd)'])
    // a bar inside a class or after an escape is no alternation
    expect(splitAlternation('[|a]\\|b', 3)).toEqual(['[|a]\\|b'])
    expect(splitAlternation('short|one')).toEqual(['short|one'])
  })

  it('answers as the one pattern on invented texts, with overlapping, nested and ordered alternatives', () => {
    const source = '(?<![a-z])(?:chief|chief of police|police|pol|of police chief|a|)(?![a-z])|\\d+|(?:x|xy)z'
    const texts = ['the chief of police said', 'police chief of police', 'a pol 12 xyz xz', '', 'polices 3x', 'chief', 'xyzxz']
    for (const limit of [6, 10, 20, 1000]) {
      const union = new PartsUnion(splitAlternation(source, limit), 'iu')
      for (const t of texts) expect(partsOf(union, t), `${limit}: ${t}`).toEqual(oneOf(one(source, 'iu'), t))
    }
  })
})

describe('PartsUnion over the packs', () => {
  const lines = loadPublishedCorpus()
    .filter((a) => a.split === 'tuned')
    .flatMap((a) => a.text.split(/\n+/))
    .filter((l) => l.trim().length > 0)
    // every sixth line: the one union is the slow pattern this file exists to avoid
    .filter((_, k) => k % 6 === 0)

  for (const kind of ['titles', 'sources'] as const) {
    it(`finds what the one union of every pack's official ${kind} finds, on a sixth of the tuned lines`, () => {
      const pieces = Object.values(PACKS)
        .map((p) => (kind === 'titles' ? p.titles.official : p.sources.official))
        .filter((r): r is RegExp => r !== undefined)
        .map((r) => `(?:${wordBounded(r).source})`)
      const parts = pieces.flatMap((p) => splitAlternation(p))
      // the union is large enough to be split
      expect(pieces.join('|').length).toBeGreaterThan(20_000)
      const union = new PartsUnion(parts, 'iu')
      const whole = one(pieces.join('|'), 'iu')
      let found = 0
      for (const line of lines) {
        const want = oneOf(whole, line)
        expect(partsOf(union, line), line).toEqual(want)
        found += want.all.length
      }
      expect(found).toBeGreaterThan(30)
    })
  }
})
