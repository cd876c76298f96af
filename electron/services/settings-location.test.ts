import { describe, expect, it } from 'vitest'
import { samePath, userDataDir } from './settings-location'

describe('userDataDir (the folder the app and the CLI share)', () => {
  it('is Electron’s default folder for an app named Claimdesk on each OS', () => {
    expect(userDataDir({ platform: 'win32', env: { APPDATA: 'C:\\Users\\kim\\AppData\\Roaming' }, home: 'C:\\Users\\kim' })).toBe(
      'C:\\Users\\kim\\AppData\\Roaming\\Claimdesk',
    )
    expect(userDataDir({ platform: 'win32', env: {}, home: 'C:\\Users\\kim' })).toBe('C:\\Users\\kim\\AppData\\Roaming\\Claimdesk')
    expect(userDataDir({ platform: 'darwin', env: {}, home: '/Users/kim' })).toBe('/Users/kim/Library/Application Support/Claimdesk')
    expect(userDataDir({ platform: 'linux', env: {}, home: '/home/kim' })).toBe('/home/kim/.config/Claimdesk')
    expect(userDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/cfg' }, home: '/home/kim' })).toBe('/cfg/Claimdesk')
  })

  it('can be pointed elsewhere (tests, a portable copy)', () => {
    expect(userDataDir({ platform: 'linux', env: { CLAIMDESK_USER_DATA: '/tmp/ud' }, home: '/home/kim' })).toBe('/tmp/ud')
  })
})

describe('samePath', () => {
  it('ignores case and slash direction on Windows, and a trailing separator', () => {
    expect(samePath('C:\\Work\\Claims', 'c:/work/claims/', 'win32')).toBe(true)
    expect(samePath('C:\\', 'c:\\', 'win32')).toBe(true)
    expect(samePath('C:\\Work\\Claims', 'C:\\Work\\Claims2', 'win32')).toBe(false)
  })

  it('is case-sensitive on Linux, not on macOS', () => {
    expect(samePath('/home/kim/Work', '/home/kim/work', 'linux')).toBe(false)
    expect(samePath('/home/kim/Work/', '/home/kim/./Work', 'linux')).toBe(true)
    expect(samePath('/Users/kim/Work', '/Users/kim/work', 'darwin')).toBe(true)
  })
})
