// After a removal: what was removed, with Undo right there (Ctrl+Z does the same).
import type { RemovedArticle } from '../../../electron/core/api'
import { FEATURE_STRINGS } from './strings'

export function RemovalBanner({ removal, onUndo, onDismiss }: { removal: RemovedArticle; onUndo(): void; onDismiss(): void }) {
  const s = FEATURE_STRINGS.removal
  return (
    <div className="banner banner-info" role="status">
      <p>{s.removed(removal.title)}</p>
      <button type="button" className="banner-action" aria-label={s.undoRemoval(removal.title)} onClick={onUndo}>
        {s.undo}
      </button>
      <button type="button" className="link" onClick={onDismiss} aria-label="Dismiss message">
        ✕
      </button>
    </div>
  )
}
