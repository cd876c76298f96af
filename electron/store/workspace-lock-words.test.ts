// Who holds the workspace lock, and the refusal another writer gets, are message codes
// (issue 11): the window and main translate them; the CLI prints the same English as the
// strings they replace, character for character.
import { mkdtempSync, rmSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { formatMessage } from '../core/messages'
import { APP_HOLDER, describeOwner, lockWorkspace, WorkspaceLockedError, type LockOwner } from './workspace-lock'

const root = mkdtempSync(join(tmpdir(), 'claimdesk-lock-words-'))
afterAll(() => rmSync(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }))

/** The English workspace-lock.ts wrote before the codes (session 22), to compare against. */
function englishBefore(owner: LockOwner | null): string {
  if (!owner) return 'another Claimdesk process (starting up)'
  const where = owner.host === hostname() ? `process ${owner.pid}` : `process ${owner.pid} on ${owner.host}`
  return `${owner.holder} (${where}, since ${owner.since.replace('T', ' ').slice(0, 19)} UTC)`
}

it('the holder in words: the same English as before, as codes with the pid, host and time as values', () => {
  const owners: (LockOwner | null)[] = [
    null,
    { holder: APP_HOLDER, pid: 4242, host: hostname(), since: '2026-11-26T06:04:46.123Z' },
    { holder: 'claimdesk merge', pid: 42, host: 'laptop-2', since: '2026-01-02T03:04:05.000Z' },
  ]
  for (const owner of owners) expect(formatMessage(describeOwner(owner))).toBe(englishBefore(owner))
  expect(describeOwner(null)).toEqual({ code: 'workspaceLock.starting' })
  expect(describeOwner(owners[1])).toEqual({
    code: 'workspaceLock.here',
    values: { holder: { code: 'workspaceLock.app' }, pid: 4242, since: { code: 'time.utc', values: { at: '2026-11-26 06:04:46' } } },
  })
  // A command's name stays as it is typed; another machine is named.
  expect(describeOwner(owners[2])).toMatchObject({ code: 'workspaceLock.elsewhere', values: { holder: 'claimdesk merge', host: 'laptop-2' } })
})

it('a second writer is refused in the same English, with the holder as a code', async () => {
  const dir = join(root, 'ws')
  const held = await lockWorkspace(dir, { holder: APP_HOLDER })
  try {
    const refusal = await lockWorkspace(dir, { holder: 'claimdesk merge' }).catch((error: unknown) => error)
    expect(refusal).toBeInstanceOf(WorkspaceLockedError)
    const error = refusal as WorkspaceLockedError
    expect(error.code).toBe('locked')
    expect(error.holder).toBe(englishBefore(held.owner))
    expect(error.message).toBe(`The workspace ${dir} is in use by ${englishBefore(held.owner)}; nothing was changed. Close it there first.`)
    expect(error.holderText).toMatchObject({ code: 'workspaceLock.here', values: { holder: { code: 'workspaceLock.app' }, pid: process.pid } })
    expect(error.detail).toEqual({ code: 'workspaceLock.inUse', values: { dir, holder: error.holderText } })
  } finally {
    await held.release()
  }
})
