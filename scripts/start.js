#!/usr/bin/env node
// npm start: build if the sources are newer than the build, then launch Electron.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

function newest(dir) {
  let latest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs)
  }
  return latest
}

const built = join('out', 'main', 'index.js')
const stale = !existsSync(built) || Math.max(newest('electron'), newest('renderer')) > statSync(built).mtimeMs
if (stale) {
  const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}
const result = spawnSync('npx', ['electron', '.'], { stdio: 'inherit' })
process.exit(result.status ?? 1)
