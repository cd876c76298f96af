// The first page of the PDF the export would write, drawn by pdf.js into a canvas: the real
// page (fonts, page size, margins, footer), not the HTML it was printed from. pdf.js loads
// only when a PDF is previewed; its worker comes from the app itself (script-src 'self'
// covers workers), it gets the bytes directly (nothing is fetched; the PDF embeds its
// fonts) and pdf.js 6 evaluates no code, so the window's CSP stays as strict as it was.
import { useEffect, useRef, useState } from 'react'
import { t } from '../i18n'
import { errorText } from '../i18n/messages'

/** CSS pixels the page is drawn at across; the preview box scrolls if it is narrower. */
const PAGE_WIDTH = 560

function decodeBase64(text: string): Uint8Array {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

async function loadPdfJs() {
  const pdfjs = await import('pdfjs-dist')
  if (!pdfjs.GlobalWorkerOptions.workerPort) {
    pdfjs.GlobalWorkerOptions.workerPort = new Worker(new URL('pdfjs-dist/build/pdf.worker.min.mjs', import.meta.url), { type: 'module' })
  }
  return pdfjs
}

export function PdfFirstPage({ base64, onError }: { base64: string; onError(message: string): void }) {
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const [pages, setPages] = useState<number | null>(null)
  useEffect(() => {
    let stale = false
    let cleanup = () => undefined as unknown
    void (async () => {
      try {
        const pdfjs = await loadPdfJs()
        const task = pdfjs.getDocument({ data: decodeBase64(base64), useSystemFonts: false, disableAutoFetch: true })
        cleanup = () => void task.destroy()
        const doc = await task.promise
        const page = await doc.getPage(1)
        const canvas = canvasRef.current
        if (stale || !canvas) return
        const unscaled = page.getViewport({ scale: 1 })
        const scale = PAGE_WIDTH / unscaled.width
        const ratio = window.devicePixelRatio || 1
        const viewport = page.getViewport({ scale: scale * ratio })
        canvas.width = Math.round(viewport.width)
        canvas.height = Math.round(viewport.height)
        canvas.style.width = `${PAGE_WIDTH}px`
        canvas.style.height = `${Math.round(viewport.height / ratio)}px`
        await page.render({ canvas, viewport }).promise
        if (!stale) setPages(doc.numPages)
      } catch (error) {
        if (!stale) onError(errorText(error))
      }
    })()
    return () => {
      stale = true
      cleanup()
    }
  }, [base64, onError])
  return (
    <>
      <p className="preview-note">{pages === null ? t('exportPreview.drawingPdf') : t('exportPreview.pdfNote')}</p>
      <div className="pdf-page-frame">
        <canvas ref={canvasRef} className="pdf-first-page" role="img" aria-label={t('exportPreview.pdfPageLabel')} data-pages={pages ?? undefined} />
      </div>
    </>
  )
}
