// Packaging: electron-builder packs the app into a folder (no download: a stand-in
// Electron distribution is used, since none can be fetched on CI) and we check what
// app.asar carries (the built main, the CommonJS preload, the renderer, the runtime
// dependencies, the sample article as a resource, none of the sources or tests) and that
// the afterPack hook flipped the Electron Fuses, read back with @electron/fuses.
// Also here: the installer configuration, the icons, and the CI workflow's lint.
import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses'
import { test, expect } from '@playwright/test'

const root = resolve(import.meta.dirname, '..')
const require = createRequire(import.meta.url)
const yaml = require('js-yaml') as { load(text: string): unknown }
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
const ON = 49 // '1'
const OFF = 48 // '0'
const node = (script: string, args: string[]) => spawnSync(process.execPath, [join(root, script), ...args], { cwd: root, encoding: 'utf8' })

/**
 * A stand-in Electron executable carrying a fuse wire in Electron 45's default state
 * (RunAsNode, NODE_OPTIONS, --inspect and file:// privileges on; the rest off), as the
 * real binary does, so flipping and reading fuses works on it.
 */
function standInElectron(dist: string): void {
  mkdirSync(dist, { recursive: true })
  const wire = Buffer.from([1, 8, ON, OFF, ON, ON, OFF, OFF, OFF, ON])
  writeFileSync(join(dist, 'electron'), Buffer.concat([Buffer.from(`#!/bin/sh\nexit 0\n# ${SENTINEL}`), wire, Buffer.from('\n')]))
  chmodSync(join(dist, 'electron'), 0o755)
  const version = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version
  writeFileSync(join(dist, 'version'), `v${version}`)
}

test('electron-builder packs a complete, source-free app with the fuses set', async () => {
  test.setTimeout(300_000)
  const work = mkdtempSync(join(tmpdir(), 'claimdesk-package-'))
  try {
    const dist = join(work, 'electron-dist')
    standInElectron(dist)
    const out = join(work, 'out')
    execFileSync(
      process.execPath,
      [join(root, 'node_modules/electron-builder/cli.js'), '--linux', 'dir', '--config', 'build/electron-builder.yml', `-c.electronDist=${dist}`, `-c.directories.output=${out}`],
      { cwd: root, stdio: 'pipe', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } },
    )
    const unpacked = join(out, 'linux-unpacked')
    const resources = join(unpacked, 'resources')

    // The afterPack hook flipped every fuse we set; read back from the packaged binary.
    const executable = readdirSync(unpacked).find((name) => name.toLowerCase() === 'claimdesk')
    expect(executable).toBeTruthy()
    const wire = await getCurrentFuseWire(join(unpacked, executable!))
    expect(wire.version).toBe(FuseVersion.V1)
    expect({
      runAsNode: wire[FuseV1Options.RunAsNode],
      nodeOptions: wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable],
      inspect: wire[FuseV1Options.EnableNodeCliInspectArguments],
      cookieEncryption: wire[FuseV1Options.EnableCookieEncryption],
      asarIntegrity: wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation],
      onlyLoadAppFromAsar: wire[FuseV1Options.OnlyLoadAppFromAsar],
      fileProtocolPrivileges: wire[FuseV1Options.GrantFileProtocolExtraPrivileges],
    }).toEqual({ runAsNode: OFF, nodeOptions: OFF, inspect: OFF, cookieEncryption: ON, asarIntegrity: ON, onlyLoadAppFromAsar: ON, fileProtocolPrivileges: OFF })

    const listing = execFileSync(process.execPath, [join(root, 'node_modules/@electron/asar/bin/asar.js'), 'list', join(resources, 'app.asar')], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    })
    const files = listing.split('\n').filter(Boolean)
    for (const needed of ['/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/package.json']) {
      expect(files).toContain(needed)
    }
    for (const dependency of ['lowdb', 'zod', 'jsdom', 'dompurify', '@mozilla/readability', 'minisearch', 'marked', '@fontsource/noto-sans-kr']) {
      expect(files.some((f) => f.startsWith(`/node_modules/${dependency}/`)), dependency).toBe(true)
    }
    expect(files.filter((f) => /^\/(electron|renderer\/src|e2e|bench|build|\.ci|\.github)\//.test(f) || /\.test\.[jt]s$/.test(f.replace(/^\/node_modules\/.*/, '')))).toEqual([])
    // playwright-core is a runtime dependency of the CLI only (PDF with the system's Chromium);
    // the app prints with Electron's own Chromium, so the builder config leaves it out.
    for (const devOnly of ['electron', 'vitest', 'typescript', 'electron-builder', '@electron/fuses', 'playwright-core']) {
      expect(files.some((f) => f.startsWith(`/node_modules/${devOnly}/`)), devOnly).toBe(false)
    }
    expect(existsSync(join(resources, 'data', 'chongjin-explosion.txt'))).toBe(true)
    expect(existsSync(join(resources, 'data', 'chongjin-explosion.meta.json'))).toBe(true)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
})

test('the installer configuration: targets per OS, hardened runtime, file association, fuses hook', () => {
  const config = yaml.load(readFileSync(join(root, 'build/electron-builder.yml'), 'utf8')) as Record<string, Record<string, unknown>> & { afterPack: string }
  expect(config.appId).toBe('org.claimdesk.app')
  expect(config.win.target).toEqual(['nsis', 'portable'])
  expect(config.mac.target).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }])
  expect(config.mac).toMatchObject({ hardenedRuntime: true, entitlements: 'build/entitlements.mac.plist', notarize: true })
  expect(config.linux.target).toEqual(['AppImage', 'deb'])
  expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'claimdesk', mimeType: 'application/vnd.claimdesk+json' })])
  expect(existsSync(join(root, config.afterPack))).toBe(true)
  // The hardened runtime allows the JIT and nothing else (no network server, camera or microphone).
  const entitlements = readFileSync(join(root, 'build/entitlements.mac.plist'), 'utf8')
  expect([...entitlements.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1])).toEqual(['com.apple.security.cs.allow-jit'])
  // The app's Windows AppUserModelId is the installer's appId (taskbar grouping, notifications).
  expect(readFileSync(join(root, 'electron/main/index.ts'), 'utf8')).toContain(`APP_USER_MODEL_ID = '${config.appId}'`)
})

test('every platform icon is made from the one source image, and is up to date', () => {
  const check = node('build/icons.mjs', ['--check'])
  expect(check.stderr).toBe('')
  expect(check.status).toBe(0)
  const ico = readFileSync(join(root, 'build/icon.ico'))
  expect(ico.readUInt16LE(2)).toBe(1) // an icon resource
  const icoSizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + i * 16] || 256)
  expect(icoSizes).toEqual([16, 24, 32, 48, 64, 128, 256])
  const icns = readFileSync(join(root, 'build/icon.icns'))
  expect(icns.toString('latin1', 0, 4)).toBe('icns')
  expect(icns.readUInt32BE(4)).toBe(icns.length)
  const types: string[] = []
  for (let offset = 8; offset < icns.length; offset += icns.readUInt32BE(offset + 4)) types.push(icns.toString('latin1', offset, offset + 4))
  expect(types).toEqual(expect.arrayContaining(['icp4', 'ic07', 'ic08', 'ic09', 'ic10']))
  for (const size of [16, 32, 48, 64, 128, 256, 512]) {
    const png = readFileSync(join(root, `build/icons/${size}x${size}.png`))
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size])
  }
})

test('the CI workflow passes the GitHub Actions linter and covers the three systems', () => {
  const lint = spawnSync(process.execPath, [join(root, 'node_modules/@action-validator/cli/cli.mjs'), '.github/workflows/ci.yml'], { cwd: root, encoding: 'utf8' })
  expect(lint.stdout + lint.stderr).toBe('')
  expect(lint.status).toBe(0)
  const workflow = yaml.load(readFileSync(join(root, '.github/workflows/ci.yml'), 'utf8')) as {
    jobs: { test: { strategy: { matrix: { include: { os: string }[] } }; steps: { run?: string }[] } }
  }
  const job = workflow.jobs.test
  expect(job.strategy.matrix.include.map((m) => m.os)).toEqual(['ubuntu-latest', 'windows-latest', 'macos-latest'])
  const commands = job.steps.map((s) => s.run ?? '').join('\n')
  for (const command of ['npm ci', 'node node_modules/electron/install.js', 'xvfb-run -a npm test', 'npm test', 'npm run package:dir']) {
    expect(commands).toContain(command)
  }
})
