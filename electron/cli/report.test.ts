import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import Papa from 'papaparse'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseExport } from '../core/report'
import { configureRelatedWorker } from '../services/related'
import { renderWorkspaceReport } from '../services/reports'
import { openWithSample } from '../services/seed'
import { Workspace } from '../services/workspace'
import { main } from './index'
import { writeFileAtomically } from './report'

const DATA = resolve(__dirname, '../../data')
let root: string
let workspace: string
let out: string
let articleId: string
let claimIds: string[]

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await main(['report', ...args], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) })
  return { code, stdout, stderr }
}

const base = () => ['--workspace', workspace, '--reported-at', '2026-11-24T10:00:00Z']

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'claimdesk-report-cli-'))
  // Each `claimdesk report` opens the workspace and starts the related-claims worker. Built
  // once, as the packaged CLI ships it (cli/entry.ts), rather than compiled from TypeScript
  // by tsx in every run: a dozen runs then cost seconds, not most of a minute on a loaded machine.
  const worker = join(root, 'related-worker.mjs')
  await build({ entryPoints: [resolve(__dirname, '../services/related-worker.ts')], bundle: true, platform: 'node', format: 'esm', outfile: worker, logLevel: 'error' })
  configureRelatedWorker(pathToFileURL(worker))
  workspace = join(root, 'ws')
  out = join(root, 'out')
  mkdirSync(out)
  let clock = 0
  const ws = await openWithSample(() => Workspace.open(workspace, { now: () => new Date(Date.UTC(2026, 10, 20, 9, 0, clock++)) }), DATA)
  await ws.setReviewerName('Kim Min-ji')
  articleId = ws.listArticles()[0].id
  claimIds = ws.getArticle(articleId).claims.map((c) => c.id)
  await ws.updateClaim(articleId, claimIds[0], 'corroboration', 'contradicted')
  await ws.updateClaim(articleId, claimIds[0], 'note', '=cmd|x <script>alert(1)</script>')
  await ws.updateClaim(articleId, claimIds[1], 'corroboration', 'corroborated')
  await ws.close()
})
afterAll(() => rmSync(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }))

/** Output files plus any temp file a failed write might have left. */
const outFiles = () => readdirSync(out).sort()

describe('claimdesk report', () => {
  it('writes a Markdown report of all articles and says what it wrote', async () => {
    const file = join(out, 'report.md')
    const { code, stdout, stderr } = await cli(...base(), '--format', 'md', '--out', file)
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout).toMatch(/^Wrote md report of 1 article, \d+ claims listed: .*report\.md\n$/)
    const md = readFileSync(file, 'utf8')
    expect(md).toContain('Reviewer: Kim Min-ji')
    expect(md).toContain('Reported: 2026-11-24 10:00 UTC')
    expect(md).toContain('&lt;script&gt;')
  })

  it('writes every format', async () => {
    for (const format of ['html', 'csv', 'json', 'annotations']) {
      const file = join(out, `all.${format}`)
      const { code, stderr } = await cli(...base(), '--article', articleId, '--format', format, '--out', file)
      expect(stderr, format).toBe('')
      expect(code, format).toBe(0)
    }
    expect(readFileSync(join(out, 'all.html'), 'utf8')).toContain("default-src 'none'")
    const csv = readFileSync(join(out, 'all.csv'), 'utf8')
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data
    expect(rows.find((r) => r.corroboration === 'contradicted')?.notes).toBe("'=cmd|x <script>alert(1)</script>")
    const exported = parseExport(readFileSync(join(out, 'all.json'), 'utf8'))
    expect(exported.exportedAt).toBe('2026-11-24T10:00:00.000Z')
    expect(exported.articles[0].claims.map((c) => c.id)).toEqual(claimIds)
    expect(JSON.parse(readFileSync(join(out, 'all.annotations'), 'utf8')).type).toBe('AnnotationCollection')
  })

  it('writes ClaimReview only for reviews with a published URL, and says which it left out', async () => {
    const file = join(out, 'all.claimreview')
    const publisher = ['--organization', 'NK Fact Desk', '--publisher-url', 'https://factcheck.example.org/', '--review-url', 'https://factcheck.example.org/{article}/{claim}']
    const { code, stderr } = await cli(...base(), '--article', articleId, '--format', 'claimreview', '--out', file, ...publisher)
    expect(code).toBe(0)
    expect(stderr).toMatch(/^\d+ left out, not reviewed yet: there is no verdict to publish: /)
    const reviews = JSON.parse(readFileSync(file, 'utf8'))
    expect(reviews.map((r: { reviewRating: { alternateName: string } }) => r.reviewRating.alternateName).sort()).toEqual(['Contradicted', 'Corroborated'])
    expect(reviews[0].url).toMatch(new RegExp(`^https://factcheck\\.example\\.org/${articleId}/`))
    expect(reviews[0].author).toEqual({ '@type': 'Organization', name: 'NK Fact Desk', url: 'https://factcheck.example.org/' })

    const none = await cli(...base(), '--article', articleId, '--format', 'claimreview', '--out', file)
    expect(none.code).toBe(0)
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual([])
    expect(none.stderr).toMatch(/left out, no URL for published fact-checks is set/)
  })

  it('filters claims with --only and --single-anonymous', async () => {
    const file = join(out, 'contradicted.csv')
    expect((await cli(...base(), '--format', 'csv', '--out', file, '--only', 'contradicted')).code).toBe(0)
    const rows = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8').slice(1), { header: true, skipEmptyLines: true }).data
    expect(rows.map((r) => r.corroboration)).toEqual(['contradicted'])
    const single = join(out, 'single.csv')
    expect((await cli(...base(), '--format', 'csv', '--out', single, '--single-anonymous')).code).toBe(0)
    const singles = Papa.parse<Record<string, string>>(readFileSync(single, 'utf8').slice(1), { header: true, skipEmptyLines: true }).data
    for (const r of singles) expect([r.sourcing_type, r.single_anonymous_source]).toEqual(['anonymous-source', 'yes'])
  })

  it('refuses bad flags with one clear line, exit 2, and no file', async () => {
    const before = outFiles()
    const cases: Array<[string[], RegExp]> = [
      [['--format', 'md', '--out', join(out, 'x.md')], /--workspace DIR is required/],
      [[...base(), '--format', 'docx', '--out', join(out, 'x.docx')], /unknown format "docx"/],
      [[...base(), '--format', 'md'], /--out FILE is required/],
      [[...base(), '--format', 'md', '--out', join(out, 'x.md'), '--only', 'false'], /--only takes corroboration statuses/],
      [[...base(), '--format', 'md', '--out', join(out, 'x.md'), '--all', '--article', articleId], /either --article or --all/],
      [[...base(), '--format', 'md', '--out', join(out, 'x.md'), '--colour'], /Unknown option '--colour'/],
      [[...base(), '--format', 'json', '--out', join(out, 'x.json'), '--only', 'contradicted'], /export is always complete/],
      [[...base(), '--format', 'md', '--out', join(out, 'x.md'), '--article', 'nope'], /no article "nope" in this workspace/],
      [[...base(), '--format', 'md', '--out', join(root, 'missing', 'x.md')], /output folder does not exist/],
      [[...base(), '--format', 'md', '--out', out], /--out is a folder/],
      [['--workspace', join(root, 'nowhere'), '--format', 'md', '--out', join(out, 'x.md')], /not a Claimdesk workspace/],
      [[...base(), '--format', 'md', '--out', join(out, 'x.md'), '--reported-at', 'yesterday'], /not an ISO date-time/],
    ]
    for (const [args, message] of cases) {
      const { code, stdout, stderr } = await cli(...args)
      expect(code, args.join(' ')).toBe(2)
      expect(stdout).toBe('')
      expect(stderr).toMatch(message)
      expect(stderr.trimEnd().split('\n'), stderr).toHaveLength(1)
    }
    expect(outFiles()).toEqual(before)
    expect(existsSync(join(root, 'nowhere'))).toBe(false)
  })

  it('leaves no partial file when rendering fails', async () => {
    const before = outFiles()
    const saved = process.env.CHROMIUM_PATH
    process.env.CHROMIUM_PATH = join(root, 'no-chromium')
    try {
      const { code, stderr } = await cli(...base(), '--format', 'pdf', '--out', join(out, 'x.pdf'))
      expect(code).toBe(1)
      expect(stderr).toMatch(/^claimdesk report: no browser at CHROMIUM_PATH=.*no-chromium/)
      expect(stderr.trimEnd().split('\n')).toHaveLength(1)
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH
      else process.env.CHROMIUM_PATH = saved
    }
    expect(outFiles()).toEqual(before)
  })

  it('writes atomically: a failed rename leaves the old file and no temp file', async () => {
    const target = join(out, 'occupied')
    mkdirSync(join(target, 'child'), { recursive: true })
    await expect(writeFileAtomically(target, 'new')).rejects.toThrow()
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([])
    const file = join(out, 'keep.md')
    writeFileSync(file, 'old')
    await writeFileAtomically(file, 'new')
    expect(readFileSync(file, 'utf8')).toBe('new')
    rmSync(target, { recursive: true })
  })

  it.skipIf(!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'))('prints a PDF', async () => {
    const file = join(out, 'report.pdf')
    const { code, stderr } = await cli(...base(), '--format', 'pdf', '--out', file)
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-')
  }, 180_000)

  it('writes exactly what the export use case of the app renders, in every text format', async () => {
    const flags = ['--organization', 'NK Fact Desk', '--publisher-url', 'https://factcheck.example.org/', '--publisher-logo', 'https://factcheck.example.org/logo.png', '--review-url', 'https://factcheck.example.org/{article}/{claim}']
    const publisher = { organisationName: 'NK Fact Desk', url: 'https://factcheck.example.org/', logoUrl: 'https://factcheck.example.org/logo.png', factCheckUrlPattern: 'https://factcheck.example.org/{article}/{claim}' }
    const ws = await Workspace.open(workspace, { lock: false })
    try {
      for (const format of ['md', 'html', 'csv', 'json', 'claimreview', 'annotations'] as const) {
        for (const only of format === 'json' ? [undefined] : [undefined, 'contradicted,corroborated']) {
          const file = join(out, `same.${format}`)
          const { code, stderr } = await cli(...base(), '--format', format, '--out', file, '--reviewer', 'Desk', ...flags, ...(only ? ['--only', only] : []))
          expect(code, stderr).toBe(0)
          const filter = only ? { corroboration: only.split(',') as ('contradicted' | 'corroborated')[], singleAnonymousSource: false } : undefined
          const report = await renderWorkspaceReport(ws, { format, articles: 'all', filter }, async () => new Uint8Array(), {
            now: new Date('2026-11-24T10:00:00Z'),
            publisher,
            reviewer: 'Desk',
          })
          expect(readFileSync(file, 'utf8'), `${format} ${only ?? ''}`).toBe(report.contents)
        }
      }
    } finally {
      await ws.close()
    }
  }, 120_000) // 13 reports, each opening the workspace: slow on a loaded 2-core machine

  it('prints help', async () => {
    const { code, stdout } = await cli('--help')
    expect(code).toBe(0)
    expect(stdout).toContain('--format')
  })
})
