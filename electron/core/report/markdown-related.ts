// The Markdown report's related-claims part (issue 12), in the HTML report's terms:
// "Conflicting reports" (figures for the same counted thing that cannot both be true, and
// updates from the same source) and "Also reported in" (each listed claim's reports in
// other articles, with the reviewer's decision). Absent when no listed claim has related
// claims, so such a report is byte for byte what it was.
import { COUNTED_THING_LABELS } from '../corroboration/counted-things'
import { describeFigures, reportedLinks, type RelatedReport, type RelatedReportClaim, type RelatedReportFigures } from '../corroboration/report-entries'
import { mdBlock, mdInline, mdUrl } from './escape'
import type { ReportedArticle } from './model'

function outletIndex(related: RelatedReport): (articleId: string) => string | null {
  const outlets = new Map<string, string | null>()
  for (const entry of Object.values(related)) for (const l of entry.linked) outlets.set(l.articleId, l.outlet)
  return (articleId) => outlets.get(articleId) ?? null
}

/** "at least 12 (Global Wire), 4 (Agencia Sur)": the figures only, the counted thing is named before. */
function figures(f: RelatedReportFigures, outletOf: (articleId: string) => string | null): string {
  return mdInline(describeFigures(f, outletOf).slice(f.quantity.length + 2))
}

function linkLine(l: RelatedReportClaim): string {
  const where = `${mdInline(l.outlet ?? 'Unknown outlet')}${l.publishedAt ? `, ${mdInline(l.publishedAt)}` : ''}`
  const title = mdInline(l.title || 'Untitled article')
  const url = l.url ? ` ${mdUrl(l.url)}` : ''
  return `- ${where}: ${title}${url} — “${mdInline(l.text)}” (${l.status === 'confirmed' ? 'confirmed by the reviewer' : 'suggested'})`
}

export function relatedMarkdownSections(related: RelatedReport | undefined, articles: readonly ReportedArticle[]): string[] {
  if (!related) return []
  const listed = articles.flatMap((a) =>
    a.claims.map((c) => ({ title: a.file.article.title || 'Untitled article', number: c.number, text: c.claim.anchor.quote.exact, entry: related[`${a.file.article.id}/${c.claim.id}`] })),
  )
  const withLinks = listed.filter((c) => reportedLinks(c.entry).length > 0)
  if (withLinks.length === 0) return []
  const outletOf = outletIndex(related)
  const conflicting = withLinks.filter((c) => c.entry.conflicts.length > 0)
  const out = ['## Conflicting reports', '']
  if (conflicting.length === 0) out.push('_No linked reports give conflicting figures._', '')
  else out.push(`${conflicting.length} claim${conflicting.length === 1 ? ' has' : 's have'} reports elsewhere whose figures conflict.`, '')
  for (const c of conflicting) {
    out.push(`### ${mdInline(c.title)}, claim ${c.number}`, '', `> ${mdBlock(c.text, '> ')}`, '')
    for (const f of c.entry.conflicts) out.push(`- **⚠ Conflicting figures** for ${mdInline(COUNTED_THING_LABELS[f.quantity])}: ${figures(f, outletOf)}`)
    for (const f of c.entry.updates) out.push(`- ↻ Updated figures for ${mdInline(COUNTED_THING_LABELS[f.quantity])}: ${figures(f, outletOf)}`)
    out.push('')
  }
  out.push('## Also reported in', '')
  for (const c of withLinks) {
    out.push(`### ${mdInline(c.title)}, claim ${c.number}`, '', `> ${mdBlock(c.text, '> ')}`, '')
    out.push(...reportedLinks(c.entry).map(linkLine), '')
  }
  return out
}
