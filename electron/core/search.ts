// Full-text search over every claim in a workspace.
//
// Why not MiniSearch's own index: measured at 100,000 claims (bench/search.bench.ts)
// it needed 200-1,500 ms for a query whose words occur in tens of thousands of
// claims, because it scores and sorts every match through Maps. So the vocabulary
// lives in MiniSearch's radix tree (SearchableMap: prefix and fuzzy term look-up),
// the postings in packed integer arrays, and a query scores them with BM25 into
// reused typed arrays and keeps only the top hits in a heap: ~1 ms a query.
//
// Why a segment: an index of every claim in memory grows with the workspace (issue 9:
// 733 MB at 2,000 articles). Most of it can be frozen into a segment (search-segment.ts)
// that its owner keeps on disk: then only the vocabulary and a few numbers per claim stay
// in memory, postings and claim texts are read when a query needs them, and what changed
// since (new articles, edited claims) lives in memory above it, as before.
// One document per claim; an edited claim is re-indexed alone. Removed documents
// are tombstoned and squeezed out of the postings once they pile up.
import SearchableMap from 'minisearch/SearchableMap'
import type { ArticleFile, Claim } from './schema'
import type { IndexSegment } from './search-segment'
import { TopK } from './top-k'
import { CORROBORATION_STATUSES, SOURCING_TYPES, type Corroboration, type SourcingType } from './vocabulary'

/**
 * What the search box matches a claim on besides its text (core/search-query.ts), kept
 * with each document so the worker can match and filter without the article file.
 */
export interface ClaimDetails {
  note: string
  tags: string[]
  attribution: string | null
  /** Per evidence item: its citation, URL and note. */
  evidence: string[]
}

/** A document as stored: its claim id, quoted text and details. */
export interface StoredClaim {
  claimId: string
  text: string
  details: ClaimDetails
}

export interface ClaimSearchHit {
  articleId: string
  claimId: string
  /** The claim's quoted text. */
  text: string
  score: number
  /** Which indexed term matched in which fields, e.g. { injured: ['text', 'note'] }. */
  match: Record<string, string[]>
  details: ClaimDetails
  corroboration: Corroboration
  sourcing: SourcingType
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

export const FIELDS = ['text', 'note', 'tags', 'attribution', 'evidence', 'title'] as const
type Field = (typeof FIELDS)[number]
const BOOST: Record<Field, number> = { text: 3, tags: 2, attribution: 2, note: 1, evidence: 1, title: 1 }
export const STATES: Claim['state'][] = ['active', 'dismissed', 'orphaned']
/** Names what a segment was built with: a segment built by other rules is not used. Change it with any rule above or in tokenize(). */
export const INDEX_RULES = `fields:${FIELDS.map((f) => `${f}=${BOOST[f]}`).join(',')};states:${STATES.join(',')};corroboration:${CORROBORATION_STATUSES.join(',')};sourcing:${SOURCING_TYPES.join(',')};tokenize:1`

const K1 = 1.2
const B = 0.7
const PREFIX_WEIGHT = 0.4
const FUZZY_WEIGHT = 0.45
/** A prefix can match thousands of words; the shortest (closest to what was typed) win. */
const MAX_EXPANSIONS = 60
const MAX_QUERY_TERMS = 16 // one bit each in a Uint32 mask

/**
 * One term's postings in memory, in document order. Plain arrays of small integers (V8
 * keeps them packed and unboxed): tens of thousands of small typed arrays made building
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
  /** Its claims indexed in memory (those in the segment are found through it). */
  claimIds: Set<string>
}

interface DocumentInfo extends StoredClaim {
  articleId: string
  /** Distinct term ids, to keep document frequencies right when it is discarded. */
  termIds: number[]
}

/** Opaque: use the functions below. */
export class ClaimIndex {
  /** @internal The frozen part: documents 0..baseDocs-1 and terms 0..baseTerms-1 are the segment's. */
  base: IndexSegment | null = null
  /** @internal */ baseDocs = 0
  /** @internal */ baseTerms = 0
  /** @internal Article id → its number in the segment, while its claims there are live. */
  baseArticles = new Map<string, number>()
  /** @internal The segment's documents grouped by article (counting sort), made on first need. */
  baseByArticle: { starts: Uint32Array; docs: Uint32Array } | null = null
  /** @internal term → id for terms added in memory; the radix tree below answers prefix and fuzzy look-ups and the segment's terms. */
  termIds = new Map<string, number>()
  /** @internal */ terms = new SearchableMap<number>()
  /** @internal Postings held in memory, by term id (a segment term has some only once a claim in memory uses it). */
  postings: Array<Postings | undefined> = []
  /** @internal */ termNames: string[] = []
  /** @internal Per document in memory (number - baseDocs); null once discarded. */
  docs: Array<DocumentInfo | null> = []
  /** @internal Per document number: weighted length, 0 once discarded. */
  lengths = new Float64Array(1024)
  /** @internal Per document number: index in STATES. */
  states = new Uint8Array(1024)
  /** @internal Per document number: index in CORROBORATION_STATUSES and in SOURCING_TYPES (filters need no stored text). */
  corroborations = new Uint8Array(1024)
  /** @internal */ sourcings = new Uint8Array(1024)
  /** @internal "articleId/claimId" → document number, for documents in memory */
  byKey = new Map<string, number>()
  /** @internal Articles with claims indexed in memory. */
  articles = new Map<string, ArticleEntry>()
  /** @internal */ liveCount = 0
  /** @internal Discarded documents in memory, still in the postings. */
  deadCount = 0
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

/**
 * Makes `segment` the whole index: everything in memory is dropped. Used when a segment
 * is loaded at open, and after the index was written out as a new segment.
 */
export function useSegment(index: ClaimIndex, segment: IndexSegment): void {
  const fresh = new ClaimIndex()
  fresh.base = segment
  fresh.baseDocs = segment.docCount
  fresh.baseTerms = segment.terms.length
  segment.articles.forEach((article, i) => fresh.baseArticles.set(article.id, i))
  fresh.termNames = segment.terms.slice()
  segment.terms.forEach((term, termId) => fresh.terms.set(term, termId))
  fresh.postings = new Array(segment.terms.length)
  const size = Math.max(1024, segment.docCount * 2)
  fresh.lengths = new Float64Array(size)
  fresh.lengths.set(segment.lengths)
  fresh.states = new Uint8Array(size)
  fresh.states.set(segment.states)
  fresh.corroborations = new Uint8Array(size)
  fresh.corroborations.set(segment.corroborations)
  fresh.sourcings = new Uint8Array(size)
  fresh.sourcings.set(segment.sourcings)
  fresh.termWeights = new Uint32Array(Math.max(1024, segment.terms.length * 2))
  fresh.termMasks = new Uint8Array(fresh.termWeights.length)
  for (let doc = 0; doc < segment.docCount; doc++) {
    if (segment.lengths[doc] === 0) continue
    fresh.liveCount++
    fresh.totalLength += segment.lengths[doc]
  }
  Object.assign(index, fresh)
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
  if (entry) {
    for (const claimId of entry.claimIds) discard(index, key(articleId, claimId))
    index.articles.delete(articleId)
  }
  const inBase = index.baseArticles.get(articleId)
  if (inBase !== undefined) {
    for (const doc of baseDocsOf(index, inBase)) discardBase(index, doc)
    index.baseArticles.delete(articleId)
  }
  compactIfWorthIt(index)
}

/** Re-index one claim after an edit, or index a new one. `articleText` is only needed for a claim without a quote. */
export function updateClaim(index: ClaimIndex, articleId: string, claim: Claim, articleText = ''): void {
  const entry = articleEntry(index, articleId)
  discard(index, key(articleId, claim.id))
  discardBaseClaim(index, articleId, claim.id)
  entry.claimIds.add(claim.id)
  addDocument(index, articleId, entry, claim, articleText)
  compactIfWorthIt(index)
}

export function removeClaim(index: ClaimIndex, articleId: string, claimId: string): void {
  const inMemory = index.articles.get(articleId)?.claimIds.delete(claimId) ?? false
  if (inMemory) discard(index, key(articleId, claimId))
  const inBase = discardBaseClaim(index, articleId, claimId)
  if (inMemory || inBase) compactIfWorthIt(index)
}

/** Number of claims in the index. */
export function claimCount(index: ClaimIndex): number {
  return index.liveCount
}

/** Whether any claim of the article is indexed (or it was indexed with none). */
export function hasArticle(index: ClaimIndex, articleId: string): boolean {
  return index.articles.has(articleId) || index.baseArticles.has(articleId)
}

/** The articles in the index. */
export function indexedArticleIds(index: ClaimIndex): string[] {
  const ids = [...index.baseArticles.keys()]
  for (const id of index.articles.keys()) if (!index.baseArticles.has(id)) ids.push(id)
  return ids
}

/** Claims indexed in memory (above the segment, if any), discarded ones included until squeezed out. */
export function documentsInMemory(index: ClaimIndex): number {
  return index.docs.length
}

function articleEntry(index: ClaimIndex, articleId: string): ArticleEntry {
  let entry = index.articles.get(articleId)
  if (!entry) {
    const inBase = index.baseArticles.get(articleId)
    entry = { titleTerms: inBase === undefined ? [] : tokenize(index.base!.articles[inBase].title), claimIds: new Set() }
    index.articles.set(articleId, entry)
  }
  return entry
}

export function searchClaims(index: ClaimIndex, query: string, options: ClaimSearchOptions = {}): ClaimSearchHit[] {
  const limit = Math.max(0, Math.floor(options.limit ?? 50))
  const queryTerms = [...new Set(tokenize(query))].slice(0, MAX_QUERY_TERMS)
  if (limit === 0 || queryTerms.length === 0 || index.liveCount === 0) return []
  const and = (options.combineWith ?? 'AND') === 'AND'
  const expansions = queryTerms.map((term) => expand(index, term))
  if (and && expansions.some((e) => e.size === 0)) return []

  const n = index.baseDocs + index.docs.length
  if (index.scores.length < n) {
    const size = Math.max(n, index.scores.length * 2)
    index.scores = new Float64Array(size)
    index.masks = new Uint32Array(size)
    index.touched = new Int32Array(size)
  }
  // The segment's postings of this query's terms, read once.
  const read = new Map<number, Int32Array>()
  const basePostings = (termId: number): Int32Array | null => {
    if (termId >= index.baseTerms) return null
    let pairs = read.get(termId)
    if (!pairs) read.set(termId, (pairs = index.base!.postings(termId)))
    return pairs
  }
  // Rarest query word first: under AND, later words only add to documents already in.
  const order = expansions.map((expansion, i) => ({ expansion, bit: 1 << i, cost: [...expansion.keys()].reduce((sum, id) => sum + entryCount(index, id), 0) }))
  if (and) order.sort((x, y) => x.cost - y.cost)
  let touchedCount = 0
  order.forEach(({ expansion, bit }, step) => {
    for (const [termId, weight] of expansion) touchedCount = accumulate(index, termId, basePostings(termId), weight, bit, and && step > 0, touchedCount)
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
    if (articleIds && !articleIds.has(articleOf(index, doc))) continue
    top.offer(doc, and ? score : score * popcount(mask))
  }

  return top.sorted().map(({ doc, score }) => {
    const { claimId, text, details } = storedOf(index, doc)
    return { articleId: articleOf(index, doc), claimId, text, score, match: matchInfo(index, doc, expansions, basePostings), details, ...statusOf(index, doc) }
  })
}

/** BM25 with field boosts folded into term frequency and length; adds one term's postings to the scratch scores. */
function accumulate(index: ClaimIndex, termId: number, base: Int32Array | null, weight: number, bit: number, onlyKnown: boolean, touchedCount: number): number {
  const { scores, masks, touched, lengths } = index
  const inMemory = index.postings[termId]
  let df = inMemory?.df ?? 0
  if (base) for (let p = 0; p < base.length; p += 2) if (lengths[base[p]] !== 0) df++
  const N = index.liveCount
  const idf = Math.log(1 + (N - df + 0.5) / (df + 0.5))
  const termWeight = weight * idf * (K1 + 1)
  const baseFactor = K1 * (1 - B)
  const lengthFactor = (K1 * B) / (index.totalLength / N)
  const add = (doc: number, data: number) => {
    const docLength = lengths[doc]
    if (docLength === 0) return // discarded
    const mask = masks[doc]
    if (mask === 0) {
      if (onlyKnown) return // missed an earlier (rarer) word: out
      touched[touchedCount++] = doc
    }
    const tf = data >> 8
    scores[doc] += (termWeight * tf) / (tf + baseFactor + lengthFactor * docLength)
    masks[doc] = mask | bit
  }
  if (base) for (let p = 0, length = base.length; p < length; p += 2) add(base[p], base[p + 1])
  if (inMemory) {
    const { docs, data } = inMemory
    for (let p = 0, length = docs.length; p < length; p++) add(docs[p], data[p])
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

function detailsOf(claim: Claim): ClaimDetails {
  return {
    note: claim.note,
    tags: claim.tags,
    attribution: claim.sourcing.attribution,
    evidence: claim.evidence.map((e) => `${e.citation} ${e.url ?? ''} ${e.note}`),
  }
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

function termIdOf(index: ClaimIndex, term: string): number | undefined {
  return index.termIds.get(term) ?? (index.baseTerms > 0 ? index.terms.get(term) : undefined)
}

function addDocument(index: ClaimIndex, articleId: string, article: ArticleEntry, claim: Claim, articleText: string): void {
  const fields = claimFields(claim, articleText)
  const distinct: number[] = []
  let length = 0
  for (let f = 0; f < FIELDS.length; f++) {
    const field = FIELDS[f]
    const boost = BOOST[field]
    for (const term of field === 'title' ? article.titleTerms : tokenize(fields[field])) {
      let termId = termIdOf(index, term)
      if (termId === undefined) {
        termId = index.termNames.length
        index.termIds.set(term, termId)
        index.terms.set(term, termId)
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
  const doc = index.baseDocs + index.docs.length
  if (doc >= index.lengths.length) {
    index.lengths = grown(index.lengths, index.lengths.length * 2)
    index.states = grown(index.states, index.states.length * 2)
    index.corroborations = grown(index.corroborations, index.corroborations.length * 2)
    index.sourcings = grown(index.sourcings, index.sourcings.length * 2)
  }
  index.lengths[doc] = Math.max(length, 1e-9) // 0 marks a discarded document
  index.states[doc] = STATES.indexOf(claim.state)
  index.corroborations[doc] = Math.max(0, CORROBORATION_STATUSES.indexOf(claim.corroboration))
  index.sourcings[doc] = Math.max(0, SOURCING_TYPES.indexOf(claim.sourcing.type))
  for (const termId of distinct) {
    const postings = (index.postings[termId] ??= new Postings())
    postings.docs.push(doc)
    postings.data.push((index.termWeights[termId] << 8) | index.termMasks[termId])
    postings.df++
    index.termWeights[termId] = 0
    index.termMasks[termId] = 0
  }
  index.docs.push({ articleId, claimId: claim.id, text: fields.text, details: detailsOf(claim), termIds: distinct })
  index.byKey.set(key(articleId, claim.id), doc)
  index.liveCount++
  index.totalLength += length
}

function discard(index: ClaimIndex, docKey: string): void {
  const doc = index.byKey.get(docKey)
  if (doc === undefined) return
  const info = index.docs[doc - index.baseDocs]!
  for (const termId of info.termIds) index.postings[termId]!.df--
  index.totalLength -= index.lengths[doc]
  index.liveCount--
  index.deadCount++
  index.docs[doc - index.baseDocs] = null
  index.lengths[doc] = 0
  index.byKey.delete(docKey)
}

/** The segment's live documents of one article. */
function baseDocsOf(index: ClaimIndex, articleNumber: number): number[] {
  if (!index.baseByArticle) {
    const { docArticles, articles } = index.base!
    const starts = new Uint32Array(articles.length + 1)
    for (let doc = 0; doc < index.baseDocs; doc++) starts[docArticles[doc] + 1]++
    for (let a = 0; a < articles.length; a++) starts[a + 1] += starts[a]
    const next = starts.slice(0, articles.length)
    const docs = new Uint32Array(index.baseDocs)
    for (let doc = 0; doc < index.baseDocs; doc++) docs[next[docArticles[doc]]++] = doc
    index.baseByArticle = { starts, docs }
  }
  const { starts, docs } = index.baseByArticle
  const found: number[] = []
  for (let i = starts[articleNumber]; i < starts[articleNumber + 1]; i++) if (index.lengths[docs[i]] !== 0) found.push(docs[i])
  return found
}

function discardBase(index: ClaimIndex, doc: number): void {
  if (index.lengths[doc] === 0) return
  index.totalLength -= index.lengths[doc]
  index.liveCount--
  index.lengths[doc] = 0
}

/** Tombstones the segment's document of this claim, if it has a live one. */
function discardBaseClaim(index: ClaimIndex, articleId: string, claimId: string): boolean {
  const inBase = index.baseArticles.get(articleId)
  if (inBase === undefined) return false
  for (const doc of baseDocsOf(index, inBase)) {
    if (index.base!.stored(doc).claimId !== claimId) continue
    discardBase(index, doc)
    return true
  }
  return false
}

/** Drop tombstoned documents from the postings in memory once they are a quarter of all entries. */
function compactIfWorthIt(index: ClaimIndex): void {
  const inMemory = index.docs.length - index.deadCount
  if (index.deadCount < 1000 || index.deadCount < inMemory / 3) return
  index.postings.forEach((postings, termId) => {
    if (!postings) return
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
    if (kept === 0 && termId >= index.baseTerms) {
      // The id stays allocated, unused.
      index.terms.delete(index.termNames[termId])
      index.termIds.delete(index.termNames[termId])
    }
  })
  index.deadCount = 0
}

// ---------------------------------------------------------------------------
// Documents, wherever they live

function articleOf(index: ClaimIndex, doc: number): string {
  return doc < index.baseDocs ? index.base!.articles[index.base!.docArticles[doc]].id : index.docs[doc - index.baseDocs]!.articleId
}

function storedOf(index: ClaimIndex, doc: number): StoredClaim {
  return doc < index.baseDocs ? index.base!.stored(doc) : index.docs[doc - index.baseDocs]!
}

function statusOf(index: ClaimIndex, doc: number): { corroboration: Corroboration; sourcing: SourcingType } {
  return { corroboration: CORROBORATION_STATUSES[index.corroborations[doc]], sourcing: SOURCING_TYPES[index.sourcings[doc]] }
}

/** A claim a filter visits: where it is, its status, and (read on demand) its text and details. */
export interface FilteredClaim {
  articleId: string
  corroboration: Corroboration
  sourcing: SourcingType
  stored(): StoredClaim
}

/**
 * Visits every live claim (not dismissed) whose corroboration and sourcing are among
 * those given (empty: any), in document order, until `visit` returns false. The
 * statuses are in memory, so only the claims visited have their text read.
 */
export function filterClaims(index: ClaimIndex, corroboration: readonly Corroboration[], sourcing: readonly SourcingType[], visit: (claim: FilteredClaim) => boolean): void {
  const corroborations = new Set(corroboration.map((c) => CORROBORATION_STATUSES.indexOf(c)))
  const sourcings = new Set(sourcing.map((s) => SOURCING_TYPES.indexOf(s)))
  const dismissed = STATES.indexOf('dismissed')
  const n = index.baseDocs + index.docs.length
  for (let doc = 0; doc < n; doc++) {
    if (index.lengths[doc] === 0 || index.states[doc] === dismissed) continue
    if (corroborations.size && !corroborations.has(index.corroborations[doc])) continue
    if (sourcings.size && !sourcings.has(index.sourcings[doc])) continue
    if (!visit({ articleId: articleOf(index, doc), ...statusOf(index, doc), stored: () => storedOf(index, doc) })) return
  }
}

/** Entries in a term's postings (discarded ones too): the cost of reading it, and its rough document frequency. */
function entryCount(index: ClaimIndex, termId: number): number {
  const inBase = termId < index.baseTerms ? index.base!.postingCount(termId) : 0
  return inBase + (index.postings[termId]?.docs.length ?? 0)
}

function hasLiveEntries(index: ClaimIndex, termId: number): boolean {
  return (termId < index.baseTerms && index.base!.postingCount(termId) > 0) || (index.postings[termId]?.df ?? 0) > 0
}

// ---------------------------------------------------------------------------
// Querying

/** The indexed terms a query word stands for, with their weights: itself, longer words it begins, near misspellings. */
function expand(index: ClaimIndex, term: string): Map<number, number> {
  const found = new Map<number, number>()
  const add = (termId: number, weight: number) => {
    if (hasLiveEntries(index, termId) && weight > (found.get(termId) ?? 0)) found.set(termId, weight)
  }
  const exact = termIdOf(index, term)
  if (exact !== undefined) add(exact, 1)
  if (term.length >= 3) {
    const longer: Array<[string, number]> = []
    for (const [word, termId] of index.terms.atPrefix(term).entries()) if (word !== term) longer.push([word, termId])
    longer.sort((a, b) => a[0].length - b[0].length || liveCount(index, b[1]) - liveCount(index, a[1]))
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

/** Documents holding the term: exact in memory; for a segment term, its entries (a few may be discarded). */
function liveCount(index: ClaimIndex, termId: number): number {
  const inBase = termId < index.baseTerms ? index.base!.postingCount(termId) : 0
  return inBase + (index.postings[termId]?.df ?? 0)
}

function matchInfo(index: ClaimIndex, doc: number, expansions: Array<Map<number, number>>, basePostings: (termId: number) => Int32Array | null): Record<string, string[]> {
  const match: Record<string, string[]> = {}
  for (const expansion of expansions) {
    for (const termId of expansion.keys()) {
      const data = doc < index.baseDocs ? dataInPairs(basePostings(termId), doc) : dataInMemory(index.postings[termId], doc)
      if (data === undefined) continue
      match[index.termNames[termId]] = FIELDS.filter((_, f) => data & (1 << f))
    }
  }
  return match
}

/** A document's entry in postings kept in memory (document order), or undefined. */
function dataInMemory(postings: Postings | undefined, doc: number): number | undefined {
  if (!postings) return undefined
  const { docs } = postings
  let lo = 0
  let hi = docs.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    if (docs[mid] === doc) return postings.data[mid]
    if (docs[mid] < doc) lo = mid + 1
    else hi = mid - 1
  }
  return undefined
}

/** The same in a segment's [doc, data] pairs. */
function dataInPairs(pairs: Int32Array | null, doc: number): number | undefined {
  if (!pairs) return undefined
  let lo = 0
  let hi = pairs.length / 2 - 1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    const at = pairs[2 * mid]
    if (at === doc) return pairs[2 * mid + 1]
    if (at < doc) lo = mid + 1
    else hi = mid - 1
  }
  return undefined
}

function popcount(mask: number): number {
  let n = 0
  for (let m = mask; m; m &= m - 1) n++
  return n
}
