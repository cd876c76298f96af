// The workspace store's open/load path: reading the article files the index cannot
// describe on open, reading an article on first use (validated, quarantined, its change
// log replayed), folding logs left by a crash, and reconciling the index with the files.
import { message, type Message } from '../core/messages'
import { noticeWith } from '../core/notices'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { ArticleFileSchema, type ArticleFile } from '../core/schema'
import { loadValidated, prepareClaims, readArticleNow, type LoadResult } from './article-load'
import { DurableJSONFile } from './durable-file'
import { isComplete } from './index-file'
import { isArticleFileName, strayNotices } from './workspace-scan'
import { ARTICLES_DIR } from './workspace-paths'
import { StoreBase } from './store-base'

export abstract class ArticleReading extends StoreBase {
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
   * Reads only the article files the index cannot describe: files without an index
   * line, and lines from an index written before it carried the counts.
   */
  protected async loadArticles(): Promise<void> {
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
  beingWritten(id: string): Message | undefined {
    return this.settling.get(id)
  }

  protected adoptLoaded(id: string, loaded: LoadResult<ArticleFile>, adapter: DurableJSONFile<ArticleFile>): ArticleFile | undefined {
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
      this.notices.push(noticeWith(this.articlePath(id), this.articlePath(id), message('notice.missingFile', { title: title })))
    }
    // Missing, moved aside, newer or not this article: out of the list (the file, if any, is left alone).
    // Written with the next save or on close; until then a reopen finds the same thing again.
    this.index.articles = this.index.articles.filter((a) => a.id !== id)
    this.indexFile.markDirty()
    return undefined
  }

  /** The article with what its change log holds; a log with edits the file lacks is folded in soon. */
  protected applyLog(id: string, file: ArticleFile, fileSha: string | null): ArticleFile {
    const applied = this.logs.apply(id, file, fileSha, this.now())
    this.notices.push(...applied.notices)
    if (applied.replayed) this.compactor.schedule(id, 0)
    return applied.file
  }

  /** On open: folds every change log left with edits (a crash) into its article file, and its index line. */
  protected async recoverLogs(): Promise<void> {
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

  /** Index lines without a file are dropped; files without an index line are added; loaded files give their own line. */
  protected async reconcileIndex(forceWrite: boolean): Promise<void> {
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
