import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { main } from '../cli/index'
import { Workspace } from './workspace'

const FIXTURES = join(__dirname, '__fixtures__/related')
let dir: string

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimdesk-related-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }))

async function workspaceWithFixtures(): Promise<{ ws: Workspace; ids: Record<string, string> }> {
  const ws = await Workspace.open(dir)
  const ids: Record<string, string> = {}
  for (const name of readdirSync(FIXTURES).sort()) {
    const { article } = await ws.importFile(join(FIXTURES, name))
    ids[name.replace(/\.md$/, '')] = article.id
  }
  return { ws, ids }
}

function claimWith(ws: Workspace, articleId: string, words: string) {
  const claim = ws.getArticle(articleId).claims.find((c) => c.anchor.quote.exact.includes(words))
  if (!claim) throw new Error(`no claim with "${words}"`)
  return claim
}

// Each test starts the worker through tsx and waits for its build: 20–30 s at load average 30 on 2
// cores (three hit the default 30 s there), so these get more room. Nothing here asserts a duration.
describe('related claims', { timeout: 120_000 }, () => {
  it('links the same fact across articles and languages, not a different event, and flags the conflicting figures', async () => {
    const { ws, ids } = await workspaceWithFixtures()
    const groups = await ws.related().groups()
    const toll = `${ids.wire}/${claimWith(ws, ids.wire, 'At least 12').id}`
    const tolls = groups.find((g) => g.claims.includes(toll))!
    expect(tolls.claims.map((k) => k.split('/')[0]).sort()).toEqual([ids.wire, ids.local, ids['agencia-1'], ids['agencia-2']].sort())
    expect(groups.flatMap((g) => g.claims).some((k) => k.startsWith(ids.other))).toBe(false)
    const kinds = tolls.disagreements.map((d) => [d.quantity, d.kind])
    expect(kinds).toEqual([
      ['dead', 'conflict'],
      ['injured', 'conflict'],
    ])
    const dead = tolls.disagreements[0].values.map((v) => [v.value, v.bound]).sort()
    expect(dead).toEqual([[12, 'at-least'], [12, 'exact'], [15, 'at-least'], [15, 'exact']].sort())
    await ws.close()
  })

  it('stores a rejection on the claim, drops the link from the group, and keeps it after reopening', async () => {
    const { ws, ids } = await workspaceWithFixtures()
    const related = ws.related()
    const wire = claimWith(ws, ids.wire, 'At least 12')
    const local = claimWith(ws, ids.local, 'Twelve people')
    await related.whenReady()
    const before = await related.alsoReported(ids.wire, wire.id)
    expect(before.related.map((r) => [r.articleId, r.status])).toContainEqual([ids.local, 'suggested'])
    const { claim, alsoReported } = await related.decide(ids.wire, wire.id, { articleId: ids.local, claimId: local.id }, 'rejected', '2026-03-04T10:00:00.000Z')
    expect(claim.related).toEqual([{ articleId: ids.local, claimId: local.id, status: 'rejected', at: '2026-03-04T10:00:00.000Z' }])
    expect(claim.history.at(-1)?.field).toBe('related')
    expect(alsoReported.related.find((r) => r.articleId === ids.local)?.status).toBe('rejected')
    expect((await related.groups()).some((g) => g.claims.includes(`${ids.wire}/${wire.id}`) && g.claims.includes(`${ids.local}/${local.id}`))).toBe(false)
    await ws.close()

    const reopened = await Workspace.open(dir)
    await reopened.related().whenReady()
    const again = await reopened.related().alsoReported(ids.wire, wire.id)
    expect(again.related.find((r) => r.articleId === ids.local)?.status).toBe('rejected')
    await reopened.undo()
    expect((await reopened.related().alsoReported(ids.wire, wire.id)).related.find((r) => r.articleId === ids.local)?.status).toBe('suggested')
    await reopened.close()
  })

  it('links an article as it is imported: the import service tells the worker, nothing else is called', async () => {
    const ws = await Workspace.open(dir)
    ws.startIndexing() // as the app does once the workspace is open
    await ws.related().whenReady()
    const ids: Record<string, string> = {}
    for (const name of ['wire', 'local', 'other']) ids[name] = (await ws.importFile(join(FIXTURES, `${name}.md`))).article.id
    const wire = claimWith(ws, ids.wire, 'At least 12')
    const seen = await ws.related().alsoReported(ids.wire, wire.id)
    expect(seen.complete).toBe(true)
    expect(seen.related.map((r) => r.articleId)).toEqual([ids.local])
    expect(seen.related[0]).toMatchObject({ outlet: 'Valdoria Courier', status: 'suggested', independence: { independent: true } })
    await ws.removeArticle(ids.local)
    expect((await ws.related().alsoReported(ids.wire, wire.id)).related).toEqual([])
    await ws.close()
  })

  it('adds a linked claim as evidence in one step, judging independence from outlets and cited sources', async () => {
    const { ws, ids } = await workspaceWithFixtures()
    const related = ws.related()
    await related.whenReady()
    const first = claimWith(ws, ids['agencia-1'], 'quince')
    const second = claimWith(ws, ids['agencia-2'], '15 muertos')
    const local = claimWith(ws, ids.local, 'Twelve people')
    // Same outlet (and both cite civil protection): not independent, and the evidence says so.
    const same = await related.addAsEvidence(ids['agencia-1'], first.id, { articleId: ids['agencia-2'], claimId: second.id })
    const item = same.claim.evidence.at(-1)!
    expect(item).toMatchObject({ independent: false, stance: 'supports' })
    expect(item.note).toMatch(/^Not independent/)
    expect(item.citation).toContain('Agencia Sur')
    expect(same.alsoReported.related.find((r) => r.claimId === second.id)?.status).toBe('confirmed')
    // Twelve killed against at least fifteen: the figures conflict, so the evidence contradicts.
    const other = await related.addAsEvidence(ids['agencia-1'], first.id, { articleId: ids.local, claimId: local.id })
    expect(other.claim.evidence.at(-1)).toMatchObject({ independent: true, stance: 'contradicts' })
    await expect(related.addAsEvidence(ids['agencia-1'], first.id, { articleId: ids.other, claimId: ws.getArticle(ids.other).claims[0].id })).rejects.toThrow(/not linked/)
    await ws.close()
  })

  it('gives the same groups run after run', async () => {
    const { ws } = await workspaceWithFixtures()
    const first = JSON.stringify(await ws.related().groups())
    await ws.close()
    const again = await Workspace.open(dir)
    const second = JSON.stringify(await again.related().groups())
    expect(second).toBe(first)
    await again.close()
  })

  it('claimdesk related --json prints the groups and their conflicts', async () => {
    const { ws, ids } = await workspaceWithFixtures()
    await ws.close()
    let stdout = ''
    const code = await main(['related', '--workspace', dir, '--json'], { stdout: (s) => (stdout += s), stderr: () => undefined })
    expect(code).toBe(0)
    const doc = JSON.parse(stdout)
    expect(doc.groups.length).toBeGreaterThanOrEqual(1)
    const group = doc.groups.find((g: { claims: { articleId: string; text: string }[] }) => g.claims.some((c) => c.articleId === ids.wire && c.text.includes('At least 12')))
    for (const c of group.claims) expect(Object.keys(c)).toEqual(expect.arrayContaining(['articleId', 'claimId', 'text']))
    expect(group.conflicts.map((c: { quantity: string }) => c.quantity)).toEqual(['dead', 'injured'])
    expect(group.conflicts[0].values[0]).toEqual(expect.objectContaining({ value: expect.any(Number), claimId: expect.any(String) }))
    const seen = doc.groups.flatMap((g: { claims: { claimId: string }[] }) => g.claims.map((c) => c.claimId))
    expect(new Set(seen).size).toBe(seen.length)
  })
})
