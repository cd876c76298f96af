// Workspace figures a reviewer feels: importing a very large article, opening a big
// workspace, saving one change, the first search. Run: npx tsx bench/workspace.bench.ts
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { Workspace } from '../electron/services/workspace'

const sample = readFileSync(resolve(import.meta.dirname, '../data/chongjin-explosion.txt'), 'utf8')
const body = sample.split('\n\nPlease direct')[0]

function article(i: number, targetChars: number): string {
  const parts: string[] = [`Report ${i}: factory accidents in the north\n`]
  let n = 0
  let size = 0
  while (size < targetChars) {
    const chunk = body.replace(/Chongjin/g, `Chongjin-${i}-${n}`).replace(/Two people/g, `${(n % 9) + 2} people`)
    parts.push(chunk)
    size += chunk.length
    n++
  }
  return parts.join('\n\n')
}

async function time<T>(label: string, run: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now()
  const value = await run()
  const ms = performance.now() - t0
  console.log(`${label.padEnd(52)} ${ms.toFixed(0).padStart(7)} ms`)
  return [value, ms]
}

const results: Record<string, number> = {}
const dir = mkdtempSync(join(tmpdir(), 'claimdesk-bench-'))
try {
  const big = article(0, 20 * 1024 * 1024)
  let ws = await Workspace.open(join(dir, 'big'))
  const [imported, importMs] = await time(`import a ${(big.length / 1024 / 1024).toFixed(1)} MB article`, () =>
    ws.importText({ text: big, format: 'text', sourceName: 'big.txt' }),
  )
  results.import20MbMs = importMs
  results.import20MbClaims = imported.article.claimCount
  console.log(`  → ${imported.article.claimCount} claims, ${((big.length / 1024 / 1024) / (importMs / 1000)).toFixed(2)} MB/s end to end`)
  await ws.close()

  // 100 articles of ~1,000 claims each: 100,000 claims.
  ws = await Workspace.open(join(dir, 'many'))
  const perArticle = article(1, 90_000).length
  const [, buildMs] = await time('import 100 articles (~100,000 claims)', async () => {
    for (let i = 0; i < 100; i++) await ws.importText({ text: article(i + 1, 90_000), format: 'text', sourceName: `a${i}.txt` })
  })
  results.import100ArticlesMs = buildMs
  const totalClaims = ws.listArticles().reduce((n, a) => n + a.claimCount, 0)
  console.log(`  → ${totalClaims} claims, ${(perArticle / 1024).toFixed(0)} KB per article`)
  results.claims = totalClaims
  await ws.close()

  const [reopened, openMs] = await time('open that workspace (read + validate every file)', () => Workspace.open(join(dir, 'many')))
  results.open100kMs = openMs
  ws = reopened
  const first = ws.listArticles()[0]
  const claimId = ws.getArticle(first.id).claims[0].id
  const writes: number[] = []
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now()
    await ws.updateClaim(first.id, claimId, 'note', `note ${i}`)
    writes.push(performance.now() - t0)
  }
  writes.sort((a, b) => a - b)
  results.saveOneChangeMedianMs = writes[10]
  console.log(`${'save one change (1,000-claim article file), median'.padEnd(52)} ${writes[10].toFixed(1).padStart(7)} ms`)
  const [, searchBuildMs] = await time('first search (builds the index over all claims)', async () => ws.search('kiln explosion'))
  results.firstSearchMs = searchBuildMs
  const [, searchMs] = await time('next search', async () => ws.search('injured workers'))
  results.searchMs = searchMs
  const [, undoMs] = await time('undo the last change', () => ws.undo())
  results.undoMs = undoMs
  await ws.close()
} finally {
  rmSync(dir, { recursive: true, force: true })
}
console.log(JSON.stringify({ bench: 'workspace', ...results }))
