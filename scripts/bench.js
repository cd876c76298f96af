#!/usr/bin/env node
// npm run bench: every benchmark in bench/, one after another. Never part of npm test.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { root, runTool } from './tools.js'

const only = process.argv[2]
const files = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only || f.includes(only))
  .sort()
let failed = 0
for (const file of files) {
  console.log(`\n=== bench/${file} ===`)
  if (runTool('tsx', 'tsx', [join('bench', file), ...process.argv.slice(3)]) !== 0) failed++
}
process.exit(failed ? 1 : 0)
