// The claim search index and the background pass over the article files, as one
// message handler. It runs in a worker thread (search-worker.ts), so building the index
// over a whole workspace never blocks the main process, and inline when no worker can be
// started (still correct, only slower to respond). The build reads every article file
// itself; while it reads, it also checks each file against what the workspace index says
// about it (size and SHA-256) and reports files that differ.
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { countClaims, type ClaimCounts } from '../core/article-summary'
import type { Claim } from '../core/schema'
import { addArticle, createClaimIndex, removeArticle, removeClaim, searchClaims, updateClaim } from '../core/search'

export interface IndexedArticle {
  id: string
  title: string
  /** Only needed for claims without a quote. */
  text: string
  claims: Claim[]
}

/** What the workspace index says an article file holds (its line in the index); null when it does not know. */
export type FileExpectation = Partial<Omit<FoundArticle, 'bytes' | 'sha256'>> & { file?: { bytes: number; sha256: string } }

/** The index fields the background pass compares with the file. */
const CHECKED = ['title', 'outlet', 'publishedAt', 'importedAt', 'contentHash', 'claimCount', 'reviewedCount', 'corroborationCounts', 'tags'] as const

export type SearchRequest =
  | { type: 'build'; articlesDir: string; articles: { id: string; expect: FileExpectation | null }[] }
  | { type: 'article'; article: IndexedArticle }
  | { type: 'claims'; articleId: string; upserts: Claim[]; removals: string[] }
  | { type: 'remove'; articleId: string }
  | { type: 'query'; id: number; query: string; limit: number }

export interface EngineHit {
  articleId: string
  claimId: string
  text: string
  score: number
}

/** What an article file holds, as the index keeps it: sent when a file differs from its index line. */
export interface FoundArticle extends ClaimCounts {
  title: string
  outlet: string | null
  publishedAt: string | null
  importedAt: string
  contentHash: string
  bytes: number
  sha256: string
}

export type SearchEvent =
  | { type: 'hits'; id: number; hits: EngineHit[]; complete: boolean; indexedArticles: number; totalArticles: number }
  | { type: 'progress'; indexedArticles: number; totalArticles: number }
  | { type: 'ready'; indexedArticles: number }
  /** The worker thread is running (sent once, by search-worker.ts). */
  | { type: 'started' }
  | { type: 'mismatch'; articleId: string; found: FoundArticle }
  | { type: 'unreadable'; articleId: string; reason: string }

type Update = Extract<SearchRequest, { type: 'claims' }>

export class SearchEngine {
  private readonly index = createClaimIndex()
  /** Articles the build has not reached yet, with the updates that came for them meanwhile. */
  private readonly pending = new Map<string, Update[]>()
  private building = false

  constructor(private readonly emit: (event: SearchEvent) => void) {}

  handle(request: SearchRequest): void {
    switch (request.type) {
      case 'build':
        void this.build(request.articlesDir, request.articles)
        break
      case 'article':
        this.pending.delete(request.article.id)
        addArticle(this.index, toFile(request.article))
        break
      case 'claims': {
        // Applied now (so a query sees it) and again after the build reads the file.
        this.pending.get(request.articleId)?.push(request)
        this.applyClaims(request)
        break
      }
      case 'remove':
        this.pending.delete(request.articleId)
        removeArticle(this.index, request.articleId)
        break
      case 'query': {
        const hits = searchClaims(this.index, request.query, { limit: request.limit }).map(({ articleId, claimId, text, score }) => ({ articleId, claimId, text, score }))
        this.emit({ type: 'hits', id: request.id, hits, complete: !this.building, ...this.counts() })
        break
      }
    }
  }

  /** Articles fully indexed, and all articles known (indexed or still to read). */
  private counts(): { indexedArticles: number; totalArticles: number } {
    let partial = 0 // still to read, but already holding claims from updates
    for (const id of this.pending.keys()) if (this.index.articles.has(id)) partial++
    const indexedArticles = this.index.articles.size - partial
    return { indexedArticles, totalArticles: indexedArticles + this.pending.size }
  }

  private applyClaims(update: Update): void {
    for (const claim of update.upserts) updateClaim(this.index, update.articleId, claim)
    for (const id of update.removals) removeClaim(this.index, update.articleId, id)
  }

  private async build(articlesDir: string, articles: { id: string; expect: FileExpectation | null }[]): Promise<void> {
    this.building = true
    for (const { id } of articles) if (!this.index.articles.has(id)) this.pending.set(id, this.pending.get(id) ?? [])
    let done = 0
    for (const { id, expect } of articles) {
      if (this.pending.has(id)) await this.indexFile(articlesDir, id, expect) // awaiting a read lets queries in
      if (++done % 100 === 0) this.emit({ type: 'progress', ...this.counts() })
    }
    this.building = false
    this.emit({ type: 'ready', indexedArticles: this.counts().indexedArticles })
  }

  private async indexFile(articlesDir: string, id: string, expect: FileExpectation | null): Promise<void> {
    let bytes: Buffer
    try {
      bytes = await readFile(join(articlesDir, `${id}.json`))
    } catch (error) {
      this.skip(id, `could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
      return
    }
    const updates = this.pending.get(id)
    if (!updates) return // removed or replaced while it was read
    let file: { article: { id: string; title: string; text: string; outlet: string | null; publishedAt: string | null; importedAt: string; contentHash: string }; claims: Claim[] }
    try {
      file = JSON.parse(decodeUtf8(bytes))
      if (!Array.isArray(file?.claims) || typeof file.article?.title !== 'string') throw new Error('not an article file')
    } catch (error) {
      this.skip(id, `is not a readable article file (${(error as Error).message})`)
      return
    }
    this.pending.delete(id)
    addArticle(this.index, { schemaVersion: 1, article: file.article as never, claims: file.claims.filter(isIndexable) })
    for (const update of updates) this.applyClaims(update)
    if (!expect) return
    const sha256 = createHash('sha256').update(bytes).digest('hex')
    const { title, outlet, publishedAt, importedAt, contentHash } = file.article
    const found: FoundArticle = { title, outlet, publishedAt, importedAt, contentHash, ...countClaims(file.claims), bytes: bytes.byteLength, sha256 }
    const differs =
      CHECKED.some((key) => JSON.stringify(found[key]) !== JSON.stringify(expect[key])) ||
      (expect.file !== undefined && (expect.file.bytes !== found.bytes || expect.file.sha256 !== found.sha256))
    if (differs) this.emit({ type: 'mismatch', articleId: id, found })
  }

  private skip(id: string, reason: string): void {
    if (!this.pending.delete(id)) return
    removeArticle(this.index, id)
    this.emit({ type: 'unreadable', articleId: id, reason })
  }
}

function toFile(article: IndexedArticle) {
  return { schemaVersion: 1 as const, article: { id: article.id, title: article.title, text: article.text } as never, claims: article.claims }
}

/** Enough of a claim to index it; a malformed one is left out here and reported when its article is opened. */
function isIndexable(claim: Claim): boolean {
  return typeof claim?.id === 'string' && typeof claim.anchor?.quote?.exact === 'string' && Array.isArray(claim.tags) && Array.isArray(claim.evidence)
}

function decodeUtf8(bytes: Buffer): string {
  const text = bytes.toString('utf8')
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}
