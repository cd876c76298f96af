// The application menu, per platform. The template comes from a pure function so a test
// can check it without Electron: the macOS app menu, File with the workspace commands,
// Edit's undo/redo reaching the app's own history (Ctrl+Y on Windows), View with theme
// and text size, Help with shortcuts, guide and about.
import { Menu, type MenuItemConstructorOptions } from 'electron'
import type { EventName } from '../core/api'
import type { AppSettings } from '../core/settings'
import { TEXT_SIZES, THEMES, type TextSize, type Theme } from '../core/settings-values'

export interface MenuActions {
  /** Commands the renderer carries out (import, export, undo, dialogs). */
  send(event: EventName): void
  newWorkspace(): void
  openWorkspace(): void
  openRecent(dir: string): void
  clearRecent(): void
  revealWorkspace(): void
  setTheme(theme: Theme): void
  setTextSize(size: TextSize): void
  openDocs(): void
}

const THEME_LABELS: Record<Theme, string> = { system: 'Same as the system', light: 'Light', dark: 'Dark' }

/** The next text size up or down, or the same one at either end. */
export function stepTextSize(current: TextSize, step: -1 | 1): TextSize {
  const i = TEXT_SIZES.indexOf(current) + step
  return TEXT_SIZES[Math.min(Math.max(i, 0), TEXT_SIZES.length - 1)]
}

export function menuTemplate(platform: NodeJS.Platform, settings: AppSettings, actions: MenuActions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin'
  const send = (event: EventName) => () => actions.send(event)
  const settingsItem: MenuItemConstructorOptions = { label: 'Settings…', accelerator: 'CmdOrCtrl+,', click: send('menu.settings') }
  const recent: MenuItemConstructorOptions[] = settings.recentWorkspaces.length
    ? [
        ...settings.recentWorkspaces.map((dir) => ({ label: dir, click: () => actions.openRecent(dir) })),
        { type: 'separator' as const },
        { label: 'Clear recent workspaces', click: actions.clearRecent },
      ]
    : [{ label: 'No recent workspaces', enabled: false }]

  const app: MenuItemConstructorOptions = {
    label: 'Claimdesk',
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      settingsItem,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  }
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'New workspace…', accelerator: 'CmdOrCtrl+Shift+N', click: actions.newWorkspace },
      { label: 'Open workspace…', accelerator: 'CmdOrCtrl+Shift+O', click: actions.openWorkspace },
      { label: 'Open recent workspace', submenu: recent },
      { label: isMac ? 'Show workspace in Finder' : 'Show workspace folder', click: actions.revealWorkspace },
      { type: 'separator' },
      { label: 'Import article…', accelerator: 'CmdOrCtrl+O', click: send('menu.import') },
      { label: 'Paste article…', accelerator: 'CmdOrCtrl+Shift+V', click: send('menu.importPaste') },
      { label: 'Export report…', accelerator: 'CmdOrCtrl+E', click: send('menu.export') },
      { label: 'Merge another reviewer’s work…', click: send('menu.merge') },
      { type: 'separator' },
      { role: 'close' },
      ...(isMac ? [] : [{ role: 'quit' as const }]),
    ],
  }
  // Undo/redo go to the renderer: inside a text field they undo typing, elsewhere the
  // last review change in the app's history. Windows users expect Ctrl+Y for redo; the
  // hidden item keeps Ctrl+Shift+Z working there too.
  const redo: MenuItemConstructorOptions[] =
    platform === 'win32'
      ? [
          { label: 'Redo', accelerator: 'Ctrl+Y', click: send('menu.redo') },
          { label: 'Redo', accelerator: 'Ctrl+Shift+Z', click: send('menu.redo'), visible: false, acceleratorWorksWhenHidden: true },
        ]
      : [{ label: 'Redo', accelerator: 'Shift+CmdOrCtrl+Z', click: send('menu.redo') }]
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: send('menu.undo') },
      ...redo,
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      ...(isMac ? [] : [{ type: 'separator' as const }, settingsItem]),
    ],
  }
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      {
        label: 'Theme',
        submenu: THEMES.map((theme) => ({ label: THEME_LABELS[theme], type: 'radio' as const, checked: settings.theme === theme, click: () => actions.setTheme(theme) })),
      },
      {
        label: 'Text size',
        submenu: [
          { label: 'Larger text', click: () => actions.setTextSize(stepTextSize(settings.textSize, 1)) },
          { label: 'Smaller text', click: () => actions.setTextSize(stepTextSize(settings.textSize, -1)) },
          { label: 'Default text size', click: () => actions.setTextSize('medium') },
        ],
      },
      { type: 'separator' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { role: 'resetZoom' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  }
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [
      { label: 'Keyboard shortcuts', click: send('menu.shortcuts') },
      { label: 'Guide: sourcing, corroboration and the Admiralty scale', click: send('menu.help') },
      { label: 'Documentation (web)', click: actions.openDocs },
      ...(isMac ? [] : [{ type: 'separator' as const }, { label: 'About Claimdesk', click: send('menu.about') }]),
    ],
  }
  return [...(isMac ? [app] : []), file, edit, view, { role: 'windowMenu' }, help]
}

export function setupMenu(platform: NodeJS.Platform, settings: () => AppSettings, actions: MenuActions): () => void {
  const build = () => Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(platform, settings(), actions)))
  build()
  return build
}

