// The workspace store's state and the helpers every part of it uses (see workspace-store.ts
// for what protects the reviewer's work). The store is one class in three files, by job:
// this one, reading articles (article-reading.ts) and writing them (article-writing.ts).
import { join } from 'node:path'
import { Low } from 'lowdb'
import { type ArticleFile, type WorkspaceIndex } from '../core/schema'
import type { ExternalChange, UnsavedState } from '../core/api'
import type { Message } from '../core/messages'
import { type SaveScope } from './article-load'
import { ChangeLogs } from './change-logs'
import { Compactor } from './compaction'
import { DurableJSONFile, type DurableOptions } from './durable-file'
import { IndexFile, indexEntryOf } from './index-file'
import { HeldFiles } from './held-files'
import { LineKeysFile } from './line-keys-file'
import type { RecoveryNotice } from './quarantine'
import { WriteGuard } from './write-guard'
import { ARTICLES_DIR, LOADED_ARTICLES } from './workspace-paths'

export abstract class StoreBase {
  readonly notices: RecoveryNotice[] = []
  /** The articles in memory, least recently used first. */
  protected readonly articleDbs = new Map<string, Low<ArticleFile>>()
  /** Articles with a write in flight: never let go of. */
  protected readonly writing = new Map<string, Promise<void>>()
  /** Article ids with a file in articles/ when the workspace was opened. */
  protected present = new Set<string>()
  /** Called when an article file changed on disk and was reloaded (with or without a pending edit). */
  onExternalChange: (change: ExternalChange) => void = () => undefined
  /** Called whenever the unsaved state changes (the header line, the check before quitting). */
  onUnsavedChange: (state: UnsavedState | null) => void = () => undefined
  /** Each article in memory as it is on disk (as last read or written), the base for rebasing. */
  protected readonly synced = new Map<string, ArticleFile>()
  /** Files this version must not write: newer schema, or unreadable when opened. */
  protected readonly held = new HeldFiles()
  /** Article files met half-written on first use (another program writing them in place), with why. */
  protected readonly settling = new Map<string, Message>()
  protected readonly guard = new WriteGuard((state) => this.onUnsavedChange(state))
  protected readonly indexFile: IndexFile
  protected readonly lineKeyFile: LineKeysFile
  protected readonly logs: ChangeLogs
  protected readonly compactor: Compactor
  /** For each article version being written: the log records it holds (those numbered below). */
  protected readonly folds = new WeakMap<ArticleFile, number>()

  /** Only through WorkspaceStore.open. */
  constructor(
    readonly dir: string,
    indexDb: Low<WorkspaceIndex>,
    protected readonly now: () => Date,
    protected readonly durable: DurableOptions = {},
    protected readonly readOnly = false,
  ) {
    this.indexFile = new IndexFile(indexDb, this.guard, readOnly)
    this.lineKeyFile = LineKeysFile.open(dir, readOnly, durable, () => this.index.articles.map((a) => a.id))
    this.logs = new ChangeLogs(dir, durable, readOnly, (id) => this.articlePath(id))
    this.compactor = new Compactor((id) => this.fold(id), !readOnly)
  }

  get index(): WorkspaceIndex {
    return this.indexFile.index
  }

  /** Keeps an article in memory while `write` runs. */
  protected async tracked(id: string, write: Promise<void>): Promise<void> {
    this.writing.set(id, write)
    try {
      await write
    } finally {
      if (this.writing.get(id) === write) this.writing.delete(id)
    }
  }

  /** Articles whose change log holds edits their file does not (a crash, or a reader that does not compact). */
  hasLoggedEdits(id: string): boolean {
    return this.logs.pending(id) > 0
  }

  unsavedState(): UnsavedState | null {
    return this.guard.state()
  }

  protected async updateIndexEntry(file: ArticleFile, scope: SaveScope): Promise<void> {
    const adapter = this.articleDbs.get(file.article.id)?.adapter as DurableJSONFile<ArticleFile> | undefined
    this.lineKeyFile.ensure(file.article.id, file.article.contentHash, file.article.text)
    await this.indexFile.update(indexEntryOf(file, adapter?.fingerprint), scope)
  }

  /** An article's line keys (page furniture, store/line-keys.ts), when known for the text its index line names. */
  lineKeysOf(entry: { id: string; contentHash: string }): string[] | undefined {
    return this.lineKeyFile.keysOf(entry.id, entry.contentHash)
  }

  /** The line keys of every article of the workspace whose keys are known: what an import counts. */
  allLineKeys(): { id: string; lineKeys: string[] }[] {
    return this.index.articles.flatMap((a) => {
      const lineKeys = this.lineKeyFile.keysOf(a.id, a.contentHash)
      return lineKeys ? [{ id: a.id, lineKeys }] : []
    })
  }

  /** Keys computed elsewhere (the search worker's pass over the files), kept while the article still has that text. */
  fillLineKeys(id: string, contentHash: string, lineKeys: string[]): void {
    if (this.index.articles.find((a) => a.id === id)?.contentHash === contentHash) this.lineKeyFile.set(id, contentHash, lineKeys)
  }

  protected articlePath(id: string): string {
    return join(this.dir, ARTICLES_DIR, `${id}.json`)
  }

  /** Lets go of the least recently used articles that are not being written. */
  protected evictUnused(): void {
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

  /** The compaction of an article (article-writing.ts). */
  protected abstract fold(id: string): Promise<void> | undefined

  /** Folds an article's change log into its file (article-writing.ts). */
  abstract compact(id: string): Promise<void>
}
