// Files handed to Claimdesk by the OS: on a double-click (macOS `open-file`), as arguments
// of a first launch, or of a second launch that the running app takes over. Articles go to
// Import, Claimdesk JSON exports to Merge, through the renderer's own Import and Merge
// flows, so the user sees the same progress, results and errors as from the menu.
import { extname, isAbsolute, resolve } from 'node:path'

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm']
export const EXPORT_EXTENSIONS = ['.json', '.claimdesk']

/**
 * The files named on a command line. Skips the executable, the app folder or script
 * Electron was started with in development, and every switch (Chromium's included).
 */
export function filesFromArgv(argv: readonly string[], cwd: string, isPackaged: boolean): string[] {
  const args = argv.slice(isPackaged ? 1 : 2)
  return args
    .filter((arg) => !arg.startsWith('-'))
    .filter((arg) => [...ARTICLE_EXTENSIONS, ...EXPORT_EXTENSIONS].includes(extname(arg).toLowerCase()))
    .map((arg) => (isAbsolute(arg) ? arg : resolve(cwd, arg)))
}

export function splitOpenedFiles(paths: readonly string[]): { articles: string[]; exports: string[] } {
  return {
    articles: paths.filter((p) => ARTICLE_EXTENSIONS.includes(extname(p).toLowerCase())),
    exports: paths.filter((p) => EXPORT_EXTENSIONS.includes(extname(p).toLowerCase())),
  }
}

/**
 * Paths waiting for the renderer to ask for them (it asks through its Import or Merge
 * dialog call, which then takes these instead of showing a dialog). They expire, so a
 * later Import from the menu shows the dialog as usual.
 */
export class PendingFiles {
  private entries: { paths: string[]; until: number }[] = []

  constructor(
    private readonly now: () => number = Date.now,
    private readonly lifetimeMs = 60_000,
  ) {}

  push(paths: string[]): void {
    if (paths.length > 0) this.entries.push({ paths, until: this.now() + this.lifetimeMs })
  }

  take(): string[] | null {
    this.entries = this.entries.filter((e) => e.until >= this.now())
    return this.entries.shift()?.paths ?? null
  }
}
