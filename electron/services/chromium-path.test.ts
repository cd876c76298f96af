import { win32 } from 'node:path'
import { describe, expect, it } from 'vitest'
import { chromiumCandidates, findChromium, noChromiumMessage } from './chromium-path'

describe('findChromium', () => {
  it('takes CHROMIUM_PATH when it exists, and nothing else', () => {
    expect(findChromium('linux', { CHROMIUM_PATH: '/opt/c/chrome' }, (p) => p === '/opt/c/chrome')).toBe('/opt/c/chrome')
    expect(findChromium('linux', { CHROMIUM_PATH: '/missing' }, (p) => p === '/usr/bin/chromium')).toBeNull()
  })

  it('finds the Debian Chromium, Chrome on macOS, and Edge on Windows', () => {
    expect(findChromium('linux', {}, (p) => p === '/usr/bin/chromium')).toBe('/usr/bin/chromium')
    expect(findChromium('darwin', {}, (p) => p.includes('Google Chrome.app'))).toContain('Google Chrome.app')
    const edge = win32.join('C:\\Program Files (x86)', 'Microsoft', 'Edge', 'Application', 'msedge.exe')
    const candidates = chromiumCandidates('win32', { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' })
    expect(candidates.map((c) => c.replaceAll('/', '\\'))).toContain(edge)
  })

  it('answers null when no browser is installed, with one line naming what to install', () => {
    expect(findChromium('linux', {}, () => false)).toBeNull()
    const message = noChromiumMessage({})
    expect(message.split('\n')).toHaveLength(1)
    expect(message).toMatch(/install.*chromium.*CHROMIUM_PATH/i)
  })
})
