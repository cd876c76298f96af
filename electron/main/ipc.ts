// ipcMain adapter: one handler per channel of the contract, each checking that the
// caller is our own window's main frame before the dispatcher validates the arguments.
import { dialog, ipcMain, shell, type BrowserWindow, type IpcMainInvokeEvent } from 'electron'
import { CHANNELS } from '../core/api'
import { printHtmlToPdf } from './pdf'
import { join } from 'node:path'
import { createDispatcher, type Host } from '../services/dispatch'
import type { SettingsService } from '../services/settings'
import type { Workspace } from '../services/workspace'

export const ARTICLE_FILE_FILTERS = [
  { name: 'Articles', extensions: ['txt', 'md', 'markdown', 'html', 'htm'] },
  { name: 'All files', extensions: ['*'] },
]

export function setupIpc(
  workspace: Workspace,
  settings: SettingsService,
  window: () => BrowserWindow | null,
  isAppUrl: (url: string) => boolean,
): void {
  const host: Host = {
    async chooseArticleFiles() {
      const owner = window()
      const options = { title: 'Import article', properties: ['openFile', 'multiSelections'] as const, filters: ARTICLE_FILE_FILTERS }
      const result = owner
        ? await dialog.showOpenDialog(owner, { ...options, properties: [...options.properties] })
        : await dialog.showOpenDialog({ ...options, properties: [...options.properties] })
      return result.canceled ? [] : result.filePaths
    },
    async chooseEvidenceFile() {
      const owner = window()
      const options = { title: 'Attach evidence file', properties: ['openFile' as const] }
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    openExternal: (url) => shell.openExternal(url),
    async chooseSavePath(suggestedName, extension) {
      const owner = window()
      const folder = settings.get().exportFolder
      const options = { title: 'Export claim report', defaultPath: folder ? join(folder, suggestedName) : suggestedName, filters: [{ name: extension.toUpperCase(), extensions: [extension] }] }
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    renderPdf: printHtmlToPdf,
    notify: (event, payload) => window()?.webContents.send(`event:${event}`, payload),
    async chooseMergeSource(kind) {
      const owner = window()
      const options =
        kind === 'folder'
          ? { title: 'Merge another reviewer’s workspace folder', properties: ['openDirectory' as const] }
          : { title: 'Merge another reviewer’s export', properties: ['openFile' as const], filters: [{ name: 'Claimdesk export', extensions: ['json'] }] }
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
  }
  const dispatch = createDispatcher(workspace, host, (line) => console.warn(`[ipc] ${line}`), settings)
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      const frame = event.senderFrame
      if (!frame || frame.parent !== null || !isAppUrl(frame.url)) {
        console.warn(`[ipc] refused ${channel} from ${frame?.url ?? 'an unknown frame'}`)
        return { ok: false, error: { code: 'invalid-argument', message: 'Refused: not the Claimdesk window.' } }
      }
      return dispatch(channel, args)
    })
  }
}
