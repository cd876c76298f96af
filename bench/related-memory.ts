// Memory and CPU of the related-claims worker once its index is built (issue 9: memory must
// grow with the articles a reviewer opened, not with the workspace). A fresh process per
// workspace, the worker bundled as the app bundles it; the search worker is not started.
// Alone: npx tsx bench/related-memory.ts <workspace dir> [time limit, s]
import { execFileSync } from 'node:child_process'
import { resolve } from 'node:path'
import { bundleProbe, probeRoot } from './bundle-probe'
import { workerBundle } from './workspace-memory'

const here = import.meta.dirname

export interface RelatedMemory {
  step: string
  finished: boolean
  rss: number
  /** Process RSS after open, before the worker started. */
  rssBefore: number
  related: { heap: number; external: number } | null
  cpuSeconds: number
  /** Wall time from open to the reading. */
  wallSeconds: number
  /** Articles the build profiled from their files, and took from the related index on disk. */
  build?: { profiled: number; fromSegment: number } | null
  /** Writing the related index to disk after the build (CPU of the whole process, wall), when it was written. */
  write?: { cpuSeconds: number; wallSeconds: number }
}

/** The last reading: after the build, or at the time limit. */
export async function measureRelatedMemory(dir: string, limitSeconds = 600): Promise<RelatedMemory> {
  const root = probeRoot('claimdesk-bench-memory')
  const related = await workerBundle(root, 'related', resolve(here, '../electron/services/related-worker.ts'))
  const probe = await bundleProbe(root, 'related-memory-probe')
  const out = execFileSync(process.execPath, ['--expose-gc', probe, dir, related, String(limitSeconds)], { encoding: 'utf8', maxBuffer: 1 << 24 })
  const lines = out.split('\n').filter((line) => line.startsWith('{'))
  if (process.env.BENCH_VERBOSE) for (const line of lines) console.log(`    ${line}`)
  const before = JSON.parse(lines[0]) as { rss: number }
  const written = lines.at(-1)!.includes('"written"') ? (JSON.parse(lines.pop()!) as { writeCpuSeconds: number; writeWallSeconds: number }) : null
  const last = JSON.parse(lines.at(-1)!) as Omit<RelatedMemory, 'rssBefore'>
  return { ...last, rssBefore: before.rss, ...(written ? { write: { cpuSeconds: written.writeCpuSeconds, wallSeconds: written.writeWallSeconds } } : {}) }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(here, 'related-memory.ts')) {
  process.env.BENCH_VERBOSE = '1'
  console.log(JSON.stringify(await measureRelatedMemory(process.argv[2], Number(process.argv[3] ?? 600))))
}
