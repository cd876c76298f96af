// The workspace's conflicting reports (issue 12): every group of related claims whose
// figures for one counted thing cannot all be true, with the reports that state them,
// and which claims have a report that contradicts their own figure (the summary's count).
// Updates (one source revising its figure) are not conflicts and are left out here; the
// inspector shows them as updates.
import { compatible } from '../core/corroboration/conflicts'
import type { ConflictList, ConflictValueView, ConflictView } from '../core/related-views'
import type { Workspace } from './workspace'

export async function listConflicts(workspace: Workspace): Promise<ConflictList> {
  const groups = await workspace.related().groups() // waits until the whole workspace is linked
  const conflicts: ConflictView[] = []
  const flagged = new Set<string>()
  for (const group of groups) {
    for (const disagreement of group.disagreements) {
      if (disagreement.kind !== 'conflict') continue
      const values: ConflictValueView[] = []
      for (const v of disagreement.values) {
        // Read without blocking: a large workspace has most article files still on disk.
        const file = await workspace.loadArticle(v.articleId).catch(() => null)
        const claim = file?.claims.find((c) => c.id === v.claimId)
        if (!file || !claim) continue // removed since linking answered
        const a = file.article
        values.push({ ...v, articleTitle: a.title, outlet: a.outlet, publishedAt: a.publishedAt, claimText: claim.anchor.quote.exact })
      }
      if (values.length < 2) continue
      conflicts.push({ groupId: group.id, quantity: disagreement.quantity, values })
      // A claim has a conflicting report when a figure from another article cannot be true alongside its own.
      for (const x of values) {
        if (values.some((y) => y.articleId !== x.articleId && !compatible(x, y))) flagged.add(`${x.articleId}/${x.claimId}`)
      }
    }
  }
  return { conflicts, claimsWithConflicts: [...flagged].sort() }
}
