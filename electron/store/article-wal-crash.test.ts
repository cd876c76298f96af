// The change log against whole-file saves, in every order a kill can leave them: a save
// writes the article file, then rewrites the log; a kill in between leaves older log
// lines beside a newer file. Found by the SIGKILL test (services/kill.test.ts).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Claim } from '../core/schema'
import { writeWorkspace } from '../../bench/generate-workspace'
import { parseWal, walPath } from './article-wal'
import { WorkspaceStore } from './workspace-store'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimdesk-wal-crash-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** No compaction on its own: it happens when the test says (or on open). */
const open = () => WorkspaceStore.open(dir, { compactAfterMs: 60_000, indexDelayMs: 60_000 })

async function click(store: WorkspaceStore, id: string, claimId: string, change: Partial<Claim>): Promise<void> {
  const file = store.article(id)!
  await store.saveArticle({ ...file, claims: file.claims.map((c) => (c.id === claimId ? { ...c, ...change } : c)) }, { claimIds: [claimId] })
}

describe('change log and whole-file saves after a kill', () => {
  it('a whole-file save killed before it rewrote the log: the newer file wins over the older logged edit', async () => {
    const [id] = writeWorkspace(dir, 1, 6)
    const crashed = await open()
    const claim = crashed.article(id)!.claims[2]
    await click(crashed, id, claim.id, { note: 'edit 1', updatedAt: '2026-11-26T04:00:01.000Z' })
    const logBefore = readFileSync(walPath(dir, id), 'utf8')
    // A merge (or any whole-file save) changes the same claim later.
    const file = crashed.article(id)!
    const later = { note: 'edit 18', tags: ['merged'], updatedAt: '2026-11-26T04:00:18.000Z' }
    await crashed.saveArticle({ ...file, claims: file.claims.map((c) => (c.id === claim.id ? { ...c, ...later } : c)) }, 'all')
    writeFileSync(walPath(dir, id), logBefore) // the kill came before the log was rewritten

    const store = await open()
    expect(store.article(id)!.claims[2]).toMatchObject({ note: 'edit 18', tags: ['merged'] })
    expect(store.notices).toEqual([])
  })

  it('an edit logged while a whole-file save was being written still applies after a kill that came before the log rewrite', async () => {
    const [id] = writeWorkspace(dir, 1, 6)
    const crashed = await open()
    const [, x, y] = crashed.article(id)!.claims
    await click(crashed, id, x.id, { note: 'edit 1', updatedAt: '2026-11-26T04:00:01.000Z' })
    const logBefore = readFileSync(walPath(dir, id), 'utf8')
    const file = crashed.article(id)!
    await crashed.saveArticle({ ...file, claims: file.claims.map((c) => (c.id === x.id ? { ...c, tags: ['merged'], updatedAt: '2026-11-26T04:00:10.000Z' } : c)) }, 'all')
    await click(crashed, id, y.id, { note: 'edit 20', updatedAt: '2026-11-26T04:00:20.000Z' })
    const lateLine = readFileSync(walPath(dir, id), 'utf8').split('\n')[1]
    writeFileSync(walPath(dir, id), `${logBefore}${lateLine}\n`) // the old log, with the late edit appended to it

    const store = await open()
    expect(store.article(id)!.claims.find((c) => c.id === x.id)).toMatchObject({ note: 'edit 1', tags: ['merged'] })
    expect(store.article(id)!.claims.find((c) => c.id === y.id)!.note).toBe('edit 20')
  })

  it('an edit made after reopening onto a log the file already holds is kept (the old log is replaced, not appended to)', async () => {
    const [id] = writeWorkspace(dir, 1, 6)
    const crashed = await open()
    const claim = crashed.article(id)!.claims[1]
    await click(crashed, id, claim.id, { note: 'edit 1', updatedAt: '2026-11-26T04:00:01.000Z' })
    const logBefore = readFileSync(walPath(dir, id), 'utf8')
    await crashed.compact(id)
    writeFileSync(walPath(dir, id), logBefore) // killed between the file and the log rewrite

    const reopened = await open()
    expect(reopened.article(id)!.claims[1].note).toBe('edit 1')
    await click(reopened, id, claim.id, { note: 'edit 18', updatedAt: '2026-11-26T04:00:18.000Z' })
    const log = parseWal(readFileSync(walPath(dir, id), 'utf8'))
    expect(log.damagedAt).toBe(null)
    expect(log.records.at(-1)!.claims[0].note).toBe('edit 18')

    const store = await open() // killed again, before any compaction
    expect(store.article(id)!.claims[1].note).toBe('edit 18')
    expect(store.notices).toEqual([])
  })
})
