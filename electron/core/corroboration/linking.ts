// Which claims in other articles report the same event and the same kind of fact.
// Two steps, so that "injured" alone never links two events:
//   1. same event: two articles share the kind of event (earthquake, shooting ...) and
//      enough of its places and names, and were published within days of each other;
//   2. same fact: within such a pair, claims that count the same thing (dead, injured ...)
//      or, without figures, say much the same; each claim keeps only its best match
//      in the other article, and only when that match picks it back.
// Incremental: adding an article compares it with the articles that share a rare
// feature with it (an inverted index), not with the whole workspace.
// Memory (issue 9): profiles hold feature ids (feature-ids.ts), verdicts are bits, and
// claims are matched only between articles among each other's strongest same-event
// partners (event-partners.ts), their links stored per article pair (claim-links.ts).
import { ClaimLinks, type ClaimEdge } from './claim-links'
import { EventPartners, pairTie, type Partner } from './event-partners'
import { FAMILIES } from './event-vocabulary'
import type { ArticleProfile, ClaimProfile } from './profile'

export { factScore, type ClaimEdge } from './claim-links'

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

function intersectCount<T>(a: Set<T>, b: Set<T>, accept: (x: T) => boolean = () => true): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let n = 0
  for (const x of small) if (large.has(x) && accept(x)) n++
  return n
}

/**
 * Everything the index holds, as the related index segment stores it (services/
 * related-index-file.ts): restoring it gives the index that took it, without judging or
 * matching anything again. Verdicts and partners name articles by their place in `articles`.
 */
export interface IndexSnapshot {
  articles: ArticleProfile[]
  /** Per article, the later articles (by place) judged the same event. */
  sameEvent: number[][]
  /** Per article, its strongest partners, strongest first. */
  strongest: { partner: number; score: number }[][]
  /** Matched article pairs (a < b by id) and their links (claim-links.ts). */
  pairs: { a: number; b: number; links: Float64Array }[]
}

export class RelatedIndex {
  private readonly articles = new Map<string, ArticleProfile>()
  /** Event feature ("c:flood", "p:turkey", "n:ksntp") -> articles that have it. */
  private readonly postings = new Map<string, Set<string>>()
  private readonly claims = new Map<string, ClaimProfile>()
  /**
   * The same-event verdict for each pair of articles that share a kind of event or a rare
   * name, kept equal to what judging them now would give: when a name's rarity flips (an
   * article came or went), the pairs sharing it are judged again (rejudge). Grouping reads
   * these, so a regroup of one part sees what a full rebuild sees, in any arrival order.
   * Also each article's strongest partners, whose claims are matched (event-partners.ts).
   */
  private readonly partners = new EventPartners()
  private readonly links = new ClaimLinks()
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
   * Judges again the pairs of articles that share a name whose rarity flipped (their scores
   * moved, and maybe their verdicts), so that every verdict is the one a fresh build over
   * the same articles would give, whatever order they came in (a long session and a fresh
   * `claimdesk related` run agree). Pairs with `newcomer` are left to its own pass; the
   * articles it shares a flipped name with are returned for that pass.
   */
  private rejudge(flips: string[], touched: Set<string>, newcomer: string | null = null): string[] {
    const pairs = new Set<string>()
    const withNewcomer = new Set<string>()
    for (const f of flips) {
      const ids = [...(this.postings.get(f) ?? [])].sort()
      if (newcomer !== null && ids.includes(newcomer)) for (const id of ids) if (id !== newcomer) withNewcomer.add(id)
      for (let i = 0; i < ids.length; i++) {
        if (ids[i] === newcomer) continue
        for (let j = i + 1; j < ids.length; j++) if (ids[j] !== newcomer) pairs.add(`${ids[i]}\u0000${ids[j]}`)
      }
    }
    const moved = new Set<string>()
    for (const pair of pairs) {
      const [aId, bId] = pair.split('\u0000')
      const same = this.eventScore(aId, bId) > 0
      moved.add(aId)
      moved.add(bId)
      if (same === this.partners.same(aId, bId)) continue
      this.partners.set(aId, bId, same)
      // Their groups may change even without a link: grouping reads the verdicts.
      for (const claim of [...this.articles.get(aId)!.claims, ...this.articles.get(bId)!.claims]) touched.add(claim.key)
    }
    this.rerank(moved, touched)
    return [...withNewcomer]
  }

  /** Ranks again the partners of these articles (their scores or verdicts moved) and matches or unmatches claims to follow. */
  private rerank(ids: Iterable<string>, touched: Set<string>): void {
    const pairs = new Set<string>()
    for (const id of ids) {
      const before = this.partners.strongestOf(id).map((p) => p.id)
      this.partners.rank(id, this.scored(id, this.partners.sameEventAs(id)))
      for (const other of [...before, ...this.partners.strongestOf(id).map((p) => p.id)]) pairs.add(id < other ? `${id}\u0000${other}` : `${other}\u0000${id}`)
    }
    for (const pair of pairs) {
      const [a, b] = pair.split('\u0000')
      this.follow(a, b, touched)
    }
  }

  private scored(id: string, others: Iterable<string>): Partner[] {
    const out: Partner[] = []
    for (const other of others) {
      const score = this.eventScore(id, other)
      if (score > 0) out.push({ id: other, score, tie: pairTie(id, other) })
    }
    return out
  }

  /** Matches two articles' claims when they are among each other's strongest partners, unmatches them when not. */
  private follow(a: string, b: string, touched: Set<string>): void {
    const should = this.partners.matched(a, b)
    if (should === this.links.linked(a, b)) return
    const changed = should ? this.links.link(this.articles.get(a)!, this.articles.get(b)!) : this.links.unlink(a, b)
    for (const key of changed) touched.add(key)
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
    const shared: string[] = []
    for (const c of a.concepts) if (b.concepts.has(c)) shared.push(c)
    let concepts = 0
    for (const c of shared) if (!FAMILY_NAMES.has(c) || !shared.some((k) => FAMILIES[k] === c && k !== c)) concepts++
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
      const crossScript = a.script !== b.script
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
    const id = profile.id
    this.articles.set(id, profile)
    this.partners.add(id)
    const features = this.eventFeatures(profile)
    for (const f of features) {
      let set = this.postings.get(f)
      if (!set) this.postings.set(f, (set = new Set()))
      set.add(id)
    }
    const flipped = this.rejudge(this.rarityFlips(features, sizeBefore, 1), touched, id)
    for (const claim of profile.claims) this.claims.set(claim.key, claim)
    const found = this.candidates(profile)
    for (const other of flipped) found.add(other)
    const scored = this.scored(id, found)
    for (const partner of scored) this.partners.set(id, partner.id, true)
    this.partners.rank(id, scored)
    for (const partner of scored) {
      // The newcomer may push a weaker partner out of the other's strongest.
      const out = this.partners.offer(partner.id, { id, score: partner.score, tie: partner.tie })
      if (out !== null) this.follow(partner.id, out, touched)
    }
    for (const partner of this.partners.strongestOf(id)) this.follow(id, partner.id, touched)
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
    for (const other of this.links.partnersOf(id)) for (const key of this.links.unlink(id, other)) touched.add(key)
    for (const claim of old.claims) {
      this.claims.delete(claim.key)
      touched.add(claim.key)
    }
    const lost = this.partners.delete(id)
    const sizeBefore = this.articles.size
    this.articles.delete(id)
    this.rejudge(this.rarityFlips(this.eventFeatures(old), sizeBefore, -1), touched)
    // Those that lost it from their strongest take their next strongest.
    this.rerank(lost, touched)
    this.version++
    return touched
  }

  snapshot(): IndexSnapshot {
    const articles = [...this.articles.values()]
    const place = new Map(articles.map((a, i) => [a.id, i]))
    return {
      articles,
      sameEvent: articles.map((a, i) => this.partners.sameEventAs(a.id).map((id) => place.get(id)!).filter((j) => j > i)),
      strongest: articles.map((a) => this.partners.strongestOf(a.id).map((p) => ({ partner: place.get(p.id)!, score: p.score }))),
      pairs: this.links.pairList().map((pair) => ({ a: place.get(pair.a)!, b: place.get(pair.b)!, links: pair.links })),
    }
  }

  /** Into an empty index: the state snapshot() took, as it was (its invariants held then, so they hold now). */
  restore(snapshot: IndexSnapshot): void {
    if (this.articles.size > 0) throw new Error('a related index is restored only into an empty one')
    const { articles } = snapshot
    for (const profile of articles) {
      this.articles.set(profile.id, profile)
      this.partners.add(profile.id)
      for (const f of this.eventFeatures(profile)) {
        let set = this.postings.get(f)
        if (!set) this.postings.set(f, (set = new Set()))
        set.add(profile.id)
      }
      for (const claim of profile.claims) this.claims.set(claim.key, claim)
    }
    snapshot.sameEvent.forEach((row, i) => {
      for (const j of row) this.partners.set(articles[i].id, articles[j].id, true)
    })
    snapshot.strongest.forEach((list, i) => {
      const id = articles[i].id
      this.partners.rank(id, list.map(({ partner, score }) => ({ id: articles[partner].id, score, tie: pairTie(id, articles[partner].id) })))
    })
    for (const { a, b, links } of snapshot.pairs) this.links.restore(articles[a], articles[b], links)
    this.version++
  }

  /** Whether two articles report the same event (see verdicts). */
  sameEvent(aId: string, bId: string): boolean {
    return this.partners.same(aId, bId)
  }

  private candidates(profile: ArticleProfile): Set<string> {
    const found = new Set<string>()
    for (const f of this.eventFeatures(profile)) {
      // A name shared by many articles finds nothing specific; concepts and places still narrow.
      if ((f.startsWith('n:') || f.startsWith('v:')) && !this.rareName(f)) continue
      if (f.startsWith('p:')) continue
      const near = f.startsWith('c:')
      for (const id of this.postings.get(f) ?? []) {
        if (id === profile.id || found.has(id)) continue
        // Reports more than MAX_EVENT_DAYS apart are one event only with a rare name in common
        // (eventScore), and those are found through the name: a kind of event alone need not look.
        if (near && !this.within(profile, id, MAX_EVENT_DAYS)) continue
        found.add(id)
      }
    }
    return found
  }

  private within(a: ArticleProfile, bId: string, days: number): boolean {
    const b = this.articles.get(bId)
    return !b || a.day === null || b.day === null || Math.abs(a.day - b.day) <= days
  }

  /** Suggested links of one claim: other claim key -> score. */
  linksOf(key: string): ReadonlyMap<string, number> {
    const claim = this.claims.get(key)
    return claim ? this.links.linksOf(claim) : new Map()
  }

  /** Whether two claims have a suggested link. */
  linked(a: string, b: string): boolean {
    const x = this.claims.get(a)
    const y = this.claims.get(b)
    return !!x && !!y && this.links.has(x, y)
  }

  /** Every suggested link once (a < b), strongest first; ties in key order, so runs agree. */
  allEdges(): ClaimEdge[] {
    return this.links.all()
  }

  /** The links between the given claims only, in allEdges() order: regrouping one part of the workspace. */
  edgesWithin(keys: ReadonlySet<string>): ClaimEdge[] {
    return this.links.within(keys)
  }
}
