// schema.org ClaimReview JSON-LD, one item per reviewed claim, shaped the way Google's
// fact-check documentation asks (required: url, claimReviewed, reviewRating.alternateName;
// recommended: author, datePublished, itemReviewed {author, datePublished, appearance,
// firstAppearance}, Rating {ratingValue, bestRating, worstRating, name}).
//
// A ClaimReview's `url` must be the page that publishes the fact-check. Claimdesk does
// not publish: the publisher's URL pattern (Settings → Publisher) says where each review
// will live. A review without a real http(s) URL is left out, never given an invented one,
// and `omitted` says which and why. Nothing is invented elsewhere either: an unknown
// outlet, article URL or date leaves the property out.
import type { ArticleFile, Claim } from '../schema'
import { CORROBORATION_LABELS, type Corroboration } from '../vocabulary'
import { safeHttpUrl } from './escape'
import { factCheckUrl } from '../settings-values'
import { isoDate, prepareReport, type ReportOptions, type ReportPublisher } from './model'
import { claimAppearances, firstAppearance, schemaDate, type CreativeWorkRef } from './claimreview-appearances'

export type { CreativeWorkRef } from './claimreview-appearances'

export interface ClaimReviewRating {
  ratingValue: number
  alternateName: string
  ratingExplanation: string
}

export const CLAIM_REVIEW_BEST_RATING = 5
export const CLAIM_REVIEW_WORST_RATING = 1

/**
 * The one rating scale (docs/exchange.md): how far independent evidence supports the claim,
 * 1 (contradicted) to 5 (corroborated), one distinct value per verdict. `alternateName` and
 * `name` are the verdict in Claimdesk's words: "Corroborated", not "True", because a
 * corroborated claim is confirmed by independent sources, not proven. Unverified (looked,
 * found nothing either way) sits above unverifiable (cannot be checked in principle):
 * a later check may still settle the first, never the second.
 * Unreviewed claims have no verdict and are not exported (`null`).
 */
export const CLAIM_REVIEW_RATINGS: Record<Corroboration, ClaimReviewRating | null> = {
  unreviewed: null,
  contradicted: { ratingValue: 1, alternateName: CORROBORATION_LABELS.contradicted, ratingExplanation: 'Contradicted: independent evidence says otherwise.' },
  unverifiable: { ratingValue: 2, alternateName: CORROBORATION_LABELS.unverifiable, ratingExplanation: 'Unverifiable: the claim cannot be checked in principle.' },
  unverified: { ratingValue: 3, alternateName: CORROBORATION_LABELS.unverified, ratingExplanation: 'Unverified: no independent confirmation or contradiction was found.' },
  'partly-corroborated': {
    ratingValue: 4,
    alternateName: CORROBORATION_LABELS['partly-corroborated'],
    ratingExplanation: 'Partly corroborated: one independent source confirms it, or only part of it is confirmed.',
  },
  corroborated: { ratingValue: 5, alternateName: CORROBORATION_LABELS.corroborated, ratingExplanation: 'Corroborated: at least two independent sources confirm it.' },
}

interface Organization {
  '@type': 'Organization'
  name: string
  url?: string
  logo?: string
}
interface Person {
  '@type': 'Person'
  name: string
}
type Agent = Organization | Person

export interface ClaimReviewItem {
  '@context': 'https://schema.org'
  '@type': 'ClaimReview'
  url: string
  claimReviewed: string
  datePublished: string
  author?: Organization
  reviewRating: {
    '@type': 'Rating'
    ratingValue: number
    bestRating: number
    worstRating: number
    alternateName: string
    name: string
    ratingExplanation: string
  }
  itemReviewed: {
    '@type': 'Claim'
    /** The reviewer's short "headline claim", when written; claimReviewed keeps the whole claim. */
    name?: string
    author?: Agent
    datePublished?: string
    /** The claim's article, then the reviewer-confirmed reports of the same claim elsewhere; one object when there is one. */
    appearance?: CreativeWorkRef | CreativeWorkRef[]
    firstAppearance?: CreativeWorkRef
  }
}

export type ClaimReviewOmission = 'unreviewed' | 'no-review-url' | 'invalid-review-url'

export const OMISSION_REASONS: Record<ClaimReviewOmission, string> = {
  unreviewed: 'not reviewed yet: there is no verdict to publish',
  'no-review-url': 'no URL for published fact-checks is set (Settings → Publisher)',
  'invalid-review-url': 'the publisher URL pattern does not give an http(s) URL for this claim',
}

export interface OmittedClaimReview {
  articleId: string
  claimId: string
  /** The claim's number in its article, as in the other reports. */
  claimNumber: number
  reason: ClaimReviewOmission
  message: string
}

export interface ClaimReviewExport {
  reviews: ClaimReviewItem[]
  omitted: OmittedClaimReview[]
}

/** The published fact-check's URL from the publisher's pattern (factCheckUrl), or null when that is not http(s). */
export function reviewUrl(pattern: string | null | undefined, articleId: string, claimId: string): string | null {
  if (!pattern?.trim()) return null
  return safeHttpUrl(factCheckUrl(pattern.trim(), articleId, claimId))
}

/** When the verdict was given: the latest change of the claim's corroboration, else its last change. */
export function reviewedAt(claim: Claim): string {
  let latest: string | null = null
  for (const change of claim.history) if (change.field === 'corroboration' && (!latest || change.at > latest)) latest = change.at
  return latest ?? claim.updatedAt
}

function publisherAgent(publisher: ReportPublisher | null | undefined): Organization | undefined {
  const name = publisher?.organisationName?.trim()
  if (!name) return undefined
  const agent: Organization = { '@type': 'Organization', name }
  const url = safeHttpUrl(publisher?.url)
  if (url) agent.url = url
  const logo = safeHttpUrl(publisher?.logoUrl)
  if (logo) agent.logo = logo
  return agent
}

/** Who made the claim: the outlet that published it, else the article's named author, else nobody (left out). */
function claimAuthor(file: ArticleFile): Agent | undefined {
  const a = file.article
  if (a.outlet?.trim()) return { '@type': 'Organization', name: a.outlet.trim() }
  if (a.author?.trim()) return { '@type': 'Person', name: a.author.trim() }
  return undefined
}

export function buildClaimReviewExport(files: readonly ArticleFile[], options: ReportOptions): ClaimReviewExport {
  const report = prepareReport(files, options)
  const author = publisherAgent(options.publisher)
  const pattern = options.publisher?.factCheckUrlPattern
  const reviews: ClaimReviewItem[] = []
  const omitted: OmittedClaimReview[] = []
  for (const { file, claims } of report.articles) {
    const a = file.article
    const claimAuthorAgent = claimAuthor(file)
    const claimDate = schemaDate(a.publishedAt)
    for (const { claim, number } of claims) {
      const omit = (reason: ClaimReviewOmission) => omitted.push({ articleId: a.id, claimId: claim.id, claimNumber: number, reason, message: OMISSION_REASONS[reason] })
      const rating = CLAIM_REVIEW_RATINGS[claim.corroboration]
      if (!rating) {
        omit('unreviewed')
        continue
      }
      const url = reviewUrl(pattern, a.id, claim.id)
      if (!url) {
        omit(pattern?.trim() ? 'invalid-review-url' : 'no-review-url')
        continue
      }
      const itemReviewed: ClaimReviewItem['itemReviewed'] = { '@type': 'Claim' }
      const headline = claim.headline?.trim()
      if (headline) itemReviewed.name = headline
      if (claimAuthorAgent) itemReviewed.author = claimAuthorAgent
      if (claimDate) itemReviewed.datePublished = claimDate
      // The article and the confirmed reports of the same claim elsewhere (issue 12); the earliest of them first appeared.
      const appearances = claimAppearances(file, claim.id, options.related)
      if (appearances.length > 0) itemReviewed.appearance = appearances.length === 1 ? appearances[0] : appearances
      const first = firstAppearance(file, appearances)
      if (first) itemReviewed.firstAppearance = first
      const review: ClaimReviewItem = {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url,
        claimReviewed: claim.anchor.quote.exact,
        datePublished: isoDate(reviewedAt(claim)),
        reviewRating: {
          '@type': 'Rating',
          ratingValue: rating.ratingValue,
          bestRating: CLAIM_REVIEW_BEST_RATING,
          worstRating: CLAIM_REVIEW_WORST_RATING,
          alternateName: rating.alternateName,
          name: rating.alternateName,
          ratingExplanation: rating.ratingExplanation,
        },
        itemReviewed,
      }
      if (author) review.author = author
      reviews.push(review)
    }
  }
  return { reviews, omitted }
}

/** Only the reviews that can be published (see buildClaimReviewExport for what is left out). */
export function buildClaimReviews(files: readonly ArticleFile[], options: ReportOptions): ClaimReviewItem[] {
  return buildClaimReviewExport(files, options).reviews
}

/** The export file: a JSON array of ClaimReview items (each carries its own @context). */
export function claimReviewJson(reviews: readonly ClaimReviewItem[]): string {
  return `${JSON.stringify(reviews, null, 2)}\n`
}

export function renderClaimReview(files: readonly ArticleFile[], options: ReportOptions): string {
  return claimReviewJson(buildClaimReviews(files, options))
}

/** "3 ClaimReviews left out: 2 not reviewed yet ...", one line per reason; '' when none is. */
export function describeOmissions(omitted: readonly OmittedClaimReview[]): string {
  const byReason = new Map<ClaimReviewOmission, OmittedClaimReview[]>()
  for (const o of omitted) byReason.set(o.reason, [...(byReason.get(o.reason) ?? []), o])
  return [...byReason]
    .map(([reason, list]) => {
      const claims = list.slice(0, 12).map((o) => `${o.articleId} #${o.claimNumber}`).join(', ')
      return `${list.length} left out, ${OMISSION_REASONS[reason]}: ${claims}${list.length > 12 ? ', ...' : ''}`
    })
    .join('\n')
}
