// The workspace on disk: one small index file and one JSON file per article, each a
// lowdb database over a durable adapter. Every file is migrated and validated with zod
// on load; a file that fails is moved aside (quarantine) and reported, never reset.
// Article files are the source of truth: the index is reconciled against them on open.
import { mkdir, readdir, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import type { z } from 'zod'
import {
  ArticleFileSchema,
  SCHEMA_VERSION,
  WorkspaceIndexSchema,
  type ArticleFile,
  type ArticleIndexEntry,
  type WorkspaceIndex,
} from '../core/schema'
import { DurableJSONFile } from './durable-file'
import { migrate, MigrationError } from './migrate'
import { quarantine, type RecoveryNotice } from './quarantine'

export const INDEX_FILE = 'claimdesk.json'
export const ARTICLES_DIR = 'articles'

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

function emptyIndex(): WorkspaceIndex {
  return { schemaVersion: SCHEMA_VERSION, articles: [], settings: { reviewerName: '' } }
}

export function indexEntryOf(file: ArticleFile): ArticleIndexEntry {
  const { id, title, outlet, publishedAt, importedAt, contentHash } = file.article
  return { id, title, outlet, publishedAt, importedAt, contentHash }
}

export class WorkspaceStore {
  readonly notices: RecoveryNotice[] = []
  private readonly articleDbs = new Map<string, Low<ArticleFile>>()

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

  article(id: string): ArticleFile | undefined {
    return this.articleDbs.get(id)?.data
  }

  allArticles(): ArticleFile[] {
    return this.articleIds()
      .map((id) => this.article(id))
      .filter((f): f is ArticleFile => f !== undefined)
  }

  /** Replaces an article file's content and writes it (and the index line if it changed). */
  async saveArticle(file: ArticleFile): Promise<void> {
    const parsed = ArticleFileSchema.parse(file) // never write what we could not read back
    let db = this.articleDbs.get(parsed.article.id)
    if (!db) {
      db = new Low(new DurableJSONFile<ArticleFile>(this.articlePath(parsed.article.id)), parsed)
      this.articleDbs.set(parsed.article.id, db)
    }
    db.data = parsed
    await db.write()
    const entry = indexEntryOf(parsed)
    const at = this.index.articles.findIndex((a) => a.id === entry.id)
    const current = at >= 0 ? this.index.articles[at] : undefined
    if (!current || JSON.stringify(current) !== JSON.stringify(entry)) {
      if (at >= 0) this.index.articles[at] = entry
      else this.index.articles.push(entry)
      await this.indexDb.write()
    }
  }

  /** Takes an article out of the index and moves its file aside (never deleted). */
  async removeArticle(id: string, reason: string): Promise<RecoveryNotice> {
    const db = this.articleDbs.get(id)
    if (!db) throw new Error(`No article ${id}`)
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
    await (this.indexDb.adapter as DurableJSONFile<WorkspaceIndex>).flush()
    await Promise.all([...this.articleDbs.values()].map((db) => (db.adapter as DurableJSONFile<ArticleFile>).flush()))
  }

  private articlePath(id: string): string {
    return join(this.dir, ARTICLES_DIR, `${id}.json`)
  }

  private async loadArticles(): Promise<void> {
    const names = (await readdir(join(this.dir, ARTICLES_DIR))).filter((n) => n.endsWith('.json') && !n.startsWith('.'))
    for (const name of names.sort()) {
      const adapter = new DurableJSONFile<ArticleFile>(join(this.dir, ARTICLES_DIR, name))
      const loaded = await loadValidated(adapter as DurableJSONFile<unknown>, ArticleFileSchema, this.now())
      if (loaded.status === 'skipped') {
        this.notices.push(loaded.notice)
        continue
      }
      if (loaded.status !== 'ok') continue
      if (`${loaded.data.article.id}.json` !== name) {
        // A file copied under another name: keep it readable, but do not let two files claim one id.
        if (this.articleDbs.has(loaded.data.article.id)) continue
      }
      this.articleDbs.set(loaded.data.article.id, new Low(adapter, loaded.data))
    }
  }

  /** Index lines without a file are dropped; files without an index line are added. */
  private async reconcileIndex(forceWrite: boolean): Promise<void> {
    const before = JSON.stringify(this.index.articles)
    const known = new Set<string>()
    this.index.articles = this.index.articles.filter((entry) => {
      const db = this.articleDbs.get(entry.id)
      if (!db || known.has(entry.id)) return false
      known.add(entry.id)
      return true
    })
    for (const [id, db] of this.articleDbs) {
      if (!known.has(id)) this.index.articles.push(indexEntryOf(db.data))
    }
    this.index.articles = this.index.articles.map((e) => indexEntryOf(this.articleDbs.get(e.id)!.data))
    if (forceWrite || JSON.stringify(this.index.articles) !== before) await this.indexDb.write()
  }
}
