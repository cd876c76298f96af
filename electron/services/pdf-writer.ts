// The claim report as a tagged PDF written directly with pdfkit, for reports too large for
// Chromium to tag (services/reports.ts decides; core/report/print.ts has the measurements).
// It lays out what the print layout shows (core/report/html.ts with html-print-claim.ts):
// the heading and byline, the summary counts and chart, the contents, then per article its
// metadata and each claim as a heading (number and verdict, status bar), the quote and
// detail paragraphs. Every piece of text is in the structure tree (H1-H3, P, Table,
// L/LI, BlockQuote, in reading order) with the document's /Lang and each quote's own
// language; bars, rules and the chart are artifacts. Bookmarks: summary, contents, each
// article and claim, as Chromium's outline of the same report.
import { CORROBORATION_LABELS } from '../core/vocabulary'
import { CORROBORATION_COLOURS } from '../core/report/html-style'
import { REPORT_STATUS_ORDER, formatTime, plural, type PreparedReport, type ReportedArticle } from '../core/report/model'
import type { RelatedReport } from '../core/corroboration/report-entries'
import { safeHttpUrl } from '../core/report/escape'
import type { ReportSummary } from '../core/report/summary'
import { claimBlock } from './pdf-writer-claim'
import { relatedBlocks } from './pdf-writer-related'
import { BASE, COLOURS, PAGE, Typesetter, type Mark, type StructElement } from './pdf-typeset'

export interface PdfWriterOptions {
  /** Printed bottom left on every page. */
  footer: string
  related?: RelatedReport
  signal?: AbortSignal
  /** The report's language (its labels), the PDF's /Lang. */
  lang?: string
}

/** How many claims are laid out between two yields to the event loop (the app's main process stays responsive, a cancel is seen). */
const CLAIMS_PER_SLICE = 200

function summaryRows(s: ReportSummary): Array<[string, number]> {
  const rows: Array<[string, number]> = [
    ['Claims', s.claims],
    ['Resting on a single anonymous source', s.singleAnonymousSource],
    ['Hedged', s.hedged],
    ['Reviewed', s.reviewed],
    ...REPORT_STATUS_ORDER.map((st): [string, number] => [CORROBORATION_LABELS[st], s.byCorroboration[st]]),
    ['Dismissed (not a claim)', s.dismissed],
  ]
  if (s.orphaned > 0) rows.push(['Orphaned (text no longer found, not listed)', s.orphaned])
  return rows
}

function summaryLine(s: ReportSummary): string {
  return `${plural(s.claims, 'claim')} · ${s.singleAnonymousSource} on a single anonymous source · ${s.corroborated} corroborated · ${s.partlyCorroborated} partly corroborated · ${s.contradicted} contradicted · ${s.unreviewed} unreviewed`
}

/** An H2 with the print CSS's rule under it, bookmarked where it starts. */
function sectionHeading(t: Typesetter, parent: StructElement, text: string, mark: Mark, lang: string | null = null): void {
  t.keepSpace(60)
  t.doc.y += 6
  mark(t.doc.y)
  t.paragraph(parent, 'H2', [{ text }], { size: 11, weight: 700, lang })
  const y = t.doc.y + 1
  t.artifact((doc) => doc.moveTo(PAGE.margin, y).lineTo(PAGE.width - PAGE.margin, y).lineWidth(1.5).strokeColor(COLOURS.ink).stroke())
  t.doc.y = y + 4
}

function summarySection(t: Typesetter, root: StructElement, report: PreparedReport, mark: Mark): void {
  const section = t.doc.struct('Sect')
  root.add(section)
  sectionHeading(t, section, 'Summary', mark)
  const rows = summaryRows(report.summary)
  const rowHeight = t.lineHeight(BASE) + 1
  const y0 = t.doc.y
  const table = t.doc.struct('Table')
  section.add(table)
  rows.forEach(([label, count], i) => {
    const row = t.doc.struct('TR')
    table.add(row)
    const y = y0 + i * rowHeight
    t.line(row, 'TH', [{ text: `${label} `, weight: 400 }], PAGE.margin, y, BASE)
    const number = String(count)
    t.line(row, 'TD', [{ text: number, weight: 700 }], PAGE.margin + 200 - t.widthOf(number, 700, BASE), y, BASE)
    row.end()
  })
  table.end()
  // The chart repeats the table's counts in bars: decoration for a screen reader.
  const chartX = PAGE.margin + 250
  const max = Math.max(1, ...REPORT_STATUS_ORDER.map((s) => report.summary.byCorroboration[s]))
  t.artifact((doc) => {
    REPORT_STATUS_ORDER.forEach((status, i) => {
      const y = y0 + i * 16
      const count = report.summary.byCorroboration[status]
      const width = count === 0 ? 0 : Math.max(2, Math.round((count / max) * 150))
      doc.font(t.fonts.latin(400)).fontSize(BASE).fillColor(COLOURS.ink)
      const label = CORROBORATION_LABELS[status]
      doc.text(label, chartX + 105 - doc.widthOfString(label), y + 1, { lineBreak: false })
      if (width > 0) doc.rect(chartX + 112, y, width, 10).fill(CORROBORATION_COLOURS[status])
      doc.fillColor(COLOURS.ink).text(String(count), chartX + 116 + width, y + 1, { lineBreak: false })
    })
    doc.moveTo(chartX + 111, y0 - 2).lineTo(chartX + 111, y0 + REPORT_STATUS_ORDER.length * 16).lineWidth(0.75).strokeColor(COLOURS.muted).stroke()
  })
  t.doc.x = PAGE.margin
  t.doc.y = y0 + Math.max(rows.length * rowHeight, REPORT_STATUS_ORDER.length * 16) + 4
  section.end()
}

function contentsSection(t: Typesetter, root: StructElement, report: PreparedReport, filtered: boolean, mark: Mark): void {
  const section = t.doc.struct('Sect')
  root.add(section)
  sectionHeading(t, section, 'Contents', mark)
  const list = t.doc.struct('L')
  section.add(list)
  report.articles.forEach((item, index) => {
    const a = item.file.article
    const li = t.doc.struct('LI')
    list.add(li)
    const where = `${a.outlet ? `${a.outlet} · ` : ''}${plural(item.claims.length, 'claim')}${filtered ? ' listed' : ''}`
    t.paragraph(li, 'LBody', [{ text: `${index + 1}. ` }, { text: a.title || 'Untitled article', goTo: `article-${a.id}` }, { text: ` — ${where}`, colour: COLOURS.muted }], { indent: 10 })
    li.end()
  })
  list.end()
  section.end()
}

function articleHeader(t: Typesetter, section: StructElement, item: ReportedArticle, index: number, filtered: boolean, mark: Mark): void {
  const a = item.file.article
  t.doc.addPage()
  t.doc.addNamedDestination(`article-${a.id}`, 'XYZ', 0, PAGE.height - t.doc.y, null)
  sectionHeading(t, section, `${index + 1}. ${a.title || 'Untitled article'}`, mark, a.language)
  const url = safeHttpUrl(a.url)
  const meta: Array<[string, string, string | null]> = [
    ['Outlet', a.outlet || 'unknown', null],
    ['Author', a.author || 'unknown', null],
    ['Published', a.publishedAt || 'unknown', null],
    ...(a.url ? [['URL', a.url, url] as [string, string, string | null]] : []),
    ['Imported', `${formatTime(a.importedAt)} · id ${a.id}`, null],
  ]
  for (const [label, value, link] of meta) t.paragraph(section, 'P', [{ text: `${label}: `, colour: COLOURS.muted }, { text: value, link }])
  const line = `${summaryLine(item.summary)}${filtered ? ` (listed here: ${item.claims.length})` : ''}`
  const height = t.doc.heightOfString(line, { width: t.width - 12 }) + 8
  t.keepSpace(height + 4)
  const y = t.doc.y + 4
  t.artifact((doc) => doc.rect(PAGE.margin, y, t.width, height).fill(COLOURS.panel))
  t.doc.y = y + 4
  t.paragraph(section, 'P', [{ text: line, weight: 700 }], { indent: 6 })
  t.doc.y = y + height + 4
  if (item.claims.length === 0) t.paragraph(section, 'P', [{ text: filtered ? 'No claims match the filter.' : 'No claims.', colour: COLOURS.muted }])
}

function yieldToEventLoop(signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) =>
    setImmediate(() => (signal?.aborted ? reject(new Error('cancelled')) : resolve())),
  )
}

/** The report as PDF bytes: tagged, with /Lang, the report's title shown as the window title, and an outline. */
export async function writeReportPdf(report: PreparedReport, options: PdfWriterOptions): Promise<Uint8Array> {
  const lang = options.lang ?? 'en'
  const t = new Typesetter({ title: report.title, author: report.reviewer, lang, created: new Date(report.reportedAt) })
  const doc = t.doc
  const filtered = report.filterLabel !== null
  const root = doc.struct('Document')
  doc.addStructure(root)

  const outline = t.bookmark(doc.outline, report.heading, doc.y, true)
  t.paragraph(root, 'H1', [{ text: report.heading }], { size: 14.5, weight: 700 })
  const byline = `Reviewer: ${report.reviewer || 'unknown'}${report.organization ? ` (${report.organization})` : ''} · Reported: ${formatTime(report.reportedAt)} · ${plural(report.articles.length, 'article')}`
  t.paragraph(root, 'P', [{ text: byline, colour: COLOURS.muted }], { before: 2 })
  if (filtered) {
    const text = `Filter: ${report.filterLabel} — ${report.listedClaims} of ${report.summary.claims} claims listed; the summary counts all of them.`
    t.paragraph(root, 'P', [{ text }], { before: 4 })
  }
  summarySection(t, root, report, (y) => t.bookmark(outline, 'Summary', y))
  contentsSection(t, root, report, filtered, (y) => t.bookmark(outline, 'Contents', y))

  let sinceYield = 0
  for (const [index, item] of report.articles.entries()) {
    const section = doc.struct('Sect')
    root.add(section)
    const a = item.file.article
    let articleMark: PDFKit.PDFOutline = outline
    articleHeader(t, section, item, index, filtered, (y) => (articleMark = t.bookmark(outline, `${index + 1}. ${a.title || 'Untitled article'}`, y)))
    for (const claim of item.claims) {
      claimBlock(t, section, claim, a.language, (y) => t.bookmark(articleMark, `Claim ${claim.number} ${CORROBORATION_LABELS[claim.claim.corroboration]}`, y))
      if (++sinceYield >= CLAIMS_PER_SLICE) {
        sinceYield = 0
        await yieldToEventLoop(options.signal)
      }
    }
    section.end()
  }
  if (options.related) relatedBlocks(t, root, report, options.related, (section, text) => sectionHeading(t, section, text, (y) => t.bookmark(outline, text, y)))
  root.end()
  t.footers(options.footer)
  return t.finish()
}
