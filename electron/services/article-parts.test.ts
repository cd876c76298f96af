import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sampleWorkspaces } from './__fixtures__/sample-workspaces'
import { claimPage, openArticleInParts, textPart } from './article-parts'
import { deleteClaim } from './claim-edits'

const workspaces = sampleWorkspaces('claimdesk-parts-')

describe('opening an article in parts', () => {
  it('gives the article with its first claims, and the rest page by page, adding up to the whole file', async () => {
    const ws = await workspaces.open(join(workspaces.dir, 'ws'))
    const [{ id }] = ws.listArticles()
    const whole = ws.getArticle(id)
    const opening = await openArticleInParts(ws, id, 5)
    expect(opening.article).toEqual(whole.article)
    expect(opening.claims).toEqual(whole.claims.slice(0, 5))
    expect(opening.claimCount).toBe(whole.claims.length)
    const claims = [...opening.claims]
    while (claims.length < opening.claimCount) {
      const page = claimPage(ws, id, claims.length, 4)
      expect(page.from).toBe(claims.length)
      expect(page.claimCount).toBe(opening.claimCount)
      expect(page.claims.length).toBeGreaterThan(0)
      claims.push(...page.claims)
    }
    expect(claims).toEqual(whole.claims)
    expect(claimPage(ws, id, claims.length, 4).claims).toEqual([])
  })

  it("a page's claim count says when the article changed since it was opened", async () => {
    const ws = await workspaces.open(join(workspaces.dir, 'ws'))
    const [{ id }] = ws.listArticles()
    const opening = await openArticleInParts(ws, id, 5)
    await deleteClaim(ws, id, opening.claims[0].id)
    expect(claimPage(ws, id, 5, 4).claimCount).toBe(opening.claimCount - 1)
  })

  it('gives the start of the text (to a line end, past its first claims), and the rest part by part', async () => {
    const ws = await workspaces.open(join(workspaces.dir, 'ws'))
    const [{ id }] = ws.listArticles()
    const whole = ws.getArticle(id)
    const { text } = whole.article
    const opening = await openArticleInParts(ws, id, 3, 200)
    expect(opening.textLength).toBe(text.length)
    const start = opening.article.text
    expect(start.length).toBeLessThan(text.length)
    expect(text.startsWith(start)).toBe(true)
    expect(start.endsWith('\n')).toBe(true)
    expect(start.length).toBeGreaterThanOrEqual(Math.max(200, ...opening.claims.map((c) => c.anchor.position.end)))
    expect({ ...opening.article, text }).toEqual(whole.article)
    let rest = start
    while (rest.length < text.length) {
      const part = textPart(ws, id, rest.length, 500)
      expect(part).toMatchObject({ from: rest.length, textLength: text.length })
      expect(part.text.length).toBeGreaterThan(0)
      rest += part.text
    }
    expect(rest).toBe(text)
    // A short text, or a large first part, is whole in the opening.
    expect((await openArticleInParts(ws, id, 3, text.length + 10)).article.text).toBe(text)
  })
})
