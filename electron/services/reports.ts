// Claim reports: the one use case behind the app's export dialog (preview and save) and
// `claimdesk report`. The renderers are pure (electron/core/report); this picks the
// articles, reads the clock, and makes a PDF: the HTML report printed by whatever the host
// has (Electron's printToPDF, or Chromium for the CLI) while Chromium can tag it, else
// written by pdfkit (pdf-writer.ts).
import { message } from '../core/messages'
import { REPORT_FILE_TYPES, prepareReport, renderPrintHtml, renderReport, type ClaimFilter, type ReportFormat, type ReportOptions, type ReportPublisher } from '../core/report'
import { buildClaimReviewExport, claimReviewJson, type OmittedClaimReview } from '../core/report/claimreview'
import { ClaimdeskError } from '../core/errors'
import { pdfStructureNotice, structuredPdf, type PdfStructure } from '../core/report/print'
import { writeReportPdf } from './pdf-writer'
import type { ArticleFile } from '../core/schema'
import type { Workspace } from './workspace'

export interface ReportRequest {
  format: ReportFormat
  /** The articles to report on, or every article in the workspace. */
  articles: string[] | 'all'
  filter?: ClaimFilter
}

export interface RenderedReport {
  contents: string | Uint8Array
  suggestedName: string
  extension: string
  /** ClaimReview only: the reviewed claims left out, and why (no verdict, no publisher URL). */
  omitted?: OmittedClaimReview[]
  /** How many articles the report covers. */
  articles: number
  /** What the file holds: every claim (JSON export), the ClaimReview items, or the claims listed. */
  claims: number
  /** PDF only: whether the file has a structure tree (tags) and an outline, read from the printed bytes. */
  pdf?: PdfStructure
  /** PDF only, when it is untagged or has no outline: why, in one paragraph for the reviewer. */
  notice?: string
}

/** Reads from the PDF's bytes whether Chromium tagged it and wrote an outline (the catalog's /StructTreeRoot, /Outlines). */
export function printedStructure(pdf: Uint8Array): PdfStructure {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1')
  return { tagged: text.includes('/StructTreeRoot'), outline: text.includes('/Outlines') }
}

/** The chosen articles, read without blocking (a workspace keeps only the articles in use in memory). */
async function select(ws: Workspace, articles: ReportRequest['articles']): Promise<ArticleFile[]> {
  if (articles !== 'all' && articles.length === 0) throw new ClaimdeskError('invalid-argument', message('error.reportNoArticle'))
  if (articles !== 'all') {
    const files: ArticleFile[] = []
    for (const id of articles) files.push(await ws.loadArticle(id))
    return files
  }
  // 'all': as allArticles(), an article whose file is missing is left out (the workspace reports it as a notice).
  const files: ArticleFile[] = []
  for (const { id } of ws.listArticles()) {
    const file = await ws.loadArticle(id).catch((error: unknown) => {
      if (error instanceof ClaimdeskError && error.code === 'not-found') return null
      throw error
    })
    if (file) files.push(file)
  }
  return files
}

/** A file-name slug of whole words, at most 60 characters. */
function slug(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
  let out = ''
  for (const word of words) {
    const next = out ? `${out}-${word}` : word
    if (next.length > 60) break
    out = next
  }
  return out || 'report'
}

export type ReportStage = 'rendering' | 'printing to PDF' | 'saving'
/** HTML to PDF; `footer` is printed left of the page numbers; `pageRanges` ("1-2"): only those pages (a preview). */
export type PdfRenderer = (html: string, signal?: AbortSignal, footer?: string, pageRanges?: string) => Promise<Uint8Array>

export interface RenderControls {
  signal?: AbortSignal
  onStage?: (stage: ReportStage) => void
  now?: Date
  /** Settings → Publisher (AppSettings.publisher): ClaimReview's author and published URLs. */
  publisher?: ReportPublisher | null
  /** The reviewer named in the report, instead of the workspace's (CLI --reviewer). */
  reviewer?: string
  /** PDF only: print just these pages ("1"), as the export dialog's preview does. */
  pageRanges?: string
}

/** The footer of every printed page. */
export function pdfFooter(reportedAt: string): string {
  return `Claim report · ${reportedAt.slice(0, 10)}`
}

function claimCount(format: ReportFormat, files: readonly ArticleFile[], options: ReportOptions): number {
  if (format === 'json') return files.reduce((n, f) => n + f.claims.length, 0)
  return prepareReport(files, options).listedClaims
}

function cancelled(): ClaimdeskError {
  return new ClaimdeskError('cancelled', message('error.exportCancelled'))
}

/** Resolves with the work's result, or rejects as soon as the signal aborts. */
export function abortable<T>(work: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return work
  if (signal.aborted) return Promise.reject(cancelled())
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(cancelled())
    signal.addEventListener('abort', onAbort, { once: true })
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort)
        resolve(value)
      },
      (error) => {
        signal.removeEventListener('abort', onAbort)
        reject(signal.aborted ? cancelled() : error)
      },
    )
  })
}

export async function renderWorkspaceReport(
  ws: Workspace,
  request: ReportRequest,
  renderPdf: PdfRenderer,
  controls: RenderControls = {},
): Promise<RenderedReport> {
  const { signal, onStage = () => undefined, now = new Date(), publisher = null } = controls
  if (signal?.aborted) throw cancelled()
  onStage('rendering')
  const files = await select(ws, request.articles)
  if (signal?.aborted) throw cancelled()
  const options: ReportOptions = {
    reportedAt: now.toISOString(),
    reviewer: controls.reviewer ?? ws.reviewerName(),
    organization: publisher?.organisationName.trim() || null,
    publisher,
    // A JSON export is always complete: a filtered one would look like deleted claims when re-imported.
    filter: request.format === 'json' ? undefined : request.filter,
    // Related claims and conflicting figures across the workspace (issue 12), linked in the related worker.
    related: await ws.related().reportEntries(files),
  }
  const { extension } = REPORT_FILE_TYPES[request.format]
  const base = files.length === 1 ? slug(files[0].article.title) : 'workspace'
  const suggestedName = `claim-report-${base}-${options.reportedAt.slice(0, 10)}.${extension}`
  const counts = { articles: files.length }
  if (request.format === 'claimreview') {
    const built = buildClaimReviewExport(files, options)
    return { contents: claimReviewJson(built.reviews), suggestedName, extension, omitted: built.omitted, ...counts, claims: built.reviews.length }
  }
  const claims = claimCount(request.format, files, options)
  if (request.format === 'pdf') {
    // The print layout: the HTML report with each claim in few elements (core/report/html-print-claim.ts).
    const html = renderPrintHtml(files, options)
    if (signal?.aborted) throw cancelled()
    onStage('printing to PDF')
    const footer = pdfFooter(options.reportedAt)
    // Chromium prints the HTML report itself while it can tag it; a larger report is written
    // by pdfkit, tagged and with bookmarks at any size (core/report/print.ts has the figures).
    // pageRanges (the preview's page 1) applies to Chromium's print; pdfkit writes every page.
    const pdf = await abortable(
      structuredPdf(html)
        ? renderPdf(html, signal, footer, controls.pageRanges)
        : writeReportPdf(prepareReport(files, options), { footer, related: options.related, signal }),
      signal,
    )
    if (signal?.aborted) throw cancelled()
    const structure = printedStructure(pdf)
    const notice = pdfStructureNotice(structure, claims)
    return { contents: pdf, suggestedName, extension, ...counts, claims, pdf: structure, ...(notice ? { notice } : {}) }
  }
  const contents = renderReport(request.format, files, options)
  if (signal?.aborted) throw cancelled()
  return { contents, suggestedName, extension, ...counts, claims }
}
