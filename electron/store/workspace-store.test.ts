import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SCHEMA_VERSION, type ArticleFile, type WorkspaceIndex } from '../core/schema'
import { DurableJSONFile } from './durable-file'
import { ARTICLES_DIR, INDEX_FILE, WorkspaceStore } from './workspace-store'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimdesk-store-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }))

function articleFile(id: string, title = 'Title'): ArticleFile {
  return {
    schemaVersion: SCHEMA_VERSION,
    article: {
      id,
      title,
      outlet: 'Daily NK',
      author: null,
      url: null,
      publishedAt: null,
      language: 'en',
      text: 'A factory exploded. Two people were hurt.',
      contentHash: 'a'.repeat(64),
      importedAt: '2026-11-25T12:00:00.000Z',
      sourceFormat: 'text',
      sourceName: 'x.txt',
      nonClaims: [],
    },
    claims: [],
  }
}

describe('DurableJSONFile', () => {
  it('writes atomically with stable formatting and leaves no temp files', async () => {
    const path = join(dir, 'x.json')
    const adapter = new DurableJSONFile<{ b: number; a: string }>(path)
    await adapter.write({ b: 1, a: 'x' })
    expect(readFileSync(path, 'utf8')).toBe('{\n  "b": 1,\n  "a": "x"\n}\n')
    expect(readdirSync(dir)).toEqual(['x.json'])
  })

  it('coalesces overlapping writes and ends with the newest data', async () => {
    const path = join(dir, 'x.json')
    const adapter = new DurableJSONFile<{ n: number }>(path)
    await Promise.all(Array.from({ length: 50 }, (_, n) => adapter.write({ n })))
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ n: 49 })
  })

  it('returns null for a missing file and throws on broken JSON', async () => {
    expect(await new DurableJSONFile(join(dir, 'missing.json')).read()).toBeNull()
    writeFileSync(join(dir, 'bad.json'), '{"a":')
    await expect(new DurableJSONFile(join(dir, 'bad.json')).read()).rejects.toThrow(SyntaxError)
  })
})

describe('WorkspaceStore', () => {
  it('creates the layout on first open and round-trips an article', async () => {
    const store = await WorkspaceStore.open(dir)
    expect(existsSync(join(dir, INDEX_FILE))).toBe(true)
    await store.saveArticle(articleFile('a-1'))
    await store.flush()
    const reopened = await WorkspaceStore.open(dir)
    expect(reopened.articleIds()).toEqual(['a-1'])
    expect(reopened.article('a-1')?.article.title).toBe('Title')
    expect(reopened.notices).toEqual([])
  })

  it('refuses to save an article it could not read back, in the same English as before and as a code, and writes nothing', async () => {
    const store = await WorkspaceStore.open(dir)
    const bad = { ...articleFile('a-1'), claims: [{ id: 'c-1' }] } as unknown as ArticleFile
    const refusal = await store.saveArticle(bad).then(
      () => null,
      (error: unknown) => error as Error & { detail?: unknown },
    )
    // The words the store said before this was a code, to the letter.
    expect(refusal?.message).toBe('Not saved: the change would make the article invalid (claims.0.anchor: Invalid input: expected object, received undefined).')
    expect(refusal?.detail).toMatchObject({ code: 'error.notSavedInvalid', values: { why: { code: 'error.issueAt', values: { path: 'claims.0.anchor', detail: { code: 'zodIssue.invalidType' } } } } })
    expect(existsSync(join(dir, ARTICLES_DIR, 'a-1.json'))).toBe(false)
  })

  it('a change to one article rewrites only that article file', async () => {
    const store = await WorkspaceStore.open(dir)
    await store.saveArticle(articleFile('a-1'))
    await store.saveArticle(articleFile('a-2'))
    await store.flush() // the index is written behind the article files
    const indexBefore = readFileSync(join(dir, INDEX_FILE), 'utf8')
    const otherBefore = readFileSync(join(dir, ARTICLES_DIR, 'a-2.json'), 'utf8')
    const file = store.article('a-1')!
    await store.saveArticle({ ...file, article: { ...file.article, text: file.article.text + ' More.' } })
    // The index follows only the new file's size and hash.
    const lines = (text: string) => (JSON.parse(text) as WorkspaceIndex).articles.map(({ file: _file, ...line }) => line)
    expect(lines(readFileSync(join(dir, INDEX_FILE), 'utf8'))).toEqual(lines(indexBefore))
    expect((JSON.parse(readFileSync(join(dir, INDEX_FILE), 'utf8')) as WorkspaceIndex).articles[0].file?.bytes).toBe(statSync(join(dir, ARTICLES_DIR, 'a-1.json')).size)
    expect(readFileSync(join(dir, ARTICLES_DIR, 'a-2.json'), 'utf8')).toBe(otherBefore)
    expect(readFileSync(join(dir, ARTICLES_DIR, 'a-1.json'), 'utf8')).toContain('More.')
  })

  it('moves a corrupt article file aside when it is first read, reports it, and keeps the others', async () => {
    const store = await WorkspaceStore.open(dir)
    await store.saveArticle(articleFile('a-1'))
    await store.saveArticle(articleFile('a-2'))
    await store.flush()
    const broken = join(dir, ARTICLES_DIR, 'a-1.json')
    writeFileSync(broken, '{ "schemaVersion": 1, "article": ')
    // Broken for a minute: a file changed just now may still be being written (article-settle.test.ts).
    utimesSync(broken, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000))
    const reopened = await WorkspaceStore.open(dir, { now: () => new Date('2026-11-25T10:00:00Z') })
    expect(reopened.articleIds()).toEqual(['a-1', 'a-2']) // opening reads the index only
    expect(reopened.article('a-1')).toBeUndefined()
    expect(reopened.article('a-2')?.article.id).toBe('a-2')
    expect(reopened.articleIds()).toEqual(['a-2'])
    expect(reopened.notices).toHaveLength(1)
    expect(reopened.notices[0].reason).toMatch(/not valid JSON/)
    const moved = reopened.notices[0].movedTo
    expect(moved).toBe(`${broken}.corrupt-2026-11-25T10-00-00-000Z`)
    expect(readFileSync(moved, 'utf8')).toBe('{ "schemaVersion": 1, "article": ')
    expect(existsSync(broken)).toBe(false)
  })

  it('moves aside a file that parses but does not validate', async () => {
    const store = await WorkspaceStore.open(dir)
    await store.saveArticle(articleFile('a-1'))
    await store.flush()
    const path = join(dir, ARTICLES_DIR, 'a-1.json')
    const data = JSON.parse(readFileSync(path, 'utf8'))
    data.claims = [{ id: 'c-1', nonsense: true }]
    writeFileSync(path, JSON.stringify(data))
    const reopened = await WorkspaceStore.open(dir)
    expect(reopened.article('a-1')).toBeUndefined()
    expect(reopened.articleIds()).toEqual([])
    expect(reopened.notices[0].reason).toMatch(/invalid content at claims\.0/)
  })

  it('leaves a file from a newer Claimdesk in place and reports it', async () => {
    const store = await WorkspaceStore.open(dir)
    await store.saveArticle(articleFile('a-1'))
    await store.flush()
    const path = join(dir, ARTICLES_DIR, 'a-1.json')
    const data = JSON.parse(readFileSync(path, 'utf8'))
    writeFileSync(path, JSON.stringify({ ...data, schemaVersion: 99 }))
    const reopened = await WorkspaceStore.open(dir)
    expect(reopened.article('a-1')).toBeUndefined()
    expect(reopened.articleIds()).toEqual([])
    expect(reopened.notices[0]).toMatchObject({ file: path, movedTo: path })
    expect(reopened.notices[0].reason).toMatch(/newer Claimdesk/)
    // A save is refused in the English it always had, the migration's reason a code inside (issue 11).
    await expect(reopened.saveArticle(articleFile('a-1'))).rejects.toMatchObject({
      message: `articles/a-1.json was left alone (written by a newer Claimdesk (schema version 99; this one reads up to ${SCHEMA_VERSION})); it was not changed.`,
      detail: { code: 'error.heldSave', values: { reason: { code: 'migration.newer' } } },
    })
    expect(JSON.parse(readFileSync(path, 'utf8')).schemaVersion).toBe(99)
  })

  it('refuses to open a workspace whose index comes from a newer Claimdesk, changing nothing', async () => {
    const store = await WorkspaceStore.open(dir)
    await store.saveArticle(articleFile('a-1'))
    await store.flush()
    const indexPath = join(dir, INDEX_FILE)
    const newer = JSON.stringify({ ...JSON.parse(readFileSync(indexPath, 'utf8')), schemaVersion: 7, futureField: true })
    writeFileSync(indexPath, newer)
    await expect(WorkspaceStore.open(dir)).rejects.toMatchObject({
      message: `This workspace was written by a newer Claimdesk (schema version 7; this one reads up to ${SCHEMA_VERSION}); open it with that version. Nothing was changed.`,
      detail: { code: 'error.workspaceNewer', values: { reason: { code: 'migration.newer' } } },
    })
    expect(readFileSync(indexPath, 'utf8')).toBe(newer)
  })

  it('rebuilds a corrupt index from the article files, keeping the broken index aside', async () => {
    const store = await WorkspaceStore.open(dir)
    await store.saveArticle(articleFile('a-1', 'First'))
    await store.saveSettings({ reviewerName: 'Min' })
    writeFileSync(join(dir, INDEX_FILE), 'garbage')
    const reopened = await WorkspaceStore.open(dir)
    expect(reopened.articleIds()).toEqual(['a-1'])
    expect(reopened.notices).toHaveLength(1)
    expect(readdirSync(dir).some((n) => n.startsWith(`${INDEX_FILE}.corrupt-`))).toBe(true)
    expect(JSON.parse(readFileSync(join(dir, INDEX_FILE), 'utf8')).articles[0].title).toBe('First')
  })

  it('refuses to save an article that would not validate, writing nothing', async () => {
    const store = await WorkspaceStore.open(dir)
    const bad = articleFile('a-1') as unknown as { article: { contentHash: string } }
    bad.article.contentHash = 'not-a-hash'
    await expect(store.saveArticle(bad as unknown as ArticleFile)).rejects.toThrow()
    expect(readdirSync(join(dir, ARTICLES_DIR))).toEqual([])
  })
})
