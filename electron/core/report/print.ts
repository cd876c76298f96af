// Printing a report to PDF fast, shared by the Chromium path (services/report-pdf.ts)
// and Electron's printToPDF (main/pdf.ts).
//
// The window is wider than any printed page. Hiding the body at that width means
// Chromium lays the report out once, for print, instead of three times (for the window
// on load, for print, and for the window again when printing ends): a third of the time
// for 10,000 claims. A printed page would have to be 80 cm wide to be hidden.
export const PRINT_VIEWPORT = { width: 3200, height: 800 }
export const HIDE_ON_SCREEN = '<style>@media (min-width: 3000px) { body { display: none; } }</style>'

/** Puts `snippet` at the end of the document's head (or before the body). */
export function intoHead(html: string, snippet: string): string {
  let at = html.search(/<\/head>/i)
  if (at < 0) at = html.search(/<body[\s>]/i)
  return at < 0 ? snippet + html : html.slice(0, at) + snippet + html.slice(at)
}
