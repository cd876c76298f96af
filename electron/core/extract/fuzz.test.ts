// Random and adversarial input: extract() never throws, finishes quickly, and every
// offset points at exactly the text it claims to. Seeded, so a failure reproduces.
import { beforeAll, describe, expect, it } from 'vitest'
import { extract } from './index'
import type { Extraction } from './types'

/** mulberry32: a tiny seeded PRNG. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const PIECES = [
  'The source said', ' told Daily NK', ' reportedly ', 'Mr.', ' Oct. 19', ' U.S. ', '“', '”', '"', '‘', '’', '(', ')', '[', ' — ', '.', '?', '!', '…',
  '\n', '\r\n', '\n\n', '\r', '\u2028', ' ', '\t', '\u00a0', '\u0000', '\ud800', '\udc00', '😀', '소식통은 ', '전했다. ', '一', 'Привет ', 'مرحبا ',
  'By Jong So Yong', 'Image: Daily NK', 'chongjin security', 'READ IN KOREAN', 'according to', ', said the source.', 'He added', '3.5', '42', 'é', '\u0301',
]

function randomText(random: () => number, length: number): string {
  const parts: string[] = []
  let size = 0
  while (size < length) {
    const r = random()
    const piece = r < 0.6 ? PIECES[Math.floor(random() * PIECES.length)] : String.fromCharCode(Math.floor(random() * 0x10000))
    parts.push(piece)
    size += piece.length
  }
  return parts.join('')
}

/** Plain checks (not one expect per item: 100k items would make the test slow, not the code). */
function offsetProblem(text: string, result: Extraction): string | null {
  for (const item of [...result.claims, ...result.nonClaims, ...(result.skipped ?? [])]) {
    if (!(item.start >= 0 && item.end >= item.start && item.end <= text.length)) return `bad span ${item.start}-${item.end}`
    if (text.slice(item.start, item.end) !== item.text) return `text mismatch at ${item.start}-${item.end}`
  }
  for (const c of result.claims) {
    if (!(c.checkworthiness >= 0 && c.checkworthiness <= 1)) return `score ${c.checkworthiness}`
    if (c.text.length === 0) return 'empty claim'
  }
  return null
}

// No durations here: a loaded CI machine would fail them. bench/adversarial.bench.ts times
// these same inputs; this test checks that each finishes with consistent offsets.
function checked(text: string): Extraction {
  const result = extract(text)
  expect(offsetProblem(text, result)).toBeNull()
  return result
}

describe('extract: fuzz and adversarial input', () => {
  // the first call per language builds an ICU segmenter
  beforeAll(() => {
    for (const language of ['en', 'ko', 'ja', 'zh', 'ru', 'ar', 'de']) extract('Warm up. Done.', { language })
  })

  it('handles the empty string and whitespace only', () => {
    expect(checked('').claims).toEqual([])
    expect(checked(' \n\t\r\n  ').claims).toEqual([])
  })

  it('handles 500 random texts (seed 20261124)', () => {
    // compile every language pack's patterns once: the limit below is about pathological input, not warm-up
    for (const sample of ['A source said, reportedly.', 'Laut Polizei soll er gesagt haben.', 'Según la policía, al parecer.', "Selon la préfecture, il aurait dit.", 'По данным МВД, якобы.', '소식통은 전했다. 것으로 알려졌다.']) extract(sample)
    const random = mulberry32(20261124)
    for (let i = 0; i < 500; i++) {
      const text = randomText(random, Math.floor(random() * 2000))
      try {
        checked(text)
      } catch (error) {
        throw new Error(`case ${i}: ${JSON.stringify(text.slice(0, 200))}: ${String(error)}`)
      }
    }
  })

  it('handles 1 MB of one sentence without punctuation', () => {
    const text = 'the factory workers kept working without a single pause '.repeat(18_000)
    const result = checked(text)
    expect(result.claims.length).toBeGreaterThan(0)
  })

  it('handles 1 MB with no spaces at all', () => {
    checked('x'.repeat(1_000_000))
  })

  it('handles only punctuation', () => {
    expect(checked('.?!…;:,—"“”()[]'.repeat(5000)).claims).toEqual([])
  })

  it('handles unbalanced quotes and brackets', () => {
    const text = '“He said it was fine. (It was not. “Nobody came. "Really. ” ” ) ) Then the source said it exploded.'.repeat(200)
    checked(text)
  })

  it('handles mixed scripts, NUL bytes and lone surrogates', () => {
    const text = 'Seoul 서울 Сеул 首尔 \u0000 the source said \ud800 it exploded \udfff. 소식통은 전했다.\u0000\n'.repeat(500)
    checked(text)
  })

  it('handles 100k newlines, and 100k one-word lines', () => {
    expect(checked('\n'.repeat(100_000)).claims).toEqual([])
    checked('word\n'.repeat(100_000))
  })

  it('handles pathological repeats of abbreviations, cues and hedges', () => {
    checked('Mr. '.repeat(50_000))
    checked('U.S. '.repeat(50_000))
    checked('according to according to '.repeat(20_000))
    checked('said, said, said, '.repeat(30_000))
    checked('A-B-C-D-E-F-G-H-I-J '.repeat(20_000) + '!')
    checked(('Kim ' + 'Jong '.repeat(50) + 'said. ').repeat(2000))
  })
})
