// "Remove…" beside the open article's title in the list: asks first (RemoveArticleDialog).
import type { ArticleSummary } from '../../../electron/core/schema'
import { t } from '../i18n'

export function RemoveArticleButton({ article, onRemove }: { article: ArticleSummary | undefined; onRemove(article: ArticleSummary): void }) {
  if (!article) return null
  return (
    <button type="button" className="link small danger-link" aria-label={t('removal.buttonLabel', { title: article.title })} title={t('removal.buttonLabel', { title: article.title })} onClick={() => onRemove(article)}>
      {t('removal.button')}
    </button>
  )
}
