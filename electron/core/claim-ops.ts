// Pure operations on claims: make one from a selection, split, merge, diff, and the
// corroboration suggested by the evidence. The services add ids, time and storage.
import { makeAnchor } from './anchor'
import { CLAIM_FIELD_NAMES, CLAIM_FIELDS } from './claim-fields'
import { unreviewedClaim } from './claims'
import type { Claim, Evidence } from './schema'
import type { Corroboration } from './vocabulary'

export function sortClaims(claims: Claim[]): Claim[] {
  return claims
    .slice()
    .sort((a, b) => a.anchor.position.start - b.anchor.position.start || a.anchor.position.end - b.anchor.position.end)
}

/** Trims whitespace off a selection; null when nothing is left. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = Math.max(0, Math.min(start, end))
  let e = Math.min(text.length, Math.max(start, end))
  while (s < e && /\s/.test(text[s])) s++
  while (e > s && /\s/.test(text[e - 1])) e--
  return e > s ? { start: s, end: e } : null
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

export interface CorroborationSuggestion {
  value: Corroboration | null
  reason: string
}

/** What the evidence suggests. Only independent evidence counts; the reviewer decides. */
export function suggestCorroboration(evidence: readonly Evidence[]): CorroborationSuggestion {
  const independent = evidence.filter((e) => e.independent)
  const supports = independent.filter((e) => e.stance === 'supports').length
  const contradicts = independent.filter((e) => e.stance === 'contradicts').length
  if (supports && contradicts) {
    // Conflicting evidence is not "partly corroborated": it is for the reviewer to weigh.
    return { value: null, reason: `conflicting independent evidence: ${supports} support it, ${contradicts} contradict it` }
  }
  if (supports) return { value: 'corroborated', reason: `${supports} independent supporting item(s)` }
  if (contradicts) return { value: 'contradicted', reason: `${contradicts} independent contradicting item(s)` }
  if (evidence.length) return { value: null, reason: 'no independent evidence that supports or contradicts it yet' }
  return { value: null, reason: 'no evidence yet' }
}

/**
 * Moves one edge of a span by a word, for editing a claim's span from the keyboard.
 * `edge` is which end moves; `direction` +1 moves it right, -1 left. Returns null
 * when the move would leave an empty span or run off the text.
 */
export function nudgeSpan(
  text: string,
  span: { start: number; end: number },
  edge: 'start' | 'end',
  direction: 1 | -1,
): { start: number; end: number } | null {
  const isWord = (ch: string | undefined) => ch !== undefined && !/\s/.test(ch)
  let at = edge === 'start' ? span.start : span.end
  if (direction === 1) {
    while (at < text.length && !isWord(text[at])) at++
    while (at < text.length && isWord(text[at])) at++
  } else {
    while (at > 0 && !isWord(text[at - 1])) at--
    while (at > 0 && isWord(text[at - 1])) at--
  }
  if (edge === 'start') {
    // The start lands on the beginning of a word.
    while (at < text.length && /\s/.test(text[at])) at++
    const next = { start: at, end: span.end }
    return next.start < next.end && next.start !== span.start ? next : null
  }
  while (at > 0 && /\s/.test(text[at - 1])) at--
  const next = { start: span.start, end: at }
  return next.start < next.end && next.end !== span.end ? next : null
}

/**
 * Where to split a claim when the reviewer gives no cursor (keyboard): the clause
 * boundary (", ", "; ", a dash, " while ", " and ") nearest the middle, at the start
 * of the next word. Null when the claim has no such boundary.
 */
export function clauseSplitPoint(text: string, span: { start: number; end: number }): number | null {
  const quote = text.slice(span.start, span.end)
  const middle = quote.length / 2
  let best: number | null = null
  for (const match of quote.matchAll(/[,;:]\s+|\s+[—–-]\s+|\s+(?=(?:while|whereas|but|and)\s)/g)) {
    const at = match.index + match[0].length
    if (at <= 0 || at >= quote.length) continue
    if (best === null || Math.abs(at - middle) < Math.abs(best - middle)) best = at
  }
  return best === null ? null : span.start + best
}

/**
 * The first sentence after `after` that no claim or non-claim covers: what "c" makes a
 * claim of when nothing is selected, so claims can be added from the keyboard alone
 * (e.g. a question the extractor left out on purpose).
 */
export function nextUnclaimedSentence(
  text: string,
  occupied: readonly { start: number; end: number }[],
  after: number,
): { start: number; end: number } | null {
  const spans = occupied.filter((s) => s.end > after).sort((a, b) => a.start - b.start)
  let at = after
  const gaps: { start: number; end: number }[] = []
  for (const s of spans) {
    if (s.start > at) gaps.push({ start: at, end: s.start })
    at = Math.max(at, s.end)
  }
  if (at < text.length) gaps.push({ start: at, end: text.length })
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' })
  for (const gap of gaps) {
    const slice = text.slice(gap.start, Math.min(gap.end, gap.start + 4000))
    for (const { segment, index } of segmenter.segment(slice)) {
      if (!/\p{L}/u.test(segment)) continue
      const span = trimSpan(text, gap.start + index, gap.start + index + segment.length)
      if (span) return span
    }
  }
  return null
}
