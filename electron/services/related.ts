// Related claims across a workspace: the use cases. Linking runs in a worker thread
// (related-worker.ts) that reads the article files once and then follows every change
// the workspace reports (an import, an edit, a removal), so an import never waits for it
// on the main thread. Decisions (confirm / reject) are stored on the claim through the
// claim-field table, so history, undo and merge treat them like any other field.
import { Worker } from 'node:worker_threads'
import { join } from 'node:path'
import { compatible } from '../core/corroboration/conflicts'
import type { RelatedGroup } from '../core/corroboration/groups'
import { judgeIndependence, type ReportSide } from '../core/corroboration/independence'
import type { RelatedReport } from '../core/corroboration/report-entries'
import type { LinkStatus } from '../core/corroboration/groups'
import { ClaimdeskError } from '../core/errors'
import { message } from '../core/messages'
import type { AlsoReported, RelatedClaimView } from '../core/related-views'
import { ARTICLES_DIR, RELATED_INDEX_FILE } from '../store/workspace-store'
import type { ArticleFile, Claim } from '../core/schema'
import { tsxEsmApi } from './build-claims'
import { addEvidence } from './claim-edits'
import { relatedArticle } from './related-engine'
import { RelatedHandler, type RelatedEvent, type RelatedRequest } from './related-protocol'
import type { Workspace } from './workspace'

// The shapes the window is told about live in core, where the contract can name them.
export type { AlsoReported, RelatedClaimView } from '../core/related-views'

let configuredWorker: URL | null = null

/** The built app and CLI tell where electron-vite put the worker bundle. */
export function configureRelatedWorker(url: URL): void {
  configuredWorker = url
}

function startWorker(): Worker {
  if (configuredWorker) return new Worker(configuredWorker)
  const source = new URL('./related-worker.ts', import.meta.url).href
  return new Worker(`import(${JSON.stringify(tsxEsmApi())}).then(({ register }) => { register(); return import(${JSON.stringify(source)}) })`, { eval: true })
}

const splitKey = (key: string) => ({ articleId: key.slice(0, key.indexOf('/')), claimId: key.slice(key.indexOf('/') + 1) })

function side(file: ArticleFile, claim: Claim): ReportSide {
  return { outlet: file.article.outlet, text: claim.anchor.quote.exact, attribution: claim.sourcing.attribution, lede: `${file.article.title}\n${file.article.text.slice(0, 1200)}` }
}

export class RelatedLinks {
  private worker: Worker | null = null
  private inline: RelatedHandler | null = null
  private nextId = 1
  private readonly waiting = new Map<number, { resolve: (event: RelatedEvent) => void; request: RelatedRequest }>()
  private ready = false
  private readyWaiters: Array<() => void> = []
  private readonly stopFollowing: () => void

  constructor(private readonly workspace: Workspace, options: { inline?: boolean } = {}) {
    if (!options.inline) {
      try {
        this.worker = startWorker()
        this.worker.on('message', (event: RelatedEvent) => this.receive(event))
        this.worker.on('error', () => this.fallBackInline())
        this.worker.unref() // never keeps a CLI or a test process alive
      } catch {
        this.worker = null
      }
    }
    if (!this.worker) this.inline = new RelatedHandler((event) => this.receive(event))
    // Every import, edit and removal reaches the worker: linking follows the workspace.
    this.stopFollowing = workspace.onArticleChange((articleId, removed) => {
      if (removed) return this.post({ type: 'remove', articleId })
      const file = workspace.getArticleIfPresent(articleId)
      if (file) this.post({ type: 'article', article: relatedArticle(file) })
    })
    this.post(this.buildRequest())
  }

  /** What the last build did: articles profiled from their files, and taken from the index on disk. */
  lastBuild: { profiled: number; fromSegment: number } | null = null

  private buildRequest(): RelatedRequest {
    const dir = this.workspace.dir
    return {
      type: 'build',
      workspaceDir: dir,
      articlesDir: join(dir, ARTICLES_DIR),
      articleIds: this.workspace.listArticles().map((a) => a.id),
      segmentPath: join(dir, RELATED_INDEX_FILE),
      persist: this.workspace.writable,
    }
  }

  /** Resolves once every article file has been read and linked. */
  whenReady(): Promise<void> {
    if (this.ready) return Promise.resolve()
    this.worker?.ref()
    return new Promise((resolve) => this.readyWaiters.push(resolve))
  }

  /** Every group of related claims across at least two articles (waits for the whole workspace). */
  async groups(): Promise<RelatedGroup[]> {
    await this.whenReady()
    const event = await this.ask((id) => ({ type: 'groups', id }))
    return event.type === 'groups' ? event.groups : []
  }

  /** "Also reported in": the claims linked to this one, the reviewer's decisions, figures side by side, independence. */
  async alsoReported(articleId: string, claimId: string): Promise<AlsoReported> {
    const claim = this.workspace.getClaim(articleId, claimId)
    const file = this.workspace.getArticle(articleId)
    const event = await this.ask((id) => ({ type: 'lookup', id, key: `${articleId}/${claimId}` }))
    if (event.type !== 'lookup') throw new Error('related worker answered out of turn')
    const related: RelatedClaimView[] = []
    for (const { key, status } of event.lookup.related) {
      const view = this.view(key, status, side(file, claim))
      if (view) related.push(view)
    }
    return { articleId, claimId, groupId: event.lookup.groupId, related, disagreements: event.lookup.disagreements, complete: event.complete }
  }

  /**
   * Confirms or rejects the link from one claim to another ('suggested' withdraws the
   * decision). Stored on the first claim; the latest decision on a pair wins.
   */
  async decide(
    articleId: string,
    claimId: string,
    other: { articleId: string; claimId: string },
    status: LinkStatus,
    at: string = new Date().toISOString(),
  ): Promise<{ claim: Claim; alsoReported: AlsoReported }> {
    if (!['suggested', 'confirmed', 'rejected'].includes(status)) throw new ClaimdeskError('invalid-argument', message('linkError.notDecision', { status }))
    if (other.articleId === articleId) throw new ClaimdeskError('invalid-argument', message('error.linkSameArticle'))
    this.workspace.getClaim(other.articleId, other.claimId)
    const claim = this.workspace.getClaim(articleId, claimId)
    const kept = (claim.related ?? []).filter((d) => !(d.articleId === other.articleId && d.claimId === other.claimId))
    const next = status === 'suggested' ? kept : [...kept, { articleId: other.articleId, claimId: other.claimId, status, at }]
    const updated = await this.workspace.updateClaim(articleId, claimId, 'related', next) // the change reaches the worker
    return { claim: updated, alsoReported: await this.alsoReported(articleId, claimId) }
  }

  /**
   * Adds a linked claim as evidence for this one in one step: the citation names the other
   * article, the stance follows the figures (a conflict contradicts), and independence is
   * judged from the outlets and the sources both reports cite; the note says why.
   */
  async addAsEvidence(articleId: string, claimId: string, other: { articleId: string; claimId: string }): Promise<{ claim: Claim; alsoReported: AlsoReported }> {
    const before = await this.alsoReported(articleId, claimId)
    const view = before.related.find((r) => r.articleId === other.articleId && r.claimId === other.claimId)
    if (!view) throw new ClaimdeskError('not-found', message('error.notLinked'))
    if (view.status === 'rejected') throw new ClaimdeskError('invalid-argument', message('error.linkRejected'))
    const key = `${other.articleId}/${other.claimId}`
    const mine = `${articleId}/${claimId}`
    // Contradicts only when its figure and this claim's cannot both be true (not merely a conflict elsewhere in the group).
    const conflicting = before.disagreements.some(
      (d) => d.kind === 'conflict' && d.values.some((x) => `${x.articleId}/${x.claimId}` === mine && d.values.some((y) => `${y.articleId}/${y.claimId}` === key && !compatible(x, y))),
    )
    const date = view.publishedAt ? `, ${view.publishedAt}` : ''
    await addEvidence(this.workspace, articleId, claimId, {
      citation: `${view.outlet ?? 'Unknown outlet'}${date}: “${view.articleTitle}” — “${view.text}”`,
      url: view.url,
      note: `${view.independence.reason}${conflicting ? ' Its figures conflict with this claim’s.' : ''} Added from “Also reported in”.`,
      stance: conflicting ? 'contradicts' : 'supports',
      independent: view.independence.independent,
    })
    if (view.status !== 'confirmed') return this.decide(articleId, claimId, other, 'confirmed')
    return { claim: this.workspace.getClaim(articleId, claimId), alsoReported: await this.alsoReported(articleId, claimId) }
  }

  /**
   * What the reports carry about related claims: for each listed claim with links, the
   * linked claims (article, outlet, date, decision) and the figures that conflict or were
   * updated. Waits until the whole workspace is linked; one round trip to the worker.
   */
  async reportEntries(files: readonly ArticleFile[]): Promise<RelatedReport> {
    await this.whenReady()
    const keys = files.flatMap((f) => f.claims.map((c) => `${f.article.id}/${c.id}`))
    const event = await this.ask((id) => ({ type: 'lookups', id, keys }))
    if (event.type !== 'lookups') throw new Error('related worker answered out of turn')
    const out: RelatedReport = {}
    event.lookups.forEach((lookup, i) => {
      const linked = lookup.related.flatMap(({ key, status }) => {
        const { articleId, claimId } = splitKey(key)
        const file = this.workspace.getArticleIfPresent(articleId)
        const claim = file?.claims.find((c) => c.id === claimId)
        if (!file || !claim) return []
        const a = file.article
        return [{ articleId, claimId, outlet: a.outlet, title: a.title, publishedAt: a.publishedAt, url: a.url, text: claim.anchor.quote.exact, status }]
      })
      if (linked.length === 0) return
      const pick = (kind: 'conflict' | 'update') => lookup.disagreements.filter((d) => d.kind === kind).map((d) => ({ quantity: d.quantity, values: d.values }))
      out[keys[i]] = { linked, conflicts: pick('conflict'), updates: pick('update') }
    })
    return out
  }

  /** Writes the related index on disk if it changed; the workspace calls it as it closes. */
  async persist(): Promise<boolean> {
    if (!this.worker && !this.inline) return false
    const event = await this.ask((id) => ({ type: 'persist', id }))
    return event.type === 'persisted' && event.written
  }

  /** `persist`: write the index on disk first (the workspace closing, its files written). */
  async close(options: { persist?: boolean } = {}): Promise<void> {
    this.stopFollowing()
    if (options.persist) await this.persist().catch(() => false)
    const worker = this.worker
    this.worker = null
    for (const resolve of this.readyWaiters.splice(0)) resolve()
    await worker?.terminate()
  }

  private view(key: string, status: LinkStatus, mine: ReportSide): RelatedClaimView | null {
    const { articleId, claimId } = splitKey(key)
    const file = this.workspace.getArticleIfPresent(articleId)
    const claim = file?.claims.find((c) => c.id === claimId)
    if (!file || !claim) return null
    return {
      articleId,
      claimId,
      text: claim.anchor.quote.exact,
      articleTitle: file.article.title,
      outlet: file.article.outlet,
      publishedAt: file.article.publishedAt,
      url: file.article.url,
      sourcing: claim.sourcing.type,
      attribution: claim.sourcing.attribution,
      corroboration: claim.corroboration,
      figures: claim.figures ?? [],
      status,
      independence: judgeIndependence(mine, side(file, claim)),
    }
  }

  private post(request: RelatedRequest): void {
    if (this.worker) this.worker.postMessage(request)
    else this.inline?.handle(request)
  }

  private ask(make: (id: number) => RelatedRequest): Promise<RelatedEvent> {
    const id = this.nextId++
    const request = make(id)
    return new Promise((resolve) => {
      this.waiting.set(id, { resolve, request })
      this.worker?.ref() // an answer is awaited
      this.post(request)
    })
  }

  private receive(event: RelatedEvent): void {
    if (event.type === 'ready') {
      this.lastBuild = { profiled: event.profiled, fromSegment: event.fromSegment }
      this.ready = true
      for (const resolve of this.readyWaiters.splice(0)) resolve()
    } else if (event.type === 'lookup' || event.type === 'groups' || event.type === 'lookups' || event.type === 'persisted') {
      const waiting = this.waiting.get(event.id)
      this.waiting.delete(event.id)
      waiting?.resolve(event)
    }
    if (this.waiting.size === 0 && this.readyWaiters.length === 0) this.worker?.unref()
  }

  /** The worker could not start or died: the same handler, inline, rebuilt from the files. */
  private fallBackInline(): void {
    if (this.inline) return
    void this.worker?.terminate()
    this.worker = null
    this.ready = false
    this.inline = new RelatedHandler((event) => this.receive(event))
    this.inline.handle(this.buildRequest())
    for (const { request } of [...this.waiting.values()]) this.inline.handle(request)
  }
}
