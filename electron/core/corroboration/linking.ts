// Which claims in other articles report the same event and the same kind of fact.
// Two steps, so that "injured" alone never links two events:
//   1. same event: two articles share the kind of event (earthquake, shooting ...) and
//      enough of its places and names, and were published within days of each other;
//   2. same fact: within such a pair, claims that count the same thing (dead, injured ...)
//      or, without figures, say much the same; each claim keeps only its best match
//      in the other article, and only when that match picks it back.
// Incremental: adding an article compares it with the articles that share a rare
// feature with it (an inverted index), not with the whole workspace.
import { FAMILIES } from './event-vocabulary'
import type { ArticleProfile, ClaimProfile } from './profile'

const FAMILY_NAMES = new Set(Object.values(FAMILIES))

/** Articles further apart than this (publication dates) report different events. */
export const MAX_EVENT_DAYS = 10
/** Reports of one event weeks apart (a rising toll) need a shared name; months apart, three. */
const LATE_EVENT_DAYS = 31
const RETROSPECTIVE_DAYS = 731
/** Without a shared name, the articles must be this close. */
const CLOSE_DAYS = 3
/** A name in more articles than this is not specific to one event. */
const RARE_NAME_SHARE = 0.05
const MIN_RARE_NAME_DF = 6
/** Claims without figures must be at least this similar (Dice over features). */
// Measured on data/related-corpus: at 0.3, background sentences ("a devastating storm hit
// Valencia") linked across reports; 0.5 keeps restated facts ("charged with murder").
const MIN_TEXT_SIMILARITY = 0.5

export interface ClaimEdge {
  a: string
  b: string
  score: number
}

function intersectCount<T>(a: Set<T>, b: Set<T>, accept: (x: T) => boolean = () => true): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let n = 0
  for (const x of small) if (large.has(x) && accept(x)) n++
  return n
}

function script(profile: ArticleProfile): string {
  const text = profile.claims.slice(0, 3).map((c) => c.text).join(' ')
  if (/[\uac00-\ud7af]/.test(text)) return 'hangul'
  if (/[\u0400-\u04ff]/.test(text)) return 'cyrillic'
  return 'latin'
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0
  return (2 * intersectCount(a, b)) / (a.size + b.size)
}

/** How well two claims of the same event state the same fact; 0 when they do not. */
export function factScore(x: ClaimProfile, y: ClaimProfile): number {
  const px = x.places
  const py = y.places
  // "In Syria, 1,250 died" and "Turkey's toll rose to 6,957" count different things.
  if (px.length > 0 && py.length > 0 && !px.some((p) => y.features.has(p))) return 0
  const sim = dice(x.features, y.features)
  if (x.counted.size > 0 && y.counted.size > 0) {
    const shared = intersectCount(x.counted, y.counted)
    if (shared === 0) return 0
    // The figure a claim leads with is what it is about ("2,012 dead and 2,059 injured" is a toll).
    const lead = x.figures[0].counted === y.figures[0].counted ? 0.5 : 0
    return 1 + shared / Math.max(x.counted.size, y.counted.size) + lead + sim
  }
  if (x.counted.size > 0 || y.counted.size > 0) return 0
  return sim >= MIN_TEXT_SIMILARITY ? sim : 0
}

export class RelatedIndex {
  private readonly articles = new Map<string, ArticleProfile>()
  private readonly scripts = new Map<string, string>()
  /** Event feature ("c:flood", "p:turkey", "n:ksntp") -> articles that have it. */
  private readonly postings = new Map<string, Set<string>>()
  /** Claim key -> (claim key -> score), both directions. */
  private readonly edges = new Map<string, Map<string, number>>()
  private readonly claims = new Map<string, ClaimProfile>()
  /**
   * The same-event verdict for each pair of articles that share a kind of event or a rare
   * name, kept equal to what judging them now would give: when a name's rarity flips (an
   * article came or went), the pairs sharing it are judged again (rejudge). Grouping reads
   * these, so a regroup of one part sees what a full rebuild sees, in any arrival order.
   */
  private readonly verdicts = new Map<string, Map<string, boolean>>()
  /** Bumped on every change, so cached groups know when to rebuild. */
  version = 0

  get size(): number {
    return this.articles.size
  }

  article(id: string): ArticleProfile | undefined {
    return this.articles.get(id)
  }

  claim(key: string): ClaimProfile | undefined {
    return this.claims.get(key)
  }

  private eventFeatures(p: ArticleProfile): string[] {
    return [...[...p.concepts].map((c) => `c:${c}`), ...[...p.places].map((x) => `p:${x}`), ...p.names, ...[...p.numbers].map((n) => `v:${n}`)]
  }

  private df(feature: string): number {
    return this.postings.get(feature)?.size ?? 0
  }

  private rareLimit(articles = this.articles.size): number {
    return Math.max(MIN_RARE_NAME_DF, articles * RARE_NAME_SHARE)
  }

  private rareName(name: string): boolean {
    return this.df(name) <= this.rareLimit()
  }

  /**
   * Names and numbers whose rarity changed with this article's arrival or departure: its own
   * (one more or one fewer article has them) and, when the workspace's size moved the limit,
   * those whose count now falls on the other side of it.
   */
  private rarityFlips(features: string[], sizeBefore: number, delta: 1 | -1): string[] {
    const before = this.rareLimit(sizeBefore)
    const after = this.rareLimit()
    const flips = new Set<string>()
    for (const f of features) {
      if (!f.startsWith('n:') && !f.startsWith('v:')) continue
      const df = this.df(f)
      if (df - delta <= before !== df <= after) flips.add(f)
    }
    if (Math.floor(before) !== Math.floor(after)) {
      const [low, high] = before < after ? [before, after] : [after, before]
      for (const [f, ids] of this.postings) if ((f.startsWith('n:') || f.startsWith('v:')) && ids.size > low && ids.size <= high) flips.add(f)
    }
    return [...flips]
  }

  /**
   * Judges again the pairs of articles that share a name whose rarity flipped, so that every
   * verdict is the one a fresh build over the same articles would give, whatever order they
   * came in (a long session and a fresh `claimdesk related` run agree). Returns the claims of
   * every pair whose verdict changed: their groups may change even without a link.
   */
  private rejudge(flips: string[], touched: Set<string>): void {
    const pairs = new Set<string>()
    for (const f of flips) {
      const ids = [...(this.postings.get(f) ?? [])].sort()
      for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) pairs.add(`${ids[i]}\u0000${ids[j]}`)
    }
    for (const pair of pairs) {
      const [aId, bId] = pair.split('\u0000')
      const same = this.eventScore(aId, bId) > 0
      if (same === this.sameEvent(aId, bId)) continue
      this.setVerdict(aId, bId, same)
      this.setVerdict(bId, aId, same)
      const a = this.articles.get(aId)!
      const b = this.articles.get(bId)!
      if (same) for (const edge of this.matchClaims(a, b)) this.link(edge.a, edge.b, edge.score)
      else this.unlinkArticles(a, b)
      for (const claim of [...a.claims, ...b.claims]) touched.add(claim.key)
    }
  }

  private unlinkArticles(a: ArticleProfile, b: ArticleProfile): void {
    const prefix = `${b.id}/`
    for (const claim of a.claims) {
      const links = this.edges.get(claim.key)
      if (!links) continue
      for (const other of [...links.keys()]) {
        if (!other.startsWith(prefix)) continue
        links.delete(other)
        this.edges.get(other)?.delete(claim.key)
      }
    }
  }

  /** Whether two articles report the same event: a score, 0 when they do not. */
  eventScore(aId: string, bId: string): number {
    const a = this.articles.get(aId)
    const b = this.articles.get(bId)
    if (!a || !b || aId === bId) return 0
    const days = a.day !== null && b.day !== null ? Math.abs(a.day - b.day) : null
    if (days !== null && days > RETROSPECTIVE_DAYS) return 0
    const names = intersectCount(a.names, b.names, (n) => this.rareName(n))
    // Most candidates share only a kind of event and are months apart: settled before the rest.
    if (days !== null && days > MAX_EVENT_DAYS && names === 0) return 0
    // A family ("attack", "severe-weather") counts only when no kind within it is shared: a
    // shared "flood" is one kind of event in common, not two.
    const shared = [...a.concepts].filter((c) => b.concepts.has(c))
    const concepts = shared.filter((c) => !FAMILY_NAMES.has(c) || !shared.some((k) => FAMILIES[k] === c && k !== c)).length
    const places = intersectCount(a.places, b.places)
    // Two uneven numbers in common ("181 aboard, 179 dead") say one event as a name does; one may be chance.
    const sharedNumbers = intersectCount(a.numbers, b.numbers, (n) => this.rareName(`v:${n}`))
    const numbers = sharedNumbers >= 2 ? 1.5 * Math.min(sharedNumbers, 2) : 0
    const close = days === null || days <= CLOSE_DAYS
    if (concepts === 0 && names < 3 && !(numbers > 0 && close)) return 0
    const score = 1.5 * Math.min(concepts, 2) + Math.min(places, 2) + Math.min(names, 4) + numbers
    if (days !== null && days > MAX_EVENT_DAYS) {
      // Weeks later (a toll still rising, a follow-up): the kind of event and a shared name.
      // Months later (an anniversary, a trial): the kind of event and three shared names.
      if (concepts === 0) return 0
      return (days <= LATE_EVENT_DAYS ? names >= 1 && score >= 3.5 : names >= 3) ? score : 0
    }
    if (names === 0 && numbers === 0) {
      // Without a shared name only a different script excuses it (a Korean and an English
      // report of one event rarely spell a name alike), and then only when close in time.
      const crossScript = this.scripts.get(aId) !== this.scripts.get(bId)
      return close && places >= 1 && (crossScript ? score >= 2.5 : score >= 3.5) ? score : 0
    }
    // One rare name in common is enough for reports of the same kind of event days apart.
    return score >= (close ? 2.5 : 3.5) ? score : 0
  }

  /**
   * Whether nothing speaks against two articles reporting one event, though they did not
   * meet directly: both dated within the weeks a toll keeps rising, and a kind of event in common.
   */
  compatible(aId: string, bId: string): boolean {
    const a = this.articles.get(aId)
    const b = this.articles.get(bId)
    if (!a || !b || a.day === null || b.day === null || Math.abs(a.day - b.day) > LATE_EVENT_DAYS) return false
    for (const c of a.concepts) if (b.concepts.has(c)) return true
    return false
  }

  /** Adds or replaces an article and recomputes its links. Returns the claim keys whose links changed. */
  upsert(profile: ArticleProfile): Set<string> {
    const touched = this.remove(profile.id)
    const sizeBefore = this.articles.size
    this.articles.set(profile.id, profile)
    this.scripts.set(profile.id, script(profile))
    const features = this.eventFeatures(profile)
    for (const f of features) {
      let set = this.postings.get(f)
      if (!set) this.postings.set(f, (set = new Set()))
      set.add(profile.id)
    }
    this.rejudge(this.rarityFlips(features, sizeBefore, 1), touched)
    for (const claim of profile.claims) this.claims.set(claim.key, claim)
    for (const otherId of this.candidates(profile)) {
      const same = this.eventScore(profile.id, otherId) > 0
      this.setVerdict(profile.id, otherId, same)
      this.setVerdict(otherId, profile.id, same)
      if (!same) continue
      for (const edge of this.matchClaims(profile, this.articles.get(otherId)!)) {
        this.link(edge.a, edge.b, edge.score)
        touched.add(edge.a)
        touched.add(edge.b)
      }
    }
    this.version++
    return touched
  }

  /** Removes an article and its links. Returns the claim keys whose links changed. */
  remove(id: string): Set<string> {
    const touched = new Set<string>()
    const old = this.articles.get(id)
    if (!old) return touched
    for (const f of this.eventFeatures(old)) {
      const set = this.postings.get(f)
      set?.delete(id)
      if (set && set.size === 0) this.postings.delete(f)
    }
    for (const claim of old.claims) {
      for (const other of this.edges.get(claim.key)?.keys() ?? []) {
        this.edges.get(other)?.delete(claim.key)
        touched.add(other)
      }
      this.edges.delete(claim.key)
      this.claims.delete(claim.key)
      touched.add(claim.key)
    }
    for (const other of this.verdicts.get(id)?.keys() ?? []) this.verdicts.get(other)?.delete(id)
    this.verdicts.delete(id)
    const sizeBefore = this.articles.size
    this.articles.delete(id)
    this.scripts.delete(id)
    this.rejudge(this.rarityFlips(this.eventFeatures(old), sizeBefore, -1), touched)
    this.version++
    return touched
  }

  /** Whether two articles report the same event (see verdicts). */
  sameEvent(aId: string, bId: string): boolean {
    return this.verdicts.get(aId)?.get(bId) ?? false
  }

  /** Only "same event" is kept: every pair of a 2,000-article workspace that shares a kind of event would be too many. */
  private setVerdict(a: string, b: string, same: boolean): void {
    let map = this.verdicts.get(a)
    if (!same) {
      map?.delete(b)
      return
    }
    if (!map) this.verdicts.set(a, (map = new Map()))
    map.set(b, true)
  }

  private candidates(profile: ArticleProfile): string[] {
    const found = new Set<string>()
    for (const f of this.eventFeatures(profile)) {
      // A name shared by many articles finds nothing specific; concepts and places still narrow.
      if ((f.startsWith('n:') || f.startsWith('v:')) && !this.rareName(f)) continue
      if (f.startsWith('p:')) continue
      for (const id of this.postings.get(f) ?? []) if (id !== profile.id) found.add(id)
    }
    return [...found].sort()
  }

  /** Mutual best matches between two articles' claims. */
  private matchClaims(a: ArticleProfile, b: ArticleProfile): ClaimEdge[] {
    const bestOfA = new Map<string, { key: string; score: number }>()
    const bestOfB = new Map<string, { key: string; score: number }>()
    const better = (map: Map<string, { key: string; score: number }>, from: string, to: string, score: number) => {
      const current = map.get(from)
      if (!current || score > current.score || (score === current.score && to < current.key)) map.set(from, { key: to, score })
    }
    for (const x of a.claims) {
      for (const y of b.claims) {
        const score = factScore(x, y)
        if (score <= 0) continue
        better(bestOfA, x.key, y.key, score)
        better(bestOfB, y.key, x.key, score)
      }
    }
    const edges: ClaimEdge[] = []
    for (const [x, best] of bestOfA) {
      if (bestOfB.get(best.key)?.key === x) edges.push({ a: x, b: best.key, score: best.score })
    }
    return edges
  }

  private link(a: string, b: string, score: number): void {
    for (const [from, to] of [[a, b], [b, a]]) {
      let map = this.edges.get(from)
      if (!map) this.edges.set(from, (map = new Map()))
      map.set(to, score)
    }
  }

  /** Suggested links of one claim: other claim key -> score. */
  linksOf(key: string): ReadonlyMap<string, number> {
    return this.edges.get(key) ?? new Map()
  }

  /** Every suggested link once (a < b), strongest first; ties in key order, so runs agree. */
  allEdges(): ClaimEdge[] {
    const out: ClaimEdge[] = []
    for (const [a, map] of this.edges) for (const [b, score] of map) if (a < b) out.push({ a, b, score })
    return out.sort(byStrength)
  }

  /** The links between the given claims only, in allEdges() order: regrouping one part of the workspace. */
  edgesWithin(keys: ReadonlySet<string>): ClaimEdge[] {
    const out: ClaimEdge[] = []
    for (const a of keys) for (const [b, score] of this.edges.get(a) ?? []) if (a < b && keys.has(b)) out.push({ a, b, score })
    return out.sort(byStrength)
  }
}

function byStrength(x: ClaimEdge, y: ClaimEdge): number {
  return y.score - x.score || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0)
}
