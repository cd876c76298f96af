import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { cjkCodePoints, parseFontFaces, reportFontFaces, reportFonts } from './report-fonts'

describe('report fonts', () => {
  it('finds the Noto Sans KR, JP and SC faces through the packages, regular and bold', () => {
    const faces = reportFontFaces()
    for (const family of ['Noto Sans KR', 'Noto Sans JP', 'Noto Sans SC']) {
      for (const weight of [400, 700]) expect(faces.filter((f) => f.family === family && f.weight === weight).length).toBeGreaterThan(50)
    }
    const face = faces.find((f) => f.family === 'Noto Sans KR' && f.ranges.some(([from, to]) => 0xccad >= from && 0xccad <= to))! // 청
    expect(readFileSync(face.file).subarray(0, 4).toString('latin1')).toBe('wOF2')
  })

  it('parses a fontsource stylesheet', () => {
    const css = "@font-face {\n  font-family: 'Noto Sans KR';\n  font-weight: 700;\n  src: url(./files/a-700-normal.woff2) format('woff2'), url(./files/a-700-normal.woff) format('woff');\n  unicode-range: U+ac00-ac0f,U+3131;\n}"
    expect(parseFontFaces(css, '/fonts')).toEqual([
      { family: 'Noto Sans KR', weight: 700, file: '/fonts/files/a-700-normal.woff2', unicodeRange: 'U+ac00-ac0f,U+3131', ranges: [[0xac00, 0xac0f], [0x3131, 0x3131]] },
    ])
  })

  it('collects CJK code points only, astral ones included', () => {
    expect([...cjkCodePoints('Chongjin — “청진” 😀 𠀋 ｱ')].map((cp) => cp.toString(16))).toEqual(['ccad', 'c9c4', '2000b', 'ff71'])
  })

  it('adds nothing to a report without CJK text', () => {
    expect(reportFonts('An explosion — “reportedly” — injured 7 😀')).toEqual({ style: '', preload: '' })
  })

  it('embeds only the faces that hold the text, and a preload line per family and weight', () => {
    const { style, preload } = reportFonts('청진', '負傷したという')
    const faces = style.match(/@font-face/g)?.length ?? 0
    expect(faces).toBeGreaterThanOrEqual(4)
    expect(faces).toBeLessThan(30)
    expect(style).toContain("src:url(data:font/woff2;base64,d09GMg") // "wOF2"
    expect(style).not.toMatch(/url\((?!data:)/)
    expect(preload).toMatch(/^<div class="font-preload" aria-hidden="true">/)
    expect(preload).toContain("<p style=\"font:400 16px 'Noto Sans KR'\">")
    expect(preload).toContain("<p style=\"font:700 16px 'Noto Sans JP'\">")
    expect(preload).toMatch(/'Noto Sans KR'">[^<]*청[^<]*</)
  })
})
