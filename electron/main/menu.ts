// The application menu, per platform. The template comes from a pure function so a test
// can check it without Electron: the macOS app menu, File with the workspace commands,
// Edit's undo/redo reaching the app's own history (Ctrl+Y on Windows), View with theme
// and text size, Help with shortcuts, guide and about. Labels come from the catalogue (./i18n.ts);
// roles (cut, copy, zoom, quit…) are labelled by Electron in the OS's language.
import { Menu, type MenuItemConstructorOptions } from 'electron'
import type { EventName } from '../core/api'
import type { AppSettings } from '../core/settings'
import { TEXT_SIZES, THEMES, type TextSize, type Theme } from '../core/settings-values'
import type { MessageCode } from '../core/messages'
import { mt, type MainTranslate } from './i18n'

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

const THEME_LABELS: Record<Theme, MessageCode> = { system: 'appMenu.themeSystem', light: 'appMenu.themeLight', dark: 'appMenu.themeDark' }

/** The next text size up or down, or the same one at either end. */
export function stepTextSize(current: TextSize, step: -1 | 1): TextSize {
  const i = TEXT_SIZES.indexOf(current) + step
  return TEXT_SIZES[Math.min(Math.max(i, 0), TEXT_SIZES.length - 1)]
}

export function menuTemplate(platform: NodeJS.Platform, settings: AppSettings, actions: MenuActions, tr: MainTranslate = mt): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin'
  const send = (event: EventName) => () => actions.send(event)
  const settingsItem: MenuItemConstructorOptions = { label: tr('appMenu.settings'), accelerator: 'CmdOrCtrl+,', click: send('menu.settings') }
  const recent: MenuItemConstructorOptions[] = settings.recentWorkspaces.length
    ? [
        ...settings.recentWorkspaces.map((dir) => ({ label: dir, click: () => actions.openRecent(dir) })),
        { type: 'separator' as const },
        { label: tr('appMenu.clearRecent'), click: actions.clearRecent },
      ]
    : [{ label: tr('appMenu.noRecent'), enabled: false }]

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
    label: tr('appMenu.file'),
    submenu: [
      { label: tr('appMenu.newWorkspace'), accelerator: 'CmdOrCtrl+Shift+N', click: actions.newWorkspace },
      { label: tr('appMenu.openWorkspace'), accelerator: 'CmdOrCtrl+Shift+O', click: actions.openWorkspace },
      { label: tr('appMenu.openRecent'), submenu: recent },
      { label: isMac ? tr('appMenu.revealFinder') : tr('appMenu.revealFolder'), click: actions.revealWorkspace },
      { type: 'separator' },
      { label: tr('appMenu.import'), accelerator: 'CmdOrCtrl+O', click: send('menu.import') },
      { label: tr('appMenu.paste'), accelerator: 'CmdOrCtrl+Shift+V', click: send('menu.importPaste') },
      { label: tr('appMenu.export'), accelerator: 'CmdOrCtrl+E', click: send('menu.export') },
      { label: tr('appMenu.merge'), click: send('menu.merge') },
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
          { label: tr('appMenu.redo'), accelerator: 'Ctrl+Y', click: send('menu.redo') },
          { label: tr('appMenu.redo'), accelerator: 'Ctrl+Shift+Z', click: send('menu.redo'), visible: false, acceleratorWorksWhenHidden: true },
        ]
      : [{ label: tr('appMenu.redo'), accelerator: 'Shift+CmdOrCtrl+Z', click: send('menu.redo') }]
  const edit: MenuItemConstructorOptions = {
    label: tr('appMenu.edit'),
    submenu: [
      { label: tr('appMenu.undo'), accelerator: 'CmdOrCtrl+Z', click: send('menu.undo') },
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
    label: tr('appMenu.view'),
    submenu: [
      {
        label: tr('appMenu.theme'),
        submenu: THEMES.map((theme) => ({ label: tr(THEME_LABELS[theme]), type: 'radio' as const, checked: settings.theme === theme, click: () => actions.setTheme(theme) })),
      },
      {
        label: tr('appMenu.textSize'),
        submenu: [
          { label: tr('appMenu.larger'), click: () => actions.setTextSize(stepTextSize(settings.textSize, 1)) },
          { label: tr('appMenu.smaller'), click: () => actions.setTextSize(stepTextSize(settings.textSize, -1)) },
          { label: tr('appMenu.defaultSize'), click: () => actions.setTextSize('medium') },
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
      { label: tr('appMenu.shortcuts'), click: send('menu.shortcuts') },
      { label: tr('appMenu.guide'), click: send('menu.help') },
      { label: tr('appMenu.docs'), click: actions.openDocs },
      ...(isMac ? [] : [{ type: 'separator' as const }, { label: tr('appMenu.about'), click: send('menu.about') }]),
    ],
  }
  return [...(isMac ? [app] : []), file, edit, view, { role: 'windowMenu' }, help]
}

export function setupMenu(platform: NodeJS.Platform, settings: () => AppSettings, actions: MenuActions): () => void {
  const build = () => Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(platform, settings(), actions)))
  build()
  return build
}

