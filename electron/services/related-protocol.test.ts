import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { RelatedHandler, type RelatedEvent } from './related-protocol'
import { Workspace } from './workspace'

const FIXTURES = join(__dirname, '__fixtures__/related')
let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimdesk-related-protocol-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

it('the build skips a damaged or missing article file and still links the rest (CI crash: a throw in JSON.parse closed the app)', async () => {
  const ws = await Workspace.open(dir)
  const ids: string[] = []
  for (const name of readdirSync(FIXTURES).sort()) ids.push((await ws.importFile(join(FIXTURES, name))).article.id)
  await ws.close()
  writeFileSync(join(dir, 'articles', 'damaged.json'), '{ "schemaVersion": 1, "article": { "title": "trunc')
  const events: RelatedEvent[] = []
  const handler = new RelatedHandler((e) => events.push(e))
  handler.handle({ type: 'build', articlesDir: join(dir, 'articles'), articleIds: ['damaged', 'missing', ...ids] })
  await expect.poll(() => events.some((e) => e.type === 'ready')).toBe(true)
  handler.handle({ type: 'groups', id: 1 })
  const groups = events.find((e) => e.type === 'groups')
  expect(groups?.type === 'groups' && groups.complete).toBe(true)
  expect(groups?.type === 'groups' && groups.groups.length).toBeGreaterThan(0)
})
