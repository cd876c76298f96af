// "Removed articles (n)" under the workspace: every article moved aside, newest first,
// each with Restore. Read from main when opened and after each removal or restore.
import { useEffect, useState } from 'react'
import type { RemovedArticle } from '../../../electron/core/api'
import { formatDateTime } from '../format'
import { FEATURE_STRINGS } from './strings'

interface Props {
  /** Changes after every removal or restore. */
  version: number
  onRestore(removalId: string): void
}

export function RemovedArticles({ version, onRestore }: Props) {
  const [removed, setRemoved] = useState<RemovedArticle[]>([])
  useEffect(() => {
    let live = true
    window.api.articles.listRemoved().then(
      (list) => live && setRemoved(list),
      () => live && setRemoved([]),
    )
    return () => {
      live = false
    }
  }, [version])
  if (removed.length === 0) return null
  const s = FEATURE_STRINGS.removal
  return (
    <details className="removed-articles">
      <summary>{s.listTitle(removed.length)}</summary>
      <ul>
        {removed.map((r) => (
          <li key={r.removalId}>
            <span className="removed-title">{r.title}</span>
            <span className="removed-meta">{s.removedOn(formatDateTime(r.removedAt))}</span>
            <button type="button" className="small-button" aria-label={s.restoreLabel(r.title)} onClick={() => onRestore(r.removalId)}>
              {s.restore}
            </button>
          </li>
        ))}
      </ul>
    </details>
  )
}
