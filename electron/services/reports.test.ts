import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { existsSync } from 'node:fs'
import { PDFDocument, PDFName } from 'pdf-lib'
import { pdfStructureNotice } from '../core/report/print'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { chromiumLaunchOptions, renderPdf } from './report-pdf'
import { printedStructure, renderWorkspaceReport, type ReportStage } from './reports'
import { openWithSample } from './seed'
import { Workspace } from './workspace'
import { writeWorkspace } from '../../bench/generate-workspace'
import { pdfStructure } from './__fixtures__/pdf-inspect'
import { renderPrintHtml } from '../core/report'
import { structuredPdf } from '../core/report/print'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimdesk-reports-'))
})
// Closed before their folder goes: an open workspace writes its indexes in the background after its build.
let opened: Workspace[] = []
afterEach(async () => {
  for (const ws of opened) await ws.close().catch(() => undefined)
  opened = []
  rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 })
})

const open = async () => {
  const ws = await openWithSample(() => Workspace.open(dir), resolve(__dirname, '../../data'))
  opened.push(ws)
  return ws
}

describe('renderWorkspaceReport', () => {
  it('exports ClaimReview with the publisher settings, the headline claim, and what it left out', async () => {
    const ws = await open()
    const id = ws.listArticles()[0].id
    const [first, second] = ws.getArticle(id).claims
    await ws.updateClaim(id, first.id, 'corroboration', 'contradicted')
    await ws.updateClaim(id, first.id, 'headline', '  Chongjin factory blast  ')
    const publisher = { organisationName: 'NK Fact Desk', url: 'https://factcheck.example.org/', logoUrl: null, factCheckUrlPattern: 'https://factcheck.example.org/{article}/{claim}' }
    const report = await renderWorkspaceReport(ws, { format: 'claimreview', articles: [id] }, async () => new Uint8Array(), { publisher })
    const [review, ...rest] = JSON.parse(report.contents as string)
    expect(rest).toEqual([])
    expect(review).toMatchObject({ url: `https://factcheck.example.org/${id}/${first.id}`, author: { name: 'NK Fact Desk' }, itemReviewed: { name: 'Chongjin factory blast' } })
    expect(report.omitted?.some((o) => o.claimId === second.id && o.reason === 'unreviewed')).toBe(true)
    const without = await renderWorkspaceReport(ws, { format: 'claimreview', articles: [id] }, async () => new Uint8Array())
    expect(JSON.parse(without.contents as string)).toEqual([])
    expect(without.omitted?.find((o) => o.claimId === first.id)?.reason).toBe('no-review-url')
  })

  it('renders one article with a name from its title, and reports its stages', async () => {
    const ws = await open()
    const id = ws.listArticles()[0].id
    const stages: ReportStage[] = []
    const report = await renderWorkspaceReport(ws, { format: 'md', articles: [id] }, async () => new Uint8Array(), {
      onStage: (s) => stages.push(s),
      now: new Date('2026-11-25T10:00:00Z'),
    })
    expect(report.suggestedName).toBe('claim-report-explosion-at-chongjin-chemical-factory-reportedly-injures-2026-11-25.md')
    expect(report.contents).toContain('Jong So Yong')
    expect(stages).toEqual(['rendering'])
  })

  it('a cancelled PDF export rejects at once and yields nothing', async () => {
    const ws = await open()
    const controller = new AbortController()
    let printed = false
    const slowPdf = () =>
      new Promise<Uint8Array>((done) =>
        setTimeout(() => {
          printed = true
          done(new Uint8Array([1]))
        }, 2000),
      )
    const stages: ReportStage[] = []
    const running = renderWorkspaceReport(ws, { format: 'pdf', articles: 'all' }, slowPdf, {
      signal: controller.signal,
      onStage: (s) => {
        stages.push(s)
        if (s === 'printing to PDF') controller.abort()
      },
    })
    await expect(running).rejects.toMatchObject({ code: 'cancelled' })
    expect(printed).toBe(false)
    expect(stages).toEqual(['rendering', 'printing to PDF'])
  })

  it('refuses an empty article selection and an unknown article', async () => {
    const ws = await open()
    const pdf = async () => new Uint8Array()
    await expect(renderWorkspaceReport(ws, { format: 'csv', articles: [] }, pdf)).rejects.toThrow(/at least one article/)
    await expect(renderWorkspaceReport(ws, { format: 'csv', articles: ['a-missing'] }, pdf)).rejects.toThrow(/No article/)
  })

  it.skipIf(!existsSync(chromiumLaunchOptions().executablePath ?? ''))('a PDF export is printed tagged, with bookmarks, and says so', async () => {
    const ws = await open()
    const report = await renderWorkspaceReport(ws, { format: 'pdf', articles: 'all' }, (html, _signal, footer) => renderPdf(html, { footer }))
    expect(report.pdf).toEqual({ tagged: true, outline: true })
    expect(report.notice).toBeUndefined()
    const doc = await PDFDocument.load(report.contents as Uint8Array, { updateMetadata: false })
    expect(doc.catalog.has(PDFName.of('StructTreeRoot'))).toBe(true)
    expect(doc.catalog.has(PDFName.of('Outlines'))).toBe(true)
  }, 180_000) // one tagged print on a loaded 2-core machine

  // Chromium stops making progress tagging between 2,000 and 5,000 claims (core/report/print.ts);
  // such a report used to come out untagged, without bookmarks. Now it is written by pdfkit.
  it('a PDF export of 3,000 claims is tagged, in English, titled, with a bookmark for every claim', async () => {
    writeWorkspace(dir, 10, 300)
    const ws = await Workspace.open(dir)
    try {
      const files = await Promise.all(ws.listArticles().map((a) => ws.loadArticle(a.id)))
      const listed = files.reduce((n, f) => n + f.claims.filter((c) => c.state === 'active').length, 0)
      expect(listed).toBe(3000)
      const now = new Date('2026-11-25T10:00:00Z')
      // Too large for Chromium to tag: it would have printed it untagged.
      expect(structuredPdf(renderPrintHtml(files, { reportedAt: now.toISOString(), reviewer: 'x' }))).toBe(false)
      const report = await renderWorkspaceReport(ws, { format: 'pdf', articles: 'all' }, async () => {
        throw new Error('Chromium cannot tag a report this large')
      }, { now })
      expect(report.pdf).toEqual({ tagged: true, outline: true })
      expect(report.notice).toBeUndefined()
      const structure = await pdfStructure(report.contents as Uint8Array)
      expect(structure.tagged).toBe(true)
      expect(structure.lang).toBe('en')
      expect(structure.title).toBe('Claim report: 10 articles')
      for (const type of ['H1', 'H2', 'H3', 'P', 'BlockQuote']) expect(structure.structureTypes, type).toContain(type)
      const [top] = structure.outline
      expect(top.children.slice(0, 2).map((c) => c.title)).toEqual(['Summary', 'Contents'])
      // Then the related-claims sections, when the related engine links claims across these articles.
      const articles = top.children.slice(2, 2 + files.length)
      for (const after of top.children.slice(2 + files.length)) expect(['Conflicting reports', 'Also reported in']).toContain(after.title)
      expect(articles.map((a) => a.title)).toEqual(files.map((f, i) => `${i + 1}. ${f.article.title}`))
      expect(articles.reduce((n, a) => n + a.children.length, 0)).toBe(3000)
      expect(articles[0].children[0].title).toMatch(/^Claim 1 (Unreviewed|Unverified|Corroborated|Partly corroborated|Contradicted|Unverifiable)$/)
    } finally {
      await ws.close()
    }
  }, 180_000) // a 3,000-claim PDF on a loaded 2-core machine

  it('reads from the bytes when a PDF has no tags or bookmarks, and then says why', async () => {
    const doc = await PDFDocument.create()
    doc.addPage()
    const plain = await doc.save()
    expect(printedStructure(plain)).toEqual({ tagged: false, outline: false })
    const notice = pdfStructureNotice(printedStructure(plain), 10_000)
    expect(notice).toMatch(/^This PDF of 10000 claims is not tagged \(screen readers cannot follow its structure\) and has no bookmarks: /)
    expect(notice).toContain('export fewer articles or filter the claims')
    expect(pdfStructureNotice({ tagged: true, outline: true }, 5)).toBeNull()
  })
})
