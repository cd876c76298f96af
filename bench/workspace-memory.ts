// Memory of an open workspace, per thread, measured in a fresh process per workspace
// size (the bench's own process holds generated data and would blur it). The app's
// worker bundles are built with a small addition: each answers the probe's question
// about its heap over a BroadcastChannel.
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'
import { bundleProbe, probeRoot } from './bundle-probe'

const here = import.meta.dirname

/** Bundles a worker entry with the probe's heap answer; returns its file URL. */
export async function workerBundle(root: string, name: string, entry: string): Promise<string> {
  const outfile = join(root, `${name}-probe.mjs`)
  const contents = `
    import { BroadcastChannel } from 'node:worker_threads'
    import ${JSON.stringify(entry)}
    const channel = new BroadcastChannel('claimdesk-bench-memory')
    channel.onmessage = () => {
      globalThis.gc?.()
      channel.postMessage({ thread: ${JSON.stringify(name)}, usage: process.memoryUsage() })
    }
    channel.unref()
  `
  await build({ stdin: { contents, resolveDir: here, loader: 'ts' }, bundle: true, packages: 'external', platform: 'node', format: 'esm', outfile, logLevel: 'error' })
  return pathToFileURL(outfile).href
}

export interface MemoryStep {
  step: string
  rss: number
  main: { heap: number; external: number; arrayBuffers: number }
  search?: { heap: number; external: number }
  related?: { heap: number; external: number }
}

/** A related-claims worker that links nothing: to see the rest without it (it is issue 12's, measured on its own). */
async function idleRelatedWorker(root: string): Promise<string> {
  const outfile = join(root, 'related-idle.mjs')
  writeFileSync(outfile, `import { parentPort } from 'node:worker_threads'
parentPort.postMessage({ type: 'started' })
parentPort.on('message', (request) => { if (request.type === 'build') parentPort.postMessage({ type: 'ready' }) })
`)
  return pathToFileURL(outfile).href
}

/** Opens the workspace in a fresh process and returns its memory after each step (MB). */
export async function measureMemory(dir: string, options: { related?: boolean } = {}): Promise<MemoryStep[]> {
  const root = probeRoot('claimdesk-bench-memory')
  const search = await workerBundle(root, 'search', resolve(here, '../electron/services/search-worker.ts'))
  const related = options.related === false ? await idleRelatedWorker(root) : await workerBundle(root, 'related', resolve(here, '../electron/services/related-worker.ts'))
  const probe = await bundleProbe(root, 'memory-probe')
  const out = execFileSync(process.execPath, ['--expose-gc', probe, dir, search, related], { encoding: 'utf8', maxBuffer: 1 << 24 })
  return out
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as MemoryStep)
}

// Alone: npx tsx bench/workspace-memory.ts <workspace dir> (prints the steps)
if (process.argv[1] && resolve(process.argv[1]) === resolve(here, 'workspace-memory.ts')) {
  for (const step of await measureMemory(process.argv[2], { related: process.argv[3] !== 'no-related' })) console.log(JSON.stringify(step))
}
