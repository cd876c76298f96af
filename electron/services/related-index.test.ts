// The related index on disk (related-index-file.ts): a second open takes it for the articles
// whose files did not change, profiles the others, and answers as a fresh build would. A
// damaged, older or foreign file, or one left by another writer, is never trusted.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { RELATED_INDEX_FILE } from '../store/workspace-store'
import { RelatedHandler, type RelatedEvent, type RelatedRequest } from './related-protocol'
import { Workspace } from './workspace'

const FIXTURES = join(__dirname, '__fixtures__/related')
let template: string
let dir: string
let ids: Record<string, string>

beforeAll(async () => {
  template = mkdtempSync(join(tmpdir(), 'claimdesk-related-index-template-'))
  const ws = await Workspace.open(template)
  ids = {}
  for (const name of readdirSync(FIXTURES).sort()) ids[name.replace(/\.md$/, '')] = (await ws.importFile(join(FIXTURES, name))).article.id
  await ws.close()
  rmSync(join(template, RELATED_INDEX_FILE), { force: true })
}, 120_000)
afterAll(() => rmSync(template, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }))
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimdesk-related-index-'))
  cpSync(template, dir, { recursive: true })
})
afterEach(() => rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }))

const segment = () => join(dir, RELATED_INDEX_FILE)
const listed = () => (JSON.parse(readFileSync(join(dir, 'claimdesk.json'), 'utf8')).articles as { id: string }[]).map((a) => a.id)

/** A related worker's handler, inline, over the workspace's files; `persist`: with the index on disk. */
class Linking {
  readonly events: RelatedEvent[] = []
  private readonly handler = new RelatedHandler((e) => this.events.push(e))
  private next = 1
  constructor(options: { segment: boolean; persist?: boolean }) {
    this.handler.handle({
      type: 'build',
      workspaceDir: dir,
      articlesDir: join(dir, 'articles'),
      articleIds: listed(),
      ...(options.segment ? { segmentPath: segment(), persist: options.persist ?? true } : {}),
    })
  }
  async ready(): Promise<{ profiled: number; fromSegment: number }> {
    await expect.poll(() => this.events.some((e) => e.type === 'ready'), { timeout: 60_000 }).toBe(true)
    const ready = this.events.find((e) => e.type === 'ready')!
    return ready.type === 'ready' ? { profiled: ready.profiled, fromSegment: ready.fromSegment } : { profiled: -1, fromSegment: -1 }
  }
  async ask(make: (id: number) => RelatedRequest): Promise<RelatedEvent> {
    const id = this.next++
    this.handler.handle(make(id))
    await expect.poll(() => this.events.some((e) => 'id' in e && e.id === id), { timeout: 60_000 }).toBe(true)
    return this.events.find((e) => 'id' in e && e.id === id)!
  }
  /** Waits for any write the build started (writes are queued one after another). */
  async persisted(): Promise<void> {
    await this.ask((id) => ({ type: 'persist', id }))
  }
  /** Every group, and every claim's lookup: all a reviewer can see of linking. */
  async results(): Promise<string> {
    await this.ready()
    const groups = await this.ask((id) => ({ type: 'groups', id }))
    const keys = listed().flatMap((articleId) => {
      try {
        const file = JSON.parse(readFileSync(join(dir, 'articles', `${articleId}.json`), 'utf8'))
        return file.claims.map((c: { id: string }) => `${articleId}/${c.id}`)
      } catch {
        return []
      }
    })
    const lookups = await this.ask((id) => ({ type: 'lookups', id, keys }))
    return JSON.stringify([groups.type === 'groups' && groups.groups, lookups.type === 'lookups' && lookups.lookups])
  }
}

/** What a build with no index on disk gives now. */
const fresh = () => new Linking({ segment: false }).results()

describe('the related index on disk', { timeout: 120_000 }, () => {
  it('a second open profiles no unchanged article and answers as a fresh build does', async () => {
    const first = new Linking({ segment: true })
    expect(await first.ready()).toEqual({ profiled: 5, fromSegment: 0 })
    const results = await first.results()
    await first.persisted()
    expect(statSync(segment()).size).toBeGreaterThan(0)
    expect(JSON.parse(results)[0].length).toBeGreaterThan(0) // the fixtures do link

    const second = new Linking({ segment: true })
    expect(await second.ready()).toEqual({ profiled: 0, fromSegment: 5 })
    expect(await second.results()).toBe(results)
    expect(await fresh()).toBe(results)
  })

  it('an edited, an added and a removed article: only the edited and the added are profiled, and the answers are a fresh build’s', async () => {
    // Without the wire story at first, so it can be added later.
    let ws = await Workspace.open(dir)
    await ws.removeArticle(ids.wire)
    await ws.close()
    const first = new Linking({ segment: true })
    await first.ready()
    await first.persisted()

    ws = await Workspace.open(dir)
    await ws.importFile(join(FIXTURES, 'wire.md'))
    await ws.removeArticle(ids.other)
    const local = ws.getArticle(ids.local)
    await ws.updateArticleText(ids.local, local.article.text.replace(/Twelve people/, 'Fourteen people'))
    await ws.close()

    const second = new Linking({ segment: true })
    expect(await second.ready()).toEqual({ profiled: 2, fromSegment: 2 })
    const results = await second.results()
    expect(results).toBe(await fresh())
    expect(results).toContain(ids.wire)
    expect(results).not.toContain(ids.other)
    // And what it wrote is taken whole by the next open.
    await second.persisted()
    const third = new Linking({ segment: true })
    expect(await third.ready()).toEqual({ profiled: 0, fromSegment: 4 })
    expect(await third.results()).toBe(results)
  })

  it('an article whose file changed in what linking does not read (a status, a note) is not profiled again', async () => {
    const first = new Linking({ segment: true })
    const results = await first.results()
    await first.persisted()
    const ws = await Workspace.open(dir)
    const claim = ws.getArticle(ids.wire).claims[0]
    await ws.updateClaim(ids.wire, claim.id, 'corroboration', 'corroborated')
    await ws.updateClaim(ids.wire, claim.id, 'note', 'Checked against the ministry statement.')
    await ws.close()
    const second = new Linking({ segment: true })
    expect(await second.ready()).toEqual({ profiled: 0, fromSegment: 5 })
    expect(await second.results()).toBe(results)
    expect(await fresh()).toBe(results)
  })

  it('a truncated, a corrupt, an older-format and a foreign file are rebuilt, and the workspace reports nothing', async () => {
    const first = new Linking({ segment: true })
    const results = await first.results()
    await first.persisted()
    const whole = readFileSync(segment())
    const trailer = whole.subarray(whole.byteLength - 8)
    const headerBytes = trailer.readUInt32LE(0)
    const header = whole.subarray(whole.byteLength - 8 - headerBytes, whole.byteLength - 8).toString('utf8')
    const withHeader = (text: string) => {
      const json = Buffer.from(text, 'utf8')
      const end = Buffer.alloc(8)
      end.writeUInt32LE(json.byteLength, 0)
      end.writeUInt32LE(trailer.readUInt32LE(4), 4)
      return Buffer.concat([whole.subarray(0, whole.byteLength - 8 - headerBytes), json, end])
    }
    const damaged: [string, Buffer][] = [
      ['truncated', whole.subarray(0, Math.floor(whole.byteLength / 2))],
      ['corrupt body', Buffer.concat([Buffer.from('garbage!'), whole.subarray(8)])],
      ['one byte changed in the links', Buffer.concat([whole.subarray(0, whole.byteLength - 8 - headerBytes - 3), Buffer.from([whole[whole.byteLength - 8 - headerBytes - 3] ^ 0x40]), whole.subarray(whole.byteLength - 8 - headerBytes - 2)])],
      ['older format', withHeader(header.replace(/"format":\d+/, '"format":0'))],
      ['other rules', withHeader(header.replace(/"rules":"[^"]*"/, '"rules":"related-0-0"'))],
      ['not a segment', Buffer.from('{"articles": []}')],
    ]
    for (const [what, bytes] of damaged) {
      writeFileSync(segment(), bytes)
      const again = new Linking({ segment: true })
      expect(await again.ready(), what).toEqual({ profiled: 5, fromSegment: 0 })
      expect(await again.results(), what).toBe(results)
      await again.persisted()
      // Written again whole: the next open takes it.
      const next = new Linking({ segment: true, persist: false })
      expect(await next.ready(), what).toEqual({ profiled: 0, fromSegment: 5 })
    }
    // Through the workspace (the worker, as the app runs it): a damaged index is no notice.
    writeFileSync(segment(), whole.subarray(0, 100))
    const ws = await Workspace.open(dir)
    await ws.related().whenReady()
    expect(ws.related().lastBuild).toEqual({ profiled: 5, fromSegment: 0 })
    expect(ws.notices).toEqual([])
    await ws.close()
    const reopened = await Workspace.open(dir)
    await reopened.related().whenReady()
    expect(reopened.related().lastBuild).toEqual({ profiled: 0, fromSegment: 5 })
    expect(reopened.notices).toEqual([])
    await reopened.close()
  })

  it('two writers: an article file written by another process while the app is open is not trusted from the app’s index; a read-only reader writes none', async () => {
    const app = await Workspace.open(dir)
    await app.related().whenReady()
    const results = await app.related().groups()
    await app.related().persist() // waits for the write the build started
    // A report from the CLI beside the running app (no lock): it links, and writes nothing.
    const before = statSync(segment(), { throwIfNoEntry: false })?.mtimeMs ?? null
    const reader = await Workspace.open(dir, { lock: false })
    await reader.related().whenReady()
    expect(await reader.related().groups()).toEqual(results)
    await reader.close()
    expect(statSync(segment(), { throwIfNoEntry: false })?.mtimeMs ?? null).toBe(before)

    // Another process rewrites one article (as an import or a sync tool would) while the app still holds the old one.
    const path = join(dir, 'articles', `${ids.local}.json`)
    const file = JSON.parse(readFileSync(path, 'utf8'))
    file.article.text = file.article.text.replace(/Twelve people/, 'Fourteen people')
    file.claims = file.claims.map((c: { anchor: { quote: { exact: string } } }) => ({ ...c, anchor: { ...c.anchor, quote: { ...c.anchor.quote, exact: c.anchor.quote.exact.replace(/Twelve people/, 'Fourteen people') } } }))
    writeFileSync(path, JSON.stringify(file, null, 2))
    await app.close() // writes its index: the local article as the app read it, under the old file's key

    const second = new Linking({ segment: true })
    expect(await second.ready()).toEqual({ profiled: 1, fromSegment: 4 })
    const reopened = await second.results()
    expect(reopened).toBe(await fresh())
    expect(reopened).toContain('Fourteen')
  })
})
