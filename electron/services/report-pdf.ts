// Prints an HTML claim report to PDF with headless Chromium (playwright-core), for
// the CLI and tests; the Electron app prints with webContents.printToPDF instead.
// The page gets no network: every request is aborted, JavaScript is off, the
// context is offline. The report is self-contained, so nothing is lost.
import type { Browser, LaunchOptions } from 'playwright-core'

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
  return { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS }
}

export async function launchChromium(): Promise<Browser> {
  // Imported lazily: only PDF export needs a browser, and the app does not ship playwright-core.
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
  timeoutMs?: number
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** Renders `html` (a self-contained report) to PDF bytes. */
export async function renderPdf(html: string, options: PdfOptions = {}): Promise<Uint8Array> {
  const browser = options.browser ?? (await launchChromium())
  const timeout = options.timeoutMs ?? 120_000
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true, serviceWorkers: 'block' })
    try {
      const page = await context.newPage()
      page.setDefaultTimeout(timeout)
      await page.route('**/*', (route) => route.abort('blockedbyclient'))
      await page.setContent(html, { waitUntil: 'load', timeout })
      await page.emulateMedia({ media: 'print' })
      const footer = escapeHtml(options.footer ?? '')
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate:
          `<div style="font: 8px sans-serif; color: #5f6368; width: 100%; padding: 0 14mm; display: flex; justify-content: space-between;">` +
          `<span>${footer}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
      })
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength)
    } finally {
      await context.close()
    }
  } finally {
    if (!options.browser) await browser.close()
  }
}
