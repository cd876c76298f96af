// Packaging: electron-builder packs the app into a folder (no download: a stand-in
// Electron distribution is used, since none can be fetched on CI) and we check what
// app.asar carries: the built main, the CommonJS preload, the renderer, the runtime
// dependencies, the sample article as a resource, and none of the sources or tests.
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { test, expect } from '@playwright/test'

const root = resolve(import.meta.dirname, '..')

test('electron-builder packs a complete, source-free app', async () => {
  test.setTimeout(240_000)
  const work = mkdtempSync(join(tmpdir(), 'claimdesk-package-'))
  try {
    const dist = join(work, 'electron-dist')
    execFileSync('mkdir', ['-p', dist])
    writeFileSync(join(dist, 'electron'), '#!/bin/sh\nexit 0\n')
    chmodSync(join(dist, 'electron'), 0o755)
    const version = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version
    writeFileSync(join(dist, 'version'), `v${version}`)
    const out = join(work, 'out')
    execFileSync(
      'npx',
      ['electron-builder', '--linux', 'dir', '--config', 'build/electron-builder.yml', `-c.electronDist=${dist}`, `-c.directories.output=${out}`],
      { cwd: root, stdio: 'pipe', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } },
    )
    const resources = join(out, 'linux-unpacked', 'resources')
    const listing = execFileSync('npx', ['asar', 'list', join(resources, 'app.asar')], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    const files = listing.split('\n').filter(Boolean)
    for (const needed of ['/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/package.json']) {
      expect(files).toContain(needed)
    }
    for (const dependency of ['lowdb', 'zod', 'jsdom', 'dompurify', '@mozilla/readability', 'minisearch', 'marked']) {
      expect(files.some((f) => f.startsWith(`/node_modules/${dependency}/`))).toBe(true)
    }
    expect(files.filter((f) => /^\/(electron|renderer\/src|e2e|bench|\.ci)\//.test(f) || /\.test\.[jt]s$/.test(f.replace(/^\/node_modules\/.*/, '')))).toEqual([])
    for (const devOnly of ['electron', 'playwright-core', 'vitest', 'typescript', 'electron-builder']) {
      expect(files.some((f) => f.startsWith(`/node_modules/${devOnly}/`))).toBe(false)
    }
    expect(existsSync(join(resources, 'data', 'chongjin-explosion.txt'))).toBe(true)
    expect(existsSync(join(resources, 'data', 'chongjin-explosion.meta.json'))).toBe(true)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
})
