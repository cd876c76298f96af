import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderJson } from '../core/report/json'
import { openWithSample } from '../services/seed'
import { Workspace } from '../services/workspace'
import { main } from './index'

const DATA = resolve(__dirname, '../../data')
let root: string
let ours: string
let theirs: string
let exportFile: string
let articleId: string
let claimId: string

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await main(['merge', ...args], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) })
  return { code, stdout, stderr }
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'claimdesk-merge-cli-'))
  ours = join(root, 'ours')
  theirs = join(root, 'theirs')
  const a = await openWithSample(() => Workspace.open(ours, { now: () => new Date('2026-11-25T10:00:00Z') }), DATA)
  const b = await openWithSample(() => Workspace.open(theirs, { now: () => new Date('2026-11-25T11:00:00Z') }), DATA)
  await a.setReviewerName('Kim')
  await b.setReviewerName('Lee')
  articleId = a.listArticles()[0].id
  claimId = a.getArticle(articleId).claims[0].id
  await a.updateClaim(articleId, claimId, 'note', 'Kim was here')
  await b.updateClaim(articleId, claimId, 'note', 'Lee was here')
  await b.updateClaim(articleId, claimId, 'corroboration', 'contradicted')
  exportFile = join(root, 'lee.json')
  writeFileSync(exportFile, renderJson(b.allArticles(), '2026-11-26T08:00:00.000Z'))
  await a.close()
  await b.close()
})
afterAll(() => rmSync(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }))

const readClaim = () =>
  (JSON.parse(readFileSync(join(ours, 'articles', `${articleId}.json`), 'utf8')) as { claims: { id: string; note: string; corroboration: string }[] }).claims.find(
    (c) => c.id === claimId,
  )!

describe('claimdesk merge', () => {
  it('merges an export, prints the report and how to undo, then undoes it', async () => {
    const merged = await cli('--workspace', ours, exportFile)
    expect(merged.stderr).toBe('')
    expect(merged.code).toBe(0)
    expect(merged.stdout).toContain('# Merge report')
    expect(merged.stdout).toContain('1 conflict')
    expect(merged.stdout).toMatch(/kept “Lee was here” .* overrode “Kim was here”/)
    const mergeId = /--undo (\S+)/.exec(merged.stdout)![1]
    expect(readClaim()).toMatchObject({ note: 'Lee was here', corroboration: 'contradicted' })

    const listed = await cli('--workspace', ours, '--list')
    expect(listed.stdout).toContain(`${mergeId}  `)
    expect(listed.stdout).toContain('active')

    const undone = await cli('--workspace', ours, '--undo', mergeId)
    expect(undone).toMatchObject({ code: 0, stderr: '' })
    expect(undone.stdout).toBe(`Undid merge ${mergeId}: restored 1 article(s), moved aside 0 added article(s).\n`)
    expect(readClaim()).toMatchObject({ note: 'Kim was here', corroboration: 'unreviewed' })

    const twice = await cli('--workspace', ours, '--undo', mergeId)
    expect(twice.code).toBe(1)
    expect(twice.stderr).toMatch(/^claimdesk merge: Merge \S+ was already undone at .*\n$/)
  })

  it('merges a workspace folder and prints JSON with --json', async () => {
    const { code, stdout } = await cli('--workspace', ours, theirs, '--json')
    expect(code).toBe(0)
    const result = JSON.parse(stdout)
    expect(result.totals).toMatchObject({ articlesMerged: 1, conflicts: 1 })
    expect(result.mergeId).toEqual(expect.any(String))
    const again = JSON.parse((await cli('--workspace', ours, theirs, '--json')).stdout)
    expect(again.mergeId).toBeNull()
  })

  it('refuses a folder that is not a workspace, and creates nothing there', async () => {
    const empty = join(root, 'empty')
    mkdirSync(empty)
    const { code, stderr } = await cli('--workspace', empty, exportFile)
    expect(code).toBe(2)
    expect(stderr).toBe(`claimdesk merge: not a Claimdesk workspace: ${empty} (no claimdesk.json)\n`)
    expect(existsSync(join(empty, 'claimdesk.json'))).toBe(false)
    expect(existsSync(join(empty, 'articles'))).toBe(false)
  })

  it('explains bad arguments in one line', async () => {
    const cases: [string[], RegExp, number][] = [
      [[exportFile], /--workspace DIR is required/, 2],
      [['--workspace', ours], /SOURCE is required/, 2],
      [['--workspace', ours, exportFile, theirs], /one SOURCE at a time/, 2],
      [['--workspace', ours, '--undo'], /argument missing|--undo/, 2],
      [['--workspace', ours, '--undo', 'x', exportFile], /--undo takes no SOURCE/, 2],
      [['--workspace', ours, '--frobnicate'], /Unknown option/, 2],
      [['--workspace', ours, join(root, 'missing.json')], /nothing to merge: .*missing\.json does not exist/, 2],
      [['--workspace', ours, '--undo', 'no-such-merge'], /No merge no-such-merge in this workspace/, 1],
      [['--workspace', ours, join(DATA, 'chongjin-explosion.meta.json')], /chongjin-explosion\.meta\.json: not a Claimdesk export/, 1],
    ]
    for (const [args, message, exit] of cases) {
      const { code, stderr, stdout } = await cli(...args)
      expect(stderr, args.join(' ')).toMatch(message)
      expect(stderr.trim().split('\n')).toHaveLength(1)
      expect(code, args.join(' ')).toBe(exit)
      expect(stdout).toBe('')
    }
    expect((await cli('--help')).stdout).toContain('claimdesk merge --workspace DIR --undo MERGE_ID')
  })
})
