import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MERGE_CONFLICT_FIELD } from '../core/merge'
import { parseExport, renderJson } from '../core/report/json'
import type { ArticleFile } from '../core/schema'
import { addEvidence, createClaim } from './claim-edits'
import { formatMergeReport, listMerges, mergeIntoWorkspace, undoMerge } from './merge'
import { incompleteMergeNotice } from './merge-recovery'
import { openWithSample } from './seed'
import { Workspace } from './workspace'

const DATA = resolve(__dirname, '../../data')
const SECOND_ARTICLE = 'Officials in Hyesan said on Tuesday that the border market reopened after three weeks.\n\nTraders reportedly paid bribes to reopen their stalls.\n'

let root: string
let dirA: string
let dirB: string
let articleId: string
let claimIds: string[]
let manualId: string
let evidenceId: string
let newArticleId: string

function clock(start: number): () => Date {
  let tick = 0
  return () => new Date(start + 1000 * tick++)
}
const openA = () => Workspace.open(dirA, { now: clock(Date.UTC(2026, 10, 25, 10, 0, 0)) })
const openB = () => Workspace.open(dirB, { now: clock(Date.UTC(2026, 10, 25, 11, 0, 0)) })
const mergeClock = () => clock(Date.UTC(2026, 10, 26, 9, 0, 0))

/** Every file under a folder with its content hash: to show a folder was not touched. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name)
      if (statSync(path).isDirectory()) walk(path)
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex')
    }
  }
  walk(dir)
  return out
}
const articleFiles = (dir: string) => Object.fromEntries(Object.entries(snapshot(join(dir, 'articles'))).filter(([n]) => /^a-[0-9a-f]+\.json$/.test(n)))

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'claimdesk-merge-'))
  dirA = join(root, 'a')
  dirB = join(root, 'b')
  const a = await openWithSample(openA, DATA)
  const b = await openWithSample(openB, DATA)
  await a.setReviewerName('Kim')
  await b.setReviewerName('Lee')
  articleId = a.listArticles()[0].id
  expect(b.listArticles()[0].id).toBe(articleId) // same article, same ids
  claimIds = a.getArticle(articleId).claims.map((c) => c.id)
  expect(b.getArticle(articleId).claims.map((c) => c.id)).toEqual(claimIds)

  await a.updateClaim(articleId, claimIds[0], 'corroboration', 'unverified')
  await a.updateClaim(articleId, claimIds[1], 'note', 'Kim: the province matches earlier reports.')

  await b.updateClaim(articleId, claimIds[0], 'sourcing.type', 'anonymous-source')
  await b.updateClaim(articleId, claimIds[1], 'note', 'Lee: no second source yet.')
  const text = b.getArticle(articleId).article.text
  const phrase = text.indexOf('Chongjin')
  manualId = (await createClaim(b, articleId, phrase, phrase + 'Chongjin'.length)).id
  const withEvidence = await addEvidence(b, articleId, claimIds[2], {
    citation: 'Satellite image, Planet Labs, 2026-11-20',
    url: null,
    note: 'Scorch marks on the roof',
    stance: 'supports',
    independent: true,
  })
  evidenceId = withEvidence.evidence[0].id
  newArticleId = (await b.importText({ text: SECOND_ARTICLE, format: 'text', sourceName: 'hyesan.txt' })).article.id
  await a.close()
  await b.close()
})
afterEach(() => rmSync(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }))

async function exportOf(dir: string, open: () => Promise<Workspace>): Promise<string> {
  const ws = await open()
  const json = renderJson(ws.allArticles(), '2026-11-26T08:00:00.000Z')
  await ws.close()
  void dir
  return json
}

function expectCombinedWork(file: ArticleFile, a: ArticleFile, b: ArticleFile): void {
  const claim = (id: string) => file.claims.find((c) => c.id === id)!
  expect(claim(claimIds[0]).corroboration).toBe('unverified') // only A changed it
  expect(claim(claimIds[0]).sourcing).toMatchObject({ type: 'anonymous-source', confirmed: true }) // only B
  expect(claim(claimIds[1]).note).toBe('Lee: no second source yet.') // both: B's is newer
  expect(claim(manualId)).toMatchObject({ origin: 'manual', anchor: { quote: { exact: 'Chongjin' } } })
  expect(claim(claimIds[2]).evidence.map((e) => e.id)).toEqual([evidenceId])
  // Nothing lost: every claim and every history entry of both sides is here.
  for (const side of [a, b]) {
    for (const c of side.claims) {
      const merged = claim(c.id)
      expect(merged).toBeDefined()
      for (const h of c.history) expect(merged.history).toContainEqual(h)
    }
  }
  const conflict = claim(claimIds[1]).history.find((h) => h.field === MERGE_CONFLICT_FIELD)!
  expect(conflict.from).toMatchObject({ field: 'note', value: 'Kim: the province matches earlier reports.', by: 'Kim', side: 'ours' })
  expect(conflict.to).toMatchObject({ field: 'note', value: 'Lee: no second source yet.', by: 'Lee', side: 'theirs' })
  expect(conflict.by).toBe('Kim (merge)')
}

describe('mergeIntoWorkspace', () => {
  it("merges a JSON export: both reviewers' work, the newer of two notes, a report of the conflict", async () => {
    const json = await exportOf(dirB, openB)
    const a = await openA()
    const before = structuredClone(a.getArticle(articleId))
    const result = await mergeIntoWorkspace(a, parseExport(json), { now: mergeClock() })

    expectCombinedWork(a.getArticle(articleId), before, parseExport(json).articles.find((f) => f.article.id === articleId)!)
    expect(a.getArticle(newArticleId).article.text).toBe(SECOND_ARTICLE)
    expect(result.mergeId).toMatch(/^2026-11-26T09-00-00-000Z-[0-9a-f]{6}$/)
    expect(result.totals).toMatchObject({ articlesAdded: 1, articlesMerged: 1, articlesUnchanged: 0, conflicts: 1, skipped: 0 })
    const merged = result.articles.find((r) => r.articleId === articleId)!
    expect(merged.counts).toMatchObject({ added: 1, updated: 3, conflicts: 1 })
    expect(merged.conflicts[0]).toMatchObject({
      claimId: claimIds[1],
      field: 'note',
      kept: { side: 'theirs', value: 'Lee: no second source yet.', by: 'Lee' },
      overridden: { side: 'ours', value: 'Kim: the province matches earlier reports.', by: 'Kim' },
    })
    const markdown = formatMergeReport(result)
    expect(markdown).toContain('# Merge report')
    expect(markdown).toContain('**note** of')
    expect(markdown).toMatch(/kept “Lee: no second source yet\.” \(the merged work: Lee, 2026-11-25 11:00:\d\d UTC\)/)
    expect(markdown).toMatch(/overrode “Kim: the province matches earlier reports\.” \(this workspace: Kim, 2026-11-25 10:00:\d\d UTC\)/)
    expect(markdown).toContain(result.mergeId!)
    await a.close()

    // What was written is what a reopened workspace reads.
    const again = await openA()
    expect(again.notices).toEqual([])
    expect(again.listArticles().map((s) => s.id).sort()).toEqual([articleId, newArticleId].sort())
    await again.close()
  })

  it('merges a folder and an export saved as UTF-16 by PowerShell (>), skipping nothing', async () => {
    // Windows PowerShell 5.1's `>` writes UTF-16 LE with a byte-order mark
    const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    const bDoc = JSON.parse(readFileSync(join(dirB, 'articles', `${articleId}.json`), 'utf8'))
    for (const name of readdirSync(join(dirB, 'articles')).filter((n) => n.endsWith('.json'))) {
      const path = join(dirB, 'articles', name)
      writeFileSync(path, utf16(readFileSync(path, 'utf8')))
    }
    const a = await openA()
    const original = structuredClone(a.allArticles())
    const fromFolder = await mergeIntoWorkspace(a, dirB, { now: mergeClock() })
    expect(fromFolder.totals).toMatchObject({ articlesAdded: 1, articlesMerged: 1, skipped: 0 })
    expectCombinedWork(a.getArticle(articleId), original[0], bDoc)
    await a.close()

    const exportFile = join(root, 'export-utf16.json')
    writeFileSync(exportFile, utf16(renderJson([bDoc], '2026-11-26T08:00:00.000Z')))
    const c = await Workspace.open(join(root, 'c'), { now: clock(Date.UTC(2026, 10, 25, 12, 0, 0)) })
    const fromExport = await mergeIntoWorkspace(c, exportFile, { now: mergeClock() })
    expect(fromExport.totals).toMatchObject({ articlesAdded: 1, skipped: 0 })
    expect(c.getArticle(articleId).claims.find((x) => x.id === manualId)).toBeDefined()
    await c.close()
  })

  it('merges a workspace folder without touching it, and undo puts everything back', async () => {
    const sourceBefore = snapshot(dirB)
    const filesBefore = articleFiles(dirA)
    const a = await openA()
    const original = structuredClone(a.allArticles())
    const result = await mergeIntoWorkspace(a, dirB, { now: mergeClock() })
    expect(snapshot(dirB)).toEqual(sourceBefore)
    expect(result.source).toBe(dirB)
    expectCombinedWork(a.getArticle(articleId), original[0], JSON.parse(readFileSync(join(dirB, 'articles', `${articleId}.json`), 'utf8')))
    expect(a.listArticles()).toHaveLength(2)

    const backup = JSON.parse(readFileSync(join(result.backupDir!, 'before', `${articleId}.json`), 'utf8'))
    expect(backup).toEqual(original[0])
    expect(await listMerges(a)).toEqual([
      expect.objectContaining({ mergeId: result.mergeId, replaced: [{ id: articleId, title: original[0].article.title }], undoneAt: null }),
    ])
    expect((await listMerges(a))[0].added.map((e) => e.id)).toEqual([newArticleId])

    const undo = await undoMerge(a, result.mergeId!, { now: mergeClock() })
    expect(undo).toMatchObject({ restored: [articleId], changedSinceMerge: [] })
    expect(undo.removed.map((r) => r.id)).toEqual([newArticleId])
    expect(a.allArticles()).toEqual(original)
    await a.close()

    expect(articleFiles(dirA)).toEqual(filesBefore) // byte for byte
    expect(existsSync(undo.removed[0].movedTo)).toBe(true) // moved aside, not deleted
    expect(readdirSync(join(dirA, 'articles')).some((n) => n.startsWith(`${newArticleId}.json.removed-`))).toBe(true)

    const reopened = await openA()
    expect(reopened.allArticles()).toEqual(original)
    expect((await listMerges(reopened))[0].undoneAt).not.toBeNull()
    await expect(undoMerge(reopened, result.mergeId!)).rejects.toThrow(/already undone/)
    await reopened.close()
  })

  it('saves edits made after the merge before undoing it', async () => {
    const a = await openA()
    const result = await mergeIntoWorkspace(a, dirB, { now: mergeClock() })
    await a.updateClaim(articleId, claimIds[3], 'credibility', 2)
    const edited = structuredClone(a.getArticle(articleId))
    const undo = await undoMerge(a, result.mergeId!)
    expect(undo.changedSinceMerge).toEqual([articleId])
    expect(JSON.parse(readFileSync(join(undo.savedTo, `${articleId}.json`), 'utf8'))).toEqual(edited)
    await a.close()
  })

  it('merging the same source twice changes nothing the second time', async () => {
    const a = await openA()
    const first = await mergeIntoWorkspace(a, dirB, { now: mergeClock() })
    const afterFirst = structuredClone(a.allArticles())
    const second = await mergeIntoWorkspace(a, dirB, { now: clock(Date.UTC(2026, 10, 27)) })
    expect(second.mergeId).toBeNull()
    expect(second.backupDir).toBeNull()
    expect(second.totals).toMatchObject({ articlesAdded: 0, articlesMerged: 0, articlesUnchanged: 2, claimsAdded: 0, claimsUpdated: 0, conflicts: 0 })
    expect(a.allArticles()).toEqual(afterFirst)
    expect(formatMergeReport(second)).toContain('Nothing to merge')
    expect((await listMerges(a)).map((m) => m.mergeId)).toEqual([first.mergeId])
    await a.close()
  })

  it('skips and reports corrupt files in the source folder, and leaves them as they are', async () => {
    writeFileSync(join(dirB, 'articles', 'a-broken.json'), '{"schemaVersion": 1, "article": ')
    writeFileSync(join(dirB, 'articles', 'a-invalid.json'), JSON.stringify({ schemaVersion: 1, article: { id: 'x' }, claims: [] }))
    const sourceBefore = snapshot(dirB)
    const a = await openA()
    const result = await mergeIntoWorkspace(a, dirB, { now: mergeClock() })
    expect(result.skipped).toEqual([
      { file: join('articles', 'a-broken.json'), reason: expect.stringMatching(/^not valid JSON/) },
      { file: join('articles', 'a-invalid.json'), reason: expect.stringMatching(/^invalid content at article/) },
    ])
    expect(result.totals).toMatchObject({ articlesAdded: 1, articlesMerged: 1, skipped: 2 })
    expect(formatMergeReport(result)).toMatch(/## Skipped[\s\S]*a-broken\.json: not valid JSON/)
    expect(snapshot(dirB)).toEqual(sourceBefore)
    await a.close()
  })

  it('round trip: an export merged into an empty workspace gives identical article files', async () => {
    const json = await exportOf(dirA, openA)
    const dirC = join(root, 'c')
    const c = await Workspace.open(dirC)
    const result = await mergeIntoWorkspace(c, parseExport(json))
    expect(result.totals).toMatchObject({ articlesAdded: 1, conflicts: 0 })
    await c.close()
    expect(articleFiles(dirC)).toEqual(articleFiles(dirA))
  })

  it('copies evidence files from a workspace folder, and lists them as missing from an export', async () => {
    const scan = join(root, 'scan.png')
    writeFileSync(scan, 'not really a png')
    const b = await openB()
    const claim = await addEvidence(b, articleId, claimIds[4], { citation: 'Leaked memo', url: null, note: '', stance: 'context', independent: true, filePath: scan })
    const stored = claim.evidence[0].file!.path
    const json = renderJson(b.allArticles(), '2026-11-26T08:00:00.000Z')
    await b.close()

    const a = await openA()
    const fromExport = await mergeIntoWorkspace(a, parseExport(json), { now: mergeClock() })
    expect(fromExport.evidenceFiles).toEqual({ copied: [], missing: [stored] })
    expect(formatMergeReport(fromExport)).toContain('not available')
    await undoMerge(a, fromExport.mergeId!)

    const fromFolder = await mergeIntoWorkspace(a, dirB, { now: mergeClock() })
    expect(fromFolder.evidenceFiles).toEqual({ copied: [stored], missing: [] })
    expect(readFileSync(join(dirA, stored), 'utf8')).toBe('not really a png')
    await a.close()
  })

  it('refuses to merge a workspace into itself, a missing path, or a file that is not an export', async () => {
    const a = await openA()
    const notExport = join(root, 'notes.json')
    writeFileSync(notExport, '{"hello": "world"}')
    await expect(mergeIntoWorkspace(a, dirA)).rejects.toThrow(/into itself/)
    await expect(mergeIntoWorkspace(a, join(root, 'nope'))).rejects.toThrow(/does not exist/)
    await expect(mergeIntoWorkspace(a, notExport)).rejects.toThrow(/notes\.json: not a Claimdesk export/)
    await expect(mergeIntoWorkspace(a, root)).rejects.toThrow(/neither a Claimdesk export nor a workspace folder/)
    await expect(undoMerge(a, '../../etc')).rejects.toThrow(/not a merge id/)
    await expect(undoMerge(a, 'no-such-merge')).rejects.toThrow(/No merge/)
    expect(await listMerges(a)).toEqual([])
    await a.close()
  })

  it('says each refusal as a code the window translates, with the same English as before', async () => {
    const a = await openA()
    const notExport = join(root, 'notes.json')
    writeFileSync(notExport, '{"hello": "world"}')
    await expect(mergeIntoWorkspace(a, dirA)).rejects.toMatchObject({ message: 'A workspace cannot be merged into itself.', detail: { code: 'mergeError.itself' } })
    const nope = join(root, 'nope')
    await expect(mergeIntoWorkspace(a, nope)).rejects.toMatchObject({ message: `Nothing to merge: ${nope} does not exist.`, detail: { code: 'mergeError.nothing', values: { path: nope } } })
    await expect(mergeIntoWorkspace(a, notExport)).rejects.toMatchObject({ detail: { code: 'mergeError.badExport', values: { name: 'notes.json' } } })
    await expect(mergeIntoWorkspace(a, root)).rejects.toMatchObject({
      message: `${root} is neither a Claimdesk export nor a workspace folder (no articles/ folder).`,
      detail: { code: 'mergeError.notSource', values: { root, dir: 'articles' } },
    })
    await expect(undoMerge(a, '../../etc')).rejects.toMatchObject({ message: '"../../etc" is not a merge id.', detail: { code: 'mergeError.notId' } })
    await expect(undoMerge(a, 'no-such-merge')).rejects.toMatchObject({ message: 'No merge no-such-merge in this workspace.', detail: { code: 'mergeError.noMerge', values: { id: 'no-such-merge' } } })
    await a.close()
  })
})

describe('an interrupted merge', () => {
  it('is reported as a notice whose reason is a code, in the same English', () => {
    const notice = incompleteMergeNotice('/w', { mergeId: 'm1', source: 'b.json', at: '2026-11-26T09:00:00.000Z', applied: 1, total: 2 })
    expect(notice.why).toEqual({ code: 'notice.mergeInterrupted', values: { source: 'b.json', id: 'm1', applied: 1, total: 2 } })
    expect(notice.reason).toBe(
      'the merge of b.json (m1) was interrupted: 1 of 2 articles merged. Finish it (claimdesk merge --workspace DIR --finish m1) or undo it (--undo m1).',
    )
    expect(notice.file).toBe(join('/w', '.claimdesk', 'merges', 'm1'))
  })
})
