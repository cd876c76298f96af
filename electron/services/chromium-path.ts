// Where PDF export finds a Chromium-family browser when it runs outside Electron (the CLI,
// tests, benchmarks). Electron prints with its own Chromium; the CLI uses the system's, so
// the package ships no browser. CHROMIUM_PATH wins; then the usual install places per OS.
import { existsSync } from 'node:fs'
import { join } from 'node:path'

export function chromiumCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => Boolean(r))
    return roots.flatMap((root) => [
      join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      join(root, 'Chromium', 'Application', 'chrome.exe'),
      join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    ])
  }
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ]
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium', '/usr/bin/microsoft-edge']
}

/** The browser to print with, or null when none is installed. */
export function findChromium(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): string | null {
  if (env.CHROMIUM_PATH) return exists(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null
  return chromiumCandidates(platform, env).find(exists) ?? null
}

/** One line a user can act on. */
export function noChromiumMessage(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH
    ? `no browser at CHROMIUM_PATH=${env.CHROMIUM_PATH}: point it at a Chromium, Chrome or Edge executable`
    : 'PDF export needs Chromium, Chrome or Edge: install one (Debian/Ubuntu: apt install chromium) or set CHROMIUM_PATH to its executable'
}
