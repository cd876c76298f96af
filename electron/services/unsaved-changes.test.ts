// Retry on "1 change not saved": writes what the file system refused earlier, and says
// what is still waiting when it refuses again (never throws for that).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { faultyFs, NO_WAIT } from '../store/__fixtures__/faulty-fs'
import { openWithSample } from './seed'
import { retryUnsavedChanges } from './unsaved-changes'
import { Workspace } from './workspace'

let dir: string
let ws: Workspace | null = null
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimdesk-retry-'))
})
afterEach(async () => {
  await ws?.close().catch(() => undefined)
  rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 })
})

it('a locked file: retry reports it still waiting, then writes it once the lock is gone', async () => {
  const fs = faultyFs()
  ws = await openWithSample(() => Workspace.open(dir, { fs, retry: NO_WAIT }), resolve(__dirname, '../../data'))
  const id = ws.listArticles()[0].id
  const claim = ws.getArticle(id).claims[0]
  // Both ways to save are locked: the change log (an edit's usual path) and the article file.
  fs.faults.push({ op: 'open', code: 'EPERM', path: /wal/ }, { op: 'rename', code: 'EPERM', path: /articles/ })
  await expect(ws.updateClaim(id, claim.id, 'note', 'kept while locked')).rejects.toThrow(/^1 change not saved: the file is locked by another program/)

  const still = await retryUnsavedChanges(ws)
  expect(still).toMatchObject({ saved: 0, unsaved: { count: 1, articleIds: [id] } })
  expect(still.unsaved!.message).toMatch(/^1 change not saved: the file is locked/)

  fs.faults.length = 0
  expect(await retryUnsavedChanges(ws)).toEqual({ saved: 1, unsaved: null })
  const onDisk = JSON.parse(readFileSync(join(dir, 'articles', `${id}.json`), 'utf8'))
  expect(onDisk.claims.find((c: { id: string }) => c.id === claim.id).note).toBe('kept while locked')
})

it('a locked article file does not stop an edit: it is durable in the change log, then folded into the file', async () => {
  const fs = faultyFs()
  ws = await openWithSample(() => Workspace.open(dir, { fs, retry: NO_WAIT }), resolve(__dirname, '../../data'))
  const id = ws.listArticles()[0].id
  const claim = ws.getArticle(id).claims[0]
  fs.faults.push({ op: 'rename', code: 'EPERM', path: /articles/ })
  await ws.updateClaim(id, claim.id, 'note', 'kept in the log')
  expect(ws.info().unsaved ?? null).toBeNull()

  fs.faults.length = 0
  await ws.close()
  ws = null
  const onDisk = JSON.parse(readFileSync(join(dir, 'articles', `${id}.json`), 'utf8'))
  expect(onDisk.claims.find((c: { id: string }) => c.id === claim.id).note).toBe('kept in the log')
})
