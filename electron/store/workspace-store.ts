// The workspace on disk: one small index file and one JSON file per article, each a
// lowdb database over a durable adapter. Every file is migrated and validated with zod
// on load; a file that fails is moved aside (quarantine) and reported, never reset.
// Article files are the source of truth: the index is reconciled against them on open.
// Opening reads the index only (it carries everything the article list shows); an
// article file is read and validated when it is first used, and only the articles in
// use stay in memory. The background pass (services/search-engine.ts) checks every file
// against its index line.
// What protects the reviewer's work (issue 9, issue 15):
//  - a file this version cannot read (newer schema, or busy) is "held": never written;
//  - a file changed on disk since it was read is never overwritten: the pending edit is
//    rebased on the new version (article-rebase.ts) and the reviewer is told;
//  - a save the file system refuses (locked, disk full, read-only) keeps the change in
//    memory, marked unsaved, and is tried again with the next save and on close.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, renameSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { mkdir, readdir, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import type { z } from 'zod'
import { countClaims, recountClaims } from '../core/article-summary'
import { inTextOrder, keepsTextOrder, pickClaims, replaceClaims, findClaim } from '../core/claim-lookup'
import {
  ArticleFileSchema,
  ArticleSchema,
  ClaimSchema,
  SCHEMA_VERSION,
  WorkspaceIndexSchema,
  type ArticleFile,
  type ArticleIndexEntry,
  type Claim,
  type WorkspaceIndex,
} from '../core/schema'
import type { ExternalChange, UnsavedState } from '../core/api'
import { ClaimdeskError } from '../core/errors'
import { rebaseArticle } from './article-rebase'
import { serialiseArticle } from './article-json'
import { ArticleWal, parseWal, replayWal, WAL_DIR, walPath } from './article-wal'
import { DurableJSONFile, ExternalChangeError, type DurableOptions } from './durable-file'
import { describeFileError, errorCode, isBusyError } from './file-system'
import { ensureGitAttributes } from './git-attributes'
import { parseJsonBytes } from './json-text'
import { migrate, MigrationError } from './migrate'
import { isArticleFileName, removeTempFiles, strayNotices } from './workspace-scan'
import { quarantine, quarantineName, type RecoveryNotice } from './quarantine'

export const INDEX_FILE = 'claimdesk.json'
export const ARTICLES_DIR = 'articles'
/** Articles kept in memory beyond those being written: the most recently used ones. */
export const LOADED_ARTICLES = 24

export interface StoreOptions extends DurableOptions {
  now?: () => Date
  /**
   * For a reader that does not hold the workspace lock (a report while the app runs):
   * no temp-file cleanup (the temp file may be the app's save in flight), no index rewrite.
   */
  readOnly?: boolean
  /** Quiet time before an article's change log is folded into its file (article-wal.ts). */
  compactAfterMs?: number
  /** Quiet time before an edit's index line is written (a new article's line is written at once). */
  indexDelayMs?: number
}

/** Logged records that make an article's file be rewritten without waiting for quiet. */
const COMPACT_RECORDS = 500

type LoadResult<T> =
  | { status: 'missing' }
  | { status: 'ok'; data: T }
  | { status: 'skipped'; notice: RecoveryNotice; held?: { id?: string; contentHash?: string } }

function heldIdentity(raw: unknown): { id?: string; contentHash?: string } {
  const article = (raw as { article?: { id?: unknown; contentHash?: unknown } } | null)?.article
  return {
    ...(typeof article?.id === 'string' ? { id: article.id } : {}),
    ...(typeof article?.contentHash === 'string' ? { contentHash: article.contentHash } : {}),
  }
}

function busyNotice(path: string, error: unknown): LoadResult<never> {
  // Busy or unreadable for now is not corrupt: leave the file where it is.
  const reason = `could not be read (${errorCode(error)}): ${describeFileError(error)}; it was left where it is and is not shown until the workspace is opened again`
  return { status: 'skipped', notice: { file: path, movedTo: path, reason }, held: {} }
}

/** Validates raw JSON the way every file is validated on load; a one-line reason when it fails. */
function validate<T>(raw: unknown, schema: z.ZodType<T>): { ok: true; data: T } | { ok: false; reason: string; newer: boolean } {
  try {
    const parsed = schema.safeParse(migrate(raw))
    if (parsed.success) return { ok: true, data: parsed.data }
    const issue = parsed.error.issues[0]
    return { ok: false, reason: `invalid content at ${issue.path.join('.') || '(root)'}: ${issue.message}`, newer: false }
  } catch (error) {
    return { ok: false, reason: (error as Error).message, newer: error instanceof MigrationError && error.newerVersion }
  }
}

function parseJsonOrNull(bytes: Buffer): unknown {
  try {
    return parseJsonBytes(bytes)
  } catch {
    return null
  }
}

async function loadValidated<T>(
  adapter: DurableJSONFile<unknown>,
  schema: z.ZodType<T>,
  now: Date,
): Promise<LoadResult<T>> {
  let raw: unknown
  try {
    raw = await adapter.read()
  } catch (error) {
    if (isBusyError(error)) return busyNotice(adapter.path, error)
    const reason = error instanceof SyntaxError ? `not valid JSON (${error.message})` : (error as Error).message
    return { status: 'skipped', notice: await quarantine(adapter.path, reason, now) }
  }
  if (raw === null) return { status: 'missing' }
  const result = validate(raw, schema)
  if (result.ok) return { status: 'ok', data: result.data }
  // Not corrupt, just newer: leave it exactly where it is, and never write to it.
  if (result.newer) return { status: 'skipped', notice: { file: adapter.path, movedTo: adapter.path, reason: result.reason }, held: heldIdentity(raw) }
  return { status: 'skipped', notice: await quarantine(adapter.path, result.reason, now) }
}

/** The sync counterpart of loadValidated's checks, for an article read on first use. */
function validateLoaded(raw: unknown, path: string): LoadResult<ArticleFile> {
  try {
    const parsed = ArticleFileSchema.safeParse(migrate(raw))
    if (parsed.success) return { status: 'ok', data: parsed.data }
    const issue = parsed.error.issues[0]
    return { status: 'skipped', notice: { file: path, movedTo: path, reason: `invalid content at ${issue.path.join('.') || '(root)'}: ${issue.message}` } }
  } catch (error) {
    if (error instanceof MigrationError && error.newerVersion) return { status: 'skipped', notice: { file: path, movedTo: path, reason: error.message }, held: heldIdentity(raw) }
    return { status: 'skipped', notice: { file: path, movedTo: path, reason: `invalid content at (root): ${(error as Error).message}` } }
  }
}

function quarantineNow(path: string, reason: string, now: Date): RecoveryNotice {
  const movedTo = quarantineName(path, now)
  renameSync(path, movedTo)
  return { file: path, movedTo, reason }
}

/** Validates what a save changed: the article's own fields and the claims named, or everything. */
function checkArticle(file: ArticleFile, scope: SaveScope): ArticleFile {
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
function prepareClaims(claims: readonly Claim[]): void {
  findClaim(claims, '')
  inTextOrder(claims)
  countClaims(claims)
}

function emptyIndex(): WorkspaceIndex {
  return { schemaVersion: SCHEMA_VERSION, articles: [], settings: { reviewerName: '' } }
}

export function indexEntryOf(file: ArticleFile, fingerprint?: { size: number; sha256: string } | null): ArticleIndexEntry {
  const { id, title, outlet, publishedAt, importedAt, contentHash } = file.article
  const entry: ArticleIndexEntry = { id, title, outlet, publishedAt, importedAt, contentHash, ...countClaims(file.claims) }
  if (fingerprint) entry.file = { bytes: fingerprint.size, sha256: fingerprint.sha256 }
  return entry
}

/** True when an index line carries everything the article list shows (older indexes do not). */
function isComplete(entry: ArticleIndexEntry): boolean {
  return entry.claimCount !== undefined && entry.reviewedCount !== undefined && entry.corroborationCounts !== undefined && entry.tags !== undefined
}

/** What a save must check: the whole file, or only the parts an edit touched. */
export type SaveScope = { claimIds: readonly string[]; article?: boolean } | 'all'

export class WorkspaceStore {
  readonly notices: RecoveryNotice[] = []
  /** The articles in memory, least recently used first. */
  private readonly articleDbs = new Map<string, Low<ArticleFile>>()
  /** Articles with a write in flight: never let go of. */
  private readonly writing = new Map<string, Promise<void>>()
  /** The index changed in memory and is not yet queued for writing. */
  private indexDirty = false
  /** Article ids with a file in articles/ when the workspace was opened. */
  private present = new Set<string>()
  /** Called when an article file changed on disk and was reloaded (with or without a pending edit). */
  onExternalChange: (change: ExternalChange) => void = () => undefined
  /** Each article in memory as it is on disk (as last read or written), the base for rebasing. */
  private readonly synced = new Map<string, ArticleFile>()
  /** Files this version must not write: newer schema, or unreadable when opened. */
  private readonly held = new Map<string, { path: string; reason: string; contentHash?: string }>()
  /** Articles whose latest change is only in memory, with why. */
  private readonly unsaved = new Map<string, string>()
  /** Article files already reported (moved aside or left alone), by id. */
  private readonly reported = new Set<string>()
  /** Per-article change logs: an edit is appended there, the file is rewritten later. */
  private readonly wals = new Map<string, ArticleWal>()
  private readonly compactTimers = new Map<string, NodeJS.Timeout>()
  /** Compactions in flight (the file rewrite behind an article's log). */
  private readonly compacting = new Map<string, Promise<void>>()
  private indexTimer: NodeJS.Timeout | null = null
  private indexDirtySince = 0
  private compactAfterMs = 2000
  private indexDelayMs = 1000
  /** Why this process must not write now (the workspace lock went to another process), or null. */
  private writesBlocked: string | null = null
  /** Called whenever the unsaved state changes (the header line, the check before quitting). */
  onUnsavedChange: (state: UnsavedState | null) => void = () => undefined
  private lastUnsaved = 'null'

  private constructor(
    readonly dir: string,
    private readonly indexDb: Low<WorkspaceIndex>,
    private readonly now: () => Date,
    private readonly durable: DurableOptions = {},
    private readonly readOnly = false,
  ) {}

  static async open(dir: string, options: StoreOptions = {}): Promise<WorkspaceStore> {
    const now = options.now ?? (() => new Date())
    const durable: DurableOptions = { ...(options.fs ? { fs: options.fs } : {}), ...(options.retry ? { retry: options.retry } : {}) }
    const created = !existsSync(join(dir, INDEX_FILE))
    await mkdir(join(dir, ARTICLES_DIR), { recursive: true })
    if (created && !options.readOnly) await ensureGitAttributes(dir)
    // Temp files are left by a save that was killed before its rename: never the only copy.
    if (!options.readOnly) await removeTempFiles(dir, ['.', ARTICLES_DIR, '.claimdesk', WAL_DIR, 'evidence'])

    const indexAdapter = new DurableJSONFile<WorkspaceIndex>(join(dir, INDEX_FILE), durable)
    // Article files are serialised in chunks: compacting a large one must not stop every click.
    const store = new WorkspaceStore(dir, new Low(indexAdapter, emptyIndex()), now, { ...durable, serialise: serialiseArticle }, options.readOnly ?? false)
    if (options.compactAfterMs !== undefined) store.compactAfterMs = options.compactAfterMs
    if (options.indexDelayMs !== undefined) store.indexDelayMs = options.indexDelayMs
    const loadedIndex = await loadValidated(indexAdapter as DurableJSONFile<unknown>, WorkspaceIndexSchema, now())
    if (loadedIndex.status === 'ok') store.indexDb.data = loadedIndex.data
    if (loadedIndex.status === 'skipped') {
      // An index from a newer Claimdesk is left alone, and so is the whole workspace:
      // rewriting it here could lose what the newer version keeps in it.
      if (loadedIndex.notice.movedTo === loadedIndex.notice.file) {
        throw new Error(`This workspace was ${loadedIndex.notice.reason}; open it with that version. Nothing was changed.`)
      }
      store.notices.push(loadedIndex.notice)
    }

    await store.loadArticles()
    await store.reconcileIndex(loadedIndex.status !== 'ok' && !options.readOnly)
    await store.recoverLogs()
    return store
  }

  get index(): WorkspaceIndex {
    return this.indexDb.data
  }

  articleIds(): string[] {
    return this.index.articles.map((a) => a.id)
  }

  /** The article, read from its file (and validated) on first use. Undefined when it is not in the workspace or unreadable. */
  article(id: string): ArticleFile | undefined {
    const db = this.articleDbs.get(id)
    if (db) {
      this.articleDbs.delete(id) // most recently used last
      this.articleDbs.set(id, db)
      return db.data
    }
    if (!this.index.articles.some((a) => a.id === id)) return undefined
    return this.loadNow(id)
  }

  /** Same as article(), reading the file without blocking. */
  async loadArticle(id: string): Promise<ArticleFile | undefined> {
    if (this.articleDbs.has(id) || !this.index.articles.some((a) => a.id === id)) return this.article(id)
    const adapter = new DurableJSONFile<ArticleFile>(this.articlePath(id), this.durable)
    const loaded = await loadValidated(adapter as DurableJSONFile<unknown>, ArticleFileSchema, this.now())
    if (this.articleDbs.has(id)) return this.article(id) // loaded meanwhile
    return this.adoptLoaded(id, loaded, adapter)
  }

  /** Whether the article is in memory now (tests, the bench). */
  isLoaded(id: string): boolean {
    return this.articleDbs.has(id)
  }

  /** Every article, each read on demand: a report or a merge over the whole workspace. */
  allArticles(): ArticleFile[] {
    return this.articleIds()
      .map((id) => this.article(id))
      .filter((f): f is ArticleFile => f !== undefined)
  }

  /**
   * Replaces an article file's content and writes it. `scope` says what changed, so a
   * click validates the claims it touched, not every claim of the article (the rest was
   * validated when the file was read). The index line is updated at once in memory; for
   * an edit it is written behind the article file, not waited for (an index out of date
   * after a crash is found and repaired by the background pass, which compares it with
   * the files). Rewriting and fsyncing the whole index on every click would cost more
   * than the click itself at 2,000 articles.
   */
  async saveArticle(file: ArticleFile, scope: SaveScope = 'all'): Promise<void> {
    let parsed: ArticleFile
    try {
      parsed = checkArticle(file, scope) // never write what we could not read back
    } catch (error) {
      const issue = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues?.[0]
      const why = issue ? `${issue.path.join('.') || 'file'}: ${issue.message}` : (error as Error).message.split('\n')[0]
      throw new ClaimdeskError('invalid-argument', `Not saved: the change would make the article invalid (${why}).`)
    }
    const id = parsed.article.id
    const held = this.held.get(id)
    if (held) throw new ClaimdeskError('conflict', `${ARTICLES_DIR}/${id}.json was left alone (${held.reason}); it was not changed.`)
    await this.retryUnsaved(id)
    if (await this.logEdit(parsed, scope)) return
    let db = this.articleDbs.get(id)
    if (!db) {
      db = new Low(new DurableJSONFile<ArticleFile>(this.articlePath(id), this.durable), parsed)
      this.articleDbs.set(id, db)
    }
    db.data = parsed
    prepareClaims(parsed.claims)
    const write = this.writeArticle(id)
    this.writing.set(id, write)
    try {
      await write
    } finally {
      if (this.writing.get(id) === write) this.writing.delete(id)
    }
    this.evictUnused()
    await this.updateIndexEntry(this.articleDbs.get(id)?.data ?? parsed, scope)
  }

  /**
   * An edit of claims in an article in memory: appended to the article's change log
   * (one small fsynced line) instead of rewriting the file, which follows on idle.
   * False when the edit must be written the usual way: a whole-file or article change,
   * a file changed on disk (rebased at once), or an unsaved change waiting.
   */
  private async logEdit(file: ArticleFile, scope: SaveScope): Promise<boolean> {
    const id = file.article.id
    const db = this.articleDbs.get(id)
    if (this.readOnly || this.writesBlocked || scope === 'all' || scope.article || !db || this.unsaved.has(id)) return false
    const adapter = db.adapter as DurableJSONFile<ArticleFile>
    if (await adapter.changedOnDisk().catch(() => true)) return false // a stat; the full path rebases and tells
    recountClaims(db.data.claims, file.claims, scope.claimIds) // the index line's counts, without a pass over every claim
    db.data = file
    const claims = pickClaims(file.claims, scope.claimIds)
    const kept = new Set(claims.map((c) => c.id))
    const wal = this.walFor(id)
    const write = wal.append({ claims, removed: scope.claimIds.filter((c) => !kept.has(c)) })
    this.writing.set(id, write)
    try {
      await write
    } catch {
      return false // the log refused (disk full...): the full write reports it the usual way
    } finally {
      if (this.writing.get(id) === write) this.writing.delete(id)
    }
    this.scheduleCompaction(id, wal.pending >= COMPACT_RECORDS ? 0 : this.compactAfterMs)
    await this.updateIndexEntry(file, scope)
    return true
  }

  private walFor(id: string): ArticleWal {
    let wal = this.wals.get(id)
    if (!wal) {
      const adapter = this.articleDbs.get(id)?.adapter as DurableJSONFile<ArticleFile> | undefined
      wal = new ArticleWal(walPath(this.dir, id), adapter?.fingerprint?.sha256 ?? null, this.durable)
      this.wals.set(id, wal)
    }
    return wal
  }

  private scheduleCompaction(id: string, delayMs: number): void {
    if (this.readOnly) return
    clearTimeout(this.compactTimers.get(id))
    const timer = setTimeout(() => {
      this.compactTimers.delete(id)
      void this.compact(id).catch(() => undefined) // a refused write leaves the log as it is: nothing lost
    }, delayMs)
    timer.unref?.()
    this.compactTimers.set(id, timer)
  }

  /** Folds an article's change log into its file: the file is rewritten atomically, then the log emptied. */
  async compact(id: string): Promise<void> {
    clearTimeout(this.compactTimers.get(id))
    this.compactTimers.delete(id)
    const running = this.compacting.get(id)
    if (running) await running.catch(() => undefined)
    if (!this.wals.get(id)?.pending || !this.articleDbs.has(id)) return
    const run = this.writeArticle(id).then(() => this.updateIndexEntry(this.articleDbs.get(id)!.data, { claimIds: [] }))
    this.compacting.set(id, run)
    try {
      await run
    } finally {
      if (this.compacting.get(id) === run) this.compacting.delete(id)
    }
  }

  /** Articles whose change log holds edits their file does not (a crash, or a reader that does not compact). */
  hasLoggedEdits(id: string): boolean {
    return (this.wals.get(id)?.pending ?? 0) > 0
  }

  /** A file in the folder that this version left alone (newer, or unreadable): matched by id or content hash. */
  heldArticle(idOrHash: { id?: string; contentHash?: string }): { path: string; reason: string } | undefined {
    if (idOrHash.id && this.held.has(idOrHash.id)) return this.held.get(idOrHash.id)
    return [...this.held.values()].find((h) => h.contentHash !== undefined && h.contentHash === idOrHash.contentHash)
  }

  unsavedState(): UnsavedState | null {
    if (this.unsaved.size === 0) return null
    const reasons = [...new Set(this.unsaved.values())]
    const n = this.unsaved.size
    return { count: n, message: `${n} change${n === 1 ? '' : 's'} not saved: ${reasons.join('; ')}`, articleIds: [...this.unsaved.keys()] }
  }

  /**
   * While set, nothing is written: changes stay in memory, marked unsaved with this reason
   * (another process holds the workspace; writing now would overwrite its work).
   */
  blockWrites(reason: string | null): void {
    this.writesBlocked = reason
  }

  /** Refuses a change that cannot be kept as unsaved (remove, merge, settings) while writes are blocked. */
  assertWritable(): void {
    if (this.writesBlocked) throw new ClaimdeskError('not-saved', `Not done: ${this.writesBlocked}; nothing was changed.`)
  }

  private markUnsaved(id: string, reason: string | null): void {
    if (reason === null) this.unsaved.delete(id)
    else this.unsaved.set(id, reason)
    const state = this.unsavedState()
    const key = JSON.stringify(state)
    if (key === this.lastUnsaved) return
    this.lastUnsaved = key
    this.onUnsavedChange(state)
  }

  /** Tries again to write every unsaved article (other than `except`); those that fail stay unsaved. */
  async retryUnsaved(except?: string): Promise<void> {
    for (const id of [...this.unsaved.keys()]) {
      if (id === except || !this.articleDbs.has(id)) continue
      await this.writeArticle(id).then(
        () => this.updateIndexEntry(this.articleDbs.get(id)!.data, 'all'),
        () => undefined,
      )
    }
  }

  /** Writes an article's in-memory version; rebases it when the file changed on disk. */
  private async writeArticle(id: string): Promise<void> {
    const db = this.articleDbs.get(id)!
    const adapter = db.adapter as DurableJSONFile<ArticleFile>
    if (this.writesBlocked) {
      this.markUnsaved(id, this.writesBlocked)
      throw new ClaimdeskError('not-saved', `${this.unsavedState()!.message}. The change is kept and will be saved once this window has the workspace again.`)
    }
    const wal = this.wals.get(id)
    const mark = wal?.mark() // db.data holds every record logged before this
    for (let attempt = 0; ; attempt++) {
      try {
        await db.write()
        this.synced.set(id, db.data)
        this.markUnsaved(id, null)
        if (wal && mark !== undefined && wal.pending > 0) await wal.compacted(mark, adapter.fingerprint?.sha256 ?? null)
        return
      } catch (error) {
        if (error instanceof ExternalChangeError && attempt < 3) {
          const theirs = validate(parseJsonOrNull(error.current), ArticleFileSchema)
          if (!theirs.ok) {
            this.markUnsaved(id, `the file was changed by another program into one this version cannot read (${theirs.reason})`)
            throw new ClaimdeskError('not-saved', `Not saved: ${ARTICLES_DIR}/${id}.json was changed by another program and ${theirs.reason}; your change is kept in memory.`)
          }
          const base = this.synced.get(id) ?? theirs.data
          const rebased = rebaseArticle(base, db.data, theirs.data, this.now().toISOString(), 'changed on disk')
          adapter.adopt(error.fingerprint)
          this.synced.set(id, theirs.data)
          db.data = rebased.file
          this.reportExternalChange(id, rebased.conflicts.map((c) => c.field), true)
          continue
        }
        if (error instanceof ExternalChangeError || errorCode(error) === undefined) throw error
        this.markUnsaved(id, describeFileError(error))
        throw new ClaimdeskError('not-saved', `${this.unsavedState()!.message}. The change is kept and will be saved with the next change or when the workspace closes.`)
      }
    }
  }

  /**
   * Reloads an article whose file changed on disk (seen by a watcher or a check), keeping
   * a pending unsaved edit on top. Returns true when something was reloaded.
   */
  async reloadIfChanged(id: string): Promise<boolean> {
    const db = this.articleDbs.get(id)
    if (!db) return false // not in memory: it is read fresh on first use
    const adapter = db.adapter as DurableJSONFile<ArticleFile>
    await adapter.flush()
    const changed = await adapter.changedOnDisk().catch(() => null)
    if (!changed) return false
    const theirs = validate(parseJsonOrNull(changed.bytes), ArticleFileSchema)
    if (!theirs.ok) return false // a half-written or foreign file: our next write refuses and reports it
    const pending = this.unsaved.has(id) || this.hasLoggedEdits(id)
    const base = this.synced.get(id) ?? theirs.data
    const rebased = pending ? rebaseArticle(base, db.data, theirs.data, this.now().toISOString(), 'changed on disk') : { file: theirs.data, conflicts: [] }
    adapter.adopt(changed.fingerprint)
    this.synced.set(id, theirs.data)
    db.data = rebased.file
    if (pending) await this.writeArticle(id).catch(() => undefined)
    await this.updateIndexEntry(db.data, 'all')
    this.reportExternalChange(id, rebased.conflicts.map((c) => c.field), pending)
    return true
  }

  private reportExternalChange(id: string, conflicts: string[], hadPendingEdit: boolean): void {
    const title = this.articleDbs.get(id)?.data.article.title ?? id
    const unique = [...new Set(conflicts)]
    const message = unique.length
      ? `“${title}” was changed by another program while open; both changed ${unique.join(', ')}: your change was kept and the other version is in the claim's history.`
      : `“${title}” was changed by another program while open and was reloaded${hadPendingEdit ? '; your change was kept' : ''}.`
    this.notices.push({ file: this.articlePath(id), movedTo: this.articlePath(id), reason: message })
    this.onExternalChange({ articleId: id, title, conflicts: unique, message })
  }

  /** Writes the index; if it changed on disk, its settings are taken from there (the article list follows the files). */
  private async writeIndex(settingsChanged = false): Promise<void> {
    if (this.writesBlocked) {
      this.indexDirty = true // rebuilt from the article files in any case; written once writes are allowed again
      return
    }
    try {
      await this.indexDb.write()
    } catch (error) {
      if (!(error instanceof ExternalChangeError)) throw error
      const theirs = validate(parseJsonOrNull(error.current), WorkspaceIndexSchema)
      if (!theirs.ok) throw new ClaimdeskError('not-saved', `The workspace index was changed by another program and ${theirs.reason}; it was not overwritten.`)
      if (!settingsChanged) this.index.settings = theirs.data.settings
      ;(this.indexDb.adapter as DurableJSONFile<WorkspaceIndex>).adopt(error.fingerprint)
      await this.indexDb.write()
    }
  }

  private async updateIndexEntry(file: ArticleFile, scope: SaveScope): Promise<void> {
    const adapter = this.articleDbs.get(file.article.id)?.adapter as DurableJSONFile<ArticleFile> | undefined
    const entry = indexEntryOf(file, adapter?.fingerprint)
    const at = this.index.articles.findIndex((a) => a.id === entry.id)
    const current = at >= 0 ? this.index.articles[at] : undefined
    if (!current || JSON.stringify(current) !== JSON.stringify(entry)) {
      if (at >= 0) this.index.articles[at] = entry
      else this.index.articles.push(entry)
      // A whole new file (import, merge) waits for its line; a click does not: its line
      // is written after a quiet moment, coalesced with the next clicks' (flush() writes
      // it; the background pass and the change logs repair a line lost in a crash).
      // Rewriting the index on every click made the clicks' own fsyncs wait behind it.
      // A refused index write loses nothing: the index is rebuilt from the article files.
      if (scope === 'all') {
        this.indexDirty = false
        await this.writeIndex().catch(() => undefined)
      } else this.scheduleIndexWrite()
    }
  }

  /** Writes the index after `indexDelayMs` without a change, and at least every ten of those while clicks go on. */
  private scheduleIndexWrite(): void {
    if (!this.indexTimer) this.indexDirtySince = Date.now()
    this.indexDirty = true
    if (this.readOnly) return
    if (this.indexTimer) clearTimeout(this.indexTimer)
    const wait = Math.max(0, Math.min(this.indexDelayMs, this.indexDirtySince + 10 * this.indexDelayMs - Date.now()))
    this.indexTimer = setTimeout(() => {
      this.indexTimer = null
      if (!this.indexDirty) return
      this.indexDirty = false
      void this.writeIndex().catch(() => undefined)
    }, wait)
    this.indexTimer.unref?.()
  }

  /** Puts an index line right from what the article file holds (the background pass found it out of date). */
  async repairIndexEntry(entry: ArticleIndexEntry): Promise<void> {
    const at = this.index.articles.findIndex((a) => a.id === entry.id)
    if (at < 0 || this.articleDbs.has(entry.id)) return // in memory, the next save writes it right
    this.index.articles[at] = entry
    this.scheduleIndexWrite() // the pass may repair many lines: one write for them
  }

  /** Takes an article out of the index and moves its file aside (never deleted). */
  async removeArticle(id: string, reason: string): Promise<RecoveryNotice> {
    if (!this.article(id)) throw new Error(`No article ${id}`)
    this.assertWritable()
    await this.compact(id)
    const wal = this.wals.get(id)
    if (wal && wal.pending === 0) await wal.remove()
    this.wals.delete(id)
    const db = this.articleDbs.get(id)!
    await (db.adapter as DurableJSONFile<ArticleFile>).flush()
    this.articleDbs.delete(id)
    this.synced.delete(id)
    this.markUnsaved(id, null)
    this.index.articles = this.index.articles.filter((a) => a.id !== id)
    await this.writeIndex()
    const path = this.articlePath(id)
    const movedTo = `${path}.${reason}-${this.now().toISOString().replace(/[:.]/g, '-')}`
    await rename(path, movedTo)
    return { file: path, movedTo, reason }
  }

  async saveSettings(settings: WorkspaceIndex['settings']): Promise<void> {
    this.assertWritable()
    this.index.settings = settings
    await this.writeIndex(true)
  }

  /** Waits for every write and tries unsaved changes once more; what is still unsaved, or null. */
  async saveAll(): Promise<UnsavedState | null> {
    try {
      await this.flush()
      return null
    } catch (error) {
      if (error instanceof ClaimdeskError && error.code === 'not-saved') return this.unsavedState()
      throw error
    }
  }

  /** Waits for every write; tries unsaved changes once more and throws if any still cannot be written. */
  async flush(): Promise<void> {
    if (this.indexTimer) clearTimeout(this.indexTimer)
    this.indexTimer = null
    await Promise.all([...this.wals.values()].map((wal) => wal.flush()))
    for (const id of [...this.wals.keys()]) {
      if (this.readOnly) break
      await this.compact(id).catch(() => undefined) // refused: kept as unsaved (below) and in the log
      const wal = this.wals.get(id)
      if (wal && wal.pending === 0) await wal.remove() // an empty log is not kept
    }
    if (this.indexDirty && !this.readOnly && !this.writesBlocked) {
      this.indexDirty = false
      await this.writeIndex().catch(() => undefined)
    }
    await (this.indexDb.adapter as DurableJSONFile<WorkspaceIndex>).flush()
    await Promise.all([...this.writing.values()].map((write) => write.catch(() => undefined)))
    await Promise.all([...this.articleDbs.values()].map((db) => (db.adapter as DurableJSONFile<ArticleFile>).flush()))
    await this.retryUnsaved()
    const unsaved = this.unsavedState()
    if (unsaved) throw new ClaimdeskError('not-saved', `${unsaved.message}. Free the file or the disk and save again; quitting now would lose it.`)
  }

  private articlePath(id: string): string {
    return join(this.dir, ARTICLES_DIR, `${id}.json`)
  }

  /**
   * Reads only the article files the index cannot describe: files without an index
   * line, and lines from an index written before it carried the counts.
   */
  private async loadArticles(): Promise<void> {
    const articlesDir = join(this.dir, ARTICLES_DIR)
    const entries = await readdir(articlesDir)
    this.notices.push(...strayNotices(articlesDir, entries))
    const names = entries.filter(isArticleFileName)
    this.present = new Set(names.map((n) => n.slice(0, -'.json'.length)))
    const described = new Set(this.index.articles.filter(isComplete).map((a) => a.id))
    for (const name of names.sort()) {
      if (described.has(name.slice(0, -'.json'.length))) continue
      const adapter = new DurableJSONFile<ArticleFile>(join(this.dir, ARTICLES_DIR, name), this.durable)
      const loaded = await loadValidated(adapter as DurableJSONFile<unknown>, ArticleFileSchema, this.now())
      if (loaded.status === 'skipped') {
        this.noteSkipped(name.slice(0, -'.json'.length), loaded)
        continue
      }
      if (loaded.status !== 'ok') continue
      if (`${loaded.data.article.id}.json` !== name) {
        // A file copied under another name: keep it readable, but do not let two files claim one id.
        if (this.articleDbs.has(loaded.data.article.id) || described.has(loaded.data.article.id)) continue
      }
      this.articleDbs.set(loaded.data.article.id, new Low(adapter, loaded.data))
      this.synced.set(loaded.data.article.id, loaded.data)
    }
  }

  /** Reports a file that was not loaded; one this version left alone is never written. */
  private noteSkipped(nameId: string, loaded: Extract<LoadResult<ArticleFile>, { status: 'skipped' }>): void {
    this.notices.push(loaded.notice)
    this.reported.add(nameId)
    if (!loaded.held) return
    const entry = { path: loaded.notice.file, reason: loaded.notice.reason, ...(loaded.held.contentHash ? { contentHash: loaded.held.contentHash } : {}) }
    this.held.set(loaded.held.id ?? nameId, entry)
    this.held.set(nameId, entry) // the file's own name is never written either
  }

  /** Reads, migrates and validates one article file now (first use); a file that fails is moved aside. */
  private loadNow(id: string): ArticleFile | undefined {
    const path = this.articlePath(id)
    let loaded: LoadResult<ArticleFile>
    try {
      loaded = validateLoaded(parseJsonBytes(readFileSync(path)), path)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') loaded = { status: 'missing' }
      else if (isBusyError(error)) loaded = busyNotice(path, error)
      else loaded = { status: 'skipped', notice: quarantineNow(path, `not valid JSON (${(error as Error).message})`, this.now()) }
    }
    if (loaded.status === 'skipped' && loaded.notice.reason.startsWith('invalid content')) {
      loaded = { status: 'skipped', notice: quarantineNow(path, loaded.notice.reason, this.now()) }
    }
    const adapter = new DurableJSONFile<ArticleFile>(path, this.durable)
    // The adapter must know the file it will write over: read through it (cheap, just read).
    if (loaded.status === 'ok') {
      try {
        adapter.adopt(fingerprintOf(readFileSync(path), path))
      } catch {
        /* the next write compares and refuses if it cannot tell */
      }
    }
    return this.adoptLoaded(id, loaded, adapter)
  }

  private adoptLoaded(id: string, loaded: LoadResult<ArticleFile>, adapter: DurableJSONFile<ArticleFile>): ArticleFile | undefined {
    if (loaded.status === 'ok' && loaded.data.article.id === id) {
      const data = this.applyLog(id, loaded.data, adapter.fingerprint?.sha256 ?? null)
      prepareClaims(data.claims) // the reading already cost a pass: the first click then costs none
      this.articleDbs.set(id, new Low(adapter, data))
      this.synced.set(id, loaded.data)
      this.evictUnused()
      return data
    }
    if (loaded.status === 'skipped') this.noteSkipped(id, loaded)
    if (loaded.status === 'missing') {
      const title = this.index.articles.find((a) => a.id === id)?.title ?? id
      this.notices.push({ file: this.articlePath(id), movedTo: this.articlePath(id), reason: `the file of “${title}” is missing; it was taken out of the article list` })
    }
    // Missing, moved aside, newer or not this article: out of the list (the file, if any, is left alone).
    // Written with the next save or on close; until then a reopen finds the same thing again.
    this.index.articles = this.index.articles.filter((a) => a.id !== id)
    this.indexDirty = true
    return undefined
  }

  /**
   * The article with the edits its change log holds (left by a crash, or by the app
   * while a reader looks). A torn last line is an edit never acknowledged: left out.
   */
  private applyLog(id: string, file: ArticleFile, fileSha: string | null): ArticleFile {
    const path = walPath(this.dir, id)
    let text: string
    try {
      text = readFileSync(path, 'utf8')
    } catch {
      return file // no log: the usual case
    }
    const log = parseWal(text)
    if (log.damagedAt !== null && !this.readOnly) {
      this.notices.push(quarantineNow(path, `the change log of “${file.article.title}” is damaged at line ${log.damagedAt}; the edits before it were kept`, this.now()))
    }
    const replayed = replayWal(file, log.records, log.base === null || log.base !== fileSha)
    if (replayed.changed && log.base !== null && log.base !== fileSha) {
      // The file was changed by another program after these edits were logged: the logged claims win.
      this.notices.push({ file: this.articlePath(id), movedTo: this.articlePath(id), reason: `“${file.article.title}” changed on disk after edits were saved to its change log; ${log.records.length} logged edit${log.records.length === 1 ? ' was' : 's were'} applied on top` })
    }
    if (replayed.changed || log.torn || log.damagedAt !== null) {
      const clean = !log.torn && log.damagedAt === null
      this.wals.set(id, new ArticleWal(path, log.base, this.durable, { records: replayed.changed ? log.records : [], started: log.damagedAt === null, clean }))
      if (replayed.changed) this.scheduleCompaction(id, 0)
    }
    return replayed.file
  }

  /** On open: folds every change log left with edits (a crash) into its article file, and its index line. */
  private async recoverLogs(): Promise<void> {
    if (this.readOnly) return
    await mkdir(join(this.dir, WAL_DIR), { recursive: true })
    const names = (await readdir(join(this.dir, WAL_DIR))).filter((n) => n.endsWith('.jsonl'))
    let recovered = 0
    for (const name of names) {
      const id = name.slice(0, -'.jsonl'.length)
      if (!this.index.articles.some((a) => a.id === id)) continue // its article is gone or held: the log is left alone
      const text = await readFile(join(this.dir, WAL_DIR, name), 'utf8').catch(() => '')
      if (parseWal(text).records.length === 0) continue
      const db = this.articleDbs.get(id)
      if (db) db.data = this.applyLog(id, db.data, (db.adapter as DurableJSONFile<ArticleFile>).fingerprint?.sha256 ?? null) // read on open already
      else await this.loadArticle(id)
      await this.compact(id).catch(() => undefined) // refused: the log keeps the edits, and applies them on every read
      recovered++
    }
    if (recovered > 0 && this.indexDirty) {
      if (this.indexTimer) clearTimeout(this.indexTimer)
      this.indexTimer = null
      this.indexDirty = false
      await this.writeIndex().catch(() => undefined)
    }
  }

  /** Lets go of the least recently used articles that are not being written. */
  private evictUnused(): void {
    let excess = this.articleDbs.size - this.writing.size - LOADED_ARTICLES
    for (const id of this.articleDbs.keys()) {
      if (excess <= 0) break
      if (this.writing.has(id) || this.unsaved.has(id)) continue // an unsaved change lives only here
      if (this.hasLoggedEdits(id) || this.compacting.has(id)) continue // its file is rewritten soon
      this.articleDbs.delete(id)
      this.synced.delete(id)
      this.wals.delete(id)
      excess--
    }
  }

  /** Index lines without a file are dropped; files without an index line are added; loaded files give their own line. */
  private async reconcileIndex(forceWrite: boolean): Promise<void> {
    const before = JSON.stringify(this.index.articles)
    const known = new Set<string>()
    this.index.articles = this.index.articles.filter((entry) => {
      const present = this.articleDbs.has(entry.id) || (isComplete(entry) && this.present.has(entry.id))
      if (!present && !this.held.has(entry.id) && !this.reported.has(entry.id) && !known.has(entry.id)) {
        const path = this.articlePath(entry.id)
        this.notices.push({ file: path, movedTo: path, reason: `the file of “${entry.title}” is missing; it was taken out of the article list` })
      }
      if (!present || known.has(entry.id)) return false
      known.add(entry.id)
      return true
    })
    for (const [id, db] of this.articleDbs) {
      if (!known.has(id)) this.index.articles.push(indexEntryOf(db.data))
    }
    this.index.articles = this.index.articles.map((e) => {
      const db = this.articleDbs.get(e.id)
      return db ? indexEntryOf(db.data) : e
    })
    if (!this.readOnly && (forceWrite || JSON.stringify(this.index.articles) !== before)) await this.writeIndex()
  }
}

function fingerprintOf(bytes: Buffer, path: string): { size: number; mtimeMs: number; sha256: string } {
  return { size: bytes.byteLength, mtimeMs: statSync(path).mtimeMs, sha256: createHash('sha256').update(bytes).digest('hex') }
}
