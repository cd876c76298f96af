// Pure operations on claims: make one from a selection, split, merge, diff. The
// services add ids, time and storage.
import { makeAnchor } from './anchor'
import { CLAIM_FIELD_NAMES, CLAIM_FIELDS } from './claim-fields'
import { unreviewedClaim } from './claims'
import type { Claim } from './schema'
import { trimSpan } from './spans'


export function sortClaims(claims: Claim[]): Claim[] {
  return claims
    .slice()
    .sort((a, b) => a.anchor.position.start - b.anchor.position.start || a.anchor.position.end - b.anchor.position.end)
}

export function manualClaim(text: string, start: number, end: number, id: string, at: string, like?: Claim): Claim {
  return unreviewedClaim(
    {
      id,
      anchor: makeAnchor(text, start, end),
      origin: 'manual',
      checkworthiness: like?.checkworthiness ?? 0.5,
      signals: like ? like.signals : ['selected by reviewer'],
      sourcing: like
        ? { ...like.sourcing, confirmed: false }
        : { type: 'unattributed', suggested: 'unattributed', confirmed: false, attribution: null, cue: null },
      hedge: like ? like.hedge : { hedged: false, cue: null },
    },
    at,
  )
}

export function withSpan(text: string, claim: Claim, start: number, end: number, at: string): Claim {
  return { ...claim, anchor: makeAnchor(text, start, end), state: claim.state === 'orphaned' ? 'active' : claim.state, updatedAt: at }
}

/** Splits at a text offset strictly inside the claim. Both halves keep the review; the second gets a new id. */
export function splitClaim(text: string, claim: Claim, at: number, secondId: string, time: string): [Claim, Claim] | null {
  const { start, end } = claim.anchor.position
  const left = trimSpan(text, start, at)
  const right = trimSpan(text, at, end)
  if (at <= start || at >= end || !left || !right) return null
  const first = withSpan(text, claim, left.start, left.end, time)
  const second: Claim = {
    ...withSpan(text, claim, right.start, right.end, time),
    id: secondId,
    origin: 'manual',
    evidence: claim.evidence.map((e) => ({ ...e })),
    history: [],
    createdAt: time,
  }
  return [first, second]
}

/** Merges two claims into one spanning both; the first keeps its id, notes, tags and evidence are combined. */
export function mergeClaims(text: string, a: Claim, b: Claim, time: string): Claim {
  const [first, second] = a.anchor.position.start <= b.anchor.position.start ? [a, b] : [b, a]
  const start = Math.min(first.anchor.position.start, second.anchor.position.start)
  const end = Math.max(first.anchor.position.end, second.anchor.position.end)
  const seen = new Set(first.evidence.map((e) => e.id))
  return {
    ...withSpan(text, first, start, end, time),
    note: [first.note, second.note].filter(Boolean).join('\n\n'),
    tags: [...new Set([...first.tags, ...second.tags])],
    evidence: [...first.evidence, ...second.evidence.filter((e) => !seen.has(e.id))],
    hedge: first.hedge.hedged ? first.hedge : second.hedge,
  }
}

export interface FieldChange {
  field: string
  from: unknown
  to: unknown
}

const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y)

/** What differs between two versions of a claim, in the history's field names. */
export function diffClaim(before: Claim, after: Claim): FieldChange[] {
  const changes: FieldChange[] = []
  for (const name of CLAIM_FIELD_NAMES) {
    const from = CLAIM_FIELDS[name].get(before)
    const to = CLAIM_FIELDS[name].get(after)
    if (!same(from, to)) changes.push({ field: name, from, to })
  }
  if (!same(before.anchor.position, after.anchor.position)) {
    changes.push({ field: 'span', from: before.anchor.quote.exact, to: after.anchor.quote.exact })
  }
  if (before.state !== after.state && !changes.some((c) => c.field === 'state')) {
    changes.push({ field: 'state', from: before.state, to: after.state })
  }
  const beforeEvidence = new Map(before.evidence.map((e) => [e.id, e]))
  const afterEvidence = new Map(after.evidence.map((e) => [e.id, e]))
  for (const [id, e] of beforeEvidence) {
    if (!afterEvidence.has(id)) changes.push({ field: 'evidence', from: e, to: null })
    else if (!same(e, afterEvidence.get(id))) changes.push({ field: 'evidence', from: e, to: afterEvidence.get(id) })
  }
  for (const [id, e] of afterEvidence) if (!beforeEvidence.has(id)) changes.push({ field: 'evidence', from: null, to: e })
  return changes
}
