// Electron main process: app lifecycle and wiring. Each concern lives in its own setupXxx().
import { app, BrowserWindow, dialog } from 'electron'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { configureExtractWorker } from '../services/build-claims'
import { openWithSample } from '../services/seed'
import { SettingsService } from '../services/settings'
import { userDataDir } from '../services/settings-location'
import { Workspace } from '../services/workspace'
import { setupIpc } from './ipc'
import { setupMenu } from './menu'
import { setupSecurity } from './security'
import { setupSettings } from './settings'
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
let settings: SettingsService | null = null

async function start(): Promise<void> {
  configureExtractWorker(pathToFileURL(join(__dirname, 'extract-worker.js')))
  const appSettings = (settings = await SettingsService.open(app.getPath('userData')))
  const workspaceDir = process.env.CLAIMDESK_WORKSPACE || join(app.getPath('userData'), 'workspace')
  workspace = await openWithSample(() => Workspace.open(workspaceDir, { reviewer: () => appSettings.get().reviewerName }), dataDir())
  await appSettings.adoptReviewerName(workspace.settings().reviewerName)
  setupSecurity(isAppUrl)
  setupSettings(appSettings, () => mainWindow)
  setupIpc(workspace, appSettings, () => mainWindow, isAppUrl)
  setupMenu(() => mainWindow)

  mainWindow = new BrowserWindow(windowOptions(join(__dirname, '../preload/index.cjs')))
  mainWindow.once('ready-to-show', () => mainWindow?.show())
  mainWindow.on('closed', () => (mainWindow = null))
  await mainWindow.loadFile(rendererIndex)
}

app.enableSandbox()
// The same folder the CLI reads its settings from (services/settings-location); set
// before the single-instance lock, which lives in it.
app.setPath('userData', userDataDir({ platform: process.platform, env: process.env, home: app.getPath('home') }))

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
  void Promise.allSettled([workspace.close(), settings?.flush()]).finally(() => {
    flushed = true
    app.quit()
  })
})
