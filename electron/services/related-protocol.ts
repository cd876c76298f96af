// Messages between the main process and the related-claims worker thread, and the
// worker's handler. The build reads every article file in small batches, so an article
// imported meanwhile is linked at once and a lookup is answered from what is linked so
// far (marked incomplete) instead of waiting for the whole workspace. What the build links
// is kept on disk (related-index-file.ts): the next open takes it for every article whose
// file did not change and reads only the others.
import { createHash } from 'node:crypto'
import type { RelatedGroup } from '../core/corroboration/groups'
import { RelatedEngine, relatedArticle, type RelatedArticle, type RelatedLookup } from './related-engine'
import { readRelatedSegment, writeRelatedSegment } from './related-index-file'
import { articleKey, readArticleWithKey } from './related-reader'

export type RelatedRequest =
  /**
   * `workspaceDir`: where the change logs are (an edit acknowledged before a crash may be only there).
   * `segmentPath`: the related index on disk, used for articles whose files did not change;
   * written after the build and on `persist` when `persist` is set (not by a reader without the lock).
   */
  | { type: 'build'; workspaceDir: string; articlesDir: string; articleIds: string[]; segmentPath?: string; persist?: boolean }
  | { type: 'article'; article: RelatedArticle }
  | { type: 'remove'; articleId: string }
  | { type: 'lookup'; id: number; key: string }
  | { type: 'groups'; id: number }
  | { type: 'lookups'; id: number; keys: string[] }
  /** Writes the index on disk if it changed (the workspace is closing). */
  | { type: 'persist'; id: number }

export type RelatedEvent =
  | { type: 'started' }
  /** `profiled`: articles read and profiled by the build; `fromSegment`: taken from the index on disk, their files only hashed. */
  | { type: 'ready'; profiled: number; fromSegment: number }
  | { type: 'lookup'; id: number; lookup: RelatedLookup; complete: boolean }
  | { type: 'groups'; id: number; groups: RelatedGroup[]; complete: boolean }
  | { type: 'lookups'; id: number; lookups: RelatedLookup[]; complete: boolean }
  | { type: 'persisted'; id: number; written: boolean }

/** Articles read (or hashed) per turn of the worker's event loop during the build. */
const BATCH = 10

/** What the app sent for an article, to tell later whether its file holds the same. */
const digestOf = (article: RelatedArticle) => createHash('sha256').update(JSON.stringify(article)).digest('hex')

export class RelatedHandler {
  private readonly engine = new RelatedEngine()
  /** Articles the build has not read yet; those changed meanwhile are dropped from it. */
  private pending = new Set<string>()
  private building = false
  private workspaceDir = ''
  private articlesDir = ''
  private segmentPath: string | null = null
  private persist = false
  /** Per linked article: the key of the file it was read from, while known to be its file's (related-reader.ts articleKey). */
  private readonly keys = new Map<string, string>()
  /** Per linked article: what linking read of it (digestOf), to tell a change linking does not read (a status, a note). */
  private readonly digests = new Map<string, string>()
  /** Whether the linking differs from the index on disk. */
  private changed = false
  /** While the stored index is checked against the files: changes wait here, then apply on top of it. */
  private held: RelatedRequest[] | null = null
  private writing: Promise<boolean> = Promise.resolve(false)

  constructor(private readonly emit: (event: RelatedEvent) => void) {}

  handle(request: RelatedRequest): void {
    if (this.held && (request.type === 'article' || request.type === 'remove')) {
      this.held.push(request)
      return
    }
    switch (request.type) {
      case 'build':
        this.pending = new Set(request.articleIds)
        this.workspaceDir = request.workspaceDir
        this.articlesDir = request.articlesDir
        this.segmentPath = request.segmentPath ?? null
        this.persist = !!request.persist
        if (!this.building) void this.build()
        break
      case 'article': {
        const id = request.article.input.id
        const digest = digestOf(request.article)
        this.pending.delete(id)
        this.keys.delete(id) // its file changed: its key is found again when the index is written
        if (this.digests.get(id) === digest) break // nothing linking reads changed (a status, a note): nothing to link again
        this.engine.upsert(request.article)
        this.digests.set(id, digest)
        this.changed = true
        this.engine.regroup() // linking per imported article happens here, off the main thread
        break
      }
      case 'remove':
        this.pending.delete(request.articleId)
        this.engine.remove(request.articleId)
        this.keys.delete(request.articleId)
        this.digests.delete(request.articleId)
        this.changed = true
        this.engine.regroup()
        break
      case 'lookup':
        this.emit({ type: 'lookup', id: request.id, lookup: this.engine.lookup(request.key), complete: !this.building })
        break
      case 'groups':
        this.emit({ type: 'groups', id: request.id, groups: this.engine.groups(), complete: !this.building })
        break
      case 'lookups': // a report: every listed claim in one answer
        this.emit({ type: 'lookups', id: request.id, lookups: request.keys.map((key) => this.engine.lookup(key)), complete: !this.building })
        break
      case 'persist':
        void this.write().then((written) => this.emit({ type: 'persisted', id: request.id, written }))
        break
    }
  }

  private async build(): Promise<void> {
    this.building = true
    const fromSegment = this.engine.articleCount === 0 && this.segmentPath ? await this.loadSegment(this.segmentPath) : 0
    let profiled = 0
    while (this.pending.size > 0) {
      const batch = [...this.pending].slice(0, BATCH)
      // Through the store's read path, change log included (a missing or damaged file is null).
      const files = await Promise.all(batch.map((id) => readArticleWithKey(this.workspaceDir, this.articlesDir, id)))
      batch.forEach((id, i) => {
        // An update that came while the file was read is newer than the file.
        if (!this.pending.delete(id)) return
        const read = files[i]
        if (!read) return
        const article = relatedArticle(read.file)
        this.engine.upsert(article)
        this.keys.set(id, read.key)
        this.digests.set(id, digestOf(article))
        this.changed = true
        profiled++
      })
      await new Promise((resolve) => setImmediate(resolve))
    }
    this.engine.regroup()
    this.building = false
    this.emit({ type: 'ready', profiled, fromSegment })
    if (this.changed) await this.write()
  }

  /**
   * Takes the related index on disk for the articles whose files still have the key it was
   * built from, or were rewritten without a change linking reads (a status, a note: the file
   * is read, and what linking reads of it compared). It is restored whole, then the others
   * (changed since, or gone) are removed from it as an edit would, and the build reads them
   * again. Returns how many were taken. When most of it no longer holds, nothing is taken:
   * a fresh build costs less.
   */
  private async loadSegment(path: string): Promise<number> {
    const stored = await readRelatedSegment(path)
    if ('unusable' in stored) return 0
    this.held = []
    try {
      const { articles } = stored.snapshot.index
      const place = new Map(articles.map((a, i) => [a.id, i]))
      const keys: (string | null)[] = articles.map(() => null)
      const listed = [...this.pending].filter((id) => place.has(id))
      for (let at = 0; at < listed.length; at += BATCH) {
        const batch = listed.slice(at, at + BATCH)
        const found = await Promise.all(
          batch.map(async (id) => {
            const stamp = stored.stamps[place.get(id)!]
            const key = await articleKey(this.workspaceDir, this.articlesDir, id)
            if (key === null || key === stamp.key || stamp.digest === null) return key === stamp.key ? key : null
            // Rewritten since: kept when linking reads the same of it.
            const read = await readArticleWithKey(this.workspaceDir, this.articlesDir, id)
            return read && digestOf(relatedArticle(read.file)) === stamp.digest ? read.key : null
          }),
        )
        batch.forEach((id, i) => (keys[place.get(id)!] = found[i]))
        await new Promise((resolve) => setImmediate(resolve))
      }
      const count = keys.filter((key) => key !== null).length
      if (count * 2 < articles.length) return 0
      this.engine.restore(stored.snapshot)
      articles.forEach((a, i) => {
        const key = keys[i]
        if (key !== null && this.pending.has(a.id)) {
          this.keys.set(a.id, key)
          if (stored.stamps[i].digest) this.digests.set(a.id, stored.stamps[i].digest!)
          if (key !== stored.stamps[i].key) this.changed = true // its new key is worth writing
          this.pending.delete(a.id)
        } else {
          this.engine.remove(a.id) // read again by the build when it is still listed
          this.changed = true
        }
      })
      return count
    } finally {
      const held = this.held
      this.held = null
      for (const request of held) this.handle(request)
    }
  }

  /**
   * Writes the linking as the index on disk when it changed. An article the app sent is
   * stored with its file's key only when that file gives what linking read (else a save
   * failed, or another program wrote it since): never trusted otherwise.
   */
  private write(): Promise<boolean> {
    const run = async (): Promise<boolean> => {
      const path = this.segmentPath
      if (!path || !this.persist || !this.changed || this.held) return false
      for (const [id, digest] of [...this.digests]) {
        if (this.keys.has(id)) continue
        const read = await readArticleWithKey(this.workspaceDir, this.articlesDir, id)
        if (this.digests.get(id) !== digest || this.keys.has(id) || !read || digestOf(relatedArticle(read.file)) !== digest) continue
        this.keys.set(id, read.key)
      }
      this.changed = false
      const snapshot = this.engine.snapshot()
      const stamps = new Map(snapshot.index.articles.map((a) => [a.id, { key: this.keys.get(a.id) ?? null, digest: this.digests.get(a.id) ?? null }]))
      try {
        await writeRelatedSegment(path, snapshot, (id) => stamps.get(id) ?? { key: null, digest: null })
        return true
      } catch {
        this.changed = true // not writable now (disk full, read-only folder): the next open rebuilds
        return false
      }
    }
    this.writing = this.writing.then(run, run)
    return this.writing
  }
}
