// The page Chromium prints a report from, shared by the CLI/test path (report-pdf.ts,
// Chromium through playwright-core) and the app (main/pdf.ts, Electron's printToPDF):
// the self-contained HTML report plus print-only CSS, the CJK fonts its text needs, and
// the footer text.
import { REPORT_FONT_STACK } from '../core/report/html-style'
import { HIDE_ON_SCREEN, intoBody, intoHead } from '../core/report/print'
import { reportFonts } from './report-fonts'

/** A CSS string literal for `text`: every character outside [A-Za-z0-9 ] as a CSS escape, so nothing can end the string or the <style> element. */
export function cssString(text: string): string {
  let out = ''
  for (const ch of text) out += /[A-Za-z0-9 ]/.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `
  return `"${out}"`
}

/** Footer text in the bottom-left page-margin box; the report's own CSS puts "page / pages" bottom-right. */
export function footerStyle(footer: string): string {
  return `<style>@page { @bottom-left { content: ${cssString(footer)}; font: 7.5pt ${REPORT_FONT_STACK}; color: #5f6368; } }</style>`
}

/** The report as Chromium should print it. The footer is scanned for CJK too: it reaches the page only as CSS escapes. */
export function printPage(html: string, footer?: string): string {
  const fonts = reportFonts(html, footer ?? '')
  return intoBody(intoHead(html, HIDE_ON_SCREEN + fonts.style + (footer ? footerStyle(footer) : '')), fonts.preload)
}
