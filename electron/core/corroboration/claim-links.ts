// Suggested links between claims, stored per pair of articles whose claims were matched:
// each pair keeps its mutual best matches in one Float64Array (claim numbers on both
// sides and the score), not a Map per claim, so 100,000 claims cost a few MB of links.
// Also what decides a link: factScore (same fact?) and matchClaims (mutual best matches).
import { sharedCount, sharesAny } from './feature-ids'
import type { ArticleProfile, ClaimProfile } from './profile'

/** Claims without figures must be at least this similar (Dice over features). */
// Measured on data/related-corpus: at 0.3, background sentences ("a devastating storm hit
// Valencia") linked across reports; 0.5 keeps restated facts ("charged with murder").
const MIN_TEXT_SIMILARITY = 0.5

export interface ClaimEdge {
  a: string
  b: string
  score: number
}

function dice(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0
  return (2 * sharedCount(a, b)) / (a.length + b.length)
}

function sharedThings(x: readonly string[], y: readonly string[]): number {
  let n = 0
  for (const t of x) if (y.includes(t)) n++
  return n
}

/** How well two claims of the same event state the same fact; 0 when they do not. */
export function factScore(x: ClaimProfile, y: ClaimProfile): number {
  // "In Syria, 1,250 died" and "Turkey's toll rose to 6,957" count different things.
  if (x.places.length > 0 && y.places.length > 0 && !sharesAny(x.places, y.places)) return 0
  if (x.counted.length > 0 && y.counted.length > 0) {
    const shared = sharedThings(x.counted, y.counted)
    if (shared === 0) return 0
    // The figure a claim leads with is what it is about ("2,012 dead and 2,059 injured" is a toll).
    const lead = x.figures[0].counted === y.figures[0].counted ? 0.5 : 0
    return 1 + shared / Math.max(x.counted.length, y.counted.length) + lead + dice(x.features, y.features)
  }
  if (x.counted.length > 0 || y.counted.length > 0) return 0
  const sim = dice(x.features, y.features)
  return sim >= MIN_TEXT_SIMILARITY ? sim : 0
}

/** The links of one matched pair of articles (a < b by id). */
interface PairLinks {
  a: ArticleProfile
  b: ArticleProfile
  /** Per link three numbers: the claim's number (ClaimProfile.index) in a, in b, and the score. */
  links: Float64Array
}

const pairId = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`)

/** Mutual best matches between two articles' claims (each claim's best in the other, picked back). */
function matchClaims(a: ArticleProfile, b: ArticleProfile): PairLinks {
  const n = a.claims.length
  const m = b.claims.length
  const bestOfA = new Int32Array(n).fill(-1)
  const scoreOfA = new Float64Array(n)
  const bestOfB = new Int32Array(m).fill(-1)
  const scoreOfB = new Float64Array(m)
  // Ties go to the smaller key, as before the arrays: claims are in key order within neither side, so compare keys.
  for (let i = 0; i < n; i++) {
    const x = a.claims[i]
    for (let j = 0; j < m; j++) {
      const y = b.claims[j]
      const score = factScore(x, y)
      if (score <= 0) continue
      if (bestOfA[i] < 0 || score > scoreOfA[i] || (score === scoreOfA[i] && y.key < b.claims[bestOfA[i]].key)) {
        bestOfA[i] = j
        scoreOfA[i] = score
      }
      if (bestOfB[j] < 0 || score > scoreOfB[j] || (score === scoreOfB[j] && x.key < a.claims[bestOfB[j]].key)) {
        bestOfB[j] = i
        scoreOfB[j] = score
      }
    }
  }
  const links: number[] = []
  for (let i = 0; i < n; i++) if (bestOfA[i] >= 0 && bestOfB[bestOfA[i]] === i) links.push(i, bestOfA[i], scoreOfA[i])
  return { a, b, links: Float64Array.from(links) }
}

export class ClaimLinks {
  private readonly pairs = new Map<string, PairLinks>()
  /** Article id -> the articles its claims are matched with. */
  private readonly with = new Map<string, Set<string>>()

  /** Matches two articles' claims; returns the claim keys that got a link. */
  link(x: ArticleProfile, y: ArticleProfile): string[] {
    const [a, b] = x.id < y.id ? [x, y] : [y, x]
    const pair = matchClaims(a, b)
    this.pairs.set(pairId(a.id, b.id), pair)
    for (const [p, q] of [[a.id, b.id], [b.id, a.id]]) {
      let set = this.with.get(p)
      if (!set) this.with.set(p, (set = new Set()))
      set.add(q)
    }
    return keysOf(pair)
  }

  /** Every matched pair with its links (the related index segment stores them). */
  pairList(): { a: string; b: string; links: Float64Array }[] {
    return [...this.pairs.values()].map((pair) => ({ a: pair.a.id, b: pair.b.id, links: pair.links }))
  }

  /** Puts back a pair's links as pairList() gave them, without matching the claims again. */
  restore(x: ArticleProfile, y: ArticleProfile, links: Float64Array): void {
    const [a, b] = x.id < y.id ? [x, y] : [y, x]
    this.pairs.set(pairId(a.id, b.id), { a, b, links })
    for (const [p, q] of [[a.id, b.id], [b.id, a.id]]) {
      let set = this.with.get(p)
      if (!set) this.with.set(p, (set = new Set()))
      set.add(q)
    }
  }

  /** Drops the links between two articles; returns the claim keys that lost one. */
  unlink(x: string, y: string): string[] {
    const key = pairId(x, y)
    const pair = this.pairs.get(key)
    if (!pair) return []
    this.pairs.delete(key)
    this.with.get(x)?.delete(y)
    this.with.get(y)?.delete(x)
    return keysOf(pair)
  }

  linked(x: string, y: string): boolean {
    return this.pairs.has(pairId(x, y))
  }

  /** The articles an article's claims are matched with. */
  partnersOf(articleId: string): string[] {
    return [...(this.with.get(articleId) ?? [])]
  }

  /** Suggested links of one claim: other claim key -> score. */
  linksOf(claim: ClaimProfile): Map<string, number> {
    const out = new Map<string, number>()
    for (const other of this.with.get(claim.articleId) ?? []) {
      const pair = this.pairs.get(pairId(claim.articleId, other))!
      const mine = pair.a.id === claim.articleId ? 0 : 1
      const them = mine === 0 ? pair.b : pair.a
      for (let at = 0; at < pair.links.length; at += 3) {
        if (pair.links[at + mine] === claim.index) out.set(them.claims[pair.links[at + 1 - mine]].key, pair.links[at + 2])
      }
    }
    return out
  }

  /** Whether two claims are linked. */
  has(x: ClaimProfile, y: ClaimProfile): boolean {
    const pair = this.pairs.get(pairId(x.articleId, y.articleId))
    if (!pair) return false
    const mine = pair.a.id === x.articleId ? 0 : 1
    for (let at = 0; at < pair.links.length; at += 3) if (pair.links[at + mine] === x.index) return pair.links[at + 1 - mine] === y.index
    return false
  }

  /** Every link once (a < b), strongest first; ties in key order, so runs agree. */
  all(): ClaimEdge[] {
    const out: ClaimEdge[] = []
    for (const pair of this.pairs.values()) pushEdges(pair, out)
    return out.sort(byStrength)
  }

  /** The links between the given claims only, in all() order: regrouping one part of the workspace. */
  within(keys: ReadonlySet<string>): ClaimEdge[] {
    const articles = new Set<string>()
    for (const key of keys) articles.add(key.slice(0, key.indexOf('/')))
    const out: ClaimEdge[] = []
    for (const a of articles) {
      for (const b of this.with.get(a) ?? []) {
        if (a > b || !articles.has(b)) continue
        pushEdges(this.pairs.get(pairId(a, b))!, out, keys)
      }
    }
    return out.sort(byStrength)
  }
}

function keysOf(pair: PairLinks): string[] {
  const out: string[] = []
  for (let at = 0; at < pair.links.length; at += 3) out.push(pair.a.claims[pair.links[at]].key, pair.b.claims[pair.links[at + 1]].key)
  return out
}

function pushEdges(pair: PairLinks, out: ClaimEdge[], only?: ReadonlySet<string>): void {
  for (let at = 0; at < pair.links.length; at += 3) {
    const x = pair.a.claims[pair.links[at]].key
    const y = pair.b.claims[pair.links[at + 1]].key
    if (only && (!only.has(x) || !only.has(y))) continue
    const score = pair.links[at + 2]
    out.push(x < y ? { a: x, b: y, score } : { a: y, b: x, score })
  }
}

function byStrength(x: ClaimEdge, y: ClaimEdge): number {
  return y.score - x.score || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0)
}
