// HTML report → PDF with Electron's own printToPDF, in a hidden window that runs no
// script and, through its own session, can load nothing but the report itself.
import { BrowserWindow, session } from 'electron'
import { PRINT_VIEWPORT, structuredPdf } from '../core/report/print'
import { printPage } from '../services/print-page'

const PDF_PARTITION = 'claimdesk-pdf'
let sessionReady = false

function pdfSession() {
  const pdf = session.fromPartition(PDF_PARTITION, { cache: false })
  if (!sessionReady) {
    pdf.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !details.url.startsWith('data:') }))
    pdf.setPermissionRequestHandler((_wc, _p, callback) => callback(false))
    sessionReady = true
  }
  return pdf
}

export async function printHtmlToPdf(html: string, signal?: AbortSignal, footer?: string, pageRanges?: string): Promise<Uint8Array> {
  const window = new BrowserWindow({
    show: false,
    ...PRINT_VIEWPORT,
    webPreferences: {
      session: pdfSession(),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      disableBlinkFeatures: 'Auxclick',
    },
  })
  // Cancelling destroys the window, which makes printToPDF give up.
  const onAbort = () => window.destroy()
  signal?.addEventListener('abort', onAbort, { once: true })
  try {
    await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(printPage(html, footer), 'utf8').toString('base64')}`)
    // Tagged (structure tree, /Lang) with an outline from the headings, as the Chromium path (services/report-pdf.ts).
    const pdf = await window.webContents.printToPDF({
      printBackground: true,
      preferCSSPageSize: true,
      generateTaggedPDF: structuredPdf(html),
      generateDocumentOutline: structuredPdf(html),
      ...(pageRanges ? { pageRanges } : {}),
    })
    return new Uint8Array(pdf)
  } finally {
    signal?.removeEventListener('abort', onAbort)
    if (!window.isDestroyed()) window.destroy()
  }
}
