// Full-text search over every claim in a workspace, in memory.
//
// Why not MiniSearch's own index: measured at 100,000 claims it needs 200-1,500 ms
// for a query whose words occur in tens of thousands of claims (it scores and sorts
// every match in Maps). So the vocabulary lives in MiniSearch's radix tree
// (SearchableMap: exact, prefix and fuzzy term lookup) and the postings in typed
// arrays scored with BM25 into a reused buffer, keeping only the top hits.
// One document per claim; an edited claim is re-indexed alone. Removed documents
// are tombstoned and squeezed out of the postings once they pile up.
import SearchableMap from 'minisearch/SearchableMap'
import type { ArticleFile, Claim } from './schema'

export interface ClaimSearchHit {
  articleId: string
  claimId: string
  /** The claim's quoted text. */
  text: string
  score: number
  /** Which indexed term matched in which fields, e.g. { injured: ['text', 'note'] }. */
  match: Record<string, string[]>
}

export interface ClaimSearchOptions {
  /** At most this many hits, best first (default 50). */
  limit?: number
  /** 'AND' (default): every word must match; 'OR': any word may, more matched words rank higher. */
  combineWith?: 'AND' | 'OR'
  /** Claims the reviewer marked "not a claim" are left out unless asked for. */
  includeDismissed?: boolean
  /** Only claims of these articles. */
  articleIds?: readonly string[]
}

const FIELDS = ['text', 'note', 'tags', 'attribution', 'evidence', 'title'] as const
type Field = (typeof FIELDS)[number]
const BOOST: Record<Field, number> = { text: 3, tags: 2, attribution: 2, note: 1, evidence: 1, title: 1 }
const STATES: Claim['state'][] = ['active', 'dismissed', 'orphaned']

const K1 = 1.2
const B = 0.7
const PREFIX_WEIGHT = 0.4
const FUZZY_WEIGHT = 0.45
/** A two-letter prefix can match thousands of words; the shortest (closest to what was typed) win. */
const MAX_EXPANSIONS = 60
const MAX_QUERY_TERMS = 16

class Postings {
  docs = new Int32Array(4)
  weights = new Float32Array(4)
  fields = new Uint8Array(4)
  length = 0
  /** Live documents containing the term. */
  df = 0
  push(doc: number, weight: number, fieldMask: number): void {
    if (this.length === this.docs.length) {
      const grow = <A extends Int32Array | Float32Array | Uint8Array>(a: A): A => {
        const bigger = new (a.constructor as { new (n: number): A })(a.length * 2)
        bigger.set(a)
        return bigger
      }
      this.docs = grow(this.docs)
      this.weights = grow(this.weights)
      this.fields = grow(this.fields)
    }
    this.docs[this.length] = doc
    this.weights[this.length] = weight
    this.fields[this.length] = fieldMask
    this.length++
  }
}

interface ArticleEntry {
  /** The title's words, tokenized once for all of the article's claims. */
  titleTerms: string[]
  claimIds: Set<string>
}

/** Opaque: use the functions below. */
export class ClaimIndex {
  /** @internal */ readonly terms = new SearchableMap<number>()
  /** @internal */ readonly postings: Postings[] = []
  /** @internal */ readonly termNames: string[] = []
  /** @internal Per document number (documents are never renumbered). */
  readonly docs: Array<{ articleId: string; claimId: string; text: string; state: number; length: number; termIds: Int32Array } | null> = []
  /** @internal "articleId/claimId" → document number */
  readonly byKey = new Map<string, number>()
  /** @internal */ readonly articles = new Map<string, ArticleEntry>()
  /** @internal Per document number: weighted length, 0 once the document is discarded. */
  lengths = new Float64Array(1024)
  /** @internal */ liveCount = 0
  /** @internal */ deadCount = 0
  /** @internal */ totalLength = 0
  /** @internal scratch buffers reused by every query */ scores = new Float64Array(0)
  /** @internal */ masks = new Uint32Array(0)
}

export function createClaimIndex(): ClaimIndex {
  return new ClaimIndex()
}

/** Index (or re-index) every claim of one article. */
export function addArticle(index: ClaimIndex, file: ArticleFile): void {
  removeArticle(index, file.article.id)
  const entry: ArticleEntry = { titleTerms: tokenize(file.article.title), claimIds: new Set<string>() }
  index.articles.set(file.article.id, entry)
  for (const claim of file.claims) {
    if (entry.claimIds.has(claim.id)) continue // the store never writes duplicate ids; if it did, the first wins
    entry.claimIds.add(claim.id)
    addDocument(index, file.article.id, entry, claim, file.article.text)
  }
}

export function removeArticle(index: ClaimIndex, articleId: string): void {
  const entry = index.articles.get(articleId)
  if (!entry) return
  for (const claimId of entry.claimIds) discard(index, key(articleId, claimId))
  index.articles.delete(articleId)
  compactIfWorthIt(index)
}

/** Re-index one claim after an edit, or index a new one. `articleText` is only needed for a claim without a quote. */
export function updateClaim(index: ClaimIndex, articleId: string, claim: Claim, articleText = ''): void {
  let entry = index.articles.get(articleId)
  if (!entry) {
    entry = { titleTerms: [], claimIds: new Set() }
    index.articles.set(articleId, entry)
  }
  discard(index, key(articleId, claim.id))
  entry.claimIds.add(claim.id)
  addDocument(index, articleId, entry, claim, articleText)
  compactIfWorthIt(index)
}

export function removeClaim(index: ClaimIndex, articleId: string, claimId: string): void {
  if (!index.articles.get(articleId)?.claimIds.delete(claimId)) return
  discard(index, key(articleId, claimId))
  compactIfWorthIt(index)
}

/** Number of claims in the index. */
export function claimCount(index: ClaimIndex): number {
  return index.liveCount
}

export function searchClaims(index: ClaimIndex, query: string, options: ClaimSearchOptions = {}): ClaimSearchHit[] {
  const limit = Math.max(0, Math.floor(options.limit ?? 50))
  const queryTerms = [...new Set(tokenize(query))].slice(0, MAX_QUERY_TERMS)
  if (limit === 0 || queryTerms.length === 0 || index.liveCount === 0) return []
  const and = (options.combineWith ?? 'AND') === 'AND'
  const expansions = queryTerms.map((term) => expand(index, term))
  if (and && expansions.some((e) => e.size === 0)) return []

  const n = index.docs.length
  if (index.scores.length < n) {
    index.scores = new Float64Array(Math.max(n, index.scores.length * 2))
    index.masks = new Uint32Array(index.scores.length)
  }
  const { scores, masks, lengths } = index
  const touched: number[] = []
  const avgLength = index.totalLength / index.liveCount
  const N = index.liveCount
  const lengthFactor = (K1 * B) / avgLength
  const baseFactor = K1 * (1 - B)
  // Rarest query word first: under AND, later words only add to documents already in.
  const order = expansions.map((e, i) => ({ e, i, cost: [...e.keys()].reduce((sum, id) => sum + index.postings[id].length, 0) }))
  if (and) order.sort((x, y) => x.cost - y.cost)
  order.forEach(({ e, i }, step) => {
    const bit = 1 << i
    for (const [termId, weight] of e) {
      const postings = index.postings[termId]
      const idf = Math.log(1 + (N - postings.df + 0.5) / (postings.df + 0.5))
      const { docs, weights, length } = postings
      const termWeight = weight * idf * (K1 + 1)
      const later = and && step > 0
      for (let p = 0; p < length; p++) {
        const doc = docs[p]
        const docLength = lengths[doc]
        if (docLength === 0) continue // discarded
        const mask = masks[doc]
        if (mask === 0) {
          if (later) continue // missed an earlier (rarer) word: out
          touched.push(doc)
        }
        const tf = weights[p]
        scores[doc] += (termWeight * tf) / (tf + baseFactor + lengthFactor * docLength)
        masks[doc] = mask | bit
      }
    }
  })

  const full = queryTerms.length === 32 ? 0xffffffff : (1 << queryTerms.length) - 1
  const articleIds = options.articleIds ? new Set(options.articleIds) : null
  const dismissed = STATES.indexOf('dismissed')
  const top = new TopK(limit)
  for (const doc of touched) {
    const mask = masks[doc]
    const score = scores[doc]
    scores[doc] = 0
    masks[doc] = 0
    if (and && mask !== full) continue
    const info = index.docs[doc]!
    if (!options.includeDismissed && info.state === dismissed) continue
    if (articleIds && !articleIds.has(info.articleId)) continue
    top.offer(doc, and ? score : score * popcount(mask))
  }

  return top.sorted().map(({ doc, score }) => {
    const info = index.docs[doc]!
    return { articleId: info.articleId, claimId: info.claimId, text: info.text, score, match: matchInfo(index, doc, expansions) }
  })
}

// ---------------------------------------------------------------------------
// Indexing

/** Lower case, without diacritics ("Pyŏngyang" finds "Pyongyang"), split on anything but letters and digits. */
export function tokenize(text: string): string[] {
  const folded = /[^\x00-\x7f]/.test(text) ? text.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC') : text
  return folded
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0 && t.length <= 64)
}

function key(articleId: string, claimId: string): string {
  return `${articleId}/${claimId}` // '/' cannot occur in an Id
}

function claimFields(claim: Claim, articleText: string): Record<Exclude<Field, 'title'>, string> {
  return {
    text: claim.anchor.quote.exact || articleText.slice(claim.anchor.position.start, claim.anchor.position.end),
    note: claim.note,
    tags: claim.tags.join(' '),
    attribution: claim.sourcing.attribution ?? '',
    evidence: claim.evidence.map((e) => `${e.citation} ${e.url ?? ''} ${e.note} ${e.file?.name ?? ''}`).join('\n'),
  }
}

function addDocument(index: ClaimIndex, articleId: string, article: ArticleEntry, claim: Claim, articleText: string): void {
  const fields = claimFields(claim, articleText)
  const weights = new Map<number, { weight: number; mask: number }>()
  let length = 0
  FIELDS.forEach((field, f) => {
    for (const term of field === 'title' ? article.titleTerms : tokenize(fields[field])) {
      let termId = index.terms.get(term)
      if (termId === undefined) {
        termId = index.postings.length
        index.terms.set(term, termId)
        index.postings.push(new Postings())
        index.termNames.push(term)
      }
      const entry = weights.get(termId) ?? { weight: 0, mask: 0 }
      entry.weight += BOOST[field]
      entry.mask |= 1 << f
      weights.set(termId, entry)
      length += BOOST[field]
    }
  })
  const doc = index.docs.length
  if (doc >= index.lengths.length) {
    const bigger = new Float64Array(index.lengths.length * 2)
    bigger.set(index.lengths)
    index.lengths = bigger
  }
  index.lengths[doc] = Math.max(length, 1e-9) // 0 marks a discarded document
  for (const [termId, { weight, mask }] of weights) {
    const postings = index.postings[termId]
    postings.push(doc, weight, mask)
    postings.df++
  }
  index.docs.push({ articleId, claimId: claim.id, text: fields.text, state: STATES.indexOf(claim.state), length, termIds: Int32Array.from(weights.keys()) })
  index.byKey.set(key(articleId, claim.id), doc)
  index.liveCount++
  index.totalLength += length
}

function discard(index: ClaimIndex, docKey: string): void {
  const doc = index.byKey.get(docKey)
  if (doc === undefined) return
  const info = index.docs[doc]!
  for (const termId of info.termIds) index.postings[termId].df--
  index.totalLength -= info.length
  index.liveCount--
  index.deadCount++
  index.docs[doc] = null
  index.lengths[doc] = 0
  index.byKey.delete(docKey)
}

/** Drop tombstoned documents from the postings once they are a quarter of all entries. */
function compactIfWorthIt(index: ClaimIndex): void {
  if (index.deadCount < 1000 || index.deadCount < index.liveCount / 3) return
  index.postings.forEach((postings, termId) => {
    let kept = 0
    for (let p = 0; p < postings.length; p++) {
      if (index.lengths[postings.docs[p]] === 0) continue
      postings.docs[kept] = postings.docs[p]
      postings.weights[kept] = postings.weights[p]
      postings.fields[kept] = postings.fields[p]
      kept++
    }
    postings.length = kept
    if (kept === 0) index.terms.delete(index.termNames[termId]) // the id stays allocated, unused
  })
  index.deadCount = 0
}

// ---------------------------------------------------------------------------
// Querying

/** The indexed terms a query word stands for, with their weights: itself, longer words it begins, near misspellings. */
function expand(index: ClaimIndex, term: string): Map<number, number> {
  const found = new Map<number, number>()
  const add = (termId: number, weight: number) => {
    if (index.postings[termId].df > 0 && weight > (found.get(termId) ?? 0)) found.set(termId, weight)
  }
  const exact = index.terms.get(term)
  if (exact !== undefined) add(exact, 1)
  if (term.length >= 2) {
    const longer: Array<[string, number]> = []
    for (const [word, termId] of index.terms.atPrefix(term).entries()) if (word !== term) longer.push([word, termId])
    longer.sort((a, b) => a[0].length - b[0].length || index.postings[b[1]].df - index.postings[a[1]].df)
    for (const [word, termId] of longer.slice(0, MAX_EXPANSIONS)) add(termId, (PREFIX_WEIGHT * term.length) / word.length)
  }
  // Typos: one edit from 5 letters, two from 8.
  if (term.length >= 5) {
    const maxEdits = term.length >= 8 ? 2 : 1
    const near = [...index.terms.fuzzyGet(term, maxEdits)].sort((a, b) => a[1][1] - b[1][1]).slice(0, MAX_EXPANSIONS)
    for (const [, [termId, distance]] of near) if (distance > 0) add(termId, (FUZZY_WEIGHT * term.length) / (term.length + distance))
  }
  return found
}

function matchInfo(index: ClaimIndex, doc: number, expansions: Array<Map<number, number>>): Record<string, string[]> {
  const match: Record<string, string[]> = {}
  for (const expansion of expansions) {
    for (const termId of expansion.keys()) {
      const postings = index.postings[termId]
      const p = binarySearch(postings.docs, postings.length, doc) // postings are in document order
      if (p < 0) continue
      match[index.termNames[termId]] = FIELDS.filter((_, f) => postings.fields[p] & (1 << f))
    }
  }
  return match
}

function binarySearch(docs: Int32Array, length: number, doc: number): number {
  let lo = 0
  let hi = length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    if (docs[mid] === doc) return mid
    if (docs[mid] < doc) lo = mid + 1
    else hi = mid - 1
  }
  return -1
}

function popcount(mask: number): number {
  let n = 0
  for (let m = mask; m; m &= m - 1) n++
  return n
}

/** The k best (doc, score) pairs: a min-heap, so a query matching every claim costs O(n log k), not a full sort. */
class TopK {
  private readonly heap: Array<{ doc: number; score: number }> = []
  constructor(private readonly k: number) {}
  offer(doc: number, score: number): void {
    const heap = this.heap
    if (heap.length < this.k) {
      heap.push({ doc, score })
      let i = heap.length - 1
      while (i > 0) {
        const parent = (i - 1) >> 1
        if (!worse(heap[i], heap[parent])) break
        ;[heap[i], heap[parent]] = [heap[parent], heap[i]]
        i = parent
      }
    } else if (!worse({ doc, score }, heap[0])) {
      heap[0] = { doc, score }
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        const r = l + 1
        let smallest = i
        if (l < heap.length && worse(heap[l], heap[smallest])) smallest = l
        if (r < heap.length && worse(heap[r], heap[smallest])) smallest = r
        if (smallest === i) break
        ;[heap[i], heap[smallest]] = [heap[smallest], heap[i]]
        i = smallest
      }
    }
  }
  sorted(): Array<{ doc: number; score: number }> {
    return [...this.heap].sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0))
  }
}

/** Lower score is worse; on a tie the later document is worse, so results are stable. */
function worse(a: { doc: number; score: number }, b: { doc: number; score: number }): boolean {
  return a.score < b.score || (a.score === b.score && a.doc > b.doc)
}
