#!/usr/bin/env node
// npm run bench: every benchmark in bench/, one after another. Never part of npm test.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'

const only = process.argv[2]
const files = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only || f.includes(only))
  .sort()
let failed = 0
for (const file of files) {
  console.log(`\n=== bench/${file} ===`)
  const result = spawnSync('npx', ['tsx', `bench/${file}`], { stdio: 'inherit' })
  if (result.status !== 0) failed++
}
process.exit(failed ? 1 : 0)
