// Reads an article file from disk (plain text, Markdown or a saved HTML page) and
// turns it into the plain text that claims are anchored to, plus whatever
// metadata the file carries. Saved web pages may be hostile: they are parsed by
// jsdom with scripts and subresource loading off (its defaults, pinned below),
// sanitised with DOMPurify and reduced to text. Nothing is ever fetched.
//
// Line ends: the returned text has CRLF and lone CR normalised to LF, and a
// byte-order mark removed, before anything can store an offset into it. Nothing
// else is changed in plain text, so claim offsets stay meaningful.
import { readFile, stat } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import { JSDOM, VirtualConsole } from 'jsdom'
import createDOMPurify from 'dompurify'
import { Readability } from '@mozilla/readability'
import { marked, type Token, type Tokens } from 'marked'
import { decodeKoreanLegacy, decodeUtf16WithoutBom } from './legacy-text'
import { formatMessage, message, type Message, type MessageCode, type MessageValue } from '../core/messages'

export type ArticleFormat = 'text' | 'markdown' | 'html'

export interface ArticleSourceMeta {
  title: string | null
  author: string | null
  outlet: string | null
  url: string | null
  publishedAt: string | null
  language: string | null
}

export interface ArticleSource {
  text: string
  format: ArticleFormat
  sourceName: string | null
  meta: ArticleSourceMeta
}

export type ArticleReadErrorCode =
  | 'not-found'
  | 'not-a-file'
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'unreadable'
  | 'no-article-text'

export class ArticleReadError extends Error {
  override readonly name = 'ArticleReadError'
  /** The message as a code, for the window to translate. */
  readonly detail: Message
  constructor(
    readonly code: ArticleReadErrorCode,
    detail: Message,
    readonly sourceName: string | null = null,
  ) {
    super(formatMessage(detail))
    this.detail = detail
  }
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024

/** jsdom options for untrusted pages. No `runScripts` and no `resources`: scripts stay inert, nothing loads. */
export const UNTRUSTED_HTML_OPTIONS = Object.freeze({ contentType: 'text/html' as const })

export async function readArticleFile(path: string, options: { maxBytes?: number } = {}): Promise<ArticleSource> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const name = basename(path)
  // stat first, so a huge file is refused without being read into memory.
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw fileSystemError(error, name)
  })
  if (info.isDirectory()) throw new ArticleReadError('not-a-file', message('importError.folder', { name: quote(name) }), name)
  if (!info.isFile()) throw new ArticleReadError('not-a-file', message('importError.notRegular', { name: quote(name) }), name)
  if (info.size > maxBytes) {
    throw new ArticleReadError('too-large', message('importError.tooLarge', { name: quote(name), size: formatBytes(info.size), limit: formatBytes(maxBytes) }), name)
  }
  if (info.size === 0) throw new ArticleReadError('empty', message('importError.empty', { name: quote(name) }), name)
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw fileSystemError(error, name)
  })
  // The file may have grown between stat and read.
  if (bytes.byteLength > maxBytes) {
    throw new ArticleReadError('too-large', message('importError.tooLarge', { name: quote(name), size: formatBytes(bytes.byteLength), limit: formatBytes(maxBytes) }), name)
  }
  return parseArticleSource(bytes, name)
}

export function parseArticleSource(bytes: Uint8Array | string, sourceName: string | null, hint?: ArticleFormat): ArticleSource {
  const decoded = typeof bytes === 'string' ? checkDecodedText(bytes, sourceName) : decodeBytes(bytes, sourceName)
  const raw = decoded.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  if (raw.length === 0) throw new ArticleReadError('empty', message('importError.empty', { name: quote(sourceName) }), sourceName)
  if (raw.trim().length === 0) {
    throw new ArticleReadError('empty', message('importError.whitespace', { name: quote(sourceName) }), sourceName)
  }
  const format = hint ?? detectFormat(raw, sourceName)
  const parsed = format === 'html' ? htmlToArticle(raw) : format === 'markdown' ? markdownToArticle(raw) : { text: raw, meta: emptyMeta() }
  if (parsed.text.trim().length === 0) {
    throw new ArticleReadError('no-article-text', message('importError.noText', { name: quote(sourceName) }), sourceName)
  }
  return { text: parsed.text, format, sourceName, meta: parsed.meta }
}

// ---------------------------------------------------------------------------
// Bytes → text

const MAGIC: Array<{ bytes: number[]; offset?: number; kind: MessageCode }> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'fileKind.png' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'fileKind.jpeg' },
  { bytes: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61], kind: 'fileKind.gif' },
  { bytes: [0x47, 0x49, 0x46, 0x38, 0x37, 0x61], kind: 'fileKind.gif' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], kind: 'fileKind.pdf' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'fileKind.zip' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], kind: 'fileKind.zipEmpty' },
  { bytes: [0x1f, 0x8b], kind: 'fileKind.gzip' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: 'fileKind.office' },
  { bytes: [0x66, 0x74, 0x79, 0x70], offset: 4, kind: 'fileKind.video' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], kind: 'fileKind.program' },
]

const SNIFF_BYTES = 8192

function decodeBytes(bytes: Uint8Array, name: string | null): string {
  if (bytes.byteLength === 0) throw new ArticleReadError('empty', message('importError.empty', { name: quote(name) }), name)
  const notArticle = (kind: MessageCode) => new ArticleReadError('binary', message('importError.looksLike', { name: quote(name), kind: message(kind) }), name)
  for (const magic of MAGIC) {
    const offset = magic.offset ?? 0
    if (magic.bytes.every((b, i) => bytes[offset + i] === b)) throw notArticle(magic.kind)
  }
  // UTF-16 with a byte-order mark (Windows Notepad's "Unicode") is text, although it is full of NUL bytes.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checkDecodedText(new TextDecoder('utf-16le').decode(bytes), name)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checkDecodedText(new TextDecoder('utf-16be').decode(bytes), name)

  const head = bytes.subarray(0, SNIFF_BYTES)
  // UTF-16 without a BOM (PowerShell, some Windows editors): NULs in one byte lane only.
  const utf16 = decodeUtf16WithoutBom(bytes, head)
  if (utf16 !== null) return checkDecodedText(utf16, name)
  let controls = 0
  let high = 0
  for (const b of head) {
    if (b === 0) throw notArticle('fileKind.binary')
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++
    if (b >= 0x80) high++
  }
  if (controls / head.length > 0.02) throw notArticle('fileKind.binary')

  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    // Not UTF-8. An HTML page may declare its encoding (EUC-KR, Shift_JIS, ...).
    const declared = declaredCharset(head)
    if (declared) return new TextDecoder(declared).decode(bytes)
    // Korean Windows saves "ANSI" text as CP949 (EUC-KR).
    const korean = decodeKoreanLegacy(bytes)
    if (korean !== null) return korean
    // Otherwise accept it as Windows-1252 only when it is clearly Western text: few
    // high bytes and none of the five byte values Windows-1252 leaves undefined.
    const undefinedIn1252 = head.some((b) => b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d)
    if (!undefinedIn1252 && high / head.length < 0.3) return decodeWindows1252(bytes)
    throw new ArticleReadError(
      'binary',
      message('importError.notText', { name: quote(name) }),
      name,
    )
  }
}

function checkDecodedText(text: string, name: string | null): string {
  const head = text.slice(0, SNIFF_BYTES)
  let controls = 0
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i)
    if (c === 0) controls += head.length // a NUL alone marks binary data
    else if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) controls++
  }
  if (head.length > 0 && controls / head.length > 0.02) {
    throw new ArticleReadError('binary', message('importError.binary', { name: quote(name) }), name)
  }
  return text
}

function declaredCharset(head: Uint8Array): string | null {
  const ascii = String.fromCharCode(...head.subarray(0, 2048))
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(ascii)
  if (!match) return null
  try {
    const encoding = new TextDecoder(match[1]).encoding
    return encoding === 'utf-8' ? null : encoding
  } catch {
    return null
  }
}

// Node's built-in 'windows-1252' decoder is plain Latin-1 (0x93 stays U+0093), so the 0x80-0x9F row is mapped here.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = []
  for (let i = 0; i < bytes.length; i += 8192) {
    const codes = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b))
    chunks.push(String.fromCharCode(...codes))
  }
  return chunks.join('')
}

function detectFormat(text: string, name: string | null): ArticleFormat {
  const ext = name ? extname(name).toLowerCase() : ''
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html'
  if (ext === '.md' || ext === '.markdown' || ext === '.mdown' || ext === '.mkd') return 'markdown'
  if (ext === '.txt' || ext === '.text') return 'text'
  const start = text.slice(0, 1024).trimStart().toLowerCase()
  if (start.startsWith('<!doctype html') || start.startsWith('<html') || /^(<!--[\s\S]*?-->\s*)+<(!doctype html|html)/.test(start)) return 'html'
  if (/^---\n[\s\S]*?\ntitle\s*:/.test(text.slice(0, 4096))) return 'markdown'
  return 'text'
}

// ---------------------------------------------------------------------------
// Markdown → text

function markdownToArticle(source: string): { text: string; meta: ArticleSourceMeta } {
  const { fields, body } = splitFrontMatter(source)
  const meta = emptyMeta()
  meta.title = clean(fields.title ?? fields.headline, 1000)
  meta.author = clean(fields.author ?? fields.authors ?? fields.byline, 500)
  meta.outlet = clean(fields.outlet ?? fields.publication ?? fields.publisher ?? fields.site ?? fields.source, 500)
  meta.url = httpUrl(fields.url ?? fields.canonical ?? fields.canonical_url ?? fields.link)
  meta.publishedAt = clean(fields.date ?? fields.published ?? fields.publishedat ?? fields.published_at, 40)
  meta.language = languageTag(fields.lang ?? fields.language)

  const paragraphs: string[] = []
  const walk = (tokens: Token[]) => {
    for (const token of tokens) {
      switch (token.type) {
        case 'heading': {
          const text = inlineText((token as Tokens.Heading).tokens)
          if (meta.title === null && (token as Tokens.Heading).depth === 1) meta.title = clean(text, 1000)
          paragraphs.push(text)
          break
        }
        case 'paragraph':
          paragraphs.push(inlineText((token as Tokens.Paragraph).tokens))
          break
        case 'text': // loose text inside list items
          paragraphs.push(inlineText((token as Tokens.Text).tokens ?? [token]))
          break
        case 'blockquote':
          walk((token as Tokens.Blockquote).tokens)
          break
        case 'list':
          for (const item of (token as Tokens.List).items) walk(item.tokens)
          break
        case 'code':
          paragraphs.push((token as Tokens.Code).text)
          break
        case 'table': {
          const table = token as Tokens.Table
          const rows = [table.header, ...table.rows].map((row) => row.map((cell) => inlineText(cell.tokens)).join(' | '))
          paragraphs.push(rows.join('\n'))
          break
        }
        default: // html, hr, space, def, checkbox: no article text
          break
      }
    }
  }
  walk(marked.lexer(body))
  return { text: joinParagraphs(paragraphs), meta }
}

function inlineText(tokens: Token[]): string {
  let out = ''
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
        out += 'tokens' in token && token.tokens ? inlineText(token.tokens) : decodeEntities(token.text).replace(/\s*\n\s*/g, ' ')
        break
      case 'escape':
      case 'codespan':
        out += decodeEntities(token.text)
        break
      case 'br':
        out += '\n'
        break
      case 'link':
      case 'strong':
      case 'em':
      case 'del':
        out += inlineText((token as Tokens.Link).tokens)
        break
      default: // image, html: dropped
        break
    }
  }
  return out
}

function splitFrontMatter(source: string): { fields: Record<string, string>; body: string } {
  const match = /^---\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(source)
  if (!match) return { fields: {}, body: source }
  const fields: Record<string, string> = {}
  let listKey: string | null = null
  for (const line of match[1].split('\n')) {
    const item = /^\s+-\s+(.+)$/.exec(line)
    if (item && listKey) {
      fields[listKey] = fields[listKey] ? `${fields[listKey]}, ${unquote(item[1])}` : unquote(item[1])
      continue
    }
    const pair = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line)
    if (!pair) continue
    const key = pair[1].toLowerCase()
    const value = pair[2].trim()
    listKey = value === '' ? key : null
    if (value === '') continue
    fields[key] = value.startsWith('[') && value.endsWith(']') ? value.slice(1, -1).split(',').map(unquote).join(', ') : unquote(value)
  }
  return { fields, body: source.slice(match[0].length) }
}

function unquote(value: string): string {
  const v = value.trim()
  return /^(["']).*\1$/.test(v) ? v.slice(1, -1) : v
}

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '\u2013', mdash: '\u2014',
  hellip: '\u2026', lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', laquo: '\u00ab',
  raquo: '\u00bb', copy: '\u00a9', reg: '\u00ae', trade: '\u2122', middot: '\u00b7', bull: '\u2022',
  deg: '\u00b0', euro: '\u20ac', pound: '\u00a3', yen: '\u00a5', times: '\u00d7', shy: '',
}

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] !== '#') return ENTITIES[body.toLowerCase()] ?? whole
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10)
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole
  })
}

// ---------------------------------------------------------------------------
// HTML → text

const FORBIDDEN_TAGS = ['style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'form', 'input', 'button', 'select',
  'textarea', 'svg', 'math', 'template', 'noscript', 'audio', 'video', 'canvas', 'link', 'meta', 'base']
const REMOVED_WITH_CONTENT = 'script, style, noscript, template, iframe, frame, object, embed, svg, math, canvas, audio, video, button, select, textarea, input, label'
const BLOCK_TAGS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'UL', 'CAPTION'])
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'IFRAME', 'OBJECT', 'EMBED', 'SVG',
  'MATH', 'IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'CANVAS', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT'])

function htmlToArticle(html: string): { text: string; meta: ArticleSourceMeta } {
  // A silent console: a hostile page's CSS or markup errors must not reach the app's log.
  const virtualConsole = new VirtualConsole()
  const dom = new JSDOM(html, { ...UNTRUSTED_HTML_OPTIONS, virtualConsole })
  try {
    const doc = dom.window.document
    const ownMeta = readHtmlMeta(doc)
    const purify = createDOMPurify(dom.window as unknown as Parameters<typeof createDOMPurify>[0])
    // Head: keep only what carries metadata; JSON-LD is data, never executed.
    for (const el of Array.from(doc.head?.children ?? [])) {
      const keep = el.tagName === 'TITLE' || el.tagName === 'META' || (el.tagName === 'SCRIPT' && el.getAttribute('type') === 'application/ld+json')
      if (!keep) el.remove()
    }
    // Controls and embedded objects go with their contents (DOMPurify would keep a button's label).
    for (const el of Array.from(doc.body.querySelectorAll(REMOVED_WITH_CONTENT))) el.remove()
    doc.body.innerHTML = purify.sanitize(doc.body.innerHTML, { FORBID_TAGS: FORBIDDEN_TAGS, FORBID_ATTR: ['style', 'srcset'] })
    const article = new Readability(doc, { serializer: (node: Node) => node }).parse()
    let text = article?.content ? elementText(article.content) : ''
    if (text.trim().length === 0) text = elementText(doc.body)
    const meta: ArticleSourceMeta = {
      title: ownMeta.title ?? clean(article?.title, 1000) ?? clean(doc.title, 1000),
      author: ownMeta.author ?? clean(article?.byline?.replace(/^by\s+/i, ''), 500),
      outlet: ownMeta.outlet ?? clean(article?.siteName, 500),
      url: ownMeta.url,
      publishedAt: ownMeta.publishedAt ?? clean(article?.publishedTime, 40),
      language: ownMeta.language ?? languageTag(article?.lang),
    }
    return { text, meta }
  } finally {
    dom.window.close()
  }
}

function readHtmlMeta(doc: Document): ArticleSourceMeta {
  const metas = new Map<string, string>()
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? el.getAttribute('http-equiv'))?.toLowerCase()
    const content = el.getAttribute('content')
    if (key && content && !metas.has(key)) metas.set(key, content)
  }
  const first = (...keys: string[]) => keys.map((k) => metas.get(k)).find((v) => v && v.trim()) ?? null
  const canonical = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href')
  const author = first('author', 'article:author', 'byl', 'sailthru.author', 'parsely-author', 'dc.creator')
  const ogLocale = metas.get('og:locale')?.replace('_', '-')
  return {
    title: clean(first('og:title', 'twitter:title', 'dc.title', 'headline'), 1000),
    // article:author is often a profile URL, which is not a name.
    author: author && !/^https?:/i.test(author.trim()) ? clean(author.replace(/^by\s+/i, ''), 500) : null,
    outlet: clean(first('og:site_name', 'application-name', 'dc.publisher'), 500),
    url: httpUrl(canonical) ?? httpUrl(first('og:url', 'twitter:url')),
    publishedAt: clean(first('article:published_time', 'datepublished', 'date', 'dc.date', 'pubdate', 'publish-date'), 40),
    language: languageTag(doc.documentElement.getAttribute('lang')) ?? languageTag(metas.get('content-language')) ?? languageTag(ogLocale),
  }
}

/** Visible text of an element: block elements become paragraphs, <br> a line break. */
function elementText(root: Node): string {
  const parts: string[] = []
  const walk = (node: Node, pre: boolean) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? ''
        parts.push(pre ? value : value.replace(/\s+/g, ' '))
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase()
        if (SKIPPED_TAGS.has(tag)) continue
        if (tag === 'BR') {
          parts.push('\n')
          continue
        }
        const block = BLOCK_TAGS.has(tag)
        const line = tag === 'TR'
        if (block) parts.push('\n\n')
        else if (line) parts.push('\n')
        walk(child, pre || tag === 'PRE')
        if (block) parts.push('\n\n')
        else if (line) parts.push('\n')
        else if (tag === 'TD' || tag === 'TH') parts.push(' ')
      }
    }
  }
  walk(root, false)
  const lines = parts.join('').split('\n').map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
  const paragraphs: string[] = []
  let current: string[] = []
  for (const line of lines) {
    if (line) current.push(line)
    else if (current.length) {
      paragraphs.push(current.join('\n'))
      current = []
    }
  }
  if (current.length) paragraphs.push(current.join('\n'))
  return paragraphs.join('\n\n')
}

// ---------------------------------------------------------------------------
// Small helpers

function joinParagraphs(paragraphs: string[]): string {
  return paragraphs.map((p) => p.split('\n').map((l) => l.trim()).join('\n').trim()).filter(Boolean).join('\n\n')
}

function emptyMeta(): ArticleSourceMeta {
  return { title: null, author: null, outlet: null, url: null, publishedAt: null, language: null }
}

/** Trimmed, single-spaced, within the schema's length limit; null when empty. */
function clean(value: string | null | undefined, max: number): string | null {
  const v = value?.replace(/\s+/g, ' ').trim()
  if (!v) return null
  if (max <= 40) return v.length <= max ? v : null // dates: a cut-off date is a wrong date
  return v.length <= max ? v : `${v.slice(0, max - 1)}\u2026`
}

/** Only absolute http(s) URLs: a `javascript:` canonical link must never become a clickable link. */
function httpUrl(value: string | null | undefined): string | null {
  if (!value) return null
  try {
    const url = new URL(value.trim())
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.href.length <= 4000 ? url.href : null
  } catch {
    return null
  }
}

function languageTag(value: string | null | undefined): string | null {
  const v = value?.trim()
  return v && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/.test(v) && v.length <= 20 ? v : null
}

function quote(name: string | null): MessageValue {
  return name === null ? message('importError.theText') : `"${name}"`
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`
  const units = ['KB', 'MB', 'GB', 'TB']
  let value = n / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${value >= 10 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`
}

function fileSystemError(error: NodeJS.ErrnoException, name: string): ArticleReadError {
  switch (error.code) {
    case 'ENOENT':
      return new ArticleReadError('not-found', message('importError.notFound', { name: quote(name) }), name)
    case 'ENOTDIR':
      return new ArticleReadError('not-found', message('importError.pathNotFolder', { name: quote(name) }), name)
    case 'EISDIR':
      return new ArticleReadError('not-a-file', message('importError.folder', { name: quote(name) }), name)
    case 'EACCES':
    case 'EPERM':
      return new ArticleReadError('unreadable', message('importError.denied', { name: quote(name) }), name)
    default:
      return new ArticleReadError('unreadable', message('importError.unreadable', { name: quote(name), detail: error.code ?? error.message }), name)
  }
}
