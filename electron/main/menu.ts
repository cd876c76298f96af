// The application menu. Commands that the renderer carries out are sent as events.
import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
import type { EventName } from '../core/api'

export function setupMenu(window: () => BrowserWindow | null): void {
  const send = (event: EventName) => () => window()?.webContents.send(`event:${event}`)
  const isMac = process.platform === 'darwin'
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Import article…', accelerator: 'CmdOrCtrl+O', click: send('menu.import') },
        { label: 'Paste article…', accelerator: 'CmdOrCtrl+Shift+V', click: send('menu.importPaste') },
        { label: 'Export report…', accelerator: 'CmdOrCtrl+E', click: send('menu.export') },
        { label: 'Merge another reviewer’s work…', click: send('menu.merge') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        // Undo/redo go to the renderer: inside a text field it undoes typing, elsewhere the last review change.
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: send('menu.undo') },
        { label: 'Redo', accelerator: 'Shift+CmdOrCtrl+Z', click: send('menu.redo') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    { label: 'Help', submenu: [{ label: 'Keyboard shortcuts (?)', click: send('menu.shortcuts') }] },
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
