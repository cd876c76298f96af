#!/usr/bin/env node
// The claimdesk command line. Runs the TypeScript sources directly through tsx so that
// it works straight after `npm ci`, with the very same services the app uses.
import { register } from 'tsx/esm/api'
import { fileURLToPath } from 'node:url'

register()
const entry = fileURLToPath(new URL('../electron/cli/index.ts', import.meta.url))
const { main } = await import(entry)
process.exitCode = await main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
})
