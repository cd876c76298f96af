// Cuts the article text into runs for display: plain text, claim highlights and
// non-claim parts (captions, bylines ...). Text is rendered as text, never as HTML.
import type { Claim, NonClaim } from '../../electron/core/schema'

export type Run =
  | { kind: 'text'; start: number; end: number }
  | { kind: 'claim'; start: number; end: number; claimId: string }
  | { kind: 'non-claim'; start: number; end: number; label: NonClaim['kind'] }

/** Overlaps are resolved in favour of the span that starts first; nothing is lost from the text. */
export function segmentText(length: number, claims: readonly Claim[], nonClaims: readonly NonClaim[]): Run[] {
  const marks: Run[] = [
    ...claims
      .filter((c) => c.state !== 'orphaned')
      .map((c) => ({ kind: 'claim' as const, start: c.anchor.position.start, end: c.anchor.position.end, claimId: c.id })),
    ...nonClaims.map((n) => ({ kind: 'non-claim' as const, start: n.start, end: n.end, label: n.kind })),
  ]
    .filter((m) => m.end > m.start && m.start < length)
    .sort((a, b) => a.start - b.start || b.end - a.end)

  const runs: Run[] = []
  let at = 0
  for (const mark of marks) {
    if (mark.start < at) continue
    if (mark.start > at) runs.push({ kind: 'text', start: at, end: mark.start })
    const end = Math.min(mark.end, length)
    runs.push({ ...mark, end })
    at = end
  }
  if (at < length) runs.push({ kind: 'text', start: at, end: length })
  return runs
}
