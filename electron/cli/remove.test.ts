// claimdesk remove: the same service as the app's "Remove article…" and its Undo.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openWithSample } from '../services/seed'
import { Workspace } from '../services/workspace'
import { main } from './index'

const DATA = resolve(__dirname, '../../data')
let root: string
let ws: string
let articleId: string
let title: string

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await main(['remove', ...args], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) })
  return { code, stdout, stderr }
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'claimdesk-remove-cli-'))
  ws = join(root, 'ws')
  const w = await openWithSample(() => Workspace.open(ws), DATA)
  ;[{ id: articleId, title }] = w.listArticles()
  await w.close()
})
afterAll(() => rmSync(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }))

describe('claimdesk remove', () => {
  it('removes an article, lists it, restores it, and says how to undo', async () => {
    const removed = await cli('--workspace', ws, articleId)
    expect(removed.stderr).toBe('')
    expect(removed.code).toBe(0)
    expect(removed.stdout).toContain(`Removed “${title}”`)
    const removalId = /--restore (\S+)/.exec(removed.stdout)![1]
    expect(existsSync(join(ws, 'articles', removalId))).toBe(true)

    const listed = await cli('--workspace', ws, '--list', '--json')
    expect(JSON.parse(listed.stdout)).toMatchObject([{ removalId, articleId, title }])

    const restored = await cli('--workspace', ws, '--restore', removalId)
    expect(restored.code).toBe(0)
    expect(restored.stdout).toMatch(/^Restored “.*” \(\d+ claims\)\.\n$/)
    expect(existsSync(join(ws, 'articles', `${articleId}.json`))).toBe(true)
    expect((await cli('--workspace', ws, '--list')).stdout).toBe('No removed articles in this workspace.\n')
  })

  it('refuses an unknown article in one line with exit 1, and bad usage with exit 2', async () => {
    const unknown = await cli('--workspace', ws, 'no-such-article')
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toMatch(/^claimdesk remove: No article with id no-such-article .*nothing was removed\.\n$/)
    expect((await cli('--workspace', ws)).code).toBe(2)
    expect((await cli('--workspace', ws, '--list', '--restore', 'x')).code).toBe(2)
  })
})
