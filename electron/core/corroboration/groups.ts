// Groups of related claims: each claim in at most one group, the same groups from run
// to run. Links are taken strongest first (ties in key order); two groups join only
// when every pair across them could be linked (complete linkage), so a chain of
// "injured" links cannot pull two events, or two kinds of fact, into one group.
import { disagreements, type FigureDisagreement, type FigureHolder } from './conflicts'
import { factScore, type RelatedIndex } from './linking'

/**
 * Most claims in one group. Reports of one event beyond this add nothing a reviewer reads,
 * and complete linkage costs the square of a group's size (a workspace that reported one
 * event 2,000 times made groups of 2,000 claims).
 */
export const MAX_GROUP_CLAIMS = 32

export type LinkStatus = 'suggested' | 'confirmed' | 'rejected'

/** The reviewer's decision on the link between two claims (claim keys "articleId/claimId"). */
export interface LinkDecision {
  from: string
  to: string
  status: 'confirmed' | 'rejected'
  at: string
}

export interface RelatedGroup {
  /** The group's first claim key: stable while that claim stays in it. */
  id: string
  /** Claim keys, sorted. */
  claims: string[]
  disagreements: FigureDisagreement[]
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`
}

/** The latest decision on each pair, whichever side it was made on. */
export function resolveDecisions(decisions: Iterable<LinkDecision>): Map<string, LinkDecision> {
  const out = new Map<string, LinkDecision>()
  for (const d of decisions) {
    const key = pairKey(d.from, d.to)
    const current = out.get(key)
    if (!current || d.at > current.at || (d.at === current.at && d.status === 'rejected')) out.set(key, d)
  }
  return out
}

const articleOf = (key: string) => key.slice(0, key.indexOf('/'))

/**
 * The groups among all claims, or among `scope` only: a connected part of the link graph
 * (links and confirmed decisions) groups the same way alone as within the whole workspace,
 * so an import regroups only the part it touched.
 */
export function buildGroups(
  index: RelatedIndex,
  decisions: Map<string, LinkDecision>,
  holderOf: (key: string) => FigureHolder | null,
  scope?: ReadonlySet<string>,
): RelatedGroup[] {
  const status = (a: string, b: string) => decisions.get(pairKey(a, b))?.status
  const cluster = new Map<string, string[]>()
  const members = (key: string) => cluster.get(key) ?? [key]

  // The verdicts the index recorded when the articles met: grouping one part of the
  // workspace then gives what a full rebuild gives.
  const sameEvent = (a: string, b: string): boolean => index.sameEvent(a, b)
  // Two reports that did not meet directly (no name in common, or weeks apart) still report
  // one event when a third report in the group met both and nothing speaks against it (dated
  // within weeks, a kind of event in common): the wire story naming "Crocus City Hall" and
  // "Moscow" joins the one naming only Moscow and the one naming only the hall. Measured on
  // data/related-corpus: recall 0.72 -> 0.81 at the same precision.
  const sameEventWithin = (a: string, b: string, articles: string[]): boolean =>
    sameEvent(a, b) || (index.compatible(a, b) && articles.some((c) => c !== a && c !== b && sameEvent(a, c) && sameEvent(c, b)))
  const canJoin = (left: string[], right: string[]): boolean => {
    if (left.length + right.length > MAX_GROUP_CLAIMS) return false
    const articles = new Set(left.map(articleOf))
    if (right.some((k) => articles.has(articleOf(k)))) return false
    const all = [...articles, ...right.map(articleOf)]
    for (const p of left) {
      for (const q of right) {
        const s = status(p, q)
        if (s === 'rejected') return false
        if (s === 'confirmed') continue
        const x = index.claim(p)
        const y = index.claim(q)
        if (!x || !y || (!index.linked(p, q) && factScore(x, y) === 0) || !sameEventWithin(articleOf(p), articleOf(q), all)) return false
      }
    }
    return true
  }

  const confirmed = [...decisions.values()]
    .filter((d) => d.status === 'confirmed' && articleOf(d.from) !== articleOf(d.to) && (!scope || (scope.has(d.from) && scope.has(d.to))))
    .map((d) => ({ a: d.from < d.to ? d.from : d.to, b: d.from < d.to ? d.to : d.from, score: Number.POSITIVE_INFINITY }))
    .sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : 1))
  for (const edge of [...confirmed, ...(scope ? index.edgesWithin(scope) : index.allEdges())]) {
    if (status(edge.a, edge.b) === 'rejected') continue
    const left = members(edge.a)
    const right = members(edge.b)
    if (left === right || left.includes(edge.b) || !canJoin(left, right)) continue
    const joined = [...left, ...right]
    for (const key of joined) cluster.set(key, joined)
  }

  const seen = new Set<string[]>()
  const groups: RelatedGroup[] = []
  for (const list of cluster.values()) {
    if (seen.has(list)) continue
    seen.add(list)
    const claims = [...list].sort()
    const holders = claims.map(holderOf).filter((h): h is FigureHolder => h !== null)
    groups.push({ id: claims[0], claims, disagreements: disagreements(holders) })
  }
  return groups.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}
