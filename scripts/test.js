#!/usr/bin/env node
// npm test: build, run the unit tests (vitest) and the end-to-end tests (Playwright),
// then print one line adding up both: "N passed, N failed[, N skipped]".
import { runTool } from './tools.js'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const tmp = '.tmp'
mkdirSync(tmp, { recursive: true })
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }

function run(pkg, bin, args, extraEnv = {}) {
  return runTool(pkg, bin, args, { env: { ...env, ...extraEnv } })
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return null
  }
}

const totals = { passed: 0, failed: 0, skipped: 0 }

if (run('electron-vite', 'electron-vite', ['build']) !== 0) {
  console.error('Build failed.')
  totals.failed += 1
}

const vitestJson = join(tmp, 'vitest.json')
rmSync(vitestJson, { force: true })
const vitestStatus = run('vitest', 'vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile=${vitestJson}`])
const vitest = readJson(vitestJson)
if (vitest) {
  totals.passed += vitest.numPassedTests
  totals.failed += vitest.numFailedTests
  totals.skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0)
  // A suite that failed to load has no tests but is still a failure.
  totals.failed += (vitest.testResults ?? []).filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length
} else if (vitestStatus !== 0) {
  totals.failed += 1
}

const playwrightJson = join(tmp, 'playwright.json')
rmSync(playwrightJson, { force: true })
const e2eStatus = run('@playwright/test', 'playwright', ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson })
const e2e = readJson(playwrightJson)
if (e2e?.stats) {
  totals.passed += e2e.stats.expected + (e2e.stats.flaky ?? 0)
  totals.failed += e2e.stats.unexpected
  totals.skipped += e2e.stats.skipped
  if (e2e.errors?.length) totals.failed += e2e.errors.length
} else if (e2eStatus !== 0) {
  totals.failed += 1
}

const line = `${totals.passed} passed, ${totals.failed} failed` + (totals.skipped ? `, ${totals.skipped} skipped` : '')
console.log(line)
process.exit(totals.failed > 0 ? 1 : 0)
