// Opens the HTML report in real Chromium (Debian's, via playwright-core): it must load
// with no console errors and no network request, and print to a PDF whose text
// (pdftotext) holds the summary and the claims. Screenshots go to /tmp/claimdesk-shots/
// for a human look.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chineseArticleFile, japaneseArticleFile, koreanArticleFile, sampleArticleFile } from '../core/report/__fixtures__/sample'
import { renderHtml, renderPrintHtml } from '../core/report/html'
import { prepareReport } from '../core/report/model'
import { expectCjkDrawnByEmbeddedFonts, pdfText } from './__fixtures__/pdf-cjk'
import { pdfStructure } from './__fixtures__/pdf-inspect'
import { expectTwoArticleReportStructure } from './__fixtures__/pdf-report-structure'
import { chromiumLaunchOptions, cssString, launchChromium, renderPdf } from './report-pdf'

const SHOTS = '/tmp/claimdesk-shots'
const haveChromium = existsSync(chromiumLaunchOptions().executablePath ?? '')
const text = readFileSync(new URL('../../data/chongjin-explosion.txt', import.meta.url), 'utf8')
const files = [sampleArticleFile(text), koreanArticleFile()]
const reportOptions = { reportedAt: '2026-11-24T10:00:00.000Z', reviewer: 'Kim Min-ji', organization: 'Claimdesk Desk' }
const html = renderHtml(files, reportOptions)
// What the PDF export prints: the same report with each claim in few elements (services/reports.ts).
const printHtml = renderPrintHtml(files, reportOptions)

describe('PDF footer text', () => {
  it('is a CSS string that nothing can break out of', () => {
    expect(cssString('Claim report 2026')).toBe('"Claim report 2026"')
    const hostile = cssString('a"b\\c</style><script>x</script>\n·청진')
    expect(hostile).toMatch(/^"[^"<>\n]*"$/)
    expect(hostile).toContain('\\b7 \\ccad \\c9c4 ')
  })
})

describe.skipIf(!haveChromium)('HTML report in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
    mkdirSync(SHOTS, { recursive: true })
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
  })

  it('loads with no console errors and no network request', async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 1400 } })
    const page = await context.newPage()
    const problems: string[] = []
    const requests: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`)
    })
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
    page.on('request', (r) => {
      if (!r.url().startsWith('data:')) requests.push(r.url())
    })
    await page.setContent(html, { waitUntil: 'load' })
    // A CSP violation would be reported on the console; scripts injected through the data must not run.
    expect(await page.evaluate(() => document.querySelectorAll('script').length)).toBe(0)
    expect(await page.locator('article.claim').count()).toBe(7)
    expect(await page.locator('.note').first().textContent()).toContain('<script>alert(1)</script>')
    await page.screenshot({ path: `${SHOTS}/report-html.png`, fullPage: true })
    await page.emulateMedia({ media: 'print' })
    await page.screenshot({ path: `${SHOTS}/report-html-print.png`, fullPage: true })
    await context.close()
    expect(problems).toEqual([])
    expect(requests).toEqual([])
  }, 180_000) // a loaded 2-core machine

  it('prints to a PDF holding the summary and the claims', async () => {
    const pdf = await renderPdf(printHtml, { browser, footer: 'Claim report · "청진"' })
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-')
    const path = `${SHOTS}/report.pdf`
    writeFileSync(path, pdf)
    const pdfText = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    expect(pdfText).toContain('Claim report · "청진"') // footer, from a CSS page-margin box
    expect(pdfText).toMatch(/Resting on a single anonymous source 5/)
    expect(pdfText).toMatch(/Contradicted 1/)
    expect(pdfText).toContain('Two people received serious injuries, while five received minor injuries.')
    expect(pdfText).toContain('Tried to check <script>alert(1)</script> and found nothing.')
    expect(pdfText).toMatch(/1 ?\/ ?\d+/) // page-number footer
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', path, `${SHOTS}/report-pdf`])
    expect(existsSync(`${SHOTS}/report-pdf-1.png`)).toBe(true)
  }, 180_000)

  // This machine (and CI) has no CJK font: fc-list :lang=ko prints nothing. Only fonts the
  // print page embeds can draw these; the text layer alone would pass on a page of boxes.
  it('prints Korean, Japanese and Chinese with embedded Noto Sans fonts that hold those characters', async () => {
    const cjk = renderPrintHtml([koreanArticleFile(), japaneseArticleFile(), chineseArticleFile()], { reportedAt: '2026-11-24T10:00:00.000Z', reviewer: '김민지' })
    const pdf = await renderPdf(cjk, { browser, footer: '청진 보고서' })
    const path = `${SHOTS}/report-cjk.pdf`
    writeFileSync(path, pdf)
    await expectCjkDrawnByEmbeddedFonts(pdf, path)
    expect(pdfText(path)).toContain('청진 보고서') // the footer, a CSS page-margin box
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', path, `${SHOTS}/report-cjk`])
  }, 180_000) // one print with three web fonts; minutes on a loaded 2-core machine

  it('is tagged, in English, titled after its articles, with an outline of articles and claims', async () => {
    const pdf = await renderPdf(printHtml, { browser })
    const path = `${SHOTS}/report-outline.pdf`
    writeFileSync(path, pdf)
    const { catalog } = await expectTwoArticleReportStructure(pdf, path, prepareReport(files, reportOptions), ['H1', 'H2', 'H3', 'P', 'Table'])
    expect(catalog['/MarkInfo']).toMatchObject({ '/Marked': true })

    const single = await pdfStructure(await renderPdf(renderPrintHtml([files[1]], { reportedAt: '2026-11-24T10:00:00.000Z', reviewer: 'x' }), { browser }))
    expect(single.title).toBe('청진 폭발, "부상자 7명"')
  }, 180_000) // two tagged prints

  it('aborts any request a report might make', async () => {
    const hostile = '<!doctype html><html><head><link rel="stylesheet" href="https://example.org/x.css"></head><body><img src="https://example.org/x.png">ok</body></html>'
    const pdf = await renderPdf(hostile, { browser })
    expect(pdf.byteLength).toBeGreaterThan(500)
  })
})
