// The CLI opens workspaces as the app does: the reviewer is named from the app's own
// settings file (read-only: the CLI never changes or moves it) unless --reviewer says otherwise.
import { homedir } from 'node:os'
import { describeNotice } from '../core/notices'
import { SettingsService } from '../services/settings'
import { userDataDir } from '../services/settings-location'
import { Workspace, type WorkspaceOptions } from '../services/workspace'
import type { CliIO } from './io'

export async function appSettings(): Promise<SettingsService> {
  return SettingsService.open(userDataDir({ platform: process.platform, env: process.env, home: homedir() }), { readOnly: true })
}

/** `options`: who takes the workspace lock (writing commands), or `lock: false` to only read. */
export async function openWorkspace(dir: string, reviewer?: string, options: WorkspaceOptions = {}): Promise<Workspace> {
  const name = reviewer ?? (await appSettings()).get().reviewerName
  return Workspace.open(dir, { ...options, reviewer: () => name })
}

/**
 * Says on stderr what the workspace found wrong while the command ran (a damaged file moved
 * aside, a busy one left alone, a missing article): one line each, never silent.
 */
export function printNotices(ws: Workspace, io: CliIO, command: string): void {
  for (const notice of ws.notices) io.stderr(`claimdesk ${command}: ${describeNotice(notice)}\n`)
}
