// Which workspace the app has open, and the use cases that change it: reopen the last one
// on start, New, Open, Open recent, forget a recent one. A workspace that moved or vanished
// is reported (not-found, with the path), never a crash; the app then offers to locate it.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { LockLostState, WorkspaceInfo } from '../core/api'
import { ClaimdeskError } from '../core/errors'
import { message } from '../core/messages'
import type { AppSettings } from '../core/settings'
import { INDEX_FILE } from '../store/workspace-store'
import { APP_HOLDER } from '../store/workspace-lock'
import { closeForQuit, type QuitOptions, type QuitUi } from './quit-check'
import { openWithSample } from './seed'
import type { SettingsService } from './settings'
import { samePath } from './settings-location'
import { Workspace } from './workspace'

export interface StartOptions {
  /** CLAIMDESK_WORKSPACE: a folder forced from outside (tests, scripts); not remembered. */
  forcedDir?: string | null
  /** The default workspace in the user-data folder, seeded with the sample article. */
  defaultDir: string
  /** The shipped data (the sample article). */
  dataDir: string
}

export type StartChoice = { dir: string; remember: boolean; missing: string | null }

/**
 * Which folder to open on start: a forced one, else the last workspace if it is still
 * there, else the default one (then `missing` names the last one, so the user is asked).
 */
export function chooseStartWorkspace(settings: Pick<AppSettings, 'lastWorkspace'>, options: Omit<StartOptions, 'dataDir'>): StartChoice {
  if (options.forcedDir) return { dir: options.forcedDir, remember: false, missing: null }
  const last = settings.lastWorkspace
  if (last && isWorkspaceFolder(last)) return { dir: last, remember: true, missing: null }
  return { dir: options.defaultDir, remember: true, missing: last }
}

export function isWorkspaceFolder(dir: string): boolean {
  return existsSync(join(dir, INDEX_FILE))
}

function vanished(dir: string): ClaimdeskError {
  return new ClaimdeskError('not-found', message('error.workspaceGone', { dir }))
}

type SwitchListener = (workspace: Workspace) => void

export class WorkspaceSession {
  private readonly listeners = new Set<SwitchListener>()
  private readonly lockListeners = new Set<(state: LockLostState) => void>()
  private stopFollowingLock: () => void = () => undefined

  private constructor(
    private workspace: Workspace,
    private readonly settings: SettingsService,
  ) {
    this.followLock()
  }

  /** Opens the start workspace; `missing` is the last workspace when it could not be found. */
  static async start(settings: SettingsService, options: StartOptions): Promise<{ session: WorkspaceSession; missing: string | null }> {
    const choice = chooseStartWorkspace(settings.get(), options)
    const workspace = await openWithSample(() => Workspace.open(choice.dir, { reviewer: () => settings.get().reviewerName, holder: APP_HOLDER, waitForLockMs: 15_000 }), options.dataDir)
    await settings.adoptReviewerName(workspace.settings().reviewerName)
    if (choice.remember) await settings.rememberWorkspace(workspace.dir)
    return { session: new WorkspaceSession(workspace, settings), missing: choice.missing }
  }

  get current(): Workspace {
    return this.workspace
  }

  info(): WorkspaceInfo {
    return this.workspace.info()
  }

  /** Opens an existing workspace (Open, Open recent). */
  async open(dir: string): Promise<WorkspaceInfo> {
    if (!existsSync(dir)) throw vanished(dir)
    if (!statSync(dir).isDirectory() || !isWorkspaceFolder(dir)) {
      throw new ClaimdeskError('not-found', message('error.notWorkspace', { dir, index: INDEX_FILE }))
    }
    return this.switchTo(dir)
  }

  /** Opens a workspace from Open recent: only one the list holds (the renderer cannot name any folder). */
  async openRecent(dir: string): Promise<WorkspaceInfo> {
    if (!this.settings.get().recentWorkspaces.some((p) => samePath(p, dir, process.platform))) {
      throw new ClaimdeskError('invalid-argument', message('error.notRecent', { dir }))
    }
    return this.open(dir)
  }

  /** Makes a new, empty workspace in a folder that is empty or does not exist yet. */
  async create(dir: string): Promise<WorkspaceInfo> {
    if (existsSync(dir)) {
      if (!statSync(dir).isDirectory()) throw new ClaimdeskError('invalid-argument', message('error.workspaceIsFile', { dir }))
      if (isWorkspaceFolder(dir)) return this.switchTo(dir)
      if (readdirSync(dir).some((name) => !name.startsWith('.'))) {
        throw new ClaimdeskError('invalid-argument', message('error.workspaceNotEmpty', { dir }))
      }
    }
    return this.switchTo(dir)
  }

  /** Takes a workspace off Open recent (and off the next start). */
  forgetRecent(dir: string): Promise<AppSettings> {
    return this.settings.forgetWorkspace(dir)
  }

  /** Called after the app switched workspace (main rebuilds its IPC and reloads the window). */
  onSwitch(listener: SwitchListener): () => void {
    this.listeners.add(listener)
    return () => void this.listeners.delete(listener)
  }

  close(): Promise<void> {
    return this.workspace.close()
  }

  /** Quitting: saves and closes the workspace, asking through `ui` if changes cannot be saved (services/quit-check). */
  closeForQuit(ui: QuitUi, options?: QuitOptions): Promise<boolean> {
    return closeForQuit(this.workspace, ui, options)
  }

  /** Hears when the open workspace's lock is lost or taken back, across workspace switches. */
  onLockLost(listener: (state: LockLostState) => void): () => void {
    this.lockListeners.add(listener)
    return () => void this.lockListeners.delete(listener)
  }

  private followLock(): void {
    this.stopFollowingLock()
    this.stopFollowingLock = this.workspace.onLockLost((state) => {
      for (const listener of this.lockListeners) listener(state)
    })
  }

  private async switchTo(dir: string): Promise<WorkspaceInfo> {
    if (samePath(dir, this.workspace.dir, process.platform)) return this.info()
    // Changes that cannot be written stay with this workspace: switching would close it and lose them.
    const unsaved = await this.workspace.saveAll()
    if (unsaved) throw new ClaimdeskError('not-saved', message('error.notSwitched', { reason: unsaved.text ?? unsaved.message }))
    // Open the new one first: if it fails, the current one stays open and untouched.
    // A new workspace starts empty (the sample article is for the first start only).
    const next = await Workspace.open(dir, { reviewer: () => this.settings.get().reviewerName })
    const previous = this.workspace
    this.workspace = next
    this.followLock()
    await this.settings.rememberWorkspace(next.dir)
    await previous.close()
    for (const listener of this.listeners) listener(next)
    return this.info()
  }
}
