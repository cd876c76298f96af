import type { ReactNode } from 'react'
import type { UndoState } from '../../../electron/core/api'
import type { SaveState } from '../useWorkbench'

interface Props {
  reviewed: number
  total: number
  save: SaveState
  busy: string | null
  undoState: UndoState
  search: ReactNode
  onUndo(): void
  onRedo(): void
  onImport(): void
  onPaste(): void
  onShortcuts(): void
  onExport(): void
}

function SaveIndicator({ save, busy }: { save: SaveState; busy: string | null }) {
  const text = busy
    ? busy
    : save.status === 'saving'
      ? 'Saving…'
      : save.status === 'saved'
        ? `Saved ${save.at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' })}`
        : save.status === 'error'
          ? `Not saved: ${save.message}`
          : 'All changes saved'
  return (
    <div className={`save-indicator save-${busy ? 'saving' : save.status}`} role="status" aria-live="polite" aria-label="Save status">
      <span aria-hidden="true">{save.status === 'error' && !busy ? '⚠' : busy || save.status === 'saving' ? '⟳' : '✓'}</span> {text}
    </div>
  )
}

export function Header(props: Props) {
  const { reviewed, total } = props
  const percent = total ? Math.round((reviewed / total) * 100) : 0
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">◆</span> Claimdesk
      </div>
      {props.search}
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
      <SaveIndicator save={props.save} busy={props.busy} />
      <div className="header-actions">
        <button type="button" aria-label="Undo" title={props.undoState.undo ? `Undo: ${props.undoState.undo} (Ctrl+Z)` : 'Nothing to undo'} disabled={!props.undoState.undo} onClick={props.onUndo}>
          ↶
        </button>
        <button type="button" aria-label="Redo" title={props.undoState.redo ? `Redo: ${props.undoState.redo} (Shift+Ctrl+Z)` : 'Nothing to redo'} disabled={!props.undoState.redo} onClick={props.onRedo}>
          ↷
        </button>
        <button type="button" onClick={props.onImport}>
          Import file…
        </button>
        <button type="button" onClick={props.onPaste}>
          Paste article…
        </button>
        <button type="button" onClick={props.onExport}>
          Export report…
        </button>
        <button type="button" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" onClick={props.onShortcuts}>
          ?
        </button>
      </div>
    </header>
  )
}
