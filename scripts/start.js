#!/usr/bin/env node
// npm start: check that the Electron binary is there, build if the sources are newer than
// the build, then launch the app. Electron's own launcher would try to download a missing
// binary and, offline, end in a stack trace: we try the download quietly, and if it fails say
// in three lines what to do instead.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { root, runTool } from './tools.js'

/** The Electron executable, without triggering a download; null when it is not installed. */
function electronBinary() {
  const pkg = join(root, 'node_modules', 'electron')
  const pathFile = join(pkg, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const binary = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron')
    return existsSync(binary) ? binary : null
  }
  if (!relative) return null
  const binary = join(pkg, 'dist', relative)
  return existsSync(binary) ? binary : null
}

function newest(dir) {
  if (!existsSync(dir)) return 0
  let latest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs)
  }
  return latest
}

/** Electron's own installer fetches the binary; offline it fails, and its output is not for users. */
function downloadElectron() {
  const installer = join(root, 'node_modules', 'electron', 'install.js')
  if (!existsSync(installer)) return false
  console.log('Fetching the Electron binary (first start)...')
  const result = spawnSync(process.execPath, [installer], { cwd: join(root, 'node_modules', 'electron'), encoding: 'utf8', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' } })
  return result.status === 0
}

let binary = electronBinary()
if (!binary && downloadElectron()) binary = electronBinary()
if (!binary) {
  console.error('Claimdesk cannot start: the Electron binary is not installed (node_modules/electron has no dist/ folder).')
  console.error('On a machine with network access, run `npm ci` (or `npx install-electron`) in this folder to fetch it, then `npm start`.')
  console.error('Without it the command line still works: `npx claimdesk extract FILE`, `npx claimdesk report --workspace DIR ...` (see README).')
  process.exit(1)
}

const built = join(root, 'out', 'main', 'index.js')
const stale = !existsSync(built) || Math.max(newest(join(root, 'electron')), newest(join(root, 'renderer'))) > statSync(built).mtimeMs
if (stale) {
  const status = runTool('electron-vite', 'electron-vite', ['build'])
  if (status !== 0) process.exit(status)
}
const result = spawnSync(binary, [root], { stdio: 'inherit' })
process.exit(result.status ?? 1)
