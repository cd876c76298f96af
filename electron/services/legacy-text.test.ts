// Real files in the encodings Windows writes (see __fixtures__/encodings/README.md).
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readArticleFile } from './article-file'
import { decodeKoreanLegacy, utf16WithoutBom } from './legacy-text'

const dir = join(__dirname, '__fixtures__', 'encodings')
const fixture = (name: string) => join(dir, name)

describe('legacy encodings', () => {
  it.each([
    ['CP949 / EUC-KR (Korean Windows "ANSI")', 'dailynk-ko.cp949.txt'],
    ['UTF-16 LE without a BOM', 'dailynk-ko.utf16le-nobom.txt'],
    ['UTF-16 BE without a BOM', 'dailynk-ko.utf16be-nobom.txt'],
  ])('imports Korean text saved as %s', async (_what, name) => {
    const article = await readArticleFile(fixture(name))
    expect(article.text).toContain('함경북도 소식통은 3일 데일리NK와의 통화에서 “청진')
    expect(article.text).not.toContain('\uFFFD')
  })

  it('imports English UTF-16 LE without a BOM', async () => {
    const article = await readArticleFile(fixture('dam.utf16le-nobom.txt'))
    expect(article.text).toContain('The dam broke on Monday, police said.')
  })

  it('does not take Western or binary bytes for Korean or UTF-16', () => {
    // "café – 5 €" in Windows-1252: not CP949 (0xE9 needs a trail byte, 0x20 is not one)
    expect(decodeKoreanLegacy(Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80]))).toBeNull()
    // NULs in both byte lanes: binary, not UTF-16
    expect(utf16WithoutBom(Uint8Array.from([0, 0, 1, 0, 0, 7, 0, 0, 9, 0, 0, 0]))).toBeNull()
    expect(utf16WithoutBom(Uint8Array.from(Buffer.from('plain ASCII text', 'latin1')))).toBeNull()
  })
})
