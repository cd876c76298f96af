// The engine's states, above the workbench: changes not saved (with Retry), articles
// changed on disk and reloaded (what was kept, what conflicted), and interrupted merges
// (Finish / Undo). Each is a live region, so a screen reader hears it when it appears.
import { formatDateTime } from '../format'
import type { EngineState } from './useEngineState'
import { t } from '../i18n'
import { shownSource, tm } from '../i18n/messages'

export function EngineBanners({ state }: { state: EngineState }) {
  return (
    <>
      {state.lock && <LockBanner state={state} />}
      {/* While another program holds the lock, the lock banner says what waits: one message, not three. */}
      {state.unsaved && !lockHeldElsewhere(state) && (
        <div className="banner banner-error engine-unsaved" role="alert">
          <p>
            <strong>{t('engine.unsavedMessage', { message: state.unsaved.text ? tm(state.unsaved.text) : state.unsaved.message })}</strong> {t('engine.unsavedKept')}
            {state.retryNote && <span className="banner-note"> {state.retryNote}</span>}
          </p>
          <button type="button" className="banner-action" disabled={state.retrying} onClick={() => void state.retry()}>
            {state.retrying ? t('engine.retrying') : t('engine.retry')}
          </button>
        </div>
      )}
      {state.external.map((change) => (
        <div key={change.articleId} className="banner banner-warning engine-external" role="status" aria-label={t('engine.externalTitle')}>
          <p>{change.text ? tm(change.text) : change.message}</p>
          <button type="button" className="link" aria-label={t('engine.dismiss')} onClick={() => state.dismissExternal(change.articleId)}>
            ✕
          </button>
        </div>
      ))}
      {state.merges.map((merge) => (
        <div key={merge.mergeId} className="banner banner-warning engine-merge" role="alert" aria-label={t('engine.mergeTitle')}>
          <p>
            {t('engine.merge', { source: shownSource(merge.source), applied: merge.applied, total: merge.total })} <span className="banner-note">
              (<time dateTime={merge.at}>{formatDateTime(merge.at)}</time>)
            </span>
          </p>
          <button type="button" className="banner-action" disabled={state.mergeBusy !== null} onClick={() => void state.finishMerge(merge.mergeId)}>
            {t('engine.finish')}
          </button>
          <button type="button" className="banner-action" disabled={state.mergeBusy !== null} onClick={() => void state.undoMerge(merge.mergeId)}>
            {t('engine.undoMerge')}
          </button>
        </div>
      ))}
    </>
  )
}

/**
 * The workspace lock was lost while open. Taken back: say so, nothing to do. Held by
 * another program: who, that nothing is written meanwhile, and Try again.
 */
function LockBanner({ state }: { state: EngineState }) {
  const lock = state.lock
  if (!lock) return null
  if (lock.retaken) {
    return (
      <div className="banner banner-info engine-lock" role="status" aria-label={t('engine.lockTitle')}>
        <p>
          <strong>{t('engine.lockRetaken')}:</strong> {lock.text ? tm(lock.text) : lock.message}
        </p>
        <button type="button" className="link" aria-label={t('engine.dismiss')} onClick={state.dismissLock}>
          ✕
        </button>
      </div>
    )
  }
  const waiting = state.unsaved?.count ?? lock.unsaved?.count ?? 0
  return (
    <div className="banner banner-error engine-lock" role="alert" aria-label={t('engine.lockTitle')}>
      <p>
        <strong>{t('engine.lockHeld', { holder: lock.holderText ? tm(lock.holderText) : ((lock.holder && holderInWords(lock.holder)) ?? t('engine.anotherProgram')) })}</strong> {waiting === 0 ? t('engine.lockWaitingNone') : t('engine.lockWaiting', { count: waiting })} {t('engine.lockLostAction')}
        {state.lockNote && <span className="banner-note"> {state.lockNote}</span>}
      </p>
      <button type="button" className="banner-action" disabled={state.retaking} onClick={() => void state.retakeLock()}>
        {state.retaking ? t('engine.tryingAgain') : t('engine.tryAgain')}
      </button>
    </div>
  )
}

/** The lock is held by another program now (not taken back). */
export function lockHeldElsewhere(state: Pick<EngineState, 'lock'>): boolean {
  return state.lock !== null && !state.lock.retaken
}

/** "claimdesk merge (process 42, since 2026-11-26 06:04:46 UTC)" with the time in the reader's locale. */
export function holderInWords(holder: string): string {
  return holder.replace(/since (\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(?:\.\d+)?(?: ?UTC|Z)/, (_all, day: string, time: string) => `since ${formatDateTime(`${day}T${time}Z`)}`)
}
