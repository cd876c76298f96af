import { describe, expect, it } from 'vitest'
import { matchClaim, parseSearchQuery, splitByRanges, wordMatch, type SearchableClaim } from './search-query'

const claim = (text: string, extra: Partial<SearchableClaim> = {}): SearchableClaim => ({
  text,
  note: '',
  tags: [],
  attribution: null,
  evidence: [],
  corroboration: 'unreviewed',
  sourcing: 'unattributed',
  ...extra,
})

describe('parseSearchQuery', () => {
  it('separates words, quoted phrases and filters', () => {
    const q = parseSearchQuery('kiln "test kiln exploded" status:contradicted sourcing:anonymous tag:Casualties')
    expect(q.words).toEqual(['kiln'])
    expect(q.phrases).toEqual([['test', 'kiln', 'exploded']])
    expect(q.corroboration).toEqual(['contradicted'])
    expect(q.sourcing).toEqual(['anonymous-source'])
    expect(q.tags).toEqual(['casualties'])
  })

  it('accepts a status by the start of its name and reports one it does not know', () => {
    expect(parseSearchQuery('status:partly').corroboration).toEqual(['partly-corroborated'])
    expect(parseSearchQuery('status:bogus').unknownFilters).toEqual(['status:bogus'])
  })
})

describe('matchClaim', () => {
  it('does not match a claim that has neither the word nor a form of it', () => {
    expect(matchClaim(parseSearchQuery('explosion'), claim('Haste had led to misfortune, they said.'))).toBeNull()
  })

  it('matches forms of a word, and says they are forms', () => {
    expect(matchClaim(parseSearchQuery('explosion'), claim('Two explosions shook the plant.'))?.kind).toBe('form')
    expect(matchClaim(parseSearchQuery('injure'), claim('Workers were injured.'))?.kind).toBe('form')
    expect(matchClaim(parseSearchQuery('explosoin'), claim('An explosion was heard.'))?.kind).toBe('form')
  })

  it('ranks: phrase over exact words over forms', () => {
    const text = 'The test kiln exploded on Friday.'
    expect(matchClaim(parseSearchQuery('"test kiln"'), claim(text))?.kind).toBe('phrase')
    expect(matchClaim(parseSearchQuery('kiln test'), claim(text))?.kind).toBe('exact')
    expect(matchClaim(parseSearchQuery('"kiln test"'), claim(text))).toBeNull()
  })

  it('gives the ranges of the matched words in the claim text', () => {
    const text = 'The test kiln exploded; the kiln is gone.'
    const match = matchClaim(parseSearchQuery('kiln'), claim(text))!
    expect(match.ranges.map((r) => text.slice(r.start, r.end))).toEqual(['kiln', 'kiln'])
    expect(splitByRanges(text, match.ranges).filter((p) => p.match).map((p) => p.text)).toEqual(['kiln', 'kiln'])
    expect(splitByRanges(text, match.ranges).map((p) => p.text).join('')).toBe(text)
  })

  it('finds words in the note, tags, attribution and evidence too, without ranges in the text', () => {
    const match = matchClaim(parseSearchQuery('satellite'), claim('The roof burned.', { evidence: ['Planet Labs satellite imagery'] }))
    expect(match?.ranges).toEqual([])
  })

  it('applies filters, with or without words', () => {
    const contradicted = claim('Five were hurt.', { corroboration: 'contradicted' })
    expect(matchClaim(parseSearchQuery('status:contradicted'), contradicted)?.kind).toBe('none')
    expect(matchClaim(parseSearchQuery('status:corroborated hurt'), contradicted)).toBeNull()
    expect(matchClaim(parseSearchQuery('status:contradicted hurt'), contradicted)?.kind).toBe('exact')
  })
})

describe('wordMatch', () => {
  it('does not take short or distant words for forms', () => {
    expect(wordMatch('led', 'ledger')).toBe('none')
    expect(wordMatch('explosion', 'misfortune')).toBe('none')
    expect(wordMatch('plan', 'planet')).toBe('form')
  })
})
