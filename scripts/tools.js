// Runs a dev tool through its JavaScript entry point with this Node, not through `npx`:
// on Windows `npx` is a .cmd shim that spawnSync cannot start without a shell, and it
// failed with no message. The same call works on every OS.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** The absolute path of `bin` in package `pkg` (as its package.json declares it), or null. */
export function toolEntry(pkg, bin = pkg.split('/').pop()) {
  const manifestPath = join(root, 'node_modules', pkg, 'package.json')
  if (!existsSync(manifestPath)) return null
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'))
  const relative = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[bin]
  return relative ? join(dirname(manifestPath), relative) : null
}

/** Runs a tool and returns its exit status; a tool that is not installed says so in one line. */
export function runTool(pkg, bin, args, options = {}) {
  const entry = toolEntry(pkg, bin)
  if (!entry) {
    console.error(`${bin} is not installed: run \`npm ci\` first.`)
    return 1
  }
  const result = spawnSync(process.execPath, [entry, ...args], { stdio: 'inherit', cwd: root, ...options })
  if (result.error) console.error(`${bin}: ${result.error.message}`)
  return result.status ?? 1
}
