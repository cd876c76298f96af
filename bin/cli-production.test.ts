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
    writeFileSync(big, Array.from({ length: Math.ceil((600 * 1024) / sample.length) }, () => sample).join('\n\n'))
    const result = claimdesk('extract', big, '--json')
    expect(result.status, result.stderr).toBe(0)
    expect(JSON.parse(result.stdout).claims.length).toBeGreaterThan(1000)
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
