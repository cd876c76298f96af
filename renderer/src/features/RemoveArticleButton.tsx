// "Remove…" beside the open article's title in the list: asks first (RemoveArticleDialog).
import type { ArticleSummary } from '../../../electron/core/schema'
import { FEATURE_STRINGS } from './strings'

export function RemoveArticleButton({ article, onRemove }: { article: ArticleSummary | undefined; onRemove(article: ArticleSummary): void }) {
  if (!article) return null
  const s = FEATURE_STRINGS.removal
  return (
    <button type="button" className="link small danger-link" aria-label={s.buttonLabel(article.title)} title={s.buttonLabel(article.title)} onClick={() => onRemove(article)}>
      {s.button}
    </button>
  )
}
