// The workspace index (claimdesk.json): one line per article with everything the article
// list shows, so opening reads this file only. Article files are the source of truth:
// the index is reconciled against them on open, and a line out of date after a crash is
// repaired by the background pass (services/search-engine.ts) or the change logs.
// A new article's line is written at once; a click's line is written after a quiet
// moment, coalesced with the next clicks' (rewriting and fsyncing the whole index on
// every click made the clicks' own fsyncs wait behind it).
import { message } from '../core/messages'
import { noticeWith } from '../core/notices'
import type { Low } from 'lowdb'
import { countClaims } from '../core/article-summary'
import { ClaimdeskError } from '../core/errors'
import { SCHEMA_VERSION, WorkspaceIndexSchema, type ArticleFile, type ArticleIndexEntry, type WorkspaceIndex } from '../core/schema'
import { parseJsonOrNull, validate, type SaveScope } from './article-load'
import { ExternalChangeError, type DurableJSONFile } from './durable-file'
import type { RecoveryNotice } from './quarantine'
import type { WriteGuard } from './write-guard'

export function emptyIndex(): WorkspaceIndex {
  return { schemaVersion: SCHEMA_VERSION, articles: [], settings: { reviewerName: '' } }
}

/** An article's line. Its line keys are kept beside the index (line-keys-file.ts), not in it. */
export function indexEntryOf(file: ArticleFile, fingerprint?: { size: number; sha256: string } | null): ArticleIndexEntry {
  const { id, title, outlet, publishedAt, importedAt, contentHash } = file.article
  const entry: ArticleIndexEntry = { id, title, outlet, publishedAt, importedAt, contentHash, ...countClaims(file.claims) }
  if (fingerprint) entry.file = { bytes: fingerprint.size, sha256: fingerprint.sha256 }
  return entry
}

/** True when an index line carries everything the article list shows (older indexes do not). */
export function isComplete(entry: ArticleIndexEntry): boolean {
  return entry.claimCount !== undefined && entry.reviewedCount !== undefined && entry.corroborationCounts !== undefined && entry.tags !== undefined
}

export class IndexFile {
  /** The index changed in memory and is not yet queued for writing. */
  private dirty = false
  private timer: NodeJS.Timeout | null = null
  private dirtySince = 0

  constructor(
    readonly db: Low<WorkspaceIndex>,
    private readonly guard: WriteGuard,
    private readonly readOnly: boolean,
    /** Quiet time before an edit's index line is written. */
    public delayMs = 1000,
  ) {}

  get index(): WorkspaceIndex {
    return this.db.data
  }

  /** The index differs from the file; written with the next save or on close. */
  markDirty(): void {
    this.dirty = true
  }

  /** Writes the index; if it changed on disk, its settings are taken from there (the article list follows the files). */
  async write(settingsChanged = false): Promise<void> {
    if (this.guard.blockedReason) {
      this.dirty = true // rebuilt from the article files in any case; written once writes are allowed again
      return
    }
    try {
      await this.db.write()
    } catch (error) {
      if (!(error instanceof ExternalChangeError)) throw error
      const theirs = validate(parseJsonOrNull(error.current), WorkspaceIndexSchema)
      if (!theirs.ok) throw new ClaimdeskError('not-saved', message('error.indexChangedUnreadable', { reason: theirs.why }))
      if (!settingsChanged) this.index.settings = theirs.data.settings
      ;(this.db.adapter as DurableJSONFile<WorkspaceIndex>).adopt(error.fingerprint)
      await this.db.write()
    }
  }

  /** Puts an article's line; a whole new file (import, merge) waits for it, a click does not. */
  async update(entry: ArticleIndexEntry, scope: SaveScope): Promise<void> {
    const at = this.index.articles.findIndex((a) => a.id === entry.id)
    const current = at >= 0 ? this.index.articles[at] : undefined
    if (current && JSON.stringify(current) === JSON.stringify(entry)) return
    if (at >= 0) this.index.articles[at] = entry
    else this.index.articles.push(entry)
    // A refused index write loses nothing: the index is rebuilt from the article files.
    if (scope === 'all') {
      this.dirty = false
      await this.write().catch(() => undefined)
    } else this.schedule()
  }

  /** Writes the index after `delayMs` without a change, and at least every ten of those while clicks go on. */
  schedule(): void {
    if (!this.timer) this.dirtySince = Date.now()
    this.dirty = true
    if (this.readOnly) return
    if (this.timer) clearTimeout(this.timer)
    const wait = Math.max(0, Math.min(this.delayMs, this.dirtySince + 10 * this.delayMs - Date.now()))
    this.timer = setTimeout(() => {
      this.timer = null
      if (!this.dirty) return
      this.dirty = false
      void this.write().catch(() => undefined)
    }, wait)
    this.timer.unref?.()
  }

  /** Writes now what is waiting (close, recovery on open); a refused write loses nothing. */
  async writePending(): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    if (this.dirty && !this.readOnly && !this.guard.blockedReason) {
      this.dirty = false
      await this.write().catch(() => undefined)
    }
  }

  /** Resolves when the index's writes so far have reached the disk. */
  async flush(): Promise<void> {
    await (this.db.adapter as DurableJSONFile<WorkspaceIndex>).flush()
  }

  /**
   * On open: lines without a file are dropped (and reported, unless already), files
   * without a line are added, articles read on open give their own line. True when the
   * lines changed.
   */
  reconcile(files: {
    loaded: ReadonlyMap<string, ArticleFile>
    present: ReadonlySet<string>
    reported: (id: string) => boolean
    articlePath: (id: string) => string
  }): { changed: boolean; notices: RecoveryNotice[] } {
    const before = JSON.stringify(this.index.articles)
    const notices: RecoveryNotice[] = []
    const known = new Set<string>()
    this.index.articles = this.index.articles.filter((entry) => {
      const present = files.loaded.has(entry.id) || (isComplete(entry) && files.present.has(entry.id))
      if (!present && !files.reported(entry.id) && !known.has(entry.id)) {
        const path = files.articlePath(entry.id)
        notices.push(noticeWith(path, path, message('notice.missingFile', { title: entry.title })))
      }
      if (!present || known.has(entry.id)) return false
      known.add(entry.id)
      return true
    })
    for (const [id, file] of files.loaded) {
      if (!known.has(id)) this.index.articles.push(indexEntryOf(file))
    }
    this.index.articles = this.index.articles.map((e) => {
      const file = files.loaded.get(e.id)
      return file ? indexEntryOf(file) : e
    })
    return { changed: JSON.stringify(this.index.articles) !== before, notices }
  }
}
