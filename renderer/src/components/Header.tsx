import type { SaveState } from '../useWorkbench'

interface Props {
  reviewed: number
  total: number
  save: SaveState
  onImport(): void
  onPaste(): void
}

function SaveIndicator({ save }: { save: SaveState }) {
  const text =
    save.status === 'saving'
      ? 'Saving…'
      : save.status === 'saved'
        ? `Saved ${save.at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' })}`
        : save.status === 'error'
          ? `Not saved: ${save.message}`
          : 'All changes saved'
  return (
    <div className={`save-indicator save-${save.status}`} role="status" aria-live="polite" aria-label="Save status">
      <span aria-hidden="true">{save.status === 'error' ? '⚠' : save.status === 'saving' ? '…' : '✓'}</span> {text}
    </div>
  )
}

export function Header({ reviewed, total, save, onImport, onPaste }: Props) {
  const percent = total ? Math.round((reviewed / total) * 100) : 0
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">◆</span> Claimdesk
      </div>
      <div className="progress-block">
        <div
          className="progress"
          role="progressbar"
          aria-label="Review progress"
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={reviewed}
          aria-valuetext={`${reviewed} of ${total} claims reviewed`}
        >
          <div className="progress-fill" style={{ width: `${percent}%` }} />
        </div>
        <span className="progress-text">
          {reviewed} of {total} claims reviewed
        </span>
      </div>
      <SaveIndicator save={save} />
      <div className="header-actions">
        <button type="button" onClick={onImport}>
          Import file…
        </button>
        <button type="button" onClick={onPaste}>
          Paste article…
        </button>
      </div>
    </header>
  )
}
