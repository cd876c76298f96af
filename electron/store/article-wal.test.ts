// The per-article change log: a claim edit is one appended line, the article file is
// rewritten later (compaction); after a crash the log is replayed on open, a torn last
// line is ignored, and a compacted file is byte for byte what a whole-file save writes.
import { createHash } from 'node:crypto'
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ArticleFile, Claim, WorkspaceIndex } from '../core/schema'
import { writeWorkspace } from '../../bench/generate-workspace'
import { parseWal, walPath, WAL_DIR } from './article-wal'
import { stableStringify } from './durable-file'
import { INDEX_FILE, WorkspaceStore } from './workspace-store'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimdesk-wal-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }))

const articlePath = (id: string) => join(dir, 'articles', `${id}.json`)
const onDisk = (id: string): ArticleFile => JSON.parse(readFileSync(articlePath(id), 'utf8'))
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')
/** No compaction on its own during a test: it happens when the test says (or on open). */
const open = (options = {}) => WorkspaceStore.open(dir, { compactAfterMs: 60_000, indexDelayMs: 60_000, ...options })

/** A click: one claim's field changed, saved with the scope the workspace service gives. */
async function click(store: WorkspaceStore, id: string, claimId: string, change: Partial<Claim>): Promise<void> {
  const file = store.article(id)!
  const claims = file.claims.map((c) => (c.id === claimId ? { ...c, ...change } : c))
  await store.saveArticle({ ...file, claims }, { claimIds: [claimId] })
}

describe('article change log', () => {
  it('a claim edit appends one line and leaves the article file as it was', async () => {
    const [id] = writeWorkspace(dir, 1, 6)
    const before = readFileSync(articlePath(id), 'utf8')
    const store = await open()
    const claim = store.article(id)!.claims[2]
    await click(store, id, claim.id, { note: 'called the ministry' })
    await click(store, id, claim.id, { corroboration: 'contradicted' })
    expect(readFileSync(articlePath(id), 'utf8')).toBe(before)
    const log = parseWal(readFileSync(walPath(dir, id), 'utf8'))
    expect(log.records).toHaveLength(2)
    expect(log.records[1].claims.map((c) => c.id)).toEqual([claim.id]) // only the claim changed
    expect(log.base).toBe(sha256(Buffer.from(before)))
    expect(store.article(id)!.claims[2]).toMatchObject({ note: 'called the ministry', corroboration: 'contradicted' })
  })

  it('after a crash the log is replayed on open: the file then holds the edits, the index line too, and the log is empty', async () => {
    const [id, other] = writeWorkspace(dir, 2, 6)
    const crashed = await open()
    const claims = crashed.article(id)!.claims
    await click(crashed, id, claims[0].id, { corroboration: 'corroborated' })
    await click(crashed, id, claims[1].id, { tags: ['budget'] })
    // No flush, no close: the process is gone.
    const store = await open()
    expect(store.notices).toEqual([])
    const file = onDisk(id)
    expect(file.claims[0].corroboration).toBe('corroborated')
    expect(file.claims[1].tags).toEqual(['budget'])
    expect(parseWal(readFileSync(walPath(dir, id), 'utf8')).records).toEqual([])
    const index = JSON.parse(readFileSync(join(dir, INDEX_FILE), 'utf8')) as WorkspaceIndex
    const line = index.articles.find((a) => a.id === id)!
    expect(line.tags).toEqual(['budget'])
    expect(line.file).toEqual({ bytes: readFileSync(articlePath(id)).byteLength, sha256: sha256(readFileSync(articlePath(id))) })
    expect(store.isLoaded(other)).toBe(false) // only the article with a log was read
  })

  it('a torn last record (a kill mid-append) is ignored, and the next append starts on a clean line', async () => {
    const [id] = writeWorkspace(dir, 1, 6)
    const crashed = await open()
    const claims = crashed.article(id)!.claims
    await click(crashed, id, claims[0].id, { note: 'kept' })
    appendFileSync(walPath(dir, id), '{"claims":[{"id":"' + claims[1].id + '","note":"half')
    const reader = await open({ readOnly: true }) // sees the log as it is, compacts nothing
    expect(reader.article(id)!.claims[0].note).toBe('kept')
    expect(reader.article(id)!.claims[1].note).toBe(claims[1].note)
    expect(reader.notices).toEqual([]) // never acknowledged: nothing to report

    const store = await open()
    expect(store.article(id)!.claims[0].note).toBe('kept')
    await click(store, id, claims[3].id, { note: 'after the tear' })
    const log = parseWal(readFileSync(walPath(dir, id), 'utf8'))
    expect(log.torn).toBe(false)
    expect(log.records.map((r) => r.claims[0].note)).toEqual(['after the tear'])
    expect((await open()).article(id)!.claims[3].note).toBe('after the tear')
  })

  it('a damaged line before the last keeps the edits before it and moves the log aside with a notice', async () => {
    const [id] = writeWorkspace(dir, 1, 6)
    const crashed = await open()
    const claims = crashed.article(id)!.claims
    await click(crashed, id, claims[0].id, { note: 'first' })
    appendFileSync(walPath(dir, id), 'not json\n')
    await click(crashed, id, claims[1].id, { note: 'after the damage' })
    const store = await open()
    expect(onDisk(id).claims[0].note).toBe('first')
    expect(onDisk(id).claims[1].note).toBe(claims[1].note)
    expect(store.notices).toHaveLength(1)
    expect(store.notices[0].reason).toMatch(/change log .* damaged at line 3; the edits before it were kept/)
    expect(existsSync(store.notices[0].movedTo)).toBe(true)
  })

  it('compaction writes byte for byte the file a whole-file save writes', async () => {
    const [id] = writeWorkspace(dir, 1, 40)
    const store = await open()
    for (let i = 0; i < 30; i++) {
      const claim = store.article(id)!.claims[(i * 7) % 40]
      await click(store, id, claim.id, { note: `note ${i}`, corroboration: i % 2 ? 'unverified' : 'corroborated' })
    }
    const removed = store.article(id)!.claims[5]
    const file = store.article(id)!
    await store.saveArticle({ ...file, claims: file.claims.filter((c) => c !== removed) }, { claimIds: [removed.id] })
    const expected = store.article(id)!
    await store.compact(id)
    expect(readFileSync(articlePath(id), 'utf8')).toBe(stableStringify(expected))
    expect(parseWal(readFileSync(walPath(dir, id), 'utf8')).records).toEqual([])

    // The same final article saved whole, in another workspace.
    const other = mkdtempSync(join(tmpdir(), 'claimdesk-wal-whole-'))
    try {
      const whole = await WorkspaceStore.open(other)
      await whole.saveArticle(expected)
      expect(readFileSync(join(other, 'articles', `${id}.json`), 'utf8')).toBe(readFileSync(articlePath(id), 'utf8'))
    } finally {
      rmSync(other, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 })
    }
  })

  it('a file changed by another program while edits wait in the log keeps both when compacted', async () => {
    const [id] = writeWorkspace(dir, 1, 6)
    const store = await open()
    const claims = store.article(id)!.claims
    await click(store, id, claims[0].id, { note: 'ours' })
    const theirs = onDisk(id)
    theirs.claims[4].note = 'theirs'
    writeFileSync(articlePath(id), stableStringify(theirs))
    await store.compact(id)
    expect(onDisk(id).claims[0].note).toBe('ours')
    expect(onDisk(id).claims[4].note).toBe('theirs')
  })

  it('closing folds every log into its file, fills the index line’s size and hash, and leaves no log behind', async () => {
    const ids = writeWorkspace(dir, 3, 5)
    const store = await open()
    for (const id of ids.slice(0, 2)) await click(store, id, store.article(id)!.claims[0].id, { note: 'seen' })
    await store.flush()
    expect(readdirSync(join(dir, WAL_DIR))).toEqual([])
    const index = JSON.parse(readFileSync(join(dir, INDEX_FILE), 'utf8')) as WorkspaceIndex
    for (const id of ids.slice(0, 2)) {
      expect(onDisk(id).claims[0].note).toBe('seen')
      const bytes = readFileSync(articlePath(id))
      expect(index.articles.find((a) => a.id === id)!.file).toEqual({ bytes: bytes.byteLength, sha256: sha256(bytes) })
    }
  })
})
