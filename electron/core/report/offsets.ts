// Offsets as every export counts them: in Unicode code points (docs/exchange.md).

/**
 * The model counts TextPositionSelector offsets in Unicode code points; the workspace
 * stores UTF-16 offsets. They differ only after characters outside the BMP (emoji,
 * rare CJK), so the conversion is skipped for texts without surrogate pairs.
 */
export function codePointOffsets(text: string): (utf16: number) => number {
  if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) return (utf16) => utf16
  const before = new Uint32Array(text.length + 1)
  let pairs = 0
  for (let i = 0; i < text.length; i++) {
    before[i] = i - pairs
    const code = text.charCodeAt(i)
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        before[i + 1] = i - pairs // an offset inside a pair points at its character
        pairs++
        i++
      }
    }
  }
  before[text.length] = text.length - pairs
  return (utf16) => before[Math.min(Math.max(utf16, 0), text.length)]
}
