// npm start on a machine where the Electron binary is missing and cannot be downloaded.
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const dir = mkdtempSync(join(tmpdir(), 'claimdesk-start-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function standIn(withPathFile: boolean): void {
  mkdirSync(join(dir, 'scripts'), { recursive: true })
  for (const file of ['start.js', 'tools.js']) copyFileSync(join(__dirname, file), join(dir, 'scripts', file))
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }))
  // An electron package as `npm ci` leaves it when the binary download was skipped or failed.
  const electron = join(dir, 'node_modules', 'electron')
  mkdirSync(electron, { recursive: true })
  writeFileSync(join(electron, 'package.json'), JSON.stringify({ name: 'electron', bin: { electron: 'cli.js' } }))
  writeFileSync(join(electron, 'cli.js'), 'throw new Error("must not be run: it would try to download")\n')
  // Its installer, offline: fails with a stack trace that must not reach the user.
  writeFileSync(join(electron, 'install.js'), 'console.error("TypeError: fetch failed\\n    at node:internal/deps/undici"); process.exit(1)\n')
  if (withPathFile) writeFileSync(join(electron, 'path.txt'), 'electron')
  else rmSync(join(electron, 'path.txt'), { force: true })
}

describe('npm start without an Electron binary', () => {
  it.each([
    ['no path.txt (download skipped)', false],
    ['path.txt but no dist/ (download failed)', true],
  ])('%s: three short lines, no stack trace, non-zero exit', (_name, withPathFile) => {
    standIn(withPathFile)
    const env = { ...process.env }
    delete env.ELECTRON_OVERRIDE_DIST_PATH
    const result = spawnSync(process.execPath, [join(dir, 'scripts', 'start.js')], { encoding: 'utf8', env })
    expect(result.status).not.toBe(0)
    const lines = result.stderr.trim().split('\n')
    expect(lines).toHaveLength(3)
    expect(lines[0]).toMatch(/Electron binary is not installed/)
    expect(lines[1]).toMatch(/network access/)
    expect(lines[2]).toMatch(/npx claimdesk/)
    expect(result.stderr).not.toMatch(/^\s+at /m)
    expect(result.stdout).not.toMatch(/fetch failed/)
  })
})
