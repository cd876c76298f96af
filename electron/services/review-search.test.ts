import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { searchClaimsForReview, searchClaimsNow } from './review-search'
import { openWithSample } from './seed'
import { Workspace } from './workspace'

const DATA = resolve(__dirname, '../../data')
let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimdesk-search-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }))

describe('searchClaimsForReview (the sample article)', () => {
  it('right after opening, while the index is still being built, waits for it rather than answering "no claims match"', async () => {
    const ws = await openWithSample(() => Workspace.open(dir), DATA)
    const hits = await searchClaimsForReview(ws, 'explosion')
    expect(hits.length).toBeGreaterThan(0)
    await ws.close()
  })
  it('"explosion" finds only claims with the word or a form of it, not every claim of the article titled so', async () => {
    const ws = await openWithSample(() => Workspace.open(dir), DATA)
    await ws.searchReady()
    const hits = await searchClaimsForReview(ws, 'explosion')
    expect(hits.length).toBeGreaterThan(0)
    for (const hit of hits) {
      expect(hit.ranges.length).toBeGreaterThan(0)
      expect(hit.text.slice(hit.ranges[0].start, hit.ranges[0].end).toLowerCase()).toMatch(/^explo/)
    }
    expect(hits.some((h) => h.text.includes('Haste had led to misfortune'))).toBe(false)
    expect(hits[0].corroboration).toBe('unreviewed')
    expect(hits[0].articleTitle).toMatch(/Chongjin/)
    await ws.close()
  })

  it('filters by status alone, and puts phrase matches first', async () => {
    const ws = await openWithSample(() => Workspace.open(dir), DATA)
    await ws.searchReady()
    const [file] = ws.allArticles()
    const target = file.claims.find((c) => c.anchor.quote.exact.includes('serious injuries'))!
    await ws.updateClaim(file.article.id, target.id, 'corroboration', 'contradicted')
    const contradicted = await searchClaimsForReview(ws, 'status:contradicted')
    expect(contradicted.map((h) => h.claimId)).toEqual([target.id])
    expect(await searchClaimsForReview(ws, 'status:corroborated')).toEqual([])

    const phrase = await searchClaimsForReview(ws, '"serious injuries" injuries')
    expect(phrase[0].claimId).toBe(target.id)
    expect(phrase[0].match).toBe('phrase')
    await ws.close()
  })
})

describe('searchClaimsNow (the search box answers at once)', () => {
  it('right after opening answers from what is indexed, saying how far the build is; once built, the same hits as the full search', async () => {
    const ws = await openWithSample(() => Workspace.open(dir), DATA)
    // The index worker has not started yet: nothing is indexed, and the answer says so.
    const first = await searchClaimsNow(ws, 'explosion')
    expect(first).toMatchObject({ complete: false, indexedArticles: 0, totalArticles: 1, hits: [] })
    await ws.searchReady()
    const built = await searchClaimsNow(ws, 'explosion')
    expect(built).toMatchObject({ complete: true, indexedArticles: 1, totalArticles: 1 })
    expect(built.hits.length).toBeGreaterThan(0)
    expect(built.hits).toEqual(await searchClaimsForReview(ws, 'explosion'))
    await ws.close()
  })
  it('filters alone are answered by the index too (no article file is read): from what is indexed, then complete', async () => {
    const ws = await openWithSample(() => Workspace.open(dir), DATA)
    expect(await searchClaimsNow(ws, 'status:unreviewed')).toMatchObject({ complete: false, hits: [] })
    await ws.searchReady()
    const answer = await searchClaimsNow(ws, 'status:unreviewed')
    expect(answer.complete).toBe(true)
    expect(answer.hits.length).toBeGreaterThan(0)
    expect(answer.hits.every((h) => h.corroboration === 'unreviewed')).toBe(true)
    await ws.close()
  })
})
