// Issue 15 #3: a workspace edited by Windows tools. An article saved with a UTF-8 BOM (Notepad,
// PowerShell's Set-Content) is reported like any other; a damaged one is left out with a line
// on stderr saying so and where its bytes went, never a silent "0 articles".
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { openWithSample } from '../services/seed'
import { Workspace } from '../services/workspace'
import { main } from './index'

const DATA = resolve(__dirname, '../../data')
let root: string
let workspace: string
let ids: string[]

async function report(out: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await main(['report', '--workspace', workspace, '--format', 'md', '--out', out], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) })
  return { code, stdout, stderr }
}

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'claimdesk-report-notices-'))
  workspace = join(root, 'ws')
  const ws = await openWithSample(() => Workspace.open(workspace), DATA)
  await ws.importText({ text: 'Officials in Hyesan said on Tuesday that the border market reopened after three weeks.\n', format: 'text', sourceName: 'hyesan.txt' })
  ids = ws.listArticles().map((a) => a.id)
  await ws.close()
})
afterEach(() => rmSync(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }))

const articlePath = (id: string) => join(workspace, 'articles', `${id}.json`)
const longAgo = (path: string) => utimesSync(path, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000))

it('reports an article saved by Notepad with a UTF-8 BOM like any other, and says nothing', async () => {
  for (const id of ids) writeFileSync(articlePath(id), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(articlePath(id))]))
  const { code, stdout, stderr } = await report(join(root, 'r.md'))
  expect(stderr).toBe('')
  expect(code).toBe(0)
  expect(stdout).toMatch(/report of 2 articles/)
})

it('leaves a damaged article out and says so on stderr, with where its bytes were kept', async () => {
  const damaged = articlePath(ids[0])
  writeFileSync(damaged, readFileSync(damaged, 'utf8').slice(0, 200))
  longAgo(damaged)
  const { code, stdout, stderr } = await report(join(root, 'r.md'))
  expect(code).toBe(0)
  expect(stdout).toMatch(/report of 1 article,/)
  expect(stderr).toMatch(/^claimdesk report: A damaged file could not be read \(.+\)\. It was moved aside, not deleted: .+\.corrupt-/m)
  expect(readdirSync(join(workspace, 'articles')).some((n) => n.startsWith(`${ids[0]}.json.corrupt-`))).toBe(true)
})
