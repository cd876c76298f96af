// The command line as a user gets it: built JavaScript with production dependencies only
// (no tsx, no dev tools), run from outside the repository folder.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findChromium } from '../electron/services/chromium-path'

const ROOT = resolve(__dirname, '..')
const copy = mkdtempSync(join(tmpdir(), 'claimdesk-prod-'))
const elsewhere = mkdtempSync(join(tmpdir(), 'claimdesk-cwd-'))
const cliPath = join(copy, 'bin', 'claimdesk.js')

function run(command: string, args: string[], cwd: string, timeout = 180_000) {
  return spawnSync(command, args, { cwd, encoding: 'utf8', timeout, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', NODE_ENV: 'production' } })
}

function claimdesk(...args: string[]) {
  return run(process.execPath, [cliPath, ...args], elsewhere)
}

beforeAll(() => {
  if (!existsSync(join(ROOT, 'out', 'main', 'cli.js'))) {
    const build = run(process.execPath, [join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], ROOT)
    if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`)
  }
  for (const entry of ['package.json', 'package-lock.json', 'bin', 'out', 'data']) cpSync(join(ROOT, entry), join(copy, entry), { recursive: true })
  const install = run('npm', ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline'], copy, 300_000)
  if (install.status !== 0) throw new Error(`npm ci --omit=dev failed: ${install.stderr}`)
}, 320_000)

afterAll(() => {
  rmSync(copy, { recursive: true, force: true })
  rmSync(elsewhere, { recursive: true, force: true })
}, 120_000)

// Generous limits: the install and a Chromium start are slow on a busy machine; no test here asserts speed.
describe('claimdesk with production dependencies only', { timeout: 300_000 }, () => {
  it('has no dev dependency to lean on', () => {
    expect(existsSync(join(copy, 'node_modules', 'tsx'))).toBe(false)
    expect(existsSync(join(copy, 'node_modules', 'vitest'))).toBe(false)
    expect(existsSync(join(copy, 'node_modules', 'electron'))).toBe(false)
  })

  it('extracts the sample as JSON', () => {
    const result = claimdesk('extract', join(copy, 'data', 'chongjin-explosion.txt'), '--json')
    expect(result.status, result.stderr).toBe(0)
    const doc = JSON.parse(result.stdout)
    expect(doc.article.author).toBe('Jong So Yong')
    expect(doc.claims.length).toBeGreaterThan(5)
  })

  it('extracts a large file (worker thread) from outside the repository', () => {
    const sample = readFileSync(join(copy, 'data', 'chongjin-explosion.txt'), 'utf8')
    const big = join(elsewhere, 'big.txt')
    // Each copy's sentences differ (a line or sentence the page already printed is rightly taken
    // for page furniture: a repeated pull quote, a teaser printed twice).
    const variant = (i: number) => sample.replaceAll('Chongjin', `Chongjin-${i}`).replace(/ (\p{L}+)\.(?=\s|$)/gu, ` $1 (batch ${i}).`)
    writeFileSync(big, Array.from({ length: Math.ceil((600 * 1024) / sample.length) }, (_, i) => variant(i)).join('\n\n'))
    const result = claimdesk('extract', big, '--json')
    expect(result.status, result.stderr).toBe(0)
    expect(JSON.parse(result.stdout).claims.length).toBeGreaterThan(500)
  })

  it('imports into a workspace and writes Markdown and PDF reports', () => {
    const workspace = join(elsewhere, 'ws')
    const imported = claimdesk('import', join(copy, 'data', 'chongjin-explosion.txt'), '--workspace', workspace)
    expect(imported.status, imported.stderr).toBe(0)
    expect(imported.stdout).toMatch(/imported, \d+ claims/)

    const md = join(elsewhere, 'report.md')
    const markdown = claimdesk('report', '--workspace', workspace, '--all', '--format', 'md', '--out', md)
    expect(markdown.status, markdown.stderr).toBe(0)
    expect(readFileSync(md, 'utf8')).toContain('Chongjin')

    const pdf = join(elsewhere, 'report.pdf')
    const printed = claimdesk('report', '--workspace', workspace, '--all', '--format', 'pdf', '--out', pdf)
    if (!findChromium()) {
      // No browser on this machine: one line that says what to install.
      expect(printed.status).not.toBe(0)
      expect(printed.stderr.trim().split('\n')).toHaveLength(1)
      expect(printed.stderr).toMatch(/install/i)
      return
    }
    expect(printed.status, printed.stderr).toBe(0)
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-')
  })

  it('prints a Korean article to PDF with an embedded Korean font (no CJK fonts needed on the machine)', () => {
    if (!findChromium()) return // covered by the one-line error case below
    const article = join(elsewhere, 'ko.txt')
    // From a Daily NK Korean page (dailynk.com, "지금 북한은" listing); a few sentences suffice.
    writeFileSync(
      article,
      '“밥을 굶더라도 구매”…최근 북한 청년들에게 떠오르는 잇템은?\n\n' +
        '북한에서 전기자전거와 스마트폰이 상당히 고가임에도 젊은층 사이에서 유행하는 것으로 전해졌다.\n\n' +
        '함경북도 소식통은 3일 데일리NK와의 통화에서 “청진 등 대도시에서 최근 젊은 사람들에게 전기 자전거나 타치폰(스마트폰)이 대세다”고 말했다.\n',
    )
    const workspace = join(elsewhere, 'ws-ko')
    expect(claimdesk('import', article, '--workspace', workspace).status).toBe(0)
    const pdf = join(elsewhere, 'ko.pdf')
    const printed = claimdesk('report', '--workspace', workspace, '--all', '--format', 'pdf', '--out', pdf)
    expect(printed.status, printed.stderr).toBe(0)
    const text = run('pdftotext', [pdf, '-'], elsewhere).stdout
    expect(text).toContain('청진')
    const fonts = run('pdffonts', [pdf], elsewhere).stdout
    expect(fonts).toMatch(/NotoSansKR\S*\s+CID TrueType\s+Identity-H\s+yes/)
  })

  it('says in one line what is missing when no browser is found for PDF', () => {
    const pointed = spawnSync(process.execPath, [cliPath, 'report', '--workspace', join(elsewhere, 'ws'), '--all', '--format', 'pdf', '--out', join(elsewhere, 'y.pdf')], {
      cwd: elsewhere,
      encoding: 'utf8',
      env: { ...process.env, CHROMIUM_PATH: join(elsewhere, 'no-such-browser') },
    })
    expect(pointed.status).not.toBe(0)
    expect(pointed.stderr.trim().split('\n')).toHaveLength(1)
    expect(pointed.stderr).toMatch(/CHROMIUM_PATH/)
    expect(existsSync(join(elsewhere, 'y.pdf'))).toBe(false)
  })
})
