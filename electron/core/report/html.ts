// The claim report as one self-contained HTML file: inline CSS, an inline SVG chart,
// no scripts, nothing remote (a CSP meta tag forbids it), printable. Every piece of
// article or reviewer text is escaped; only http(s) URLs become links.
import type { ArticleFile, Claim } from '../schema'
import { CORROBORATION_LABELS } from '../vocabulary'
import { relatedHtmlSections } from '../corroboration/report-sections'
import { corroborationChart } from './chart'
import { escapeHtml as h, safeHttpUrl } from './escape'
import { REPORT_CSS } from './html-style'
import { printClaim } from './html-print-claim'
import { credibilityText, evidenceKind, reliabilityText, sourcingText } from './labels'
import { REPORT_STATUS_ORDER, formatTime, plural, prepareReport, type ReportOptions, type ReportedArticle, type ReportedClaim } from './model'
import type { ReportSummary } from './summary'

// font-src data: lets the PDF print page embed CJK fonts (services/print-page.ts); nothing remote.
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:"

function link(url: string | null, text?: string): string {
  const safe = safeHttpUrl(url)
  if (!safe) return url ? h(url) : ''
  return `<a href="${h(safe)}" rel="noopener noreferrer">${h(text ?? url ?? safe)}</a>`
}

function langAttr(language: string | null): string {
  return language && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(language) ? ` lang="${h(language)}"` : ''
}

function countsTable(summary: ReportSummary): string {
  const rows: Array<[string, number]> = [
    ['Claims', summary.claims],
    ['Resting on a single anonymous source', summary.singleAnonymousSource],
    ['Hedged', summary.hedged],
    ['Reviewed', summary.reviewed],
    ...REPORT_STATUS_ORDER.map((s): [string, number] => [CORROBORATION_LABELS[s], summary.byCorroboration[s]]),
    ['Dismissed (not a claim)', summary.dismissed],
  ]
  if (summary.orphaned > 0) rows.push(['Orphaned (text no longer found, not listed)', summary.orphaned])
  return `<table class="counts"><tbody>${rows.map(([label, n]) => `<tr><th scope="row">${h(label)}</th><td>${n}</td></tr>`).join('')}</tbody></table>`
}

function summaryLine(s: ReportSummary): string {
  return (
    `<strong>${plural(s.claims, 'claim')}</strong> · <strong>${s.singleAnonymousSource}</strong> on a single anonymous source · ` +
    `${s.corroborated} corroborated · ${s.partlyCorroborated} partly corroborated · ${s.contradicted} contradicted · ${s.unreviewed} unreviewed`
  )
}

function evidenceTable(claim: Claim): string {
  const rows = claim.evidence.map(
    (e) =>
      `<tr><td>${h(evidenceKind(e))}</td><td>${h(e.citation)}${e.url ? `<br>${link(e.url)}` : ''}` +
      `${e.file ? `<br><span class="muted">File: ${h(e.file.name)}</span>` : ''}</td>` +
      `<td class="note">${h(e.note)}</td><td>${h(formatTime(e.addedAt))}</td></tr>`,
  )
  return (
    `<p class="label">Evidence</p><table class="evidence"><thead><tr><th>Stance</th><th>Citation</th><th>Note</th><th>Added</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table>`
  )
}

function claimCard(item: ReportedClaim, articleId: string, lang: string): string {
  const c = item.claim
  let sourcing = h(sourcingText(c))
  if (c.sourcing.attribution) sourcing += ` — “${h(c.sourcing.attribution)}”`
  if (c.sourcing.cue) sourcing += ` <span class="muted">(cue: ${h(c.sourcing.cue)})</span>`
  const fields = [
    ...(c.headline?.trim() ? [['Headline claim', h(c.headline.trim())]] : []),
    ['Sourcing', sourcing],
    ['Hedged', c.hedge.hedged ? `yes${c.hedge.cue ? ` (“${h(c.hedge.cue)}”)` : ''}` : 'no'],
    ['Reliability', h(reliabilityText(c))],
    ['Credibility', h(credibilityText(c))],
    ['Evidence', `${c.evidence.length}, of which ${item.independentSupport} independent supporting`],
  ]
  if (c.tags.length > 0) fields.push(['Tags', c.tags.map((t) => `<span class="tag">${h(t)}</span>`).join('')])
  fields.push([
    'Last changed',
    `${h(formatTime(c.updatedAt))}${item.lastReviewer ? ` by ${h(item.lastReviewer)}` : ''} <span class="muted">· characters ${item.position.start}–${item.position.end}</span>`,
  ])
  return (
    `<article class="claim status-${c.corroboration}" id="claim-${h(articleId)}-${h(c.id)}">` +
    `<header><h3>Claim ${item.number}</h3><span class="badge">${CORROBORATION_LABELS[c.corroboration]}</span></header>` +
    `<blockquote${lang}>${h(c.anchor.quote.exact)}</blockquote>` +
    (item.singleAnonymousSource ? '<p class="flag">⚠ Rests on a single anonymous source (no independent supporting evidence)</p>' : '') +
    `<dl class="fields">${fields.map(([dt, dd]) => `<dt>${dt}</dt><dd>${dd}</dd>`).join('')}</dl>` +
    (c.evidence.length > 0 ? evidenceTable(c) : '') +
    (c.note.trim() ? `<p class="label">Notes</p><p class="note">${h(c.note)}</p>` : '') +
    '</article>'
  )
}

/** 'screen': the HTML report; 'print': the page Chromium prints to PDF, with each claim in few elements (html-print-claim.ts). */
export type HtmlLayout = 'screen' | 'print'

function articleSection(item: ReportedArticle, index: number, filtered: boolean, out: string[], layout: HtmlLayout): void {
  const a = item.file.article
  const meta: Array<[string, string]> = [
    ['Outlet', a.outlet ? h(a.outlet) : 'unknown'],
    ['Author', a.author ? h(a.author) : 'unknown'],
    ['Published', a.publishedAt ? h(a.publishedAt) : 'unknown'],
  ]
  if (a.url) meta.push(['URL', link(a.url)])
  meta.push(['Imported', `${h(formatTime(a.importedAt))} <span class="muted">· id ${h(a.id)}</span>`])
  out.push(
    `<section class="article" id="article-${h(a.id)}"><h2>${index + 1}. ${h(a.title || 'Untitled article')}</h2>`,
    `<dl class="meta">${meta.map(([dt, dd]) => `<dt>${dt}</dt><dd>${dd}</dd>`).join('')}</dl>`,
    `<p class="article-summary">${summaryLine(item.summary)}${filtered ? ` <span class="muted">(listed here: ${item.claims.length})</span>` : ''}</p>`,
  )
  if (item.claims.length === 0) out.push(`<p class="muted">${filtered ? 'No claims match the filter.' : 'No claims.'}</p>`)
  const lang = langAttr(a.language)
  const card = layout === 'print' ? printClaim : claimCard
  for (const claim of item.claims) out.push(card(claim, a.id, lang))
  out.push('</section>')
}

export function renderHtml(files: readonly ArticleFile[], options: ReportOptions, layout: HtmlLayout = 'screen'): string {
  const report = prepareReport(files, options)
  const filtered = report.filterLabel !== null
  const out: string[] = [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${h(report.title)}</title>`,
    `<style>${REPORT_CSS}</style></head><body>`,
    `<header><h1>${h(report.heading)}</h1>`,
    `<p class="byline">Reviewer: ${h(report.reviewer || 'unknown')}${report.organization ? ` (${h(report.organization)})` : ''} · ` +
      `Reported: ${h(formatTime(report.reportedAt))} · ${report.articles.length} article${report.articles.length === 1 ? '' : 's'}</p>`,
    filtered ? `<p class="filter">Filter: ${h(report.filterLabel ?? '')} — ${report.listedClaims} of ${report.summary.claims} claims listed; the summary counts all of them.</p>` : '',
    '</header>',
    `<section aria-labelledby="summary-title"><h2 id="summary-title">Summary</h2><div class="summary">${countsTable(report.summary)}${corroborationChart(report.summary.byCorroboration)}</div></section>`,
    '<nav aria-labelledby="toc-title"><h2 id="toc-title">Contents</h2><ol>',
  ]
  for (const item of report.articles) {
    const a = item.file.article
    out.push(
      `<li><a href="#article-${h(a.id)}">${h(a.title || 'Untitled article')}</a> <span class="muted">— ${a.outlet ? `${h(a.outlet)} · ` : ''}` +
        `${item.claims.length} claim${item.claims.length === 1 ? '' : 's'}${filtered ? ' listed' : ''}</span></li>`,
    )
  }
  out.push('</ol></nav>')
  report.articles.forEach((item, index) => articleSection(item, index, filtered, out, layout))
  const listed = report.articles.flatMap((a) => a.claims.map((c) => ({ articleId: a.file.article.id, articleTitle: a.file.article.title, claimId: c.claim.id, number: c.number, text: c.claim.anchor.quote.exact })))
  const related = relatedHtmlSections(options.related, listed, h, safeHttpUrl)
  if (related) out.push(related)
  out.push('</body></html>')
  return `${out.join('\n')}\n`
}

/** The report as the PDF prints it: the same document, each claim in few elements. */
export function renderPrintHtml(files: readonly ArticleFile[], options: ReportOptions): string {
  return renderHtml(files, options, 'print')
}
