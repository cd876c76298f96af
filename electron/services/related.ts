// Related claims across a workspace: the link index kept in step with the workspace,
// the groups and their conflicts, "Also reported in" for one claim, and the reviewer's
// confirm/reject decisions (stored on the claim through the claim-field table, so
// history, undo and merge treat them like any other field).
import type { FigureHolder } from '../core/corroboration/conflicts'
import { buildGroups, pairKey, resolveDecisions, type LinkDecision, type LinkStatus, type RelatedGroup } from '../core/corroboration/groups'
import { RelatedIndex } from '../core/corroboration/linking'
import { profileArticle, type ArticleInput } from '../core/corroboration/profile'
import { ClaimdeskError } from '../core/errors'
import type { ArticleFile, Claim } from '../core/schema'
import type { Workspace } from './workspace'

export interface RelatedClaimView {
  articleId: string
  claimId: string
  text: string
  articleTitle: string
  outlet: string | null
  publishedAt: string | null
  sourcing: Claim['sourcing']['type']
  attribution: string | null
  corroboration: Claim['corroboration']
  figures: NonNullable<Claim['figures']>
  status: LinkStatus
}

export interface AlsoReported {
  articleId: string
  claimId: string
  groupId: string | null
  related: RelatedClaimView[]
  disagreements: RelatedGroup['disagreements']
}

export function articleInput(file: ArticleFile): ArticleInput {
  const a = file.article
  return {
    id: a.id,
    title: a.title,
    text: a.text,
    outlet: a.outlet,
    publishedAt: a.publishedAt,
    language: a.language,
    claims: file.claims.map((c) => ({
      id: c.id,
      text: c.anchor.quote.exact,
      attribution: c.sourcing.attribution,
      active: c.state !== 'dismissed',
    })),
  }
}

function fingerprint(file: ArticleFile): string {
  let latest = ''
  for (const c of file.claims) if (c.updatedAt > latest) latest = c.updatedAt
  return `${file.article.contentHash}:${file.claims.length}:${latest}:${file.article.publishedAt}:${file.article.outlet}`
}

const splitKey = (key: string) => {
  const at = key.indexOf('/')
  return { articleId: key.slice(0, at), claimId: key.slice(at + 1) }
}

export class RelatedClaims {
  private readonly index = new RelatedIndex()
  private readonly fingerprints = new Map<string, string>()
  private cache: { version: number; decisions: string; groups: RelatedGroup[]; byClaim: Map<string, RelatedGroup> } | null = null

  constructor(private readonly workspace: Workspace) {}

  /** Brings the index in line with the workspace: only new, changed or removed articles are redone. */
  sync(): void {
    this.scanned = null
    const present = new Set<string>()
    for (const file of this.workspace.allArticles()) {
      present.add(file.article.id)
      const print = fingerprint(file)
      if (this.fingerprints.get(file.article.id) === print) continue
      this.index.upsert(profileArticle(articleInput(file)))
      this.fingerprints.set(file.article.id, print)
    }
    for (const id of [...this.fingerprints.keys()]) {
      if (present.has(id)) continue
      this.index.remove(id)
      this.fingerprints.delete(id)
    }
  }

  /** Re-links one article (after an import); cheaper than sync() when the caller knows what changed. */
  refreshArticle(articleId: string): void {
    const file = this.workspace.getArticle(articleId)
    this.index.upsert(profileArticle(articleInput(file)))
    this.fingerprints.set(articleId, fingerprint(file))
  }

  private decisions(): Map<string, LinkDecision> {
    const all: LinkDecision[] = []
    for (const file of this.workspace.allArticles()) {
      for (const claim of file.claims) {
        for (const d of claim.related ?? []) {
          all.push({ from: `${file.article.id}/${claim.id}`, to: `${d.articleId}/${d.claimId}`, status: d.status, at: d.at })
        }
      }
    }
    return resolveDecisions(all)
  }

  private holder(key: string): FigureHolder | null {
    const claim = this.index.claim(key)
    const article = this.index.article(splitKey(key).articleId)
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

  /**
   * Rescanning 100,000 claims for changes costs more than the 50 ms a lookup may take, so the
   * workspace is scanned once; after that the callers say what changed (refreshArticle after
   * an import or edit, decide for link decisions) or call sync() themselves.
   */
  private scanned: Map<string, LinkDecision> | null = null

  private state() {
    if (!this.scanned) {
      this.sync()
      this.scanned = this.decisions()
    }
    const decisions = this.scanned
    const stamp = JSON.stringify([...decisions.entries()].sort(([a], [b]) => (a < b ? -1 : 1)))
    if (!this.cache || this.cache.version !== this.index.version || this.cache.decisions !== stamp) {
      const groups = buildGroups(this.index, decisions, (key) => this.holder(key)).filter(
        (g) => new Set(g.claims.map((k) => splitKey(k).articleId)).size > 1,
      )
      const byClaim = new Map<string, RelatedGroup>()
      for (const g of groups) for (const key of g.claims) byClaim.set(key, g)
      this.cache = { version: this.index.version, decisions: stamp, groups, byClaim }
    }
    return { ...this.cache, decisionMap: decisions }
  }

  /** Every group of related claims across at least two articles, in a stable order. */
  groups(): RelatedGroup[] {
    return this.state().groups
  }

  /** "Also reported in": the claims linked to this one, with the reviewer's decisions and the figures side by side. */
  alsoReported(articleId: string, claimId: string): AlsoReported {
    this.workspace.getClaim(articleId, claimId)
    const { byClaim, decisionMap } = this.state()
    const key = `${articleId}/${claimId}`
    const group = byClaim.get(key) ?? null
    const others = new Set(group ? group.claims.filter((k) => k !== key) : [])
    for (const d of decisionMap.values()) {
      if (d.from === key) others.add(d.to)
      else if (d.to === key) others.add(d.from)
    }
    const related: RelatedClaimView[] = []
    for (const other of [...others].sort()) {
      const view = this.view(other, decisionMap.get(pairKey(key, other))?.status ?? 'suggested')
      if (view) related.push(view)
    }
    return { articleId, claimId, groupId: group?.id ?? null, related, disagreements: group?.disagreements ?? [] }
  }

  private view(key: string, status: LinkStatus): RelatedClaimView | null {
    const { articleId, claimId } = splitKey(key)
    let file: ArticleFile
    try {
      file = this.workspace.getArticle(articleId)
    } catch {
      return null
    }
    const claim = file.claims.find((c) => c.id === claimId)
    if (!claim) return null
    return {
      articleId,
      claimId,
      text: claim.anchor.quote.exact,
      articleTitle: file.article.title,
      outlet: file.article.outlet,
      publishedAt: file.article.publishedAt,
      sourcing: claim.sourcing.type,
      attribution: claim.sourcing.attribution,
      corroboration: claim.corroboration,
      figures: claim.figures ?? this.index.claim(key)?.figures ?? [],
      status,
    }
  }

  /**
   * Confirms or rejects the link from one claim to another ('suggested' withdraws the
   * decision). Stored on the first claim; the latest decision on a pair wins.
   */
  async decide(
    articleId: string,
    claimId: string,
    other: { articleId: string; claimId: string },
    status: LinkStatus,
    at: string = new Date().toISOString(),
  ): Promise<{ claim: Claim; alsoReported: AlsoReported }> {
    if (other.articleId === articleId) throw new ClaimdeskError('invalid-argument', 'A claim is linked only to claims in other articles.')
    this.workspace.getClaim(other.articleId, other.claimId)
    const claim = this.workspace.getClaim(articleId, claimId)
    const kept = (claim.related ?? []).filter((d) => !(d.articleId === other.articleId && d.claimId === other.claimId))
    const next = status === 'suggested' ? kept : [...kept, { articleId: other.articleId, claimId: other.claimId, status, at }]
    const updated = await this.workspace.updateClaim(articleId, claimId, 'related', next)
    this.refreshArticle(articleId)
    this.scanned = null
    return { claim: updated, alsoReported: this.alsoReported(articleId, claimId) }
  }
}
