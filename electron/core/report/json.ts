// The complete, lossless export: every article file as stored, with its claims
// and their history. Re-imported through parseExport, which validates it with the
// same zod schema the workspace uses.
import { z } from 'zod'
import type { RelatedReport } from '../corroboration/report-entries'
import { ArticleFileSchema, IsoTime, SCHEMA_VERSION, type ArticleFile } from '../schema'

export const EXPORT_FORMAT = 'claimdesk-export'

export const ClaimdeskExportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  schemaVersion: z.literal(SCHEMA_VERSION),
  exportedAt: IsoTime,
  articles: z.array(ArticleFileSchema),
  /** Related claims and conflicting figures by claim key (core/corroboration/report-entries.ts); only when there are some. */
  related: z.record(z.string(), z.unknown()).optional(),
})
export type ClaimdeskExport = z.infer<typeof ClaimdeskExportSchema>

export function buildExport(files: readonly ArticleFile[], exportedAt: string, related?: RelatedReport): ClaimdeskExport {
  const out: ClaimdeskExport = { format: EXPORT_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt, articles: [...files] }
  if (related && Object.keys(related).length > 0) out.related = related
  return out
}

export function renderJson(files: readonly ArticleFile[], exportedAt: string, related?: RelatedReport): string {
  return `${JSON.stringify(buildExport(files, exportedAt, related), null, 2)}\n`
}

/** Thrown when a file is not a Claimdesk export; the message is one line naming the first problem. */
export class ExportParseError extends Error {}

export function parseExport(json: string): ClaimdeskExport {
  let raw: unknown
  try {
    raw = JSON.parse(json.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new ExportParseError(`not valid JSON: ${error instanceof Error ? error.message : String(error)}`)
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== EXPORT_FORMAT) {
    throw new ExportParseError(`not a Claimdesk export (expected "format": "${EXPORT_FORMAT}")`)
  }
  const version = (raw as { schemaVersion?: unknown }).schemaVersion
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    throw new ExportParseError(`export has schema version ${version}, this Claimdesk reads up to ${SCHEMA_VERSION}: update Claimdesk`)
  }
  const result = ClaimdeskExportSchema.safeParse(raw)
  if (!result.success) {
    const issue = result.error.issues[0]
    const path = issue.path.map(String).join('.')
    throw new ExportParseError(`invalid export at ${path || '(root)'}: ${issue.message}`)
  }
  const ids = new Set<string>()
  for (const file of result.data.articles) {
    if (ids.has(file.article.id)) throw new ExportParseError(`invalid export: article id "${file.article.id}" appears twice`)
    ids.add(file.article.id)
  }
  return result.data
}
