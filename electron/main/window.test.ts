import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, isExternalLinkAllowed, windowOptions } from './window'

describe('windowOptions', () => {
  it('is sandboxed, isolated and without Node', () => {
    const prefs = windowOptions('/app/preload.cjs').webPreferences!
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    })
    expect(prefs.preload).toBe('/app/preload.cjs')
  })

  it('has a CSP with no remote origins and no inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'")
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|unsafe-inline|unsafe-eval|\*/)
  })

  it('opens only http(s) links outside the app', () => {
    expect(isExternalLinkAllowed('https://www.dailynk.com/english/')).toBe(true)
    expect(isExternalLinkAllowed('http://example.org')).toBe(true)
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'not a url', 'data:text/html,x']) {
      expect(isExternalLinkAllowed(url)).toBe(false)
    }
  })
})
