#!/usr/bin/env node
// The claimdesk command line. Runs the built CLI (out/main/cli.js, production dependencies
// only); in a development checkout without a build it runs the TypeScript sources through
// tsx, so `npx claimdesk` works straight after `npm ci` too. Modules are imported by file:
// URL: on Windows a plain path such as C:\... is read as a URL with scheme "c:".
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const built = join(root, 'out', 'main', 'cli.js')
const source = join(root, 'electron', 'cli', 'index.ts')
const io = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) }

async function tsxRegister() {
  try {
    const { register } = await import('tsx/esm/api')
    return register
  } catch {
    return null
  }
}

async function run(argv) {
  const preferSource = existsSync(source) && !process.env.CLAIMDESK_BUILT_CLI
  const register = preferSource ? await tsxRegister() : null
  if (register) {
    register()
    const { main } = await import(pathToFileURL(source).href)
    return main(argv, io)
  }
  if (existsSync(built)) {
    const { runBuiltCli } = await import(pathToFileURL(built).href)
    return runBuiltCli(argv, dirname(built))
  }
  process.stderr.write('claimdesk: the command line is not built: run `npm run build` in ' + root + '\n')
  return 1
}

process.exitCode = await run(process.argv.slice(2))
