// After a removal: what was removed, with Undo right there (Ctrl+Z does the same).
import type { RemovedArticle } from '../../../electron/core/api'
import { t } from '../i18n'

export function RemovalBanner({ removal, onUndo, onDismiss }: { removal: RemovedArticle; onUndo(): void; onDismiss(): void }) {
  return (
    <div className="banner banner-info" role="status">
      <p>{t('removal.removed', { title: removal.title })}</p>
      <button type="button" className="banner-action" aria-label={t('removal.undoRemoval', { title: removal.title })} onClick={onUndo}>
        {t('removal.undo')}
      </button>
      <button type="button" className="link" onClick={onDismiss} aria-label={t('flash.dismiss')}>
        ✕
      </button>
    </div>
  )
}
