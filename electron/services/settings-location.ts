// Where the app's user-data folder is, computed the same way in the app and in the CLI
// (the CLI has no Electron to ask), so both read one settings file. These are Electron's
// own defaults for an app named Claimdesk; main sets them explicitly so they cannot drift.
import { posix, win32 } from 'node:path'

export const APP_NAME = 'Claimdesk'

export interface Environment {
  platform: NodeJS.Platform
  env: Record<string, string | undefined>
  home: string
}

export function userDataDir({ platform, env, home }: Environment): string {
  if (env.CLAIMDESK_USER_DATA) return env.CLAIMDESK_USER_DATA
  if (platform === 'win32') return win32.join(env.APPDATA || win32.join(home, 'AppData', 'Roaming'), APP_NAME)
  if (platform === 'darwin') return posix.join(home, 'Library', 'Application Support', APP_NAME)
  return posix.join(env.XDG_CONFIG_HOME || posix.join(home, '.config'), APP_NAME)
}

/**
 * Whether two paths name the same folder. Windows and (by default) macOS compare file
 * names without case, and Windows accepts either slash; a recent-workspaces list must not
 * hold C:\Work and c:/work/ twice.
 */
export function samePath(a: string, b: string, platform: NodeJS.Platform): boolean {
  const path = platform === 'win32' ? win32 : posix
  const clean = (p: string) => {
    const normal = path.normalize(p)
    const trimmed = normal.length > 1 && /[\\/]$/.test(normal) && !/^[A-Za-z]:\\$/.test(normal) ? normal.slice(0, -1) : normal
    return platform === 'win32' || platform === 'darwin' ? trimmed.toLowerCase() : trimmed
  }
  return clean(a) === clean(b)
}
