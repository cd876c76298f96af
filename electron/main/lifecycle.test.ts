// The whole main process, started against a stand-in 'electron' module (Electron cannot
// start on our CI machines): the app:// scheme registered before ready, settings in the
// user-data folder, the window restored from them and loaded from app://, files opened by
// a second launch handed to Import, and macOS's keep-running rule.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

type Listener = (...args: unknown[]) => unknown
const calls: string[] = []
const appListeners = new Map<string, Listener[]>()
const handlers = new Map<string, Listener>()
const windows: StandInWindow[] = []
let ready!: () => void
const whenReady = new Promise<void>((r) => (ready = r))

class StandInWindow {
  sent: unknown[][] = []
  loaded: string | null = null
  maximized = false
  listeners = new Map<string, Listener[]>()
  constructor(readonly options: Record<string, unknown>) {
    windows.push(this)
  }
  webContents = {
    send: (...args: unknown[]) => this.sent.push(args),
    isLoading: () => this.loaded === null,
    on: (event: string, l: Listener) => this.on(event, l),
    reload: () => calls.push('reload'),
  }
  on(event: string, l: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), l])
    return this
  }
  once(event: string, l: Listener) {
    return this.on(event, l)
  }
  emit(event: string, ...args: unknown[]) {
    for (const l of this.listeners.get(event) ?? []) l(...args)
  }
  async loadURL(url: string) {
    this.loaded = url
  }
  maximize() {
    this.maximized = true
  }
  isMinimized = () => false
  isMaximized = () => this.maximized
  isFullScreen = () => false
  isDestroyed = () => false
  getNormalBounds = () => ({ x: 40, y: 30, width: 1200, height: 800 })
  restore() {}
  focus() {}
  show() {}
}

let userData: string
const platform = process.platform

vi.mock('electron', () => ({
  app: {
    on: (event: string, l: Listener) => appListeners.set(event, [...(appListeners.get(event) ?? []), l]),
    whenReady: () => whenReady,
    setName: (name: string) => calls.push(`setName ${name}`),
    setPath: (name: string, path: string) => calls.push(`setPath ${name} ${path}`),
    getPath: (name: string) => (name === 'userData' ? userData : '/home/kim'),
    getLocale: () => 'en-US',
    getAppPath: () => resolve(__dirname, '../..'),
    setAppUserModelId: (id: string) => calls.push(`appUserModelId ${id}`),
    enableSandbox: () => calls.push('enableSandbox'),
    requestSingleInstanceLock: () => true,
    isPackaged: false,
    quit: () => calls.push('quit'),
    exit: (code: number) => calls.push(`exit ${code}`),
  },
  BrowserWindow: StandInWindow,
  protocol: {
    registerSchemesAsPrivileged: (schemes: { scheme: string; privileges: Record<string, boolean> }[]) =>
      calls.push(`privileged ${schemes.map((s) => `${s.scheme}:${Object.keys(s.privileges).join(',')}`)}`),
    handle: (scheme: string) => calls.push(`handle ${scheme}`),
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: () => undefined,
      setPermissionCheckHandler: () => undefined,
      webRequest: { onHeadersReceived: () => undefined, onBeforeRequest: () => undefined },
    },
  },
  screen: {
    getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
    getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
  },
  nativeTheme: { themeSource: 'system' },
  Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: () => calls.push('menu') },
  ipcMain: { handle: (channel: string, h: Listener) => handlers.set(channel, h) },
  dialog: {
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    showSaveDialog: async () => ({ canceled: true }),
    showMessageBox: async (_window: unknown, options: { message: string; detail: string }) => {
      calls.push(`message ${options.message}: ${options.detail.split('\n')[0]}`)
      if (options.message === 'A change is not saved') return { response: 2 } // "Don't quit"
      return { response: 1 } // "Remove from recent workspaces"
    },
    showErrorBox: (title: string, message: string) => calls.push(`error ${title}: ${message}`),
  },
  shell: { openExternal: async () => undefined, showItemInFolder: () => undefined },
}))

const APP_FRAME = { senderFrame: { url: 'app://claimdesk/index.html', parent: null } }
const appEvent = (event: string, ...args: unknown[]) => (appListeners.get(event) ?? []).map((l) => l(...args))
// A waitFor's default second is too short on a loaded 2-core machine (seen failing at load 12).
const LOADED = { timeout: 30_000 }

beforeAll(async () => {
  userData = mkdtempSync(join(tmpdir(), 'claimdesk-lifecycle-'))
  process.env.CLAIMDESK_USER_DATA = userData
  delete process.env.CLAIMDESK_WORKSPACE
  // A window state saved by an earlier run, on a display that is still there.
  const { SettingsService } = await import('../services/settings')
  const earlier = await SettingsService.open(userData)
  await earlier.saveWindowState({ x: 100, y: 80, width: 1300, height: 850, maximized: true })
  // The workspace used last has since been moved away.
  await earlier.rememberWorkspace(join(userData, 'moved-away'))
  await import('./index')
  ready()
  await vi.waitFor(() => expect({ windows: windows.length, errors: calls.filter((c) => c.startsWith('error')) }).toEqual({ windows: 1, errors: [] }), { timeout: 50_000 })
}, 60_000)
afterAll(() => {
  delete process.env.CLAIMDESK_USER_DATA
  rmSync(userData, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 })
})

describe('main process lifecycle', () => {
  it('registers app:// as a privileged scheme before ready, and uses the shared user-data folder', () => {
    expect(calls[0]).toBe('privileged app:standard,secure,supportFetchAPI,codeCache')
    expect(calls).toContain(`setPath userData ${userData}`)
    expect(calls).toContain('enableSandbox')
    expect(calls).toContain('handle app')
  })

  it('opens one sandboxed window where it was left, maximised, loaded from app://', () => {
    const [window] = windows
    expect(window.options).toMatchObject({ x: 100, y: 80, width: 1300, height: 850, minWidth: 960 })
    expect((window.options.webPreferences as { sandbox: boolean }).sandbox).toBe(true)
    expect(window.maximized).toBe(true)
    expect(window.loaded).toBe('app://claimdesk/index.html')
  })

  it('opens the default workspace when the last one vanished, and asks about it once the window shows', async () => {
    const info = (await handlers.get('workspace.info')!(APP_FRAME)) as { ok: boolean; value: { dir: string } }
    expect(info).toMatchObject({ ok: true, value: { dir: join(userData, 'workspace') } })
    windows[0].emit('ready-to-show')
    await vi.waitFor(() => expect(calls).toContain(`message Claimdesk cannot find this workspace: ${join(userData, 'moved-away')}`), LOADED)
    // The user chose "Remove from recent workspaces".
    await vi.waitFor(async () => {
      const settings = (await handlers.get('settings.get')!(APP_FRAME)) as { value: { recentWorkspaces: string[] } }
      expect(settings.value.recentWorkspaces).toEqual([join(userData, 'workspace')])
    }, LOADED)
  })

  it('hands a second launch’s article file to Import, which takes it without a dialog', async () => {
    const [window] = windows
    const article = resolve(__dirname, '../../data/chongjin-explosion.txt')
    appEvent('second-instance', {}, ['/usr/bin/electron', 'out/main/index.js', '--some-switch', article], '/')
    expect(window.sent).toContainEqual(['event:menu.import'])
    const result = (await handlers.get('articles.importFromDialog')!(APP_FRAME)) as { value: { chosen: boolean; imported: { duplicate: boolean }[] } }
    expect(result.value.chosen).toBe(true)
    expect(result.value.imported).toEqual([expect.objectContaining({ duplicate: true })]) // the sample is already there
    // The next Import shows the dialog again (here: cancelled).
    expect(((await handlers.get('articles.importFromDialog')!(APP_FRAME)) as { value: { chosen: boolean } }).value.chosen).toBe(false)
  })

  it('a Claimdesk export opened from the OS goes to Merge', () => {
    appEvent('open-file', { preventDefault: () => undefined }, '/home/kim/Downloads/review.claimdesk')
    expect(windows[0].sent).toContainEqual(['event:menu.merge'])
  })

  it('quits when the last window closes, except on macOS', () => {
    const before = calls.filter((c) => c === 'quit').length
    Object.defineProperty(process, 'platform', { value: 'darwin' })
    try {
      appEvent('window-all-closed')
      expect(calls.filter((c) => c === 'quit').length).toBe(before)
    } finally {
      Object.defineProperty(process, 'platform', { value: platform })
    }
    appEvent('window-all-closed')
    expect(calls.filter((c) => c === 'quit').length).toBe(before + 1)
  })

  it('saves the window state when it closes', async () => {
    windows[0].emit('close')
    const { SettingsService } = await import('../services/settings')
    await vi.waitFor(async () => expect((await SettingsService.open(userData)).get().window).toEqual({ x: 40, y: 30, width: 1200, height: 800, maximized: true }), LOADED)
  })

  it('at quit, a change that cannot be saved is retried, then named in a dialog; Don’t quit keeps it, and the next quit saves it', async () => {
    const info = (await handlers.get('workspace.info')!(APP_FRAME)) as { value: { dir: string } }
    const dir = info.value.dir
    const list = (await handlers.get('articles.list')!(APP_FRAME)) as { value: { id: string }[] }
    const id = list.value[0].id
    const article = (await handlers.get('articles.get')!(APP_FRAME, id)) as { value: { claims: { id: string }[] } }
    const claimId = article.value.claims[0].id
    // Something holds the article's path so that no save can replace it (here: a folder in its place).
    const file = join(dir, 'articles', `${id}.json`)
    renameSync(file, `${file}.away`)
    mkdirSync(file)
    const edit = (await handlers.get('claims.setNote')!(APP_FRAME, id, claimId, 'not yet on disk')) as { ok: boolean; error?: { code: string } }
    expect(edit).toMatchObject({ ok: false, error: { code: 'not-saved' } })

    const quits = calls.filter((c) => c === 'quit').length
    appEvent('before-quit', { preventDefault: () => calls.push('quit prevented') })
    await vi.waitFor(
      () => expect(calls).toContainEqual(expect.stringMatching(/^message A change is not saved: Not saved: “Explosion at Chongjin chemical factory reportedly injures workers” \(the file system refused \(EISDIR\)\)/)),
      { timeout: 30_000 },
    )
    await new Promise((r) => setTimeout(r, 100))
    expect(calls.filter((c) => c === 'quit').length).toBe(quits) // Don't quit: still running, the change in memory

    rmSync(file, { recursive: true })
    renameSync(`${file}.away`, file)
    appEvent('before-quit', { preventDefault: () => undefined })
    await vi.waitFor(() => expect(calls.filter((c) => c === 'quit').length).toBe(quits + 1), { timeout: 30_000 })
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { claims: { id: string; note: string }[] }
    expect(saved.claims.find((c) => c.id === claimId)!.note).toBe('not yet on disk')
    expect(existsSync(join(dir, '.claimdesk', 'workspace.lock'))).toBe(false) // closed, lock released
  }, 60_000)
})
