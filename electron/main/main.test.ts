// Electron cannot start on our CI machines, so the main-process adapters are tested
// against a stand-in 'electron' module: what they register, and what they refuse.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

type Handler = (...args: unknown[]) => unknown
const handlers = new Map<string, Handler>()
const appEvents = new Map<string, Handler>()
const sessionHooks: Record<string, Handler> = {}
const opened: string[] = []

vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) },
  dialog: { showOpenDialog: async () => ({ canceled: true, filePaths: [] }), showSaveDialog: async () => ({ canceled: true }) },
  shell: { openExternal: async (url: string) => void opened.push(url) },
  app: { on: (event: string, handler: Handler) => appEvents.set(event, handler) },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (h: Handler) => (sessionHooks.permissionRequest = h),
      setPermissionCheckHandler: (h: Handler) => (sessionHooks.permissionCheck = h),
      webRequest: {
        onHeadersReceived: (h: Handler) => (sessionHooks.headers = h),
        onBeforeRequest: (h: Handler) => (sessionHooks.beforeRequest = h),
      },
    },
  },
  BrowserWindow: class {},
  protocol: { registerSchemesAsPrivileged: () => undefined, handle: () => undefined },
}))

const { setupIpc } = await import('./ipc')
const { setupSecurity } = await import('./security')
const { CHANNELS } = await import('../core/api')
const { SettingsService } = await import('../services/settings')
const { WorkspaceSession } = await import('../services/workspace-session')
const { isAppUrl, APP_ORIGIN } = await import('./app-protocol')
const { PendingFiles } = await import('./open-files')

const APP = APP_ORIGIN
let dir: string
let settings: import('../services/settings').SettingsService

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'claimdesk-main-'))
  settings = await SettingsService.open(join(dir, 'user-data'))
  const { session } = await WorkspaceSession.start(settings, { defaultDir: join(dir, 'ws'), dataDir: resolve(__dirname, '../../data') })
  setupIpc(session, settings, () => null, isAppUrl, { articles: new PendingFiles(), exports: new PendingFiles() })
  setupSecurity(isAppUrl)
})
afterAll(() => rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }))

const fromFrame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } })

describe('IPC adapter', () => {
  it('registers a handler for every channel of the contract, and nothing else', () => {
    expect([...handlers.keys()].sort()).toEqual([...CHANNELS].sort())
  })

  it('answers the app’s own main frame', async () => {
    const result = (await handlers.get('articles.list')!(fromFrame(`${APP}/index.html`))) as { ok: boolean; value: unknown[] }
    expect(result.ok).toBe(true)
    expect(result.value).toHaveLength(1)
  })

  it('refuses other pages and sub-frames before looking at the arguments', async () => {
    for (const event of [
      fromFrame('https://evil.example/'),
      fromFrame(`${APP}/index.html`, {}),
      fromFrame('file:///etc/passwd'),
      fromFrame('app://claimdesk.evil.example/index.html'),
      fromFrame('app://evil@claimdesk/index.html'),
      { senderFrame: null },
    ]) {
      expect(await handlers.get('articles.list')!(event)).toMatchObject({ ok: false, error: { message: 'Refused: not the Claimdesk window.' } })
    }
  })

  it('reads and changes the settings, and names the reviewer from them in the audit trail', async () => {
    const app = fromFrame(`${APP}/index.html`)
    expect(await handlers.get('settings.get')!(app)).toMatchObject({ ok: true, value: { reviewerName: '', theme: 'system' } })
    expect(await handlers.get('settings.update')!(app, { theme: 'purple' })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
    expect(await handlers.get('workspace.setReviewerName')!(app, 'Kim Min-ji')).toEqual({ ok: true, value: { reviewerName: 'Kim Min-ji' } })
    expect(settings.get().reviewerName).toBe('Kim Min-ji')
    const info = (await handlers.get('workspace.info')!(app)) as { value: { settings: { reviewerName: string } } }
    expect(info.value.settings.reviewerName).toBe('Kim Min-ji')
    const [article] = ((await handlers.get('articles.list')!(app)) as { value: { id: string }[] }).value
    const claim = ((await handlers.get('articles.get')!(app, article.id)) as { value: { claims: { id: string }[] } }).value.claims[0]
    const changed = (await handlers.get('claims.setCorroboration')!(app, article.id, claim.id, 'unverified')) as { value: { history: { by: string }[] } }
    expect(changed.value.history.at(-1)!.by).toBe('Kim Min-ji')
  })

  it('opens only workspaces from the recent list, and a cancelled New is a no-op', async () => {
    const app = fromFrame(`${APP}/index.html`)
    expect(await handlers.get('workspace.openRecent')!(app, '/etc')).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
    expect(await handlers.get('workspace.create')!(app)).toEqual({ ok: true, value: null })
  })

  it('validates arguments from the app frame', async () => {
    const result = await handlers.get('claims.setCorroboration')!(fromFrame(`${APP}/index.html`), 'a-x', 'c-y', 'maybe')
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
  })
})

describe('security hooks', () => {
  it('denies every permission request and check', () => {
    let granted: boolean | undefined
    sessionHooks.permissionRequest(null, 'media', (g: boolean) => (granted = g))
    expect(granted).toBe(false)
    expect(sessionHooks.permissionCheck()).toBe(false)
  })

  it('cancels every request that is not the app itself', () => {
    const decide = (url: string) => {
      let cancel: boolean | undefined
      sessionHooks.beforeRequest({ url }, (r: { cancel: boolean }) => (cancel = r.cancel))
      return cancel
    }
    expect(decide(`${APP}/assets/index.js`)).toBe(false)
    expect(decide('https://tracker.example/x.png')).toBe(true)
    expect(decide('file:///etc/passwd')).toBe(true)
  })

  it('adds the strict CSP to every response', () => {
    let headers: Record<string, string[]> = {}
    sessionHooks.headers({ responseHeaders: {} }, (r: { responseHeaders: Record<string, string[]> }) => (headers = r.responseHeaders))
    expect(headers['Content-Security-Policy'][0]).toContain("default-src 'none'")
  })

  it('denies new windows (opening only http(s) links in the OS browser) and blocks navigation and webviews', () => {
    const contents = {
      listeners: new Map<string, Handler>(),
      windowOpen: null as Handler | null,
      setWindowOpenHandler(h: Handler) {
        this.windowOpen = h
      },
      on(event: string, h: Handler) {
        this.listeners.set(event, h)
      },
    }
    appEvents.get('web-contents-created')!({}, contents)
    expect(contents.windowOpen!({ url: 'https://www.dailynk.com/' })).toEqual({ action: 'deny' })
    expect(contents.windowOpen!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' })
    expect(opened).toEqual(['https://www.dailynk.com/'])
    for (const [event, url, blocked] of [
      ['will-navigate', 'https://evil.example/', true],
      ['will-navigate', `${APP}/index.html`, false],
      ['will-redirect', 'https://evil.example/', true],
    ] as const) {
      const prevent = vi.fn()
      contents.listeners.get(event)!({ preventDefault: prevent }, url)
      expect(prevent).toHaveBeenCalledTimes(blocked ? 1 : 0)
    }
    const prevent = vi.fn()
    contents.listeners.get('will-attach-webview')!({ preventDefault: prevent })
    expect(prevent).toHaveBeenCalled()
  })
})
