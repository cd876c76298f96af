import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { ArticleFile } from '../schema'
import { CORROBORATION_STATUSES } from '../vocabulary'
import { koreanArticleFile, sampleArticleFile } from './__fixtures__/sample'
import {
  buildClaimReviewExport,
  buildClaimReviews,
  CLAIM_REVIEW_BEST_RATING,
  CLAIM_REVIEW_RATINGS,
  CLAIM_REVIEW_WORST_RATING,
  describeOmissions,
  renderClaimReview,
  reviewedAt,
  reviewUrl,
} from './claimreview'
import type { ReportOptions, ReportPublisher } from './model'
import { RELATED_EARLIER_URL, RELATED_LATER_URL, sampleRelated } from './__fixtures__/related'

const text = readFileSync(new URL('../../../data/chongjin-explosion.txt', import.meta.url), 'utf8')
const files = [sampleArticleFile(text), koreanArticleFile()]
const publisher: ReportPublisher = {
  organisationName: 'NK Fact Desk',
  url: 'https://factcheck.example.org/',
  logoUrl: 'https://factcheck.example.org/logo.png',
  factCheckUrlPattern: 'https://factcheck.example.org/reviews/{article}/{claim}',
}
const options: ReportOptions = { reportedAt: '2026-11-24T10:00:00.000Z', reviewer: 'Kim Min-ji', publisher }

type Json = Record<string, any>
const isHttpUrl = (v: unknown) => typeof v === 'string' && /^https?:\/\/[^\s]+$/.test(v) && !v.startsWith('urn:')
const isDate = (v: unknown) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?$/.test(v)
const isText = (v: unknown) => typeof v === 'string' && v.trim().length > 0
const isCreativeWork = (v: any) => v === undefined || (isHttpUrl(v.url) && ['CreativeWork', 'NewsArticle'].includes(v['@type']))
// schema.org allows several values for a property: one object, or an array of them.
const isCreativeWorks = (v: any) => (Array.isArray(v) ? v.length > 1 && v.every(isCreativeWork) : isCreativeWork(v))

/**
 * Google's fact-check documentation, property by property
 * (developers.google.com/search/docs/appearance/structured-data/factcheck):
 * required properties must be present and valid in every item; recommended ones must be
 * valid wherever they are present, and present when the data to fill them exists.
 */
const GOOGLE_PROPERTIES: Array<{ path: string; status: 'required' | 'recommended'; valid: (v: any) => boolean }> = [
  { path: 'url', status: 'required', valid: isHttpUrl },
  { path: 'claimReviewed', status: 'required', valid: isText },
  { path: 'reviewRating', status: 'required', valid: (v) => v?.['@type'] === 'Rating' },
  { path: 'reviewRating.alternateName', status: 'required', valid: isText },
  { path: 'reviewRating.bestRating', status: 'recommended', valid: Number.isInteger },
  { path: 'reviewRating.worstRating', status: 'recommended', valid: Number.isInteger },
  { path: 'reviewRating.ratingValue', status: 'recommended', valid: Number.isInteger },
  { path: 'reviewRating.name', status: 'recommended', valid: isText },
  { path: 'author', status: 'recommended', valid: (v) => v?.['@type'] === 'Organization' && isText(v.name) && isHttpUrl(v.url) },
  { path: 'datePublished', status: 'recommended', valid: isDate },
  { path: 'itemReviewed', status: 'recommended', valid: (v) => v?.['@type'] === 'Claim' },
  { path: 'itemReviewed.author', status: 'recommended', valid: (v) => ['Organization', 'Person'].includes(v?.['@type']) && isText(v.name) && v.name !== 'Unknown' },
  { path: 'itemReviewed.datePublished', status: 'recommended', valid: isDate },
  { path: 'itemReviewed.appearance', status: 'recommended', valid: isCreativeWorks },
  { path: 'itemReviewed.firstAppearance', status: 'recommended', valid: isCreativeWork },
]

const at = (item: Json, path: string) => path.split('.').reduce<any>((v, key) => v?.[key], item)

describe('ClaimReview', () => {
  const items = JSON.parse(renderClaimReview(files, options)) as Json[]
  // The same export with related claims (issue 12): the table below checks both.
  const withRelated = JSON.parse(renderClaimReview(files, { ...options, related: sampleRelated })) as Json[]
  const byClaim = (id: string) => items.find((i) => i.url.endsWith(`/${id}`))!

  it('matches the reviewed golden file', async () => {
    await expect(renderClaimReview(files, options)).toMatchFileSnapshot('./__golden__/claimreview.jsonld')
  })

  it.each(GOOGLE_PROPERTIES)('$status: $path', ({ path, status, valid }) => {
    for (const item of [...items, ...withRelated]) {
      const value = at(item, path)
      if (status === 'required') expect(value, `${item.url} ${path}`).toBeDefined()
      if (value !== undefined) expect(valid(value), `${item.url} ${path} = ${JSON.stringify(value)}`).toBe(true)
    }
    // The Daily NK article has an outlet, a URL and a date: every recommended property is filled.
    for (const item of items.filter((i) => i.url.includes('/chongjin-explosion/'))) expect(at(item, path), `${item.url} ${path}`).toBeDefined()
  })

  it('gives each review the URL it is published at, from the publisher pattern', () => {
    expect(items.map((i) => i.url).sort()).toEqual(
      ['c1', 'c2', 'c3', 'c5', 'c6'].map((c) => `https://factcheck.example.org/reviews/chongjin-explosion/${c}`).concat('https://factcheck.example.org/reviews/ko-1/k1').sort(),
    )
    expect(reviewUrl('https://factcheck.example.org/chongjin', 'a 1', 'c1')).toBe('https://factcheck.example.org/chongjin#claim-a%201-c1')
    expect(reviewUrl('javascript:alert(1)//{claim}', 'a', 'c')).toBeNull()
    expect(reviewUrl('', 'a', 'c')).toBeNull()
  })

  it('exports no review without a real URL, and says which were left out and why', () => {
    for (const without of [{ ...publisher, factCheckUrlPattern: null }, null]) {
      const result = buildClaimReviewExport(files, { ...options, publisher: without })
      expect(result.reviews).toEqual([])
      expect(result.omitted.filter((o) => o.reason === 'no-review-url').map((o) => o.claimId).sort()).toEqual(['c1', 'c2', 'c3', 'c5', 'c6', 'k1'])
    }
    const hostile = buildClaimReviewExport(files, { ...options, publisher: { ...publisher, factCheckUrlPattern: 'file:///etc/{claim}' } })
    expect(hostile.reviews).toEqual([])
    expect(hostile.omitted.filter((o) => o.reason === 'invalid-review-url')).toHaveLength(6)
    const { omitted } = buildClaimReviewExport(files, options)
    expect(omitted).toEqual([{ articleId: 'chongjin-explosion', claimId: 'c4', claimNumber: 5, reason: 'unreviewed', message: 'not reviewed yet: there is no verdict to publish' }])
    expect(describeOmissions(omitted)).toBe('1 left out, not reviewed yet: there is no verdict to publish: chongjin-explosion #5')
    expect(items.map((i) => i.claimReviewed)).not.toContain('Please direct any comments or questions about this article to') // dismissed
  })

  it('is authored by the publishing organisation; the claim by the outlet', () => {
    for (const item of items) expect(item.author).toEqual({ '@type': 'Organization', name: 'NK Fact Desk', url: 'https://factcheck.example.org/', logo: 'https://factcheck.example.org/logo.png' })
    expect(byClaim('c2').itemReviewed.author).toEqual({ '@type': 'Organization', name: 'Daily NK' })
    const noOrganisation = buildClaimReviews(files, { ...options, publisher: { ...publisher, organisationName: ' ' } })
    for (const item of noOrganisation) expect(item.author).toBeUndefined()
  })

  it('describes the article the claim appeared in, and invents nothing the article lacks', () => {
    const article = {
      '@type': 'NewsArticle',
      url: 'https://www.dailynk.com/english/explosion-chongjin-chemical-textile-factory/',
      headline: files[0].article.title,
      author: { '@type': 'Person', name: 'Jong So Yong' },
      publisher: { '@type': 'Organization', name: 'Daily NK' },
      datePublished: '2020-11-02',
    }
    expect(byClaim('c2').itemReviewed).toEqual({ '@type': 'Claim', author: { '@type': 'Organization', name: 'Daily NK' }, datePublished: '2020-11-02', appearance: article, firstAppearance: article })
    // No URL, outlet, author or date: no appearance, no claim author, no date (not "Unknown", not a urn:).
    expect(byClaim('k1').itemReviewed).toEqual({ '@type': 'Claim' })
    expect(JSON.stringify(items)).not.toMatch(/urn:|Unknown/)
  })

  it('dates each review by its verdict, not by the export', () => {
    expect(byClaim('c2').datePublished).toBe('2026-11-22') // contradicted on the 22nd, after "unverified" on the 21st
    expect(byClaim('c1').datePublished).toBe('2026-11-21')
    const claim = { ...files[1].claims[0], history: [], updatedAt: '2026-11-20T09:00:00.000Z' }
    expect(reviewedAt(claim)).toBe('2026-11-20T09:00:00.000Z')
  })

  it('keeps the whole claim, and adds the reviewer\u2019s headline claim as the Claim name', () => {
    expect(byClaim('c1').claimReviewed).toBe(files[0].claims[0].anchor.quote.exact)
    expect(byClaim('c1').itemReviewed.name).toBeUndefined()
    const withHeadline: ArticleFile = { ...files[0], claims: files[0].claims.map((c) => (c.id === 'c1' ? { ...c, headline: ' Chongjin factory blast injured workers ' } : c)) }
    const [first] = buildClaimReviews([withHeadline], options)
    expect(first.claimReviewed).toBe(files[0].claims[0].anchor.quote.exact)
    expect(first.itemReviewed.name).toBe('Chongjin factory blast injured workers')
  })

  it('rates on one documented scale: a distinct value per verdict, named like it', () => {
    const rated = CORROBORATION_STATUSES.flatMap((s) => (CLAIM_REVIEW_RATINGS[s] ? [CLAIM_REVIEW_RATINGS[s]!] : []))
    expect(rated).toHaveLength(5)
    expect(new Set(rated.map((r) => r.ratingValue)).size).toBe(5)
    expect(new Set(rated.map((r) => r.alternateName)).size).toBe(5)
    for (const r of rated) expect(r.ratingValue).toBeGreaterThanOrEqual(CLAIM_REVIEW_WORST_RATING)
    for (const r of rated) expect(r.ratingValue).toBeLessThanOrEqual(CLAIM_REVIEW_BEST_RATING)
    expect(CLAIM_REVIEW_RATINGS.contradicted!.ratingValue).toBe(CLAIM_REVIEW_WORST_RATING)
    expect(CLAIM_REVIEW_RATINGS.corroborated!.ratingValue).toBe(CLAIM_REVIEW_BEST_RATING)
    expect(CLAIM_REVIEW_RATINGS.unreviewed).toBeNull()
    for (const item of items) expect(item.reviewRating.name).toBe(item.reviewRating.alternateName)
    expect(byClaim('c2').reviewRating).toMatchObject({ ratingValue: 1, alternateName: 'Contradicted' })
    expect(byClaim('c1').reviewRating).toMatchObject({ ratingValue: 3, alternateName: 'Unverified' })
    // The exchange docs state the same scale.
    const docs = readFileSync(new URL('../../../docs/exchange.md', import.meta.url), 'utf8')
    for (const r of rated) expect(docs).toContain(`| ${r.ratingValue} | ${r.alternateName} |`)
  })

  it('respects the claim filter', () => {
    expect(buildClaimReviews(files, { ...options, filter: { corroboration: ['contradicted'] } })).toHaveLength(1)
  })

  it('lists the other reports of the same claim the reviewer confirmed, with a real URL, as further appearances', () => {
    const c1 = withRelated.find((i) => i.url.endsWith('/c1'))!
    const own = byClaim('c1').itemReviewed.appearance
    // Own article first; the suggested, the rejected, the one without a URL and the javascript: one are left out; the same page once.
    expect(c1.itemReviewed.appearance).toEqual([
      own,
      { '@type': 'NewsArticle', url: RELATED_EARLIER_URL, headline: 'Blast at Chongjin chemical plant', publisher: { '@type': 'Organization', name: 'North News' }, datePublished: '2020-10-31' },
      { '@type': 'NewsArticle', url: RELATED_LATER_URL, headline: 'Chongjin plant explosion', publisher: { '@type': 'Organization', name: 'East Asia Wire' }, datePublished: '2020-11-05' },
    ])
    expect(JSON.stringify(c1)).not.toMatch(/guess\.example|other\.example|javascript:|urn:/)
    // The earliest dated report is where the claim first appeared.
    expect(c1.itemReviewed.firstAppearance.url).toBe(RELATED_EARLIER_URL)
    // Claims without related reports are exactly as before.
    expect(withRelated.filter((i) => !i.url.endsWith('/c1'))).toEqual(items.filter((i) => !i.url.endsWith('/c1')))
  })

  it('keeps the article as first appearance when no other report is dated earlier, and lists only confirmed links', () => {
    const later = { 'chongjin-explosion/c1': { ...sampleRelated['chongjin-explosion/c1'], linked: sampleRelated['chongjin-explosion/c1'].linked.filter((l) => l.url !== RELATED_EARLIER_URL) } }
    const [c1] = buildClaimReviews(files, { ...options, related: later }).filter((i) => i.url.endsWith('/c1'))
    expect(c1.itemReviewed.firstAppearance).toEqual(byClaim('c1').itemReviewed.firstAppearance)
    const suggestedOnly = { 'chongjin-explosion/c1': { ...sampleRelated['chongjin-explosion/c1'], linked: sampleRelated['chongjin-explosion/c1'].linked.map((l) => ({ ...l, status: 'suggested' as const })) } }
    const [plain] = buildClaimReviews(files, { ...options, related: suggestedOnly }).filter((i) => i.url.endsWith('/c1'))
    expect(plain.itemReviewed).toEqual(byClaim('c1').itemReviewed)
  })
})
