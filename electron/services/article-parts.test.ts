import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sampleWorkspaces } from './__fixtures__/sample-workspaces'
import { claimPage, openArticleInParts } from './article-parts'
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
})
