import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, win32 } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged: () => undefined, handle: () => undefined } }))
const { APP_INDEX_URL, isAppUrl, resolveAppPath, serveAppRequest } = await import('./app-protocol')
const { CONTENT_SECURITY_POLICY } = await import('./window')

let renderer: string
beforeAll(() => {
  renderer = join(mkdtempSync(join(tmpdir(), 'claimdesk-protocol-')), 'renderer')
  mkdirSync(join(renderer, 'assets'), { recursive: true })
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Claimdesk</title>')
  writeFileSync(join(renderer, 'assets', 'index-abc.js'), 'console.log(1)')
  writeFileSync(join(renderer, '..', 'secret.txt'), 'not for the renderer')
})
afterAll(() => rmSync(join(renderer, '..'), { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }))

describe('isAppUrl', () => {
  it('accepts the app’s own pages, whatever the case of the host', () => {
    expect(isAppUrl(APP_INDEX_URL)).toBe(true)
    expect(isAppUrl('app://ClaimDesk/assets/x.js')).toBe(true)
  })

  it('refuses look-alikes, other schemes and file:// (so no file:///C: vs file:///c: question arises)', () => {
    for (const url of [
      'app://claimdesk.evil.example/index.html',
      'app://evil.example/claimdesk/index.html',
      'app://user@claimdesk/index.html',
      'app://claimdesk:8080/index.html',
      'https://claimdesk/index.html',
      'file:///C:/Program%20Files/Claimdesk/resources/app.asar/out/renderer/index.html',
      'not a url',
    ]) {
      expect(isAppUrl(url), url).toBe(false)
    }
  })
})

describe('resolveAppPath', () => {
  it('maps app:// paths into the renderer folder', () => {
    expect(resolveAppPath('app://claimdesk/', renderer)).toBe(join(renderer, 'index.html'))
    expect(resolveAppPath('app://claimdesk/assets/index-abc.js?v=1#x', renderer)).toBe(join(renderer, 'assets', 'index-abc.js'))
  })

  it('refuses path traversal, however it is spelled', () => {
    // A literal ../ is already folded by the URL parser and stays inside the folder.
    expect(resolveAppPath('app://claimdesk/../secret.txt', renderer)).toBe(join(renderer, 'secret.txt'))
    expect(resolveAppPath('app://claimdesk/%2e%2e/secret.txt', renderer)).toBe(join(renderer, 'secret.txt'))
    for (const url of [
      'app://claimdesk/assets/..%2F..%2Fsecret.txt',
      'app://claimdesk/assets%5C..%5C..%5Csecret.txt',
      'app://claimdesk/index.html%00.js',
      'app://claimdesk/%E0%A4%A',
      'app://other/index.html',
    ]) {
      expect(resolveAppPath(url, renderer), url).toBeNull()
    }
  })

  it('on Windows paths too: a drive letter or backslashes cannot leave the folder', () => {
    const root = 'C:\\Program Files\\Claimdesk\\resources\\app.asar\\out\\renderer'
    expect(resolveAppPath('app://claimdesk/assets/a.js', root, win32)).toBe(`${root}\\assets\\a.js`)
    expect(resolveAppPath('app://claimdesk/C:/Windows/win.ini', root, win32)).toBeNull()
    expect(resolveAppPath('app://claimdesk/%5C%5Cserver%5Cshare', root, win32)).toBeNull()
  })
})

describe('serveAppRequest', () => {
  it('serves a file with its type and the CSP', async () => {
    const response = await serveAppRequest('app://claimdesk/index.html', renderer)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await response.text()).toContain('<title>Claimdesk</title>')
  })

  it('answers 404 to a missing file and to traversal, never with the file', async () => {
    expect((await serveAppRequest('app://claimdesk/nope.js', renderer)).status).toBe(404)
    const traversal = await serveAppRequest('app://claimdesk/assets/..%2F..%2Fsecret.txt', renderer)
    expect(traversal.status).toBe(404)
    expect(await traversal.text()).not.toContain('not for the renderer')
  })
})
