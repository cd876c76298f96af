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
import { mkdir, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { WorkspaceIndexSchema, type ArticleFile, type ArticleIndexEntry, type WorkspaceIndex } from '../core/schema'
import type { UnsavedState } from '../core/api'
import { ClaimdeskError } from '../core/errors'
import { message, type Message } from '../core/messages'
import { zodIssueText } from '../core/messages/zod-issue'
import { checkArticle, loadValidated, prepareClaims, type SaveScope } from './article-load'
import { serialiseArticleInParts } from './article-json'
import { WAL_DIR } from './article-wal'
import { DurableJSONFile, type DurableOptions } from './durable-file'
import { ensureGitAttributes } from './git-attributes'
import { emptyIndex } from './index-file'
import { removeTempFiles } from './workspace-scan'
import type { RecoveryNotice } from './quarantine'
import { ArticleWriting } from './article-writing'
import { INDEX_FILE, ARTICLES_DIR } from './workspace-paths'
import type { HeldFile } from './held-files'

export { indexEntryOf } from './index-file'
export type { SaveScope } from './article-load'

export { ARTICLES_DIR, INDEX_FILE, LOADED_ARTICLES, RELATED_INDEX_FILE, SEARCH_INDEX_FILE } from './workspace-paths'

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

export class WorkspaceStore extends ArticleWriting {
  private constructor(...args: ConstructorParameters<typeof ArticleWriting>) {
    super(...args)
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
    store.moveLineKeysOut()
    if (loadedIndex.status === 'skipped') {
      // An index from a newer Claimdesk is left alone, and so is the whole workspace:
      // rewriting it here could lose what the newer version keeps in it.
      if (loadedIndex.notice.movedTo === loadedIndex.notice.file) {
        throw new ClaimdeskError('conflict', message('error.workspaceNewer', { reason: loadedIndex.notice.why ?? loadedIndex.notice.reason }))
      }
      store.notices.push(loadedIndex.notice)
    }

    await store.loadArticles()
    await store.reconcileIndex(loadedIndex.status !== 'ok' && !options.readOnly)
    await store.recoverLogs()
    return store
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
      const why = issue ? message('error.issueAt', { path: issue.path.join('.') || 'file', detail: zodIssueText(issue.message) }) : (error as Error).message.split('\n')[0]
      throw new ClaimdeskError('invalid-argument', message('error.notSavedInvalid', { why }))
    }
    const id = parsed.article.id
    const held = this.held.get(id)
    if (held) throw new ClaimdeskError('conflict', message('error.heldSave', { file: `${ARTICLES_DIR}/${id}.json`, reason: held.why }))
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

  /** A file in the folder that this version left alone (newer, or unreadable): matched by id or content hash. */
  heldArticle(idOrHash: { id?: string; contentHash?: string }): HeldFile | undefined {
    return this.held.find(idOrHash)
  }

  /**
   * While set, nothing is written: changes stay in memory, marked unsaved with this reason
   * (another process holds the workspace; writing now would overwrite its work).
   */
  blockWrites(reason: Message | null): void {
    this.guard.block(reason)
  }

  /** Refuses a change that cannot be kept as unsaved (remove, merge, settings) while writes are blocked. */
  assertWritable(): void {
    this.guard.assertWritable()
  }

  /** Line keys in the index lines (written before they were kept beside it) move to line-keys-file.ts; the next index write drops them. */
  private moveLineKeysOut(): void {
    let moved = false
    for (const entry of this.index.articles) {
      if (!entry.lineKeys) continue
      this.lineKeyFile.set(entry.id, entry.contentHash, entry.lineKeys)
      delete entry.lineKeys
      moved = true
    }
    if (moved && !this.readOnly) this.indexFile.markDirty()
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
    await this.lineKeyFile.flush()
    await Promise.all([...this.writing.values()].map((write) => write.catch(() => undefined)))
    await Promise.all([...this.articleDbs.values()].map((db) => (db.adapter as DurableJSONFile<ArticleFile>).flush()))
    await this.retryUnsaved()
    const unsaved = this.unsavedState()
    if (unsaved) throw new ClaimdeskError('not-saved', message('unsaved.closeRefused', { unsaved: unsaved.text! }))
  }
}
