// Printing a report to PDF fast, shared by the Chromium path (services/report-pdf.ts)
// and Electron's printToPDF (main/pdf.ts).
//
// The window is wider than any printed page. Hiding the body at that width means
// Chromium lays the report out once, for print, instead of three times (for the window
// on load, for print, and for the window again when printing ends): a third of the time
// for 10,000 claims. A printed page would have to be 80 cm wide to be hidden.
export const PRINT_VIEWPORT = { width: 3200, height: 800 }

/**
 * Chromium builds a tagged PDF from an accessibility snapshot of the whole page, sent to
 * the browser in one message (18 MB for 600 claims of the old claim cards) and then to
 * the print compositor. Its CPU cost grows in step with the report (~5 s per 1,000
 * claims), and above some size the print stops making progress (every process idle) and
 * never finishes: measured on 2 shared cores, claim cards hung at 2,000 claims, and the
 * print layout (html-print-claim.ts: per 1,000 claims 4,900 elements and 6,200 text nodes
 * instead of 25,400 and 21,500) printed 2,000 claims tagged (8.5 s CPU, 4.3 MB, HTML
 * 1.34 MB) but hung at 5,000. Up to this HTML size Chromium prints the report; above it
 * the export writes the PDF with pdfkit instead (services/pdf-writer.ts: tagged, with an
 * outline, ~1 s CPU per 1,000 claims).
 */
export const STRUCTURED_PDF_MAX_HTML_CHARS = 1_400_000

/** Whether Chromium can print this report tagged with an outline (otherwise pdfkit writes it). */
export function structuredPdf(html: string): boolean {
  return html.length <= STRUCTURED_PDF_MAX_HTML_CHARS
}

/** What a printed PDF has, read from its bytes (services/reports.ts). */
export interface PdfStructure {
  /** A structure tree (tags) with the document language: what screen readers and reflow need. */
  tagged: boolean
  /** Bookmarks: summary, contents, each article and claim. */
  outline: boolean
}

/** The reviewer-facing reason a PDF came out without tags or bookmarks; null when it has both. */
export function pdfStructureNotice(structure: PdfStructure, claims: number): string | null {
  if (structure.tagged && structure.outline) return null
  const missing = [structure.tagged ? '' : 'not tagged (screen readers cannot follow its structure)', structure.outline ? '' : 'has no bookmarks'].filter(Boolean).join(' and ')
  return (
    `This PDF of ${claims} claim${claims === 1 ? '' : 's'} is ${missing}: the printer could not tag it. ` +
    'For an accessible PDF, export fewer articles or filter the claims; the HTML report is accessible at any size.'
  )
}
//
// Web fonts load only when text needs them, and the printed layout does not wait for
// them: the wide window shows, instead of the report, one line per embedded font
// (FONT_PRELOAD_CLASS), so the fonts are loaded before the page is printed.
export const FONT_PRELOAD_CLASS = 'font-preload'
export const HIDE_ON_SCREEN =
  `<style>.${FONT_PRELOAD_CLASS} { display: none; } ` +
  `@media (min-width: 3000px) { body > :not(.${FONT_PRELOAD_CLASS}) { display: none; } .${FONT_PRELOAD_CLASS} { display: block; } }</style>`

/** Puts `snippet` at the end of the document's head (or before the body). */
export function intoHead(html: string, snippet: string): string {
  let at = html.search(/<\/head>/i)
  if (at < 0) at = html.search(/<body[\s>]/i)
  return at < 0 ? snippet + html : html.slice(0, at) + snippet + html.slice(at)
}

/** Puts `snippet` at the start of the document's body. */
export function intoBody(html: string, snippet: string): string {
  const open = /<body[^>]*>/i.exec(html)
  if (!open) return html + snippet
  const at = open.index + open[0].length
  return html.slice(0, at) + snippet + html.slice(at)
}
