// Electron main process: app lifecycle and wiring. Each concern lives in its own module.
import { app, BrowserWindow, dialog, screen, shell } from 'electron'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { configureExtractWorker, warmUpExtractor } from '../services/build-claims'
import { configureSearchWorker } from '../services/claim-search'
import { configureRelatedWorker } from '../services/related'
import { SettingsService } from '../services/settings'
import { APP_NAME, userDataDir } from '../services/settings-location'
import { WorkspaceSession } from '../services/workspace-session'
import { INDEX_FILE } from '../store/workspace-store'
import { APP_INDEX_URL, isAppUrl, registerAppScheme, setupAppProtocol } from './app-protocol'
import { chooseWorkspaceFolder, setupIpc } from './ipc'
import { setupMenu } from './menu'
import { filesFromArgv, PendingFiles, splitOpenedFiles } from './open-files'
import { setupSecurity } from './security'
import { setupSettings } from './settings'
import { presentLockLost, quitDialogs } from './unsaved-dialogs'
import { windowOptions } from './window'
import { restoreWindowPlacement, trackWindowState } from './window-state'
import { errorWords, mt, setMainLanguage } from './i18n'

/** The same id as electron-builder's appId: Windows groups taskbar buttons and notifications by it. */
export const APP_USER_MODEL_ID = 'org.claimdesk.app'
const DOCS_URL = 'https://github.com/claimdesk/claimdesk#readme'
const rendererDir = join(__dirname, '../renderer')

/** Where the shipped data lives: next to the app in development, in resources when packaged. */
function dataDir(): string {
  return app.isPackaged ? join(process.resourcesPath, 'data') : join(app.getAppPath(), 'data')
}

let mainWindow: BrowserWindow | null = null
let session: WorkspaceSession | null = null
let settings: SettingsService | null = null
const opened = { articles: new PendingFiles(), exports: new PendingFiles() }
/** Files opened before the window could take them (first launch, macOS open-file at start). */
const filesBeforeWindow: string[] = filesFromArgv(process.argv, process.cwd(), app.isPackaged)

/** Hands opened files to the renderer's own Import (articles) and Merge (exports) flows. */
function openFiles(paths: string[]): void {
  if (!mainWindow || mainWindow.webContents.isLoading()) {
    filesBeforeWindow.push(...paths)
    return
  }
  const { articles, exports } = splitOpenedFiles(paths)
  opened.articles.push(articles)
  for (const file of exports) opened.exports.push([file])
  if (articles.length) mainWindow.webContents.send('event:menu.import')
  if (exports.length) mainWindow.webContents.send('event:menu.merge')
}

async function openWorkspaceFrom(purpose: 'create' | 'open'): Promise<void> {
  const dir = await chooseWorkspaceFolder(mainWindow, purpose)
  if (!dir || !session) return
  await (purpose === 'create' ? session.create(dir) : session.open(dir)).catch((error: Error) => dialog.showErrorBox('Claimdesk', errorWords(error)))
}

/** A workspace that moved or vanished: say so, and offer to find it or drop it from the list. */
async function askAboutMissingWorkspace(dir: string, openedInstead: boolean): Promise<void> {
  const options = {
    type: 'warning' as const,
    message: mt('dialog.missingWorkspace'),
    detail: mt(openedInstead ? 'dialog.missingDetailOpened' : 'dialog.missingDetail', { dir }),
    buttons: [mt('dialog.locate'), mt('dialog.forget'), mt('dialog.keep')],
    defaultId: 0,
    cancelId: 2,
  }
  const { response } = mainWindow ? await dialog.showMessageBox(mainWindow, options) : await dialog.showMessageBox(options)
  if (response === 0) await openWorkspaceFrom('open')
  if (response === 1) await session?.forgetRecent(dir)
}

function createWindow(appSettings: SettingsService): BrowserWindow {
  const options = windowOptions(join(__dirname, '../preload/index.cjs'))
  const primary = screen.getPrimaryDisplay()
  const areas = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map((d) => d.workArea)
  const placement = restoreWindowPlacement(appSettings.get().window, areas, { width: options.width!, height: options.height! }, { width: options.minWidth!, height: options.minHeight! })
  const window = new BrowserWindow({ ...options, ...placement.bounds })
  if (placement.maximized) window.maximize()
  trackWindowState(window, (state) => void appSettings.saveWindowState(state).catch(() => undefined))
  window.once('ready-to-show', () => window.show())
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null
  })
  window.webContents.on('did-finish-load', () => {
    // The renderer subscribes to menu events once it has mounted; give it a moment.
    const waiting = filesBeforeWindow.splice(0)
    if (waiting.length) setTimeout(() => openFiles(waiting), 1000)
  })
  void window.loadURL(APP_INDEX_URL)
  return window
}

async function start(): Promise<void> {
  configureExtractWorker(pathToFileURL(join(__dirname, 'extract-worker.js')))
  configureSearchWorker(pathToFileURL(join(__dirname, 'search-worker.js')))
  configureRelatedWorker(pathToFileURL(join(__dirname, 'related-worker.js')))
  const appSettings = (settings = await SettingsService.open(app.getPath('userData')))
  const started = await WorkspaceSession.start(appSettings, {
    forcedDir: process.env.CLAIMDESK_WORKSPACE || null,
    defaultDir: join(app.getPath('userData'), 'workspace'),
    dataDir: dataDir(),
  })
  session = started.session
  setupAppProtocol(rendererDir)
  setupSecurity(isAppUrl)
  setupSettings(appSettings, () => mainWindow)
  setupIpc(session, appSettings, () => mainWindow, isAppUrl, opened)
  const rebuildMenu = setupMenu(process.platform, () => appSettings.get(), {
    send: (event) => mainWindow?.webContents.send(`event:${event}`),
    newWorkspace: () => void openWorkspaceFrom('create'),
    openWorkspace: () => void openWorkspaceFrom('open'),
    openRecent: (dir) =>
      void session?.openRecent(dir).catch((error: { code?: string; message: string }) =>
        error.code === 'not-found' ? askAboutMissingWorkspace(dir, false) : dialog.showErrorBox('Claimdesk', errorWords(error)),
      ),
    clearRecent: () => void Promise.all(appSettings.get().recentWorkspaces.filter((d) => d !== session?.current.dir).map((d) => appSettings.forgetWorkspace(d))),
    revealWorkspace: () => session && shell.showItemInFolder(join(session.current.dir, INDEX_FILE)),
    setTheme: (theme) => void appSettings.update({ theme }),
    setTextSize: (textSize) => void appSettings.update({ textSize }),
    openDocs: () => void shell.openExternal(DOCS_URL),
  })
  appSettings.onChange(rebuildMenu)
  // After a switch the window starts over on the new workspace: nothing stale stays on screen.
  session.onSwitch(() => mainWindow?.webContents.reload())
  presentLockLost(session, () => mainWindow)

  const window = (mainWindow = createWindow(appSettings))
  // Problems found on start are told once the window is on screen, over it.
  window.once('ready-to-show', async () => {
    for (const notice of appSettings.notices) {
      await dialog.showMessageBox(window, { type: 'warning', message: mt('dialog.settingsUnreadable'), detail: mt('dialog.settingsKeptAt', { reason: notice.why ?? notice.reason, movedTo: notice.movedTo }) })
    }
    if (started.missing) await askAboutMissingWorkspace(started.missing, true)
  })
  // The extractor's first run costs ~0.5 s more than later ones; pay it in small steps once the
  // window is up, so the user's first import is as quick as the next.
  let cancelWarmUp = (): void => undefined
  window.once('ready-to-show', () => {
    const timer = setTimeout(() => void (cancelWarmUp = warmUpExtractor().cancel), 1500)
    cancelWarmUp = () => clearTimeout(timer)
  })
  app.on('will-quit', () => cancelWarmUp())
}

registerAppScheme()
app.setName(APP_NAME)
// The same folder the CLI reads its settings from (services/settings-location); set
// before the single-instance lock, which lives in it.
app.setPath('userData', userDataDir({ platform: process.platform, env: process.env, home: app.getPath('home') }))
if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID)
app.enableSandbox()

// macOS hands over files opened from Finder or the Dock with this event, also before ready.
app.on('open-file', (event, path) => {
  event.preventDefault()
  openFiles([path])
})

// One Claimdesk per user: two processes writing one workspace could undo each other's saves.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (mainWindow?.isMinimized()) mainWindow.restore()
    mainWindow?.focus()
    const files = filesFromArgv(argv, workingDirectory, app.isPackaged)
    if (files.length) openFiles(files)
  })
  app
    .whenReady()
    // The menus and dialogs speak the OS's language (English where the catalogue has none).
    .then(() => setMainLanguage(app.getLocale()))
    .then(start)
    .catch((error: unknown) => {
      // Say why, rather than vanish: e.g. a workspace from a newer version, or a folder we cannot write.
      dialog.showErrorBox(mt('dialog.couldNotStart'), errorWords(error))
      app.exit(1)
    })
}

// macOS apps stay running without windows; the Dock icon opens a new one.
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
app.on('activate', () => {
  if (!mainWindow && settings && session) mainWindow = createWindow(settings)
})

// Quitting saves first; changes that cannot be saved are retried, then the reviewer is asked
// (services/quit-check): never a silent quit that loses them.
let flushed = false
let quitting = false
app.on('before-quit', (event) => {
  if (flushed || !session) return
  event.preventDefault()
  if (quitting) return
  quitting = true
  const current = session
  void current
    .closeForQuit(quitDialogs(() => mainWindow))
    .catch((error: unknown) => {
      dialog.showErrorBox('Claimdesk could not close the workspace', error instanceof Error ? error.message : String(error))
      return current.info().unsaved === null // quit only if nothing would be lost
    })
    .then(async (mayQuit) => {
      quitting = false
      if (!mayQuit) {
        // Don't quit: the workspace stays open with the changes in memory; bring a window back.
        if (!mainWindow && settings) mainWindow = createWindow(settings)
        return
      }
      await settings?.flush().catch(() => undefined)
      flushed = true
      app.quit()
    })
})
