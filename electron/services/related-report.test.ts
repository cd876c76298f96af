// Every report format carries the related claims and the conflicting figures (issue 12).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderWorkspaceReport } from './reports'
import { Workspace } from './workspace'

const FIXTURES = join(__dirname, '__fixtures__/related')
const noPdf = async () => new Uint8Array()
let dir: string
let ws: Workspace
const ids: Record<string, string> = {}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'claimdesk-related-report-'))
  ws = await Workspace.open(dir)
  for (const name of readdirSync(FIXTURES).sort()) ids[name.replace(/\.md$/, '')] = (await ws.importFile(join(FIXTURES, name))).article.id
})
afterAll(async () => {
  await ws.close()
  rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 })
})

const text = async (format: 'html' | 'csv' | 'json' | 'annotations', articles: string[] | 'all' = 'all') =>
  String((await renderWorkspaceReport(ws, { format, articles }, noPdf, { now: new Date('2026-03-05T00:00:00Z') })).contents)

describe('related claims in reports', () => {
  it('HTML (and so PDF) has a "Conflicting reports" section in words and an "Also reported in" list', async () => {
    const html = await text('html')
    expect(html).toContain('<h2 id="conflicts-title">Conflicting reports</h2>')
    expect(html).toMatch(/⚠ Conflicting figures<\/strong> for dead: [^<]*at least 12 \(Global Wire\)/)
    expect(html).toContain('<h2 id="related-title">Also reported in</h2>')
    expect(html).toContain('Valdoria Courier')
  })

  it('CSV adds two columns: the linked claims and the conflicting figures', async () => {
    const lines = (await text('csv')).replace(/^\uFEFF/, '').split('\r\n')
    const header = lines[0].split(',')
    expect(header.slice(-2)).toEqual(['related_claims', 'conflicting_figures'])
    const wireRow = lines.find((l) => l.includes('At least 12 people'))!
    expect(wireRow).toContain(`${ids.local}/`)
    expect(wireRow).toMatch(/dead: at least 12 \(Global Wire\)/)
  })

  it('the JSON export keeps every article and adds the links and conflicts by claim', async () => {
    const doc = JSON.parse(await text('json'))
    expect(doc.articles).toHaveLength(5)
    const wire = ws.getArticle(ids.wire).claims.find((c) => c.anchor.quote.exact.includes('At least 12'))!
    const entry = doc.related[`${ids.wire}/${wire.id}`]
    expect(entry.linked.map((l: { articleId: string }) => l.articleId).sort()).toEqual([ids.local, ids['agencia-1'], ids['agencia-2']].sort())
    expect(entry.conflicts.map((c: { quantity: string }) => c.quantity)).toEqual(['dead', 'injured'])
  })

  it('Web Annotations add a linking annotation from the claim to each report of the same fact', async () => {
    const doc = JSON.parse(await text('annotations'))
    const linking = doc.first.items.filter((a: { motivation: string }) => a.motivation === 'linking')
    expect(linking.length).toBeGreaterThanOrEqual(3)
    expect(linking[0].body[0]).toEqual({ id: expect.stringMatching(/^urn:claimdesk:article:/), type: 'SpecificResource' })
    expect(linking[0].target.selector[0].type).toBe('TextQuoteSelector')
  })

  it('a report on an article with no related claims is unchanged: no section, no extra columns', async () => {
    const html = await text('html', [ids.other])
    expect(html).not.toContain('Conflicting reports')
    expect((await text('csv', [ids.other])).split('\r\n')[0]).not.toContain('related_claims')
  })
})
