// The workspace on disk: one small index file and one JSON file per article, each a
// lowdb database over a durable adapter. Every file is migrated and validated with zod
// on load (article-load.ts); a file that fails is moved aside and reported, never reset.
// Article files are the source of truth: the index (index-file.ts) is reconciled
// against them on open. Opening reads the index only (it carries everything the article
// list shows); an article file is read and validated when it is first used, and only
// the articles in use stay in memory. The background pass (services/search-engine.ts)
// checks every file against its index line.
// What protects the reviewer's work (issue 9, issue 15):
//  - a file this version cannot read (newer schema, or busy) is "held": never written;
//  - a file changed on disk since it was read is never overwritten: the pending edit is
//    rebased on the new version (article-rebase.ts) and the reviewer is told;
//  - a save the file system refuses (locked, disk full, read-only), or made while another
//    process holds the workspace, keeps the change in memory, marked unsaved
//    (write-guard.ts), and is tried again with the next save and on close;
//  - a claim edit is one fsynced line in the article's change log (change-logs.ts), and
//    the file is rewritten behind it (compaction.ts).
import { existsSync } from 'node:fs'
import { mkdir, readdir, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { recountClaims } from '../core/article-summary'
import { pickClaims } from '../core/claim-lookup'
import { ArticleFileSchema, WorkspaceIndexSchema, type ArticleFile, type ArticleIndexEntry, type WorkspaceIndex } from '../core/schema'
import type { ExternalChange, UnsavedState } from '../core/api'
import { ClaimdeskError } from '../core/errors'
import { checkArticle, loadValidated, parseJsonOrNull, prepareClaims, readArticleNow, validate, type LoadResult, type SaveScope } from './article-load'
import { rebaseArticle } from './article-rebase'
import { serialiseArticleInParts } from './article-json'
import { WAL_DIR } from './article-wal'
import { ChangeLogs } from './change-logs'
import { Compactor } from './compaction'
import { DurableJSONFile, ExternalChangeError, type DurableOptions } from './durable-file'
import { describeFileError, errorCode } from './file-system'
import { ensureGitAttributes } from './git-attributes'
import { emptyIndex, IndexFile, indexEntryOf, isComplete } from './index-file'
import { HeldFiles } from './held-files'
import { isArticleFileName, removeTempFiles, strayNotices } from './workspace-scan'
import type { RecoveryNotice } from './quarantine'
import { WriteGuard } from './write-guard'

export { indexEntryOf } from './index-file'
export type { SaveScope } from './article-load'

export const INDEX_FILE = 'claimdesk.json'
export const ARTICLES_DIR = 'articles'
/** The claim search index, kept by the search worker (services/search-index-file.ts); a cache, rebuilt when missing or stale. */
export const SEARCH_INDEX_FILE = join('.claimdesk', 'search-index.bin')
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

export class WorkspaceStore {
  readonly notices: RecoveryNotice[] = []
  /** The articles in memory, least recently used first. */
  private readonly articleDbs = new Map<string, Low<ArticleFile>>()
  /** Articles with a write in flight: never let go of. */
  private readonly writing = new Map<string, Promise<void>>()
  /** Article ids with a file in articles/ when the workspace was opened. */
  private present = new Set<string>()
  /** Called when an article file changed on disk and was reloaded (with or without a pending edit). */
  onExternalChange: (change: ExternalChange) => void = () => undefined
  /** Called whenever the unsaved state changes (the header line, the check before quitting). */
  onUnsavedChange: (state: UnsavedState | null) => void = () => undefined
  /** Each article in memory as it is on disk (as last read or written), the base for rebasing. */
  private readonly synced = new Map<string, ArticleFile>()
  /** Files this version must not write: newer schema, or unreadable when opened. */
  private readonly held = new HeldFiles()
  /** Article files met half-written on first use (another program writing them in place), with why. */
  private readonly settling = new Map<string, string>()
  private readonly guard = new WriteGuard((state) => this.onUnsavedChange(state))
  private readonly indexFile: IndexFile
  private readonly logs: ChangeLogs
  private readonly compactor: Compactor
  /** For each article version being written: the log records it holds (those numbered below). */
  private readonly folds = new WeakMap<ArticleFile, number>()

  private constructor(
    readonly dir: string,
    indexDb: Low<WorkspaceIndex>,
    private readonly now: () => Date,
    private readonly durable: DurableOptions = {},
    private readonly readOnly = false,
  ) {
    this.indexFile = new IndexFile(indexDb, this.guard, readOnly)
    this.logs = new ChangeLogs(dir, durable, readOnly, (id) => this.articlePath(id))
    this.compactor = new Compactor((id) => this.fold(id), !readOnly)
  }

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
    const store = new WorkspaceStore(dir, new Low(indexAdapter, emptyIndex()), now, { ...durable, serialise: serialiseArticleInParts }, options.readOnly ?? false)
    if (options.compactAfterMs !== undefined) store.compactor.afterMs = options.compactAfterMs
    if (options.indexDelayMs !== undefined) store.indexFile.delayMs = options.indexDelayMs
    const loadedIndex = await loadValidated(indexAdapter as DurableJSONFile<unknown>, WorkspaceIndexSchema, now())
    if (loadedIndex.status === 'ok') store.indexFile.db.data = loadedIndex.data
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
    return this.indexFile.index
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
    const { loaded, fingerprint } = readArticleNow(this.articlePath(id), this.now())
    const adapter = new DurableJSONFile<ArticleFile>(this.articlePath(id), this.durable)
    if (fingerprint) adapter.adopt(fingerprint)
    return this.adoptLoaded(id, loaded, adapter)
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
   * an edit it is written behind the article file (index-file.ts).
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
    await this.tracked(id, this.writeArticle(id))
    this.evictUnused()
    await this.updateIndexEntry(this.articleDbs.get(id)?.data ?? parsed, scope)
  }

  /**
   * An edit of claims in an article in memory: appended to the article's change log
   * (one small fsynced line) instead of rewriting the file, which follows on idle.
   * False when the edit must be written the usual way: a whole-file or article change,
   * a file changed on disk (rebased at once), an unsaved change waiting, or writes
   * blocked (then the usual path keeps it as unsaved).
   */
  private async logEdit(file: ArticleFile, scope: SaveScope): Promise<boolean> {
    const id = file.article.id
    const db = this.articleDbs.get(id)
    if (this.readOnly || this.guard.blockedReason || scope === 'all' || scope.article || !db || this.guard.isUnsaved(id)) return false
    const adapter = db.adapter as DurableJSONFile<ArticleFile>
    if (await adapter.changedOnDisk().catch(() => true)) return false // a stat; the full path rebases and tells
    recountClaims(db.data.claims, file.claims, scope.claimIds) // the index line's counts, without a pass over every claim
    db.data = file
    const claims = pickClaims(file.claims, scope.claimIds)
    const kept = new Set(claims.map((c) => c.id))
    const wal = this.logs.for(id, adapter.fingerprint?.sha256 ?? null)
    try {
      await this.tracked(id, wal.append({ claims, removed: scope.claimIds.filter((c) => !kept.has(c)) }))
    } catch {
      return false // the log refused (disk full...): the full write reports it the usual way
    }
    this.compactor.afterEdit(id, wal.pending)
    await this.updateIndexEntry(file, scope)
    return true
  }

  /** Keeps an article in memory while `write` runs. */
  private async tracked(id: string, write: Promise<void>): Promise<void> {
    this.writing.set(id, write)
    try {
      await write
    } finally {
      if (this.writing.get(id) === write) this.writing.delete(id)
    }
  }

  /** The compaction of an article: its file rewritten with what its log holds, then its index line. */
  private fold(id: string): Promise<void> | undefined {
    if (!this.logs.pending(id) || !this.articleDbs.has(id)) return undefined
    return this.writeArticle(id).then(() => this.updateIndexEntry(this.articleDbs.get(id)!.data, { claimIds: [] }))
  }

  /** Folds an article's change log into its file: the file is rewritten atomically, then the log emptied. */
  async compact(id: string): Promise<void> {
    await this.compactor.compact(id)
  }

  /** Articles whose change log holds edits their file does not (a crash, or a reader that does not compact). */
  hasLoggedEdits(id: string): boolean {
    return this.logs.pending(id) > 0
  }

  /** A file in the folder that this version left alone (newer, or unreadable): matched by id or content hash. */
  heldArticle(idOrHash: { id?: string; contentHash?: string }): { path: string; reason: string } | undefined {
    return this.held.find(idOrHash)
  }

  unsavedState(): UnsavedState | null {
    return this.guard.state()
  }

  /**
   * While set, nothing is written: changes stay in memory, marked unsaved with this reason
   * (another process holds the workspace; writing now would overwrite its work).
   */
  blockWrites(reason: string | null): void {
    this.guard.block(reason)
  }

  /** Refuses a change that cannot be kept as unsaved (remove, merge, settings) while writes are blocked. */
  assertWritable(): void {
    this.guard.assertWritable()
  }

  /** Tries again to write every unsaved article (other than `except`); those that fail stay unsaved. */
  async retryUnsaved(except?: string): Promise<void> {
    for (const id of this.guard.unsavedIds()) {
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
    if (this.guard.blockedReason) throw this.guard.refuseBlocked(id)
    const wal = this.logs.get(id)
    const mark = wal?.mark() // db.data holds every record logged before this
    // Before the new file is renamed into place, the log says which records it holds.
    adapter.beforeReplace = async (data, sha) => {
      const fold = this.folds.get(data)
      const log = this.logs.get(id)
      if (fold !== undefined && log && log.pending > 0) await log.folding(fold, sha)
    }
    for (let attempt = 0; ; attempt++) {
      try {
        if (mark !== undefined) this.folds.set(db.data, mark)
        await db.write()
        this.synced.set(id, db.data)
        this.guard.mark(id, null)
        if (wal && mark !== undefined && wal.pending > 0) await wal.compacted(mark, adapter.fingerprint?.sha256 ?? null)
        return
      } catch (error) {
        if (error instanceof ExternalChangeError && attempt < 3) {
          const theirs = validate(parseJsonOrNull(error.current), ArticleFileSchema)
          if (!theirs.ok) {
            this.guard.mark(id, `the file was changed by another program into one this version cannot read (${theirs.reason})`)
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
        this.guard.mark(id, describeFileError(error))
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
    const pending = this.guard.isUnsaved(id) || this.hasLoggedEdits(id)
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

  private async updateIndexEntry(file: ArticleFile, scope: SaveScope): Promise<void> {
    const adapter = this.articleDbs.get(file.article.id)?.adapter as DurableJSONFile<ArticleFile> | undefined
    await this.indexFile.update(indexEntryOf(file, adapter?.fingerprint), scope)
  }

  /** Puts an index line right from what the article file holds (the background pass found it out of date). */
  async repairIndexEntry(entry: ArticleIndexEntry): Promise<void> {
    const at = this.index.articles.findIndex((a) => a.id === entry.id)
    if (at < 0 || this.articleDbs.has(entry.id)) return // in memory, the next save writes it right
    this.index.articles[at] = entry
    this.indexFile.schedule() // the pass may repair many lines: one write for them
  }

  /** Takes an article out of the index and moves its file aside (never deleted). */
  async removeArticle(id: string, reason: string): Promise<RecoveryNotice> {
    if (!this.article(id)) throw new Error(`No article ${id}`)
    this.assertWritable()
    await this.compact(id)
    await this.logs.removeIfEmpty(id)
    this.logs.forget(id)
    const db = this.articleDbs.get(id)!
    await (db.adapter as DurableJSONFile<ArticleFile>).flush()
    this.articleDbs.delete(id)
    this.synced.delete(id)
    this.guard.mark(id, null)
    this.index.articles = this.index.articles.filter((a) => a.id !== id)
    await this.indexFile.write()
    const path = this.articlePath(id)
    const movedTo = `${path}.${reason}-${this.now().toISOString().replace(/[:.]/g, '-')}`
    await rename(path, movedTo)
    return { file: path, movedTo, reason }
  }

  async saveSettings(settings: WorkspaceIndex['settings']): Promise<void> {
    this.assertWritable()
    this.index.settings = settings
    await this.indexFile.write(true)
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
    await this.logs.flushAll()
    for (const id of this.logs.ids()) {
      if (this.readOnly) break
      await this.compact(id).catch(() => undefined) // refused: kept as unsaved (below) and in the log
      await this.logs.removeIfEmpty(id) // an empty log is not kept
    }
    await this.indexFile.writePending()
    await this.indexFile.flush()
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
        this.notices.push(this.held.note(name.slice(0, -'.json'.length), loaded))
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

  /** Why an article listed in the workspace cannot be read right now (another program is writing its file), if so. */
  beingWritten(id: string): string | undefined {
    return this.settling.get(id)
  }

  private adoptLoaded(id: string, loaded: LoadResult<ArticleFile>, adapter: DurableJSONFile<ArticleFile>): ArticleFile | undefined {
    this.settling.delete(id)
    if (loaded.status === 'settling') {
      // Not damaged, not gone: it stays in the list and is read again on the next use.
      this.settling.set(id, loaded.reason)
      return undefined
    }
    if (loaded.status === 'ok' && loaded.data.article.id === id) {
      const data = this.applyLog(id, loaded.data, adapter.fingerprint?.sha256 ?? null)
      prepareClaims(data.claims) // the reading already cost a pass: the first click then costs none
      this.articleDbs.set(id, new Low(adapter, data))
      this.synced.set(id, loaded.data)
      this.evictUnused()
      return data
    }
    if (loaded.status === 'skipped') this.notices.push(this.held.note(id, loaded))
    if (loaded.status === 'missing') {
      const title = this.index.articles.find((a) => a.id === id)?.title ?? id
      this.notices.push({ file: this.articlePath(id), movedTo: this.articlePath(id), reason: `the file of “${title}” is missing; it was taken out of the article list` })
    }
    // Missing, moved aside, newer or not this article: out of the list (the file, if any, is left alone).
    // Written with the next save or on close; until then a reopen finds the same thing again.
    this.index.articles = this.index.articles.filter((a) => a.id !== id)
    this.indexFile.markDirty()
    return undefined
  }

  /** The article with what its change log holds; a log with edits the file lacks is folded in soon. */
  private applyLog(id: string, file: ArticleFile, fileSha: string | null): ArticleFile {
    const applied = this.logs.apply(id, file, fileSha, this.now())
    this.notices.push(...applied.notices)
    if (applied.replayed) this.compactor.schedule(id, 0)
    return applied.file
  }

  /** On open: folds every change log left with edits (a crash) into its article file, and its index line. */
  private async recoverLogs(): Promise<void> {
    if (this.readOnly) return
    let recovered = 0
    for (const id of await this.logs.withRecords()) {
      if (!this.index.articles.some((a) => a.id === id)) continue // its article is gone or held: the log is left alone
      const db = this.articleDbs.get(id)
      if (db) db.data = this.applyLog(id, db.data, (db.adapter as DurableJSONFile<ArticleFile>).fingerprint?.sha256 ?? null) // read on open already
      else await this.loadArticle(id)
      await this.compact(id).catch(() => undefined) // refused: the log keeps the edits, and applies them on every read
      recovered++
    }
    if (recovered > 0) await this.indexFile.writePending()
  }

  /** Lets go of the least recently used articles that are not being written. */
  private evictUnused(): void {
    let excess = this.articleDbs.size - this.writing.size - LOADED_ARTICLES
    for (const id of this.articleDbs.keys()) {
      if (excess <= 0) break
      if (this.writing.has(id) || this.guard.isUnsaved(id)) continue // an unsaved change lives only here
      if (this.hasLoggedEdits(id) || this.compactor.isRunning(id)) continue // its file is rewritten soon
      this.articleDbs.delete(id)
      this.synced.delete(id)
      this.logs.forget(id)
      excess--
    }
  }

  /** Index lines without a file are dropped; files without an index line are added; loaded files give their own line. */
  private async reconcileIndex(forceWrite: boolean): Promise<void> {
    const { changed, notices } = this.indexFile.reconcile({
      loaded: new Map([...this.articleDbs].map(([id, db]) => [id, db.data])),
      present: this.present,
      reported: (id) => this.held.isReported(id),
      articlePath: (id) => this.articlePath(id),
    })
    this.notices.push(...notices)
    if (!this.readOnly && (forceWrite || changed)) await this.indexFile.write()
  }
}
