// Printing a report to PDF fast, shared by the Chromium path (services/report-pdf.ts)
// and Electron's printToPDF (main/pdf.ts).
//
// The window is wider than any printed page. Hiding the body at that width means
// Chromium lays the report out once, for print, instead of three times (for the window
// on load, for print, and for the window again when printing ends): a third of the time
// for 10,000 claims. A printed page would have to be 80 cm wide to be hidden.
export const PRINT_VIEWPORT = { width: 3200, height: 800 }
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
