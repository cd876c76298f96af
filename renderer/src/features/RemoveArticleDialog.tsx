// The confirmation before an article is removed: it names the article and says what
// happens to it (moved aside, not deleted, and how to get it back).
import { useEffect, useId, useRef } from 'react'
import type { ArticleSummary } from '../../../electron/core/schema'
import { t } from '../i18n'

interface Props {
  article: ArticleSummary
  onConfirm(): void
  onClose(): void
}

export function RemoveArticleDialog({ article, onConfirm, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const detailId = useId()
  useEffect(() => {
    ref.current?.showModal()
  }, [])
  return (
    <dialog ref={ref} className="paste-dialog confirm-dialog" role="alertdialog" aria-labelledby={titleId} aria-describedby={detailId} onClose={onClose} onKeyDown={(e) => e.stopPropagation()}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault()
          onConfirm()
        }}
      >
        <h2 id={titleId}>{t('removal.confirm', { title: article.title })}</h2>
        <p id={detailId}>{t('removal.detail', { count: article.claimCount })}</p>
        <div className="dialog-actions">
          <button type="button" autoFocus onClick={onClose}>
            {t('removal.cancel')}
          </button>
          <button type="submit" className="primary danger-primary">
            {t('removal.confirmButton')}
          </button>
        </div>
      </form>
    </dialog>
  )
}
