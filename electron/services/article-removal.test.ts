// Remove an article from the workspace (moved aside, never deleted) and bring it back:
// the service behind the app's "Remove article…" + Undo and `claimdesk remove`.
import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ClaimdeskError } from '../core/errors'
import { faultyFs, NO_WAIT } from '../store/__fixtures__/faulty-fs'
import { listRemovedArticles, removeArticle, restoreArticle } from './article-removal'
import { createDispatcher, type Host } from './dispatch'
import { sampleWorkspaces } from './__fixtures__/sample-workspaces'
import { Workspace } from './workspace'

const sample = sampleWorkspaces('claimdesk-removal-')
async function openWs(options: Parameters<typeof Workspace.open>[1] = {}): Promise<Workspace> {
  return sample.open(sample.dir, { now: () => new Date('2026-11-26T02:40:00.123Z'), ...options })
}
const errorOf = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as ClaimdeskError)

describe('removing an article', () => {
  it('moves its file aside, takes it out of the list, and restore brings it back with its review work', async () => {
    const ws = await openWs()
    const [article] = ws.listArticles()
    const claim = ws.getArticle(article.id).claims[0]
    await ws.updateClaim(article.id, claim.id, 'note', 'asked the ministry')

    const removed = await removeArticle(ws, article.id)
    expect(removed).toMatchObject({ articleId: article.id, title: article.title, claimCount: article.claimCount, removedAt: '2026-11-26T02:40:00.123Z' })
    expect(removed.removalId).toBe(`${article.id}.json.removed-2026-11-26T02-40-00-123Z`)
    expect(ws.listArticles().map((a) => a.id)).not.toContain(article.id)
    expect(existsSync(join(sample.dir, 'articles', `${article.id}.json`))).toBe(false)
    expect(existsSync(join(sample.dir, 'articles', removed.removalId))).toBe(true) // never deleted
    expect(await listRemovedArticles(ws)).toEqual([removed])

    const restored = await restoreArticle(ws, removed.removalId)
    expect(restored).toMatchObject({ id: article.id, title: article.title, claimCount: article.claimCount })
    expect(ws.getClaim(article.id, claim.id).note).toBe('asked the ministry')
    expect(readdirSync(join(sample.dir, 'articles')).filter((n) => n.includes('.removed-'))).toEqual([])
    expect(await listRemovedArticles(ws)).toEqual([])

    // It survives a reopen, as any article does.
    await ws.close()
    sample.forget(ws)
    const again = await openWs()
    expect(again.getClaim(article.id, claim.id).note).toBe('asked the ministry')
  })

  it('refuses an unknown article and a removal id that is not one, in one line', async () => {
    const ws = await openWs()
    const unknown = await errorOf(removeArticle(ws, 'no-such-article'))
    expect(unknown).toMatchObject({ code: 'not-found' })
    expect(unknown!.message).toMatch(/nothing was removed/)
    const notOne = await errorOf(restoreArticle(ws, '../claimdesk.json'))
    expect(notOne).toMatchObject({ code: 'invalid-argument', detail: { code: 'restoreError.notRemoval', values: { id: '../claimdesk.json' } } })
    expect(notOne!.message).toBe("“../claimdesk.json” is not a removed article's file name.")
    const gone = await errorOf(restoreArticle(ws, 'x.json.removed-2026-11-26T02-40-00-123Z'))
    expect(gone).toMatchObject({ code: 'not-found', detail: { code: 'restoreError.gone' } })
    expect(gone!.message).toBe('The removed article x.json.removed-2026-11-26T02-40-00-123Z is no longer in articles/; nothing was restored.')
  })

  it('will not restore over the same article imported again since', async () => {
    const ws = await openWs()
    const [article] = ws.listArticles()
    const removed = await removeArticle(ws, article.id)
    const text = (await import('node:fs')).readFileSync(join(sample.dir, 'articles', removed.removalId), 'utf8')
    await ws.importText({ text: JSON.parse(text).article.text, sourceName: 'again.txt', format: 'text' })
    const error = await errorOf(restoreArticle(ws, removed.removalId))
    expect(error).toMatchObject({ code: 'conflict' })
    expect(error!.message).toMatch(/is in the workspace again .*nothing was restored/)
    expect(existsSync(join(sample.dir, 'articles', removed.removalId))).toBe(true)
  })

  it('a damaged moved-aside file is not listed and not restored; it stays on disk', async () => {
    const ws = await openWs()
    const name = 'broken.json.removed-2026-11-20T10-00-00-000Z'
    writeFileSync(join(sample.dir, 'articles', name), '{ not json')
    expect(await listRemovedArticles(ws)).toEqual([])
    expect(await errorOf(restoreArticle(ws, name))).toMatchObject({ code: 'unreadable-file', detail: { code: 'restoreError.unreadable' } })
    // A file zod refuses: zod's words inside, as a code with the same English.
    const invalid = 'invalid.json.removed-2026-11-20T10-00-00-000Z'
    writeFileSync(join(sample.dir, 'articles', invalid), JSON.stringify({ schemaVersion: 1, article: { id: 5 }, claims: [] }))
    const error = await errorOf(restoreArticle(ws, invalid))
    expect(error!.message).toMatch(/^The removed article invalid\.json\.removed-2026-11-20T10-00-00-000Z cannot be restored: Invalid input: expected .+\. The file was left as it is\.$/)
    expect((error as { detail?: { values?: { detail?: { code?: string } } } }).detail?.values?.detail?.code).toMatch(/^zodIssue\./)
    expect(existsSync(join(sample.dir, 'articles', name))).toBe(true)
  })

  it('is refused while the article has a change that could not be saved (removing would lose it)', async () => {
    const fs = faultyFs()
    const ws = await openWs({ fs, retry: NO_WAIT })
    const [article] = ws.listArticles()
    const claim = ws.getArticle(article.id).claims[0]
    fs.faults.push({ op: 'rename', code: 'EPERM', path: /articles/ })
    // The click is durable in the article's change log; the locked file is met when removal rewrites it first.
    await ws.updateClaim(article.id, claim.id, 'note', 'kept in memory')
    const error = await errorOf(removeArticle(ws, article.id))
    expect(error).toMatchObject({ code: 'not-saved' })
    expect(ws.listArticles().map((a) => a.id)).toContain(article.id)
    fs.faults.length = 0
    await ws.retryUnsaved()
    await removeArticle(ws, article.id)
    expect(ws.listArticles().map((a) => a.id)).not.toContain(article.id)
  })

  it('through the IPC dispatcher: remove, list, restore; a bad removal id is refused at the boundary', async () => {
    const ws = await openWs()
    const host = { notify: () => undefined } as unknown as Host
    const dispatch = createDispatcher(ws, host)
    const [article] = ws.listArticles()
    const removed = await dispatch('articles.remove', [article.id])
    expect(removed).toMatchObject({ ok: true, value: { articleId: article.id } })
    const listed = await dispatch('articles.listRemoved', [])
    expect(listed).toMatchObject({ ok: true, value: [{ articleId: article.id }] })
    const bad = await dispatch('articles.restore', ['../../etc/passwd'])
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
    const id = (removed as { value: { removalId: string } }).value.removalId
    expect(await dispatch('articles.restore', [id])).toMatchObject({ ok: true, value: { id: article.id } })
  })
})
