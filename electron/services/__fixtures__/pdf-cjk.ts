// The check both PDF writers must pass on a machine without CJK fonts: the Korean, Japanese
// and Chinese words of the sample articles are in the text layer, and each is drawn by an
// embedded, subset Noto Sans face whose ToUnicode map holds its characters (the text layer
// alone would pass on a page of empty boxes).
import { execFileSync } from 'node:child_process'
import { expect } from 'vitest'
import { embeddedFontCharacters } from './pdf-inspect'

export const CJK_SAMPLES = { 'Noto Sans KR': ['청진', '부상자는'], 'Noto Sans JP': ['負傷したという'], 'Noto Sans SC': ['发生爆炸'] }

/** The PDF's text as pdftotext reads it, whitespace folded. */
export const pdfText = (path: string): string => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')

export async function expectCjkDrawnByEmbeddedFonts(pdf: Uint8Array, path: string): Promise<void> {
  const text = pdfText(path)
  for (const words of Object.values(CJK_SAMPLES)) for (const word of words) expect(text).toContain(word)
  const listed = execFileSync('pdffonts', [path], { encoding: 'utf8' })
  const fonts = await embeddedFontCharacters(pdf)
  for (const [family, words] of Object.entries(CJK_SAMPLES)) {
    const name = family.replace(/ /g, '')
    // pdffonts: "<SUBSET>+NotoSansKRThin-Regular ... emb yes sub yes uni yes": embedded, subset, with a text map.
    expect(listed).toMatch(new RegExp(`\\+${name}\\w*-\\w+\\s.*\\byes\\s+yes\\s+yes\\b`))
    const drawn = [...fonts].filter(([font]) => font.startsWith(name)).flatMap(([, chars]) => [...chars])
    for (const word of words) for (const ch of word) expect(drawn, `${family} draws ${ch}`).toContain(ch)
  }
}
