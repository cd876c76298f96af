// Test helpers that read a PDF with pdf-lib (an npm package: CI needs nothing installed):
// - which characters each embedded font can show, from the fonts' ToUnicode maps
//   (`pdffonts` says a font is embedded; this says it is the one that draws the Korean text);
// - the document's title, language, structure tree (tagged) and outline (bookmarks).
import { decodePDFRawStream, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFRef, PDFString } from 'pdf-lib'

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
  // A range maps to consecutive characters (`<lo> <hi> <dst>`, Chromium) or to one entry each (`<lo> <hi> [<a> <b> …]`, pdfkit).
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, list, dst] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:\[([^\]]*)\]|<([0-9A-Fa-f]+)>)/g)) {
      if (list !== undefined) {
        for (const [, each] of list.matchAll(/<([0-9A-Fa-f ]+)>/g)) chars.add(hexToText(each.replace(/ /g, '')))
        continue
      }
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

export interface OutlineEntry {
  title: string
  children: OutlineEntry[]
}

export interface PdfStructure {
  title: string | undefined
  /** The catalog's /Lang. */
  lang: string | undefined
  /** The catalog has /MarkInfo << /Marked true >> and a /StructTreeRoot. */
  tagged: boolean
  /** Structure element types in the tree (H1, H2, P, Table, ...), each once. */
  structureTypes: Set<string>
  outline: OutlineEntry[]
}

function text(value: unknown): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined
}

export async function pdfStructure(pdf: Uint8Array): Promise<PdfStructure> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false })
  const { catalog, context } = doc
  const dict = (value: unknown) => {
    const resolved = value instanceof PDFRef ? context.lookup(value) : value
    return resolved instanceof PDFDict ? resolved : undefined
  }
  const outlineLevel = (first: unknown): OutlineEntry[] => {
    const entries: OutlineEntry[] = []
    for (let item = dict(first); item; item = dict(item.get(PDFName.of('Next')))) {
      entries.push({ title: text(item.get(PDFName.of('Title'))) ?? '', children: outlineLevel(item.get(PDFName.of('First'))) })
    }
    return entries
  }
  const structureTypes = new Set<string>()
  const walk = (node: unknown, depth: number): void => {
    if (depth > 200) return
    const resolved = node instanceof PDFRef ? context.lookup(node) : node
    if (resolved instanceof PDFDict) {
      const type = resolved.get(PDFName.of('S'))
      if (type instanceof PDFName) structureTypes.add(type.decodeText())
      walk(resolved.get(PDFName.of('K')), depth + 1)
    } else if (resolved && typeof (resolved as { asArray?: unknown }).asArray === 'function') {
      for (const kid of (resolved as { asArray(): unknown[] }).asArray()) walk(kid, depth + 1)
    }
  }
  const root = dict(catalog.get(PDFName.of('StructTreeRoot')))
  if (root) walk(root.get(PDFName.of('K')), 0)
  const marked = dict(catalog.get(PDFName.of('MarkInfo')))?.get(PDFName.of('Marked'))
  return {
    title: doc.getTitle(),
    lang: text(catalog.get(PDFName.of('Lang'))),
    tagged: Boolean(root) && String(marked) === 'true',
    structureTypes,
    outline: outlineLevel(dict(catalog.get(PDFName.of('Outlines')))?.get(PDFName.of('First'))),
  }
}
