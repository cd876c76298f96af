// Claim reports in every format. Pure functions of (articles, options): no clock,
// no file system, no DOM, so the same code runs in the CLI, the main process and the renderer.
import type { ArticleFile } from '../schema'
import { renderAnnotations } from './annotations'
import { renderClaimReview } from './claimreview'
import { renderCsv } from './csv'
import { renderHtml } from './html'
import { renderJson } from './json'
import { renderMarkdown } from './markdown'
import type { ReportOptions } from './model'

export { summarize, independentSupportCount, restsOnSingleAnonymousSource, type ReportSummary } from './summary'
export { prepareReport, selectArticles, describeFilter, defaultTitle, type ClaimFilter, type ReportOptions, type ReportPublisher, type PreparedReport } from './model'
export { renderMarkdown } from './markdown'
export { renderHtml, renderPrintHtml, REPORT_CSP } from './html'
export { renderCsv, CSV_COLUMNS } from './csv'
export { renderJson, buildExport, parseExport, ExportParseError, ClaimdeskExportSchema, EXPORT_FORMAT, type ClaimdeskExport } from './json'
export {
  renderClaimReview,
  buildClaimReviews,
  buildClaimReviewExport,
  claimReviewJson,
  describeOmissions,
  CLAIM_REVIEW_RATINGS,
  CLAIM_REVIEW_BEST_RATING,
  CLAIM_REVIEW_WORST_RATING,
  type ClaimReviewItem,
  type OmittedClaimReview,
} from './claimreview'
export { renderAnnotations, buildAnnotations, type AnnotationCollection, type WebAnnotation } from './annotations'
export { escapeHtml, safeHttpUrl } from './escape'

/** Formats rendered to text here; 'pdf' is the HTML printed by Chromium (electron/services/report-pdf.ts). */
export const TEXT_REPORT_FORMATS = ['md', 'html', 'csv', 'json', 'claimreview', 'annotations'] as const
export type TextReportFormat = (typeof TEXT_REPORT_FORMATS)[number]
export const REPORT_FORMATS = [...TEXT_REPORT_FORMATS, 'pdf'] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]

export const REPORT_FILE_TYPES: Record<ReportFormat, { extension: string; mime: string; label: string }> = {
  md: { extension: 'md', mime: 'text/markdown', label: 'Markdown' },
  html: { extension: 'html', mime: 'text/html', label: 'HTML' },
  pdf: { extension: 'pdf', mime: 'application/pdf', label: 'PDF' },
  csv: { extension: 'csv', mime: 'text/csv', label: 'CSV' },
  json: { extension: 'json', mime: 'application/json', label: 'Claimdesk export (JSON)' },
  claimreview: { extension: 'jsonld', mime: 'application/ld+json', label: 'schema.org ClaimReview (JSON-LD)' },
  annotations: { extension: 'jsonld', mime: 'application/ld+json', label: 'W3C Web Annotations (JSON-LD)' },
}

/**
 * Renders one text format. The JSON export is complete: it ignores options.filter
 * (a filtered export would look like deleted claims when re-imported).
 */
export function renderReport(format: TextReportFormat, files: readonly ArticleFile[], options: ReportOptions): string {
  switch (format) {
    case 'md':
      return renderMarkdown(files, options)
    case 'html':
      return renderHtml(files, options)
    case 'csv':
      return renderCsv(files, options)
    case 'json':
      return renderJson(files, options.reportedAt, options.related)
    case 'claimreview':
      return renderClaimReview(files, options)
    case 'annotations':
      return renderAnnotations(files, options)
  }
}
