// Reading and checking workspace files: every file is migrated and validated with zod
// on load. A file that does not parse or validate is moved aside (quarantine) and
// reported, never reset; a file from a newer version, or one busy right now, is left
// where it is ("held") and never written. A file that does not parse may be in the
// middle of an in-place write by another program (a sync tool that truncates and
// writes): it is read again once it settles before it counts as damaged.
import { formatMessage, message, type Message } from '../core/messages'
import { zodIssueText } from '../core/messages/zod-issue'
import { noticeWith } from '../core/notices'
import { createHash } from 'node:crypto'
import { readFileSync, renameSync, statSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { z } from 'zod'
import { countClaims } from '../core/article-summary'
import { findClaim, inTextOrder, keepsTextOrder, pickClaims, replaceClaims } from '../core/claim-lookup'
import { ArticleFileSchema, ArticleSchema, ClaimSchema, SCHEMA_VERSION, type ArticleFile, type Claim } from '../core/schema'
import type { DurableJSONFile, FileFingerprint } from './durable-file'
import { describeFileError, errorCode, isBusyError } from './file-system'
import { parseJsonBytes } from './json-text'
import { migrate, MigrationError, readFailure } from './migrate'
import { quarantine, quarantineName, type RecoveryNotice } from './quarantine'

export type LoadResult<T> =
  | { status: 'missing' }
  | { status: 'ok'; data: T }
  | { status: 'skipped'; notice: RecoveryNotice; held?: { id?: string; contentHash?: string } }
  /** Does not parse, and was changed a moment ago: being written; left in place, read again later. */
  | { status: 'settling'; reason: Message }

/** A file that does not parse and was modified less than this ago may still be being written. */
export const SETTLE_MS = 1500
/** The longest wait for such a file to settle while opening; then it is left in place for now. */
const SETTLE_LIMIT_MS = 10_000
const SETTLE_STEP_MS = 100

/** True while a file's last change is too recent to call it damaged (a future mtime counts as recent). */
function recent(mtimeMs: number): boolean {
  return Date.now() - mtimeMs < SETTLE_MS
}

function beingWritten(path: string): Message {
  return message('fileError.beingWritten', { path })
}

/** What a save must check: the whole file, or only the parts an edit touched. */
export type SaveScope = { claimIds: readonly string[]; article?: boolean } | 'all'

function heldIdentity(raw: unknown): { id?: string; contentHash?: string } {
  const article = (raw as { article?: { id?: unknown; contentHash?: unknown } } | null)?.article
  return {
    ...(typeof article?.id === 'string' ? { id: article.id } : {}),
    ...(typeof article?.contentHash === 'string' ? { contentHash: article.contentHash } : {}),
  }
}

export function busyNotice(path: string, error: unknown): LoadResult<never> {
  // Busy or unreadable for now is not corrupt: leave the file where it is.
  const why = message('notice.unreadableFile', { code: String(errorCode(error)), detail: describeFileError(error) })
  return { status: 'skipped', notice: noticeWith(path, path, why), held: {} }
}

/** Validates raw JSON the way every file is validated on load; a one-line reason when it fails. */
export function validate<T>(raw: unknown, schema: z.ZodType<T>): { ok: true; data: T } | { ok: false; reason: string; why: string | Message; newer: boolean } {
  try {
    const parsed = schema.safeParse(migrate(raw))
    if (parsed.success) return { ok: true, data: parsed.data }
    const why = invalidContent(parsed.error.issues[0])
    return { ok: false, reason: formatMessage(why), why, newer: false }
  } catch (error) {
    return { ok: false, reason: (error as Error).message, why: readFailure(error), newer: error instanceof MigrationError && error.newerVersion }
  }
}

/** "invalid content at <path>: <zod's words>", zod's words as a code too (messages/zod-issue.ts). */
function invalidContent(issue: { path: PropertyKey[]; message: string }): Message {
  return message('notice.invalidContent', { path: issue.path.map(String).join('.') || '(root)', detail: zodIssueText(issue.message) })
}

export function parseJsonOrNull(bytes: Buffer): unknown {
  try {
    return parseJsonBytes(bytes)
  } catch {
    return null
  }
}

/**
 * Reads a file that did not parse again until it parses, or until it has settled (size
 * and mtime unchanged across a pause, last changed SETTLE_MS ago) and still does not.
 */
async function readSettled(adapter: DurableJSONFile<unknown>): Promise<{ raw: unknown } | { broken: SyntaxError } | { busy: true }> {
  const started = Date.now()
  let before = await stat(adapter.path).catch(() => null)
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_STEP_MS))
    let broken: SyntaxError
    try {
      return { raw: await adapter.read() }
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error
      broken = error
    }
    const after = await stat(adapter.path).catch(() => null)
    if (after && before && after.size === before.size && after.mtimeMs === before.mtimeMs && !recent(after.mtimeMs)) return { broken }
    if (Date.now() - started > SETTLE_LIMIT_MS) return { busy: true }
    before = after
  }
}

export async function loadValidated<T>(adapter: DurableJSONFile<unknown>, schema: z.ZodType<T>, now: Date): Promise<LoadResult<T>> {
  let raw: unknown
  try {
    try {
      raw = await adapter.read()
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error
      const settled = await readSettled(adapter)
      if ('broken' in settled) throw settled.broken
      if ('busy' in settled) {
        return { status: 'skipped', notice: noticeWith(adapter.path, adapter.path, message('notice.keptChanging')), held: {} }
      }
      raw = settled.raw
    }
  } catch (error) {
    if (isBusyError(error)) return busyNotice(adapter.path, error)
    const reason = error instanceof SyntaxError ? message('notice.notJson', { detail: error.message }) : (error as Error).message
    return { status: 'skipped', notice: await quarantine(adapter.path, reason, now) }
  }
  if (raw === null) return { status: 'missing' }
  const result = validate(raw, schema)
  if (result.ok) return { status: 'ok', data: result.data }
  // Not corrupt, just newer: leave it exactly where it is, and never write to it.
  if (result.newer) return { status: 'skipped', notice: noticeWith(adapter.path, adapter.path, result.why), held: heldIdentity(raw) }
  return { status: 'skipped', notice: await quarantine(adapter.path, result.why, now) }
}

/** The sync counterpart of loadValidated's checks, for an article read on first use. */
export function validateLoaded(raw: unknown, path: string): LoadResult<ArticleFile> {
  try {
    const parsed = ArticleFileSchema.safeParse(migrate(raw))
    if (parsed.success) return { status: 'ok', data: parsed.data }
    return { status: 'skipped', notice: noticeWith(path, path, invalidContent(parsed.error.issues[0])) }
  } catch (error) {
    if (error instanceof MigrationError && error.newerVersion) return { status: 'skipped', notice: noticeWith(path, path, error.text), held: heldIdentity(raw) }
    return { status: 'skipped', notice: noticeWith(path, path, message('notice.invalidContent', { path: '(root)', detail: readFailure(error) })) }
  }
}

export function quarantineNow(path: string, reason: string | Message, now: Date): RecoveryNotice {
  const movedTo = quarantineName(path, now)
  renameSync(path, movedTo)
  return noticeWith(path, movedTo, reason)
}

/**
 * Reads, migrates and validates one article file now (first use), with the fingerprint
 * of the bytes read; a file that does not parse or validate is moved aside.
 */
export function readArticleNow(path: string, now: Date): { loaded: LoadResult<ArticleFile>; fingerprint: FileFingerprint | null } {
  let loaded: LoadResult<ArticleFile>
  let fingerprint: FileFingerprint | null = null
  try {
    const bytes = readFileSync(path)
    loaded = validateLoaded(parseJsonBytes(bytes), path)
    // The adapter must know the file it will write over.
    if (loaded.status === 'ok') fingerprint = fingerprintOf(bytes, path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') loaded = { status: 'missing' }
    else if (isBusyError(error)) loaded = busyNotice(path, error)
    else if (changedJustNow(path)) loaded = { status: 'settling', reason: beingWritten(path) }
    else loaded = { status: 'skipped', notice: quarantineNow(path, `not valid JSON (${(error as Error).message})`, now) }
  }
  if (loaded.status === 'skipped' && loaded.notice.reason.startsWith('invalid content')) {
    loaded = { status: 'skipped', notice: quarantineNow(path, loaded.notice.why ?? loaded.notice.reason, now) }
  }
  return { loaded, fingerprint }
}

/** Whether a file that did not parse was changed too recently to call it damaged (first use cannot wait). */
function changedJustNow(path: string): boolean {
  try {
    return recent(statSync(path).mtimeMs)
  } catch {
    return false
  }
}

function fingerprintOf(bytes: Buffer, path: string): FileFingerprint | null {
  try {
    return { size: bytes.byteLength, mtimeMs: statSync(path).mtimeMs, sha256: createHash('sha256').update(bytes).digest('hex') }
  } catch {
    return null // the next write compares and refuses if it cannot tell
  }
}

/** Validates what a save changed: the article's own fields and the claims named, or everything. */
export function checkArticle(file: ArticleFile, scope: SaveScope): ArticleFile {
  if (scope === 'all') return ArticleFileSchema.parse(file)
  if (file.schemaVersion !== SCHEMA_VERSION) throw new Error(`Not saved: schema version ${file.schemaVersion}`)
  const article = scope.article ? ArticleSchema.parse(file.article) : file.article
  // A claim that validates comes back equal: then the array is kept, not copied again (135,000 claims).
  const checked = pickClaims(file.claims, scope.claimIds)
    .map((claim) => [claim, ClaimSchema.parse(claim)] as const)
    .filter(([claim, parsed]) => JSON.stringify(claim) !== JSON.stringify(parsed))
    .map(([, parsed]) => parsed)
  const claims = checked.length > 0 ? replaceClaims(file.claims, checked) : file.claims
  keepsTextOrder(file.claims, claims)
  return { schemaVersion: SCHEMA_VERSION, article, claims }
}

/** Builds the lookups a click uses (claim positions, text order, counts) while a pass is paid anyway. */
export function prepareClaims(claims: readonly Claim[]): void {
  findClaim(claims, '')
  inTextOrder(claims)
  countClaims(claims)
}
