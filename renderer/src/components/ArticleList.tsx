import { useId, useMemo, useState } from 'react'
import type { ArticleSummary } from '../../../electron/core/schema'
import { formatDate } from '../format'
import { RemoveArticleButton } from '../features/RemoveArticleButton'
import { t } from '../i18n'

type SortKey = 'imported' | 'title' | 'progress' | 'date'

interface Props {
  articles: ArticleSummary[]
  selectedId: string | null
  onSelect(id: string): void
  onEditDetails(): void
  /** Asks to remove an article (features/RemoveArticleDialog confirms it). */
  onRemove?(article: ArticleSummary): void
}

const SORTERS: Record<SortKey, (a: ArticleSummary, b: ArticleSummary) => number> = {
  imported: (a, b) => b.importedAt.localeCompare(a.importedAt),
  title: (a, b) => a.title.localeCompare(b.title),
  progress: (a, b) => a.reviewedCount / Math.max(1, a.claimCount) - b.reviewedCount / Math.max(1, b.claimCount),
  date: (a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''),
}

export function ArticleList({ articles, selectedId, onSelect, onEditDetails, onRemove }: Props) {
  const [sort, setSort] = useState<SortKey>('imported')
  const [query, setQuery] = useState('')
  const ids = { sort: useId(), filter: useId() }
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase()
    return articles
      .filter((a) => !q || a.title.toLowerCase().includes(q) || (a.outlet ?? '').toLowerCase().includes(q))
      .sort(SORTERS[sort])
  }, [articles, query, sort])
  return (
    <nav className="article-list" aria-label={t('articles.title')}>
      <div className="pane-title-row">
        <h2 className="pane-title">{t('articles.title')} <span className="count">{articles.length}</span></h2>
        {/* One group: beside the title when the pane has room (1440 px and up), else together under it, never split. */}
        {selectedId && (
          <span className="article-actions">
            <button type="button" className="link small" onClick={onEditDetails}>
              {t('articles.editDetails')}
            </button>
            {onRemove && <RemoveArticleButton article={articles.find((a) => a.id === selectedId)} onRemove={onRemove} />}
          </span>
        )}
      </div>
      {articles.length > 3 && (
        <div className="list-tools">
          <label htmlFor={ids.filter} className="visually-hidden">
            {t('articles.filter')}
          </label>
          <input id={ids.filter} placeholder={t('articles.filter')} value={query} onChange={(e) => setQuery(e.target.value)} />
          <label htmlFor={ids.sort} className="visually-hidden">
            {t('articles.sort')}
          </label>
          <select id={ids.sort} value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
            {(['imported', 'title', 'date', 'progress'] as const).map((key) => (
              <option key={key} value={key}>
                {t(`articles.sortBy.${key}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      {articles.length === 0 ? (
        <p className="empty">{t('articles.none')}</p>
      ) : (
        <ul>
          {shown.map((a) => (
            <li key={a.id}>
              <button
                type="button"
                className={a.id === selectedId ? 'article-item selected' : 'article-item'}
                aria-current={a.id === selectedId ? 'true' : undefined}
                onClick={() => onSelect(a.id)}
              >
                <span className="article-title">{a.title}</span>
                <span className="article-meta">
                  {[a.outlet ?? t('articles.unknownOutlet'), formatDate(a.publishedAt)].filter(Boolean).join(' · ')} · {t('articles.reviewed', { reviewed: a.reviewedCount, total: a.claimCount })}
                </span>
                <span className="mini-progress" aria-hidden="true">
                  <span style={{ width: `${a.claimCount ? (a.reviewedCount / a.claimCount) * 100 : 0}%` }} />
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </nav>
  )
}
