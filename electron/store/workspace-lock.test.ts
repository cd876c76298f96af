// The workspace lock against a process killed while taking it (issue 9): the lock must
// never be left naming no owner, or every other process waits out the staleness window.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { LOCK_DIR, lockWorkspace } from './workspace-lock'

const REPO = resolve(__dirname, '../..')
let root: string
let child: string

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'claimdesk-lock-'))
  // Inside the repo, so the bundle's bare imports resolve from its node_modules.
  const out = join(REPO, 'node_modules', '.cache', 'claimdesk-lock-test')
  mkdirSync(out, { recursive: true })
  child = join(out, `lock-child-${process.pid}.mjs`)
  await build({ entryPoints: [resolve(__dirname, '__fixtures__/lock-child.ts')], outfile: child, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'silent' })
})
afterAll(() => {
  rmSync(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 })
  rmSync(child, { force: true })
})

function run(dir: string): Promise<NodeJS.Signals | number | null> {
  return new Promise((done, fail) => {
    const proc = spawn(process.execPath, [child, dir], { stdio: 'ignore' })
    proc.on('error', fail)
    proc.on('exit', (code, signal) => done(signal ?? code))
  })
}

it('a process killed the instant its lock folder appears leaves a lock the next process takes over at once', async () => {
  const dir = join(root, 'ws')
  mkdirSync(dir)
  expect(await run(dir)).toBe('SIGKILL')
  expect(existsSync(join(dir, LOCK_DIR))).toBe(true) // killed holding it

  // Not "in use by another Claimdesk process (starting up)" for the 10 s staleness window.
  const lock = await lockWorkspace(dir, { holder: 'claimdesk merge' })
  expect(lock.owner.holder).toBe('claimdesk merge')
  expect(readdirSync(join(dir, LOCK_DIR))).toEqual(['owner.json'])
  await lock.release()
  expect(existsSync(join(dir, LOCK_DIR))).toBe(false)
  // Nothing the killed process prepared is left lying around.
  expect(readdirSync(join(dir, '.claimdesk'))).toEqual([])
})
