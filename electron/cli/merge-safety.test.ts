// The CLI and the app on one workspace (issue 9, items 1, 2 and 4): one writer at a time,
// the CLI says who holds the workspace, undo after a CLI merge keeps the merged work, and
// an interrupted merge is reported on open and can be finished.
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { renderJson } from '../core/report/json'
import type { ArticleFile } from '../core/schema'
import { finishMerge } from '../services/merge-recovery'
import { openWithSample } from '../services/seed'
import { Workspace } from '../services/workspace'
import { faultyFs, NO_WAIT } from '../store/__fixtures__/faulty-fs'
import { LOCK_DIR } from '../store/workspace-lock'
import { main } from './index'

const DATA = resolve(__dirname, '../../data')
const REPO = resolve(__dirname, '../..')
const SECOND = 'Officials in Hyesan said on Tuesday that the border market reopened after three weeks.\n\nTraders reportedly paid bribes to reopen their stalls.\n'
let root: string
let template: string
let exportFile: string
let ours: string
let articleId: string
let claimIds: string[]

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await main(['merge', ...args], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) })
  return { code, stdout, stderr }
}

/** The real CLI in its own process, as a reviewer runs it beside the app. */
function cliProcess(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['bin/claimdesk.js', ...args], { cwd: REPO, env: { ...process.env, NO_COLOR: '1' } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('close', (code) => done({ code, stdout, stderr }))
  })
}

const onDisk = (id: string): ArticleFile => JSON.parse(readFileSync(join(ours, 'articles', `${id}.json`), 'utf8'))

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'claimdesk-merge-safety-'))
  template = join(root, 'template')
  const theirs = join(root, 'theirs')
  const a = await openWithSample(() => Workspace.open(template), DATA)
  await a.close()
  const b = await openWithSample(() => Workspace.open(theirs, { now: () => new Date('2026-11-25T11:00:00Z') }), DATA)
  await b.setReviewerName('Lee')
  articleId = b.listArticles()[0].id
  claimIds = b.getArticle(articleId).claims.map((c) => c.id)
  // Ten notes, as in the issue, and a second article only they have.
  for (const id of claimIds.slice(0, 10)) await b.updateClaim(articleId, id, 'note', `Lee's note on ${id}`)
  await b.importText({ text: SECOND, format: 'text', sourceName: 'hyesan.txt' })
  exportFile = join(root, 'lee.json')
  writeFileSync(exportFile, renderJson(b.allArticles(), '2026-11-26T08:00:00.000Z'))
  await b.close()
})
afterAll(() => rmSync(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }))

let n = 0
beforeEach(() => {
  ours = join(root, `ours-${n++}`)
  spawnSync('cp', ['-r', template, ours])
  rmSync(join(ours, LOCK_DIR), { recursive: true, force: true, maxRetries: 10, retryDelay: 50 })
})

describe('one writer at a time', () => {
  it('a CLI merge in another process meets the app’s lock: one line naming the holder, non-zero exit, nothing lost', async () => {
    const app = await Workspace.open(ours, { holder: 'the Claimdesk app' })
    const before = readFileSync(join(ours, 'articles', `${articleId}.json`))
    // The app keeps editing while the CLI tries to merge.
    const [merge] = await Promise.all([
      cliProcess('merge', '--workspace', ours, exportFile),
      (async () => {
        for (const id of claimIds.slice(0, 5)) await app.updateClaim(articleId, id, 'corroboration', 'unverified')
      })(),
    ])
    expect(merge.code).not.toBe(0)
    const lines = merge.stderr.trim().split('\n').filter((l) => !l.startsWith('[')) // Debian's node wrappers may add noise
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(new RegExp(`^claimdesk merge: The workspace .* is in use by the Claimdesk app \\(process ${process.pid}, since `))
    await app.close() // the edits wait in the article's change log until the file is rewritten (idle, close)
    expect(onDisk(articleId).claims.filter((c) => c.corroboration === 'unverified')).toHaveLength(5)
    expect(readFileSync(join(ours, 'articles', `${articleId}.json`))).not.toEqual(before)

    // With the app closed, the merge runs, and both the app's edits and the ten notes are there.
    const again = await cliProcess('merge', '--workspace', ours, exportFile)
    expect(again.stderr).toBe('')
    expect(again.code).toBe(0)
    const merged = onDisk(articleId).claims
    expect(merged.filter((c) => c.note.startsWith("Lee's note"))).toHaveLength(10)
    expect(merged.filter((c) => c.corroboration === 'unverified')).toHaveLength(5)
  }, 120_000)

  it('the app cannot open a workspace the CLI is writing; a lock left by a dead process is taken over at once', async () => {
    const cliRun = await Workspace.open(ours, { holder: 'claimdesk merge' })
    await expect(Workspace.open(ours)).rejects.toThrow(/in use by claimdesk merge \(process \d+, since /)
    await cliRun.close()

    // A killed CLI leaves its lock folder behind, fresh, with its owner.
    const dead = spawnSync(process.execPath, ['-e', '']).pid!
    mkdirSync(join(ours, LOCK_DIR), { recursive: true })
    writeFileSync(join(ours, LOCK_DIR, 'owner.json'), JSON.stringify({ holder: 'claimdesk import', pid: dead, host: hostname(), since: new Date().toISOString() }))
    const app = await Workspace.open(ours)
    expect(JSON.parse(readFileSync(join(ours, LOCK_DIR, 'owner.json'), 'utf8'))).toMatchObject({ pid: process.pid, holder: 'the Claimdesk app' })
    await app.close()
  })
})

describe('a merge run from the CLI follows the same rules as one run from the app', () => {
  it('clears the undo entries of the articles it merged, so an older undo cannot drop the merged notes', async () => {
    const app = await Workspace.open(ours)
    await app.updateClaim(articleId, claimIds[0], 'corroboration', 'unverified')
    expect(app.canUndo().undo).toBe('Set corroboration')
    await app.close()
    expect((await cli('--workspace', ours, exportFile)).code).toBe(0)
    const reopened = await Workspace.open(ours)
    expect(reopened.canUndo().undo).toBeNull()
    await reopened.undo()
    expect(reopened.getArticle(articleId).claims.filter((c) => c.note.startsWith("Lee's note"))).toHaveLength(10)
    await reopened.close()
  })

  it('an interrupted merge is marked incomplete, reported on open, and can be finished', async () => {
    // The merge stops at its second article file: the disk fills up (a kill leaves the same state).
    const fs = faultyFs()
    const ws = await Workspace.open(ours, { fs, retry: NO_WAIT })
    const { mergeIntoWorkspace } = await import('../services/merge')
    fs.faults.push({ op: 'open', code: 'ENOSPC', path: new RegExp(`articles/\\.(?!${articleId})a-[0-9a-f]+\\.json\\.[0-9a-f]+\\.tmp$`) })
    await expect(mergeIntoWorkspace(ws, exportFile)).rejects.toThrow(/the disk is full/)
    await expect(ws.close()).rejects.toThrow(/not saved/)
    expect(readdirSync(join(ours, 'articles'))).toEqual([`${articleId}.json`])

    const reopened = await Workspace.open(ours)
    const incomplete = reopened.info().incompleteMerges!
    expect(incomplete).toHaveLength(1)
    expect(incomplete[0]).toMatchObject({ applied: 1, total: 2 })
    expect(reopened.notices.map((x) => x.reason).join('\n')).toMatch(/was interrupted: 1 of 2 articles merged\. Finish it/)
    const done = await finishMerge(reopened, incomplete[0].mergeId)
    expect(done.changedSince).toEqual([])
    expect(reopened.listArticles()).toHaveLength(2)
    expect(reopened.getArticle(articleId).claims.filter((c) => c.note.startsWith("Lee's note"))).toHaveLength(10)
    expect(reopened.info().incompleteMerges).toEqual([])
    await reopened.close()
    const last = await Workspace.open(ours)
    expect(last.info().incompleteMerges).toEqual([])
    await last.close()
  })
})
