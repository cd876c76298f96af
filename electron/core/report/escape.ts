// Escaping for every output format. Article text, notes and evidence come from
// anywhere (a saved web page, another reviewer): they are always text, never markup.

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Safe in HTML text and in double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c])
}

/** The URL if it is http(s), normalised; null for javascript:, data:, file: and anything unparsable. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null
  try {
    const parsed = new URL(url.trim())
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null
  } catch {
    return null
  }
}

// Markdown: backslash-escape the punctuation that can start emphasis, code, links,
// tables, strikethrough, math or headings; turn < and > (and & before an entity)
// into entities so no viewer sees an HTML tag. `[` and `]` are escaped, so
// `[x](javascript:...)` can never become a link.
const MD_INLINE = /[\\`*_[\]|~#$]|[<>]|&(?=#?[A-Za-z0-9]+;)/g
const MD_ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' }

const MD_SPECIAL = /[\\`*_[\]|~#$<>&]/

function escapeMarkdownChars(text: string): string {
  return MD_SPECIAL.test(text) ? text.replace(MD_INLINE, (c) => MD_ENTITIES[c] ?? `\\${c}`) : text
}

/** Escapes what would turn a line into a list item, setext underline or thematic break. */
function escapeLineStart(line: string): string {
  if (/^[-+=]/.test(line)) return `\\${line}`
  return line.replace(/^(\d+)([.)])/, '$1\\$2')
}

/** One line of Markdown text: newlines become spaces. Safe in headings, list items and table cells. */
export function mdInline(text: string): string {
  const flat = /[\t\n\r\f\v]| {2}/.test(text) ? text.replace(/\s+/g, ' ') : text
  return escapeLineStart(escapeMarkdownChars(flat.trim()))
}

/**
 * Multi-line Markdown text: blank lines separate paragraphs, single newlines become
 * hard line breaks. `prefix` starts every continuation line ("> " in a quote, spaces in a list).
 */
export function mdBlock(text: string, prefix = ''): string {
  if (!text.includes('\n') && !text.includes('\r')) return mdInline(text) // the common case: one line
  const paragraphs: string[] = []
  for (const paragraph of text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
    const lines: string[] = []
    for (const line of paragraph.split('\n')) {
      const trimmed = line.replace(/\s+/g, ' ').trim()
      if (trimmed) lines.push(escapeLineStart(escapeMarkdownChars(trimmed)))
    }
    if (lines.length > 0) paragraphs.push(lines.join(`\\\n${prefix}`))
  }
  return paragraphs.join(`\n${prefix.trimEnd()}\n${prefix}`)
}

/** An autolink `<https://...>` for http(s) URLs, escaped text for anything else. */
export function mdUrl(url: string | null | undefined): string {
  const safe = safeHttpUrl(url)
  if (safe) return `<${safe.replace(/[<>\s`]/g, (c) => encodeURIComponent(c))}>`
  return url ? mdInline(url) : ''
}

const CSV_NEEDS_QUOTES = /[",\r\n]/
// A spreadsheet runs a cell starting with one of these as a formula (CSV injection),
// including their full-width forms (U+FF1D ＝, U+FF0B ＋, U+FF0D －, U+FF20 ＠), which
// spreadsheets in CJK locales read as the ASCII ones.
const CSV_FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/

/** One RFC 4180 field. Text that a spreadsheet would run as a formula gets a leading apostrophe. */
export function csvText(text: string): string {
  const neutral = CSV_FORMULA_START.test(text) ? `'${text}` : text
  return CSV_NEEDS_QUOTES.test(neutral) ? `"${neutral.replace(/"/g, '""')}"` : neutral
}
