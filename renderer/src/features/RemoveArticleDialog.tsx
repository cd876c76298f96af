// The confirmation before an article is removed: it names the article and says what
// happens to it (moved aside, not deleted, and how to get it back).
import { useEffect, useId, useRef } from 'react'
import type { ArticleSummary } from '../../../electron/core/schema'
import { FEATURE_STRINGS } from './strings'

interface Props {
  article: ArticleSummary
  onConfirm(): void
  onClose(): void
}

export function RemoveArticleDialog({ article, onConfirm, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const detailId = useId()
  const s = FEATURE_STRINGS.removal
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
        <h2 id={titleId}>{s.confirm(article.title)}</h2>
        <p id={detailId}>{s.detail(article.claimCount)}</p>
        <div className="dialog-actions">
          <button type="button" autoFocus onClick={onClose}>
            {s.cancel}
          </button>
          <button type="submit" className="primary danger-primary">
            {s.confirmButton}
          </button>
        </div>
      </form>
    </dialog>
  )
}
