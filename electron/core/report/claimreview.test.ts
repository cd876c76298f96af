import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CORROBORATION_STATUSES } from '../vocabulary'
import { koreanArticleFile, sampleArticleFile } from './__fixtures__/sample'
import { buildClaimReviews, CLAIM_REVIEW_BEST_RATING, CLAIM_REVIEW_RATINGS, CLAIM_REVIEW_WORST_RATING, renderClaimReview } from './claimreview'

const text = readFileSync(new URL('../../../data/chongjin-explosion.txt', import.meta.url), 'utf8')
const files = [sampleArticleFile(text), koreanArticleFile()]
const options = { reportedAt: '2026-11-24T10:00:00.000Z', reviewer: 'Kim Min-ji', organization: 'Claimdesk Desk', reviewBaseUrl: 'https://factcheck.example.org/chongjin' }

const isAgent = (v: unknown) =>
  typeof v === 'object' && v !== null && ['Organization', 'Person'].includes((v as Record<string, string>)['@type']) && typeof (v as Record<string, string>).name === 'string' && (v as Record<string, string>).name.length > 0

describe('ClaimReview', () => {
  const items = buildClaimReviews(files, options)

  it('matches the reviewed golden file', async () => {
    await expect(renderClaimReview(files, options)).toMatchFileSnapshot('./__golden__/claimreview.jsonld')
  })

  it('emits one item per reviewed active claim; unreviewed and dismissed claims are absent', () => {
    expect(items.map((i) => i.url.split('#')[1]).sort()).toEqual(
      ['claim-chongjin-explosion-c1', 'claim-chongjin-explosion-c2', 'claim-chongjin-explosion-c3', 'claim-chongjin-explosion-c5', 'claim-chongjin-explosion-c6', 'claim-ko-1-k1'].sort(),
    )
    const reviewed = items.map((i) => i.claimReviewed)
    expect(reviewed).not.toContain('The explosion was reportedly so powerful that local residents near the factory could hear it loud and clear.')
    expect(reviewed).not.toContain('Please direct any comments or questions about this article to')
  })

  it('gives every item the required properties with the right types', () => {
    for (const item of JSON.parse(renderClaimReview(files, options)) as Record<string, any>[]) {
      expect(item['@context']).toBe('https://schema.org')
      expect(item['@type']).toBe('ClaimReview')
      expect(typeof item.claimReviewed).toBe('string')
      expect(item.claimReviewed.length).toBeGreaterThan(0)
      expect(item.datePublished).toBe('2026-11-24')
      expect(item.url).toMatch(/^https:\/\/factcheck\.example\.org\/chongjin#claim-/)
      expect(isAgent(item.author)).toBe(true)
      const rating = item.reviewRating
      expect(rating['@type']).toBe('Rating')
      for (const key of ['ratingValue', 'bestRating', 'worstRating']) expect(Number.isInteger(rating[key]), key).toBe(true)
      expect(rating.ratingValue).toBeGreaterThanOrEqual(rating.worstRating)
      expect(rating.ratingValue).toBeLessThanOrEqual(rating.bestRating)
      expect(typeof rating.alternateName).toBe('string')
      expect(item.itemReviewed['@type']).toBe('Claim')
      expect(isAgent(item.itemReviewed.author)).toBe(true)
      const appearance = item.itemReviewed.appearance
      expect(['NewsArticle', 'CreativeWork']).toContain(appearance['@type'])
      expect(typeof appearance.url).toBe('string')
      expect(typeof appearance.headline).toBe('string')
    }
  })

  it('maps corroboration through the one documented table', () => {
    const byQuote = new Map(items.map((i) => [i.claimReviewed, i.reviewRating]))
    expect(byQuote.get('Two people received serious injuries, while five received minor injuries.')).toMatchObject({ ratingValue: 1, alternateName: 'False' })
    expect(byQuote.get('It reportedly began pertinent experiments on Oct. 19.')).toMatchObject({ ratingValue: 5, alternateName: 'True' })
    expect(CLAIM_REVIEW_RATINGS.unreviewed).toBeNull()
    for (const status of CORROBORATION_STATUSES) {
      const rating = CLAIM_REVIEW_RATINGS[status]
      if (rating) expect(rating.ratingValue).toBeGreaterThanOrEqual(CLAIM_REVIEW_WORST_RATING)
      if (rating) expect(rating.ratingValue).toBeLessThanOrEqual(CLAIM_REVIEW_BEST_RATING)
    }
  })

  it('describes the article the claim appeared in', () => {
    const first = items.find((i) => i.url.endsWith('-c2'))!
    expect(first.itemReviewed).toMatchObject({
      author: { '@type': 'Organization', name: 'Daily NK' },
      datePublished: '2020-11-02',
      appearance: { '@type': 'NewsArticle', url: 'https://www.dailynk.com/english/explosion-chongjin-chemical-textile-factory/', headline: files[0].article.title, author: { '@type': 'Person', name: 'Jong So Yong' } },
    })
    expect(first.author).toEqual({ '@type': 'Organization', name: 'Claimdesk Desk' })
    const korean = items.find((i) => i.url.endsWith('-k1'))!
    expect(korean.itemReviewed.appearance).toEqual({ '@type': 'CreativeWork', url: 'urn:claimdesk:article:ko-1', headline: '청진 폭발, "부상자 7명"' })
    expect(korean.itemReviewed.datePublished).toBeUndefined()
  })

  it('falls back to the reviewer as author and to URNs without a base URL', () => {
    const plain = buildClaimReviews(files, { reportedAt: options.reportedAt, reviewer: 'Kim Min-ji' })
    expect(plain[0].author).toEqual({ '@type': 'Person', name: 'Kim Min-ji' })
    expect(plain[0].url).toMatch(/^urn:claimdesk:claim:chongjin-explosion:c\d$/)
    const hostile = buildClaimReviews(files, { ...options, reviewBaseUrl: 'javascript:alert(1)' })
    for (const item of hostile) expect(item.url.startsWith('urn:')).toBe(true)
  })

  it('respects the claim filter', () => {
    expect(buildClaimReviews(files, { ...options, filter: { corroboration: ['contradicted'] } })).toHaveLength(1)
  })
})
