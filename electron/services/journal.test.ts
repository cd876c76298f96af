import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { RecoveryNotice } from '../core/api'
import { JOURNAL_FILE, JOURNAL_LIMIT, Journal, type JournalEntry } from './journal'
import { openWithSample } from './seed'
import { Workspace } from './workspace'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimdesk-journal-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }))

const journalPath = () => join(dir, '.claimdesk', JOURNAL_FILE)
const lines = () => readFileSync(journalPath(), 'utf8').split('\n').filter(Boolean)

function entry(n: number, articleId = 'a1'): JournalEntry {
  return {
    articleId,
    label: `Set note ${n}`,
    at: '2026-11-25T12:00:00.000Z',
    changes: [{ id: `c${n % 7}`, fields: { note: { from: `${n - 1}`, to: `${n}` } } }],
  }
}

async function reopen(notices: RecoveryNotice[] = []): Promise<Journal> {
  return Journal.open(dir, notices)
}

describe('append-only journal', () => {
  it('appends one line per action and replays undo, redo and forget after a restart', async () => {
    const journal = await reopen()
    for (let n = 1; n <= 5; n++) await journal.record(entry(n))
    await journal.record(entry(6, 'a2'))
    await journal.committedUndo()
    await journal.committedUndo()
    await journal.committedRedo()
    await journal.forgetArticle('nobody') // mentions no entry: nothing written
    expect(lines()).toHaveLength(1 + 6 + 3)

    const again = await reopen()
    expect(again.peekUndo()?.label).toBe('Set note 5')
    expect(again.peekRedo()?.label).toBe('Set note 6')
    await again.forgetArticle('a2')
    expect(again.canRedo).toBe(false)
    expect((await reopen()).canRedo).toBe(false)
  })

  it('writes only the fields that changed, not whole claims', async () => {
    const ws = await openWithSample(() => Workspace.open(dir), resolve(__dirname, '../../data'))
    const [article] = ws.listArticles()
    const claim = ws.getArticle(article.id).claims[0]
    await ws.updateClaim(article.id, claim.id, 'note', 'first pass')
    await ws.updateClaim(article.id, claim.id, 'corroboration', 'corroborated')
    await ws.close()
    const last = JSON.parse(lines().at(-1)!)
    expect(last).toEqual({
      op: 'do',
      entry: {
        articleId: article.id,
        label: 'Set corroboration',
        // The same label as a message code, for the window to translate.
        message: { code: 'undo.setField', values: { field: { code: 'field.corroboration' } } },
        at: expect.any(String),
        changes: [{ id: claim.id, fields: { corroboration: { from: 'unreviewed', to: 'corroborated' } } }],
      },
    })
    expect(lines().at(-1)).not.toContain(claim.anchor.quote.exact) // no copy of the claim
  })

  it('ignores a torn last line after a crash and appends cleanly after it', async () => {
    const journal = await reopen()
    await journal.record(entry(1))
    await journal.record(entry(2))
    appendFileSync(journalPath(), '{"op":"do","entry":{"articleId":"a1","lab') // killed mid-append

    const notices: RecoveryNotice[] = []
    const after = await reopen(notices)
    expect(notices).toEqual([])
    expect(after.peekUndo()?.label).toBe('Set note 2')
    await after.record(entry(3))
    await after.committedUndo()
    for (const line of lines()) expect(() => JSON.parse(line)).not.toThrow()
    const third = await reopen()
    expect(third.peekUndo()?.label).toBe('Set note 2')
    expect(third.peekRedo()?.label).toBe('Set note 3')
  })

  it('a complete last line without its newline is treated as torn, not as damage', async () => {
    const journal = await reopen()
    await journal.record(entry(1))
    appendFileSync(journalPath(), JSON.stringify({ op: 'undo' }))
    const notices: RecoveryNotice[] = []
    const after = await reopen(notices)
    expect(notices).toEqual([])
    expect(after.peekUndo()?.label).toBe('Set note 1')
  })

  it('keeps what comes before a damaged line, moves the damaged file aside and says so', async () => {
    const journal = await reopen()
    await journal.record(entry(1))
    appendFileSync(journalPath(), 'garbage\n')
    appendFileSync(journalPath(), `${JSON.stringify({ op: 'do', entry: entry(2) })}\n`)

    const notices: RecoveryNotice[] = []
    const after = await reopen(notices)
    expect(notices).toHaveLength(1)
    expect(notices[0].reason).toMatch(/damaged at line 3/)
    expect(existsSync(notices[0].movedTo)).toBe(true)
    expect(readFileSync(notices[0].movedTo, 'utf8')).toContain('garbage')
    expect(after.peekUndo()?.label).toBe('Set note 1')
    await after.record(entry(3))
    expect((await reopen()).peekUndo()?.label).toBe('Set note 3')
  })

  it('compacts when it grows, keeping the newest entries and the redo stack', async () => {
    const journal = await reopen()
    const total = JOURNAL_LIMIT * 3
    for (let n = 1; n <= total; n++) await journal.record(entry(n))
    for (let i = 0; i < 3; i++) await journal.committedUndo()
    const count = lines().length
    expect(count).toBeLessThanOrEqual(2 * JOURNAL_LIMIT + 64 + 1)
    expect(count).toBeLessThan(total)

    const after = await reopen()
    expect(after.peekUndo()?.label).toBe(`Set note ${total - 3}`)
    expect(after.peekRedo()?.label).toBe(`Set note ${total - 2}`)
    let undoable = 0
    while (after.canUndo) {
      await after.committedUndo()
      undoable++
    }
    expect(undoable).toBe(JOURNAL_LIMIT - 3)
    expect((await reopen()).peekRedo()?.label).toBe(`Set note ${total - JOURNAL_LIMIT + 1}`)
  })

  it('keeps the order of actions that were not awaited one by one', async () => {
    const journal = await reopen()
    await Promise.all(Array.from({ length: 300 }, (_, i) => journal.record(entry(i + 1))))
    await Promise.all([journal.committedUndo(), journal.committedUndo()])
    const after = await reopen()
    expect(after.peekUndo()?.label).toBe('Set note 298')
    expect(after.peekRedo()?.label).toBe('Set note 299')
  })

  it('after a failed append, the next one rewrites the whole journal so no line is lost or torn', async () => {
    const journal = await reopen()
    await journal.record(entry(1))
    rmSync(journalPath())
    mkdirSync(journalPath()) // any write to the journal now fails
    await expect(journal.record(entry(2))).rejects.toThrow()
    expect(journal.peekUndo()?.label).toBe('Set note 2') // the action itself stays undoable
    rmSync(journalPath(), { recursive: true })
    await journal.record(entry(3))
    const after = await reopen()
    const labels: string[] = []
    while (after.canUndo) {
      labels.push(after.peekUndo()!.label)
      await after.committedUndo()
    }
    expect(labels).toEqual(['Set note 3', 'Set note 2', 'Set note 1'])
  })

  it('converts the previous whole-file journal and keeps it aside', async () => {
    mkdirSync(join(dir, '.claimdesk'))
    const ws = await openWithSample(() => Workspace.open(dir), resolve(__dirname, '../../data'))
    const [article] = ws.listArticles()
    const before = ws.getArticle(article.id).claims[0]
    await ws.close()
    const after = { ...before, corroboration: 'contradicted' as const }
    const old = { schemaVersion: 1, undo: [{ articleId: article.id, label: 'Set corroboration', at: before.createdAt, changes: [{ id: before.id, before, after }] }], redo: [] }
    writeFileSync(join(dir, '.claimdesk', 'journal.json'), JSON.stringify(old))
    rmSync(journalPath())

    const journal = await reopen()
    expect(journal.peekUndo()?.changes).toEqual([{ id: before.id, fields: { corroboration: { from: 'unreviewed', to: 'contradicted' } } }])
    expect(readdirSync(join(dir, '.claimdesk'))).toEqual(expect.arrayContaining([JOURNAL_FILE, 'journal.json.converted']))
  })
})
