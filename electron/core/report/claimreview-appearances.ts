// Where a reviewed claim appears, for ClaimReview's `itemReviewed.appearance` and
// `firstAppearance`: the claim's own article, plus the other reports of the same claim
// (related claims, issue 12) that the reviewer confirmed. A ClaimReview is published:
// a link the app only suggested is not the fact-checker's statement, and a rejected one
// says "not the same fact", so neither is listed. Nothing is invented: a report without a
// real http(s) URL is left out (never a urn:), and the same page is listed once.
import { reportedLinks, type RelatedReport, type RelatedReportClaim } from '../corroboration/report-entries'
import type { ArticleFile } from '../schema'
import { safeHttpUrl } from './escape'
import { isoDate } from './model'

export interface CreativeWorkRef {
  '@type': 'NewsArticle' | 'CreativeWork'
  url: string
  headline?: string
  author?: { '@type': 'Person'; name: string }
  publisher?: { '@type': 'Organization'; name: string }
  datePublished?: string
}

/** A date as schema.org wants it (ISO 8601), or undefined for what is not a date ("last Tuesday"). */
export function schemaDate(value: string | null): string | undefined {
  if (!value) return undefined
  const trimmed = value.trim()
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return trimmed
  return Number.isNaN(Date.parse(trimmed)) ? undefined : isoDate(trimmed)
}

/** The article as the claim's appearance, or undefined when it has no http(s) URL. */
export function articleAppearance(file: ArticleFile): CreativeWorkRef | undefined {
  const a = file.article
  const url = safeHttpUrl(a.url)
  if (!url) return undefined
  const work: CreativeWorkRef = { '@type': a.outlet ? 'NewsArticle' : 'CreativeWork', url }
  if (a.title.trim()) work.headline = a.title.trim()
  if (a.author?.trim()) work.author = { '@type': 'Person', name: a.author.trim() }
  if (a.outlet?.trim()) work.publisher = { '@type': 'Organization', name: a.outlet.trim() }
  const published = schemaDate(a.publishedAt)
  if (published) work.datePublished = published
  return work
}

function linkedAppearance(link: RelatedReportClaim): CreativeWorkRef | undefined {
  const url = safeHttpUrl(link.url)
  if (!url) return undefined
  const work: CreativeWorkRef = { '@type': link.outlet?.trim() ? 'NewsArticle' : 'CreativeWork', url }
  if (link.title.trim()) work.headline = link.title.trim()
  if (link.outlet?.trim()) work.publisher = { '@type': 'Organization', name: link.outlet.trim() }
  const published = schemaDate(link.publishedAt)
  if (published) work.datePublished = published
  return work
}

/** The claim's article first, then each confirmed report of the same claim elsewhere that has a URL, one per page. */
export function claimAppearances(file: ArticleFile, claimId: string, related: RelatedReport | undefined): CreativeWorkRef[] {
  const own = articleAppearance(file)
  const out: CreativeWorkRef[] = own ? [own] : []
  const seen = new Set(out.map((w) => w.url))
  const links = related ? reportedLinks(related[`${file.article.id}/${claimId}`]).filter((l) => l.status === 'confirmed') : []
  for (const link of links) {
    const work = linkedAppearance(link)
    if (!work || seen.has(work.url)) continue
    seen.add(work.url)
    out.push(work)
  }
  return out
}

/**
 * The earliest report of the claim: another report only when it is dated strictly before
 * the claim's own article (an undated report cannot be shown to be first); otherwise the
 * article itself, which is undefined when the article has no URL.
 */
export function firstAppearance(file: ArticleFile, appearances: readonly CreativeWorkRef[]): CreativeWorkRef | undefined {
  const own = articleAppearance(file)
  let first = own
  let firstDate = schemaDate(file.article.publishedAt)
  for (const work of appearances) {
    if (work.datePublished && firstDate && work.datePublished < firstDate) (first = work), (firstDate = work.datePublished)
  }
  return first
}
