// Decodes JSON bytes the app did not write itself. Windows tools add byte-order marks:
// Notepad and PowerShell 5.1's Set-Content write UTF-8 with a BOM, PowerShell's `>`
// redirection writes UTF-16 LE with a BOM. JSON.parse refuses all three, and a valid
// article would then be treated as corrupt. Without a BOM the text is UTF-8 (RFC 8259).
export function decodeJsonText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3))
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  return new TextDecoder('utf-8').decode(bytes)
}

export function parseJsonBytes(bytes: Uint8Array): unknown {
  return JSON.parse(decodeJsonText(bytes))
}
