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
import { nodeFileSystem, type FileSystem } from './file-system'
import { WorkspaceStore } from './workspace-store'

/**
 * The real file system, with two switches a kill between a compaction's two steps needs:
 * hold the article file's rename until released, and refuse the log's rewrite (the
 * process "dies" after the article file is in place, before the log is rewritten).
 */
function killSwitch() {
  let release: (() => void) | null = null
  let held: Promise<void> | null = null
  const state = { refuseLogRewrite: false }
  const fs: FileSystem = {
    ...nodeFileSystem,
    rename: async (from, to) => {
      if (state.refuseLogRewrite && to.endsWith('.jsonl')) throw Object.assign(new Error('EIO: the process was killed here'), { code: 'EIO' })
      if (held && /articles[\\/][^\\/]+\.json$/.test(to)) await held
      return nodeFileSystem.rename(from, to)
    },
  }
  return {
    fs,
    state,
    holdArticleRename: () => {
      held = new Promise<void>((done) => (release = done))
    },
    releaseArticleRename: () => {
      held = null
      release?.()
    },
  }
}

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimdesk-wal-crash-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }))

/** No compaction on its own: it happens when the test says (or on open). */
const open = () => WorkspaceStore.open(dir, { compactAfterMs: 60_000, indexDelayMs: 60_000 })

async function click(store: WorkspaceStore, id: string, claimId: string, change: Partial<Claim>): Promise<void> {
  const file = store.article(id)!
  await store.saveArticle({ ...file, claims: file.claims.map((c) => (c.id === claimId ? { ...c, ...change } : c)) }, { claimIds: [claimId] })
}

/** Waits until the log says a compaction is about to put its file in place (the article rename is held). */
async function waitForFold(id: string): Promise<void> {
  while (parseWal(readFileSync(walPath(dir, id), 'utf8')).folds.length === 0) await new Promise((resolve) => setTimeout(resolve, 10))
}

describe('change log and whole-file saves after a kill', () => {
  it('a whole-file save killed before it rewrote the log: the newer file wins over the older logged edit', async () => {
    const [id] = writeWorkspace(dir, 1, 6)
    const kill = killSwitch()
    const crashed = await WorkspaceStore.open(dir, { compactAfterMs: 60_000, indexDelayMs: 60_000, fs: kill.fs })
    const claim = crashed.article(id)!.claims[2]
    await click(crashed, id, claim.id, { note: 'edit 1', updatedAt: '2026-11-26T04:00:01.000Z' })
    // A merge (or any whole-file save) changes the same claim later; the kill comes before the log is rewritten.
    const file = crashed.article(id)!
    const later = { note: 'edit 18', tags: ['merged'], updatedAt: '2026-11-26T04:00:18.000Z' }
    kill.state.refuseLogRewrite = true
    await crashed.saveArticle({ ...file, claims: file.claims.map((c) => (c.id === claim.id ? { ...c, ...later } : c)) }, 'all').catch(() => undefined)
    expect(parseWal(readFileSync(walPath(dir, id), 'utf8')).records.map((r) => r.claims[0].note)).toEqual(['edit 1'])

    const store = await open()
    expect(store.article(id)!.claims[2]).toMatchObject({ note: 'edit 18', tags: ['merged'] })
    expect(store.notices).toEqual([])
  })

  it('an edit logged while a whole-file save was being written still applies after a kill that came before the log rewrite', async () => {
    const [id] = writeWorkspace(dir, 1, 6)
    const kill = killSwitch()
    const crashed = await WorkspaceStore.open(dir, { compactAfterMs: 60_000, indexDelayMs: 60_000, fs: kill.fs })
    const [, x, y] = crashed.article(id)!.claims
    await click(crashed, id, x.id, { note: 'edit 1', updatedAt: '2026-11-26T04:00:01.000Z' })
    const file = crashed.article(id)!
    kill.holdArticleRename()
    const save = crashed.saveArticle({ ...file, claims: file.claims.map((c) => (c.id === x.id ? { ...c, tags: ['merged'], updatedAt: '2026-11-26T04:00:10.000Z' } : c)) }, 'all').catch(() => undefined)
    await waitForFold(id)
    await click(crashed, id, y.id, { note: 'edit 20', updatedAt: '2026-11-26T04:00:20.000Z' }) // while the file is being written
    kill.state.refuseLogRewrite = true
    kill.releaseArticleRename()
    await save

    const store = await open()
    expect(store.article(id)!.claims.find((c) => c.id === x.id)).toMatchObject({ note: 'edit 1', tags: ['merged'] })
    expect(store.article(id)!.claims.find((c) => c.id === y.id)!.note).toBe('edit 20')
  })

  it('a clock set back does not make replay drop an edit logged while a compaction was being written', async () => {
    const [id] = writeWorkspace(dir, 1, 6)
    const kill = killSwitch()
    const crashed = await WorkspaceStore.open(dir, { compactAfterMs: 60_000, indexDelayMs: 60_000, fs: kill.fs })
    const claim = crashed.article(id)!.claims[3]
    await click(crashed, id, claim.id, { note: 'at noon', updatedAt: '2026-11-26T12:00:00.000Z' })
    kill.holdArticleRename()
    const compaction = crashed.compact(id).catch(() => undefined) // the file with 'at noon' is being written
    await waitForFold(id)
    // The machine's clock is set back an hour (NTP, a dead CMOS battery), and the reviewer edits the same claim.
    await click(crashed, id, claim.id, { note: 'after the clock went back', updatedAt: '2026-11-26T11:00:00.000Z' })
    kill.state.refuseLogRewrite = true
    kill.releaseArticleRename()
    await compaction // the file is in place; the kill came before the log was rewritten

    const store = await open()
    expect(store.article(id)!.claims[3].note).toBe('after the clock went back')
    expect(store.notices).toEqual([])
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
