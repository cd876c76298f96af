import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { UNNAMED_REVIEWER } from '../core/settings'
import { SETTINGS_FILE } from '../store/settings-file'
import { SettingsService } from './settings'

let dir: string
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'claimdesk-settings-'))))
afterEach(() => rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }))

const onDisk = () => JSON.parse(readFileSync(join(dir, SETTINGS_FILE), 'utf8'))

describe('settings service', () => {
  it('saves a change before returning it, and the next start reads it back', async () => {
    const settings = await SettingsService.open(dir)
    const saved = await settings.update({ reviewerName: '  Kim Min-ji ', theme: 'dark', publisher: { organisationName: 'NK Check' } })
    expect(saved).toMatchObject({ reviewerName: 'Kim Min-ji', theme: 'dark', publisher: { organisationName: 'NK Check', url: null } })
    expect(onDisk()).toMatchObject({ schemaVersion: 1, reviewerName: 'Kim Min-ji', theme: 'dark' })
    expect((await SettingsService.open(dir)).get()).toEqual(saved)
  })

  it('creates the user-data folder on the first save', async () => {
    const settings = await SettingsService.open(join(dir, 'not', 'yet'))
    await settings.update({ textSize: 'small' })
    expect(JSON.parse(readFileSync(join(dir, 'not', 'yet', SETTINGS_FILE), 'utf8')).textSize).toBe('small')
  })

  it('changes the publisher field by field', async () => {
    const settings = await SettingsService.open(dir)
    await settings.update({ publisher: { url: 'https://check.example.org' } })
    const saved = await settings.update({ publisher: { factCheckUrlPattern: 'https://check.example.org/{article}/{claim}' } })
    expect(saved.publisher).toEqual({ organisationName: '', url: 'https://check.example.org', logoUrl: null, factCheckUrlPattern: 'https://check.example.org/{article}/{claim}' })
  })

  it('refuses a bad patch with a clear error and writes nothing', async () => {
    const settings = await SettingsService.open(dir)
    // In the English it always had (issue 11: the refusal is a code, zod's words inside it too).
    const refusals = {
      'Invalid setting (theme): Invalid option: expected one of "system"|"light"|"dark"': { theme: 'purple' },
      'Invalid setting (publisher.url): Give an http or https address.': { publisher: { url: 'javascript:alert(1)' } },
      'Invalid setting: Unrecognized key: "recentWorkspaces"': { recentWorkspaces: ['/etc'] },
      'Invalid setting: Unrecognized key: "window"': { window: null },
      'Invalid setting: Invalid input: expected object, received string': 'dark',
    }
    for (const [english, patch] of Object.entries(refusals)) {
      await expect(settings.update(patch)).rejects.toMatchObject({ code: 'invalid-argument', message: english, detail: { code: expect.stringMatching(/^settingsError\./) } })
    }
    await expect(settings.update({ theme: 'purple' })).rejects.toMatchObject({ detail: { code: 'settingsError.invalidAt', values: { path: 'theme', detail: { code: expect.stringMatching(/^zodIssue\./) } } } })
    expect(() => onDisk()).toThrow(/ENOENT/)
  })

  it('names the reviewer with one spelling when no name is given', async () => {
    const settings = await SettingsService.open(dir)
    expect(settings.reviewerName()).toBe(UNNAMED_REVIEWER)
    await settings.update({ reviewerName: 'Kim Min-ji' })
    expect(settings.reviewerName()).toBe('Kim Min-ji')
  })

  it('keeps recent workspaces newest first, once each, at most ten', async () => {
    const settings = await SettingsService.open(dir, { platform: 'win32' })
    for (let i = 0; i < 12; i++) await settings.rememberWorkspace(`C:\\Work\\ws${i}`)
    await settings.rememberWorkspace('c:/work/WS3/')
    const { recentWorkspaces, lastWorkspace } = settings.get()
    expect(recentWorkspaces).toHaveLength(10)
    expect(recentWorkspaces[0]).toBe('c:/work/WS3/')
    expect(recentWorkspaces.filter((p) => p.toLowerCase().includes('ws3'))).toHaveLength(1)
    expect(lastWorkspace).toBe('c:/work/WS3/')
    await settings.forgetWorkspace('C:\\Work\\ws3')
    expect(settings.get()).toMatchObject({ lastWorkspace: null })
    expect(settings.get().recentWorkspaces).toHaveLength(9)
  })

  it('runs overlapping changes one after another, so none is lost', async () => {
    const settings = await SettingsService.open(dir)
    await Promise.all([settings.update({ theme: 'dark' }), settings.update({ textSize: 'large' }), settings.rememberWorkspace('/w/a')])
    expect(onDisk()).toMatchObject({ theme: 'dark', textSize: 'large', lastWorkspace: '/w/a' })
  })

  it('takes over a workspace’s reviewer name only while its own is empty', async () => {
    const settings = await SettingsService.open(dir)
    expect((await settings.adoptReviewerName('  Park ')).reviewerName).toBe('Park')
    expect((await settings.adoptReviewerName('Lee')).reviewerName).toBe('Park')
  })

  it('tells listeners about a change once, and not about a no-op', async () => {
    const settings = await SettingsService.open(dir)
    const seen: string[] = []
    const off = settings.onChange((s) => seen.push(s.theme))
    await settings.update({ theme: 'light' })
    await settings.update({ theme: 'light' })
    off()
    await settings.update({ theme: 'dark' })
    expect(seen).toEqual(['light'])
  })

  it('validates the window state it keeps', async () => {
    const settings = await SettingsService.open(dir)
    await expect(settings.saveWindowState({ x: 0, y: 0, width: 10, height: 10, maximized: false })).rejects.toThrow()
    expect((await settings.saveWindowState({ x: -1200, y: 40, width: 1280, height: 800, maximized: true })).window).toMatchObject({ x: -1200 })
  })

  it('read-only settings (the CLI) change in memory and never touch the file', async () => {
    const settings = await SettingsService.open(dir, { readOnly: true })
    await settings.update({ reviewerName: 'Kim' })
    expect(settings.reviewerName()).toBe('Kim')
    expect(() => onDisk()).toThrow(/ENOENT/)
  })
})
