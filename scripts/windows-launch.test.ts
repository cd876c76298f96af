// Issue 15 #6 and #7: the launchers must start on Windows too. Two Windows failures, both
// silent on Linux:
// - `import('C:\\...\\cli.js')`: a plain absolute path is read as a URL whose scheme is the
//   drive letter (ERR_UNSUPPORTED_ESM_URL_SCHEME); modules are imported by file: URL.
// - `spawnSync('npx', ...)`: npx is a .cmd shim there, which spawnSync cannot start without a
//   shell; tools run through their JavaScript entry point with this Node.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join, resolve, win32 } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
// @ts-expect-error plain JavaScript launcher without type declarations
import { toolEntry } from './tools.js'

const root = resolve(__dirname, '..')
const LAUNCHERS = ['bin/claimdesk.js', 'scripts/start.js', 'scripts/test.js', 'scripts/bench.js', 'scripts/tools.js']
const source = (file: string) => readFileSync(join(root, file), 'utf8')

describe('launchers on Windows', () => {
  it('Node refuses a drive-letter path given to import() as a URL scheme, and takes its file: URL', () => {
    // run in plain Node: the test runner's own import() resolves paths differently
    const nodeImport = (specifier: string) =>
      spawnSync(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(specifier)})`], { encoding: 'utf8' })
    const windowsPath = win32.join('C:\\', 'Users', 'kim', 'claimdesk', 'out', 'main', 'cli.js')
    expect(nodeImport(windowsPath).stderr).toContain('ERR_UNSUPPORTED_ESM_URL_SCHEME')
    const url = nodeImport(pathToFileURL(join(root, 'scripts', 'tools.js')).href)
    expect(url.stderr).toBe('')
    expect(url.status).toBe(0)
  })

  it('every launcher imports computed paths by file: URL, never as a bare path', () => {
    for (const file of LAUNCHERS) {
      for (const call of source(file).matchAll(/\bimport\(([^)]*\)?)\)/g)) {
        const arg = call[1].trim()
        const literal = /^['"][^'"]+['"]$/.test(arg) && !/^['"](?:[a-zA-Z]:|\/|\.)/.test(arg)
        expect(literal || arg.startsWith('pathToFileURL('), `${file}: import(${arg})`).toBe(true)
      }
    }
  })

  it('no launcher spawns npx, npm or a .cmd shim; tools run through their JavaScript entry with this Node', () => {
    for (const file of LAUNCHERS) {
      const text = source(file)
      expect(text, file).not.toMatch(/spawn(?:Sync)?\(\s*['"](?:npx|npm|yarn|pnpm)(?:\.cmd)?['"]/)
      expect(text, file).not.toMatch(/shell:\s*true/)
    }
    for (const [pkg, bin] of [['electron-vite', 'electron-vite'], ['vitest', 'vitest'], ['@playwright/test', 'playwright'], ['tsx', 'tsx']]) {
      const entry = toolEntry(pkg, bin)
      expect(entry, pkg).toMatch(/\.(?:c|m)?js$/)
      expect(readFileSync(entry, 'utf8').length, pkg).toBeGreaterThan(0)
    }
  })
})
