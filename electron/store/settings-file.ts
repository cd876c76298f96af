// The settings file in the user-data folder, loaded like a workspace file: parsed,
// migrated step by step (one function per version), validated with zod. A file that
// fails is moved aside (never deleted) and the user is told; the settings that were
// still valid in it are kept. A file from a newer Claimdesk is left alone and not written.
import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { AppSettingsSchema, DEFAULT_SETTINGS, SETTINGS_VERSION, SettingsFileSchema, type AppSettings } from '../core/settings'
import { formatMessage, message, type Message } from '../core/messages'
import { zodIssueText } from '../core/messages/zod-issue'
import { noticeWith } from '../core/notices'
import { DurableJSONFile } from './durable-file'
import { quarantine, type RecoveryNotice } from './quarantine'

export const SETTINGS_FILE = 'settings.json'

type Upgrade = (file: Record<string, unknown>) => Record<string, unknown>

/** SETTINGS_UPGRADES[n] turns a version-n settings file into version n+1. None yet: version 1 is the first. */
export const SETTINGS_UPGRADES: Record<number, Upgrade> = {}

/** Why a settings file cannot be read as it is: its English and the same as a code. */
export class SettingsFileError extends Error {
  constructor(readonly text: Message) {
    super(formatMessage(text))
  }
}
export class NewerSettingsError extends SettingsFileError {}

/** Applies the upgrades from the file's version to `current`, one step at a time. */
export function migrateSettings(raw: unknown, upgrades = SETTINGS_UPGRADES, current = SETTINGS_VERSION): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new SettingsFileError(message('settingsNotice.notObject'))
  let file = raw as Record<string, unknown>
  const version = file.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new SettingsFileError(message('settingsNotice.noVersion'))
  if (version > current) {
    throw new NewerSettingsError(message('settingsNotice.newer', { version, current }))
  }
  for (let v = version; v < current; v++) {
    const upgrade = upgrades[v]
    if (!upgrade) throw new SettingsFileError(message('settingsNotice.noMigration', { version: v }))
    file = { ...upgrade(file), schemaVersion: v + 1 }
  }
  return file
}

/** Keeps every top-level setting that is valid on its own; the rest fall back to the defaults. */
function salvage(raw: unknown): { settings: AppSettings; reset: string[] } {
  const source = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {}
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS }
  const reset: string[] = []
  for (const [key, schema] of Object.entries(AppSettingsSchema.shape)) {
    if (!(key in source)) continue
    const parsed = (schema as { safeParse(v: unknown): { success: boolean; data?: unknown } }).safeParse(source[key])
    if (parsed.success) settings[key] = parsed.data
    else reset.push(key)
  }
  return { settings: settings as AppSettings, reset }
}

export interface LoadedSettings {
  settings: AppSettings
  notices: RecoveryNotice[]
  /** False when the file belongs to a newer Claimdesk: changes then stay in memory. */
  writable: boolean
}

export interface SettingsFileOptions {
  now?: () => Date
  /** Never move or write anything (the CLI only reads the app's settings). */
  readOnly?: boolean
  upgrades?: Record<number, Upgrade>
}

export class SettingsFile {
  private readonly adapter: DurableJSONFile<unknown>

  constructor(
    readonly path: string,
    private readonly options: SettingsFileOptions = {},
  ) {
    this.adapter = new DurableJSONFile<unknown>(path)
  }

  async load(): Promise<LoadedSettings> {
    const writable = !this.options.readOnly
    let raw: unknown
    try {
      raw = await this.adapter.read()
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error // a busy or unreadable file is not a corrupt one
      return this.recover(raw, message('notice.notJson', { detail: error.message }), writable)
    }
    if (raw === null) return { settings: structuredClone(DEFAULT_SETTINGS), notices: [], writable }
    let migrated: Record<string, unknown>
    try {
      migrated = migrateSettings(raw, this.options.upgrades)
    } catch (error) {
      if (error instanceof NewerSettingsError) {
        const notice = noticeWith(this.path, this.path, message('settingsNotice.notSaved', { reason: error.text }))
        return { settings: salvage(raw).settings, notices: [notice], writable: false }
      }
      return this.recover(raw, error instanceof SettingsFileError ? error.text : (error as Error).message, writable)
    }
    const parsed = SettingsFileSchema.safeParse(migrated)
    if (parsed.success) {
      const { schemaVersion: _version, ...settings } = parsed.data
      return { settings, notices: [], writable }
    }
    const issue = parsed.error.issues[0]
    return this.recover(migrated, message('notice.invalidContent', { path: issue.path.join('.') || '(root)', detail: zodIssueText(issue.message) }), writable)
  }

  async save(settings: AppSettings): Promise<void> {
    if (this.options.readOnly) throw new Error('The settings were opened read-only.')
    await mkdir(dirname(this.path), { recursive: true }) // the user-data folder may not exist yet
    await this.adapter.write(SettingsFileSchema.parse({ schemaVersion: SETTINGS_VERSION, ...settings }))
  }

  flush(): Promise<void> {
    return this.adapter.flush()
  }

  private async recover(raw: unknown, reason: string | Message, writable: boolean): Promise<LoadedSettings> {
    const { settings, reset } = salvage(raw)
    const why = reset.length > 0 ? message('settingsNotice.reset', { reason, fields: reset.join(', ') }) : reason
    if (!writable) return { settings, notices: [noticeWith(this.path, this.path, why)], writable }
    const notice = await quarantine(this.path, why, this.options.now?.() ?? new Date())
    return { settings, notices: [notice], writable }
  }
}
