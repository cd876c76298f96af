import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { ArticleFile } from '../core/schema'
import { ArticleWal, parseWal, walPath } from '../store/article-wal'
import { RelatedHandler, type RelatedEvent } from './related-protocol'
import { Workspace } from './workspace'

const FIXTURES = join(__dirname, '__fixtures__/related')
let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimdesk-related-protocol-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }))

it('the build skips a damaged or missing article file and still links the rest (CI crash: a throw in JSON.parse closed the app)', async () => {
  const ws = await Workspace.open(dir)
  const ids: string[] = []
  for (const name of readdirSync(FIXTURES).sort()) ids.push((await ws.importFile(join(FIXTURES, name))).article.id)
  await ws.close()
  writeFileSync(join(dir, 'articles', 'damaged.json'), '{ "schemaVersion": 1, "article": { "title": "trunc')
  const events: RelatedEvent[] = []
  const handler = new RelatedHandler((e) => events.push(e))
  handler.handle({ type: 'build', workspaceDir: dir, articlesDir: join(dir, 'articles'), articleIds: ['damaged', 'missing', ...ids] })
  await expect.poll(() => events.some((e) => e.type === 'ready')).toBe(true)
  handler.handle({ type: 'groups', id: 1 })
  const groups = events.find((e) => e.type === 'groups')
  expect(groups?.type === 'groups' && groups.complete).toBe(true)
  expect(groups?.type === 'groups' && groups.groups.length).toBeGreaterThan(0)
})

it('the build reads edits still in an article\'s change log (a crash before they reached the file): a rejected link stays rejected', async () => {
  const ws = await Workspace.open(dir)
  const ids: Record<string, string> = {}
  for (const name of readdirSync(FIXTURES).sort()) ids[name.replace(/\.md$/, '')] = (await ws.importFile(join(FIXTURES, name))).article.id
  await ws.close()
  const path = join(dir, 'articles', `${ids.wire}.json`)
  const bytes = readFileSync(path)
  const wireFile = JSON.parse(bytes.toString('utf8')) as ArticleFile
  const localFile = JSON.parse(readFileSync(join(dir, 'articles', `${ids.local}.json`), 'utf8')) as ArticleFile
  const wire = wireFile.claims.find((c) => c.anchor.quote.exact.includes('At least 12'))!
  const local = localFile.claims.find((c) => c.anchor.quote.exact.includes('Twelve people'))!
  const wireKey = `${ids.wire}/${wire.id}`
  const localKey = `${ids.local}/${local.id}`

  const statusAfterBuild = async (): Promise<string | undefined> => {
    const events: RelatedEvent[] = []
    const handler = new RelatedHandler((e) => events.push(e))
    handler.handle({ type: 'build', workspaceDir: dir, articlesDir: join(dir, 'articles'), articleIds: Object.values(ids) })
    await expect.poll(() => events.some((e) => e.type === 'ready')).toBe(true)
    handler.handle({ type: 'lookup', id: 1, key: wireKey })
    const lookup = events.find((e) => e.type === 'lookup')
    return lookup?.type === 'lookup' ? lookup.lookup.related.find((r) => r.key === localKey)?.status : undefined
  }
  expect(await statusAfterBuild()).toBe('suggested')

  // The state a kill leaves: the rejection acknowledged in the change log, the file not yet rewritten.
  const rejected = { ...wire, related: [{ articleId: ids.local, claimId: local.id, status: 'rejected' as const, at: '2026-03-04T10:00:00.000Z' }] }
  const wal = new ArticleWal(walPath(dir, ids.wire), createHash('sha256').update(bytes).digest('hex'))
  await wal.append({ claims: [rejected], removed: [] })

  expect(await statusAfterBuild()).toBe('rejected')
  // Read only: the file and the log are as the crash left them, for the app to fold in.
  expect(readFileSync(path)).toEqual(bytes)
  expect(parseWal(readFileSync(walPath(dir, ids.wire), 'utf8')).records).toHaveLength(1)
})
