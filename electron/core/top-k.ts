// The best k documents of a query by score, for core/search.ts.

/** The k best (doc, score) pairs: a min-heap, so a query matching every claim costs O(n log k), not a full sort. */
export class TopK {
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
