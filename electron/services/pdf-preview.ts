// The export dialog's PDF preview: the first page of the very PDF the export would write
// (the same print, fonts, page size, breaks and footer, whose page numbers count every
// page), sent as base64 for the renderer to draw with pdf.js. Only that page is printed. A screenshot of the print HTML would not be the PDF's page: no page
// box, margins, footer or breaks.
import { renderWorkspaceReport, type PdfRenderer, type ReportRequest, type RenderControls } from './reports'
import type { Workspace } from './workspace'

/** Pages printed for the preview: it draws page 1 (printing all of a 2,000-claim report took the whole print). */
export const PREVIEW_PAGES = '1'

export async function previewPdf(ws: Workspace, request: ReportRequest, renderPdf: PdfRenderer, publisher: RenderControls['publisher']): Promise<string> {
  const report = await renderWorkspaceReport(ws, { ...request, format: 'pdf' }, renderPdf, { publisher, pageRanges: PREVIEW_PAGES })
  const bytes = typeof report.contents === 'string' ? Buffer.from(report.contents, 'utf8') : Buffer.from(report.contents)
  return bytes.toString('base64')
}
