// Typesetting for the PDF writer (pdf-writer.ts) on top of pdfkit: tagged paragraphs in
// the report's fonts (pdf-fonts.ts), decoration marked as artifacts, "keep with next" for
// headings, page footers, and outline entries that open at the heading, not only its page.
import type { Font } from 'fontkit'
import PDFDocument from 'pdfkit'
import { PdfFonts, type FontWeight } from './pdf-fonts'

/** A4 and the print CSS's margins (12 mm, 14 mm at the bottom for the footer), in points. */
export const PAGE = { width: 595.28, height: 841.89, margin: 34, bottom: 40 }
export const COLOURS = { ink: '#1b1b1b', muted: '#5f6368', rule: '#dadce0', panel: '#f6f7f9', link: '#1a56b8', flag: '#8a1c1c' }
/** The print CSS's root size (8.5pt) and line height (1.3). */
export const BASE = 8.5
const LINE_HEIGHT = 1.3

export type StructElement = PDFKit.PDFStructureElement
/** Makes a bookmark at the place (this page, y from the top) where a heading starts. */
export type Mark = (y: number) => void
type StructType = 'P' | 'H1' | 'H2' | 'H3' | 'LBody' | 'TH' | 'TD' | 'Caption'

/** A piece of a paragraph in one style. */
export interface Piece {
  text: string
  weight?: FontWeight
  colour?: string
  /** An external http(s) link. */
  link?: string | null
  /** A named destination inside the document. */
  goTo?: string
  /** One-line headings only: space before the piece, in points (room for a drawn mark). */
  offset?: number
}

export interface ParagraphStyle {
  size?: number
  /** Left indent from the margin. */
  indent?: number
  /** Space above, in points. */
  before?: number
  /** Extra indent of the first line (room for a drawn mark). */
  firstLine?: number
  lang?: string | null
  /** Default weight and colour of pieces that set none. */
  weight?: FontWeight
  colour?: string
}

export class Typesetter {
  readonly doc: PDFKit.PDFDocument
  readonly fonts: PdfFonts

  constructor(options: { title: string; author: string; lang: string; created: Date }) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: PAGE.margin, left: PAGE.margin, right: PAGE.margin, bottom: PAGE.bottom },
      bufferPages: true, // page numbers "n / total" are written when the total is known
      tagged: true,
      lang: options.lang,
      displayTitle: true,
      pdfVersion: '1.7',
      info: { Title: options.title, Author: options.author, Creator: 'Claimdesk', CreationDate: options.created },
    })
    const doc = this.doc
    this.fonts = new PdfFonts({ registerFont: (name: string, font: Font) => doc.registerFont(name, font as unknown as Buffer) })
  }

  get width(): number {
    return PAGE.width - 2 * PAGE.margin
  }

  /** Starts a new page unless at least `height` points are left on this one (a heading keeps with what follows). */
  keepSpace(height: number): void {
    if (this.doc.y + height > PAGE.height - PAGE.bottom) this.doc.addPage()
  }

  lineHeight(size: number): number {
    return size * LINE_HEIGHT
  }

  /** pdfkit's line height is the font's (ascent - descent, ~1.45 em for Noto Sans); the gap brings it to the print CSS's 1.3. */
  private lineGap(size: number): number {
    return -0.15 * size
  }

  /** Draws decoration (bars, rules, backgrounds) outside the structure tree. */
  artifact(draw: (doc: PDFKit.PDFDocument) => void): void {
    this.doc.markContent('Artifact', { type: 'Layout' })
    draw(this.doc)
    this.doc.endMarkedContent()
  }

  /**
   * One structure element of `type` under `parent`, holding `pieces` as one wrapped
   * paragraph. White space collapses as in HTML (a no-break space stays); with `keepLines` (notes, as the HTML's
   * pre-wrap) each line break starts a new line.
   */
  paragraph(parent: StructElement, type: StructType, pieces: Piece[], style: ParagraphStyle & { keepLines?: boolean } = {}): void {
    const doc = this.doc
    const size = style.size ?? BASE
    const indent = style.indent ?? 0
    if (style.before) doc.y += style.before
    const lines: Array<Array<{ font: string; text: string; piece: Piece }>> = [[]]
    for (const piece of pieces) {
      const parts = style.keepLines ? piece.text.split(/\r\n|\r|\n/) : [piece.text.replace(/[ \t\n\r\f]+/g, ' ')]
      parts.forEach((part, i) => {
        if (i > 0) lines.push([])
        const text = style.keepLines ? part.replace(/[ \t\n\r\f]+/g, ' ') : part
        for (const run of this.fonts.runs(text, piece.weight ?? style.weight ?? 400, style.lang ?? null)) lines[lines.length - 1].push({ ...run, piece })
      })
    }
    const x = PAGE.margin + indent
    const element = doc.struct(type, style.lang ? { lang: style.lang } : {}, () => {
      lines.forEach((runs, lineIndex) => {
        if (runs.length === 0) runs.push({ font: this.fonts.latin(400), text: ' ', piece: { text: ' ' } })
        runs.forEach((run, i) => {
          doc.font(run.font).fontSize(size).fillColor(run.piece.colour ?? style.colour ?? COLOURS.ink)
          const options = {
            width: this.width - indent,
            lineGap: this.lineGap(size),
            continued: i < runs.length - 1,
            indent: i === 0 && lineIndex === 0 ? (style.firstLine ?? 0) : 0,
            link: run.piece.link ?? null,
            goTo: run.piece.goTo ?? null,
          } as PDFKit.Mixins.TextOptions
          if (i === 0) doc.text(run.text, x, doc.y, options)
          else doc.text(run.text, options)
        })
      })
    })
    parent.add(element)
    doc.x = PAGE.margin
  }

  /** A one-line heading drawn at (x, y) without wrapping: `pieces` in order, the width each took. */
  line(parent: StructElement, type: StructType, pieces: Piece[], x: number, y: number, size: number, lang: string | null = null): number {
    const doc = this.doc
    let at = x
    const element = doc.struct(type, lang ? { lang } : {}, () => {
      for (const piece of pieces) {
        at += piece.offset ?? 0
        for (const run of this.fonts.runs(piece.text, piece.weight ?? 700, lang)) {
          doc.font(run.font).fontSize(size).fillColor(piece.colour ?? COLOURS.ink)
          doc.text(run.text, at, y, { lineBreak: false, width: PAGE.width, link: piece.link ?? null, goTo: piece.goTo ?? null } as PDFKit.Mixins.TextOptions)
          at += doc.widthOfString(run.text)
        }
      }
    })
    parent.add(element)
    doc.x = PAGE.margin
    doc.y = y + this.lineHeight(size)
    return at - x
  }

  /** The width of `text` in the Latin face at this weight and size (headings' decoration is placed by it). */
  widthOf(text: string, weight: FontWeight, size: number): number {
    return this.doc.font(this.fonts.latin(weight)).fontSize(size).widthOfString(text)
  }

  /** An outline entry that opens this page at height `y` (from the top), not merely the page; `expanded` shows its children. */
  bookmark(parent: PDFKit.PDFOutline, title: string, y: number, expanded = false): PDFKit.PDFOutline {
    const item = parent.addItem(title, { expanded })
    // pdfkit writes a whole-page "Fit" destination, or XYZ with a left offset counted from the
    // right edge; the reader should land on the heading, as in Chromium's outline.
    const data = (item as unknown as { outlineData: Record<string, unknown> }).outlineData
    const page = (data.Dest as unknown[])[0]
    data.Dest = [page, 'XYZ', 0, PAGE.height - Math.max(0, y - 4), 0]
    return item
  }

  /** "footer … n / total" on every page, as pagination artifacts. */
  footers(footer: string): void {
    const doc = this.doc
    const range = doc.bufferedPageRange()
    const size = 7.5
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i)
      const bottom = doc.page.margins.bottom
      doc.page.margins.bottom = 0 // writing inside the bottom margin must not start a page
      const y = PAGE.height - 28
      doc.markContent('Artifact', { type: 'Pagination', attached: ['Bottom'] })
      let x = PAGE.margin
      for (const run of this.fonts.runs(footer, 400, null)) {
        doc.font(run.font).fontSize(size).fillColor(COLOURS.muted).text(run.text, x, y, { lineBreak: false })
        x += doc.widthOfString(run.text)
      }
      const number = `${i + 1} / ${range.count}`
      doc.font(this.fonts.latin(400)).fontSize(size)
      doc.text(number, PAGE.width - PAGE.margin - doc.widthOfString(number), y, { lineBreak: false })
      doc.endMarkedContent()
      doc.page.margins.bottom = bottom
    }
  }

  /** Ends the document and collects its bytes. */
  finish(): Promise<Uint8Array> {
    const chunks: Uint8Array[] = []
    return new Promise((resolve, reject) => {
      this.doc.on('data', (chunk: Uint8Array) => chunks.push(chunk))
      this.doc.on('error', reject)
      this.doc.on('end', () => resolve(Buffer.concat(chunks)))
      this.doc.end()
    })
  }
}
