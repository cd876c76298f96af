import { useRef, type ReactNode } from 'react'
import type { UndoState } from '../../../electron/core/api'
import { formatTime } from '../format'
import type { SaveState } from '../useWorkbench'
import { HeaderMenu, type HeaderCommand } from './HeaderMenu'
import { t } from '../i18n'
import { CONFLICTS_KEYS } from '../shortcuts'
import { useHeaderFold } from '../hooks/useHeaderFold'

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
      ? t('header.saving')
      : save.status === 'saved'
        ? t('header.savedAt', { time: formatTime(save.at) })
        : save.status === 'error'
          ? t('header.notSaved', { message: save.message })
          : t('header.allSaved')
  return (
    // Progress and refusals come and go: they may shorten (full text in the title); they never fold the header.
    <div className={`save-indicator save-${busy ? 'saving' : save.status}${busy || save.status === 'error' ? ' save-transient' : ''}`} role="status" aria-live="polite" aria-label={t('header.saveStatus')} title={text}>
      <span aria-hidden="true">{save.status === 'error' && !busy ? '⚠' : busy || save.status === 'saving' ? '⟳' : '✓'}</span>{' '}
      <span className="save-text">{text}</span>
    </div>
  )
}

export function Header(props: Props) {
  const { reviewed, total } = props
  const percent = total ? Math.round((reviewed / total) * 100) : 0
  const headerRef = useRef<HTMLElement>(null)
  // The save state's resting texts: the header keeps room for the widest (a sample time with wide digits).
  const folded = useHeaderFold(headerRef, [t('header.allSaved'), t('header.saving'), t('header.savedAt', { time: formatTime(new Date(2000, 0, 1, 22, 58, 58)) })])
  // Every command has a button when the header holds them all and a menu item when it does not (hooks/useHeaderFold.ts).
  const commands: HeaderCommand[] = [
    { label: t('header.newWorkspace'), run: props.onNewWorkspace },
    { label: t('header.openWorkspace'), run: props.onOpenWorkspace },
    { label: t('header.importFile'), run: props.onImport },
    { label: t('header.paste'), run: props.onPaste },
    { label: t('header.export'), run: props.onExport },
    ...(props.conflicts ? [props.conflicts] : []),
    { label: t('header.settings'), run: props.onSettings },
    { label: t('header.help'), run: props.onHelp },
    { label: t('header.shortcuts'), run: props.onShortcuts },
  ]
  return (
    <header ref={headerRef} className={folded ? 'app-header header-folded' : 'app-header'}>
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">◆</span> <span className="brand-name">{t('app.name')}</span>
      </div>
      {props.search}
      <div className="progress-block">
        <div
          className="progress"
          role="progressbar"
          aria-label={t('header.progressLabel')}
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={reviewed}
          aria-valuetext={t('header.progress', { reviewed, total })}
        >
          <div className="progress-fill" style={{ width: `${percent}%` }} />
        </div>
        <span className="progress-text" aria-hidden="true">
          <span className="progress-long">{t('header.progress', { reviewed, total })}</span>
          <span className="progress-short">{t('header.progressShort', { reviewed, total })}</span>
        </span>
      </div>
      <SaveIndicator save={props.save} busy={props.busy} />
      <div className="header-actions">
        <button type="button" aria-label={t('header.undo')} title={props.undoState.undo ? t('header.undoTitle', { label: props.undoState.undo }) : t('header.nothingToUndo')} disabled={!props.undoState.undo} onClick={props.onUndo}>
          ↶
        </button>
        <button type="button" aria-label={t('header.redo')} title={props.undoState.redo ? t('header.redoTitle', { label: props.undoState.redo }) : t('header.nothingToRedo')} disabled={!props.undoState.redo} onClick={props.onRedo}>
          ↷
        </button>
        <span className="header-wide">
          <button type="button" onClick={props.onImport}>
            {t('header.importFile')}
          </button>
          <button type="button" onClick={props.onPaste}>
            {t('header.paste')}
          </button>
          <button type="button" onClick={props.onExport}>
            {t('header.export')}
          </button>
          {props.conflicts && (
            <button type="button" title={t('header.withShortcut', { label: props.conflicts.label, keys: CONFLICTS_KEYS })} onClick={props.conflicts.run}>
              {props.conflicts.label}
            </button>
          )}
          <button type="button" aria-label={t('header.settingsLabel')} title={t('header.settings')} onClick={props.onSettings}>
            ⚙
          </button>
          <button type="button" onClick={props.onHelp}>
            {t('header.help')}
          </button>
          <button type="button" aria-label={t('header.shortcuts')} title={t('header.shortcutsTitle')} onClick={props.onShortcuts}>
            ?
          </button>
        </span>
        <HeaderMenu commands={commands} />
      </div>
    </header>
  )
}
