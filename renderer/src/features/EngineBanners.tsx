// The engine's states, above the workbench: changes not saved (with Retry), articles
// changed on disk and reloaded (what was kept, what conflicted), and interrupted merges
// (Finish / Undo). Each is a live region, so a screen reader hears it when it appears.
import { formatDateTime } from '../format'
import type { EngineState } from './useEngineState'
import { FEATURE_STRINGS } from './strings'

export function EngineBanners({ state }: { state: EngineState }) {
  const s = FEATURE_STRINGS.engine
  return (
    <>
      {state.lock && <LockBanner state={state} />}
      {/* While another program holds the lock, the lock banner says what waits: one message, not three. */}
      {state.unsaved && !lockHeldElsewhere(state) && (
        <div className="banner banner-error engine-unsaved" role="alert">
          <p>
            <strong>{state.unsaved.message}.</strong> The change is kept in memory and is written as soon as the file or the disk allows.
            {state.retryNote && <span className="banner-note"> {state.retryNote}</span>}
          </p>
          <button type="button" className="banner-action" disabled={state.retrying} onClick={() => void state.retry()}>
            {state.retrying ? s.retrying : s.retry}
          </button>
        </div>
      )}
      {state.external.map((change) => (
        <div key={change.articleId} className="banner banner-warning engine-external" role="status" aria-label={s.externalTitle}>
          <p>{change.message}</p>
          <button type="button" className="link" aria-label={s.dismiss} onClick={() => state.dismissExternal(change.articleId)}>
            ✕
          </button>
        </div>
      ))}
      {state.merges.map((merge) => (
        <div key={merge.mergeId} className="banner banner-warning engine-merge" role="alert" aria-label={s.mergeTitle}>
          <p>
            {s.merge(merge.source, merge.applied, merge.total)} <span className="banner-note">({formatDateTime(merge.at)})</span>
          </p>
          <button type="button" className="banner-action" disabled={state.mergeBusy !== null} onClick={() => void state.finishMerge(merge.mergeId)}>
            {s.finish}
          </button>
          <button type="button" className="banner-action" disabled={state.mergeBusy !== null} onClick={() => void state.undoMerge(merge.mergeId)}>
            {s.undoMerge}
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
  const s = FEATURE_STRINGS.engine
  const lock = state.lock
  if (!lock) return null
  if (lock.retaken) {
    return (
      <div className="banner banner-info engine-lock" role="status" aria-label={s.lockTitle}>
        <p>
          <strong>{s.lockRetaken}:</strong> {lock.message}
        </p>
        <button type="button" className="link" aria-label={s.dismiss} onClick={state.dismissLock}>
          ✕
        </button>
      </div>
    )
  }
  const waiting = state.unsaved?.count ?? lock.unsaved?.count ?? 0
  return (
    <div className="banner banner-error engine-lock" role="alert" aria-label={s.lockTitle}>
      <p>
        <strong>{s.lockHeld(lock.holder && holderInWords(lock.holder))}</strong> {s.lockWaiting(waiting)} {s.lockLostAction}
        {state.lockNote && <span className="banner-note"> {state.lockNote}</span>}
      </p>
      <button type="button" className="banner-action" disabled={state.retaking} onClick={() => void state.retakeLock()}>
        {state.retaking ? s.tryingAgain : s.tryAgain}
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
