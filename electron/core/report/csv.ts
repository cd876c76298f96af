// The claim report as CSV: RFC 4180 (CRLF, quoted fields), UTF-8 with a BOM so
// spreadsheets detect the encoding (Excel reads BOM-less UTF-8 as the local code page),
// one row per listed claim. Text cells a spreadsheet would run as a formula start with
// an apostrophe. `start`/`end` count Unicode code points, as the Web Annotations export
// does (docs/exchange.md): the workspace's UTF-16 offsets never leave the app.
import type { ArticleFile } from '../schema'
import { RELATED_CSV_COLUMNS, relatedCsvCells } from '../corroboration/report-sections'
import { csvText } from './escape'
import { prepareReport, type ReportOptions } from './model'

export const CSV_COLUMNS = [
  'article_id',
  'article_title',
  'article_outlet',
  'claim_id',
  'claim_number',
  'quote',
  'start',
  'end',
  'sourcing_type',
  'sourcing_confirmed',
  'attribution',
  'hedged',
  'hedge_cue',
  'reliability',
  'credibility',
  'corroboration',
  'evidence_count',
  'independent_supporting_count',
  'single_anonymous_source',
  'notes',
  'tags',
  'last_reviewer',
  'last_changed',
] as const

const BOM = '\uFEFF'

export function renderCsv(files: readonly ArticleFile[], options: ReportOptions): string {
  const report = prepareReport(files, options)
  const related = options.related && Object.keys(options.related).length > 0 ? options.related : null
  const lines: string[] = [[...CSV_COLUMNS, ...(related ? RELATED_CSV_COLUMNS : [])].join(',')]
  for (const { file, claims } of report.articles) {
    const a = file.article
    const articleCells = `${csvText(a.id)},${csvText(a.title)},${csvText(a.outlet ?? '')}`
    for (const item of claims) {
      const c = item.claim
      lines.push(
        [
          articleCells,
          csvText(c.id),
          item.number,
          csvText(c.anchor.quote.exact),
          item.position.start,
          item.position.end,
          c.sourcing.type,
          c.sourcing.confirmed ? 'yes' : 'no',
          csvText(c.sourcing.attribution ?? ''),
          c.hedge.hedged ? 'yes' : 'no',
          csvText(c.hedge.cue ?? ''),
          c.reliability ?? '',
          c.credibility ?? '',
          c.corroboration,
          c.evidence.length,
          item.independentSupport,
          item.singleAnonymousSource ? 'yes' : 'no',
          csvText(c.note),
          csvText(c.tags.join('; ')),
          csvText(item.lastReviewer),
          c.updatedAt,
          ...(related ? relatedCsvCells(related, a.id, c.id).map(csvText) : []),
        ].join(','),
      )
    }
  }
  return `${BOM}${lines.join('\r\n')}\r\n`
}
