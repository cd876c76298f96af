import type { ReactNode } from 'react'
import type { UndoState } from '../../../electron/core/api'
import { formatTime } from '../format'
import { STRINGS } from '../strings'
import type { SaveState } from '../useWorkbench'
import { HeaderMenu, type HeaderCommand } from './HeaderMenu'

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
  onSettings(): void
  onHelp(): void
  /** Main switches the workspace and reloads the window. */
  onNewWorkspace(): void
  onOpenWorkspace(): void
  /** The workspace's conflicting reports (renderer/src/related); label carries the count. */
  conflicts?: { label: string; run(): void }
}

function SaveIndicator({ save, busy }: { save: SaveState; busy: string | null }) {
  const text = busy
    ? busy
    : save.status === 'saving'
      ? 'Saving…'
      : save.status === 'saved'
        ? `Saved ${formatTime(save.at)}`
        : save.status === 'error'
          ? `Not saved: ${save.message}`
          : 'All changes saved'
  return (
    <div className={`save-indicator save-${busy ? 'saving' : save.status}`} role="status" aria-live="polite" aria-label="Save status" title={text}>
      <span aria-hidden="true">{save.status === 'error' && !busy ? '⚠' : busy || save.status === 'saving' ? '⟳' : '✓'}</span>{' '}
      <span className="save-text">{text}</span>
    </div>
  )
}

export function Header(props: Props) {
  const { reviewed, total } = props
  const percent = total ? Math.round((reviewed / total) * 100) : 0
  const h = STRINGS.header
  // Every command has a button on a wide window and a menu item on a narrow one (styles.css).
  const commands: HeaderCommand[] = [
    { label: h.newWorkspace, run: props.onNewWorkspace },
    { label: h.openWorkspace, run: props.onOpenWorkspace },
    { label: h.importFile, run: props.onImport },
    { label: h.paste, run: props.onPaste },
    { label: h.export, run: props.onExport },
    ...(props.conflicts ? [props.conflicts] : []),
    { label: h.settings, run: props.onSettings },
    { label: h.help, run: props.onHelp },
    { label: h.shortcuts, run: props.onShortcuts },
  ]
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">◆</span> <span className="brand-name">{STRINGS.app.name}</span>
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
          aria-valuetext={h.progress(reviewed, total)}
        >
          <div className="progress-fill" style={{ width: `${percent}%` }} />
        </div>
        <span className="progress-text" aria-hidden="true">
          <span className="progress-long">{h.progress(reviewed, total)}</span>
          <span className="progress-short">{h.progressShort(reviewed, total)}</span>
        </span>
      </div>
      <SaveIndicator save={props.save} busy={props.busy} />
      <div className="header-actions">
        <button type="button" aria-label={h.undo} title={props.undoState.undo ? `${h.undo}: ${props.undoState.undo} (Ctrl+Z)` : h.nothingToUndo} disabled={!props.undoState.undo} onClick={props.onUndo}>
          ↶
        </button>
        <button type="button" aria-label={h.redo} title={props.undoState.redo ? `${h.redo}: ${props.undoState.redo} (Shift+Ctrl+Z)` : h.nothingToRedo} disabled={!props.undoState.redo} onClick={props.onRedo}>
          ↷
        </button>
        <span className="header-wide">
          <button type="button" onClick={props.onImport}>
            {h.importFile}
          </button>
          <button type="button" onClick={props.onPaste}>
            {h.paste}
          </button>
          <button type="button" onClick={props.onExport}>
            {h.export}
          </button>
          {props.conflicts && (
            <button type="button" title={`${props.conflicts.label} (Ctrl+Shift+C)`} onClick={props.conflicts.run}>
              {props.conflicts.label}
            </button>
          )}
          <button type="button" aria-label={h.settings.replace('…', '')} title={h.settings} onClick={props.onSettings}>
            ⚙
          </button>
          <button type="button" onClick={props.onHelp}>
            {h.help}
          </button>
          <button type="button" aria-label={h.shortcuts} title={`${h.shortcuts} (?)`} onClick={props.onShortcuts}>
            ?
          </button>
        </span>
        <HeaderMenu commands={commands} />
      </div>
    </header>
  )
}
