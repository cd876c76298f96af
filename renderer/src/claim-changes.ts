// Applies what a mutation returned to the open article, so an edit costs one round trip:
// no re-fetch of the article, the list or the history. Claims stay in text order, as the
// store keeps them.
import type { ArticleFile, ArticleSummary, Claim } from '../../electron/core/schema'
import { reviewProgress } from '../../electron/core/review'

const byPosition = (a: Claim, b: Claim) => a.anchor.position.start - b.anchor.position.start || a.anchor.position.end - b.anchor.position.end

/** Replaces claims by id (adding new ones) and drops `removed`, keeping text order. */
export function applyClaimChanges(file: ArticleFile, upserts: readonly Claim[], removed: readonly string[] = []): ArticleFile {
  const gone = new Set([...removed, ...upserts.map((c) => c.id)])
  const kept = file.claims.filter((c) => !gone.has(c.id))
  const moved = upserts.some((u) => {
    const old = file.claims.find((c) => c.id === u.id)
    return !old || old.anchor.position.start !== u.anchor.position.start || old.anchor.position.end !== u.anchor.position.end
  })
  if (!moved && removed.length === 0) {
    // The common case (a field edit): same order, one object replaced.
    const next = new Map(upserts.map((c) => [c.id, c]))
    return { ...file, claims: file.claims.map((c) => next.get(c.id) ?? c) }
  }
  return { ...file, claims: [...kept, ...upserts].sort(byPosition) }
}

/** The article list entry after a change to its claims: the same counts the store computes. */
export function withCounts(summary: ArticleSummary, claims: readonly Claim[]): ArticleSummary {
  const progress = reviewProgress(claims)
  return { ...summary, claimCount: progress.total, reviewedCount: progress.reviewed }
}
