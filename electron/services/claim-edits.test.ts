import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { suggestCorroboration } from '../core/review'
import * as edits from './claim-edits'
import { verifyEvidenceFile } from './evidence-files'
import { sha256 } from './ids'
import { openWithSample } from './seed'
import { Workspace } from './workspace'

const DATA = resolve(__dirname, '../../data')
let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimdesk-edits-'))
})
// Closed before the folder goes: an open workspace's index workers may still be writing into it
// (the folder removal then failed with ENOTEMPTY on a loaded machine).
let opened: Workspace[] = []
afterEach(async () => {
  for (const ws of opened) await ws.close().catch(() => undefined)
  opened = []
  rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 })
})

async function sample() {
  const ws = await openWithSample(() => Workspace.open(dir), DATA)
  opened.push(ws)
  const articleId = ws.listArticles()[0].id
  return { ws, articleId, file: () => ws.getArticle(articleId) }
}

describe('claim edits', () => {
  it('makes a claim from a selection, trimming whitespace, and borrows the overlapping sourcing guess', async () => {
    const { ws, articleId, file } = await sample()
    const text = file().article.text
    const start = text.indexOf('Two people received serious injuries')
    const claim = await edits.createClaim(ws, articleId, start - 1, start + 'Two people received serious injuries'.length)
    expect(claim.anchor.quote.exact).toBe('Two people received serious injuries')
    expect(claim.origin).toBe('manual')
    expect(claim.history[0]).toMatchObject({ field: 'created' })
    expect(file().claims.map((c) => c.id)).toContain(claim.id)
    await expect(edits.createClaim(ws, articleId, 0, 0)).rejects.toThrow(/empty/)
    await expect(edits.createClaim(ws, articleId, 0, text.length + 5)).rejects.toThrow(/outside/)
  })

  it('splits a claim at a point and merges it back', async () => {
    const { ws, articleId, file } = await sample()
    const target = file().claims.find((c) => c.anchor.quote.exact.includes('Two people received serious injuries'))!
    const { start } = target.anchor.position
    const at = start + target.anchor.quote.exact.indexOf(' while ') + 1
    const [a, b] = await edits.splitClaimAt(ws, articleId, target.id, at)
    expect(a.id).toBe(target.id)
    expect(a.anchor.quote.exact.endsWith(',')).toBe(true)
    expect(b.anchor.quote.exact.startsWith('while five received minor injuries')).toBe(true)
    const text = file().article.text
    for (const c of file().claims) expect(text.slice(c.anchor.position.start, c.anchor.position.end)).toBe(c.anchor.quote.exact)
    const merged = await edits.mergeWithNext(ws, articleId, a.id)
    expect(merged.anchor.quote.exact).toBe(target.anchor.quote.exact)
    expect(file().claims.some((c) => c.id === b.id)).toBe(false)
    await expect(edits.splitClaimAt(ws, articleId, a.id, target.anchor.position.start)).rejects.toThrow(/inside the claim/)
  })

  it('copies an evidence file into the workspace with its SHA-256, and suggests corroboration', async () => {
    const { ws, articleId, file } = await sample()
    const claimId = file().claims[0].id
    const shot = join(dir, '..', `satellite-${Date.now()}.png`)
    const bytes = Buffer.from('fake image bytes \u0000\u0001', 'utf8')
    writeFileSync(shot, bytes)
    const claim = await edits.addEvidence(ws, articleId, claimId, {
      citation: 'Planet Labs image, 20 Oct',
      url: 'https://example.org/planet/123',
      note: 'Scorch marks on the kiln building roof.',
      stance: 'supports',
      independent: true,
      filePath: shot,
    })
    rmSync(shot)
    const [evidence] = claim.evidence
    expect(evidence.file).toMatchObject({ sha256: sha256(bytes), bytes: bytes.length })
    expect(readFileSync(join(dir, evidence.file!.path))).toEqual(bytes)
    expect(await verifyEvidenceFile(dir, evidence.file!)).toBe(true)
    expect(suggestCorroboration(claim.evidence)).toMatchObject({ value: 'partly-corroborated' })
    expect(claim.history.at(-1)).toMatchObject({ field: 'evidence', from: null })

    const edited = await edits.updateEvidence(ws, articleId, claimId, evidence.id, { stance: 'contradicts' })
    expect(suggestCorroboration(edited.evidence)).toMatchObject({ value: 'contradicted' })
    const removed = await edits.removeEvidence(ws, articleId, claimId, evidence.id)
    expect(removed.evidence).toEqual([])
    // The file stays: undo must find it.
    expect(existsSync(join(dir, evidence.file!.path))).toBe(true)
    await expect(
      edits.addEvidence(ws, articleId, claimId, { citation: 'x', url: null, note: '', stance: 'context', independent: false, filePath: join(dir, 'nope.png') }),
    ).rejects.toThrow(/not found/)
  })
})

describe('undo and redo', () => {
  it('undoes the last ten changes of every kind, across a restart, and redoes them', async () => {
    const first = await sample()
    const { articleId } = first
    const original = JSON.parse(JSON.stringify(first.file().claims))
    const ids = original.map((c: { id: string }) => c.id)
    let ws = first.ws
    await ws.updateClaim(articleId, ids[0], 'corroboration', 'contradicted')
    await ws.updateClaim(articleId, ids[0], 'sourcing.type', 'official')
    await ws.updateClaim(articleId, ids[1], 'reliability', 'B')
    await ws.updateClaim(articleId, ids[1], 'credibility', 2)
    await ws.updateClaim(articleId, ids[2], 'note', 'called the ministry')
    await ws.updateClaim(articleId, ids[2], 'tags', ['kiln', 'injuries'])
    await ws.updateClaim(articleId, ids[3], 'state', 'dismissed')
    await edits.addEvidence(ws, articleId, ids[4], { citation: 'KCNA', url: null, note: '', stance: 'context', independent: true })
    await edits.deleteClaim(ws, articleId, ids[5])
    await edits.mergeWithNext(ws, articleId, ids[6])
    const edited = JSON.parse(JSON.stringify(ws.getArticle(articleId).claims))
    await ws.close()

    ws = await Workspace.open(dir)
    opened.push(ws)
    expect(ws.canUndo().undo).toBe('Merge claims')
    for (let i = 0; i < 10; i++) expect(await ws.undo()).not.toBeNull()
    expect(await ws.undo()).toBeNull()
    const strip = (claims: { history: unknown; updatedAt: unknown }[]) => claims.map(({ history: _h, updatedAt: _u, ...rest }) => rest)
    expect(strip(ws.getArticle(articleId).claims)).toEqual(strip(original))
    // Undo is itself recorded in the history.
    expect(ws.getClaim(articleId, ids[0]).history.some((h) => h.by.endsWith('(undo)'))).toBe(true)
    await ws.close()

    ws = await Workspace.open(dir)
    opened.push(ws)
    for (let i = 0; i < 10; i++) await ws.redo()
    expect(strip(ws.getArticle(articleId).claims)).toEqual(strip(edited))
    expect(ws.canUndo()).toEqual({ undo: 'Merge claims', redo: null, undoMessage: { code: 'undo.mergeClaims' }, redoMessage: null, unsaved: null })
  })

  it('a new change clears the redo stack', async () => {
    const { ws, articleId, file } = await sample()
    const id = file().claims[0].id
    await ws.updateClaim(articleId, id, 'corroboration', 'unverified')
    await ws.undo()
    expect(ws.canUndo().redo).toBe('Set corroboration')
    await ws.updateClaim(articleId, id, 'note', 'x')
    expect(ws.canUndo().redo).toBeNull()
  })
})

describe('search', () => {
  it('finds claims across articles and follows edits', async () => {
    const { ws, articleId, file } = await sample()
    await ws.importText({ text: 'Officials said 40 workers were injured at a Hamhung fertiliser plant.', format: 'text', sourceName: 'b.txt' })
    await ws.searchReady()
    const hits = await ws.search('injur')
    expect(new Set(hits.map((h) => h.articleId)).size).toBe(2)
    const id = file().claims[0].id
    await ws.updateClaim(articleId, id, 'note', 'compare with satellite archive')
    expect((await ws.search('satellite archive')).map((h) => h.claimId)).toEqual([id])
  })
})
