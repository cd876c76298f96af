// Printing a report to PDF fast, shared by the Chromium path (services/report-pdf.ts)
// and Electron's printToPDF (main/pdf.ts).
//
// The window is wider than any printed page. Hiding the body at that width means
// Chromium lays the report out once, for print, instead of three times (for the window
// on load, for print, and for the window again when printing ends): a third of the time
// for 10,000 claims. A printed page would have to be 80 cm wide to be hidden.
export const PRINT_VIEWPORT = { width: 3200, height: 800 }

/**
 * Chromium's tagged-PDF (structure tree) and outline cost grows faster than the report:
 * measured under load, plain vs tagged print: 500 claims 3.7 s vs 6.7 s (0.7 vs 3.7 MB),
 * 1,000 claims 9.9 s vs 40 s (1.1 vs 6.6 MB), 2,000 claims 41 s vs over 10 min, and at
 * 10,000 claims the tagged print fails ("Printing failed"). Above ~500 claims of HTML a
 * report is printed untagged and without an outline rather than slowly or not at all.
 */
export const STRUCTURED_PDF_MAX_HTML_CHARS = 600_000

/** Whether to ask Chromium for a tagged PDF with an outline. */
export function structuredPdf(html: string): boolean {
  return html.length <= STRUCTURED_PDF_MAX_HTML_CHARS
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
