// Fonts a printed report carries, so Korean, Japanese and Chinese text prints on a machine
// with no CJK fonts (a fresh Linux install has none). The Noto Sans KR/JP/SC packages from
// @fontsource are split by unicode-range into ~120 woff2 files per weight; the print page
// gets, as data: URLs, only the files that hold a character the report uses, and Chromium
// embeds only the glyphs it draws (subsetting), so an English report gains nothing and a
// Korean one a few hundred kB.
//
// The packages are resolved like any dependency (createRequire), not by a repo-relative
// path, so the same code finds them from the sources, the built CLI under out/ and the
// packaged app (node_modules inside app.asar, which Electron's fs reads).
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { FONT_PRELOAD_CLASS } from '../core/report/print'

/** The packages, in the order the report's font stack names their families. */
export const REPORT_FONT_PACKAGES = ['@fontsource/noto-sans-kr', '@fontsource/noto-sans-jp', '@fontsource/noto-sans-sc'] as const
/** Regular and bold: the report's 600 and 700 both resolve to 700. */
const WEIGHTS = [400, 700] as const

/** Blocks that system fonts of a fresh machine lack: Hangul, CJK ideographs and punctuation, kana, full-width forms. */
const CJK_BLOCKS: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x11ff],
  [0x2e80, 0x9fff],
  [0xa960, 0xa97f],
  [0xac00, 0xd7ff],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xffef],
  [0x20000, 0x3ffff],
]

export interface ReportFontFace {
  family: string
  weight: number
  /** Absolute path of the woff2 file. */
  file: string
  /** The CSS unicode-range as written in the package. */
  unicodeRange: string
  ranges: Array<readonly [number, number]>
}

function parseRanges(unicodeRange: string): Array<readonly [number, number]> {
  return unicodeRange.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-')
    const start = Number.parseInt(from, 16)
    return [start, to === undefined ? start : Number.parseInt(to, 16)] as const
  })
}

const FACE = /@font-face\s*{([^}]*)}/g

/** The faces one weight's stylesheet (e.g. 400.css) declares, with the woff2 file paths resolved. */
export function parseFontFaces(css: string, folder: string): ReportFontFace[] {
  const faces: ReportFontFace[] = []
  for (const [, body] of css.matchAll(FACE)) {
    const family = /font-family:\s*'([^']+)'/.exec(body)?.[1]
    const weight = Number(/font-weight:\s*(\d+)/.exec(body)?.[1])
    const file = /url\(([^)]+\.woff2)\)/.exec(body)?.[1]
    const unicodeRange = /unicode-range:\s*([^;]+);/.exec(body)?.[1]?.trim()
    if (!family || !weight || !file || !unicodeRange) continue
    faces.push({ family, weight, file: join(folder, file), unicodeRange, ranges: parseRanges(unicodeRange) })
  }
  return faces
}

let allFaces: ReportFontFace[] | null = null

/** Every face of the three packages at the weights reports use (read once). */
export function reportFontFaces(): ReportFontFace[] {
  if (allFaces) return allFaces
  const require = createRequire(import.meta.url)
  allFaces = REPORT_FONT_PACKAGES.flatMap((name) => {
    const folder = dirname(require.resolve(`${name}/package.json`))
    return WEIGHTS.flatMap((weight) => parseFontFaces(readFileSync(join(folder, `${weight}.css`), 'utf8'), folder))
  })
  return allFaces
}

function inCjkBlock(cp: number): boolean {
  for (const [from, to] of CJK_BLOCKS) if (cp >= from && cp <= to) return true
  return false
}

/** The CJK code points in `text`, each once. */
export function cjkCodePoints(text: string): Set<number> {
  const found = new Set<number>()
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit < 0x1100) continue // the bulk of an English report, skipped cheaply
    const cp = text.codePointAt(i)!
    if (cp > 0xffff) i++
    if (inCjkBlock(cp)) found.add(cp)
  }
  return found
}

function covers(face: ReportFontFace, codePoints: Set<number>): boolean {
  for (const cp of codePoints) for (const [from, to] of face.ranges) if (cp >= from && cp <= to) return true
  return false
}

const dataUrls = new Map<string, string>()

function dataUrl(file: string): string {
  let url = dataUrls.get(file)
  if (!url) {
    url = `data:font/woff2;base64,${readFileSync(file).toString('base64')}`
    dataUrls.set(file, url)
  }
  return url
}

export interface ReportFonts {
  /** A <style> with @font-face rules, woff2 as data: URLs; '' without CJK text. */
  style: string
  /** Markup that makes Chromium load every one of those faces (see FONT_PRELOAD_CLASS); '' without CJK text. */
  preload: string
}

/** The fonts a print page needs for the CJK text in `texts`. */
export function reportFonts(...texts: string[]): ReportFonts {
  const codePoints = new Set<number>()
  for (const text of texts) for (const cp of cjkCodePoints(text)) codePoints.add(cp)
  if (codePoints.size === 0) return { style: '', preload: '' }
  const faces = reportFontFaces().filter((face) => covers(face, codePoints))
  const rules = faces.map(
    (face) =>
      `@font-face{font-family:'${face.family}';font-style:normal;font-weight:${face.weight};font-display:block;` +
      `src:url(${dataUrl(face.file)}) format('woff2');unicode-range:${face.unicodeRange}}`,
  )
  // One line per family and weight, holding the characters its chosen faces cover: laying
  // it out loads exactly those faces. CJK characters need no HTML escaping.
  const lines = new Map<string, string>()
  for (const face of faces) {
    const key = `${face.weight} 16px '${face.family}'`
    let line = lines.get(key) ?? ''
    for (const cp of codePoints) if (face.ranges.some(([from, to]) => cp >= from && cp <= to)) line += String.fromCodePoint(cp)
    lines.set(key, line)
  }
  const spans = [...lines].map(([font, chars]) => `<p style="font:${font}">${chars}</p>`)
  return {
    style: `<style>${rules.join('\n')}</style>`,
    preload: `<div class="${FONT_PRELOAD_CLASS}" aria-hidden="true">${spans.join('')}</div>`,
  }
}
