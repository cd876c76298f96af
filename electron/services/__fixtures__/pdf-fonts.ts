// Test helper: which characters each font embedded in a PDF can show, read from the
// fonts' ToUnicode maps with pdf-lib. `pdffonts` says a font is embedded; this says the
// embedded font is the one that draws the Korean (or Japanese, Chinese) text.
import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib'

function hexToText(hex: string): string {
  let out = ''
  for (let i = 0; i + 4 <= hex.length; i += 4) out += String.fromCharCode(Number.parseInt(hex.slice(i, i + 4), 16))
  return out
}

/** The characters a ToUnicode CMap maps glyphs to (bfchar and bfrange entries). */
function cmapCharacters(cmap: string): Set<string> {
  const chars = new Set<string>()
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, , dst] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) chars.add(hexToText(dst))
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, dst] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const first = hexToText(dst).codePointAt(0)!
      for (let i = 0; i <= Number.parseInt(hi, 16) - Number.parseInt(lo, 16); i++) chars.add(String.fromCodePoint(first + i))
    }
  }
  return chars
}

/** Base font name (subset prefix removed) → the characters its embedded glyphs stand for. */
export async function embeddedFontCharacters(pdf: Uint8Array): Promise<Map<string, Set<string>>> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false })
  const fonts = new Map<string, Set<string>>()
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('Font')) continue
    const base = object.get(PDFName.of('BaseFont'))
    const toUnicode = object.get(PDFName.of('ToUnicode'))
    if (!(base instanceof PDFName) || !(toUnicode instanceof PDFRef)) continue
    const stream = doc.context.lookup(toUnicode)
    if (!(stream instanceof PDFRawStream)) continue
    const name = base.decodeText().replace(/^[A-Z]{6}\+/, '')
    const chars = fonts.get(name) ?? new Set<string>()
    for (const ch of cmapCharacters(Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1'))) chars.add(ch)
    fonts.set(name, chars)
  }
  return fonts
}
