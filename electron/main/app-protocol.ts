// The renderer is served from app://claimdesk/ instead of file://, so the CSP's 'self'
// means the app's own files and nothing else on disk, and the app's origin is one fixed
// string (no file:///c:/ versus file:///C:/ mismatch on Windows, issue 15 #8).
import { protocol } from 'electron'
import { readFile } from 'node:fs/promises'
import * as nodePath from 'node:path'
import { extname } from 'node:path'
import { CONTENT_SECURITY_POLICY } from './window'

export const APP_SCHEME = 'app'
export const APP_HOST = 'claimdesk'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
}

/** Whether a URL is the app itself: app://claimdesk/..., compared as a parsed URL, not as text. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url)
    // Node keeps a custom scheme's host as written; Chromium lowercases it.
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host.toLowerCase() === APP_HOST && !parsed.username && !parsed.password && !parsed.port
  } catch {
    return false
  }
}

/**
 * The file an app:// request names inside the renderer folder, or null. Refused: other
 * hosts, `..` or a backslash (also percent-encoded), NUL, and anything that resolves
 * outside the folder.
 */
export function resolveAppPath(url: string, rendererDir: string, path: typeof nodePath.posix = nodePath): string | null {
  if (!isAppUrl(url)) return null
  const raw = new URL(url).pathname
  let decoded: string
  try {
    decoded = decodeURIComponent(raw)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.split('/').includes('..')) return null
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '')
  const root = path.resolve(rendererDir)
  const file = path.resolve(root, relative)
  return file.startsWith(root + path.sep) ? file : null
}

/** Must run before the app is ready: app:// behaves as a secure, standard origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ])
}

export async function serveAppRequest(url: string, rendererDir: string): Promise<Response> {
  const file = resolveAppPath(url, rendererDir)
  if (!file) return new Response('Not found', { status: 404 })
  try {
    const body = await readFile(file)
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
        // webRequest hooks do not see custom-protocol responses: the policy goes on here.
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    })
  } catch {
    return new Response('Not found', { status: 404 })
  }
}

export function setupAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request.url, rendererDir))
}
