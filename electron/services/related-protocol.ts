// Messages between the main process and the related-claims worker thread, and the
// worker's handler. The build reads every article file in small batches, so an article
// imported meanwhile is linked at once and a lookup is answered from what is linked so
// far (marked incomplete) instead of waiting for the whole workspace.
import type { RelatedGroup } from '../core/corroboration/groups'
import { RelatedEngine, relatedArticle, type RelatedArticle, type RelatedLookup } from './related-engine'
import { readArticleForLinking } from './related-reader'

export type RelatedRequest =
  /** `workspaceDir`: where the change logs are (an edit acknowledged before a crash may be only there). */
  | { type: 'build'; workspaceDir: string; articlesDir: string; articleIds: string[] }
  | { type: 'article'; article: RelatedArticle }
  | { type: 'remove'; articleId: string }
  | { type: 'lookup'; id: number; key: string }
  | { type: 'groups'; id: number }
  | { type: 'lookups'; id: number; keys: string[] }

export type RelatedEvent =
  | { type: 'started' }
  | { type: 'ready' }
  | { type: 'lookup'; id: number; lookup: RelatedLookup; complete: boolean }
  | { type: 'groups'; id: number; groups: RelatedGroup[]; complete: boolean }
  | { type: 'lookups'; id: number; lookups: RelatedLookup[]; complete: boolean }

/** Articles read per turn of the worker's event loop during the build. */
const BATCH = 10

export class RelatedHandler {
  private readonly engine = new RelatedEngine()
  /** Articles the build has not read yet; those changed meanwhile are dropped from it. */
  private pending = new Set<string>()
  private building = false

  constructor(private readonly emit: (event: RelatedEvent) => void) {}

  handle(request: RelatedRequest): void {
    switch (request.type) {
      case 'build':
        this.pending = new Set(request.articleIds)
        if (!this.building) void this.build(request.workspaceDir, request.articlesDir)
        break
      case 'article':
        this.pending.delete(request.article.input.id)
        this.engine.upsert(request.article)
        this.engine.regroup() // linking per imported article happens here, off the main thread
        break
      case 'remove':
        this.pending.delete(request.articleId)
        this.engine.remove(request.articleId)
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
    }
  }

  private async build(workspaceDir: string, articlesDir: string): Promise<void> {
    this.building = true
    while (this.pending.size > 0) {
      const batch = [...this.pending].slice(0, BATCH)
      // Through the store's read path, change log included (a missing or damaged file is null).
      const files = await Promise.all(batch.map((id) => readArticleForLinking(workspaceDir, articlesDir, id)))
      batch.forEach((id, i) => {
        // An update that came while the file was read is newer than the file.
        if (!this.pending.delete(id)) return
        const file = files[i]
        if (file) this.engine.upsert(relatedArticle(file))
      })
      await new Promise((resolve) => setImmediate(resolve))
    }
    this.engine.regroup()
    this.building = false
    this.emit({ type: 'ready' })
  }
}
