// What one undoable action did to each claim it touched, kept small: a new claim or a
// removed one is stored whole (undo or redo must recreate it), a changed claim only as
// the fields that changed, old and new value. A corroboration click is then a line of
// ~150 bytes instead of two copies of the claim with its whole history.
// The claim's history and updatedAt are not journalled: undo and redo append to the
// current history (the history records the undo) and stamp their own time.
import { z } from 'zod'
import { ClaimSchema, Id, type Claim } from '../core/schema'

type ClaimKey = keyof Claim

/** Fields a change may carry: everything but the id and what undo/redo write themselves. */
export const JOURNALLED_FIELDS = [
  'anchor',
  'origin',
  'state',
  'checkworthiness',
  'signals',
  'sourcing',
  'hedge',
  'reliability',
  'credibility',
  'corroboration',
  'evidence',
  'note',
  'headline',
  'tags',
  'figures',
  'related',
  'createdAt',
] as const satisfies readonly ClaimKey[]
type JournalledField = (typeof JOURNALLED_FIELDS)[number]

// Optional claim fields (figures, related) go from absent to set: JSON drops an undefined side.
const FieldChangeSchema = z.object({ from: z.unknown().optional(), to: z.unknown().optional() })

export const ClaimChangeSchema = z.union([
  z.object({ id: Id, created: ClaimSchema }),
  z.object({ id: Id, removed: ClaimSchema }),
  z.object({ id: Id, fields: z.partialRecord(z.enum(JOURNALLED_FIELDS), FieldChangeSchema) }),
])
export type ClaimChange = z.infer<typeof ClaimChangeSchema>

const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y)

/** The change from `before` to `after` (either may be missing), or null when nothing journalled changed. */
export function claimChange(id: string, before: Claim | undefined, after: Claim | undefined): ClaimChange | null {
  if (!before && !after) return null
  if (!before) return { id, created: after! }
  if (!after) return { id, removed: before }
  const fields: Partial<Record<JournalledField, { from: unknown; to: unknown }>> = {}
  let any = false
  for (const key of JOURNALLED_FIELDS) {
    if (!same(before[key], after[key])) {
      fields[key] = { from: before[key], to: after[key] }
      any = true
    }
  }
  return any ? { id, fields } : null
}

/** Changes for the claims with these ids, between two id → claim maps. */
export function claimChanges(before: ReadonlyMap<string, Claim>, after: ReadonlyMap<string, Claim>, ids: Iterable<string>): ClaimChange[] {
  const changes: ClaimChange[] = []
  const seen = new Set<string>()
  for (const id of ids) {
    if (seen.has(id)) continue
    seen.add(id)
    const change = claimChange(id, before.get(id), after.get(id))
    if (change) changes.push(change)
  }
  return changes
}

/**
 * The claim as it should be after undoing (`before`) or redoing (`after`) a change,
 * given the claim as it is now: null means it should not exist, undefined that there
 * is nothing to do (a changed claim that is gone can not be patched).
 */
export function applyClaimChange(change: ClaimChange, current: Claim | undefined, side: 'before' | 'after'): Claim | null | undefined {
  if ('created' in change) return side === 'after' ? (current ?? change.created) : null
  if ('removed' in change) return side === 'before' ? (current ?? change.removed) : null
  if (!current) return undefined
  const patched: Record<string, unknown> = { ...current }
  for (const [key, value] of Object.entries(change.fields)) {
    if (value) patched[key] = side === 'before' ? value.from : value.to
  }
  return patched as Claim
}
