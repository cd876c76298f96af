// The related-claims parts of each report format (issue 12), kept here so the report
// renderers (core/report, another helper's) only call in: HTML and PDF get "Conflicting
// reports" and "Also reported in" sections, CSV two columns, the Web Annotations export a
// `linking` annotation per linked claim. Every part is absent when the report has no
// related claims, so reports without them are byte for byte what they were.
import { COUNTED_THING_LABELS } from './counted-things'
import { describeFigures, reportedLinks, type RelatedReport, type RelatedReportClaim } from './report-entries'

interface ListedClaim {
  articleId: string
  articleTitle: string
  claimId: string
  number: number
  text: string
}

type Escape = (text: string) => string

function outletIndex(related: RelatedReport): (articleId: string) => string | null {
  const outlets = new Map<string, string | null>()
  for (const entry of Object.values(related)) for (const l of entry.linked) outlets.set(l.articleId, l.outlet)
  return (articleId) => outlets.get(articleId) ?? null
}

function linkLine(l: RelatedReportClaim, h: Escape, safeUrl: (u: string | null) => string | null): string {
  const url = safeUrl(l.url)
  const where = `${h(l.outlet ?? 'Unknown outlet')}${l.publishedAt ? `, ${h(l.publishedAt)}` : ''}`
  const title = url ? `<a href="${h(url)}" rel="noreferrer">${h(l.title || 'Untitled article')}</a>` : h(l.title || 'Untitled article')
  const status = l.status === 'confirmed' ? 'confirmed by the reviewer' : 'suggested'
  return `<li>${where}: ${title} — “${h(l.text)}” <span class="muted">(${status})</span></li>`
}

/** HTML sections after the articles; '' when no listed claim has related claims. */
export function relatedHtmlSections(related: RelatedReport | undefined, listed: ListedClaim[], h: Escape, safeUrl: (u: string | null) => string | null): string {
  if (!related) return ''
  const withLinks = listed.filter((c) => reportedLinks(related[`${c.articleId}/${c.claimId}`]).length > 0)
  if (withLinks.length === 0) return ''
  const outletOf = outletIndex(related)
  const out: string[] = []
  const conflicting = withLinks.filter((c) => related[`${c.articleId}/${c.claimId}`].conflicts.length > 0)
  out.push('<section aria-labelledby="conflicts-title"><h2 id="conflicts-title">Conflicting reports</h2>')
  if (conflicting.length === 0) out.push('<p class="muted">No linked reports give conflicting figures.</p>')
  else out.push(`<p>${conflicting.length} claim${conflicting.length === 1 ? ' has' : 's have'} reports elsewhere whose figures conflict.</p>`)
  for (const c of conflicting) {
    const entry = related[`${c.articleId}/${c.claimId}`]
    out.push(`<article class="claim"><h3><a href="#claim-${h(c.articleId)}-${h(c.claimId)}">${h(c.articleTitle || 'Untitled article')}, claim ${c.number}</a></h3><blockquote>${h(c.text)}</blockquote>`)
    for (const f of entry.conflicts) out.push(`<p><strong>⚠ Conflicting figures</strong> for ${h(COUNTED_THING_LABELS[f.quantity])}: ${h(describeFigures(f, outletOf).replace(/^[^:]+: /, ''))}</p>`)
    for (const f of entry.updates) out.push(`<p>↻ Updated figures for ${h(COUNTED_THING_LABELS[f.quantity])}: ${h(describeFigures(f, outletOf).replace(/^[^:]+: /, ''))}</p>`)
    out.push('</article>')
  }
  out.push('</section>')
  out.push('<section aria-labelledby="related-title"><h2 id="related-title">Also reported in</h2>')
  for (const c of withLinks) {
    const entry = related[`${c.articleId}/${c.claimId}`]
    out.push(`<h3>${h(c.articleTitle || 'Untitled article')}, claim ${c.number}: “${h(c.text)}”</h3><ul>${reportedLinks(entry).map((l) => linkLine(l, h, safeUrl)).join('')}</ul>`)
  }
  out.push('</section>')
  return out.join('\n')
}

export const RELATED_CSV_COLUMNS = ['related_claims', 'conflicting_figures'] as const

/** The two CSV cells of one claim (unescaped): linked claims, and conflicting figures in words. */
export function relatedCsvCells(related: RelatedReport, articleId: string, claimId: string): [string, string] {
  const entry = related[`${articleId}/${claimId}`]
  const links = reportedLinks(entry).map((l) => `${l.articleId}/${l.claimId} (${l.outlet ?? 'unknown outlet'}${l.publishedAt ? `, ${l.publishedAt}` : ''}; ${l.status})`)
  const outletOf = outletIndex(related)
  const conflicts = (entry?.conflicts ?? []).map((f) => describeFigures(f, outletOf))
  return [links.join('; '), conflicts.join('; ')]
}

/** A W3C `linking` annotation per linked claim: the claim's quote is the target, the other article the body. */
export function relatedAnnotations<T>(related: RelatedReport | undefined, articleId: string, claimId: string, target: T, articleUrn: (id: string) => string, safeUrl: (u: string | null) => string | null) {
  if (!related) return []
  const entry = related[`${articleId}/${claimId}`]
  const outletOf = outletIndex(related)
  return reportedLinks(entry).map((l) => {
    const conflicts = entry!.conflicts.filter((f) => f.values.some((v) => v.articleId === l.articleId && v.claimId === l.claimId))
    const text = `Also reported in ${l.outlet ?? 'an unknown outlet'}${l.publishedAt ? ` (${l.publishedAt})` : ''}: “${l.text}” (${l.status})` +
      (conflicts.length ? `. Conflicting figures: ${conflicts.map((f) => describeFigures(f, outletOf)).join('; ')}` : '')
    return {
      id: `urn:claimdesk:link:${articleId}:${claimId}:${l.articleId}:${l.claimId}`,
      type: 'Annotation' as const,
      motivation: 'linking' as const,
      body: [
        { id: safeUrl(l.url) ?? articleUrn(l.articleId), type: 'SpecificResource' as const },
        { type: 'TextualBody' as const, purpose: 'commenting' as const, value: text, format: 'text/plain' as const },
      ],
      target,
    }
  })
}
