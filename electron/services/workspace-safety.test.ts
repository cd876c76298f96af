// Issue 9 / issue 15: the write path never loses a reviewer's work. Faults are injected at
// the file-system boundary (the store's FileSystem), files are changed from outside the
// way git or a sync tool would, and the workspace is reopened to see what reached the disk.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { ClaimdeskError } from '../core/errors'
import { formatMessage, message } from '../core/messages'
import { SCHEMA_VERSION, type ArticleFile } from '../core/schema'
import { faultyFs, NO_WAIT, type FaultyFs } from '../store/__fixtures__/faulty-fs'
import { GITATTRIBUTES } from '../store/git-attributes'
import { sampleWorkspaces } from './__fixtures__/sample-workspaces'
import { Workspace } from './workspace'

const sample = sampleWorkspaces('claimdesk-safety-')

async function openWs(fs?: FaultyFs): Promise<Workspace> {
  return sample.open(sample.dir, { ...(fs ? { fs, retry: NO_WAIT } : {}) })
}
async function reopen(ws: Workspace): Promise<Workspace> {
  await ws.close()
  sample.forget(ws)
  return openWs()
}
const articlePath = (id: string) => join(sample.dir, 'articles', `${id}.json`)
const onDisk = (id: string): ArticleFile => JSON.parse(readFileSync(articlePath(id), 'utf8'))

describe('a save the file system refuses is kept, marked unsaved, and saved later', () => {
  it('disk full: a clear one-line error, the edit stays in memory, the next save writes it', async () => {
    const fs = faultyFs()
    const ws = await openWs(fs)
    const id = ws.listArticles()[0].id
    const [first, second] = ws.getArticle(id).claims
    fs.faults.push({ op: 'open', code: 'ENOSPC', path: /\.tmp$|\.jsonl$/ }) // every new write: the article's change log too
    const error = await ws.updateClaim(id, first.id, 'note', 'checked with the NIS').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ClaimdeskError)
    expect((error as ClaimdeskError).code).toBe('not-saved')
    expect((error as Error).message).toMatch(/^1 change not saved: the disk is full\. The change is kept/)
    expect((error as Error).message).not.toContain('\n')
    expect(ws.getClaim(id, first.id).note).toBe('checked with the NIS') // still shown
    expect(ws.info().unsaved).toMatchObject({ count: 1, articleIds: [id] })
    expect(ws.canUndo().unsaved?.message).toBe('1 change not saved: the disk is full')
    // The same words as codes, for a window in another language (the header shows the refusal's).
    expect(ws.canUndo().unsaved?.text).toEqual(message('unsaved.summary', { count: 1, reasons: message('fileError.diskFull') }))
    expect((error as ClaimdeskError).detail).toEqual(message('error.keptUntilNext', { unsaved: ws.canUndo().unsaved!.text! }))
    expect(onDisk(id).claims.find((c) => c.id === first.id)!.note).toBe('')

    fs.faults.length = 0 // space is back
    await ws.updateClaim(id, second.id, 'corroboration', 'unverified')
    expect(ws.info().unsaved).toBeNull()
    const reopened = await reopen(ws)
    expect(reopened.getClaim(id, first.id).note).toBe('checked with the NIS')
    expect(reopened.getClaim(id, second.id).corroboration).toBe('unverified')
  })

  it('a file locked by another program (EPERM on every rename): retried, reported, saved before closing', async () => {
    const fs = faultyFs()
    const ws = await openWs(fs)
    const id = ws.listArticles()[0].id
    const claim = ws.getArticle(id).claims[0]
    fs.faults.push({ op: 'rename', code: 'EPERM', path: /articles/ })
    // The click is durable in the article's change log; the lock is met when the file is rewritten.
    await ws.updateClaim(id, claim.id, 'note', 'a locked note')
    expect(ws.canUndo().undo).toBe('Set note')
    await expect(ws.close()).rejects.toThrow(/^1 change not saved: the file is locked by another program/) // at quit: said, not dropped
    expect(fs.failed.rename).toBeGreaterThan(1) // retried, as graceful-fs does
    fs.faults.length = 0 // the antivirus lets go
    await ws.close()
    sample.forget(ws)
    expect(onDisk(id).claims.find((c) => c.id === claim.id)!.note).toBe('a locked note')
  })

  it('a read-only folder: the edit is kept and saved once the folder is writable again', async () => {
    const fs = faultyFs()
    const ws = await openWs(fs)
    const id = ws.listArticles()[0].id
    const claim = ws.getArticle(id).claims[0]
    fs.faults.push({ op: 'open', code: 'EROFS', path: /\.tmp$|\.jsonl$/ })
    await expect(ws.updateClaim(id, claim.id, 'tags', ['ro'])).rejects.toThrow(/the workspace folder is read-only/)
    fs.faults.length = 0
    await ws.updateArticleMeta(id, { outlet: 'Daily NK' })
    expect(onDisk(id).claims.find((c) => c.id === claim.id)!.tags).toEqual(['ro'])
  })
})

describe('busy, foreign and newer files', () => {
  it('a busy article file is reported and left in place, never moved aside as corrupt', async () => {
    const first = await openWs()
    const id = first.listArticles()[0].id
    await first.close()
    sample.forget(first)
    const before = readFileSync(articlePath(id))
    const fs = faultyFs([{ op: 'readFile', code: 'EBUSY', path: /articles/ }])
    const ws = await openWs(fs)
    // Opening reads the index only; the file is judged when the article is first used.
    await expect(ws.loadArticle(id)).rejects.toThrow(/No article/)
    expect(ws.listArticles()).toEqual([])
    expect(ws.notices).toHaveLength(1)
    expect(ws.notices[0]).toMatchObject({ file: articlePath(id), movedTo: articlePath(id) })
    expect(ws.notices[0].reason).toMatch(/could not be read \(EBUSY\).*left where it is/)
    expect(readdirSync(join(sample.dir, 'articles'))).toEqual([`${id}.json`])
    // Importing the same text again must not write over the file it could not read.
    await expect(ws.importText({ text: first.getArticle(id).article.text, format: 'text', sourceName: 'x.txt' })).rejects.toThrow(/cannot change/)
    expect(readFileSync(articlePath(id))).toEqual(before)
  })

  it('an article saved with a UTF-8 BOM or as UTF-16 opens, and is not moved aside', async () => {
    const ws = await openWs()
    const id = ws.listArticles()[0].id
    await ws.close()
    sample.forget(ws)
    const json = readFileSync(articlePath(id), 'utf8')
    writeFileSync(articlePath(id), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]))
    const reopened = await openWs()
    expect((await reopened.loadArticle(id)).article.id).toBe(id) // read through the async path
    expect(reopened.notices).toEqual([])
    expect(reopened.listArticles().map((a) => a.id)).toEqual([id])
    await reopened.close()
    sample.forget(reopened)
    writeFileSync(articlePath(id), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json, 'utf8')]))
    const again = await openWs()
    expect(again.getArticle(id).article.id).toBe(id) // read through the first-use path
    expect(again.notices).toEqual([])
    expect(again.listArticles().map((a) => a.id)).toEqual([id])
    expect(readdirSync(join(sample.dir, 'articles'))).toEqual([`${id}.json`])
  })

  it('a file from a newer Claimdesk is never written: not by importing the same text again', async () => {
    const ws = await openWs()
    const id = ws.listArticles()[0].id
    const text = ws.getArticle(id).article.text
    await ws.close()
    sample.forget(ws)
    const newer = JSON.stringify({ ...onDisk(id), schemaVersion: 99 })
    writeFileSync(articlePath(id), newer)
    const reopened = await openWs()
    await expect(reopened.loadArticle(id)).rejects.toThrow(/No article/) // first use finds it newer
    expect(reopened.notices[0].reason).toMatch(/newer Claimdesk/)
    // The refusal in the English it always had, with the migration's reason as a code inside (issue 11).
    await expect(reopened.importText({ text, format: 'text', sourceName: 'again.txt' })).rejects.toMatchObject({
      message: `This article is already in the workspace as ${id}.json, which this version cannot change (written by a newer Claimdesk (schema version 99; this one reads up to ${SCHEMA_VERSION})).`,
      detail: { code: 'error.heldImport', values: { file: `${id}.json`, reason: { code: 'migration.newer', values: { version: 99, current: SCHEMA_VERSION } } } },
    })
    expect(readFileSync(articlePath(id), 'utf8')).toBe(newer)
  })

  it('reports a missing article file by its title and a stray file, and removes temp files left by a kill', async () => {
    const ws = await openWs()
    const id = ws.listArticles()[0].id
    const title = ws.listArticles()[0].title
    await ws.close()
    sample.forget(ws)
    rmSync(articlePath(id))
    writeFileSync(join(sample.dir, 'articles', 'notes.txt'), 'my notes')
    writeFileSync(join(sample.dir, 'articles', `.${id}.json.0123456789ab.tmp`), '{"half":')
    writeFileSync(join(sample.dir, `.claimdesk.json.a1b2c3d4e5f6.tmp`), '')
    const reopened = await openWs()
    const reasons = reopened.notices.map((n) => n.reason)
    expect(reasons).toContainEqual(expect.stringContaining(`the file of “${title}” is missing`))
    expect(reopened.notices.find((n) => n.file.endsWith('notes.txt'))?.reason).toMatch(/not an article file/)
    expect(readdirSync(join(sample.dir, 'articles')).sort()).toEqual(['notes.txt'])
    expect(existsSync(join(sample.dir, '.claimdesk.json.a1b2c3d4e5f6.tmp'))).toBe(false)
  })

  it('creates a .gitattributes with a new workspace, and never replaces one', async () => {
    const ws = await openWs()
    expect(readFileSync(join(sample.dir, '.gitattributes'), 'utf8')).toBe(GITATTRIBUTES)
    expect(GITATTRIBUTES).toMatch(/^evidence\/\*\* binary$/m)
    expect(GITATTRIBUTES).toMatch(/^\*\.json text eol=lf$/m)
    await ws.close()
    sample.forget(ws)
    const other = mkdtempSync(join(tmpdir(), 'claimdesk-safety-'))
    writeFileSync(join(other, '.gitattributes'), '* -text\n')
    const own = await Workspace.open(other)
    await own.close()
    expect(readFileSync(join(other, '.gitattributes'), 'utf8')).toBe('* -text\n')
    rmSync(other, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 })
  })
})

describe('a file changed by another program while the workspace is open', () => {
  it('keeps the pending edit and the other program’s change when they touch different fields', async () => {
    const ws = await openWs()
    const id = ws.listArticles()[0].id
    const [first, second] = ws.getArticle(id).claims
    const theirs = onDisk(id) // e.g. a git pull brings another reviewer's note
    theirs.claims.find((c) => c.id === second.id)!.note = 'from the other reviewer'
    writeFileSync(articlePath(id), JSON.stringify(theirs, null, 2))
    await ws.updateClaim(id, first.id, 'corroboration', 'contradicted')
    const disk = onDisk(id)
    expect(disk.claims.find((c) => c.id === first.id)!.corroboration).toBe('contradicted')
    expect(disk.claims.find((c) => c.id === second.id)!.note).toBe('from the other reviewer')
    expect(ws.getClaim(id, second.id).note).toBe('from the other reviewer') // reloaded in memory too
    expect(ws.notices.at(-1)!.reason).toMatch(/changed by another program while open and was reloaded; your change was kept/)
  })

  it('when both changed the same field, keeps the reviewer’s edit and puts the other version in the history', async () => {
    const ws = await openWs()
    const id = ws.listArticles()[0].id
    const claim = ws.getArticle(id).claims[0]
    const theirs = onDisk(id)
    theirs.claims[0].note = 'their note'
    writeFileSync(articlePath(id), JSON.stringify(theirs))
    await ws.updateClaim(id, claim.id, 'note', 'my note')
    const saved = onDisk(id).claims[0]
    expect(saved.note).toBe('my note')
    expect(saved.history).toContainEqual(expect.objectContaining({ field: 'note', from: 'their note', to: 'my note', by: 'changed on disk' }))
    expect(ws.notices.at(-1)!.reason).toMatch(/both changed note: your change was kept and the other version is in the claim's history/)
    const title = ws.getArticle(id).article.title
    expect(ws.notices.at(-1)!.why).toEqual(message('external.bothChanged', { title, fields: message('claimPart.note') }))
  })

  it('the watcher reloads an article changed on disk and tells the window', async () => {
    const ws = await openWs()
    const id = ws.listArticles()[0].id
    const seen = vi.fn()
    ws.watchExternalChanges(seen)
    const theirs = onDisk(id)
    theirs.claims[0].note = 'synced from another machine'
    writeFileSync(articlePath(id), JSON.stringify(theirs))
    await vi.waitFor(() => expect(seen).toHaveBeenCalled(), { timeout: 20_000, interval: 50 })
    expect(seen.mock.calls[0][0]).toMatchObject({ articleId: id, conflicts: [], text: message('external.reloaded', { title: ws.getArticle(id).article.title }) })
    expect(seen.mock.calls[0][0].message).toBe(formatMessage(seen.mock.calls[0][0].text))
    expect(ws.getArticle(id).claims[0].note).toBe('synced from another machine')
  })
})

describe('evidence.update with undefined properties (Electron IPC keeps them)', () => {
  it('treats { note: undefined } as "not changed" instead of failing inside the store', async () => {
    const { addEvidence, updateEvidence } = await import('./claim-edits')
    const ws = await openWs()
    const id = ws.listArticles()[0].id
    const claim = ws.getArticle(id).claims[0]
    const withEvidence = await addEvidence(ws, id, claim.id, { citation: 'KCNA', url: null, note: 'n', stance: 'context', independent: true })
    const evidenceId = withEvidence.evidence[0].id
    const updated = await updateEvidence(ws, id, claim.id, evidenceId, { note: undefined, citation: 'KCNA, 3 May' })
    expect(updated.evidence[0]).toMatchObject({ note: 'n', citation: 'KCNA, 3 May' })
  })
})

describe('refusals at the IPC boundary are one human line', () => {
  it('evidence.update(a, c, e, { note: undefined }) is accepted; an invalid call is refused in one line', async () => {
    const { createDispatcher } = await import('./dispatch')
    const ws = await openWs()
    const notify = vi.fn()
    const host = { notify } as unknown as Parameters<typeof createDispatcher>[1]
    const dispatch = createDispatcher(ws, host)
    const id = ws.listArticles()[0].id
    const claim = ws.getArticle(id).claims[0]
    const added = await dispatch('evidence.add', [id, claim.id, { citation: 'KCNA', url: null, note: 'n', stance: 'context', independent: true }])
    expect(added.ok).toBe(true)
    const evidenceId = (added as { value: { evidence: { id: string }[] } }).value.evidence[0].id
    const updated = await dispatch('evidence.update', [id, claim.id, evidenceId, { note: undefined }])
    expect(updated).toMatchObject({ ok: true })
    const refused = await dispatch('claims.setTags', [id, claim.id, ['x'.repeat(500)]])
    expect(refused.ok).toBe(false)
    expect((refused as { error: { message: string } }).error.message).not.toContain('\n')
  })
})
