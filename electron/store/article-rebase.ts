// Puts a pending edit on top of an article file that changed on disk while it was open
// (git pull, a sync tool, another machine on a shared folder, a hand edit).
// A three-way merge against the version both started from:
//  - what only one side changed is taken from that side, claim by claim and field by field
//    (evidence item by item), so a pending edit that does not conflict is simply kept;
//  - where both changed the same field, the reviewer's pending edit is kept and the version
//    on disk goes into the claim's history (field, from = theirs, to = ours), so both
//    versions stay readable and nothing is lost; each such field is reported.
// A claim one side deleted and the other changed is kept: losing work is worse than a
// claim to delete again.
import { sortClaims } from '../core/claim-ops'
import { canonical } from '../core/merge'
import type { ArticleFile, Claim, Evidence } from '../core/schema'

export interface RebaseConflict {
  claimId: string | null
  field: string
}

export interface Rebased {
  file: ArticleFile
  conflicts: RebaseConflict[]
}

const same = (a: unknown, b: unknown) => canonical(a) === canonical(b)

type ClaimKey = Exclude<keyof Claim, 'id' | 'history' | 'updatedAt'>
/** A claim deleted on one side and changed on the other (a conflict's `field`). */
export const DELETED_ON_DISK = 'deleted on disk, kept with your change'
export const DELETED_HERE = 'deleted here, changed on disk: kept'

export const CLAIM_KEYS: ClaimKey[] = [
  'anchor', 'origin', 'state', 'checkworthiness', 'signals', 'sourcing', 'hedge', 'reliability',
  'credibility', 'corroboration', 'evidence', 'note', 'tags', 'createdAt',
]

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]))
}

/** Three-way merge of lists of things with ids; both-changed items keep ours. */
function mergeById<T extends { id: string }>(base: readonly T[], ours: readonly T[], theirs: readonly T[], onConflict: (id: string) => void): T[] {
  const b = byId(base)
  const o = byId(ours)
  const t = byId(theirs)
  const ids = [...new Set([...ours.map((x) => x.id), ...theirs.map((x) => x.id)])]
  const out: T[] = []
  for (const id of ids) {
    const pick = pick3(b.get(id), o.get(id), t.get(id), () => onConflict(id))
    if (pick) out.push(pick)
  }
  return out
}

/** One value, three versions: take the side that changed; undefined = absent. */
function pick3<T>(base: T | undefined, ours: T | undefined, theirs: T | undefined, conflict: () => void): T | undefined {
  if (same(ours, theirs)) return ours
  if (same(ours, base)) return theirs // only they changed it (or deleted it)
  if (same(theirs, base)) return ours
  conflict()
  return ours ?? theirs // both changed: ours, or theirs when we deleted what they changed
}

function mergeClaim(base: Claim | undefined, ours: Claim, theirs: Claim, at: string, by: string, conflicts: RebaseConflict[]): Claim {
  let merged: Claim = { ...ours }
  const notes: Claim['history'] = []
  for (const key of CLAIM_KEYS) {
    if (key === 'evidence') {
      const evidence = mergeById<Evidence>(base?.evidence ?? [], ours.evidence, theirs.evidence, (id) => {
        conflicts.push({ claimId: ours.id, field: `evidence ${id}` })
        notes.push({ field: 'evidence', from: theirs.evidence.find((e) => e.id === id) ?? null, to: ours.evidence.find((e) => e.id === id) ?? null, at, by })
      })
      merged = { ...merged, evidence }
      continue
    }
    let clash = false
    const value = pick3(base?.[key], ours[key], theirs[key], () => (clash = true))
    merged = { ...merged, [key]: value }
    if (clash) {
      conflicts.push({ claimId: ours.id, field: key })
      notes.push({ field: key, from: theirs[key], to: ours[key], at, by })
    }
  }
  const seen = new Set(theirs.history.map(canonical))
  const history = [...theirs.history, ...ours.history.filter((h) => !seen.has(canonical(h))), ...notes]
  const updatedAt = ours.updatedAt > theirs.updatedAt ? ours.updatedAt : theirs.updatedAt
  return { ...merged, history, updatedAt: notes.length ? at : updatedAt }
}

/**
 * `base`: the file as this process last read or wrote it; `ours`: base plus the pending
 * edit; `theirs`: the file now on disk. `by` names the other side in history entries.
 */
export function rebaseArticle(base: ArticleFile, ours: ArticleFile, theirs: ArticleFile, at: string, by: string): Rebased {
  const conflicts: RebaseConflict[] = []
  const baseClaims = byId(base.claims)
  const oursClaims = byId(ours.claims)
  const theirsClaims = byId(theirs.claims)
  const ids = [...new Set([...ours.claims.map((c) => c.id), ...theirs.claims.map((c) => c.id)])]
  const claims: Claim[] = []
  for (const id of ids) {
    const b = baseClaims.get(id)
    const o = oursClaims.get(id)
    const t = theirsClaims.get(id)
    if (o && t) claims.push(same(o, b) ? t : same(t, b) ? o : mergeClaim(b, o, t, at, by, conflicts))
    else if (o) {
      if (b && !same(o, b)) conflicts.push({ claimId: id, field: DELETED_ON_DISK })
      if (!b || !same(o, b)) claims.push(o) // ours is new, or we changed what they deleted
    } else if (t) {
      if (b && !same(t, b)) conflicts.push({ claimId: id, field: DELETED_HERE })
      if (!b || !same(t, b)) claims.push(t) // theirs is new, or they changed what we deleted
    }
  }
  let article = ours.article
  if (same(ours.article, base.article)) article = theirs.article
  else if (!same(theirs.article, base.article) && !same(theirs.article, ours.article)) {
    conflicts.push({ claimId: null, field: 'article' })
  }
  return { file: { ...ours, article, claims: sortClaims(claims) }, conflicts }
}
