// The workspace lock lost while open (issue 9.1): taken back when it is free; when another
// process holds it, nothing is written (changes wait in memory, marked unsaved) until it
// is taken back. Events tell the window; no timing is asserted, only waited for.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { LockLostState, UnsavedState } from '../core/api'
import { formatMessage } from '../core/messages'
import type { ArticleFile } from '../core/schema'
import { LOCK_DIR, lockWorkspace } from '../store/workspace-lock'
import { mergeIntoWorkspace } from './merge'
import { openWithSample } from './seed'
import { Workspace } from './workspace'

const DATA = resolve(__dirname, '../../data')
let dir: string
let ws: Workspace
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'claimdesk-lock-'))
  // A short staleness window: proper-lockfile checks its lock every second instead of every 5 s.
  ws = await openWithSample(() => Workspace.open(dir, { lockStaleMs: 2000 }), DATA)
})
afterEach(async () => {
  await ws.close().catch(() => undefined)
  rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 })
})

const nextLockEvent = (wanted: (state: LockLostState) => boolean = () => true) =>
  new Promise<LockLostState>((resolve) => {
    const stop = ws.onLockLost((state) => {
      if (!wanted(state)) return
      stop()
      resolve(state)
    })
  })
const noteOnDisk = (id: string, claimId: string) =>
  (JSON.parse(readFileSync(join(dir, 'articles', `${id}.json`), 'utf8')) as ArticleFile).claims.find((c) => c.id === claimId)!.note

it('a lock folder removed from outside (a sync tool, a cleanup) is noticed and taken back', async () => {
  const event = nextLockEvent()
  rmSync(join(dir, LOCK_DIR), { recursive: true, force: true, maxRetries: 10, retryDelay: 50 })
  const state = await event
  expect(state).toMatchObject({ retaken: true, holder: null, unsaved: null })
  expect(ws.lockState()).toBeNull()
  await expect(lockWorkspace(dir, { holder: 'claimdesk merge' })).rejects.toThrow(/in use by the Claimdesk app/)
  const id = ws.listArticles()[0].id
  await ws.updateClaim(id, ws.getArticle(id).claims[0].id, 'note', 'still saved')
  expect(await ws.saveAll()).toBeNull() // the edit waits in the change log; saveAll folds it into the file
  expect(noteOnDisk(id, ws.getArticle(id).claims[0].id)).toBe('still saved')
})

it('taken over by another process: nothing is written, changes wait in memory, Try again writes them once it lets go', async () => {
  const id = ws.listArticles()[0].id
  const claimId = ws.getArticle(id).claims[0].id
  const unsavedEvents: (UnsavedState | null)[] = []
  ws.onUnsavedChange((state) => unsavedEvents.push(state))
  const event = nextLockEvent((state) => !state.retaken)
  // The app stalled past the staleness window and `claimdesk merge` judged its lock stale.
  // (Should the app notice the removal first and take the lock back, the merge tries again.)
  let other: Awaited<ReturnType<typeof lockWorkspace>> | null = null
  while (!other) {
    rmSync(join(dir, LOCK_DIR), { recursive: true, force: true, maxRetries: 10, retryDelay: 50 })
    other = await lockWorkspace(dir, { holder: 'claimdesk merge' }).catch(() => null)
  }
  const lost = await event
  expect(lost.retaken).toBe(false)
  expect(lost.holder).toMatch(/^claimdesk merge \(process \d+/)
  expect(lost.message).toMatch(/^Another program took over this workspace: claimdesk merge.*\. Your changes are kept in this window but not saved until it lets go; then choose Try again\.$/)
  // Main's dialog and the window translate it; the holder is a code too, with the command's name and the time as values.
  expect(lost.holderText).toMatchObject({ code: 'workspaceLock.here', values: { holder: 'claimdesk merge', since: { code: 'time.utc' } } })
  expect(formatMessage(lost.holderText!)).toBe(lost.holder)
  expect(lost.text).toEqual({ code: 'lockState.takenOver', values: { holder: lost.holderText } })
  expect(ws.lockState()?.holder).toBe(lost.holder)

  await expect(ws.updateClaim(id, claimId, 'note', 'written while merge ran')).rejects.toMatchObject({
    code: 'not-saved',
    message: expect.stringMatching(/^1 change not saved: the workspace is in use by claimdesk merge.*\. The change is kept and will be saved once this window has the workspace again\.$/),
    detail: { code: 'error.keptUntilLock' },
  })
  expect(ws.getClaim(id, claimId).note).toBe('written while merge ran') // kept in memory
  expect(noteOnDisk(id, claimId)).toBe('') // the other process's files are not written over
  expect(ws.info().unsaved?.message).toMatch(/^1 change not saved: the workspace is in use by claimdesk merge/)
  expect(unsavedEvents.at(-1)?.count).toBe(1)
  await expect(mergeIntoWorkspace(ws, join(dir, 'nothing.json'))).rejects.toMatchObject({ code: 'not-saved' })
  await expect(ws.removeArticle(id)).rejects.toMatchObject({ code: 'not-saved' })
  expect(await ws.saveAll()).toMatchObject({ count: 1 }) // a quit now would ask

  // Still held: Try again says so and changes nothing.
  expect(await ws.retakeLock()).toMatchObject({ retaken: false })
  await other.release()
  const back = await ws.retakeLock()
  expect(back).toMatchObject({
    retaken: true,
    unsaved: null,
    message: 'The workspace lock was lost (its folder was removed or taken over) and is held again; everything is saved.',
    text: { code: 'lockState.retakenSaved' },
  })
  expect(noteOnDisk(id, claimId)).toBe('written while merge ran')
  expect(ws.info().unsaved).toBeNull()
  expect(unsavedEvents.at(-1)).toBeNull()
  expect(ws.lockState()).toBeNull()
})
