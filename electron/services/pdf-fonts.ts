// The fonts the PDF writer (pdf-writer.ts) embeds: the Noto Sans KR/JP/SC files the app
// already ships (@fontsource), read with fontkit, which pdfkit subsets to the glyphs used.
// Each package holds one file per script and weight (latin, latin-ext, cyrillic,
// vietnamese, and korean / japanese / chinese-simplified), so a piece of text is cut into
// runs, each in the first file that has a glyph for it: Latin always from Noto Sans KR's
// Latin file (one look for every report), Han characters from the family of the text's
// language (their forms differ between Korean, Japanese and Chinese). The WOFF files are
// read, not the WOFF2 ones, and unpacked with Node's zlib (woff.ts): fontkit decodes WOFF2's
// Brotli and WOFF's deflate in JavaScript, seconds per CJK file.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { create, type Font } from 'fontkit'
import { woffToSfnt } from './woff'

export type FontWeight = 400 | 700
type Family = 'kr' | 'jp' | 'sc'

const PACKAGES: Record<Family, { name: string; script: string }> = {
  kr: { name: 'noto-sans-kr', script: 'korean' },
  jp: { name: 'noto-sans-jp', script: 'japanese' },
  sc: { name: 'noto-sans-sc', script: 'chinese-simplified' },
}
const SHARED_SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'vietnamese']

/** Which family's Han characters come first for a language (BCP 47), as the HTML report's font stacks. */
function familyOrder(lang: string | null): Family[] {
  const primary = (lang ?? '').toLowerCase().split('-')[0]
  if (primary === 'ja') return ['jp', 'kr', 'sc']
  if (primary === 'zh') return ['sc', 'jp', 'kr']
  return ['kr', 'jp', 'sc']
}

/** Characters every report uses that Noto Sans KR's Latin file has: such text is one run, found without a per-character look-up. */
const LATIN_ONLY = /^[\x20-\x7e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026]*$/

export interface FontRun {
  /** The name the font is registered under in the document. */
  font: string
  text: string
}

/** Registers fonts in a pdfkit document as text needs them. */
export interface FontRegistry {
  registerFont(name: string, font: Font): void
}

/**
 * One document's fonts. A file is read and registered the first time text needs it; pdfkit
 * embeds only the fonts drawn with, subset to their glyphs.
 */
export class PdfFonts {
  private readonly require = createRequire(import.meta.url)
  private readonly loaded = new Map<string, Font | null>()
  private readonly registered = new Set<string>()
  private readonly choice = new Map<string, string | null>()

  constructor(private readonly doc: FontRegistry) {}

  private readonly folders = new Map<Family, string>()
  private readonly latinNames = new Map<FontWeight, string>()

  private file(family: Family, subset: string, weight: FontWeight): string {
    const { name } = PACKAGES[family]
    let folder = this.folders.get(family)
    if (!folder) {
      folder = dirname(this.require.resolve(`@fontsource/${name}/package.json`))
      this.folders.set(family, folder)
    }
    return join(folder, 'files', `${name}-${subset}-${weight}-normal.woff`)
  }

  /** The font of a file, or null when the package has no such file. */
  private font(key: string, path: string): Font | null {
    if (!this.loaded.has(key)) {
      let font: Font | null = null
      try {
        font = create(woffToSfnt(readFileSync(path))) as Font
      } catch {
        font = null
      }
      this.loaded.set(key, font)
    }
    return this.loaded.get(key) ?? null
  }

  /** The registered name of the file for these subsets, registering it on first use. */
  private use(family: Family, subset: string, weight: FontWeight): string | null {
    const key = `${family}-${subset}-${weight}`
    const font = this.font(key, this.file(family, subset, weight))
    if (!font) return null
    if (!this.registered.has(key)) {
      this.doc.registerFont(key, font)
      this.registered.add(key)
    }
    return key
  }

  /** The Latin face: the default for every run. */
  latin(weight: FontWeight): string {
    let name = this.latinNames.get(weight) ?? null
    if (name) return name
    name = this.use('kr', 'latin', weight)
    if (!name) throw new Error('The report font @fontsource/noto-sans-kr is missing its Latin file.')
    this.latinNames.set(weight, name)
    return name
  }

  /** The first file, in this language's order, with a glyph for `cp`; null when none has one. */
  private faceFor(cp: number, weight: FontWeight, families: Family[]): string | null {
    const cacheKey = `${families[0]}${weight}:${cp}`
    const cached = this.choice.get(cacheKey)
    if (cached !== undefined) return cached
    let found: string | null = null
    const candidates: Array<[Family, string]> = [
      ...SHARED_SUBSETS.map((s): [Family, string] => ['kr', s]),
      ...families.map((f): [Family, string] => [f, PACKAGES[f].script]),
    ]
    for (const [family, subset] of candidates) {
      const font = this.font(`${family}-${subset}-${weight}`, this.file(family, subset, weight))
      if (font?.hasGlyphForCodePoint(cp)) {
        found = this.use(family, subset, weight)
        break
      }
    }
    this.choice.set(cacheKey, found)
    return found
  }

  /** `text` cut into runs of one font each. A character no file has stays in the run before it (it prints as a blank, but stays in the text layer). */
  runs(text: string, weight: FontWeight, lang: string | null): FontRun[] {
    const latin = this.latin(weight)
    if (LATIN_ONLY.test(text)) return [{ font: latin, text }]
    const families = familyOrder(lang)
    const runs: FontRun[] = []
    let current = latin
    let start = 0
    let i = 0
    for (const ch of text) {
      const cp = ch.codePointAt(0)!
      // Spaces and line breaks join the run they are in: fewer font switches.
      const face = cp <= 0x20 ? current : (this.faceFor(cp, weight, families) ?? current)
      if (face !== current) {
        if (i > start) runs.push({ font: current, text: text.slice(start, i) })
        current = face
        start = i
      }
      i += ch.length
    }
    if (i > start) runs.push({ font: current, text: text.slice(start, i) })
    return runs
  }
}
