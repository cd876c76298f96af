import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openWithSample } from './seed'
import { Workspace } from './workspace'
import { createDispatcher } from './dispatch'

const DATA = resolve(__dirname, '../../data')
let dir: string
let clock: number
const now = () => new Date(Date.UTC(2026, 10, 25, 12, 0, clock++))

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimdesk-ws-'))
  clock = 0
})
afterEach(() => rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }))

const open = () => openWithSample(() => Workspace.open(dir, { now }), DATA)

describe('Workspace', () => {
  it('seeds the sample article, credited, with extracted claims, only on first open', async () => {
    const ws = await open()
    expect(ws.created).toBe(true)
    const [summary] = ws.listArticles()
    expect(summary.outlet).toBe('Daily NK')
    const file = ws.getArticle(summary.id)
    expect(file.article.author).toBe('Jong So Yong')
    expect(file.claims.length).toBeGreaterThanOrEqual(10)
    for (const claim of file.claims) {
      expect(file.article.text.slice(claim.anchor.position.start, claim.anchor.position.end)).toBe(claim.anchor.quote.exact)
    }
    expect(summary.claimCount).toBe(file.claims.length)
    expect(summary.reviewedCount).toBe(0)
    await ws.close()

    // The user deletes the sample: it does not come back.
    rmSync(join(dir, 'articles', `${summary.id}.json`))
    const again = await open()
    expect(again.created).toBe(false)
    expect(again.listArticles()).toEqual([])
  })

  it('recognises the same text imported twice, even with other line ends', async () => {
    const ws = await Workspace.open(dir, { now })
    const text = 'The ministry said exports rose 12% in October.\n\nAnalysts expect a slowdown.\n'
    const first = await ws.importText({ text, format: 'text', sourceName: 'a.txt' })
    const second = await ws.importText({ text: text.replace(/\n/g, '\r\n') + '  ', format: 'text', sourceName: 'b.txt' })
    expect(first.duplicate).toBe(false)
    expect(second.duplicate).toBe(true)
    expect(second.article.id).toBe(first.article.id)
    expect(ws.listArticles()).toHaveLength(1)
  })

  it('records every change in the claim history, and it survives a reopen', async () => {
    const ws = await open()
    await ws.setReviewerName('Kim Min-ji')
    const id = ws.listArticles()[0].id
    const claim = ws.getArticle(id).claims[0]
    await ws.updateClaim(id, claim.id, 'corroboration', 'unverified')
    await ws.updateClaim(id, claim.id, 'sourcing.type', 'anonymous-source')
    await ws.updateClaim(id, claim.id, 'note', 'Asked a second source; no answer yet.')
    await ws.updateClaim(id, claim.id, 'credibility', 3)
    await ws.close()

    const again = await Workspace.open(dir, { now })
    const saved = again.getArticle(id).claims[0]
    expect(saved.corroboration).toBe('unverified')
    expect(saved.sourcing).toMatchObject({ type: 'anonymous-source', confirmed: true })
    expect(saved.credibility).toBe(3)
    expect(saved.history.map((h) => [h.field, h.from, h.to, h.by])).toEqual([
      ['corroboration', 'unreviewed', 'unverified', 'Kim Min-ji'],
      ['sourcing.type', claim.sourcing.type, 'anonymous-source', 'Kim Min-ji'],
      ['note', '', 'Asked a second source; no answer yet.', 'Kim Min-ji'],
      ['credibility', null, 3, 'Kim Min-ji'],
    ])
    expect(again.listArticles()[0].reviewedCount).toBe(1)
  })

  it('rejects an invalid value and writes nothing', async () => {
    const ws = await open()
    const id = ws.listArticles()[0].id
    const claim = ws.getArticle(id).claims[0]
    const path = join(dir, 'articles', `${id}.json`)
    const before = readFileSync(path, 'utf8')
    await expect(ws.updateClaim(id, claim.id, 'corroboration', 'probably')).rejects.toThrow(/Invalid value for corroboration/)
    await expect(ws.updateClaim(id, 'c-nope', 'note', 'x')).rejects.toThrow(/No claim/)
    await expect(ws.updateClaim('a-nope', claim.id, 'note', 'x')).rejects.toThrow(/No article/)
    expect(readFileSync(path, 'utf8')).toBe(before)
  })

  it('importFile reports a binary or missing file clearly and adds nothing', async () => {
    const ws = await Workspace.open(dir, { now })
    const png = join(dir, 'photo.png')
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]))
    await expect(ws.importFile(png)).rejects.toThrow(/photo\.png.*not an article/)
    await expect(ws.importFile(join(dir, 'missing.txt'))).rejects.toThrow(/missing\.txt/)
    expect(readdirSync(join(dir, 'articles'))).toEqual([])
  })
})

describe('tags', () => {
  it('lists every tag used in the workspace once, sorted, for completion', async () => {
    const ws = await open()
    const other = await ws.importText({ text: 'Officials said 40 workers were injured at a Hamhung plant.', format: 'text', sourceName: 'b.txt' })
    const first = ws.listArticles()[0].id
    await ws.updateClaim(first, ws.getArticle(first).claims[0].id, 'tags', ['casualties', 'kiln', ' kiln '])
    await ws.updateClaim(other.article.id, ws.getArticle(other.article.id).claims[0].id, 'tags', ['Hamhung', 'casualties'])
    expect(ws.tags()).toEqual(['casualties', 'Hamhung', 'kiln'])
    expect(ws.getArticle(first).claims[0].tags).toEqual(['casualties', 'kiln'])
  })
})

describe('editing the article text', () => {
  it('re-attaches claims after an edit and keeps the ones it cannot find as orphaned', async () => {
    const ws = await open()
    const id = ws.listArticles()[0].id
    const before = ws.getArticle(id)
    const removed = before.claims.find((c) => c.anchor.quote.exact.startsWith('The explosion was reportedly so powerful'))!
    await ws.updateClaim(id, removed.id, 'corroboration', 'unverified')
    const text = ('EDITOR NOTE: corrected on 2 Nov.\n\n' + before.article.text).replace(removed.anchor.quote.exact, '')
    const after = await ws.updateArticleText(id, text)
    expect(after.claims).toHaveLength(before.claims.length)
    for (const claim of after.claims) {
      if (claim.id === removed.id) continue
      expect(claim.state).toBe('active')
      expect(text.slice(claim.anchor.position.start, claim.anchor.position.end)).toBe(claim.anchor.quote.exact)
    }
    const orphan = after.claims.find((c) => c.id === removed.id)!
    expect(orphan.state).toBe('orphaned')
    expect(orphan.corroboration).toBe('unverified')
    expect(orphan.history.at(-1)).toMatchObject({ field: 'state', from: 'active', to: 'orphaned' })
    expect(ws.listArticles()[0].contentHash).not.toBe(before.article.contentHash)
  })
})

describe('dispatch (the IPC boundary)', () => {
  it('validates arguments, refuses unknown channels, and returns errors as data', async () => {
    const ws = await open()
    const dispatch = createDispatcher(ws, {
      chooseArticleFiles: async () => [],
      chooseEvidenceFile: async () => null,
      openExternal: async () => undefined,
      chooseSavePath: async () => null,
      renderPdf: async () => new Uint8Array(),
      chooseMergeSource: async () => null,
      notify: () => undefined,
    })
    const id = ws.listArticles()[0].id
    const claimId = ws.getArticle(id).claims[0].id
    const path = join(dir, 'articles', `${id}.json`)
    const before = readFileSync(path, 'utf8')

    const bad = [
      await dispatch('claims.setCorroboration', [id, claimId, 'yes']),
      await dispatch('claims.setCorroboration', [id, claimId]),
      await dispatch('claims.setCorroboration', [id, claimId, 'corroborated', 'extra']),
      await dispatch('claims.setNote', [id, claimId, 'x'.repeat(100001)]),
      await dispatch('claims.setSourcing', ['../../etc', claimId, 'official']),
      await dispatch('claims.setCredibility', [id, claimId, 7]),
      await dispatch('articles.importText', [{ text: '', sourceName: null }]),
      await dispatch('articles.get', 'not-an-array'),
    ]
    for (const result of bad) expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
    expect(await dispatch('fs.readFile', ['/etc/passwd'])).toMatchObject({ ok: false, error: { message: 'Unknown API call.' } })
    expect(await dispatch('__proto__', [])).toMatchObject({ ok: false })
    expect(await dispatch('claims.setNote', [id, 'c-missing', 'x'])).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(readFileSync(path, 'utf8')).toBe(before)

    const good = await dispatch('claims.setCorroboration', [id, claimId, 'corroborated'])
    expect(good).toMatchObject({ ok: true, value: { corroboration: 'corroborated' } })
  })
})
