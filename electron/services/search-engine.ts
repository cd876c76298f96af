// The claim search index and the background pass over the article files, as one
// message handler. It runs in a worker thread (search-worker.ts), so building the index
// over a whole workspace never blocks the main process, and inline when no worker can be
// started (still correct, only slower to respond). The build reads every article file
// itself; while it reads, it also checks each file against what the workspace index says
// about it (size and SHA-256) and reports files that differ.
// The index is kept on disk as a segment (search-index-file.ts): at open, an article
// whose file still has the hash its part of the segment was built from is searchable at
// once and its file is only hashed by the pass; the others are read and indexed in
// memory above the segment, which is written out again once that part grows.
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { countClaims, type ClaimCounts } from '../core/article-summary'
import type { Claim } from '../core/schema'
import { addArticle, claimCount, createClaimIndex, documentsInMemory, hasArticle, indexedArticleIds, removeArticle, removeClaim, searchClaims, updateClaim, useSegment } from '../core/search'
import { reviewClaims, type ReviewHit } from '../core/search-review'
import { segmentSource } from '../core/search-segment'
import { articleLineKeys } from '../store/line-keys'
import { openSegmentFile, writeSegmentFile, type SegmentFile } from './search-index-file'

export interface IndexedArticle {
  id: string
  title: string
  /** Only needed for claims without a quote. */
  text: string
  claims: Claim[]
}

/** What the workspace index says an article file holds (its line in the index); null when it does not know. */
export type FileExpectation = Partial<Omit<FoundArticle, 'bytes' | 'sha256'>> & { file?: { bytes: number; sha256: string }; lineKeys?: readonly string[] }

/** The index fields the background pass compares with the file. */
const CHECKED = ['title', 'outlet', 'publishedAt', 'importedAt', 'contentHash', 'claimCount', 'reviewedCount', 'corroborationCounts', 'tags'] as const

export type SearchRequest =
  | {
      type: 'build'
      articlesDir: string
      articles: { id: string; expect: FileExpectation | null }[]
      /** Where the index is kept on disk (loaded when valid); none: in memory only. */
      segmentPath?: string
      /** Whether it may be written (not by a reader that does not hold the workspace lock). */
      persist?: boolean
    }
  | { type: 'article'; article: IndexedArticle }
  | { type: 'claims'; articleId: string; upserts: Claim[]; removals: string[] }
  | { type: 'remove'; articleId: string }
  | { type: 'query'; id: number; query: string; limit: number }
  /** The search box: words and filters, matched and ranked here (core/search-review.ts). */
  | { type: 'review'; id: number; input: string; limit: number }

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
  | { type: 'reviewed'; id: number; hits: ReviewHit[]; complete: boolean; indexedArticles: number; totalArticles: number }
  | { type: 'progress'; indexedArticles: number; totalArticles: number }
  /** `fromSegment`: articles taken from the index on disk, their files only hashed. */
  | { type: 'ready'; indexedArticles: number; fromSegment: number }
  /** The worker thread is running (sent once, by search-worker.ts). */
  | { type: 'started' }
  | { type: 'mismatch'; articleId: string; found: FoundArticle }
  | { type: 'unreadable'; articleId: string; reason: string }
  /** An index line written before lines were counted (store/line-keys.ts), filled from the file the pass read. */
  | { type: 'lineKeys'; articleId: string; contentHash: string; lineKeys: string[] }

type Update = Extract<SearchRequest, { type: 'claims' }>

/** Claims in memory above the segment that make it worth writing a new one: during the build (bounds its memory), and after. */
const REWRITE_DURING_BUILD = 20_000
const REWRITE_AFTER_BUILD = 1_000

export class SearchEngine {
  private readonly index = createClaimIndex()
  /** Articles the build has not reached yet, with the updates that came for them meanwhile. */
  private readonly pending = new Map<string, Update[]>()
  /** Articles answered from the segment whose files the build has not hashed yet, with their updates meanwhile. */
  private readonly unverified = new Map<string, Update[]>()
  /** Per indexed article: the SHA-256 of the file it was indexed from; null once changed in memory. */
  private readonly sha256 = new Map<string, string | null>()
  private segment: SegmentFile | null = null
  private segmentPath: string | null = null
  private building = false

  constructor(private readonly emit: (event: SearchEvent) => void) {}

  handle(request: SearchRequest): void {
    switch (request.type) {
      case 'build':
        void this.build(request)
        break
      case 'article':
        this.pending.delete(request.article.id)
        this.unverified.delete(request.article.id)
        this.sha256.set(request.article.id, null)
        addArticle(this.index, toFile(request.article))
        this.rewriteIfWorthIt(this.growthThreshold())
        break
      case 'claims': {
        // Applied now (so a query sees it) and again after the build reads the file.
        this.pending.get(request.articleId)?.push(request)
        this.unverified.get(request.articleId)?.push(request)
        if (this.sha256.has(request.articleId)) this.sha256.set(request.articleId, null)
        this.applyClaims(request)
        this.rewriteIfWorthIt(this.growthThreshold())
        break
      }
      case 'remove':
        this.pending.delete(request.articleId)
        this.unverified.delete(request.articleId)
        this.sha256.delete(request.articleId)
        removeArticle(this.index, request.articleId)
        break
      case 'query': {
        const hits = searchClaims(this.index, request.query, { limit: request.limit }).map(({ articleId, claimId, text, score }) => ({ articleId, claimId, text, score }))
        this.emit({ type: 'hits', id: request.id, hits, complete: !this.building, ...this.counts() })
        break
      }
      case 'review':
        this.emit({ type: 'reviewed', id: request.id, hits: reviewClaims(this.index, request.input, request.limit), complete: !this.building, ...this.counts() })
        break
    }
  }

  /** Articles fully indexed, and all articles known (indexed or still to read). */
  private counts(): { indexedArticles: number; totalArticles: number } {
    let partial = 0 // still to read, but already holding claims from updates
    for (const id of this.pending.keys()) if (hasArticle(this.index, id)) partial++
    const indexedArticles = indexedArticleIds(this.index).length - partial
    return { indexedArticles, totalArticles: indexedArticles + this.pending.size }
  }

  private applyClaims(update: Update): void {
    for (const claim of update.upserts) updateClaim(this.index, update.articleId, claim)
    for (const id of update.removals) removeClaim(this.index, update.articleId, id)
  }

  private async build(request: Extract<SearchRequest, { type: 'build' }>): Promise<void> {
    const { articlesDir, articles } = request
    this.building = true
    this.segmentPath = request.persist && request.segmentPath ? request.segmentPath : null
    if (request.segmentPath) this.loadSegment(request.segmentPath, articles)
    const fromSegment = this.unverified.size
    for (const { id } of articles) if (!hasArticle(this.index, id)) this.pending.set(id, this.pending.get(id) ?? [])
    let done = 0
    for (const { id, expect } of articles) {
      // Awaiting a read lets queries in.
      if (this.pending.has(id)) await this.indexFile(articlesDir, id, expect)
      else if (this.unverified.has(id)) await this.verifyFile(articlesDir, id, expect)
      if (++done % 100 === 0) {
        this.emit({ type: 'progress', ...this.counts() })
        this.rewriteIfWorthIt(this.growthThreshold())
      }
    }
    this.building = false
    // After the build: a first segment as soon as there is anything, else once a twentieth is in memory.
    this.rewriteIfWorthIt(this.segment ? Math.max(REWRITE_AFTER_BUILD, claimCount(this.index) / 20) : 1)
    this.emit({ type: 'ready', indexedArticles: this.counts().indexedArticles, fromSegment })
  }

  /**
   * Takes the index from disk when it is valid, keeping the part of each article whose
   * file still has the hash it was indexed from (as the workspace index says; the build
   * then hashes the file itself). Only into an empty index: never over changes already made.
   */
  private loadSegment(path: string, articles: { id: string; expect: FileExpectation | null }[]): void {
    if (indexedArticleIds(this.index).length > 0 || this.segment) return
    const opened = openSegmentFile(path)
    if ('unusable' in opened) return
    this.segment = opened
    useSegment(this.index, opened)
    const expected = new Map(articles.map((a) => [a.id, a.expect?.file?.sha256]))
    opened.articles.forEach(({ id }, i) => {
      const sha = opened.sha256[i]
      if (sha && expected.get(id) === sha) {
        this.unverified.set(id, [])
        this.sha256.set(id, sha)
      } else removeArticle(this.index, id) // changed since, or gone: read again below, or not at all
    })
  }

  /** An article answered from the segment: its file is hashed, and read again only if it changed. */
  private async verifyFile(articlesDir: string, id: string, expect: FileExpectation | null): Promise<void> {
    let bytes: Buffer
    try {
      bytes = await readFile(join(articlesDir, `${id}.json`))
    } catch {
      bytes = Buffer.alloc(0) // reported by the usual path below
    }
    const updates = this.unverified.get(id)
    if (!updates) return // removed or replaced while it was read
    this.unverified.delete(id)
    const sha = createHash('sha256').update(bytes).digest('hex')
    if (bytes.byteLength > 0 && sha === this.segmentSha(id)) {
      if (expect && !expect.lineKeys) this.lineKeysFrom(id, bytes) // lost beside the index: counted again from the bytes read anyway
      return
    }
    // Changed on disk since the segment was written (and since the workspace index was): read it as new.
    removeArticle(this.index, id)
    this.sha256.delete(id)
    this.pending.set(id, updates)
    await this.indexFile(articlesDir, id, expect)
  }

  /** While changes come in: a new segment once the part in memory is as large as the segment (so rewrites cost O(n) in all). */
  private growthThreshold(): number {
    return Math.max(REWRITE_DURING_BUILD, this.segment?.docCount ?? 0)
  }

  private segmentSha(id: string): string | null {
    const at = this.segment?.articles.findIndex((a) => a.id === id) ?? -1
    return at >= 0 ? this.segment!.sha256[at] : null
  }

  /**
   * Writes the whole index as a new segment once enough of it is held in memory, then
   * holds only the segment. Synchronous: no change can come in between the two.
   * A refusal (disk full, read-only folder) leaves the index in memory, as before.
   */
  private rewriteIfWorthIt(threshold: number): void {
    if (!this.segmentPath) return
    if (documentsInMemory(this.index) < threshold || indexedArticleIds(this.index).length === 0) return
    const old = this.segment
    try {
      writeSegmentFile(this.segmentPath, segmentSource(this.index), (id) => this.sha256.get(id) ?? null, () => old?.close())
    } catch {
      this.segmentPath = null // not writable here: the index stays in memory
      old?.reopen() // closed just before a rename that failed: the old file is still in place
      return
    }
    const opened = openSegmentFile(this.segmentPath)
    if ('unusable' in opened) {
      this.segmentPath = null // written but not readable back: stay in memory
      return
    }
    const claims = claimCount(this.index)
    useSegment(this.index, opened)
    if (claimCount(this.index) !== claims) throw new Error('search index segment lost claims')
    this.segment = opened
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
    const sha256 = createHash('sha256').update(bytes).digest('hex')
    this.sha256.set(id, updates.length > 0 ? null : sha256) // with changes the file does not have, no file matches it
    if (!expect) return
    const { title, outlet, publishedAt, importedAt, contentHash } = file.article
    if (!expect.lineKeys && typeof file.article.text === 'string') this.emit({ type: 'lineKeys', articleId: id, contentHash, lineKeys: articleLineKeys(file.article.text) })
    const found: FoundArticle = { title, outlet, publishedAt, importedAt, contentHash, ...countClaims(file.claims), bytes: bytes.byteLength, sha256 }
    const differs =
      CHECKED.some((key) => JSON.stringify(found[key]) !== JSON.stringify(expect[key])) ||
      (expect.file !== undefined && (expect.file.bytes !== found.bytes || expect.file.sha256 !== found.sha256))
    if (differs) this.emit({ type: 'mismatch', articleId: id, found })
  }

  private lineKeysFrom(id: string, bytes: Buffer): void {
    try {
      const { article } = JSON.parse(decodeUtf8(bytes)) as { article?: { text?: unknown; contentHash?: unknown } }
      if (typeof article?.text === 'string' && typeof article.contentHash === 'string') this.emit({ type: 'lineKeys', articleId: id, contentHash: article.contentHash, lineKeys: articleLineKeys(article.text) })
    } catch {
      /* reported by the usual path when it is read */
    }
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
