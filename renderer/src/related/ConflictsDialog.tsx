// The workspace's conflicts view (issue 12): every group of related claims whose figures
// for one counted thing cannot all be true, each report listed with its figure, outlet
// and date; choosing a report opens its claim. Reached from the header (button or menu)
// and by Ctrl+Shift+C.
import { useEffect, useRef } from 'react'
import type { ConflictView } from '../../../electron/core/related-views'
import { formatDate } from '../format'
import { countedLabel, formatFigure, inDateOrder, publicationDay } from './figure-format'
import type { ConflictsState } from './useConflicts'
import './related.css'
import { t } from '../i18n'
import { CONFLICT_GLYPH } from './glyphs'

interface Props {
  conflicts: ConflictsState
  onOpen(articleId: string, claimId: string): void
  onClose(): void
}

function ConflictItem({ conflict, onOpen }: { conflict: ConflictView; onOpen: Props['onOpen'] }) {
  const { ordered, datesSayLater } = inDateOrder(conflict.values.map((v) => ({ item: v, day: publicationDay(v.publishedAt) })))
  const headingId = `conflict-${conflict.groupId}-${conflict.quantity}`.replace(/[^A-Za-z0-9_-]/g, '-')
  return (
    <li className="conflict-item" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span aria-hidden="true">{CONFLICT_GLYPH}</span> {t('related.conflict')} {t('related.for')} {countedLabel(conflict.quantity)}
      </h3>
      {datesSayLater && <p className="hint">{t('related.differentDays')}</p>}
      <ul className="conflict-values">
        {ordered.map(({ item: v }) => (
          <li key={`${v.articleId}/${v.claimId}`}>
            <span className="conflict-figure">{formatFigure(v)}</span>
            <button type="button" className="link conflict-open" onClick={() => onOpen(v.articleId, v.claimId)}>
              <span className="conflict-article">{v.articleTitle}</span>
              <span className="conflict-meta">
                {v.outlet ?? t('related.unknownOutlet')} · {formatDate(v.publishedAt) ?? t('related.undated')}
              </span>
              <span className="conflict-claim">“{v.claimText}”</span>
            </button>
          </li>
        ))}
      </ul>
    </li>
  )
}

export function ConflictsDialog({ conflicts, onOpen, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    void ref.current?.showModal()
  }, [])
  const list = conflicts.list
  return (
    <dialog ref={ref} className="conflicts-dialog" aria-labelledby="conflicts-title" onClose={onClose}>
      <h2 id="conflicts-title">{t('related.view.title')}</h2>
      {conflicts.error && (
        <p className="error" role="alert">
          {conflicts.error}
        </p>
      )}
      <p className="conflicts-count" role="status">
        {!list ? t('related.view.loading') : list.conflicts.length === 0 ? t('related.view.none') : t('related.view.count', { claims: t('related.view.claimsHave', { count: list.claimsWithConflicts.length }), conflicts: t('related.view.conflicts', { count: list.conflicts.length }) })}
      </p>
      {list && list.conflicts.length > 0 && (
        <>
          <p className="hint">{t('related.view.openHint')}</p>
          <ul className="conflict-list" aria-label={t('related.view.list')}>
            {list.conflicts.map((c) => (
              <ConflictItem key={`${c.groupId}-${c.quantity}`} conflict={c} onOpen={onOpen} />
            ))}
          </ul>
        </>
      )}
      <form method="dialog" className="dialog-actions">
        <button type="submit" autoFocus>
          {t('related.view.close')}
        </button>
      </form>
    </dialog>
  )
}
