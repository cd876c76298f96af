// Full-text search over every claim in a workspace, in memory.
//
// Why not MiniSearch's own index: measured at 100,000 claims (bench/search.bench.ts)
// it needed 200-1,500 ms for a query whose words occur in tens of thousands of
// claims, because it scores and sorts every match through Maps. So the vocabulary
// lives in MiniSearch's radix tree (SearchableMap: prefix and fuzzy term look-up),
// the postings in packed integer arrays, and a query scores them with BM25 into
// reused typed arrays and keeps only the top hits in a heap: ~1 ms a query.
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
/** A prefix can match thousands of words; the shortest (closest to what was typed) win. */
const MAX_EXPANSIONS = 60
const MAX_QUERY_TERMS = 16 // one bit each in a Uint32 mask

/**
 * One term's postings, in document order. Plain arrays of small integers (V8 keeps
 * them packed and unboxed): tens of thousands of small typed arrays made building
 * slow, each with its own backing store for the garbage collector to track.
 */
class Postings {
  readonly docs: number[] = []
  /** Boost-weighted term frequency << 8 | bit mask of the fields it occurs in. */
  readonly data: number[] = []
  /** Live documents containing the term. */
  df = 0
}

function grown<A extends Int32Array | Float32Array | Float64Array | Uint8Array | Uint32Array>(array: A, size: number): A {
  const bigger = new (array.constructor as new (n: number) => A)(size)
  bigger.set(array)
  return bigger
}

interface ArticleEntry {
  /** The title's words, tokenized once for all of the article's claims. */
  titleTerms: string[]
  claimIds: Set<string>
}

interface DocumentInfo {
  articleId: string
  claimId: string
  text: string
  /** Distinct term ids, to keep document frequencies right when it is discarded. */
  termIds: number[]
}

/** Opaque: use the functions below. */
export class ClaimIndex {
  /** @internal term → id; the radix tree below answers prefix and fuzzy look-ups, this Map the exact ones, faster. */
  readonly termIds = new Map<string, number>()
  /** @internal */ readonly terms = new SearchableMap<number>()
  /** @internal */ readonly postings: Postings[] = []
  /** @internal */ readonly termNames: string[] = []
  /** @internal Per document number (never reused); null once discarded. */
  readonly docs: Array<DocumentInfo | null> = []
  /** @internal Per document number: weighted length, 0 once discarded. */
  lengths = new Float64Array(1024)
  /** @internal Per document number: index in STATES. */
  states = new Uint8Array(1024)
  /** @internal "articleId/claimId" → document number */
  readonly byKey = new Map<string, number>()
  /** @internal */ readonly articles = new Map<string, ArticleEntry>()
  /** @internal */ liveCount = 0
  /** @internal */ deadCount = 0
  /** @internal */ totalLength = 0
  /** @internal Scratch buffers reused by every query and every added document. */
  scores = new Float64Array(0)
  /** @internal */ masks = new Uint32Array(0)
  /** @internal */ touched = new Int32Array(0)
  /** @internal */ termWeights = new Uint32Array(1024)
  /** @internal */ termMasks = new Uint8Array(1024)
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
    const size = Math.max(n, index.scores.length * 2)
    index.scores = new Float64Array(size)
    index.masks = new Uint32Array(size)
    index.touched = new Int32Array(size)
  }
  // Rarest query word first: under AND, later words only add to documents already in.
  const order = expansions.map((expansion, i) => ({ expansion, bit: 1 << i, cost: [...expansion.keys()].reduce((sum, id) => sum + index.postings[id].docs.length, 0) }))
  if (and) order.sort((x, y) => x.cost - y.cost)
  let touchedCount = 0
  order.forEach(({ expansion, bit }, step) => {
    for (const [termId, weight] of expansion) touchedCount = accumulate(index, termId, weight, bit, and && step > 0, touchedCount)
  })

  const { scores, masks, touched, states } = index
  const full = (1 << queryTerms.length) - 1
  const articleIds = options.articleIds ? new Set(options.articleIds) : null
  const dismissed = STATES.indexOf('dismissed')
  const top = new TopK(limit)
  for (let t = 0; t < touchedCount; t++) {
    const doc = touched[t]
    const mask = masks[doc]
    const score = scores[doc]
    scores[doc] = 0
    masks[doc] = 0
    if (and && mask !== full) continue
    if (!options.includeDismissed && states[doc] === dismissed) continue
    if (articleIds && !articleIds.has(index.docs[doc]!.articleId)) continue
    top.offer(doc, and ? score : score * popcount(mask))
  }

  return top.sorted().map(({ doc, score }) => {
    const info = index.docs[doc]!
    return { articleId: info.articleId, claimId: info.claimId, text: info.text, score, match: matchInfo(index, doc, expansions) }
  })
}

/** BM25 with field boosts folded into term frequency and length; adds one term's postings to the scratch scores. */
function accumulate(index: ClaimIndex, termId: number, weight: number, bit: number, onlyKnown: boolean, touchedCount: number): number {
  const { scores, masks, touched, lengths } = index
  const postings = index.postings[termId]
  const N = index.liveCount
  const idf = Math.log(1 + (N - postings.df + 0.5) / (postings.df + 0.5))
  const termWeight = weight * idf * (K1 + 1)
  const baseFactor = K1 * (1 - B)
  const lengthFactor = (K1 * B) / (index.totalLength / N)
  const { docs, data } = postings
  for (let p = 0, length = docs.length; p < length; p++) {
    const doc = docs[p]
    const docLength = lengths[doc]
    if (docLength === 0) continue // discarded
    const mask = masks[doc]
    if (mask === 0) {
      if (onlyKnown) continue // missed an earlier (rarer) word: out
      touched[touchedCount++] = doc
    }
    const tf = data[p] >> 8
    scores[doc] += (termWeight * tf) / (tf + baseFactor + lengthFactor * docLength)
    masks[doc] = mask | bit
  }
  return touchedCount
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
  const distinct: number[] = []
  let length = 0
  for (let f = 0; f < FIELDS.length; f++) {
    const field = FIELDS[f]
    const boost = BOOST[field]
    for (const term of field === 'title' ? article.titleTerms : tokenize(fields[field])) {
      let termId = index.termIds.get(term)
      if (termId === undefined) {
        termId = index.postings.length
        index.termIds.set(term, termId)
        index.terms.set(term, termId)
        index.postings.push(new Postings())
        index.termNames.push(term)
        if (termId >= index.termWeights.length) {
          index.termWeights = grown(index.termWeights, index.termWeights.length * 2)
          index.termMasks = grown(index.termMasks, index.termMasks.length * 2)
        }
      }
      if (index.termMasks[termId] === 0) distinct.push(termId)
      index.termWeights[termId] += boost
      index.termMasks[termId] |= 1 << f
      length += boost
    }
  }
  const doc = index.docs.length
  if (doc >= index.lengths.length) {
    index.lengths = grown(index.lengths, index.lengths.length * 2)
    index.states = grown(index.states, index.states.length * 2)
  }
  index.lengths[doc] = Math.max(length, 1e-9) // 0 marks a discarded document
  index.states[doc] = STATES.indexOf(claim.state)
  for (const termId of distinct) {
    const postings = index.postings[termId]
    postings.docs.push(doc)
    postings.data.push((index.termWeights[termId] << 8) | index.termMasks[termId])
    postings.df++
    index.termWeights[termId] = 0
    index.termMasks[termId] = 0
  }
  index.docs.push({ articleId, claimId: claim.id, text: fields.text, termIds: distinct })
  index.byKey.set(key(articleId, claim.id), doc)
  index.liveCount++
  index.totalLength += length
}

function discard(index: ClaimIndex, docKey: string): void {
  const doc = index.byKey.get(docKey)
  if (doc === undefined) return
  const info = index.docs[doc]!
  for (const termId of info.termIds) index.postings[termId].df--
  index.totalLength -= index.lengths[doc]
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
    const { docs, data } = postings
    let kept = 0
    for (let p = 0; p < docs.length; p++) {
      if (index.lengths[docs[p]] === 0) continue
      docs[kept] = docs[p]
      data[kept] = data[p]
      kept++
    }
    docs.length = kept
    data.length = kept
    if (kept === 0) {
      // The id stays allocated, unused.
      index.terms.delete(index.termNames[termId])
      index.termIds.delete(index.termNames[termId])
    }
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
  const exact = index.termIds.get(term)
  if (exact !== undefined) add(exact, 1)
  if (term.length >= 3) {
    const longer: Array<[string, number]> = []
    for (const [word, termId] of index.terms.atPrefix(term).entries()) if (word !== term) longer.push([word, termId])
    longer.sort((a, b) => a[0].length - b[0].length || index.postings[b[1]].df - index.postings[a[1]].df)
    for (const [word, termId] of longer.slice(0, MAX_EXPANSIONS)) add(termId, (PREFIX_WEIGHT * term.length) / word.length)
  }
  // Typos: one edit from 5 letters, two from 8. Not in numbers: 2024 is not a typo of 2025.
  if (term.length >= 5 && !/\d/.test(term)) {
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
      const p = binarySearch(postings.docs, doc) // postings are in document order
      if (p < 0) continue
      match[index.termNames[termId]] = FIELDS.filter((_, f) => postings.data[p] & (1 << f))
    }
  }
  return match
}

function binarySearch(docs: number[], doc: number): number {
  let lo = 0
  let hi = docs.length - 1
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
  private readonly docs: Int32Array
  private readonly scores: Float64Array
  private size = 0
  constructor(private readonly k: number) {
    this.docs = new Int32Array(k)
    this.scores = new Float64Array(k)
  }
  offer(doc: number, score: number): void {
    const { docs, scores } = this
    if (this.size < this.k) {
      let i = this.size++
      while (i > 0) {
        const parent = (i - 1) >> 1
        if (!worse(score, doc, scores[parent], docs[parent])) break
        docs[i] = docs[parent]
        scores[i] = scores[parent]
        i = parent
      }
      docs[i] = doc
      scores[i] = score
      return
    }
    if (worse(score, doc, scores[0], docs[0])) return
    let i = 0
    for (;;) {
      const l = 2 * i + 1
      const r = l + 1
      let child = -1
      if (l < this.size && worse(scores[l], docs[l], score, doc)) child = l
      if (r < this.size && worse(scores[r], docs[r], child === -1 ? score : scores[l], child === -1 ? doc : docs[l])) child = r
      if (child === -1) break
      docs[i] = docs[child]
      scores[i] = scores[child]
      i = child
    }
    docs[i] = doc
    scores[i] = score
  }
  sorted(): Array<{ doc: number; score: number }> {
    const all = Array.from({ length: this.size }, (_, i) => ({ doc: this.docs[i], score: this.scores[i] }))
    return all.sort((a, b) => (worse(a.score, a.doc, b.score, b.doc) ? 1 : -1))
  }
}

/** Lower score is worse; on a tie the later document is worse, so results are stable. */
function worse(scoreA: number, docA: number, scoreB: number, docB: number): boolean {
  return scoreA < scoreB || (scoreA === scoreB && docA > docB)
}
