// The summary's count of claims with conflicting reports: glyph and words, not colour alone.
import { t } from '../i18n'
import { CONFLICT_GLYPH } from './glyphs'

export function ConflictCount({ count }: { count: number | null }) {
  if (count === null) return <span className="summary-counting"> · {t('related.summary.counting')}</span>
  return (
    <span className={count > 0 ? 'summary-conflicts' : undefined}>
      {' · '}
      {count > 0 && <span aria-hidden="true">{CONFLICT_GLYPH} </span>}
      <strong>{count}</strong> {t('related.summary.withConflicts')}
    </span>
  )
}
