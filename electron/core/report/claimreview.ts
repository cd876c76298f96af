// schema.org ClaimReview JSON-LD, one item per reviewed claim, for publishing a
// fact-check (search engines, the Google Fact Check Tools API, fact-check databases).
import type { ArticleFile } from '../schema'
import type { Corroboration } from '../vocabulary'
import { articleUrn, isoDate, prepareReport, type ReportOptions } from './model'
import { safeHttpUrl } from './escape'

export interface ClaimReviewRating {
  ratingValue: number
  alternateName: string
  ratingExplanation: string
}

export const CLAIM_REVIEW_BEST_RATING = 5
export const CLAIM_REVIEW_WORST_RATING = 1

/**
 * The one mapping from corroboration to a ClaimReview rating, on a 1 (worst) to 5 (best) scale.
 * `alternateName` is the textual verdict readers see; consumers are asked to prefer it to the number.
 * - contradicted → 1 "False", partly-corroborated → 3 "Partly true", corroborated → 5 "True".
 * - unverified and unverifiable are neither true nor false: they take the neutral midpoint 3 and say
 *   so in their name ("Unproven", "Unverifiable"); ratingValue must lie within the scale, so there is
 *   no "no rating" number. A consumer that reads only ratingValue cannot tell them from "Partly true":
 *   that is the price of a numeric field for a non-numeric verdict.
 * - unreviewed claims are not emitted at all (`null`).
 * `ratingExplanation` keeps Claimdesk's own, more careful wording: corroborated means an independent
 * source confirms it, not that it is proven.
 */
export const CLAIM_REVIEW_RATINGS: Record<Corroboration, ClaimReviewRating | null> = {
  unreviewed: null,
  contradicted: { ratingValue: 1, alternateName: 'False', ratingExplanation: 'Contradicted: independent evidence says otherwise.' },
  'partly-corroborated': { ratingValue: 3, alternateName: 'Partly true', ratingExplanation: 'Partly corroborated: part of the claim is confirmed by an independent source.' },
  corroborated: { ratingValue: 5, alternateName: 'True', ratingExplanation: 'Corroborated: at least one independent source confirms it.' },
  unverified: { ratingValue: 3, alternateName: 'Unproven', ratingExplanation: 'Unverified: no independent confirmation or contradiction was found.' },
  unverifiable: { ratingValue: 3, alternateName: 'Unverifiable', ratingExplanation: 'Unverifiable: the claim cannot be checked in principle.' },
}

type Agent = { '@type': 'Organization' | 'Person'; name: string }

export interface ClaimReviewItem {
  '@context': 'https://schema.org'
  '@type': 'ClaimReview'
  url: string
  claimReviewed: string
  datePublished: string
  author: Agent
  reviewRating: {
    '@type': 'Rating'
    ratingValue: number
    bestRating: number
    worstRating: number
    alternateName: string
    ratingExplanation: string
  }
  itemReviewed: {
    '@type': 'Claim'
    author: Agent
    datePublished?: string
    appearance: { '@type': 'NewsArticle' | 'CreativeWork'; url: string; headline: string; author?: Agent; datePublished?: string }
  }
}

/** The author of the claim: the outlet that published it, else the article's author. */
function claimAuthor(file: ArticleFile): Agent {
  const a = file.article
  if (a.outlet) return { '@type': 'Organization', name: a.outlet }
  if (a.author) return { '@type': 'Person', name: a.author }
  return { '@type': 'Organization', name: 'Unknown' }
}

function reviewUrl(base: string | null | undefined, articleId: string, claimId: string): string {
  const fragment = `claim-${articleId}-${claimId}`
  const safe = safeHttpUrl(base)
  return safe ? `${safe.split('#')[0]}#${fragment}` : `urn:claimdesk:claim:${articleId}:${claimId}`
}

export function buildClaimReviews(files: readonly ArticleFile[], options: ReportOptions): ClaimReviewItem[] {
  const report = prepareReport(files, options)
  const reviewer: Agent = options.organization
    ? { '@type': 'Organization', name: options.organization }
    : { '@type': 'Person', name: options.reviewer || 'Unknown' }
  const datePublished = isoDate(options.reportedAt)
  const items: ClaimReviewItem[] = []
  for (const { file, claims } of report.articles) {
    const a = file.article
    const author = claimAuthor(file)
    const appearance: ClaimReviewItem['itemReviewed']['appearance'] = {
      '@type': a.outlet ? 'NewsArticle' : 'CreativeWork',
      url: safeHttpUrl(a.url) ?? articleUrn(a.id),
      headline: a.title,
    }
    if (a.author) appearance.author = { '@type': 'Person', name: a.author }
    if (a.publishedAt) appearance.datePublished = a.publishedAt
    for (const { claim } of claims) {
      const rating = CLAIM_REVIEW_RATINGS[claim.corroboration]
      if (!rating) continue
      const itemReviewed: ClaimReviewItem['itemReviewed'] = { '@type': 'Claim', author, appearance }
      if (a.publishedAt) itemReviewed.datePublished = a.publishedAt
      items.push({
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url: reviewUrl(options.reviewBaseUrl, a.id, claim.id),
        claimReviewed: claim.anchor.quote.exact,
        datePublished,
        author: reviewer,
        reviewRating: {
          '@type': 'Rating',
          ratingValue: rating.ratingValue,
          bestRating: CLAIM_REVIEW_BEST_RATING,
          worstRating: CLAIM_REVIEW_WORST_RATING,
          alternateName: rating.alternateName,
          ratingExplanation: rating.ratingExplanation,
        },
        itemReviewed,
      })
    }
  }
  return items
}

/** A JSON array of ClaimReview items (each carries its own @context). */
export function renderClaimReview(files: readonly ArticleFile[], options: ReportOptions): string {
  return `${JSON.stringify(buildClaimReviews(files, options), null, 2)}\n`
}

