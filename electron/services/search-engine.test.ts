import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { unreviewedClaim } from '../core/claims'
import type { ArticleFile, Claim } from '../core/schema'
import { SearchEngine, type SearchEvent } from './search-engine'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimdesk-search-'))
  mkdirSync(join(dir, 'articles'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const at = '2026-11-25T12:00:00.000Z'
function claim(id: string, exact: string): Claim {
  return unreviewedClaim(
    {
      id,
      anchor: { quote: { exact, prefix: '', suffix: '' }, position: { start: 0, end: exact.length } },
      origin: 'extracted',
      checkworthiness: 0.5,
      signals: [],
      sourcing: { type: 'unattributed', suggested: 'unattributed', confirmed: false, attribution: null, cue: null },
      hedge: { hedged: false, cue: null },
    },
    at,
  )
}

function writeArticle(id: string, title: string, claims: Claim[]): Buffer {
  const file: ArticleFile = {
    schemaVersion: 1,
    article: { id, title, outlet: 'Daily NK', author: null, url: null, publishedAt: null, language: 'en', text: '', contentHash: 'a'.repeat(64), importedAt: at, sourceFormat: 'text', sourceName: null, nonClaims: [] },
    claims,
  }
  const bytes = Buffer.from(JSON.stringify(file, null, 2) + '\n')
  writeFileSync(join(dir, 'articles', `${id}.json`), bytes)
  return bytes
}

function engine() {
  const events: SearchEvent[] = []
  let onReady = () => {}
  const ready = new Promise<void>((resolve) => (onReady = resolve))
  const search = new SearchEngine((event) => {
    events.push(event)
    if (event.type === 'ready') onReady()
  })
  const query = (q: string) => {
    search.handle({ type: 'query', id: events.length, query: q, limit: 10 })
    return events.at(-1) as Extract<SearchEvent, { type: 'hits' }>
  }
  return { search, events, ready, query }
}

describe('search engine', () => {
  it('answers a query before the build is done from what is indexed, and says so', async () => {
    writeArticle('a1', 'Chongjin', [claim('c1', 'Two people were injured in the kiln explosion.')])
    writeArticle('a2', 'Hamhung', [claim('c2', 'Forty workers were injured at a fertiliser plant.')])
    const { search, ready, query } = engine()
    search.handle({ type: 'build', articlesDir: join(dir, 'articles'), articles: [{ id: 'a1', expect: null }, { id: 'a2', expect: null }] })
    const early = query('injured')
    expect(early).toMatchObject({ complete: false, indexedArticles: 0, totalArticles: 2, hits: [] })
    await ready
    const late = query('injured')
    expect(late).toMatchObject({ complete: true, indexedArticles: 2, totalArticles: 2 })
    expect(late.hits.map((h) => h.claimId).sort()).toEqual(['c1', 'c2'])
  })

  it('keeps changes that arrive while the build has not read their article yet', async () => {
    writeArticle('a1', 'Chongjin', [claim('c1', 'Two people were injured.')])
    const { search, ready, query } = engine()
    search.handle({ type: 'build', articlesDir: join(dir, 'articles'), articles: [{ id: 'a1', expect: null }] })
    // Held in memory only (e.g. a save the disk refused): the file does not have it.
    search.handle({ type: 'claims', articleId: 'a1', upserts: [{ ...claim('c1', 'Two people were injured.'), note: 'zebra crossing' }], removals: [] })
    await ready
    expect(query('zebra').hits.map((h) => h.claimId)).toEqual(['c1'])
    search.handle({ type: 'claims', articleId: 'a1', upserts: [], removals: ['c1'] })
    expect(query('injured').hits).toEqual([])
  })

  it('reports a file that differs from its index line, with what the file holds', async () => {
    const bytes = writeArticle('a1', 'Chongjin', [{ ...claim('c1', 'Two people were injured.'), corroboration: 'contradicted', tags: ['kiln'] }])
    writeArticle('a2', 'Hamhung', [claim('c2', 'Forty workers.')])
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex')
    const { search, events, ready } = engine()
    search.handle({
      type: 'build',
      articlesDir: join(dir, 'articles'),
      articles: [
        { id: 'a1', expect: { title: 'Chongjin', file: { bytes: bytes.byteLength, sha256: sha(Buffer.from('older version')) } } },
        { id: 'a2', expect: null },
      ],
    })
    await ready
    const mismatches = events.filter((e) => e.type === 'mismatch')
    expect(mismatches).toHaveLength(1)
    expect(mismatches[0]).toMatchObject({
      articleId: 'a1',
      found: { title: 'Chongjin', claimCount: 1, reviewedCount: 1, tags: ['kiln'], bytes: bytes.byteLength, sha256: sha(bytes) },
    })
    expect((mismatches[0] as Extract<SearchEvent, { type: 'mismatch' }>).found.corroborationCounts.contradicted).toBe(1)
  })

  it('leaves out and reports a file it cannot read, and goes on with the rest', async () => {
    writeFileSync(join(dir, 'articles', 'a1.json'), '{"schemaVersion": 1, "article": {')
    writeArticle('a2', 'Hamhung', [claim('c2', 'Forty workers were injured.')])
    const { search, events, ready, query } = engine()
    search.handle({ type: 'build', articlesDir: join(dir, 'articles'), articles: ['a1', 'a2', 'a3'].map((id) => ({ id, expect: null })) })
    await ready
    expect(events.filter((e) => e.type === 'unreadable').map((e) => (e as { articleId: string }).articleId)).toEqual(['a1', 'a3'])
    expect(query('injured')).toMatchObject({ complete: true, indexedArticles: 1, totalArticles: 1, hits: [{ claimId: 'c2' }] })
  })
})
