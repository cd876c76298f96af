// The workspace on disk: one small index file and one JSON file per article, each a
// lowdb database over a durable adapter. Every file is migrated and validated with zod
// on load; a file that fails is moved aside (quarantine) and reported, never reset.
// Article files are the source of truth: the index is reconciled against them on open.
// Opening reads the index only (it carries everything the article list shows); an
// article file is read and validated when it is first used, and only the articles in
// use stay in memory. The background pass (services/search-engine.ts) checks every file
// against its index line.
import { readFileSync, renameSync } from 'node:fs'
import { mkdir, readdir, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import type { z } from 'zod'
import { countClaims } from '../core/article-summary'
import {
  ArticleFileSchema,
  ArticleSchema,
  ClaimSchema,
  SCHEMA_VERSION,
  WorkspaceIndexSchema,
  type ArticleFile,
  type ArticleIndexEntry,
  type WorkspaceIndex,
} from '../core/schema'
import { DurableJSONFile } from './durable-file'
import { migrate, MigrationError } from './migrate'
import { quarantine, quarantineName, type RecoveryNotice } from './quarantine'

export const INDEX_FILE = 'claimdesk.json'
export const ARTICLES_DIR = 'articles'
/** Articles kept in memory beyond those being written: the most recently used ones. */
export const LOADED_ARTICLES = 24

export interface StoreOptions {
  now?: () => Date
}

type LoadResult<T> = { status: 'missing' } | { status: 'ok'; data: T } | { status: 'skipped'; notice: RecoveryNotice }

async function loadValidated<T>(
  adapter: DurableJSONFile<unknown>,
  schema: z.ZodType<T>,
  now: Date,
): Promise<LoadResult<T>> {
  let reason: string
  try {
    const raw = await adapter.read()
    if (raw === null) return { status: 'missing' }
    const parsed = schema.safeParse(migrate(raw))
    if (parsed.success) return { status: 'ok', data: parsed.data }
    const issue = parsed.error.issues[0]
    reason = `invalid content at ${issue.path.join('.') || '(root)'}: ${issue.message}`
  } catch (error) {
    if (error instanceof MigrationError && error.newerVersion) {
      // Not corrupt: just newer. Leave it exactly where it is.
      return { status: 'skipped', notice: { file: adapter.path, movedTo: adapter.path, reason: error.message } }
    }
    reason = error instanceof SyntaxError ? `not valid JSON (${error.message})` : (error as Error).message
  }
  return { status: 'skipped', notice: await quarantine(adapter.path, reason, now) }
}

/** The sync counterpart of loadValidated's checks, for an article read on first use. */
function validateLoaded(raw: unknown, path: string): LoadResult<ArticleFile> {
  try {
    const parsed = ArticleFileSchema.safeParse(migrate(raw))
    if (parsed.success) return { status: 'ok', data: parsed.data }
    const issue = parsed.error.issues[0]
    return { status: 'skipped', notice: { file: path, movedTo: path, reason: `invalid content at ${issue.path.join('.') || '(root)'}: ${issue.message}` } }
  } catch (error) {
    if (error instanceof MigrationError && error.newerVersion) return { status: 'skipped', notice: { file: path, movedTo: path, reason: error.message } }
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
  const named = new Set(scope.claimIds)
  const claims = file.claims.map((claim) => (named.has(claim.id) ? ClaimSchema.parse(claim) : claim))
  return { schemaVersion: SCHEMA_VERSION, article, claims }
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

  private constructor(
    readonly dir: string,
    private readonly indexDb: Low<WorkspaceIndex>,
    private readonly now: () => Date,
  ) {}

  static async open(dir: string, options: StoreOptions = {}): Promise<WorkspaceStore> {
    const now = options.now ?? (() => new Date())
    await mkdir(join(dir, ARTICLES_DIR), { recursive: true })

    const indexAdapter = new DurableJSONFile<WorkspaceIndex>(join(dir, INDEX_FILE))
    const store = new WorkspaceStore(dir, new Low(indexAdapter, emptyIndex()), now)
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
    await store.reconcileIndex(loadedIndex.status !== 'ok')
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
    const adapter = new DurableJSONFile<ArticleFile>(this.articlePath(id))
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
    const parsed = checkArticle(file, scope) // never write what we could not read back
    const id = parsed.article.id
    let db = this.articleDbs.get(id)
    if (!db) {
      db = new Low(new DurableJSONFile<ArticleFile>(this.articlePath(id)), parsed)
      this.articleDbs.set(id, db)
    }
    db.data = parsed
    const write = db.write()
    this.writing.set(id, write)
    try {
      await write
    } finally {
      if (this.writing.get(id) === write) this.writing.delete(id)
    }
    this.evictUnused()
    const entry = indexEntryOf(parsed)
    const at = this.index.articles.findIndex((a) => a.id === entry.id)
    const current = at >= 0 ? this.index.articles[at] : undefined
    if (!current || JSON.stringify(current) !== JSON.stringify(entry)) {
      if (at >= 0) this.index.articles[at] = entry
      else this.index.articles.push(entry)
      this.indexDirty = false
      const written = this.indexDb.write()
      // A whole new file (import, merge) waits for its line; a click does not (flush() waits
      // for it, and the background pass repairs a line lost in a crash).
      if (scope === 'all') await written
      else void written.catch(() => undefined)
    }
  }

  /** Puts an index line right from what the article file holds (the background pass found it out of date). */
  async repairIndexEntry(entry: ArticleIndexEntry): Promise<void> {
    const at = this.index.articles.findIndex((a) => a.id === entry.id)
    if (at < 0 || this.articleDbs.has(entry.id)) return // in memory, the next save writes it right
    this.index.articles[at] = entry
    await this.indexDb.write()
  }

  /** Takes an article out of the index and moves its file aside (never deleted). */
  async removeArticle(id: string, reason: string): Promise<RecoveryNotice> {
    if (!this.article(id)) throw new Error(`No article ${id}`)
    const db = this.articleDbs.get(id)!
    await (db.adapter as DurableJSONFile<ArticleFile>).flush()
    this.articleDbs.delete(id)
    this.index.articles = this.index.articles.filter((a) => a.id !== id)
    await this.indexDb.write()
    const path = this.articlePath(id)
    const movedTo = `${path}.${reason}-${this.now().toISOString().replace(/[:.]/g, '-')}`
    await rename(path, movedTo)
    return { file: path, movedTo, reason }
  }

  async saveSettings(settings: WorkspaceIndex['settings']): Promise<void> {
    this.index.settings = settings
    await this.indexDb.write()
  }

  async flush(): Promise<void> {
    if (this.indexDirty) {
      this.indexDirty = false
      await this.indexDb.write()
    }
    await (this.indexDb.adapter as DurableJSONFile<WorkspaceIndex>).flush()
    await Promise.all([...this.writing.values()].map((write) => write.catch(() => undefined)))
    await Promise.all([...this.articleDbs.values()].map((db) => (db.adapter as DurableJSONFile<ArticleFile>).flush()))
  }

  private articlePath(id: string): string {
    return join(this.dir, ARTICLES_DIR, `${id}.json`)
  }

  /**
   * Reads only the article files the index cannot describe: files without an index
   * line, and lines from an index written before it carried the counts.
   */
  private async loadArticles(): Promise<void> {
    const names = (await readdir(join(this.dir, ARTICLES_DIR))).filter((n) => n.endsWith('.json') && !n.startsWith('.'))
    this.present = new Set(names.map((n) => n.slice(0, -'.json'.length)))
    const described = new Set(this.index.articles.filter(isComplete).map((a) => a.id))
    for (const name of names.sort()) {
      if (described.has(name.slice(0, -'.json'.length))) continue
      const adapter = new DurableJSONFile<ArticleFile>(join(this.dir, ARTICLES_DIR, name))
      const loaded = await loadValidated(adapter as DurableJSONFile<unknown>, ArticleFileSchema, this.now())
      if (loaded.status === 'skipped') {
        this.notices.push(loaded.notice)
        continue
      }
      if (loaded.status !== 'ok') continue
      if (`${loaded.data.article.id}.json` !== name) {
        // A file copied under another name: keep it readable, but do not let two files claim one id.
        if (this.articleDbs.has(loaded.data.article.id) || described.has(loaded.data.article.id)) continue
      }
      this.articleDbs.set(loaded.data.article.id, new Low(adapter, loaded.data))
    }
  }

  /** Reads, migrates and validates one article file now (first use); a file that fails is moved aside. */
  private loadNow(id: string): ArticleFile | undefined {
    const path = this.articlePath(id)
    let loaded: LoadResult<ArticleFile>
    try {
      loaded = validateLoaded(JSON.parse(readFileSync(path, 'utf8')), path)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') loaded = { status: 'missing' }
      else loaded = { status: 'skipped', notice: quarantineNow(path, `not valid JSON (${(error as Error).message})`, this.now()) }
    }
    if (loaded.status === 'skipped' && loaded.notice.reason.startsWith('invalid content')) {
      loaded = { status: 'skipped', notice: quarantineNow(path, loaded.notice.reason, this.now()) }
    }
    return this.adoptLoaded(id, loaded, new DurableJSONFile<ArticleFile>(path))
  }

  private adoptLoaded(id: string, loaded: LoadResult<ArticleFile>, adapter: DurableJSONFile<ArticleFile>): ArticleFile | undefined {
    if (loaded.status === 'ok' && loaded.data.article.id === id) {
      this.articleDbs.set(id, new Low(adapter, loaded.data))
      this.evictUnused()
      return loaded.data
    }
    if (loaded.status === 'skipped') this.notices.push(loaded.notice)
    // Missing, moved aside, newer or not this article: out of the list (the file, if any, is left alone).
    // Written with the next save or on close; until then a reopen finds the same thing again.
    this.index.articles = this.index.articles.filter((a) => a.id !== id)
    this.indexDirty = true
    return undefined
  }

  /** Lets go of the least recently used articles that are not being written. */
  private evictUnused(): void {
    let excess = this.articleDbs.size - this.writing.size - LOADED_ARTICLES
    for (const id of this.articleDbs.keys()) {
      if (excess <= 0) break
      if (this.writing.has(id)) continue
      this.articleDbs.delete(id)
      excess--
    }
  }

  /** Index lines without a file are dropped; files without an index line are added; loaded files give their own line. */
  private async reconcileIndex(forceWrite: boolean): Promise<void> {
    const before = JSON.stringify(this.index.articles)
    const known = new Set<string>()
    this.index.articles = this.index.articles.filter((entry) => {
      const present = this.articleDbs.has(entry.id) || (isComplete(entry) && this.present.has(entry.id))
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
    if (forceWrite || JSON.stringify(this.index.articles) !== before) await this.indexDb.write()
  }
}
