// The search box over a workspace that was not read: the search worker answers filters
// and words alike, so a search reads no article file in the main process (issue 9: a
// filter-only search read all 2,000 files; ranking read up to 500), and an edit made a
// moment ago is already in the answer.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ArticleFile } from '../core/schema'
import { writeWorkspace } from '../../bench/generate-workspace'
import { searchClaimsForReview, searchClaimsNow } from './review-search'
import { Workspace } from './workspace'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimdesk-search-reads-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }))

const onDisk = (id: string): ArticleFile => JSON.parse(readFileSync(join(dir, 'articles', `${id}.json`), 'utf8'))

describe('search without reading article files in the main process', () => {
  it('a filter-only query is answered by the search worker, with an edit made just before', async () => {
    const ids = writeWorkspace(dir, 6, 12)
    const files = ids.map(onDisk)
    const edited = files[3].claims.find((c) => c.corroboration === 'unreviewed')!
    const ws = await Workspace.open(dir)
    await ws.searchReady()
    await ws.updateClaim(ids[3], edited.id, 'corroboration', 'contradicted')
    await ws.updateClaim(ids[3], edited.id, 'tags', ['disputed-figure'])
    const unread = ids.filter((id) => id !== ids[3])
    expect(unread.filter((id) => ws.isArticleLoaded(id))).toEqual([])

    const expected = files.flatMap((f) => f.claims.filter((c) => c.corroboration === 'contradicted').map((c) => `${f.article.id}/${c.id}`))
    expected.push(`${ids[3]}/${edited.id}`)
    const hits = await searchClaimsForReview(ws, 'status:contradicted', 1000)
    expect(hits.map((h) => `${h.articleId}/${h.claimId}`).sort()).toEqual(expected.sort())
    expect(hits.every((h) => h.corroboration === 'contradicted' && h.match === 'none')).toBe(true)
    expect(hits.find((h) => h.claimId === edited.id)).toMatchObject({ articleTitle: files[3].article.title, text: edited.anchor.quote.exact })

    // Filters together, and a tag given a moment ago.
    expect((await searchClaimsForReview(ws, 'tag:disputed-figure sourcing:anonymous')).map((h) => h.claimId)).toEqual([edited.id])
    expect(await searchClaimsForReview(ws, 'status:contradicted sourcing:official')).toEqual([])
    const now = await searchClaimsNow(ws, 'status:contradicted', 1000)
    expect(now).toMatchObject({ complete: true, indexedArticles: 6, totalArticles: 6 })
    expect(now.hits).toHaveLength(expected.length)

    expect(unread.filter((id) => ws.isArticleLoaded(id))).toEqual([])
    await ws.close()
  })

  it('words are matched and ranked in the worker: hits with their status and highlights, no file read', async () => {
    const ids = writeWorkspace(dir, 6, 12)
    const files = ids.map(onDisk)
    const edited = files[2].claims[0]
    const ws = await Workspace.open(dir)
    await ws.searchReady()
    await ws.updateClaim(ids[2], edited.id, 'note', 'The satellite imagery shows a collapsed roof')
    await ws.updateClaim(ids[2], edited.id, 'corroboration', 'corroborated')
    const unread = ids.filter((id) => id !== ids[2])

    // A word only in the edited note: found, no highlight in the text (the match is in the note).
    const roof = await searchClaimsForReview(ws, 'collapsed roof')
    expect(roof).toEqual([
      { articleId: ids[2], claimId: edited.id, articleTitle: files[2].article.title, text: edited.anchor.quote.exact, score: roof[0].score, corroboration: 'corroborated', match: 'exact', ranges: [] },
    ])

    // Every claim with "injuries" or "injured" in its own text, highlighted there, the word as typed first.
    const withWord = files.flatMap((f) => f.claims.filter((c) => c.state !== 'dismissed' && /\binjur(ies|ed)\b/i.test(c.anchor.quote.exact)))
    const exact = withWord.filter((c) => /\binjuries\b/i.test(c.anchor.quote.exact))
    expect(exact.length).toBeGreaterThan(0)
    const injuries = await searchClaimsForReview(ws, 'injuries', 1000)
    expect(injuries.map((h) => h.claimId).sort()).toEqual(withWord.map((c) => c.id).sort())
    expect(injuries.slice(0, exact.length).map((h) => h.claimId).sort()).toEqual(exact.map((c) => c.id).sort())
    for (const hit of injuries) expect(hit.text.slice(hit.ranges[0].start, hit.ranges[0].end).toLowerCase()).toMatch(/^injur(ies|ed)$/)
    const explosion = await searchClaimsForReview(ws, 'explosion', 1000)
    expect(explosion.every((h) => /explo/i.test(h.text))).toBe(true)

    // A quoted phrase ranks first; status filters apply to words too.
    const phrase = await searchClaimsForReview(ws, '"collapsed roof" satellite')
    expect(phrase[0]).toMatchObject({ claimId: edited.id, match: 'phrase' })
    expect((await searchClaimsForReview(ws, 'injuries status:corroborated', 1000)).every((h) => h.corroboration === 'corroborated')).toBe(true)

    expect(unread.filter((id) => ws.isArticleLoaded(id))).toEqual([])
    await ws.close()
  })
})
