// The main process's side of claim search: starts the index build in a worker thread
// when the workspace opens, forwards every change to it, and asks it queries. A query
// never waits for the build: it is answered from what is indexed so far, and the answer
// says whether that was everything. Without worker support the same engine runs inline.
import { Worker } from 'node:worker_threads'
import type { SearchResult } from '../core/api'
import type { ReviewHit } from '../core/search-review'
import { tsxEsmApi } from './build-claims'
import { SearchEngine, type FoundArticle, type SearchEvent, type SearchRequest } from './search-engine'

export type { FileExpectation, IndexedArticle } from './search-engine'

let configuredWorker: URL | null = null

/** The built app tells where electron-vite put the worker bundle (next to the main bundle). */
export function configureSearchWorker(url: URL): void {
  configuredWorker = url
}

function startWorker(): Worker {
  if (configuredWorker) return new Worker(configuredWorker)
  // From the sources (tests, the bench) the worker is TypeScript: register tsx in the thread first.
  const source = new URL('./search-worker.ts', import.meta.url).href
  return new Worker(`import(${JSON.stringify(tsxEsmApi())}).then(({ register }) => { register(); return import(${JSON.stringify(source)}) })`, { eval: true })
}

export interface SearchListeners {
  /** An article file differs from its line in the workspace index (found by the background pass). */
  onMismatch?(articleId: string, found: FoundArticle): void
  onUnreadable?(articleId: string, reason: string): void
  /** The pass computed the line keys of an article whose index line has none. */
  onLineKeys?(articleId: string, contentHash: string, lineKeys: string[]): void
}

type Hits = Omit<Extract<SearchEvent, { type: 'hits' }>, 'type' | 'id'>
type Answer = Extract<SearchEvent, { type: 'hits' | 'reviewed' }>
/** The search box's answer from the worker: matched and ranked there, without article titles. */
export type ReviewAnswer = Omit<SearchResult, 'hits'> & { hits: ReviewHit[] }

export class ClaimSearch {
  private worker: Worker | null = null
  private inline: SearchEngine | null = null
  private nextId = 1
  private readonly waiting = new Map<number, (answer: Answer) => void>()
  private ready = false
  /** Until the worker thread runs (its start takes a moment), queries are answered empty, marked incomplete. */
  private started = false
  private knownArticles = 0
  private readyWaiters: Array<() => void> = []

  constructor(private readonly listeners: SearchListeners = {}) {
    try {
      this.worker = startWorker()
      this.worker.on('message', (event: SearchEvent) => this.receive(event))
      this.worker.on('error', () => this.fallBackInline())
      this.worker.unref() // never keeps a CLI or a test process alive
    } catch {
      this.fallBackInline()
    }
  }

  /** Starts reading and indexing every article file (and checking it against the index). */
  build(request: Extract<SearchRequest, { type: 'build' }>): void {
    this.ready = false
    this.knownArticles = request.articles.length
    this.lastBuild = request
    this.post(request)
  }

  post(request: Exclude<SearchRequest, { type: 'query' }>): void {
    if (this.worker) this.worker.postMessage(request)
    else this.inline!.handle(request)
  }

  query(query: string, limit: number): Promise<Omit<SearchResult, 'hits'> & { hits: Hits['hits'] }> {
    return this.ask({ type: 'query', id: this.nextId++, query, limit }) as Promise<Omit<SearchResult, 'hits'> & { hits: Hits['hits'] }>
  }

  /** The search box's query (words and filters), matched and ranked in the worker. */
  review(input: string, limit: number): Promise<ReviewAnswer> {
    return this.ask({ type: 'review', id: this.nextId++, input, limit }) as Promise<ReviewAnswer>
  }

  private ask(request: Extract<SearchRequest, { type: 'query' | 'review' }>): Promise<Omit<Answer, 'type' | 'id'>> {
    if (!this.started && this.worker) return Promise.resolve({ hits: [], complete: false, indexedArticles: 0, totalArticles: this.knownArticles })
    return new Promise((resolve) => {
      this.waiting.set(request.id, (answer) => resolve({ hits: answer.hits, complete: answer.complete, indexedArticles: answer.indexedArticles, totalArticles: answer.totalArticles } as Omit<Answer, 'type' | 'id'>))
      this.worker?.ref() // an answer is awaited
      if (this.worker) this.worker.postMessage(request)
      else this.inline!.handle(request)
    })
  }

  /** Resolves once the build has read every article file. */
  whenReady(): Promise<void> {
    if (this.ready) return Promise.resolve()
    this.worker?.ref()
    return new Promise((resolve) => this.readyWaiters.push(resolve))
  }

  async close(): Promise<void> {
    const worker = this.worker
    this.worker = null
    this.inline = new SearchEngine(() => undefined)
    for (const resolve of this.readyWaiters.splice(0)) resolve()
    await worker?.terminate()
  }

  private lastBuild: Extract<SearchRequest, { type: 'build' }> | null = null

  private receive(event: SearchEvent): void {
    switch (event.type) {
      case 'hits':
      case 'reviewed': {
        const resolve = this.waiting.get(event.id)
        this.waiting.delete(event.id)
        resolve?.(event)
        break
      }
      case 'ready':
        this.ready = true
        for (const resolve of this.readyWaiters.splice(0)) resolve()
        break
      case 'mismatch':
        this.listeners.onMismatch?.(event.articleId, event.found)
        break
      case 'unreadable':
        this.listeners.onUnreadable?.(event.articleId, event.reason)
        break
      case 'lineKeys':
        this.listeners.onLineKeys?.(event.articleId, event.contentHash, event.lineKeys)
        break
      case 'started':
        this.started = true
        break
      case 'progress':
        break
    }
    if (this.waiting.size === 0 && this.readyWaiters.length === 0) this.worker?.unref()
  }

  /** The worker could not start or died: the same engine, inline, rebuilt from the files. */
  private fallBackInline(): void {
    if (this.inline) return
    void this.worker?.terminate()
    this.worker = null
    this.inline = new SearchEngine((event) => this.receive(event))
    if (this.lastBuild) this.inline.handle(this.lastBuild)
    for (const [id] of this.waiting) this.inline.handle({ type: 'query', id, query: '', limit: 0 })
  }
}
