// Text files that are neither UTF-8 nor marked by a byte-order mark, as Windows saves them:
// UTF-16 without a BOM, and Korean "ANSI" (CP949 / EUC-KR, the default of Korean Windows,
// and what many Daily NK readers' files are in). Both were refused as binary before.
// Decoding uses the WHATWG decoders Node ships ('euc-kr' is CP949, a superset of EUC-KR).

/** 'utf-16le' or 'utf-16be' when the NUL bytes sit mostly in one byte lane, as in UTF-16 text with spaces and ASCII. */
export function utf16WithoutBom(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (head.length < 4 || head.length % 2 !== 0) return null
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < head.length; i += 2) {
    if (head[i] === 0) evenNul++
    if (head[i + 1] === 0) oddNul++
  }
  const pairs = head.length / 2
  // Spaces, digits and newlines put a NUL in the high-byte lane; the other lane has few
  // (Hangul such as U+B300 has a zero low byte). Binary data has NULs in both alike.
  if (oddNul / pairs >= 0.1 && oddNul >= 4 * evenNul) return 'utf-16le'
  if (evenNul / pairs >= 0.1 && evenNul >= 4 * oddNul) return 'utf-16be'
  return null
}

/** UTF-16 text without a BOM, or null when the bytes do not decode cleanly as such. */
export function decodeUtf16WithoutBom(bytes: Uint8Array, head: Uint8Array): string | null {
  const encoding = utf16WithoutBom(head.subarray(0, head.length - (head.length % 2)))
  if (!encoding) return null
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

const isHangul = (c: number) => (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x3131 && c <= 0x318e)

/** Korean text in CP949/EUC-KR, or null: every byte must decode, and most non-ASCII characters must be Hangul. */
export function decodeKoreanLegacy(bytes: Uint8Array): string | null {
  let text: string
  try {
    text = new TextDecoder('euc-kr', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
  let nonAscii = 0
  let hangul = 0
  for (let i = 0; i < text.length && nonAscii < 4000; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) continue
    nonAscii++
    if (isHangul(c)) hangul++
  }
  // Western text in Windows-1252 seldom decodes at all as CP949 (a lead byte needs a trail
  // byte); when it does by chance, it is not mostly Hangul.
  return nonAscii > 0 && hangul / nonAscii >= 0.6 ? text : null
}
