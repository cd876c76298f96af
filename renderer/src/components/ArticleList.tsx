import type { ArticleSummary } from '../../../electron/core/schema'

interface Props {
  articles: ArticleSummary[]
  selectedId: string | null
  onSelect(id: string): void
}

export function ArticleList({ articles, selectedId, onSelect }: Props) {
  return (
    <nav className="article-list" aria-label="Articles">
      <h2 className="pane-title">Articles</h2>
      {articles.length === 0 ? (
        <p className="empty">No articles yet. Import a file or paste text.</p>
      ) : (
        <ul>
          {articles.map((a) => (
            <li key={a.id}>
              <button
                type="button"
                className={a.id === selectedId ? 'article-item selected' : 'article-item'}
                aria-current={a.id === selectedId ? 'true' : undefined}
                onClick={() => onSelect(a.id)}
              >
                <span className="article-title">{a.title}</span>
                <span className="article-meta">
                  {a.outlet ?? 'Unknown outlet'} · {a.reviewedCount}/{a.claimCount} reviewed
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </nav>
  )
}
