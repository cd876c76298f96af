import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ArticleFileSchema } from '../schema'
import { koreanArticleFile, sampleArticleFile } from './__fixtures__/sample'
import { describeFilter, prepareReport, selectArticles } from './model'
import { restsOnSingleAnonymousSource, summarize } from './summary'

const text = readFileSync(new URL('../../../data/chongjin-explosion.txt', import.meta.url), 'utf8')
const sample = sampleArticleFile(text)
const korean = koreanArticleFile()
const options = { reportedAt: '2026-11-24T10:00:00.000Z', reviewer: 'Kim Min-ji' }

describe('fixtures', () => {
  it('are valid article files', () => {
    expect(() => ArticleFileSchema.parse(sample)).not.toThrow()
    expect(() => ArticleFileSchema.parse(korean)).not.toThrow()
  })
})

describe('summarize', () => {
  it('counts the sample article', () => {
    const s = summarize([sample])
    expect(s).toMatchObject({
      articles: 1,
      claims: 6,
      reviewed: 5,
      corroborated: 1,
      partlyCorroborated: 1,
      contradicted: 1,
      unverified: 1,
      unverifiable: 1,
      unreviewed: 1,
      dismissed: 1,
      orphaned: 0,
      hedged: 4,
    })
    // c1, c2 (contradicting evidence does not back it up), c4, c6; c3 has independent support; c5 is the outlet's own.
    expect(s.singleAnonymousSource).toBe(4)
  })

  it('adds up across articles and ignores dismissed and orphaned claims', () => {
    const orphaned = { ...korean, claims: [...korean.claims, { ...korean.claims[0], id: 'k2', state: 'orphaned' as const, corroboration: 'corroborated' as const }] }
    const s = summarize([sample, orphaned])
    expect(s.articles).toBe(2)
    expect(s.claims).toBe(7)
    expect(s.unverified).toBe(2)
    expect(s.corroborated).toBe(1)
    expect(s.orphaned).toBe(1)
    expect(s.singleAnonymousSource).toBe(5)
  })

  it('treats non-independent support as no support', () => {
    const c = sample.claims[0]
    expect(restsOnSingleAnonymousSource({ ...c, evidence: [{ ...sample.claims[2].evidence[0], independent: false }] })).toBe(true)
    expect(restsOnSingleAnonymousSource({ ...c, evidence: [sample.claims[2].evidence[0]] })).toBe(false)
  })

  it('is empty for no articles', () => {
    expect(summarize([])).toMatchObject({ articles: 0, claims: 0, reviewed: 0, singleAnonymousSource: 0 })
  })
})

describe('prepareReport', () => {
  it('lists active claims in document order, numbered stably under a filter', () => {
    const full = prepareReport([sample], options)
    expect(full.articles[0].claims.map((c) => c.claim.id)).toEqual(['c1', 'c5', 'c3', 'c4', 'c2', 'c6'].sort((a, b) =>
      sample.claims.find((c) => c.id === a)!.anchor.position.start - sample.claims.find((c) => c.id === b)!.anchor.position.start))
    const numberOf = new Map(full.articles[0].claims.map((c) => [c.claim.id, c.number]))
    const only = prepareReport([sample], { ...options, filter: { corroboration: ['contradicted', 'corroborated'] } })
    expect(only.articles[0].claims.map((c) => c.claim.id).sort()).toEqual(['c2', 'c3'])
    for (const c of only.articles[0].claims) expect(c.number).toBe(numberOf.get(c.claim.id))
    expect(only.listedClaims).toBe(2)
    expect(only.summary.claims).toBe(6)
  })

  it('filters to claims resting on a single anonymous source', () => {
    const only = prepareReport([sample], { ...options, filter: { singleAnonymousSource: true } })
    expect(only.articles[0].claims.map((c) => c.claim.id).sort()).toEqual(['c1', 'c2', 'c4', 'c6'])
    expect(only.filterLabel).toBe('only claims: resting on a single anonymous source')
  })

  it('finds the last reviewer from the history', () => {
    const report = prepareReport([sample], options)
    const c2 = report.articles[0].claims.find((c) => c.claim.id === 'c2')!
    expect(c2.lastReviewer).toBe('Lee "Editor" Park')
    expect(report.articles[0].claims.find((c) => c.claim.id === 'c4')!.lastReviewer).toBe('')
  })

  it('describes filters in words', () => {
    expect(describeFilter(undefined)).toBeNull()
    expect(describeFilter({ corroboration: [] })).toBeNull()
    expect(describeFilter({ corroboration: ['contradicted', 'partly-corroborated'] })).toBe('only claims: contradicted, partly corroborated')
  })
})

describe('selectArticles', () => {
  it('picks by id in the order asked and rejects unknown ids', () => {
    expect(selectArticles([sample, korean], ['ko-1', 'chongjin-explosion']).map((f) => f.article.id)).toEqual(['ko-1', 'chongjin-explosion'])
    expect(selectArticles([sample, korean], 'all')).toHaveLength(2)
    expect(() => selectArticles([sample], ['nope'])).toThrow('no article with id "nope"')
  })
})
