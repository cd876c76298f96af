// Claim reports for the app: what the export dialog previews and saves. The renderers
// are pure (electron/core/report); this picks the articles, reads the clock, and turns
// HTML into PDF through whatever the host has (Electron's printToPDF, or Chromium).
import { REPORT_FILE_TYPES, renderHtml, renderReport, type ClaimFilter, type ReportFormat } from '../core/report'
import { ClaimdeskError } from '../core/errors'
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
}

function select(ws: Workspace, articles: ReportRequest['articles']): ArticleFile[] {
  if (articles === 'all') return ws.allArticles()
  if (articles.length === 0) throw new ClaimdeskError('invalid-argument', 'Choose at least one article for the report.')
  return articles.map((id) => ws.getArticle(id))
}

function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .toLowerCase() || 'report'
  )
}

export async function renderWorkspaceReport(
  ws: Workspace,
  request: ReportRequest,
  renderPdf: (html: string) => Promise<Uint8Array>,
  now = new Date(),
): Promise<RenderedReport> {
  const files = select(ws, request.articles)
  const options = {
    reportedAt: now.toISOString(),
    reviewer: ws.settings().reviewerName || 'Reviewer',
    // A JSON export is always complete: a filtered one would look like deleted claims when re-imported.
    filter: request.format === 'json' ? undefined : request.filter,
  }
  const { extension } = REPORT_FILE_TYPES[request.format]
  const base = files.length === 1 ? slug(files[0].article.title) : 'workspace'
  const suggestedName = `claim-report-${base}-${options.reportedAt.slice(0, 10)}.${extension}`
  const contents = request.format === 'pdf' ? await renderPdf(renderHtml(files, options)) : renderReport(request.format, files, options)
  return { contents, suggestedName, extension }
}
