import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '../core/settings'
import { migrateSettings, SETTINGS_FILE, SettingsFile } from './settings-file'

let dir: string
let path: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimdesk-settings-file-'))
  path = join(dir, SETTINGS_FILE)
})
afterEach(() => rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }))

const now = () => new Date('2026-11-25T12:00:00Z')
const write = (value: unknown) => writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value))

describe('settings file', () => {
  it('starts from the defaults when there is no file, and writes nothing until asked', async () => {
    const loaded = await new SettingsFile(path).load()
    expect(loaded).toEqual({ settings: DEFAULT_SETTINGS, notices: [], writable: true })
    expect(existsSync(path)).toBe(false)
  })

  it('round-trips every setting with its schema version', async () => {
    const settings = { ...DEFAULT_SETTINGS, reviewerName: 'Kim Min-ji', theme: 'dark' as const, recentWorkspaces: ['/w/a'], lastWorkspace: '/w/a' }
    await new SettingsFile(path).save(settings)
    expect(JSON.parse(readFileSync(path, 'utf8')).schemaVersion).toBe(1)
    expect((await new SettingsFile(path).load()).settings).toEqual(settings)
  })

  it('moves a file that does not parse aside, and says where it went', async () => {
    write('{"schemaVersion": 1, "reviewerName": "Kim"')
    const loaded = await new SettingsFile(path, { now }).load()
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS)
    expect(loaded.notices).toHaveLength(1)
    expect(loaded.notices[0].reason).toMatch(/not valid JSON/)
    expect(existsSync(path)).toBe(false)
    expect(readFileSync(loaded.notices[0].movedTo, 'utf8')).toContain('"Kim"')
  })

  it('keeps the settings that are still valid when one is not, and names the ones it reset', async () => {
    write({ ...DEFAULT_SETTINGS, schemaVersion: 1, reviewerName: 'Kim Min-ji', theme: 'purple', textSize: 'large' })
    const loaded = await new SettingsFile(path, { now }).load()
    expect(loaded.settings).toMatchObject({ reviewerName: 'Kim Min-ji', textSize: 'large', theme: 'system' })
    expect(loaded.notices[0].reason).toMatch(/theme.*reset to default: theme/)
    // The same words as codes for main's dialog: zod's sentence inside, the field names as values.
    expect(loaded.notices[0].why).toMatchObject({ code: 'settingsNotice.reset', values: { fields: 'theme', reason: { code: 'notice.invalidContent', values: { path: 'theme', detail: { code: 'zodIssue.oneOf' } } } } })
    expect(readdirSync(dir).filter((f) => f.includes('.corrupt-'))).toHaveLength(1)
  })

  it('leaves a file from a newer Claimdesk where it is and does not write it', async () => {
    write({ ...DEFAULT_SETTINGS, schemaVersion: 7, reviewerName: 'Kim', somethingNew: true })
    const before = readFileSync(path, 'utf8')
    const loaded = await new SettingsFile(path).load()
    expect(loaded.writable).toBe(false)
    expect(loaded.settings.reviewerName).toBe('Kim')
    expect(loaded.notices[0]).toMatchObject({ file: path, movedTo: path })
    expect(loaded.notices[0].reason).toBe(`written by a newer Claimdesk (settings version 7; this one reads up to 1); changes to settings are not saved`)
    expect(loaded.notices[0].why).toMatchObject({ code: 'settingsNotice.notSaved', values: { reason: { code: 'settingsNotice.newer', values: { version: 7 } } } })
    expect(readFileSync(path, 'utf8')).toBe(before)
  })

  it('in read-only mode (the CLI) never moves a broken file', async () => {
    write('not json')
    const loaded = await new SettingsFile(path, { readOnly: true }).load()
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS)
    expect(loaded.notices[0].movedTo).toBe(path)
    expect(readFileSync(path, 'utf8')).toBe('not json')
    await expect(new SettingsFile(path, { readOnly: true }).save(DEFAULT_SETTINGS)).rejects.toThrow(/read-only/)
  })

  it('a read error other than "not found" is not treated as corruption', async () => {
    const folder = join(dir, 'is-a-folder')
    rmSync(folder, { force: true })
    await import('node:fs/promises').then((fs) => fs.mkdir(folder))
    await expect(new SettingsFile(folder).load()).rejects.toThrow(/EISDIR/)
    expect(existsSync(folder)).toBe(true)
  })
})

describe('settings migrations', () => {
  // Version 1 is the first; the step-by-step mechanism is checked with stand-in upgrades.
  const upgrades = {
    1: (f: Record<string, unknown>) => ({ ...f, theme: f.darkMode ? 'dark' : 'system', darkMode: undefined }),
    2: (f: Record<string, unknown>) => ({ ...f, textSize: f.textSize ?? 'medium' }),
  }

  it('applies each step in order, from the file’s version to the current one', () => {
    expect(migrateSettings({ schemaVersion: 1, darkMode: true }, upgrades, 3)).toEqual({ schemaVersion: 3, theme: 'dark', textSize: 'medium', darkMode: undefined })
    expect(migrateSettings({ schemaVersion: 2, theme: 'light' }, upgrades, 3)).toEqual({ schemaVersion: 3, theme: 'light', textSize: 'medium' })
  })

  it('refuses what it cannot migrate', () => {
    expect(() => migrateSettings([], upgrades, 3)).toThrow(/not a JSON object/)
    expect(() => migrateSettings({ schemaVersion: 0 }, upgrades, 3)).toThrow(/schemaVersion/)
    expect(() => migrateSettings({ schemaVersion: 1 }, {}, 2)).toThrow(/no migration from settings version 1/)
    expect(() => migrateSettings({ schemaVersion: 4 }, upgrades, 3)).toThrow(/newer Claimdesk/)
  })
})
