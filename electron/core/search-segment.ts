// A frozen part of the claim search index (core/search.ts), kept by its owner where it
// likes (services/search-index-file.ts: a file under .claimdesk/, read on demand). In
// memory stay the vocabulary and a few numbers per claim; a term's postings and a
// claim's text are asked for when a query needs them.
//
// segmentSource() is the other way round: the whole index (segment and what is in
// memory above it) as the contents of one new segment, renumbered without the
// discarded documents, for a writer to stream out term by term.
import type { ClaimIndex, StoredClaim } from './search'

export interface IndexSegment {
  /** Sorted; a term's id is its position. */
  readonly terms: readonly string[]
  /** Each article's id and title words (what its claims are indexed with), by number. */
  readonly articles: readonly { id: string; title: string }[]
  readonly docCount: number
  /** Per document: weighted length (never 0), index in STATES, position in `articles`. */
  readonly lengths: Float64Array
  readonly states: Uint8Array
  /** Per document: index in CORROBORATION_STATUSES, in SOURCING_TYPES. */
  readonly corroborations: Uint8Array
  readonly sourcings: Uint8Array
  readonly docArticles: Uint32Array
  /** Entries in a term's postings. */
  postingCount(termId: number): number
  /** A term's postings: [document, boost-weighted frequency << 8 | field mask] pairs in document order. */
  postings(termId: number): Int32Array
  /** A document's claim id, quoted text and what else the search box matches on. */
  stored(doc: number): StoredClaim
}

export interface SegmentSource extends Omit<IndexSegment, 'postingCount'> {}

/** What the index holds now, as one segment's contents (nothing is copied until asked for). */
export function segmentSource(index: ClaimIndex): SegmentSource {
  const total = index.baseDocs + index.docs.length
  // New document numbers: the segment's live documents, then those in memory, in order,
  // so every term's postings stay in document order without sorting.
  const renumbered = new Int32Array(total).fill(-1)
  const oldDocs: number[] = []
  for (let doc = 0; doc < total; doc++) {
    if (index.lengths[doc] === 0) continue
    renumbered[doc] = oldDocs.length
    oldDocs.push(doc)
  }
  const docCount = oldDocs.length
  const articleNumbers = new Map<string, number>()
  const articles: { id: string; title: string }[] = []
  const titles = new Map<string, string>()
  index.base?.articles.forEach((a) => titles.set(a.id, a.title))
  const docArticles = new Uint32Array(docCount)
  const lengths = new Float64Array(docCount)
  const states = new Uint8Array(docCount)
  const corroborations = new Uint8Array(docCount)
  const sourcings = new Uint8Array(docCount)
  oldDocs.forEach((old, doc) => {
    const articleId = old < index.baseDocs ? index.base!.articles[index.base!.docArticles[old]].id : index.docs[old - index.baseDocs]!.articleId
    let number = articleNumbers.get(articleId)
    if (number === undefined) {
      number = articles.length
      articleNumbers.set(articleId, number)
      articles.push({ id: articleId, title: titleOf(index, articleId) ?? titles.get(articleId) ?? '' })
    }
    docArticles[doc] = number
    lengths[doc] = index.lengths[old]
    states[doc] = index.states[old]
    corroborations[doc] = index.corroborations[old]
    sourcings[doc] = index.sourcings[old]
  })
  // Articles indexed with no claims still count as indexed.
  for (const id of [...index.baseArticles.keys(), ...index.articles.keys()]) {
    if (articleNumbers.has(id)) continue
    articleNumbers.set(id, articles.length)
    articles.push({ id, title: titleOf(index, id) ?? titles.get(id) ?? '' })
  }

  // Terms of both parts, sorted, each with its ids in the segment and in memory.
  const names = new Map<string, { base: number; memory: number }>()
  for (let termId = 0; termId < index.termNames.length; termId++) {
    const term = index.termNames[termId]
    const inBase = termId < index.baseTerms
    if (!inBase && !index.termIds.has(term)) continue // dropped when its postings emptied
    const found = names.get(term) ?? { base: -1, memory: -1 }
    if (inBase) found.base = termId
    if (index.postings[termId]) found.memory = termId
    names.set(term, found)
  }
  const terms = [...names.keys()].sort()
  const sources = terms.map((t) => names.get(t)!)

  return {
    terms,
    articles,
    docCount,
    lengths,
    states,
    corroborations,
    sourcings,
    docArticles,
    postings(termId) {
      const { base, memory } = sources[termId]
      const out: number[] = []
      if (base >= 0) {
        const pairs = index.base!.postings(base)
        for (let p = 0; p < pairs.length; p += 2) {
          const doc = renumbered[pairs[p]]
          if (doc >= 0) out.push(doc, pairs[p + 1])
        }
      }
      const inMemory = memory >= 0 ? index.postings[memory] : undefined
      if (inMemory) {
        for (let p = 0; p < inMemory.docs.length; p++) {
          const doc = renumbered[inMemory.docs[p]]
          if (doc >= 0) out.push(doc, inMemory.data[p])
        }
      }
      return Int32Array.from(out)
    },
    stored(doc) {
      const old = oldDocs[doc]
      if (old < index.baseDocs) return index.base!.stored(old)
      const info = index.docs[old - index.baseDocs]!
      return { claimId: info.claimId, text: info.text, details: info.details }
    },
  }
}

/** An article's title words as indexed in memory: what a segment keeps as its title (tokenize() gives the same words back). */
function titleOf(index: ClaimIndex, articleId: string): string | undefined {
  const entry = index.articles.get(articleId)
  return entry ? entry.titleTerms.join(' ') : undefined
}

/** A segment held in memory (tests; and what a writer's output must read back as). */
export function memorySegment(source: SegmentSource): IndexSegment {
  const postings = source.terms.map((_, termId) => source.postings(termId))
  const stored = Array.from({ length: source.docCount }, (_, doc) => source.stored(doc))
  return {
    terms: source.terms.slice(),
    articles: source.articles.slice(),
    docCount: source.docCount,
    lengths: source.lengths,
    states: source.states,
    corroborations: source.corroborations,
    sourcings: source.sourcings,
    docArticles: source.docArticles,
    postingCount: (termId) => postings[termId].length / 2,
    postings: (termId) => postings[termId],
    stored: (doc) => stored[doc],
  }
}
