// ipcMain adapter: one handler per channel of the contract, each checking that the
// caller is our own window's main frame before the dispatcher validates the arguments.
// The dispatcher is bound to one workspace; after a switch it is rebuilt for the new one.
import { dialog, ipcMain, shell, type BrowserWindow, type IpcMainInvokeEvent, type OpenDialogOptions } from 'electron'
import { join } from 'node:path'
import { CHANNELS } from '../core/api'
import { printHtmlToPdf } from './pdf'
import { createDispatcher, type AppHost, type Dispatch, type Host } from '../services/dispatch'
import type { SettingsService } from '../services/settings'
import type { WorkspaceSession } from '../services/workspace-session'
import type { Workspace } from '../services/workspace'
import type { PendingFiles } from './open-files'
import { INDEX_FILE } from '../store/workspace-store'
import { mt } from './i18n'
import { message } from '../core/messages'

export const articleFileFilters = () => [
  { name: mt('dialog.articleFiles'), extensions: ['txt', 'md', 'markdown', 'html', 'htm'] },
  { name: mt('dialog.allFiles'), extensions: ['*'] },
]

/** Files the OS opened with Claimdesk, waiting for the renderer's Import or Merge call. */
export interface OpenedFiles {
  articles: PendingFiles
  exports: PendingFiles
}

async function showOpen(window: BrowserWindow | null, options: OpenDialogOptions): Promise<string[]> {
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
  return result.canceled ? [] : result.filePaths
}

/** The native folder dialog for New and Open workspace. */
export async function chooseWorkspaceFolder(window: BrowserWindow | null, purpose: 'create' | 'open'): Promise<string | null> {
  const options: OpenDialogOptions =
    purpose === 'create'
      ? { title: mt('dialog.newWorkspaceTitle'), buttonLabel: mt('dialog.createWorkspace'), properties: ['openDirectory', 'createDirectory', 'promptToCreate'] }
      : { title: mt('dialog.openWorkspace'), buttonLabel: mt('dialog.openWorkspace'), properties: ['openDirectory'] }
  return (await showOpen(window, options))[0] ?? null
}

export function setupIpc(
  session: WorkspaceSession,
  settings: SettingsService,
  window: () => BrowserWindow | null,
  isAppUrl: (url: string) => boolean,
  opened: OpenedFiles,
): void {
  const host: Host = {
    async chooseArticleFiles() {
      return opened.articles.take() ?? (await showOpen(window(), { title: mt('dialog.importTitle'), properties: ['openFile', 'multiSelections'], filters: articleFileFilters() }))
    },
    async chooseEvidenceFile() {
      return (await showOpen(window(), { title: mt('dialog.evidenceTitle'), properties: ['openFile'] }))[0] ?? null
    },
    openExternal: (url) => shell.openExternal(url),
    async chooseSavePath(defaultPath, extension) {
      const owner = window()
      // defaultPath is already in the export folder when one is set (services/export-folder.ts).
      const options = { title: mt('dialog.exportTitle'), defaultPath, filters: [{ name: extension.toUpperCase(), extensions: [extension] }] }
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    renderPdf: printHtmlToPdf,
    notify: (event, payload) => window()?.webContents.send(`event:${event}`, payload),
    async chooseFolder(_purpose, current) {
      const options: OpenDialogOptions = { title: mt('dialog.exportFolderTitle'), buttonLabel: mt('dialog.chooseFolder'), properties: ['openDirectory', 'createDirectory'], ...(current ? { defaultPath: current } : {}) }
      return (await showOpen(window(), options))[0] ?? null
    },
    async chooseMergeSource(kind) {
      if (kind === 'export') {
        const waiting = opened.exports.take()
        if (waiting) return waiting[0]
      }
      const options: OpenDialogOptions =
        kind === 'folder'
          ? { title: mt('dialog.mergeFolderTitle'), properties: ['openDirectory'] }
          : { title: mt('dialog.mergeExportTitle'), properties: ['openFile'], filters: [{ name: mt('dialog.claimdeskExport'), extensions: ['json', 'claimdesk'] }] }
      return (await showOpen(window(), options))[0] ?? null
    },
  }
  const app: AppHost = {
    settings,
    session,
    chooseWorkspaceFolder: (purpose) => chooseWorkspaceFolder(window(), purpose),
    revealFolder: (path) => shell.showItemInFolder(join(path, INDEX_FILE)),
  }
  const build = (workspace: Workspace): Dispatch => createDispatcher(workspace, host, (line) => console.warn(`[ipc] ${line}`), app)
  let dispatch = build(session.current)
  session.onSwitch((workspace) => (dispatch = build(workspace)))
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      const frame = event.senderFrame
      if (!frame || frame.parent !== null || !isAppUrl(frame.url)) {
        console.warn(`[ipc] refused ${channel} from ${frame?.url ?? 'an unknown frame'}`)
        return { ok: false, error: { code: 'invalid-argument', message: mt('dialog.notTheWindow'), detail: message('dialog.notTheWindow') } }
      }
      return dispatch(channel, args)
    })
  }
}
