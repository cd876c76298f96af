// An article file written in place by another program (a sync tool that truncates and
// writes, not a rename) can be read half-written. It is not damaged: it is read again
// once it settles, and never moved aside as corrupt or dropped from the list (issue 9).
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { SCHEMA_VERSION, type ArticleFile } from '../core/schema'
import { formatMessage } from '../core/messages'
import { stableStringify } from './durable-file'
import { ARTICLES_DIR, WorkspaceStore } from './workspace-store'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimdesk-settle-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }))

function articleFile(id: string, title: string): ArticleFile {
  return {
    schemaVersion: SCHEMA_VERSION,
    article: {
      id, title, outlet: 'Daily NK', author: null, url: null, publishedAt: null, language: 'en',
      text: 'A factory exploded. Two people were hurt.', contentHash: 'a'.repeat(64),
      importedAt: '2026-11-25T12:00:00.000Z', sourceFormat: 'text', sourceName: 'x.txt', nonClaims: [],
    },
    claims: [],
  }
}

/** A workspace holding a-1, closed; returns the text a sync tool brings in for it. */
async function workspaceWithArticle(): Promise<{ path: string; synced: string }> {
  const store = await WorkspaceStore.open(dir)
  await store.saveArticle(articleFile('a-1', 'Before sync'))
  await store.flush()
  return { path: join(dir, ARTICLES_DIR, 'a-1.json'), synced: stableStringify(articleFile('a-1', 'After sync')) }
}

const movedAside = () => readdirSync(join(dir, ARTICLES_DIR)).filter((n) => n.includes('.corrupt-'))

it('a file read half-written while opening it is read again once complete, not moved aside', async () => {
  const { path, synced } = await workspaceWithArticle()
  const store = await WorkspaceStore.open(dir)
  const half = Math.floor(synced.length / 2)
  writeFileSync(path, synced.slice(0, half)) // in place: truncated, then the first half
  const rest = new Promise<void>((done) => setTimeout(() => done(appendFileSync(path, synced.slice(half))), 300))

  const file = await store.loadArticle('a-1')
  await rest
  expect(file?.article.title).toBe('After sync')
  expect(movedAside()).toEqual([])
  expect(store.articleIds()).toEqual(['a-1'])
  expect(store.notices).toEqual([])
})

it('a half-written file met on first use stays in place and listed, and is read once complete', async () => {
  const { path, synced } = await workspaceWithArticle()
  const store = await WorkspaceStore.open(dir)
  writeFileSync(path, synced.slice(0, 100))

  expect(store.article('a-1')).toBeUndefined()
  expect(store.beingWritten('a-1')).toEqual({ code: 'fileError.beingWritten', values: { path } })
  expect(formatMessage(store.beingWritten('a-1')!)).toMatch(/being written by another program/)
  expect(store.articleIds()).toEqual(['a-1'])
  expect(movedAside()).toEqual([])
  expect(readFileSync(path, 'utf8')).toBe(synced.slice(0, 100))

  appendFileSync(path, synced.slice(100))
  expect(store.article('a-1')?.article.title).toBe('After sync')
  expect(store.beingWritten('a-1')).toBeUndefined()
})

it('a file that stays broken is still moved aside, on first use and when opening', async () => {
  const { path } = await workspaceWithArticle()
  writeFileSync(path, '{ "schemaVersion": 1, "article": ')
  const past = new Date(Date.now() - 60_000)
  utimesSync(path, past, past) // broken for a minute: nothing is writing it
  const store = await WorkspaceStore.open(dir)
  expect(store.article('a-1')).toBeUndefined()
  expect(store.articleIds()).toEqual([])
  expect(movedAside()).toHaveLength(1)

  // Opening waits for a broken file that was just written to settle, then moves it aside.
  await (await WorkspaceStore.open(dir)).saveArticle(articleFile('a-2', 'Second'))
  const second = join(dir, ARTICLES_DIR, 'a-2.json')
  writeFileSync(second, '{ "schemaVersion": 1, "article": ')
  const reopened = await WorkspaceStore.open(dir)
  expect(await reopened.loadArticle('a-2')).toBeUndefined()
  expect(movedAside()).toHaveLength(2)
  expect(existsSync(second)).toBe(false)
})
