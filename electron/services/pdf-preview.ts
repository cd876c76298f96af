// The export dialog's PDF preview: the very PDF the export would write (the same print,
// fonts, page size, breaks and footer), sent as base64 for the renderer to draw its first
// page with pdf.js. A screenshot of the print HTML would not be the PDF's page: no page
// box, margins, footer or breaks.
import { renderWorkspaceReport, type PdfRenderer, type ReportRequest, type RenderControls } from './reports'
import type { Workspace } from './workspace'

export async function previewPdf(ws: Workspace, request: ReportRequest, renderPdf: PdfRenderer, publisher: RenderControls['publisher']): Promise<string> {
  const report = await renderWorkspaceReport(ws, { ...request, format: 'pdf' }, renderPdf, { publisher })
  const bytes = typeof report.contents === 'string' ? Buffer.from(report.contents, 'utf8') : Buffer.from(report.contents)
  return bytes.toString('base64')
}
