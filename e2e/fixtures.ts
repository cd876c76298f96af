// Launches Claimdesk for a spec. Where an Electron binary is installed the real app is
// started with Playwright's _electron; otherwise (as on our CI machines, where Electron
// cannot be downloaded) the built renderer runs in Chromium with `window.api` bound to
// the very same main-process services (dispatcher, zod validation, workspace store)
// over a real workspace folder.
import { test as base, chromium, _electron, type Browser, type Page, type ElectronApplication } from '@playwright/test'
import { buildSync } from 'esbuild'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, extname, isAbsolute, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createDispatcher } from '../electron/services/dispatch'
import { CHROMIUM_ARGS, renderPdf } from '../electron/services/report-pdf'
import { openWithSample } from '../electron/services/seed'
import { Workspace } from '../electron/services/workspace'
import type { EventName } from '../electron/core/api'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '..')
const rendererDir = join(root, 'out', 'renderer')
export const APP_ORIGIN = 'http://claimdesk.test'
export { CHROMIUM_ARGS } from '../electron/services/report-pdf'
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

const MIME: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
}

export interface LaunchOptions {
  workspaceDir: string
  /** Where "Save as" dialogs save exports (Chromium mode); null: the user cancels. */
  saveDir?: string
  viewport?: { width: number; height: number }
  /** Chromium mode: delay every PDF render by this long (to test progress and cancel). */
  slowPdfMs?: number
}

export interface RunningApp {
  page: Page
  mode: 'electron' | 'chromium'
  /** Files the next File > Import dialog "chooses" (Chromium mode; Electron shows a real dialog). */
  chooseFilesNext(paths: string[]): void
  /** The file the next "attach evidence file" dialog "chooses" (Chromium mode). */
  chooseEvidenceFileNext(path: string): void
  /** The export file or workspace folder the next "merge" dialog "chooses" (Chromium mode). */
  chooseMergeSourceNext(path: string): void
  /** The folder the next folder dialog (Settings > default export folder) "chooses". */
  chooseFolderNext(path: string): void
  /** Links the app asked the OS browser to open (Chromium mode). */
  openedLinks: string[]
  /** Sends a main-process event such as a menu command to the renderer. */
  emit(event: EventName): Promise<void>
  /** Every request the page made to anything other than the app itself. */
  foreignRequests: string[]
  close(): Promise<void>
}

let pageApiScript: string | null = null
function pageApi(): string {
  pageApiScript ??= buildSync({
    entryPoints: [join(here, 'page-api.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    platform: 'browser',
    target: 'chrome120',
  }).outputFiles[0].text
  return pageApiScript
}

/** The installed Electron binary, or null. Checked on disk: require('electron') would try to download it. */
function electronBinary(): string | null {
  const pkg = join(root, 'node_modules', 'electron')
  const pathFile = join(pkg, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

async function launchElectron(binary: string, options: LaunchOptions): Promise<RunningApp> {
  const app: ElectronApplication = await _electron.launch({
    executablePath: binary,
    args: [join(root, 'out', 'main', 'index.js')],
    // A fresh user-data folder per launch: settings (window, theme, recent workspaces) never leak between tests.
    env: { ...process.env, CLAIMDESK_WORKSPACE: options.workspaceDir, CLAIMDESK_USER_DATA: mkdtempSync(join(tmpdir(), 'claimdesk-user-data-')) } as Record<string, string>,
  })
  const page = await app.firstWindow()
  const foreignRequests: string[] = []
  page.on('request', (r) => {
    // The app is served from app://claimdesk/ (electron/main/app-protocol.ts).
    if (!r.url().startsWith('app://claimdesk/') && !r.url().startsWith('data:')) foreignRequests.push(r.url())
  })
  // Native dialogs and the OS browser are replaced in the main process by queues the
  // spec fills, exactly as the Chromium host does.
  await app.evaluate(({ dialog, shell }, saveDir) => {
    const g = globalThis as unknown as { __claimdeskQueues: { open: string[][]; links: string[] } }
    g.__claimdeskQueues = { open: [], links: [] }
    dialog.showOpenDialog = (async () => {
      const paths = g.__claimdeskQueues.open.shift() ?? []
      return { canceled: paths.length === 0, filePaths: paths }
    }) as typeof dialog.showOpenDialog
    dialog.showSaveDialog = (async (...args: unknown[]) => {
      const options = (args.length > 1 ? args[1] : args[0]) as { defaultPath?: string }
      // A full defaultPath is already in the reviewer's export folder: "Save" keeps it.
      const inFolder = options.defaultPath?.startsWith('/')
      return saveDir ? { canceled: false, filePath: inFolder ? options.defaultPath : `${saveDir}/${options.defaultPath}` } : { canceled: true, filePath: '' }
    }) as typeof dialog.showSaveDialog
    shell.openExternal = (async (url: string) => void g.__claimdeskQueues.links.push(url)) as typeof shell.openExternal
  }, options.saveDir ?? null)
  const queueOpen = (paths: string[]) =>
    void app.evaluate((_electron, p) => (globalThis as unknown as { __claimdeskQueues: { open: string[][] } }).__claimdeskQueues.open.push(p), paths)
  const openedLinks: string[] = []
  return {
    page,
    mode: 'electron',
    chooseFilesNext: queueOpen,
    chooseEvidenceFileNext: (path) => queueOpen([path]),
    chooseMergeSourceNext: (path) => queueOpen([path]),
    chooseFolderNext: (path) => queueOpen([path]),
    openedLinks,
    emit: async (event) => {
      await app.evaluate(({ BrowserWindow }, name) => BrowserWindow.getAllWindows()[0]?.webContents.send(`event:${name}`), event)
    },
    foreignRequests,
    close: async () => {
      openedLinks.push(...(await app.evaluate(() => (globalThis as unknown as { __claimdeskQueues: { links: string[] } }).__claimdeskQueues.links)))
      await app.close()
    },
  }
}

let sharedBrowser: Promise<Browser> | null = null

async function launchChromium(options: LaunchOptions): Promise<RunningApp> {
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error('The renderer is not built: run `npm run build` first (npm test does).')
  }
  const workspace = await openWithSample(() => Workspace.open(options.workspaceDir), join(root, 'data'))
  const chosen: string[][] = []
  const saveDir = options.saveDir ?? null
  const evidenceFiles: string[] = []
  const mergeSources: string[] = []
  const folders: string[] = []
  const openedLinks: string[] = []
  const dispatch = createDispatcher(workspace, {
    chooseArticleFiles: async () => chosen.shift() ?? [],
    chooseEvidenceFile: async () => evidenceFiles.shift() ?? null,
    openExternal: async (url) => void openedLinks.push(url),
    // A full path is already in the reviewer's export folder: "Save" keeps it.
    chooseSavePath: async (name) => (saveDir ? (isAbsolute(name) ? name : join(saveDir, name)) : null),
    chooseFolder: async () => folders.shift() ?? null,
    renderPdf: async (html, signal, footer, pageRanges) => {
      // A test can make the PDF slow, to stand for a 10,000-claim report, and cancel it.
      if (options.slowPdfMs) await new Promise((resolve) => setTimeout(resolve, options.slowPdfMs))
      if (signal?.aborted) throw new Error('cancelled')
      return renderPdf(html, { footer, pageRanges })
    },
    chooseMergeSource: async () => mergeSources.shift() ?? null,
    notify: (event, payload) => void pageRef?.evaluate(([name, data]) => window.__claimdeskEmit(name, data), [event, payload] as const).catch(() => undefined),
  })
  let pageRef: Page | null = null

  sharedBrowser ??= chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  const browser = await sharedBrowser
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1440, height: 900 } })
  const foreignRequests: string[] = []
  await context.route('**/*', async (route) => {
    const url = route.request().url()
    if (url.startsWith(`${APP_ORIGIN}/`)) {
      const path = join(rendererDir, decodeURIComponent(new URL(url).pathname))
      if (path.startsWith(rendererDir) && existsSync(path)) {
        return route.fulfill({ status: 200, body: readFileSync(path), contentType: MIME[extname(path)] ?? 'application/octet-stream' })
      }
      return route.fulfill({ status: 404, body: 'not found' })
    }
    if (!url.startsWith('data:')) foreignRequests.push(url)
    return route.abort('blockedbyclient')
  })
  // Results travel as a JSON string: Playwright's own serialisation of large objects is far
  // slower than Electron's structured clone, and would make big articles look slow here.
  await context.exposeBinding('__claimdeskInvoke', async (_source, channel: unknown, args: unknown) => JSON.stringify(await dispatch(channel, args)))
  await context.addInitScript({ content: pageApi() })
  const page = await context.newPage()
  pageRef = page
  await page.goto(`${APP_ORIGIN}/index.html`)
  return {
    page,
    mode: 'chromium',
    chooseFilesNext: (paths) => chosen.push(paths),
    chooseEvidenceFileNext: (path) => evidenceFiles.push(path),
    chooseMergeSourceNext: (path) => mergeSources.push(path),
    chooseFolderNext: (path) => folders.push(path),
    openedLinks,
    emit: async (event) => {
      await page.waitForFunction((name) => window.__claimdeskListening(name), event)
      await page.evaluate((name) => window.__claimdeskEmit(name), event)
    },
    foreignRequests,
    close: async () => {
      await context.close()
      await workspace.close()
    },
  }
}

// Apps this worker started and has not closed yet: the fixture closes them after each test,
// so a spec that fails before its own close() does not leave an app (and a workspace) open.
const openApps = new Set<RunningApp>()

/** Starts the app on a workspace folder (created and seeded with the sample article when new). */
export async function launchApp(options: LaunchOptions): Promise<RunningApp> {
  const binary = process.env.CLAIMDESK_E2E_CHROMIUM ? null : electronBinary()
  const app = binary ? await launchElectron(binary, options) : await launchChromium(options)
  let closing: Promise<void> | null = null
  const tracked: RunningApp = {
    ...app,
    close: () => {
      openApps.delete(tracked)
      closing ??= app.close()
      return closing
    },
  }
  openApps.add(tracked)
  return tracked
}

/** A fresh temporary workspace folder per test, removed afterwards; every app left open is closed first. */
export const test = base.extend<{ workspaceDir: string; closeLeftoverApps: void }>({
  closeLeftoverApps: [
    // Depends on workspaceDir so that it is torn down first: apps close before their folder goes.
    async ({ workspaceDir: _workspaceDir }, use) => {
      await use()
      await Promise.allSettled([...openApps].map((app) => app.close()))
    },
    { auto: true },
  ],
  // eslint-disable-next-line no-empty-pattern
  workspaceDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'claimdesk-e2e-'))
    await use(dir)
    rmSync(dir, { recursive: true, force: true })
  },
})

export { expect } from '@playwright/test'

/** An article in the Articles list by the start of its title: a related-report link elsewhere can carry the same title. */
export function articleButton(page: Page, title: RegExp) {
  return page.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: title })
}

export const SCREENSHOT_DIR = join(root, '.tmp', 'screenshots')
