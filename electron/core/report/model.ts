// What every claim report is built from: the selected articles, their listed claims
// in document order, and the summary. Renderers only format this; they decide nothing.
import type { RelatedReport } from '../corroboration/report-entries'
import type { ArticleFile, Claim } from '../schema'
import { CORROBORATION_LABELS, type Corroboration } from '../vocabulary'

/** The order reports list statuses in: findings first, the untouched last. */
export const REPORT_STATUS_ORDER: readonly Corroboration[] = ['corroborated', 'partly-corroborated', 'contradicted', 'unverified', 'unverifiable', 'unreviewed']

/** "1 claim", "2 claims". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
import { codePointOffsets } from './offsets'
import { independentSupportCount, restsOnSingleAnonymousSource, summarize, type ReportSummary } from './summary'

/** Which claims a report lists. Without a filter: every active claim. */
export interface ClaimFilter {
  /** Only claims with one of these corroboration statuses. */
  corroboration?: readonly Corroboration[]
  /** Only claims that rest on a single anonymous source. */
  singleAnonymousSource?: boolean
}

/** Everything a report needs besides the articles. Passed in, so the same input gives the same bytes. */
export interface ReportOptions {
  /** ISO time the report is made, printed in it (the caller reads the clock, renderers never do). */
  reportedAt: string
  /** Who made the report. */
  reviewer: string
  /** The fact-checking organisation, if any, named in the report's byline. */
  organization?: string | null
  /** Who publishes the fact-checks: ClaimReview's author and url. Without a URL pattern no ClaimReview is exported. */
  publisher?: ReportPublisher | null
  filter?: ClaimFilter
  /** Defaults to the article's title for one article, "Claim report: N articles" for more. */
  title?: string
  /** Related claims in other articles and conflicting figures (issue 12); absent: not reported. */
  related?: RelatedReport
}

/**
 * The publisher settings a ClaimReview export needs. The app's Settings → Publisher
 * (core/settings.ts `AppSettings.publisher`) has exactly this shape and is passed in as is;
 * the CLI builds it from --organization, --publisher-url, --publisher-logo, --review-url.
 */
export interface ReportPublisher {
  /** The fact-checking organisation: ClaimReview `author` (an Organization). Empty: no author is given. */
  organisationName: string
  /** The organisation's home page: `author.url`. */
  url: string | null
  /** Its logo (an image URL): `author.logo`. */
  logoUrl: string | null
  /**
   * Where each fact-check is published: `{article}` and `{claim}` are replaced by the ids
   * (core/settings-values.ts factCheckUrl); without `{claim}`, `#claim-<article>-<claim>` is added.
   */
  factCheckUrlPattern: string | null
}

export interface ReportedClaim {
  claim: Claim
  /** 1-based position among the article's active claims in document order: the same in filtered and full reports. */
  number: number
  singleAnonymousSource: boolean
  independentSupport: number
  /** Who made the latest recorded change, '' if none is recorded. */
  lastReviewer: string
  /** The claim's place in the article text in Unicode code points, as every export counts it (the workspace stores UTF-16). */
  position: { start: number; end: number }
}

export interface ReportedArticle {
  file: ArticleFile
  summary: ReportSummary
  claims: ReportedClaim[]
}

export interface PreparedReport {
  /** The document title (HTML <title>, PDF /Title). */
  title: string
  /** The report's heading: says it is a claim report even when the title is the article's. */
  heading: string
  reviewer: string
  organization: string | null
  reportedAt: string
  /** Human description of the claim filter, null when every active claim is listed. */
  filterLabel: string | null
  summary: ReportSummary
  articles: ReportedArticle[]
  listedClaims: number
}

/** Picks articles by id, in the order asked; 'all' keeps the given order. Unknown ids throw. */
export function selectArticles(files: readonly ArticleFile[], ids: 'all' | readonly string[]): ArticleFile[] {
  if (ids === 'all') return [...files]
  const byId = new Map(files.map((f) => [f.article.id, f]))
  return ids.map((id) => {
    const file = byId.get(id)
    if (!file) throw new Error(`no article with id "${id}"`)
    return file
  })
}

export function describeFilter(filter: ClaimFilter | undefined): string | null {
  if (!filter) return null
  const parts: string[] = []
  if (filter.corroboration && filter.corroboration.length > 0) {
    parts.push(filter.corroboration.map((c) => CORROBORATION_LABELS[c].toLowerCase()).join(', '))
  }
  if (filter.singleAnonymousSource) parts.push('resting on a single anonymous source')
  return parts.length > 0 ? `only claims: ${parts.join('; ')}` : null
}

function lastReviewer(claim: Claim): string {
  let latest: Claim['history'][number] | undefined
  for (const change of claim.history) if (!latest || change.at >= latest.at) latest = change
  return latest?.by ?? ''
}

function byPosition(a: Claim, b: Claim): number {
  return a.anchor.position.start - b.anchor.position.start || a.anchor.position.end - b.anchor.position.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/** The document's title (the PDF's too): the article's own for one article, the count for more. */
export function defaultTitle(files: readonly ArticleFile[]): string {
  if (files.length === 1) return files[0].article.title.trim() || 'Claim report'
  return `Claim report: ${plural(files.length, 'article')}`
}

export function prepareReport(files: readonly ArticleFile[], options: ReportOptions): PreparedReport {
  const filter = options.filter
  const statuses = filter?.corroboration && filter.corroboration.length > 0 ? new Set(filter.corroboration) : null
  let listedClaims = 0
  const articles = files.map((file): ReportedArticle => {
    const active = file.claims.filter((c) => c.state === 'active').sort(byPosition)
    const claims: ReportedClaim[] = []
    const toCodePoints = codePointOffsets(file.article.text)
    active.forEach((claim, index) => {
      const single = restsOnSingleAnonymousSource(claim)
      if (statuses && !statuses.has(claim.corroboration)) return
      if (filter?.singleAnonymousSource && !single) return
      claims.push({
        claim,
        number: index + 1,
        singleAnonymousSource: single,
        independentSupport: independentSupportCount(claim),
        lastReviewer: lastReviewer(claim),
        position: { start: toCodePoints(claim.anchor.position.start), end: toCodePoints(claim.anchor.position.end) },
      })
    })
    listedClaims += claims.length
    return { file, summary: summarize([file]), claims }
  })
  const title = options.title ?? defaultTitle(files)
  return {
    title,
    heading: title.startsWith('Claim report') ? title : `Claim report: ${title}`,
    reviewer: options.reviewer,
    organization: options.organization ?? null,
    reportedAt: options.reportedAt,
    filterLabel: describeFilter(filter),
    summary: summarize(files),
    articles,
    listedClaims,
  }
}

const UTC_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?Z$/

/** "2026-11-24 09:30 UTC" from an ISO time; anything unparsable is shown as given. */
export function formatTime(iso: string): string {
  // Fast path for what the app stores (toISOString output); reports format tens of thousands.
  if (iso.length >= 17 && iso.endsWith('Z') && UTC_ISO.test(iso)) return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`
  const time = Date.parse(iso)
  if (Number.isNaN(time)) return iso
  return `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

/** The date part of an ISO time ("2026-11-24"), for schema.org `datePublished`. */
export function isoDate(iso: string): string {
  const time = Date.parse(iso)
  return Number.isNaN(time) ? iso : new Date(time).toISOString().slice(0, 10)
}

/** A stable identifier for an article that has no URL. */
export function articleUrn(articleId: string): string {
  return `urn:claimdesk:article:${articleId}`
}
