// Random SIGKILLs of a real writer process during edits, imports and merges (issue 9).
// After every kill the workspace is opened again and checked: it opens, no file was
// moved aside, every file is valid, and every acknowledged edit, import and merge is there.
// Bounded by the number of kills, never by time; the child is bundled once (esbuild, which
// tsx already brings) so each start costs a plain node start, not a TypeScript compile.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { ArticleFileSchema } from '../core/schema'
import { parseJsonBytes } from '../store/json-text'
import { migrate } from '../store/migrate'
import { finishMerge } from './merge-recovery'
import { MERGES_DIR, readManifest } from './merge'
import { openWithSample } from './seed'
import { Workspace } from './workspace'

const KILLS = 24
const REPO = resolve(__dirname, '../..')
let root: string
let dir: string
let child: string
let article: string

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'claimdesk-kill-'))
  dir = join(root, 'ws')
  const ws = await openWithSample(() => Workspace.open(dir), join(REPO, 'data'))
  article = ws.listArticles()[0].id
  await ws.close()
  // Inside the repo, so the bundle's bare imports resolve from its node_modules.
  const out = join(REPO, 'node_modules', '.cache', 'claimdesk-kill-test')
  mkdirSync(out, { recursive: true })
  child = join(out, `child-${process.pid}.mjs`)
  await build({
    entryPoints: [resolve(__dirname, '__fixtures__/kill-child.ts')],
    outfile: child,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'silent',
    // The writer imports plain text only: loading jsdom (HTML import) would cost ~2 s of CPU per start.
    plugins: [
      {
        name: 'no-jsdom',
        setup: (b) => {
          b.onResolve({ filter: /^jsdom$/ }, () => ({ path: 'jsdom', namespace: 'stub' }))
          b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export class JSDOM { constructor() { throw new Error("no HTML in the kill test") } }\nexport class VirtualConsole {}' }))
        },
      },
    ],
  })
})
afterAll(() => {
  rmSync(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 })
  rmSync(child, { force: true })
})

/** A small seeded generator: the same kills every run. */
function random(seed: number): () => number {
  let s = seed
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648
}

interface Acked {
  edits: Map<string, number>
  imports: Set<string>
  merges: Map<string, string>
}

type Kind = 'edit' | 'import' | 'merge'

/**
 * Runs the writer and SIGKILLs it `delayMs` after it began an action of kind `target`
 * (once it has acknowledged at least `minAcks` actions). Returns the last sequence number
 * it began and the action that was under way when it died, if any.
 */
function runUntilKilled(startSeq: number, target: Kind, minAcks: number, delayMs: number, acked: Acked): Promise<{ lastSeq: number; interrupted: Kind | null }> {
  return new Promise((done, fail) => {
    const proc = spawn(process.execPath, [child, dir, article, String(startSeq)], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] })
    let buffer = ''
    let seen = 0
    let errors = ''
    let lastSeq = startSeq
    let running: Kind | null = null
    let aimed = false
    proc.stderr.on('data', (d) => (errors += d))
    proc.stdout.on('data', (chunk) => {
      buffer += chunk
      const lines = buffer.split('\n')
      buffer = lines.pop()!
      for (const line of lines) {
        const [word, a, b] = line.split(' ')
        if (word === 'BEGIN') {
          lastSeq = Number(a)
          running = b as Kind
          if (!aimed && running === target && seen >= minAcks) {
            aimed = true
            setTimeout(() => proc.kill('SIGKILL'), delayMs)
          }
          continue
        }
        if (word === 'READY') continue
        running = null
        seen++
        if (word === 'EDIT') acked.edits.set(a, Math.max(acked.edits.get(a) ?? 0, Number(b)))
        else if (word === 'IMPORT') acked.imports.add(a)
        else if (word === 'MERGE' && a !== 'none') acked.merges.set(a, b)
      }
    })
    proc.on('close', (code, signal) => {
      if (signal === 'SIGKILL') done({ lastSeq, interrupted: running })
      else fail(new Error(`the writer ended by itself (${code}): ${errors.split('\n').slice(0, 8).join(' ')}`))
    })
  })
}

/** Every article file in the folder parses and validates (a torn file would not). */
function expectEveryFileValid(): void {
  const articles = join(dir, 'articles')
  for (const name of readdirSync(articles).filter((n) => n.endsWith('.json') && !n.startsWith('.'))) {
    const parsed = ArticleFileSchema.safeParse(migrate(parseJsonBytes(readFileSync(join(articles, name)))))
    expect(parsed.success, `${name} is valid`).toBe(true)
  }
  expect(readdirSync(articles).filter((n) => n.includes('.corrupt-')), 'nothing moved aside').toEqual([])
}

async function expectNothingLost(acked: Acked, kill: number): Promise<void> {
  expectEveryFileValid()
  const ws = await Workspace.open(dir, { holder: 'kill test check' })
  try {
    const at = `after kill ${kill + 1}`
    expect(ws.notices.filter((n) => n.movedTo !== n.file), `${at}: a file was moved aside`).toEqual([])
    const file = ws.getArticle(article)
    for (const [claimId, seq] of acked.edits) {
      const note = file.claims.find((c) => c.id === claimId)?.note ?? '(claim missing)'
      const found = Number(/^edit (\d+)$/.exec(note)?.[1] ?? -1)
      expect(found, `${at}: ${claimId} acknowledged "edit ${seq}", found "${note}"`).toBeGreaterThanOrEqual(seq)
    }
    const listed = new Set(ws.listArticles().map((a) => a.id))
    for (const id of acked.imports) expect(listed.has(id), `${at}: acknowledged import ${id} is listed`).toBe(true)
    const incomplete = new Set((ws.info().incompleteMerges ?? []).map((m) => m.mergeId))
    for (const [mergeId, tag] of acked.merges) {
      const manifest = await readManifest(join(dir, MERGES_DIR, mergeId))
      expect(manifest.completedAt, `${at}: acknowledged merge ${mergeId} is complete`).not.toBeNull()
      expect(incomplete.has(mergeId)).toBe(false)
      expect(file.claims.some((c) => c.tags.includes(tag)), `${at}: merge ${mergeId} brought tag ${tag}`).toBe(true)
      for (const added of manifest.added) expect(listed.has(added.id), `${at}: merge ${mergeId} added ${added.title}`).toBe(true)
    }
    // A merge killed part-way is reported on open, never silent.
    for (const name of existsSync(join(dir, MERGES_DIR)) ? readdirSync(join(dir, MERGES_DIR)) : []) {
      const manifest = await readManifest(join(dir, MERGES_DIR, name)).catch(() => null)
      if (manifest && manifest.completedAt === null && !manifest.undoneAt) expect(incomplete.has(manifest.mergeId), `${at}: interrupted merge ${manifest.mergeId} reported`).toBe(true)
    }
  } finally {
    await ws.close()
  }
}

it(`loses no acknowledged edit, import or merge across ${KILLS} SIGKILLs of a writer process`, async () => {
  const acked: Acked = { edits: new Map(), imports: new Set(), merges: new Map() }
  const next = random(9)
  const interrupted: Record<string, number> = {}
  let seq = 0
  for (let kill = 0; kill < KILLS; kill++) {
    const target = (['edit', 'import', 'merge'] as const)[kill % 3]
    const run = await runUntilKilled(seq, target, Math.floor(next() * 4), Math.floor(next() * 20), acked)
    interrupted[run.interrupted ?? 'between actions'] = (interrupted[run.interrupted ?? 'between actions'] ?? 0) + 1
    seq = run.lastSeq + 1 // an action that was not acknowledged may be on disk: its number is not reused
    await expectNothingLost(acked, kill)
  }
  console.log(`kill test: ${KILLS} kills; under way when killed: ${JSON.stringify(interrupted)}; acknowledged: ${acked.edits.size} claims edited, ${acked.imports.size} imports, ${acked.merges.size} merges`)
  // Each kind of action was acknowledged, and an interrupted merge can still be finished.
  expect(acked.edits.size).toBeGreaterThan(3)
  expect(acked.imports.size).toBeGreaterThan(2)
  expect(acked.merges.size).toBeGreaterThan(1)
  const ws = await Workspace.open(dir, { holder: 'kill test check' })
  try {
    for (const merge of ws.info().incompleteMerges ?? []) await finishMerge(ws, merge.mergeId)
    expect(ws.info().incompleteMerges).toEqual([])
  } finally {
    await ws.close()
  }
  await expectNothingLost(acked, KILLS)
}, 900_000)
