// Page furniture found across the workspace at import: a line two other articles already
// hold is kept out of the new article's claims. The rule is in the import service, so the
// CLI's import (importFile) follows it as the app does; the counts come from the index.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FURNITURE, OPINION, PHOTOS, PODCAST } from './__fixtures__/furniture/nk-news'
import { articleLineKeys } from '../store/line-keys'
import { LINE_KEYS_FILE } from '../store/line-keys-file'
import { furnitureLines } from './furniture-lines'
import { Workspace } from './workspace'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimdesk-furniture-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }))

const texts = (ws: Workspace, id: string) => ws.getArticle(id).claims.map((c) => c.anchor.quote.exact)

describe('lines repeated across the workspace become furniture at import', () => {
  it('the third NK News piece with the same disclaimer gets no claim of it; its own sentences stay claims', async () => {
    let ws = await Workspace.open(dir)
    const first = await ws.importText({ text: OPINION, format: 'text', sourceName: 'opinion.txt' })
    const second = await ws.importText({ text: PODCAST, format: 'text', sourceName: 'podcast.txt' })
    // Once or twice is not furniture yet: both keep it as a claim.
    expect(texts(ws, first.article.id)).toContain(FURNITURE)
    expect(texts(ws, second.article.id)).toContain(FURNITURE)
    await ws.close()

    // Reopened: the counts come from the index's line keys, not from the other files.
    ws = await Workspace.open(dir)
    const path = join(dir, 'photos.txt')
    writeFileSync(path, PHOTOS)
    const third = await ws.importFile(path) // what `claimdesk import` calls
    expect(ws.isArticleLoaded(first.article.id) || ws.isArticleLoaded(second.article.id)).toBe(false)
    const claims = texts(ws, third.article.id)
    expect(claims).not.toContain(FURNITURE)
    expect(claims).toContain('The DPRK claims to have established gender equality, but reality often doesn’t live up to the official pronouncements.')
    expect(claims.length).toBeGreaterThan(0)
    await ws.close()
  })

  it('an index from before lines were counted gets them from the background pass, without opening the articles', async () => {
    let ws = await Workspace.open(dir)
    await ws.importText({ text: OPINION, format: 'text', sourceName: 'opinion.txt' })
    await ws.importText({ text: PODCAST, format: 'text', sourceName: 'podcast.txt' })
    await ws.close()
    // As from a version before lines were counted: no keys anywhere, not even in the search segment's files.
    rmSync(join(dir, LINE_KEYS_FILE))
    ws = await Workspace.open(dir)
    await ws.searchReady()
    await ws.close()
    const stored = JSON.parse(readFileSync(join(dir, LINE_KEYS_FILE), 'utf8')).articles
    expect(Object.values(stored).map((a) => (a as { keys: string[] }).keys.length)).toEqual([4, 4])
    rmSync(join(dir, LINE_KEYS_FILE))
    rmSync(join(dir, '.claimdesk', 'search-index.bin'), { force: true }) // and once more when the pass reads every file

    ws = await Workspace.open(dir)
    await ws.searchReady()
    await ws.close()
    expect(Object.values(JSON.parse(readFileSync(join(dir, LINE_KEYS_FILE), 'utf8')).articles).length).toBe(2)
    ws = await Workspace.open(dir)
    const third = await ws.importText({ text: PHOTOS, format: 'text', sourceName: 'photos.txt' })
    expect(texts(ws, third.article.id)).not.toContain(FURNITURE)
    await ws.close()
  })

  it('an edit of an article’s text applies the same rule: a line two other articles hold becomes furniture, not the article’s own old line', async () => {
    const ws = await Workspace.open(dir)
    await ws.importText({ text: OPINION, format: 'text', sourceName: 'opinion.txt' })
    const { article } = await ws.importText({ text: PHOTOS, format: 'text', sourceName: 'photos.txt' })
    const furniture = () => ws.getArticle(article.id).article.nonClaims.filter((n) => n.kind === 'boilerplate').map((n) => n.text)
    // One other article holds the line; the article's own index line (its text before the edit) is not another.
    await ws.updateArticleText(article.id, `${PHOTOS}\n`)
    expect(furniture()).not.toContain(FURNITURE)
    await ws.importText({ text: PODCAST, format: 'text', sourceName: 'podcast.txt' })
    // Two others now: the edit makes it furniture, as an import would.
    await ws.updateArticleText(article.id, `${PHOTOS}\n\n`)
    expect(furniture()).toContain(FURNITURE)
    expect(ws.getArticle(article.id).claims.map((c) => c.anchor.quote.exact)).toContain('The DPRK claims to have established gender equality, but reality often doesn’t live up to the official pronouncements.')
    await ws.close()
  })

  it('short hashes of the lines are kept beside the index, not the text and not in it; the article list does not carry them', async () => {
    const ws = await Workspace.open(dir)
    const { article } = await ws.importText({ text: OPINION, format: 'text', sourceName: 'opinion.txt' })
    await ws.close()
    const index = readFileSync(join(dir, 'claimdesk.json'), 'utf8')
    expect(index).not.toContain('lineKeys')
    const beside = readFileSync(join(dir, LINE_KEYS_FILE), 'utf8')
    expect(beside).not.toContain('exclusively the authors')
    const stored = JSON.parse(beside).articles[article.id]
    expect(stored.contentHash).toBe(article.contentHash)
    expect(stored.keys).toHaveLength(4)
    expect(stored.keys.every((k: string) => /^[\w-]{8}$/.test(k))).toBe(true)
    expect('lineKeys' in article).toBe(false)
  })

  it('an index that holds the keys in its lines (written by the previous version) gives them up at open; imports still count them', async () => {
    let ws = await Workspace.open(dir)
    await ws.importText({ text: OPINION, format: 'text', sourceName: 'opinion.txt' })
    await ws.importText({ text: PODCAST, format: 'text', sourceName: 'podcast.txt' })
    await ws.close()
    const indexPath = join(dir, 'claimdesk.json')
    const older = JSON.parse(readFileSync(indexPath, 'utf8'))
    const kept = JSON.parse(readFileSync(join(dir, LINE_KEYS_FILE), 'utf8')).articles
    for (const line of older.articles) line.lineKeys = kept[line.id].keys
    writeFileSync(indexPath, JSON.stringify(older, null, 2))
    rmSync(join(dir, LINE_KEYS_FILE))

    ws = await Workspace.open(dir)
    const third = await ws.importText({ text: PHOTOS, format: 'text', sourceName: 'photos.txt' }) // no pass over the files yet
    expect(texts(ws, third.article.id)).not.toContain(FURNITURE)
    await ws.close()
    expect(readFileSync(indexPath, 'utf8')).not.toContain('lineKeys')
    expect(Object.keys(JSON.parse(readFileSync(join(dir, LINE_KEYS_FILE), 'utf8')).articles)).toHaveLength(3)
  })

  it('counts other articles, each once: two are needed', () => {
    const keysOf = (text: string) => ({ lineKeys: articleLineKeys(text) })
    expect(furnitureLines(PHOTOS, [keysOf(OPINION)])).toEqual([])
    expect(furnitureLines(PHOTOS, [keysOf(OPINION), keysOf(OPINION.replace(FURNITURE, 'Another line that is long enough to count.'))])).toEqual([])
    expect(furnitureLines(PHOTOS, [keysOf(OPINION), keysOf(PODCAST)])).toEqual([FURNITURE])
  })
  it('the same wire story from a third outlet is a copy, not furniture: every claim stays', async () => {
    // The Daily NK sample as three outlets would run it, each with its own chrome.
    const story = readFileSync(new URL('../../data/chongjin-explosion.txt', import.meta.url), 'utf8')
    const copy = (outlet: string) => `${outlet} · World news desk, republished with permission\n\n${story}\n\nRead more world news from ${outlet} every morning.\n`
    const ws = await Workspace.open(dir)
    const first = await ws.importText({ text: copy('The Seoul Herald'), format: 'text', sourceName: 'a.txt' })
    await ws.importText({ text: copy('Busan Daily'), format: 'text', sourceName: 'b.txt' })
    const third = await ws.importText({ text: copy('Gangwon Times'), format: 'text', sourceName: 'c.txt' })
    expect(texts(ws, third.article.id)).toEqual(texts(ws, first.article.id))
    expect(texts(ws, third.article.id)).toContain('Two people received serious injuries, while five received minor injuries.')
    await ws.close()
  })
})
