// Run by bench/workspace-memory.ts in a fresh process (bundled, as the app runs):
// opens a workspace and prints one JSON line of memory per step, for the main thread
// and each worker thread (their heaps reached over a BroadcastChannel the bench's
// worker wrappers answer). Garbage is collected before each reading (--expose-gc).
// argv: <workspace dir> <search worker url> <related worker url>
import { BroadcastChannel } from 'node:worker_threads'
import { configureRelatedWorker } from '../electron/services/related'
import { configureSearchWorker } from '../electron/services/claim-search'
import { searchClaimsNow } from '../electron/services/review-search'
import { Workspace } from '../electron/services/workspace'

const [dir, searchWorker, relatedWorker] = process.argv.slice(2)
configureSearchWorker(new URL(searchWorker))
configureRelatedWorker(new URL(relatedWorker))

interface ThreadMemory {
  heapUsed: number
  external: number
  arrayBuffers: number
}
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10

const channel = new BroadcastChannel('claimdesk-bench-memory')
let answers: Record<string, ThreadMemory> = {}
channel.onmessage = (event) => {
  const { thread, usage } = (event as unknown as { data: { thread?: string; usage?: ThreadMemory } }).data
  if (thread && usage) answers[thread] = usage
}

async function threads(): Promise<Record<string, ThreadMemory>> {
  answers = {}
  channel.postMessage('ask')
  // Workers busy with a build answer when they get to it.
  for (let i = 0; i < 100 && Object.keys(answers).length < 2; i++) await new Promise((r) => setTimeout(r, 20))
  return answers
}

async function reading(step: string): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc
  for (let i = 0; i < 2; i++) gc?.()
  const own = process.memoryUsage()
  const workers = await threads()
  const line: Record<string, unknown> = { step, rss: mb(own.rss), main: { heap: mb(own.heapUsed), external: mb(own.external), arrayBuffers: mb(own.arrayBuffers) } }
  for (const [thread, usage] of Object.entries(workers)) line[thread] = { heap: mb(usage.heapUsed), external: mb(usage.external) }
  console.log(JSON.stringify(line))
}

const ws = await Workspace.open(dir)
const ids = ws.listArticles().map((a) => a.id)
await reading('open')
ws.startIndexing()
await ws.searchReady()
await ws.related().whenReady()
await reading('indexed')
for (const q of ['explosion injured workers', 'satellite archive', 'reportedly', '"fuel depot"']) await searchClaimsNow(ws, q, 30)
await reading('searched')
for (let a = 0; a < 10; a++) {
  const id = ids[(a * 197) % ids.length]
  const claims = (await ws.loadArticle(id)).claims
  await ws.updateClaim(id, claims[0].id, 'note', `bench note ${a}`)
}
await reading('edited 10 articles')
await ws.close()
channel.close()
