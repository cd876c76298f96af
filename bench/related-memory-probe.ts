// Run by bench/related-memory.ts in a fresh process (bundled, as the app runs): opens a
// workspace, starts only the related-claims worker (no search index), and prints one JSON
// line per reading: process RSS, the related worker's heap (asked over the BroadcastChannel
// its bench wrapper answers), CPU time of the whole process since open, and whether the
// worker's build finished. Readings every few seconds, so a build stopped at the time
// limit still says how far memory had grown.
// argv: <workspace dir> <related worker url> <time limit, s>
import { BroadcastChannel } from 'node:worker_threads'
import { configureRelatedWorker } from '../electron/services/related'
import { Workspace } from '../electron/services/workspace'

const [dir, relatedWorker, limit] = process.argv.slice(2)
configureRelatedWorker(new URL(relatedWorker))
const limitMs = Number(limit ?? 600) * 1000
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10

const channel = new BroadcastChannel('claimdesk-bench-memory')
let answer: { heapUsed: number; external: number } | null = null
channel.onmessage = (event) => {
  const { thread, usage } = (event as unknown as { data: { thread?: string; usage?: { heapUsed: number; external: number } } }).data
  if (thread === 'related' && usage) answer = usage
}

async function reading(step: string, finished: boolean, cpu0: NodeJS.CpuUsage): Promise<void> {
  answer = null
  channel.postMessage('ask')
  // A worker busy linking a batch answers between batches.
  for (let i = 0; i < 250 && !answer; i++) await new Promise((r) => setTimeout(r, 20))
  for (let i = 0; i < 2; i++) (globalThis as { gc?: () => void }).gc?.()
  const cpu = process.cpuUsage(cpu0)
  const related = answer as { heapUsed: number; external: number } | null
  const wallSeconds = Math.round((Date.now() - started) / 100) / 10
  console.log(JSON.stringify({ step, finished, rss: mb(process.memoryUsage().rss), related: related ? { heap: mb(related.heapUsed), external: mb(related.external) } : null, cpuSeconds: Math.round((cpu.user + cpu.system) / 1e5) / 10, wallSeconds, ...extra }))
}
let extra: Record<string, unknown> = {}

const cpu0 = process.cpuUsage()
const started = Date.now()
const ws = await Workspace.open(dir)
// Before the worker starts: what the rest of the process holds, for the worker's share.
for (let i = 0; i < 2; i++) (globalThis as { gc?: () => void }).gc?.()
console.log(JSON.stringify({ step: 'open', finished: false, rss: mb(process.memoryUsage().rss), related: null, cpuSeconds: 0 }))
let finished = false
const ready = ws.related().whenReady().then(() => (finished = true))
while (!finished && Date.now() - started < limitMs) {
  await Promise.race([ready, new Promise((r) => setTimeout(r, 5000))])
  if (!finished) await reading('building', false, cpu0)
}
if (finished) extra = { build: ws.related().lastBuild }
await reading(finished ? 'built' : 'stopped at the time limit', finished, cpu0)
if (finished) {
  // The related index the build writes to disk once ready (the next open reads it): its cost, apart.
  const cpu1 = process.cpuUsage()
  const wall1 = Date.now()
  await ws.related().persist()
  const cpu = process.cpuUsage(cpu1)
  console.log(JSON.stringify({ step: 'written', writeCpuSeconds: Math.round((cpu.user + cpu.system) / 1e5) / 10, writeWallSeconds: Math.round((Date.now() - wall1) / 100) / 10 }))
}
channel.close()
process.exit(0) // a build stopped at the limit is not waited for
