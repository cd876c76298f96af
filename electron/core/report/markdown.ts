// The claim report as Markdown: readable as plain text and clean in any viewer.
// Every piece of article or reviewer text goes through mdInline/mdBlock; the
// renderer writes no HTML at all.
import type { Claim } from '../schema'
import { CORROBORATION_LABELS } from '../vocabulary'
import { mdBlock, mdInline, mdUrl } from './escape'
import { credibilityText, evidenceKind, reliabilityText, sourcingText } from './labels'
import { REPORT_STATUS_ORDER, formatTime, plural, prepareReport, type ReportOptions, type ReportedArticle, type ReportedClaim } from './model'
import type { ArticleFile } from '../schema'
import type { ReportSummary } from './summary'
import { relatedMarkdownSections } from './markdown-related'

function summaryTable(summary: ReportSummary): string[] {
  const rows: Array<[string, number]> = [
    ['Claims', summary.claims],
    ['Resting on a single anonymous source', summary.singleAnonymousSource],
    ['Hedged ("reportedly", "allegedly" ...)', summary.hedged],
    ['Reviewed', summary.reviewed],
    ...REPORT_STATUS_ORDER.map((s): [string, number] => [CORROBORATION_LABELS[s], summary.byCorroboration[s]]),
    ['Dismissed (not a claim)', summary.dismissed],
  ]
  if (summary.orphaned > 0) rows.push(['Orphaned (text no longer found, not listed)', summary.orphaned])
  return ['| | Count |', '| --- | ---: |', ...rows.map(([label, count]) => `| ${mdInline(label)} | ${count} |`)]
}

function summaryLine(summary: ReportSummary): string {
  return (
    `${plural(summary.claims, 'claim')} · ${summary.singleAnonymousSource} on a single anonymous source · ` +
    `${summary.corroborated} corroborated · ${summary.partlyCorroborated} partly corroborated · ` +
    `${summary.contradicted} contradicted · ${summary.unreviewed} unreviewed`
  )
}

function articleMeta(file: ArticleFile): string[] {
  const a = file.article
  const lines = [
    `- **Outlet:** ${a.outlet ? mdInline(a.outlet) : 'unknown'}`,
    `- **Author:** ${a.author ? mdInline(a.author) : 'unknown'}`,
    `- **Published:** ${a.publishedAt ? mdInline(a.publishedAt) : 'unknown'}`,
  ]
  if (a.url) lines.push(`- **URL:** ${mdUrl(a.url)}`)
  lines.push(`- **Imported:** ${formatTime(a.importedAt)} · article id \`${a.id}\``)
  return lines
}

function claimBlock(item: ReportedClaim, out: string[]): void {
  const claim: Claim = item.claim
  out.push(`### Claim ${item.number} — ${CORROBORATION_LABELS[claim.corroboration]}`, '')
  out.push(`> ${mdBlock(claim.anchor.quote.exact, '> ')}`, '')
  if (claim.headline?.trim()) out.push(`- **Headline claim:** ${mdInline(claim.headline)}`)
  let sourcing = `- **Sourcing:** ${mdInline(sourcingText(claim))}`
  if (claim.sourcing.attribution) sourcing += ` — “${mdInline(claim.sourcing.attribution)}”`
  if (claim.sourcing.cue) sourcing += ` (cue: ${mdInline(claim.sourcing.cue)})`
  out.push(sourcing)
  if (item.singleAnonymousSource) out.push('- **Rests on a single anonymous source** (no independent supporting evidence)')
  out.push(`- **Hedged:** ${claim.hedge.hedged ? `yes${claim.hedge.cue ? ` (“${mdInline(claim.hedge.cue)}”)` : ''}` : 'no'}`)
  out.push(`- **Source reliability:** ${mdInline(reliabilityText(claim))}`)
  out.push(`- **Information credibility:** ${mdInline(credibilityText(claim))}`)
  out.push(`- **Corroboration:** ${CORROBORATION_LABELS[claim.corroboration]} · ${claim.evidence.length} evidence, ${item.independentSupport} independent supporting`)
  if (claim.tags.length > 0) out.push(`- **Tags:** ${claim.tags.map(mdInline).join(', ')}`)
  out.push(`- **Position:** characters ${item.position.start}–${item.position.end}` +
    (item.lastReviewer ? ` · last changed ${formatTime(claim.updatedAt)} by ${mdInline(item.lastReviewer)}` : ` · last changed ${formatTime(claim.updatedAt)}`))
  out.push('')
  if (claim.evidence.length > 0) {
    out.push('**Evidence**', '')
    claim.evidence.forEach((evidence, index) => {
      const marker = `${index + 1}. `
      const indent = ' '.repeat(marker.length)
      let line = `${marker}**${evidenceKind(evidence)}:** ${mdInline(evidence.citation)}`
      if (evidence.url) line += ` — ${mdUrl(evidence.url)}`
      line += ` (added ${formatTime(evidence.addedAt)})`
      out.push(line)
      if (evidence.note.trim()) out.push('', `${indent}${mdBlock(evidence.note, indent)}`)
      out.push('')
    })
  }
  if (claim.note.trim()) out.push('**Notes**', '', mdBlock(claim.note), '')
}

function articleSection(item: ReportedArticle, index: number, filtered: boolean, out: string[]): void {
  out.push(`## ${index + 1}. ${mdInline(item.file.article.title || 'Untitled article')}`, '')
  out.push(...articleMeta(item.file), '')
  out.push(`**Summary:** ${summaryLine(item.summary)}`, '')
  if (item.claims.length === 0) {
    out.push(filtered ? '_No claims match the filter._' : '_No claims._', '')
    return
  }
  if (filtered) out.push(`Listed: ${item.claims.length} of ${item.summary.claims} claims.`, '')
  for (const claim of item.claims) claimBlock(claim, out)
}

export function renderMarkdown(files: readonly ArticleFile[], options: ReportOptions): string {
  const report = prepareReport(files, options)
  const out: string[] = [`# ${mdInline(report.heading)}`, '']
  out.push(`Reviewer: ${mdInline(report.reviewer || 'unknown')}${report.organization ? ` (${mdInline(report.organization)})` : ''} · ` +
    `Reported: ${formatTime(report.reportedAt)} · Articles: ${report.articles.length}`, '')
  if (report.filterLabel) out.push(`Filter: ${mdInline(report.filterLabel)} — ${report.listedClaims} of ${report.summary.claims} claims listed; the summary counts all of them.`, '')
  out.push('## Summary', '', ...summaryTable(report.summary), '')
  report.articles.forEach((article, index) => articleSection(article, index, report.filterLabel !== null, out))
  out.push(...relatedMarkdownSections(options.related, report.articles))
  while (out.length > 0 && out[out.length - 1] === '') out.pop()
  out.push('')
  return out.join('\n')
}
