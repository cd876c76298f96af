// The export preview prints only the page it shows: one page, the same as the full export's
// first. Real Chromium (Debian's) and poppler's tools.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { previewPdf } from './pdf-preview'
import { chromiumLaunchOptions, launchChromium, renderPdf } from './report-pdf'
import { renderWorkspaceReport, type PdfRenderer } from './reports'
import { openWithSample } from './seed'
import { Workspace } from './workspace'

const DATA = resolve(__dirname, '../../data')
const haveChromium = existsSync(chromiumLaunchOptions().executablePath ?? '')

describe.skipIf(!haveChromium)('PDF preview', () => {
  let browser: Browser
  let dir: string
  beforeAll(async () => {
    browser = await launchChromium()
    dir = mkdtempSync(join(tmpdir(), 'claimdesk-pdf-preview-'))
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
    rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 })
  })

  const pdfText = (bytes: Uint8Array, name: string) => {
    const path = join(process.env.KEEP_PDF_DIR ?? dir, name)
    writeFileSync(path, bytes)
    return { pages: Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]), text: execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }) }
  }

  it('prints the first page only: the same page the export prints first', async () => {
    const ws = await openWithSample(() => Workspace.open(join(dir, 'ws')), DATA)
    const asked: (string | undefined)[] = []
    const print: PdfRenderer = (html, _signal, footer, pageRanges) => (asked.push(pageRanges), renderPdf(html, { browser, footer, pageRanges }))
    const request = { format: 'pdf' as const, articles: 'all' as const }
    const preview = pdfText(Buffer.from(await previewPdf(ws, request, print, null), 'base64'), 'preview.pdf')
    const whole = await renderWorkspaceReport(ws, request, print)
    const exported = pdfText(whole.contents as Uint8Array, 'export.pdf')
    await ws.close()
    expect(asked).toEqual(['1', undefined])
    expect(exported.pages).toBeGreaterThan(1)
    expect(preview.pages).toBe(1)
    // The two prints read the clock apart (a minute may turn between them): compare without the time.
    const page1 = (text: string) => text.split('\f')[0].replace(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/g, '<time>')
    expect(page1(preview.text)).toBe(page1(exported.text))
  }, 120_000)
})
