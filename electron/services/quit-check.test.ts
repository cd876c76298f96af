// Quitting with changes the file system refused (issue 15.1): retried, then the reviewer
// is asked, naming the article and why; never a silent quit that loses them.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatMessage } from '../core/messages'
import { parseExport } from '../core/report/json'
import type { ArticleFile } from '../core/schema'
import { faultyFs, NO_WAIT, type FaultyFs } from '../store/__fixtures__/faulty-fs'
import { mergeIntoWorkspace } from './merge'
import { closeForQuit, quitPrompt, type QuitChoice, type QuitPrompt, type QuitUi } from './quit-check'
import { sampleWorkspaces } from './__fixtures__/sample-workspaces'
import { Workspace } from './workspace'

const NO_PAUSE = { retryDelays: [1, 1], sleep: async () => undefined }
const sample = sampleWorkspaces('claimdesk-quit-')

async function openWs(fs?: FaultyFs): Promise<Workspace> {
  return sample.open(join(sample.dir, 'ws'), { ...(fs ? { fs, retry: NO_WAIT } : {}) })
}
const noteOnDisk = (id: string, claimId: string) =>
  (JSON.parse(readFileSync(join(sample.dir, 'ws', 'articles', `${id}.json`), 'utf8')) as ArticleFile).claims.find((c) => c.id === claimId)!.note

/** A reviewer who answers from a script, and remembers what they were asked. */
function reviewer(answers: QuitChoice[], copyPath: string | null = null): QuitUi & { asked: QuitPrompt[] } {
  const asked: QuitPrompt[] = []
  return {
    asked,
    ask: async (prompt) => {
      asked.push(prompt)
      return answers.shift() ?? 'stay'
    },
    chooseCopyPath: async () => copyPath,
  }
}

/** A workspace whose article file is held by another program: the edit is kept, not saved. */
async function lockedEdit(): Promise<{ ws: Workspace; fs: FaultyFs; id: string; claimId: string }> {
  const fs = faultyFs()
  const ws = await openWs(fs)
  const id = ws.listArticles()[0].id
  const claimId = ws.getArticle(id).claims[0].id
  fs.faults.push({ op: 'open', code: 'EPERM', path: /wal/ }, { op: 'rename', code: 'EPERM', path: /articles/ }) // the change log and the file are both locked
  await expect(ws.updateClaim(id, claimId, 'note', 'seen by a second source')).rejects.toMatchObject({
    message: expect.stringMatching(/^1 change not saved: .*\. The change is kept and will be saved with the next change or when the workspace closes\.$/),
    detail: { code: 'error.keptUntilNext' },
  })
  return { ws, fs, id, claimId }
}

describe('quitting', () => {
  it('with everything saved: closes without asking and lets go of the workspace', async () => {
    const ws = await openWs()
    const id = ws.listArticles()[0].id
    await ws.updateClaim(id, ws.getArticle(id).claims[0].id, 'note', 'saved')
    const ui = reviewer([])
    expect(await closeForQuit(ws, ui, NO_PAUSE)).toBe(true)
    expect(ui.asked).toEqual([])
    sample.adopt(await Workspace.open(join(sample.dir, 'ws'))) // the lock was released
  })

  it('a file still locked: retried, then the reviewer is asked, naming the article and why; Try again saves once it is free', async () => {
    const { ws, fs, id, claimId } = await lockedEdit()
    // Refused writes of any kind: a compaction first appends its fold line to the (locked)
    // change log, so it is refused there before it reaches the article's rename.
    const failures = () => fs.failed.open + fs.failed.rename
    const failedBefore = failures()
    const rounds: number[] = []
    const ui = reviewer(['retry'])
    const ask = ui.ask
    ui.ask = async (prompt) => {
      rounds.push(failures())
      fs.faults.length = 0 // the antivirus lets go while the dialog is up
      return ask(prompt)
    }
    expect(await closeForQuit(ws, ui, NO_PAUSE)).toBe(true)
    expect(ui.asked).toHaveLength(1)
    const [prompt] = ui.asked
    expect(formatMessage(prompt.message)).toBe('A change is not saved')
    expect(formatMessage(prompt.detail)).toContain('“Explosion at Chongjin chemical factory reportedly injures workers”')
    expect(formatMessage(prompt.detail)).toContain('the file is locked by another program')
    expect(formatMessage(prompt.buttons[prompt.defaultId])).toBe('Try again')
    expect(prompt.choices[prompt.cancelId]).toBe('stay')
    expect(prompt.choices).toContain('discard')
    expect(rounds[0]).toBeGreaterThanOrEqual(failedBefore + 2) // the quit tried again (at least twice) before asking
    expect(noteOnDisk(id, claimId)).toBe('seen by a second source')
  })

  it("Don't quit: the workspace stays open, the change in memory, the lock held", async () => {
    const { ws, fs, id, claimId } = await lockedEdit()
    const ui = reviewer(['stay'])
    expect(await closeForQuit(ws, ui, NO_PAUSE)).toBe(false)
    expect(ws.getClaim(id, claimId).note).toBe('seen by a second source')
    expect(ws.info().unsaved?.count).toBe(1)
    await expect(Workspace.open(join(sample.dir, 'ws'))).rejects.toMatchObject({ code: 'locked' })
    fs.faults.length = 0
    expect(await closeForQuit(ws, reviewer([]), NO_PAUSE)).toBe(true)
    expect(noteOnDisk(id, claimId)).toBe('seen by a second source')
  })

  it('Save a copy: an export of the unsaved articles that a merge brings back', async () => {
    const { ws, id, claimId } = await lockedEdit()
    const copy = join(sample.dir, 'unsaved.json')
    const ui = reviewer(['save-copy'], copy)
    expect(await closeForQuit(ws, ui, NO_PAUSE)).toBe(true)
    sample.forget(ws)
    const saved = parseExport(readFileSync(copy, 'utf8'))
    expect(saved.articles.map((a) => a.article.id)).toEqual([id])
    expect(noteOnDisk(id, claimId)).toBe('') // the workspace itself never got it...
    const again = await openWs()
    await mergeIntoWorkspace(again, copy)
    expect(again.getClaim(id, claimId).note).toBe('seen by a second source') // ...the copy brings it back
  })

  it('a copy that cannot be written is said in the next question, not taken for saved', async () => {
    const { ws } = await lockedEdit()
    const ui = reviewer(['save-copy', 'stay'], join(sample.dir, 'no-such-folder', 'unsaved.json'))
    expect(await closeForQuit(ws, ui, NO_PAUSE)).toBe(false)
    expect(formatMessage(ui.asked[1].detail)).toMatch(/^The copy could not be saved to .*no-such-folder/)
    expect(ui.asked[1].detail).toMatchObject({ code: 'quit.afterProblem', values: { problem: { code: 'quit.copyFailed' } } })
  })

  it('quits without saving only when the reviewer says so', async () => {
    const { ws, id, claimId } = await lockedEdit()
    const ui = reviewer(['discard'])
    expect(await closeForQuit(ws, ui, NO_PAUSE)).toBe(true)
    sample.forget(ws)
    expect(ui.asked).toHaveLength(1)
    expect(noteOnDisk(id, claimId)).toBe('')
  })
})

describe('the quit prompt', () => {
  it('is made of codes main translates, and reads in English as it always did', () => {
    const one = quitPrompt({ count: 1, message: '1 change not saved: the file is locked by another program' } as never, [{ title: 'Blast' }])
    expect(one.message).toEqual({ code: 'quit.title', values: { count: 1 } })
    expect(one.detail).toEqual({ code: 'quit.detailOne', values: { titles: '“Blast”', why: 'the file is locked by another program' } })
    expect(formatMessage(one.message)).toBe('A change is not saved')
    expect(formatMessage(one.detail)).toBe(
      'Not saved: “Blast” (the file is locked by another program). Claimdesk tried again and could not write it.\n\n' +
        'Close the program that holds the file or free some disk space, then choose Try again; or save a copy ' +
        'you can merge back later. Quitting without saving loses these changes.',
    )
    expect(one.buttons.map(formatMessage)).toEqual(['Try again', 'Save a copy…', 'Don’t quit', 'Quit without saving'])
    const two = quitPrompt({ count: 2, message: '2 changes not saved: the disk is full' } as never, [{ title: 'A' }, { title: 'B' }], { code: 'quit.copyFailed', values: { path: '/x.json', detail: 'EACCES' } })
    expect(formatMessage(two.message)).toBe('Changes to 2 articles are not saved')
    expect(formatMessage(two.detail)).toMatch(/^The copy could not be saved to \/x\.json: EACCES\n\nNot saved: “A”, “B” \(the disk is full\)\. Claimdesk tried again and could not write them\.\n\n/)
  })
})
