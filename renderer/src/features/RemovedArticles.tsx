// "Removed articles (n)" under the workspace: every article moved aside, newest first,
// each with Restore. Read from main when opened, after each removal or restore, and when
// the workspace's set of articles changed otherwise (a merge undone moves articles aside).
import { useEffect, useMemo, useState } from 'react'
import type { RemovedArticle } from '../../../electron/core/api'
import type { ArticleSummary } from '../../../electron/core/schema'
import { formatDateTime } from '../format'
import { t } from '../i18n'

interface Props {
  /** Changes after every removal or restore. */
  version: number
  /** The workspace's articles: when the set of ids changes, the list is read again. */
  articles: ArticleSummary[]
  onRestore(removalId: string): void
}

export function RemovedArticles({ version, articles, onRestore }: Props) {
  const [removed, setRemoved] = useState<RemovedArticle[]>([])
  // Not on every edit (a summary's counts change then): only when articles come or go.
  const articleIds = useMemo(() => articles.map((a) => a.id).join('\n'), [articles])
  useEffect(() => {
    let live = true
    window.api.articles.listRemoved().then(
      (list) => live && setRemoved(list),
      () => live && setRemoved([]),
    )
    return () => {
      live = false
    }
  }, [version, articleIds])
  if (removed.length === 0) return null
  return (
    <details className="removed-articles">
      <summary>{t('removal.listTitle', { count: removed.length })}</summary>
      <ul>
        {removed.map((r) => (
          <li key={r.removalId}>
            <span className="removed-title">{r.title}</span>
            <span className="removed-meta">{t('removal.removedOn', { when: formatDateTime(r.removedAt) })}</span>
            <button type="button" className="small-button" aria-label={t('removal.restoreLabel', { title: r.title })} onClick={() => onRestore(r.removalId)}>
              {t('removal.restore')}
            </button>
          </li>
        ))}
      </ul>
    </details>
  )
}
