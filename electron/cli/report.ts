// claimdesk report --workspace DIR [--article ID ...|--all] --format FMT --out FILE
//   [--only STATUS,...] [--single-anonymous] [--reviewer NAME] [--organization NAME]
//   [--publisher-url URL] [--publisher-logo URL] [--review-url PATTERN] [--reported-at ISO]
// Checks the flags, then renders through the app's own use case (services/reports.ts
// renderWorkspaceReport, so the CLI and the export dialog cannot drift) and writes the
// file atomically: a temp file in the output folder, renamed into place, so a failure
// never leaves a partial report.
import { existsSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { REPORT_FORMATS, describeOmissions, type ClaimFilter, type ReportFormat, type ReportPublisher } from '../core/report'
import { plural } from '../core/report/model'
import { CORROBORATION_STATUSES, type Corroboration } from '../core/vocabulary'
import { renderWorkspaceReport, type RenderedReport } from '../services/reports'
import type { Workspace } from '../services/workspace'
import { writeFileAtomic } from '../store/durable-file'
import { INDEX_FILE } from '../store/workspace-store'
import { appSettings, openWorkspace, printNotices } from './open-workspace'
import { parseFlags, UsageError, type Command } from './io'

const HELP = `Usage: claimdesk report --workspace DIR [--article ID ... | --all] --format FORMAT --out FILE [options]

  --format        ${REPORT_FORMATS.join(' | ')}
  --article ID    report on this article (repeatable); default: all articles
  --only LIST     only claims with these corroboration statuses: ${CORROBORATION_STATUSES.join(',')}
  --single-anonymous  only claims resting on a single anonymous source
  --reviewer NAME     name printed in the report (default: the workspace's reviewer name)
  --organization NAME fact-checking organisation (the author of ClaimReview items)
  --publisher-url URL    the organisation's home page (ClaimReview author.url)
  --publisher-logo URL   the organisation's logo (ClaimReview author.logo)
  --review-url PATTERN   where each review is published, {article} and {claim} replaced
                         (without {claim}: #claim-<article>-<claim> is added); ClaimReview
                         is only exported for reviews with such a URL
  Publisher flags default to the app's Settings → Publisher.
  --reported-at ISO   report time (default: now), for reproducible output
`

interface ReportRequest {
  workspace: string
  articles: 'all' | string[]
  format: ReportFormat
  out: string
  filter: ClaimFilter | undefined
  reviewer: string | undefined
  /** Publisher fields given as flags; the rest come from the app's settings. */
  publisher: Partial<ReportPublisher>
  reportedAt: string
}

function parseRequest(argv: string[]): ReportRequest | null {
  const parsed = parseFlags('report', argv, {
        workspace: { type: 'string' },
        article: { type: 'string', multiple: true },
        all: { type: 'boolean' },
        format: { type: 'string' },
        out: { type: 'string' },
        only: { type: 'string' },
        'single-anonymous': { type: 'boolean' },
        reviewer: { type: 'string' },
        organization: { type: 'string' },
        'publisher-url': { type: 'string' },
        'publisher-logo': { type: 'string' },
        'review-url': { type: 'string' },
        'reported-at': { type: 'string' }
      }, false)
  const v = parsed.values
  if (v.help) return null
  if (!v.workspace) throw new UsageError('--workspace DIR is required')
  if (!v.format) throw new UsageError(`--format is required (${REPORT_FORMATS.join(', ')})`)
  if (!(REPORT_FORMATS as readonly string[]).includes(v.format)) {
    throw new UsageError(`unknown format "${v.format}" (use one of: ${REPORT_FORMATS.join(', ')})`)
  }
  const format = v.format as ReportFormat
  if (!v.out) throw new UsageError('--out FILE is required')
  if (v.all && v.article) throw new UsageError('use either --article or --all, not both')

  let corroboration: Corroboration[] | undefined
  if (v.only !== undefined) {
    const wanted = v.only.split(',').map((s) => s.trim()).filter(Boolean)
    const unknown = wanted.filter((s) => !(CORROBORATION_STATUSES as readonly string[]).includes(s))
    if (wanted.length === 0 || unknown.length > 0) {
      throw new UsageError(`--only takes corroboration statuses (${CORROBORATION_STATUSES.join(', ')}), not "${unknown.join(',') || v.only}"`)
    }
    corroboration = wanted as Corroboration[]
  }
  const filter = corroboration || v['single-anonymous'] ? { corroboration, singleAnonymousSource: v['single-anonymous'] ?? false } : undefined
  if (filter && format === 'json') throw new UsageError('--only and --single-anonymous do not apply to --format json: the export is always complete')

  const reportedAt = v['reported-at'] ?? new Date().toISOString()
  if (Number.isNaN(Date.parse(reportedAt))) throw new UsageError(`--reported-at "${reportedAt}" is not an ISO date-time`)

  return {
    workspace: resolve(v.workspace),
    articles: v.article ?? 'all',
    format,
    out: resolve(v.out),
    filter,
    reviewer: v.reviewer,
    publisher: Object.fromEntries(
      Object.entries({ organisationName: v.organization, url: v['publisher-url'], logoUrl: v['publisher-logo'], factCheckUrlPattern: v['review-url'] }).filter(([, value]) => value !== undefined),
    ),
    reportedAt: new Date(Date.parse(reportedAt)).toISOString(),
  }
}

/** Checks paths before any work, so mistakes surface in a second, not after rendering. */
function checkPaths(request: ReportRequest): void {
  if (!existsSync(join(request.workspace, INDEX_FILE))) {
    throw new UsageError(`not a Claimdesk workspace: ${request.workspace} (no ${INDEX_FILE})`)
  }
  const folder = dirname(request.out)
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UsageError(`output folder does not exist: ${folder}`)
  if (existsSync(request.out) && statSync(request.out).isDirectory()) throw new UsageError(`--out is a folder, not a file: ${request.out}`)
}

/** The named articles must exist: one clear line listing what does, before any rendering. */
function checkArticles(ws: Workspace, articles: ReportRequest['articles']): void {
  if (articles === 'all') return
  const known = ws.listArticles().map((a) => a.id)
  const missing = articles.filter((id) => !known.includes(id))
  if (missing.length > 0) {
    throw new UsageError(`no article "${missing[0]}" in this workspace (articles: ${known.slice(0, 10).join(', ') || 'none'}${known.length > 10 ? ', ...' : ''})`)
  }
}

export { writeFileAtomic as writeFileAtomically } from '../store/durable-file'

function describeContents(format: ReportFormat, report: RenderedReport): string {
  if (format === 'json') return `${plural(report.claims, 'claim')} (complete export)`
  if (format === 'claimreview') return plural(report.claims, 'ClaimReview')
  return `${plural(report.claims, 'claim')} listed`
}

/** Chromium through playwright-core, loaded only for a PDF. */
async function chromiumPdf(html: string, _signal?: AbortSignal, footer?: string): Promise<Uint8Array> {
  const { renderPdf } = await import('../services/report-pdf')
  return renderPdf(html, { footer })
}

export const run: Command = async (argv, io) => {
  const request = parseRequest(argv)
  if (!request) {
    io.stdout(HELP)
    return 0
  }
  checkPaths(request)
  const publisher: ReportPublisher = { ...(await appSettings()).get().publisher, ...request.publisher }
  const ws = await openWorkspace(request.workspace, request.reviewer, { lock: false }) // reads only: works beside a running app
  let report: RenderedReport
  try {
    checkArticles(ws, request.articles)
    report = await renderWorkspaceReport(ws, { format: request.format, articles: request.articles, filter: request.filter }, chromiumPdf, {
      now: new Date(request.reportedAt),
      publisher,
      reviewer: request.reviewer,
    })
  } finally {
    printNotices(ws, io, 'report')
    await ws.close()
  }
  if (report.omitted && report.omitted.length > 0) io.stderr(`${describeOmissions(report.omitted)}\n`)
  if (report.notice) io.stderr(`${report.notice}\n`)
  await writeFileAtomic(request.out, report.contents)
  io.stdout(`Wrote ${request.format} report of ${plural(report.articles, 'article')}, ${describeContents(request.format, report)}: ${request.out}\n`)
  return 0
}
