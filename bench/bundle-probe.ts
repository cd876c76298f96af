// Probes run in fresh processes, bundled as electron-vite bundles the app: packages stay outside the
// bundle, so it is written under node_modules/.cache where they resolve.
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'

const here = import.meta.dirname

/** The bench's cache folder `name` under node_modules/.cache, created. */
export function probeRoot(name: string): string {
  const root = resolve(here, '../node_modules/.cache', name)
  mkdirSync(root, { recursive: true })
  return root
}

/** Bundles bench/<entry>.ts into `root` as <entry>.mjs; returns its path. */
export async function bundleProbe(root: string, entry: string): Promise<string> {
  const outfile = join(root, `${entry}.mjs`)
  await build({ entryPoints: [resolve(here, `${entry}.ts`)], bundle: true, packages: 'external', platform: 'node', format: 'esm', outfile, logLevel: 'error' })
  return outfile
}
