// Prints an HTML claim report to PDF with headless Chromium (playwright-core), for
// the CLI and tests; the Electron app prints with webContents.printToPDF instead.
// The page gets no network: every request is aborted, JavaScript is off, the
// context is offline. The report is self-contained, so nothing is lost.
import type { Browser, LaunchOptions } from 'playwright-core'
import { PRINT_VIEWPORT, structuredPdf } from '../core/report/print'
import { findChromium, noChromiumMessage } from './chromium-path'
import { printPage } from './print-page'

export { cssString } from './print-page'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export function chromiumLaunchOptions(): LaunchOptions {
  return { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS }
}

export async function launchChromium(): Promise<Browser> {
  if (!findChromium()) throw new Error(noChromiumMessage())
  // Imported lazily: only PDF export needs a browser (the app prints with Electron's own).
  const { chromium } = await import('playwright-core')
  try {
    return await chromium.launch(chromiumLaunchOptions())
  } catch (error) {
    const path = chromiumLaunchOptions().executablePath
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new Error(`cannot start Chromium at ${path} for PDF export (set CHROMIUM_PATH): ${reason}`)
  }
}

export interface PdfOptions {
  /** Reuse a running browser (the benchmark and tests); otherwise one is launched and closed. */
  browser?: Browser
  /** Footer text left of the page number, e.g. the report title. */
  footer?: string
  /** Only these pages ("1-2"); the layout is still the whole report's, so page numbers count every page. */
  pageRanges?: string
  timeoutMs?: number
}

// The report is served to the page from this address by the route handler below (the
// body streams through Chromium's HTML parser, which is much faster for a multi-megabyte
// report than page.setContent's document.write); every other request is aborted.
const REPORT_URL = 'http://claimdesk.invalid/report.html'


/**
 * Renders `html` (a self-contained report) to PDF bytes. Page numbers come from the
 * report's CSS page-margin boxes, not from Chromium's header/footer templates, which
 * cost a separate document layout per page (half the time of a 1,000-page print).
 */
export async function renderPdf(html: string, options: PdfOptions = {}): Promise<Uint8Array> {
  const browser = options.browser ?? (await launchChromium())
  const timeout = options.timeoutMs ?? 120_000
  const body = printPage(html, options.footer)
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true, serviceWorkers: 'block', viewport: PRINT_VIEWPORT })
    try {
      const page = await context.newPage()
      page.setDefaultTimeout(timeout)
      await page.route('**/*', (route) =>
        route.request().url() === REPORT_URL && route.request().isNavigationRequest()
          ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body })
          : route.abort('blockedbyclient'),
      )
      await page.emulateMedia({ media: 'print' })
      await page.goto(REPORT_URL, { waitUntil: 'load', timeout })
      // Tagged (a structure tree, /Lang from <html lang>) with an outline from the headings, as Electron's printToPDF in main/pdf.ts.
      const structured = structuredPdf(html)
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: structured, outline: structured, pageRanges: options.pageRanges })
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength)
    } finally {
      await context.close()
    }
  } finally {
    if (!options.browser) await browser.close()
  }
}
