// The summary's count of claims with conflicting reports: glyph and words, not colour alone.
import { RELATED_STRINGS as S } from './strings'

export function ConflictCount({ count }: { count: number | null }) {
  if (count === null) return <span className="summary-counting"> · {S.summary.counting}</span>
  return (
    <span className={count > 0 ? 'summary-conflicts' : undefined}>
      {' · '}
      {count > 0 && <span aria-hidden="true">{S.conflictGlyph} </span>}
      <strong>{count}</strong> {S.summary.withConflicts}
    </span>
  )
}
