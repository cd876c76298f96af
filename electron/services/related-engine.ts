// The state of related-claim linking for one workspace, kept up to date article by
// article: the link index, the reviewer's decisions and the groups. Pure (no files, no
// workspace), so it runs in the related worker thread (related-worker.ts), or inline.
// An article change regroups only the connected part of the link graph it touched: a
// group depends on nothing outside its part, so the result equals a full rebuild.
import type { FigureHolder } from '../core/corroboration/conflicts'
import { buildGroups, pairKey, resolveDecisions, type LinkDecision, type LinkStatus, type RelatedGroup } from '../core/corroboration/groups'
import { RelatedIndex, type IndexSnapshot } from '../core/corroboration/linking'
import { profileArticle, type ArticleInput } from '../core/corroboration/profile'
import type { ArticleFile } from '../core/schema'

/** What linking needs of an article file: its text, metadata, claims and the decisions stored on them. */
export interface RelatedArticle {
  input: ArticleInput
  decisions: LinkDecision[]
}

/** One claim's part of the groups: its group, the claims linked to it (with the reviewer's decision) and the conflicts. */
export interface RelatedLookup {
  groupId: string | null
  related: { key: string; status: LinkStatus }[]
  disagreements: RelatedGroup['disagreements']
}

export function relatedArticle(file: ArticleFile): RelatedArticle {
  const a = file.article
  const decisions: LinkDecision[] = []
  for (const c of file.claims) {
    for (const d of c.related ?? []) decisions.push({ from: `${a.id}/${c.id}`, to: `${d.articleId}/${d.claimId}`, status: d.status, at: d.at })
  }
  return {
    input: {
      id: a.id,
      title: a.title,
      text: a.text,
      outlet: a.outlet,
      publishedAt: a.publishedAt,
      language: a.language,
      claims: file.claims.map((c) => ({ id: c.id, text: c.anchor.quote.exact, attribution: c.sourcing.attribution, active: c.state !== 'dismissed' })),
    },
    decisions,
  }
}

const articleOf = (key: string) => key.slice(0, key.indexOf('/'))

/** What the related index segment stores (services/related-index-file.ts): the index, the decisions and the groups. */
export interface EngineSnapshot {
  index: IndexSnapshot
  /** Per article of `index.articles`: the decisions stored on its claims. */
  decisions: LinkDecision[][]
  groups: RelatedGroup[]
}

export class RelatedEngine {
  private readonly index = new RelatedIndex()
  private readonly decisionsOf = new Map<string, LinkDecision[]>()
  private resolved = new Map<string, LinkDecision>()
  /** Confirmed links by claim: they join groups like suggested links do. */
  private confirmedWith = new Map<string, Set<string>>()
  private readonly groupOf = new Map<string, RelatedGroup>()
  private readonly dirty = new Set<string>()
  private sorted: RelatedGroup[] | null = null

  get articleCount(): number {
    return this.index.size
  }

  /** Adds or replaces an article (its claims and the decisions stored on them). */
  upsert(article: RelatedArticle): void {
    for (const key of this.index.upsert(profileArticle(article.input))) this.dirty.add(key)
    this.setDecisions(article.input.id, article.decisions)
  }

  remove(articleId: string): void {
    for (const key of this.index.remove(articleId)) this.dirty.add(key)
    this.setDecisions(articleId, [])
  }

  private setDecisions(articleId: string, decisions: LinkDecision[]): void {
    const before = this.decisionsOf.get(articleId) ?? []
    if (JSON.stringify(before) === JSON.stringify(decisions)) return
    for (const d of [...before, ...decisions]) {
      this.dirty.add(d.from)
      this.dirty.add(d.to)
    }
    if (decisions.length > 0) this.decisionsOf.set(articleId, decisions)
    else this.decisionsOf.delete(articleId)
    this.resolveAll()
  }

  private resolveAll(): void {
    this.resolved = resolveDecisions([...this.decisionsOf.values()].flat())
    this.confirmedWith = new Map()
    for (const d of this.resolved.values()) {
      if (d.status !== 'confirmed') continue
      for (const [a, b] of [[d.from, d.to], [d.to, d.from]]) {
        let set = this.confirmedWith.get(a)
        if (!set) this.confirmedWith.set(a, (set = new Set()))
        set.add(b)
      }
    }
  }

  /** Everything linking holds, regrouped first: what the related index segment stores. */
  snapshot(): EngineSnapshot {
    this.regroup()
    const index = this.index.snapshot()
    return { index, decisions: index.articles.map((a) => this.decisionsOf.get(a.id) ?? []), groups: [...new Set(this.groupOf.values())] }
  }

  /** Into an empty engine: a snapshot() as it was taken, no article profiled, linked or grouped again. */
  restore(snapshot: EngineSnapshot): void {
    this.index.restore(snapshot.index)
    snapshot.index.articles.forEach((a, i) => {
      if (snapshot.decisions[i].length > 0) this.decisionsOf.set(a.id, snapshot.decisions[i])
    })
    this.resolveAll()
    for (const group of snapshot.groups) for (const key of group.claims) this.groupOf.set(key, group)
    this.sorted = null
  }

  /** Regroups the parts of the link graph that changed since the last call. */
  regroup(): void {
    if (this.dirty.size === 0) return
    const scope = new Set<string>()
    const queue = [...this.dirty]
    this.dirty.clear()
    for (const key of queue) scope.add(key)
    while (queue.length > 0) {
      const key = queue.pop()!
      const next = [...this.index.linksOf(key).keys(), ...(this.confirmedWith.get(key) ?? [])]
      for (const other of next) {
        if (scope.has(other)) continue
        scope.add(other)
        queue.push(other)
      }
    }
    for (const key of scope) {
      const old = this.groupOf.get(key)
      if (old) for (const k of old.claims) this.groupOf.delete(k)
    }
    const groups = buildGroups(this.index, this.resolved, (key) => this.holder(key), scope)
    for (const g of groups) {
      if (new Set(g.claims.map(articleOf)).size < 2) continue
      for (const key of g.claims) this.groupOf.set(key, g)
    }
    this.sorted = null
  }

  /** Every group of related claims across at least two articles, in a stable order. */
  groups(): RelatedGroup[] {
    this.regroup()
    if (!this.sorted) this.sorted = [...new Set(this.groupOf.values())].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    return this.sorted
  }

  lookup(key: string): RelatedLookup {
    this.regroup()
    const group = this.groupOf.get(key) ?? null
    const others = new Set(group ? group.claims.filter((k) => k !== key) : [])
    // A decision keeps the other claim in view even when it left the group (a rejection).
    for (const d of this.resolved.values()) {
      if (d.from === key) others.add(d.to)
      else if (d.to === key) others.add(d.from)
    }
    const related = [...others].sort().map((other) => ({ key: other, status: this.resolved.get(pairKey(key, other))?.status ?? ('suggested' as const) }))
    return { groupId: group?.id ?? null, related, disagreements: group?.disagreements ?? [] }
  }

  /** The figures of a claim as linking read them (for a claim extracted before figures were stored). */
  figuresOf(key: string) {
    return this.index.claim(key)?.figures ?? []
  }

  private holder(key: string): FigureHolder | null {
    const claim = this.index.claim(key)
    const article = this.index.article(articleOf(key))
    if (!claim || !article) return null
    return {
      articleId: article.id,
      claimId: claim.claimId,
      figures: claim.figures,
      outlet: article.outlet,
      attribution: claim.attribution,
      day: article.day,
      origins: claim.origins.size > 0 ? claim.origins : article.origins,
    }
  }
}
