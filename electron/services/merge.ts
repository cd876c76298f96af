// Merging another reviewer's work (a JSON export or a workspace folder) into a workspace.
// The source is only read. Before anything here changes, every article file the merge
// will replace is copied to .claimdesk/merges/<mergeId>/before/ with a manifest, so a
// merge can be undone; undo itself first saves what it overwrites, so nothing is lost.
import { randomBytes } from 'node:crypto'
import { copyFile, mkdir, readdir, readFile, rename, stat, unlink } from 'node:fs/promises'
import { basename, isAbsolute, join, normalize, resolve, sep } from 'node:path'
import { z } from 'zod'
import { ClaimdeskError } from '../core/errors'
import { formatMessage, message, type Message } from '../core/messages'
import { exportLabel } from '../core/merge-source'
import { zodIssueText } from '../core/messages/zod-issue'
import {
  addedArticleReport,
  canonical,
  mergeArticle,
  type ArticleMergeReport,
} from '../core/merge'
import { ClaimdeskExportSchema, ExportParseError, parseExport, type ClaimdeskExport } from '../core/report/json'
import { ArticleFileSchema, Id, IsoTime, type ArticleFile } from '../core/schema'
import { stableStringify, writeFileAtomic } from '../store/durable-file'
import { decodeJsonText, parseJsonBytes } from '../store/json-text'
import { migrate, readFailure } from '../store/migrate'
import { ARTICLES_DIR } from '../store/workspace-store'
import { sha256File } from './evidence-files'
import { sha256 } from './ids'
import type { Workspace } from './workspace'
import { withSkippedLine } from './merge-report'

export type { ArticleMergeReport, MergeConflict } from '../core/merge'

export const MERGES_DIR = join('.claimdesk', 'merges')

export interface MergeTotals {
  articlesAdded: number
  articlesMerged: number
  articlesUnchanged: number
  claimsAdded: number
  claimsUpdated: number
  claimsUnchanged: number
  claimsOrphaned: number
  conflicts: number
  skipped: number
}

export interface MergeResult {
  /** Null when the merge changed nothing (nothing to undo, no backup written). */
  mergeId: string | null
  at: string
  by: string
  /** What was merged: a path, or "export of <time>". */
  source: string
  articles: ArticleMergeReport[]
  /** Source files that could not be read; nothing of them was merged. `text`: the report's line for it, as a code. */
  skipped: SkippedFile[]
  /** Evidence files (paths relative to the workspace) copied from a source folder, or not available. */
  evidenceFiles: { copied: string[]; missing: string[] }
  totals: MergeTotals
  /** Where the replaced article files were saved before the merge. */
  backupDir: string | null
}

export interface MergeOptions {
  now?: () => Date
  /** Who merges, for history entries; default "<reviewer name> (merge)". */
  by?: string
}

const ManifestEntrySchema = z.object({ id: Id, title: z.string(), after: z.string() })
const ManifestSchema = z.object({
  format: z.literal('claimdesk-merge'),
  version: z.literal(1),
  mergeId: z.string(),
  at: IsoTime,
  by: z.string(),
  source: z.string(),
  /** Articles the merge changed; their files as they were are in before/<id>.json. */
  replaced: z.array(ManifestEntrySchema),
  /** Articles the merge added. */
  added: z.array(ManifestEntrySchema),
  evidenceCopied: z.array(z.string()),
  totals: z.record(z.string(), z.number()),
  undoneAt: IsoTime.nullable(),
  /**
   * Set after the last article file was written; null while the merge runs, so a merge
   * killed part-way is found on the next open. Absent in records older than this field.
   */
  completedAt: IsoTime.nullable().optional(),
})
export type Manifest = z.infer<typeof ManifestSchema>

export interface MergeRecord {
  mergeId: string
  at: string
  by: string
  source: string
  replaced: { id: string; title: string }[]
  added: { id: string; title: string }[]
  totals: Record<string, number>
  undoneAt: string | null
}

export interface UndoMergeResult {
  mergeId: string
  restored: string[]
  /** Added articles taken out again; their files were moved aside, not deleted. */
  removed: { id: string; movedTo: string }[]
  /** Articles edited after the merge: those edits are undone too, and saved in savedTo. */
  changedSinceMerge: string[]
  /** Where the files as they were just before the undo were saved. */
  savedTo: string
}

// ---------------------------------------------------------------------------
// Reading the source

/** A source file not merged, in English (the CLI's JSON); the report's line for it is kept as a code beside it. */
export interface SkippedFile {
  file: string
  reason: string
}

function skippedFile(file: string | Message, why: string | Message): SkippedFile {
  const entry = { file: typeof file === 'string' ? file : formatMessage(file), reason: typeof why === 'string' ? why : formatMessage(why) }
  return withSkippedLine(entry, message('mergeReport.skipped', { file, reason: why }))
}

interface SourceArticles {
  label: string
  files: ArticleFile[]
  skipped: SkippedFile[]
  /** The source workspace folder, for evidence files; null for an export. */
  root: string | null
}

async function readSource(ws: Workspace, source: string | ClaimdeskExport): Promise<SourceArticles> {
  if (typeof source !== 'string') return fromExport(source, exportLabel(source.exportedAt))
  const path = resolve(source)
  let info
  try {
    info = await stat(path)
  } catch {
    throw new ClaimdeskError('not-found', message('mergeError.nothing', { path }))
  }
  if (info.isDirectory()) {
    if (path === resolve(ws.dir)) throw new ClaimdeskError('invalid-argument', message('mergeError.itself'))
    return readWorkspaceFolder(path)
  }
  let export_: ClaimdeskExport
  try {
    export_ = parseExport(decodeJsonText(await readFile(path)))
  } catch (error) {
    if (error instanceof ExportParseError) throw new ClaimdeskError('invalid-argument', message('mergeError.badExport', { name: basename(path), detail: error.message }))
    throw new ClaimdeskError('unreadable-file', message('mergeError.unreadable', { name: basename(path), detail: (error as Error).message }))
  }
  return fromExport(export_, path)
}

function fromExport(export_: ClaimdeskExport, label: string): SourceArticles {
  const parsed = ClaimdeskExportSchema.safeParse(export_)
  if (!parsed.success) throw new ClaimdeskError('invalid-argument', message('mergeError.invalidExport', { detail: String(parsed.error.issues[0]?.message) }))
  return unique({ label, files: parsed.data.articles, skipped: [], root: null })
}

async function readWorkspaceFolder(root: string): Promise<SourceArticles> {
  let names: string[]
  try {
    names = await readdir(join(root, ARTICLES_DIR))
  } catch {
    throw new ClaimdeskError('invalid-argument', message('mergeError.notSource', { root, dir: ARTICLES_DIR }))
  }
  const files: ArticleFile[] = []
  const skipped: SourceArticles['skipped'] = []
  // Moved-aside files (.corrupt-..., .removed-...) and temp files are not articles.
  for (const name of names.filter((n) => n.endsWith('.json') && !n.startsWith('.')).sort()) {
    const file = join(ARTICLES_DIR, name)
    try {
      const parsed = ArticleFileSchema.safeParse(migrate(parseJsonBytes(await readFile(join(root, file)))))
      if (parsed.success) files.push(parsed.data)
      else {
        const issue = parsed.error.issues[0]
        skipped.push(skippedFile(file, message('notice.invalidContent', { path: issue.path.join('.') || '(root)', detail: zodIssueText(issue.message) })))
      }
    } catch (error) {
      skipped.push(skippedFile(file, error instanceof SyntaxError ? message('notice.notJson', { detail: error.message }) : readFailure(error)))
    }
  }
  return unique({ label: root, files, skipped, root })
}

/** The same article twice in one source (a copied file): the first is taken, the rest reported. */
function unique(source: SourceArticles): SourceArticles {
  const seen = new Set<string>()
  const files: ArticleFile[] = []
  for (const file of source.files) {
    if (seen.has(file.article.id)) {
      source.skipped.push(skippedFile(message('mergeSkip.article', { id: file.article.id }), message('mergeSkip.twice')))
    } else {
      seen.add(file.article.id)
      files.push(file)
    }
  }
  return { ...source, files }
}

// ---------------------------------------------------------------------------
// Merge

function mergeIdAt(date: Date): string {
  return `${date.toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}`
}

export const fileDigest = (file: ArticleFile) => sha256(canonical(file))

export async function mergeIntoWorkspace(
  ws: Workspace,
  source: string | ClaimdeskExport,
  options: MergeOptions = {},
): Promise<MergeResult> {
  const now = (options.now ?? (() => new Date()))()
  const at = now.toISOString()
  const by = options.by ?? `${ws.reviewerName()} (merge)`
  ws.assertWritable() // another process holds the workspace: a merge cannot wait in memory
  const input = await readSource(ws, source)

  const reports: ArticleMergeReport[] = []
  const replaced: ArticleFile[] = [] // merged versions
  const before: ArticleFile[] = [] // ours, as they were
  const added: ArticleFile[] = []
  const ours = ws.allArticles()
  for (const theirs of input.files) {
    // A file here that this version left alone (newer, or unreadable) is never written to.
    const held = ws.heldArticle(theirs.article)
    if (held) {
      input.skipped.push(skippedFile(message('mergeSkip.article', { id: theirs.article.id }), message('mergeSkip.held', { name: basename(held.path), reason: held.reason })))
      continue
    }
    const mine = ours.find((f) => f.article.id === theirs.article.id) ?? ours.find((f) => f.article.contentHash === theirs.article.contentHash)
    if (!mine) {
      added.push(theirs)
      reports.push(addedArticleReport(theirs))
      continue
    }
    const { merged, report } = mergeArticle(mine, theirs, { at, by })
    reports.push(report)
    if (report.status === 'merged') {
      replaced.push(merged)
      before.push(mine)
    }
  }

  // Validate everything before writing anything: a merge is applied whole or not at all.
  for (const file of [...replaced, ...added]) {
    const check = ArticleFileSchema.safeParse(file)
    if (!check.success) {
      throw new ClaimdeskError('internal', message('mergeError.invalidResult', { title: file.article.title, detail: String(check.error.issues[0]?.message) }))
    }
  }

  const evidence = await evidenceToCopy(ws.dir, input.root, [...replaced, ...added])
  const result: MergeResult = {
    mergeId: null,
    at,
    by,
    source: input.label,
    articles: reports,
    skipped: input.skipped,
    evidenceFiles: { copied: [], missing: evidence.missing },
    totals: totalsOf(reports, input.skipped.length),
    backupDir: null,
  }
  if (replaced.length === 0 && added.length === 0) return result

  const mergeId = mergeIdAt(now)
  const dir = join(ws.dir, MERGES_DIR, mergeId)
  await mkdir(join(dir, 'before'), { recursive: true })
  for (const file of before) await writeFileAtomic(join(dir, 'before', `${file.article.id}.json`), stableStringify(file))
  const manifest: Manifest = {
    format: 'claimdesk-merge',
    version: 1,
    mergeId,
    at,
    by,
    source: input.label,
    replaced: replaced.map((f) => ({ id: f.article.id, title: f.article.title, after: fileDigest(f) })),
    added: added.map((f) => ({ id: f.article.id, title: f.article.title, after: fileDigest(f) })),
    evidenceCopied: evidence.copy,
    totals: { ...result.totals },
    undoneAt: null,
    completedAt: null,
  }
  // The merged versions are kept too, so an interrupted merge can be finished, not only undone.
  await mkdir(join(dir, 'after'), { recursive: true })
  for (const file of [...replaced, ...added]) await writeFileAtomic(join(dir, 'after', `${file.article.id}.json`), stableStringify(file))
  // The manifest is written before the first article: an interrupted merge can still be undone.
  await writeManifest(dir, manifest)

  for (const path of evidence.copy) await copyEvidence(input.root!, ws.dir, path)
  for (const file of [...replaced, ...added]) await ws.putArticleFile(file)
  // Undoing an older edit would put back whole claims and drop what the merge brought in:
  // the merge has its own undo. This rule lives here so the app and the CLI both keep it.
  await ws.forgetUndo([...replaced, ...added].map((f) => f.article.id))
  await writeManifest(dir, { ...manifest, completedAt: at })
  return { ...result, mergeId, backupDir: dir, evidenceFiles: { copied: evidence.copy, missing: evidence.missing } }
}

function totalsOf(reports: ArticleMergeReport[], skipped: number): MergeTotals {
  const sum = (pick: (r: ArticleMergeReport) => number) => reports.reduce((n, r) => n + pick(r), 0)
  return {
    articlesAdded: reports.filter((r) => r.status === 'added').length,
    articlesMerged: reports.filter((r) => r.status === 'merged').length,
    articlesUnchanged: reports.filter((r) => r.status === 'unchanged').length,
    claimsAdded: sum((r) => r.counts.added),
    claimsUpdated: sum((r) => r.counts.updated),
    claimsUnchanged: sum((r) => r.counts.unchanged),
    claimsOrphaned: sum((r) => r.counts.orphaned),
    conflicts: sum((r) => r.counts.conflicts),
    skipped,
  }
}

// ---------------------------------------------------------------------------
// Evidence files travel with a workspace folder, not with an export.

/** A stored evidence path, if it is a plain relative path inside evidence/. */
function safeEvidencePath(path: string): string | null {
  const normal = normalize(path)
  if (isAbsolute(normal) || normal.split(sep).includes('..') || !normal.startsWith(`evidence${sep}`)) return null
  return normal
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}

async function evidenceToCopy(dir: string, root: string | null, files: ArticleFile[]): Promise<{ copy: string[]; missing: string[] }> {
  const copy = new Set<string>()
  const missing = new Set<string>()
  for (const file of files) {
    for (const claim of file.claims) {
      for (const item of claim.evidence) {
        if (!item.file) continue
        const path = safeEvidencePath(item.file.path)
        if (!path) {
          missing.add(item.file.path)
          continue
        }
        if (copy.has(path) || (await exists(join(dir, path)))) continue
        if (root && (await exists(join(root, path))) && (await sha256File(join(root, path))) === item.file.sha256) copy.add(path)
        else missing.add(path)
      }
    }
  }
  return { copy: [...copy].sort(), missing: [...missing].sort() }
}

async function copyEvidence(root: string, dir: string, path: string): Promise<void> {
  const target = join(dir, path)
  await mkdir(join(target, '..'), { recursive: true })
  const temp = `${target}.${randomBytes(4).toString('hex')}.incoming`
  try {
    await copyFile(join(root, path), temp)
    await rename(temp, target)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw error
  }
}

// ---------------------------------------------------------------------------
// Listing and undoing merges

export async function writeManifest(dir: string, manifest: Manifest): Promise<void> {
  await writeFileAtomic(join(dir, 'manifest.json'), stableStringify(manifest))
}

export async function readManifest(dir: string): Promise<Manifest> {
  return ManifestSchema.parse(parseJsonBytes(await readFile(join(dir, 'manifest.json'))))
}

/** Every merge recorded in this workspace, oldest first. Unreadable records are left out. */
export async function listMerges(ws: Workspace): Promise<MergeRecord[]> {
  let names: string[]
  try {
    names = await readdir(join(ws.dir, MERGES_DIR))
  } catch {
    return []
  }
  const records: MergeRecord[] = []
  for (const name of names.sort()) {
    try {
      const m = await readManifest(join(ws.dir, MERGES_DIR, name))
      records.push({
        mergeId: m.mergeId,
        at: m.at,
        by: m.by,
        source: m.source,
        replaced: m.replaced.map(({ id, title }) => ({ id, title })),
        added: m.added.map(({ id, title }) => ({ id, title })),
        totals: m.totals,
        undoneAt: m.undoneAt,
      })
    } catch {
      /* not a merge record */
    }
  }
  return records
}

/**
 * Puts the workspace back as it was before the merge: replaced articles get their old
 * file back, added ones are taken out (moved aside). Edits made after the merge to those
 * articles are undone with it; the files as they were just before are saved first.
 */
export async function undoMerge(ws: Workspace, mergeId: string, options: { now?: () => Date } = {}): Promise<UndoMergeResult> {
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(mergeId)) throw new ClaimdeskError('invalid-argument', message('mergeError.notId', { id: mergeId }))
  const dir = join(ws.dir, MERGES_DIR, mergeId)
  let manifest: Manifest
  try {
    manifest = await readManifest(dir)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new ClaimdeskError('not-found', message('mergeError.noMerge', { id: mergeId }))
    throw new ClaimdeskError('unreadable-file', message('mergeError.recordDamaged', { id: mergeId, detail: (error as Error).message.split('\n')[0] }))
  }
  if (manifest.undoneAt) throw new ClaimdeskError('conflict', message('mergeError.alreadyUndone', { id: mergeId, at: manifest.undoneAt }))
  ws.assertWritable()

  // Read every backup first: an undo that cannot finish should not start.
  const restore: ArticleFile[] = []
  for (const entry of manifest.replaced) {
    const path = join(dir, 'before', `${entry.id}.json`)
    const parsed = ArticleFileSchema.safeParse(parseJsonBytes(await readFile(path)))
    if (!parsed.success) throw new ClaimdeskError('unreadable-file', message('mergeError.backupDamaged', { title: entry.title }))
    restore.push(parsed.data)
  }

  const undoneAt = (options.now ?? (() => new Date()))().toISOString()
  const savedTo = join(dir, `undone-${undoneAt.replace(/[:.]/g, '-')}`)
  await mkdir(savedTo, { recursive: true })
  const present = new Map(ws.allArticles().map((f) => [f.article.id, f]))
  const changedSinceMerge: string[] = []
  for (const entry of [...manifest.replaced, ...manifest.added]) {
    const current = present.get(entry.id)
    if (!current) continue
    if (fileDigest(current) !== entry.after) changedSinceMerge.push(entry.id)
    await writeFileAtomic(join(savedTo, `${entry.id}.json`), stableStringify(current))
  }

  for (const file of restore) await ws.putArticleFile(file)
  const removed: UndoMergeResult['removed'] = []
  for (const entry of manifest.added) {
    if (!present.has(entry.id)) continue
    const notice = await ws.removeArticle(entry.id)
    removed.push({ id: entry.id, movedTo: notice.movedTo })
  }
  await ws.forgetUndo([...restore.map((f) => f.article.id), ...removed.map((r) => r.id)])
  await writeManifest(dir, { ...manifest, undoneAt })
  ws.mergeSettled(mergeId)
  return { mergeId, restored: restore.map((f) => f.article.id), removed, changedSinceMerge, savedTo }
}

// The report the user reads: ./merge-report.ts.
export { formatMergeReport, mergeReportLines } from './merge-report'
