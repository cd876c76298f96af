import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from './index'

const ROOT = resolve(__dirname, '../..')
const SAMPLE = join(ROOT, 'data/chongjin-explosion.txt')
// created at load time: it.each tables below are built before beforeAll runs
const dir = mkdtempSync(join(tmpdir(), 'claimdesk-cli-'))

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) })
  return { code, stdout, stderr }
}

beforeAll(() => {
  writeFileSync(join(dir, 'empty.txt'), '')
  writeFileSync(join(dir, 'binary.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1, 2, 3, 0, 0, 0xff, 0xfe]))
  writeFileSync(join(dir, 'short.md'), '# Dam breach floods village\n\nThe dam broke on Monday, police said. Two people died.\n')
})

afterAll(() => rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }))

describe('claimdesk extract', () => {
  it('prints claims human-readably', async () => {
    const { code, stdout, stderr } = await cli('extract', SAMPLE)
    expect(code).toBe(0)
    expect(stderr).toBe('')
    expect(stdout).toContain('17 claims')
    expect(stdout).toContain('by Jong So Yong · Daily NK')
    expect(stdout).toContain('Anonymous source: A source in North Hamgyong Province (told)')
    expect(stdout).toContain('hedged: "reportedly"')
    expect(stdout).toContain('caption: A view of Chongjin. / Image: Daily NK')
  })

  it('prints exactly one JSON document with --json', async () => {
    const { code, stdout } = await cli('extract', SAMPLE, '--json')
    expect(code).toBe(0)
    const doc = JSON.parse(stdout)
    expect(Object.keys(doc)).toEqual(['article', 'claims', 'nonClaims', 'skipped'])
    expect(doc.article).toEqual({ title: expect.any(String), author: 'Jong So Yong', outlet: 'Daily NK', language: 'en', publishedAt: null })
    const text = readFileSync(SAMPLE, 'utf8')
    for (const c of doc.claims) {
      expect(Object.keys(c)).toEqual(['text', 'start', 'end', 'checkworthiness', 'signals', 'reasons', 'sourcing', 'hedge'])
      expect(text.slice(c.start, c.end)).toBe(c.text)
    }
    expect(doc.nonClaims).toContainEqual({ text: 'chongjin security', kind: 'tagline', start: expect.any(Number), end: expect.any(Number) })
    for (const n of doc.nonClaims) expect(text.slice(n.start, n.end)).toBe(n.text)
  })

  it('lists the sentences it left out, with why, in --json and in the human output', async () => {
    const file = join(dir, 'left-out.txt')
    writeFileSync(file, 'Flood closes bridge\n\nThe river rose two metres overnight and closed the Kessel bridge, police said on Monday.\n\nWho will pay for the repairs?\n\nThe bridge reopens on Friday, the town said.\n')
    const doc = JSON.parse((await cli('extract', file, '--json')).stdout)
    const text = readFileSync(file, 'utf8')
    expect(doc.skipped).toContainEqual({ text: 'Who will pay for the repairs?', start: text.indexOf('Who'), end: text.indexOf('?') + 1, reason: 'question' })
    expect(doc.claims.map((c: { text: string }) => c.text)).not.toContain('Who will pay for the repairs?')
    const { stdout } = await cli('extract', file)
    expect(stdout).toContain('Left out:\n  - question: Who will pay for the repairs?')
  })

  it('reads Markdown through the shared reader', async () => {
    const { code, stdout } = await cli('extract', join(dir, 'short.md'), '--json')
    expect(code).toBe(0)
    const doc = JSON.parse(stdout)
    expect(doc.article.title).toBe('Dam breach floods village')
    expect(doc.claims.map((c: { sourcing: { type: string } }) => c.sourcing.type)).toEqual(['official', 'official'])
  })

  it.each([
    ['a missing file', ['extract', join(dir, 'nope.txt')], 1],
    ['an empty file', ['extract', join(dir, 'empty.txt')], 1],
    ['a binary file', ['extract', join(dir, 'binary.bin')], 1],
    ['an unknown flag', ['extract', SAMPLE, '--bogus'], 2],
    ['no file', ['extract'], 2],
    ['two files', ['extract', SAMPLE, SAMPLE], 2],
  ])('fails on %s with one line on stderr', async (_what, argv, exitCode) => {
    const { code, stdout, stderr } = await cli(...(argv as string[]))
    expect(code).toBe(exitCode)
    expect(stdout).toBe('')
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).toMatch(/^claimdesk extract: /)
  })

  it('runs as a real process: node bin/claimdesk.js extract FILE --json', () => {
    const result = spawnSync(process.execPath, ['bin/claimdesk.js', 'extract', 'data/chongjin-explosion.txt', '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 170_000,
    })
    expect(result.status, result.stderr).toBe(0)
    const doc = JSON.parse(result.stdout)
    expect(doc.article.author).toBe('Jong So Yong')
    expect(doc.claims.length).toBe(17)
  }, 180_000)
})

describe('claimdesk import', () => {
  it('imports into a new workspace, and finds the same article again as a duplicate', async () => {
    const workspace = join(dir, 'ws')
    const first = await cli('import', SAMPLE, join(dir, 'short.md'), '--workspace', workspace)
    expect(first.stderr).toBe('')
    expect(first.code).toBe(0)
    expect(first.stdout).toMatch(/chongjin-explosion\.txt: imported, \d+ claims/)
    expect(first.stdout).toMatch(/short\.md: imported, 2 claims/)
    const again = await cli('import', SAMPLE, '--workspace', workspace)
    expect(again.code).toBe(0)
    expect(again.stdout).toContain('already in the workspace')
  })

  it('imports the readable files and reports the others, exiting non-zero', async () => {
    const { code, stdout, stderr } = await cli('import', join(dir, 'empty.txt'), SAMPLE, '--workspace', join(dir, 'ws2'))
    expect(code).toBe(1)
    expect(stdout).toContain('chongjin-explosion.txt: imported')
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).toMatch(/^claimdesk import: .*empty\.txt: /)
  })

  it.each([
    ['no --workspace', ['import', SAMPLE]],
    ['no file', ['import', '--workspace', 'x']],
    ['an unknown flag', ['import', SAMPLE, '--workspace', 'x', '--force']],
  ])('refuses %s with a usage error', async (_what, argv) => {
    const { code, stderr } = await cli(...(argv as string[]))
    expect(code).toBe(2)
    expect(stderr.trim().split('\n')).toHaveLength(1)
  })
})
