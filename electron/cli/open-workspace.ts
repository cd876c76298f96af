// The CLI opens workspaces as the app does: the reviewer is named from the app's own
// settings file (read-only: the CLI never changes or moves it) unless --reviewer says otherwise.
import { homedir } from 'node:os'
import { SettingsService } from '../services/settings'
import { userDataDir } from '../services/settings-location'
import { Workspace, type WorkspaceOptions } from '../services/workspace'

export async function appSettings(): Promise<SettingsService> {
  return SettingsService.open(userDataDir({ platform: process.platform, env: process.env, home: homedir() }), { readOnly: true })
}

/** `options`: who takes the workspace lock (writing commands), or `lock: false` to only read. */
export async function openWorkspace(dir: string, reviewer?: string, options: WorkspaceOptions = {}): Promise<Workspace> {
  const name = reviewer ?? (await appSettings()).get().reviewerName
  return Workspace.open(dir, { ...options, reviewer: () => name })
}
