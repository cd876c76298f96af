// Quoted speech across sentences: whether a sentence starts or ends inside a quote, and
// the sentence with quoted words blanked out so a verb inside a quote is not an attribution.

export interface QuoteScan {
  /** The head of the sentence (up to `maskLimit`), quoted characters replaced by "x". */
  masked: string
  openAtEnd: boolean
  /** The sentence contains quoted speech (or lies inside a quote). */
  quoted: boolean
}

const QUOTE_CHARS = /[“”"«»„『』「」]/g
/** Marks that only ever open or only ever close, so a quote inside a quote can be counted. */
const NESTS = new Set(['«', '『', '「'])
const CLOSES_NESTED = new Set(['»', '』', '」'])

/** German „...“ opens low and closes with “; English “...” closes with ”. */
/**
 * `opener` carries the open quote across sentences: whether it opened low („) and how many guillemet or corner quotes
 * are open inside it (Russian and French print a quote within a quote with the same «…», so the inner » closes only
 * the inner one).
 */
export function scanQuotes(sentence: string, openAtStart: boolean, maskLimit: number, opener = { low: false, inner: 0 }): QuoteScan {
  let inQuote = openAtStart
  if (!openAtStart) opener.inner = 0
  let quoted = openAtStart
  const parts: string[] = []
  let cursor = 0
  let maskFrom = openAtStart ? 0 : -1
  const limit = Math.min(sentence.length, maskLimit)
  const flush = (to: number) => {
    const end = Math.min(to, limit)
    if (cursor >= end) return
    if (maskFrom >= 0) parts.push('x'.repeat(end - cursor))
    else parts.push(sentence.slice(cursor, end))
    cursor = end
  }
  QUOTE_CHARS.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = QUOTE_CHARS.exec(sentence))) {
    const ch = m[0]
    const i = m.index
    if (inQuote && NESTS.has(ch)) {
      opener.inner++
      continue
    }
    if (inQuote && opener.inner > 0 && CLOSES_NESTED.has(ch)) {
      opener.inner--
      continue
    }
    let opens: boolean
    if (ch === '“') opens = !(inQuote && opener.low)
    else if (ch === '„' || ch === '«' || ch === '『' || ch === '「') opens = true
    else if (ch === '”' || ch === '»' || ch === '』' || ch === '」') opens = false
    else opens = !inQuote // straight quote toggles
    if (opens && !inQuote) {
      flush(i + 1)
      inQuote = true
      quoted = true
      opener.low = ch === '„'
      maskFrom = i + 1
    } else if (!opens && inQuote) {
      flush(i)
      inQuote = false
      maskFrom = -1
    }
  }
  flush(limit)
  return { masked: parts.join(''), openAtEnd: inQuote, quoted }
}
