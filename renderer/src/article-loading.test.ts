import { afterEach, describe, expect, it } from 'vitest'
import type { ArticleFile, Claim } from '../../electron/core/schema'
import { CLAIM_PAGE, FIRST_CLAIMS, readArticleInParts, TEXT_PART } from './article-loading'

// A stand-in for main's articles.open / textPart / claimPage / get over one article, recording the calls.
function fakeMain(count: number, textLength = 100, firstText = textLength) {
  const claims = Array.from({ length: count }, (_, i) => ({ id: `c${i}` }) as Claim)
  const text = Array.from({ length: textLength }, (_, i) => String.fromCharCode(97 + (i % 26))).join('')
  const file = { schemaVersion: 1, article: { id: 'a1', title: 'Long', text }, claims } as unknown as ArticleFile
  const calls: string[] = []
  const articles = {
    open: async (_id: string, first: number) => (
      calls.push(`open ${first}`),
      { ...file, article: { ...file.article, text: text.slice(0, firstText) }, claims: file.claims.slice(0, first), claimCount: file.claims.length, textLength }
    ),
    textPart: async (_id: string, from: number, n: number) => (calls.push(`text ${from}`), { from, text: text.slice(from, from + n), textLength }),
    claimPage: async (_id: string, from: number, n: number) => (
      calls.push(`page ${from}`), { from, claims: file.claims.slice(from, from + n), claimCount: file.claims.length }
    ),
    get: async () => (calls.push('get'), { ...file }),
  }
  ;(globalThis as unknown as { window: unknown }).window = { api: { articles } }
  return { file, calls }
}
afterEach(() => delete (globalThis as { window?: unknown }).window)

describe('readArticleInParts', () => {
  it('shows the first claims at once, then each page as it arrives, and ends with every claim in text order', async () => {
    const main = fakeMain(FIRST_CLAIMS + 2 * CLAIM_PAGE + 7)
    const parts: [number, number, boolean][] = []
    const whole = await readArticleInParts('a1', { isCurrent: () => true, onPart: (f, l) => parts.push([f.claims.length, l.of, l.complete]) })
    expect(whole).toEqual(main.file)
    const total = main.file.claims.length
    expect(parts).toEqual([
      [FIRST_CLAIMS, total, false],
      [FIRST_CLAIMS + CLAIM_PAGE, total, false],
      [FIRST_CLAIMS + 2 * CLAIM_PAGE, total, false],
      [total, total, true],
    ])
    expect(main.calls).toEqual([`open ${FIRST_CLAIMS}`, `page ${FIRST_CLAIMS}`, `page ${FIRST_CLAIMS + CLAIM_PAGE}`, `page ${FIRST_CLAIMS + 2 * CLAIM_PAGE}`])
  })

  it('a short article is one answer, shown once, complete', async () => {
    const main = fakeMain(17)
    const parts: boolean[] = []
    await readArticleInParts('a1', { isCurrent: () => true, onPart: (_f, l) => parts.push(l.complete) })
    expect(parts).toEqual([true])
    expect(main.calls).toEqual([`open ${FIRST_CLAIMS}`])
  })

  it('reads the article whole when it changed between pages, and stops when another article is opened', async () => {
    const main = fakeMain(FIRST_CLAIMS + 10)
    const api = (globalThis as unknown as { window: { api: { articles: { claimPage: (...a: [string, number, number]) => Promise<unknown> } } } }).window.api.articles
    const page = api.claimPage
    api.claimPage = async (...args) => ({ ...((await page(...args)) as object), claimCount: 3 })
    const whole = await readArticleInParts('a1', { isCurrent: () => true, onPart: () => undefined })
    expect(whole?.claims).toEqual(main.file.claims)
    expect(main.calls.at(-1)).toBe('get')

    let current = true
    const shown: number[] = []
    const stopped = await readArticleInParts('a1', { isCurrent: () => current, onPart: (f) => ((current = false), shown.push(f.claims.length)) })
    expect(stopped).toBeNull()
    expect(shown).toEqual([FIRST_CLAIMS])
  })

  it('brings the rest of the text before the rest of the claims, part by part, and says when the text is whole', async () => {
    const total = 2 * TEXT_PART + 500
    const main = fakeMain(FIRST_CLAIMS + 5, total, 1000)
    const parts: [number, number, boolean, boolean][] = []
    const whole = await readArticleInParts('a1', {
      isCurrent: () => true,
      onPart: (f, l) => parts.push([f.article.text.length, f.claims.length, l.textComplete, l.complete]),
    })
    expect(whole).toEqual(main.file)
    expect(main.calls).toEqual([`open ${FIRST_CLAIMS}`, 'text 1000', `text ${1000 + TEXT_PART}`, `page ${FIRST_CLAIMS}`])
    expect(parts).toEqual([
      [1000, FIRST_CLAIMS, false, false],
      [1000 + TEXT_PART, FIRST_CLAIMS, false, false],
      [total, FIRST_CLAIMS, true, false],
      [total, FIRST_CLAIMS + 5, true, true],
    ])
  })

  it('reads the article whole when its text changed length between parts', async () => {
    const main = fakeMain(3, 3 * TEXT_PART, 10)
    const api = (globalThis as unknown as { window: { api: { articles: { textPart: (...a: [string, number, number]) => Promise<unknown> } } } }).window.api.articles
    const part = api.textPart
    api.textPart = async (...args) => ({ ...((await part(...args)) as object), textLength: 5 })
    const whole = await readArticleInParts('a1', { isCurrent: () => true, onPart: () => undefined })
    expect(whole).toEqual(main.file)
    expect(main.calls).toEqual([`open ${FIRST_CLAIMS}`, 'text 10', 'get'])
  })
})
