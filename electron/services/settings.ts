// The settings use cases: read them, change them from the Settings dialog or the View
// menu, remember workspaces and the window. IPC and the CLI only route to these; every
// rule (what a patch may touch, how recent workspaces are kept) is here.
import { join } from 'node:path'
import { ClaimdeskError } from '../core/errors'
import { message } from '../core/messages'
import { zodIssueText } from '../core/messages/zod-issue'
import { DEFAULT_SETTINGS, reviewerLabel, SettingsPatchSchema, WindowStateSchema, type AppSettings } from '../core/settings'
import { MAX_RECENT_WORKSPACES } from '../core/settings-values'
import type { RecoveryNotice } from '../store/quarantine'
import { SETTINGS_FILE, SettingsFile, type SettingsFileOptions } from '../store/settings-file'
import { samePath } from './settings-location'

export interface SettingsOptions extends Pick<SettingsFileOptions, 'now' | 'readOnly' | 'upgrades'> {
  platform?: NodeJS.Platform
}

type Listener = (settings: AppSettings) => void

export class SettingsService {
  private readonly listeners = new Set<Listener>()
  private queue: Promise<unknown> = Promise.resolve()

  private constructor(
    private current: AppSettings,
    private readonly file: SettingsFile | null,
    private readonly writable: boolean,
    readonly notices: RecoveryNotice[],
    private readonly platform: NodeJS.Platform,
  ) {}

  /** Loads the settings of the user-data folder (defaults when there is no file yet). */
  static async open(userDataDir: string, options: SettingsOptions = {}): Promise<SettingsService> {
    const file = new SettingsFile(join(userDataDir, SETTINGS_FILE), options)
    const loaded = await file.load()
    return new SettingsService(loaded.settings, file, loaded.writable && !options.readOnly, loaded.notices, options.platform ?? process.platform)
  }

  /** Settings kept in memory only (tests, and hosts without a user-data folder). */
  static inMemory(initial: Partial<AppSettings> = {}, platform: NodeJS.Platform = process.platform): SettingsService {
    return new SettingsService({ ...structuredClone(DEFAULT_SETTINGS), ...initial }, null, false, [], platform)
  }

  get path(): string | null {
    return this.file?.path ?? null
  }

  get(): AppSettings {
    return structuredClone(this.current)
  }

  /** The name the audit trail, reports and CLI write: the reviewer's, or the one fallback spelling. */
  reviewerName(): string {
    return reviewerLabel(this.current.reviewerName)
  }

  /** Applies a change from the Settings dialog or the menu; returns the settings as saved. */
  async update(patch: unknown): Promise<AppSettings> {
    const parsed = SettingsPatchSchema.safeParse(patch)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const detail = zodIssueText(issue.message)
      throw new ClaimdeskError('invalid-argument', issue.path.length ? message('settingsError.invalidAt', { path: issue.path.join('.'), detail }) : message('settingsError.invalid', { detail }))
    }
    const { publisher, ...rest } = parsed.data
    return this.save((current) => ({ ...current, ...rest, publisher: { ...current.publisher, ...publisher } }))
  }

  /** A workspace was opened: it goes to the top of Open recent and reopens on the next start. */
  async rememberWorkspace(dir: string): Promise<AppSettings> {
    return this.save((current) => {
      const others = current.recentWorkspaces.filter((p) => !samePath(p, dir, this.platform))
      return { ...current, lastWorkspace: dir, recentWorkspaces: [dir, ...others].slice(0, MAX_RECENT_WORKSPACES) }
    })
  }

  /** Removes a workspace (moved, deleted, or unwanted) from Open recent and from the next start. */
  async forgetWorkspace(dir: string): Promise<AppSettings> {
    return this.save((current) => ({
      ...current,
      recentWorkspaces: current.recentWorkspaces.filter((p) => !samePath(p, dir, this.platform)),
      lastWorkspace: current.lastWorkspace && samePath(current.lastWorkspace, dir, this.platform) ? null : current.lastWorkspace,
    }))
  }

  async saveWindowState(state: unknown): Promise<AppSettings> {
    const window = WindowStateSchema.parse(state)
    return this.save((current) => ({ ...current, window }))
  }

  /**
   * The reviewer name used to live in each workspace. The first time the app sees one
   * while its own setting is empty, it takes it over, so nobody is asked twice.
   */
  async adoptReviewerName(fromWorkspace: string): Promise<AppSettings> {
    const name = fromWorkspace.trim().slice(0, 200)
    return this.save((current) => (current.reviewerName || !name ? current : { ...current, reviewerName: name }))
  }

  /** Called after every change (the View menu and the renderer both show the theme). */
  onChange(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => void this.listeners.delete(listener)
  }

  async flush(): Promise<void> {
    await this.file?.flush()
  }

  /** Changes run one after another, each on the result of the last, so none is lost. */
  private save(change: (current: AppSettings) => AppSettings): Promise<AppSettings> {
    const run = this.queue.then(async () => {
      const next = change(this.current)
      if (JSON.stringify(next) === JSON.stringify(this.current)) return this.get()
      // Written before it is shown, so what the UI shows is what is on disk.
      if (this.file && this.writable) await this.file.save(next)
      this.current = next
      for (const listener of this.listeners) listener(this.get())
      return this.get()
    })
    this.queue = run.catch(() => undefined)
    return run
  }
}
