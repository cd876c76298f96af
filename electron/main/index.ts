// Electron main process: app lifecycle and wiring. Each concern lives in its own setupXxx().
import { app, BrowserWindow, dialog } from 'electron'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { configureExtractWorker } from '../services/build-claims'
import { openWithSample } from '../services/seed'
import { Workspace } from '../services/workspace'
import { setupIpc } from './ipc'
import { setupMenu } from './menu'
import { setupSecurity } from './security'
import { windowOptions } from './window'

const rendererDir = join(__dirname, '../renderer')
const rendererIndex = join(rendererDir, 'index.html')
const rendererUrl = pathToFileURL(rendererDir).href

function isAppUrl(url: string): boolean {
  return url.startsWith(rendererUrl + '/')
}

/** Where the shipped data lives: next to the app in development, in resources when packaged. */
function dataDir(): string {
  return app.isPackaged ? join(process.resourcesPath, 'data') : join(app.getAppPath(), 'data')
}

let mainWindow: BrowserWindow | null = null
let workspace: Workspace | null = null

async function start(): Promise<void> {
  configureExtractWorker(pathToFileURL(join(__dirname, 'extract-worker.js')))
  const workspaceDir = process.env.CLAIMDESK_WORKSPACE || join(app.getPath('userData'), 'workspace')
  workspace = await openWithSample(() => Workspace.open(workspaceDir), dataDir())
  setupSecurity(isAppUrl)
  setupIpc(workspace, () => mainWindow, isAppUrl)
  setupMenu(() => mainWindow)

  mainWindow = new BrowserWindow(windowOptions(join(__dirname, '../preload/index.cjs')))
  mainWindow.once('ready-to-show', () => mainWindow?.show())
  mainWindow.on('closed', () => (mainWindow = null))
  await mainWindow.loadFile(rendererIndex)
}

app.enableSandbox()

// One Claimdesk per user: two processes writing one workspace could undo each other's saves.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore()
    mainWindow?.focus()
  })
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      // Say why, rather than vanish: e.g. a workspace from a newer version, or a folder we cannot write.
      dialog.showErrorBox('Claimdesk could not start', error instanceof Error ? error.message : String(error))
      app.exit(1)
    })
}

app.on('window-all-closed', () => app.quit())

let flushed = false
app.on('before-quit', (event) => {
  if (flushed || !workspace) return
  event.preventDefault()
  void workspace.close().finally(() => {
    flushed = true
    app.quit()
  })
})
