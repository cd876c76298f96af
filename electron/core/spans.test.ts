import { describe, expect, it } from 'vitest'
import { suggestCorroboration } from './review'
import { nudgeSpan, trimSpan } from './spans'
import type { Evidence } from './schema'

const text = 'Two people received serious injuries, while five received minor injuries.'
const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length })

describe('nudgeSpan', () => {
  it('moves the end by a word in either direction', () => {
    const claim = span('Two people received serious injuries,')
    const longer = nudgeSpan(text, claim, 'end', 1)!
    expect(text.slice(longer.start, longer.end)).toBe('Two people received serious injuries, while')
    const shorter = nudgeSpan(text, claim, 'end', -1)!
    expect(text.slice(shorter.start, shorter.end)).toBe('Two people received serious')
  })

  it('moves the start by a word in either direction', () => {
    const claim = span('received serious injuries')
    expect(text.slice(...Object.values(nudgeSpan(text, claim, 'start', -1)!) as [number, number])).toBe('people received serious injuries')
    expect(text.slice(...Object.values(nudgeSpan(text, claim, 'start', 1)!) as [number, number])).toBe('serious injuries')
  })

  it('never leaves an empty span or runs off the text', () => {
    expect(nudgeSpan(text, span('Two'), 'end', -1)).toBeNull()
    expect(nudgeSpan(text, span('Two'), 'start', 1)).toBeNull()
    expect(nudgeSpan(text, span('Two'), 'start', -1)).toBeNull()
    expect(nudgeSpan(text, span('minor injuries.'), 'end', 1)).toBeNull()
  })
})

describe('trimSpan', () => {
  it('trims whitespace and orders the ends', () => {
    expect(trimSpan('  abc  ', 7, 0)).toEqual({ start: 2, end: 5 })
    expect(trimSpan('   ', 0, 3)).toBeNull()
  })
})

describe('suggestCorroboration', () => {
  const item = (stance: Evidence['stance'], independent: boolean, citation = 'x', url: string | null = null): Evidence => ({
    id: `e-${stance}-${independent}-${citation}`,
    citation,
    url,
    note: '',
    stance,
    independent,
    file: null,
    addedAt: '2026-11-25T00:00:00Z',
  })
  it('counts only independent evidence and leaves conflicts to the reviewer', () => {
    expect(suggestCorroboration([]).value).toBeNull()
    expect(suggestCorroboration([item('supports', false)]).value).toBeNull()
    expect(suggestCorroboration([item('supports', true)]).value).toBe('partly-corroborated')
    expect(suggestCorroboration([item('contradicts', true)]).value).toBe('contradicted')
    expect(suggestCorroboration([item('supports', true), item('contradicts', true)])).toMatchObject({ value: null, reason: /conflicting/ })
    expect(suggestCorroboration([item('context', true)]).value).toBeNull()
  })

  it('asks for two independent supporting items from different origins to suggest corroborated, and says why', () => {
    const nknews = item('supports', true, 'NK News, 21 Oct', 'https://www.nknews.org/2026/10/a')
    const planet = item('supports', true, 'Planet Labs imagery, 20 Oct', 'https://planet.com/x')
    expect(suggestCorroboration([nknews, planet])).toMatchObject({ value: 'corroborated', reason: /2 independent supporting sources/ })
    // The same site twice is one source.
    const nknews2 = item('supports', true, 'NK News follow-up', 'https://nknews.org/2026/10/b')
    expect(suggestCorroboration([nknews, nknews2])).toMatchObject({ value: 'partly-corroborated', reason: /one origin/ })
    // Two outlets carrying the same wire story are one source.
    const viaYonhap1 = item('supports', true, 'Korea Herald (Yonhap), 21 Oct', 'https://koreaherald.com/y')
    const viaYonhap2 = item('supports', true, 'Korea Times, citing Yonhap', 'https://koreatimes.co.kr/y')
    expect(suggestCorroboration([viaYonhap1, viaYonhap2]).value).toBe('partly-corroborated')
    expect(suggestCorroboration([viaYonhap1, planet]).value).toBe('corroborated')
  })
})

describe('clauseSplitPoint', () => {
  it('picks the clause boundary nearest the middle, at the next word', async () => {
    const { clauseSplitPoint } = await import('./spans')
    const claim = span('Two people received serious injuries, while five received minor injuries.')
    expect(text.slice(clauseSplitPoint(text, claim)!)).toBe('while five received minor injuries.')
    expect(clauseSplitPoint(text, span('Two people received'))).toBeNull()
  })
})

describe('nextUnclaimedSentence', () => {
  it('finds the first sentence after a point that nothing covers', async () => {
    const { nextUnclaimedSentence } = await import('./spans')
    const t = 'One claim. Who would buy them? Another claim.\n\nRead in Korean'
    const occupied = [
      { start: 0, end: 10 },
      { start: t.indexOf('Another'), end: t.indexOf('Another') + 'Another claim.'.length },
      { start: t.indexOf('Read'), end: t.length },
    ]
    const found = nextUnclaimedSentence(t, occupied, 0)!
    expect(t.slice(found.start, found.end)).toBe('Who would buy them?')
    expect(nextUnclaimedSentence(t, occupied, found.end)).toBeNull()
  })
})
