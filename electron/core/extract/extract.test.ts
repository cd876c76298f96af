import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extract } from './index'

const SAMPLE = readFileSync(resolve(__dirname, '../../../data/chongjin-explosion.txt'), 'utf8')
const result = extract(SAMPLE)

function claim(fragment: string) {
  const found = result.claims.find((c) => c.text.includes(fragment))
  if (!found) throw new Error(`no claim contains "${fragment}"`)
  return found
}

function isClaim(fragment: string): boolean {
  return result.claims.some((c) => c.text.includes(fragment))
}

describe('extract: the sample article (Daily NK, Chongjin explosion)', () => {
  it('anchors every claim and non-claim to the exact text', () => {
    for (const c of [...result.claims, ...result.nonClaims]) expect(SAMPLE.slice(c.start, c.end)).toBe(c.text)
    for (const c of result.claims) expect(c.text).toBe(c.text.trim())
  })

  it('fills author, outlet and language', () => {
    expect(result.meta.author).toBe('Jong So Yong')
    expect(result.meta.outlet).toBe('Daily NK')
    expect(result.meta.language).toBe('en')
  })

  it('derives a short title from the lede, which stays a claim', () => {
    expect(result.meta.titleDerived).toBe(true)
    expect(result.meta.title).toMatch(/^An explosion at Chongjin Chemical and Textile Factory/)
    expect(result.meta.title!.length).toBeLessThanOrEqual(91)
    expect(isClaim('An explosion at Chongjin Chemical')).toBe(true)
  })

  it('keeps every factual sentence as a claim', () => {
    for (const fragment of [
      'An explosion at Chongjin Chemical',
      'The factory was conducting chemical experiments',
      'A source in North Hamgyong Province told Daily NK',
      'Two people received serious injuries',
      'was ordered to submit a technological innovation plan',
      'It reportedly began pertinent experiments on Oct. 19.',
      'The kiln unexpectedly exploded',
      'Some of the onlooking workers',
      'The explosion was reportedly so powerful',
      'The source said workers liberally poured',
      'For the last month',
      'Considering the plan a party task',
      'Haste had led to misfortune',
      'Prior to this',
      'the technicians reportedly believed',
      'The source said the factory’s technicians and workers',
      'They lament that the party seems',
    ]) {
      expect(isClaim(fragment), fragment).toBe(true)
    }
    expect(result.claims).toHaveLength(17)
  })

  it('leaves caption, tag line, boilerplate and author blurb out of the claims, with their kind', () => {
    const kinds = Object.fromEntries(result.nonClaims.map((n) => [n.text, n.kind]))
    expect(kinds['A view of Chongjin. / Image: Daily NK']).toBe('caption')
    expect(kinds['chongjin security']).toBe('tagline')
    expect(kinds['Please direct any comments or questions about this article to']).toBe('boilerplate')
    expect(kinds['Read in Korean']).toBe('boilerplate')
    expect(kinds["Jong So Yong is one of Daily NK's freelance reporters."]).toBe('author-blurb')
    expect(kinds['Questions about her articles can be directed to']).toBe('author-blurb')
    for (const text of Object.keys(kinds)) expect(isClaim(text)).toBe(false)
  })

  it('does not make the rhetorical question a claim; it is recorded as skipped', () => {
    expect(isClaim('who would buy clothes')).toBe(false)
    expect(result.skipped?.find((s) => s.text.includes('who would buy clothes'))?.reason).toBe('question')
  })

  it('hedges every "reportedly" sentence, and "seems"', () => {
    const reportedly = result.claims.filter((c) => /\breportedly\b/.test(c.text))
    expect(reportedly.length).toBe(5)
    for (const c of reportedly) expect(c.hedge).toEqual({ hedged: true, cue: 'reportedly' })
    expect(claim('They lament').hedge).toEqual({ hedged: true, cue: 'seems' })
    expect(claim('Two people received').hedge.hedged).toBe(false)
  })

  it('attributes source-told sentences to the anonymous source, with span and cue', () => {
    expect(claim('A source in North Hamgyong Province told').sourcing).toEqual({
      type: 'anonymous-source',
      attribution: 'A source in North Hamgyong Province',
      cue: 'told',
    })
    expect(claim('said the source.').sourcing).toMatchObject({ type: 'anonymous-source', attribution: 'the source', cue: 'said' })
    expect(claim('The source said workers').sourcing).toMatchObject({ type: 'anonymous-source', attribution: 'The source', cue: 'said' })
  })

  it('carries the source to the sentences of the same paragraph that rest on it', () => {
    expect(claim('Two people received').sourcing.type).toBe('anonymous-source')
    expect(claim('For the last month').sourcing.type).toBe('anonymous-source')
    expect(claim('Considering the plan').sourcing.type).toBe('anonymous-source')
    expect(claim('Haste had led').sourcing.type).toBe('anonymous-source')
    expect(claim('They lament').sourcing.type).toBe('anonymous-source')
    // a closing ", said the source." covers the paragraph's first sentence too
    expect(claim('The kiln unexpectedly exploded').sourcing.type).toBe('anonymous-source')
  })

  it('leaves sentences without a source unattributed', () => {
    expect(claim('The factory was conducting').sourcing).toEqual({ type: 'unattributed', attribution: null, cue: null })
    expect(claim('The explosion was reportedly so powerful').sourcing.type).toBe('unattributed')
  })

  it('scores check-worthiness in [0, 1] with named signals, opinion lower than facts', () => {
    for (const c of result.claims) {
      expect(c.checkworthiness).toBeGreaterThanOrEqual(0)
      expect(c.checkworthiness).toBeLessThanOrEqual(1)
    }
    const injuries = claim('Two people received')
    expect(injuries.signals).toEqual(expect.arrayContaining(['number', 'attribution']))
    expect(claim('on Oct. 19').signals).toEqual(expect.arrayContaining(['date', 'hedged']))
    expect(claim('Haste had led').signals).toContain('opinion')
    expect(claim('Haste had led').checkworthiness).toBeLessThan(injuries.checkworthiness)
  })

  it('gives the same result for CRLF line ends, offsets still exact', () => {
    const crlf = SAMPLE.replace(/\n/g, '\r\n')
    const r = extract(crlf)
    expect(r.claims.map((c) => c.text)).toEqual(result.claims.map((c) => c.text))
    for (const c of [...r.claims, ...r.nonClaims]) expect(crlf.slice(c.start, c.end)).toBe(c.text)
  })
})

describe('file photo captions', () => {
  it('keeps "... in a file photo." lines out of the claims', () => {
    const text = 'Traders at a market in Hyesan, Ryanggang Province, in a file photo.\n\nThe price of rice rose by a third in two weeks, a source said.'
    const result = extract(text)
    expect(result.claims.map((c) => c.text)).toEqual(['The price of rice rose by a third in two weeks, a source said.'])
    expect(result.nonClaims.find((n) => n.kind === 'caption')?.text).toBe('Traders at a market in Hyesan, Ryanggang Province, in a file photo.')
  })
})

describe('an impersonal report with a reporter in play (session 29 decision)', () => {
  const claim = (text: string, start: string) => extract(text).claims.find((c) => c.text.startsWith(start))!

  it('is that reporter’s report, not a hedge, when the office is carried into the sentence', () => {
    const text = 'Deux cambrioleurs ont été interpellés mardi soir près du canal, a annoncé la gendarmerie de Nîmes dans un communiqué. Il est indiqué que les deux hommes transportaient des outils volés.'
    const c = claim(text, 'Il est indiqué')
    expect(c.sourcing.type).toBe('official')
    expect(c.hedge.hedged).toBe(false)
  })

  it('stays a hedge with no one in play', () => {
    const c = claim('Deux cambrioleurs ont été interpellés mardi soir près du canal. Il est indiqué que les deux hommes transportaient des outils volés.', 'Il est indiqué')
    expect(c.sourcing.type).toBe('unattributed')
    expect(c.hedge.hedged).toBe(true)
  })
})
