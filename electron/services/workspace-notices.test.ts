import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { RecoveryNotice } from '../core/api'
import { createDispatcher } from './dispatch'
import { Workspace } from './workspace'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimdesk-notices-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }))

it('a damaged file found by the background pass reaches the window as a workspace.notices event (CI: the window showed an empty list and no notice)', async () => {
  let ws = await Workspace.open(dir)
  const { article } = await ws.importText({ text: 'Floods hit Busan\n\nHeavy rain flooded 120 homes in Busan on Tuesday, city officials said.', format: 'text', sourceName: 'busan.txt' })
  await ws.close()
  writeFileSync(join(dir, 'articles', `${article.id}.json`), '{ "schemaVersion": 1, "article": { "title": "trunc')

  ws = await Workspace.open(dir)
  const sent: { event: string; payload: unknown }[] = []
  // The dispatcher starts the background pass and wires the events, as the app does.
  createDispatcher(ws, { notify: (event: string, payload: unknown) => sent.push({ event, payload }) } as never)
  await expect.poll(() => sent.find((s) => s.event === 'workspace.notices'), { timeout: 60_000 }).toBeTruthy()
  const notices = sent.find((s) => s.event === 'workspace.notices')!.payload as RecoveryNotice[]
  expect(notices.some((n) => n.movedTo.includes(`${article.id}.json.corrupt-`))).toBe(true)
  expect(readdirSync(join(dir, 'articles')).some((n) => n.startsWith(`${article.id}.json.corrupt-`))).toBe(true)
  expect(ws.listArticles().map((a) => a.id)).not.toContain(article.id)
  await ws.close()
})
