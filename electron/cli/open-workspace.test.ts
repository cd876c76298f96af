// The CLI names the reviewer as the app does: from the app's settings file, or --reviewer.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { UNNAMED_REVIEWER } from '../core/settings'
import { SETTINGS_FILE } from '../store/settings-file'
import { openWithSample } from '../services/seed'
import { SettingsService } from '../services/settings'
import { Workspace } from '../services/workspace'
import { main } from './index'

let root: string
let workspace: string
const saved = process.env.CLAIMDESK_USER_DATA

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'claimdesk-cli-reviewer-'))
  workspace = join(root, 'ws')
  const ws = await openWithSample(() => Workspace.open(workspace), resolve(__dirname, '../../data'))
  await ws.close()
})
afterEach(() => {
  if (saved === undefined) delete process.env.CLAIMDESK_USER_DATA
  else process.env.CLAIMDESK_USER_DATA = saved
})
afterAll(() => rmSync(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }))

async function reportReviewer(userData: string, ...extra: string[]): Promise<string> {
  process.env.CLAIMDESK_USER_DATA = userData
  const out = join(root, `report-${Math.random().toString(36).slice(2)}.md`)
  const code = await main(['report', '--workspace', workspace, '--format', 'md', '--out', out, ...extra], { stdout: () => undefined, stderr: () => undefined })
  expect(code).toBe(0)
  return /Reviewer: ([^·(]+)/.exec(readFileSync(out, 'utf8'))![1].trim()
}

describe('the CLI’s reviewer name', () => {
  it('comes from the app’s settings file, which the CLI leaves untouched', async () => {
    const userData = join(root, 'user-data')
    await (await SettingsService.open(userData)).update({ reviewerName: 'Kim Min-ji' })
    const before = statSync(join(userData, SETTINGS_FILE)).mtimeMs
    expect(await reportReviewer(userData)).toBe('Kim Min-ji')
    expect(statSync(join(userData, SETTINGS_FILE)).mtimeMs).toBe(before)
  })

  it('is overridden by --reviewer', async () => {
    expect(await reportReviewer(join(root, 'user-data'), '--reviewer', 'Park')).toBe('Park')
  })

  it('is spelled as in the app when nobody gave one', async () => {
    expect(await reportReviewer(join(root, 'no-settings-here'))).toBe(UNNAMED_REVIEWER)
  })
})
