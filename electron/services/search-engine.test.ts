import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { claim as claimOf } from '../core/__fixtures__/search-claims'
import type { ArticleFile, Claim } from '../core/schema'
import { SearchEngine, type SearchEvent } from './search-engine'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimdesk-search-'))
  mkdirSync(join(dir, 'articles'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }))

const at = '2026-11-25T12:00:00.000Z'
const claim = (id: string, exact: string): Claim => claimOf(id, exact, {}, at)

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

describe('search index on disk', () => {
  const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex')
  const segmentPath = () => join(dir, '.claimdesk', 'search-index.bin')

  async function built(articles: { id: string; bytes: Buffer }[], persist = true) {
    const run = engine()
    run.search.handle({ type: 'build', articlesDir: join(dir, 'articles'), articles: articles.map(({ id, bytes }) => ({ id, expect: { file: { bytes: bytes.byteLength, sha256: sha(bytes) } } })), segmentPath: segmentPath(), persist })
    return run
  }

  it('is reused at the next open for every article whose file did not change, and rebuilt for one that did', async () => {
    const a1 = writeArticle('a1', 'Chongjin', [claim('c1', 'Two people were injured in the kiln explosion.')])
    let a2 = writeArticle('a2', 'Hamhung', [claim('c2', 'Forty workers were injured at a fertiliser plant.')])
    const first = await built([{ id: 'a1', bytes: a1 }, { id: 'a2', bytes: a2 }])
    await first.ready
    expect(existsSync(segmentPath())).toBe(true)

    // a2 changed on disk (and its index line with it); a1 did not.
    a2 = writeArticle('a2', 'Hamhung', [claim('c2', 'Forty workers were evacuated from a fertiliser plant.')])
    const second = await built([{ id: 'a1', bytes: a1 }, { id: 'a2', bytes: a2 }])
    // Before the build has read a single file, a1 is answered from the index on disk.
    expect(second.query('injured')).toMatchObject({ complete: false, indexedArticles: 1, totalArticles: 2, hits: [{ articleId: 'a1', claimId: 'c1', text: 'Two people were injured in the kiln explosion.' }] })
    await second.ready
    expect(second.events.find((e) => e.type === 'ready')).toMatchObject({ indexedArticles: 2, fromSegment: 1 })
    expect(second.query('injured').hits.map((h) => h.claimId)).toEqual(['c1'])
    expect(second.query('evacuated')).toMatchObject({ complete: true, hits: [{ articleId: 'a2', claimId: 'c2' }] })
  })

  it('keeps what the search box filters and matches on (status, sourcing, note, tags, evidence) in the file', async () => {
    const anonymous = { type: 'anonymous-source', suggested: 'anonymous-source', confirmed: true, attribution: 'a source in Hyesan', cue: 'told' } as const
    const evidence = [{ id: 'e1', citation: 'KINU white paper', url: null, note: 'names the plant', stance: 'supports', independent: true, file: null, addedAt: at }] as const
    const a1 = writeArticle('a1', 'Chongjin', [
      { ...claim('c1', 'Two people were injured.'), corroboration: 'contradicted', sourcing: anonymous, note: 'Hospital\u0000 unreachable', tags: ['casualties'] },
      { ...claim('c2', 'The kiln exploded.'), corroboration: 'corroborated', evidence: [...evidence] },
    ])
    const first = await built([{ id: 'a1', bytes: a1 }])
    await first.ready
    const second = await built([{ id: 'a1', bytes: a1 }])
    const review = (input: string) => {
      second.search.handle({ type: 'review', id: 99, input, limit: 10 })
      return second.events.at(-1) as Extract<SearchEvent, { type: 'reviewed' }>
    }
    // Before the build has read the file: answered from the segment alone.
    expect(review('status:contradicted sourcing:anonymous')).toMatchObject({ complete: false, hits: [{ claimId: 'c1', corroboration: 'contradicted', text: 'Two people were injured.' }] })
    expect(review('tag:casualties unreachable').hits.map((h) => h.claimId)).toEqual(['c1'])
    expect(review('hyesan').hits.map((h) => h.claimId)).toEqual(['c1'])
    expect(review('kinu status:corroborated').hits.map((h) => h.claimId)).toEqual(['c2'])
    await second.ready
    expect(second.events.find((e) => e.type === 'ready')).toMatchObject({ fromSegment: 1 })
  })

  it('reads a file again when it changed behind the workspace index, and reports it', async () => {
    const a1 = writeArticle('a1', 'Chongjin', [claim('c1', 'Two people were injured in the kiln explosion.')])
    const first = await built([{ id: 'a1', bytes: a1 }])
    await first.ready
    writeArticle('a1', 'Chongjin', [claim('c1', 'Nobody was hurt in the kiln explosion.')]) // git pull, say: the index line is the old one
    const second = await built([{ id: 'a1', bytes: a1 }])
    await second.ready
    expect(second.events.filter((e) => e.type === 'mismatch').map((e) => (e as { articleId: string }).articleId)).toEqual(['a1'])
    expect(second.query('injured').hits).toEqual([])
    expect(second.query('nobody').hits.map((h) => h.claimId)).toEqual(['c1'])
  })

  it('keeps edits made above the index on disk, and is not used when damaged or not to be written', async () => {
    const a1 = writeArticle('a1', 'Chongjin', [claim('c1', 'Two people were injured.'), claim('c3', 'The kiln exploded.')])
    const first = await built([{ id: 'a1', bytes: a1 }], false)
    await first.ready
    expect(existsSync(segmentPath())).toBe(false) // a reader without the lock writes nothing

    const second = await built([{ id: 'a1', bytes: a1 }])
    await second.ready
    second.search.handle({ type: 'claims', articleId: 'a1', upserts: [{ ...claim('c1', 'Two people were injured.'), note: 'zebra crossing' }], removals: ['c3'] })
    expect(second.query('zebra').hits.map((h) => h.claimId)).toEqual(['c1'])
    expect(second.query('exploded').hits).toEqual([])
    expect(second.query('injured').hits.map((h) => h.claimId)).toEqual(['c1'])

    writeFileSync(segmentPath(), 'not an index')
    const third = await built([{ id: 'a1', bytes: a1 }])
    await third.ready
    expect(third.events.find((e) => e.type === 'ready')).toMatchObject({ fromSegment: 0 })
    expect(third.query('exploded').hits.map((h) => h.claimId)).toEqual(['c3'])
  })
})
