// Opening from the index alone, reading articles on first use, the background pass that
// checks the files against the index, and saves that validate only what changed.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ArticleFile } from '../core/schema'
import { INDEX_FILE, LOADED_ARTICLES, WorkspaceStore } from '../store/workspace-store'
import { writeWorkspace } from '../../bench/generate-workspace'
import { Workspace } from './workspace'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimdesk-index-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }))

const articlePath = (id: string) => join(dir, 'articles', `${id}.json`)

describe('workspace index', () => {
  it('lists articles with their counts from the index without reading any article file', async () => {
    const ids = writeWorkspace(dir, 5, 12)
    const expected: ArticleFile = JSON.parse(readFileSync(articlePath(ids[2]), 'utf8'))
    const ws = await Workspace.open(dir)
    const listed = ws.listArticles()
    expect(listed.map((a) => a.id)).toEqual(ids)
    const reviewed = expected.claims.filter((c) => c.corroboration !== 'unreviewed').length
    expect(listed[2]).toMatchObject({ title: expected.article.title, claimCount: 12, reviewedCount: reviewed })
    expect(listed[2].corroborationCounts?.unreviewed).toBe(12 - reviewed)
    expect(ids.some((id) => (ws as unknown as { store: WorkspaceStore }).store.isLoaded(id))).toBe(false)
    // A file the list never needed is read, and validated, on first use.
    expect(ws.getArticle(ids[2]).claims).toHaveLength(12)
    await ws.close()
  })

  it('keeps the index in step with every save: counts, tags, review progress', async () => {
    const [id] = writeWorkspace(dir, 1, 6)
    let ws = await Workspace.open(dir)
    const claim = ws.getArticle(id).claims.find((c) => c.corroboration === 'unreviewed')!
    const before = ws.listArticles()[0]
    const updated = await ws.updateClaim(id, claim.id, 'corroboration', 'contradicted')
    await ws.updateClaim(id, claim.id, 'tags', ['disputed-figure'])
    expect(updated.corroboration).toBe('contradicted')
    await ws.close()
    ws = await Workspace.open(dir)
    const after = ws.listArticles()[0]
    expect(after.reviewedCount).toBe(before.reviewedCount + 1)
    expect(after.corroborationCounts!.contradicted).toBe(before.corroborationCounts!.contradicted + 1)
    expect(ws.tags()).toContain('disputed-figure')
    await ws.close()
  })

  it('the background pass finds a file that differs from the index, repairs the line and says so', async () => {
    const ids = writeWorkspace(dir, 3, 8)
    // Changed outside Claimdesk (or the index write was lost in a crash): every claim reviewed.
    const file = JSON.parse(readFileSync(articlePath(ids[1]), 'utf8'))
    for (const claim of file.claims) claim.corroboration = 'corroborated'
    writeFileSync(articlePath(ids[1]), JSON.stringify(file, null, 2))
    const ws = await Workspace.open(dir)
    expect(ws.listArticles()[1].reviewedCount).toBeLessThan(8) // the index, as it was
    await ws.searchReady()
    await new Promise((resolve) => setTimeout(resolve, 50)) // the repair is written as the report arrives
    expect(ws.listArticles()[1]).toMatchObject({ reviewedCount: 8, claimCount: 8 })
    expect(ws.notices.map((n) => n.reason)).toEqual([expect.stringMatching(/index was out of date/)])
    await ws.close()
    expect(JSON.parse(readFileSync(join(dir, INDEX_FILE), 'utf8')).articles[1].reviewedCount).toBe(8)
  })

  it('the background pass moves aside a file that does not parse, as a first read would', async () => {
    const ids = writeWorkspace(dir, 2, 4)
    writeFileSync(articlePath(ids[0]), '{"schemaVersion": 1, "arti')
    const ws = await Workspace.open(dir)
    await ws.searchReady()
    // The main thread reads the file once the worker reports it: wait for that, not for a set time.
    for (let i = 0; i < 200 && ws.notices.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 50))
    expect(ws.listArticles().map((a) => a.id)).toEqual([ids[1]])
    expect(ws.notices[0].reason).toMatch(/not valid JSON/)
    await ws.close()
  })

  it('a save validates the claims it changed: an invalid value is refused and nothing is written', async () => {
    const [id] = writeWorkspace(dir, 1, 4)
    const store = await WorkspaceStore.open(dir)
    const file = store.article(id)!
    const before = readFileSync(articlePath(id), 'utf8')
    const broken = { ...file.claims[1], corroboration: 'sort-of' as never }
    const claims = file.claims.map((c, i) => (i === 1 ? broken : c))
    await expect(store.saveArticle({ ...file, claims }, { claimIds: [broken.id] })).rejects.toThrow()
    expect(readFileSync(articlePath(id), 'utf8')).toBe(before)
  })

  it('keeps in memory the articles in use, not every article read', async () => {
    const ids = writeWorkspace(dir, LOADED_ARTICLES + 6, 3)
    const store = await WorkspaceStore.open(dir)
    for (const id of ids) expect(store.article(id)?.claims).toHaveLength(3)
    expect(ids.filter((id) => store.isLoaded(id))).toHaveLength(LOADED_ARTICLES)
    expect(store.isLoaded(ids.at(-1)!)).toBe(true) // the most recent stay
    expect(store.isLoaded(ids[0])).toBe(false)
    expect(store.article(ids[0])?.article.id).toBe(ids[0]) // and the others come back on demand
  })
})
