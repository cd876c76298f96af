// Lines, paragraphs and sentences with exact UTF-16 offsets into the input.
// Sentences come from Intl.Segmenter, fed in bounded chunks (V8's segmenter gets
// super-linear on strings of a few hundred KB), then repaired after abbreviations.
import { isAbbreviationBreak } from './abbreviations'

export interface Span {
  start: number
  end: number
}

export interface Line extends Span {
  /** Index of the paragraph (block of lines between blank lines). */
  block: number
}

export interface Sentence extends Span {
  block: number
  /**
   * Index of the paragraph as written: lines joined by soft wraps. Pasted text often puts one
   * paragraph per line with no blank line between, so a line that ends a sentence ends it.
   */
  para: number
  /** Index of the first line the sentence starts on. */
  line: number
}

const MAX_CHUNK = 4000

export function isSpaceCode(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff ||
    code === 0x85
  )
}

/** Shrinks a span so it neither starts nor ends with whitespace (possibly to empty). */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--
  return { start, end }
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029 || code === 0x85
}

/** Non-empty lines (trimmed) with the paragraph they belong to. CRLF, CR, LF, LS, PS all end a line. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let block = 0
  let sawBlank = false
  let lineStart = 0
  const n = text.length
  for (let i = 0; i <= n; i++) {
    const code = i < n ? text.charCodeAt(i) : 10
    if (!isLineBreak(code)) continue
    const span = trimSpan(text, lineStart, i)
    if (span.end > span.start) {
      if (sawBlank && lines.length > 0) block++
      sawBlank = false
      lines.push({ start: span.start, end: span.end, block })
    } else {
      sawBlank = true
    }
    // paragraph separator counts as a blank line on its own
    if (code === 0x2029) sawBlank = true
    if (code === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i++
    lineStart = i + 1
  }
  return lines
}

const TERMINAL = /[.!?。！？…:;"”»)\]]$/u

/**
 * A single line break inside a paragraph is a soft wrap (hard-wrapped text) when the
 * line before is long and unfinished, or the next line carries on in lowercase.
 */
export function isSoftWrap(text: string, prev: Line, next: Line): boolean {
  const last = text.slice(Math.max(prev.start, prev.end - 2), prev.end)
  if (TERMINAL.test(last)) return false
  const first = text.slice(next.start, next.start + 2)
  if (/^\p{Ll}/u.test(first)) return true
  return prev.end - prev.start >= 60
}

function chunkEnd(text: string, from: number, end: number): number {
  if (end - from <= MAX_CHUNK) return end
  const limit = from + MAX_CHUNK
  // prefer a cut after sentence punctuation and a space, else any space, else a hard cut
  for (let i = limit; i > limit - 1500; i--) {
    const c = text.charCodeAt(i - 1)
    if ((c === 46 || c === 33 || c === 63) && isSpaceCode(text.charCodeAt(i))) return i + 1
  }
  for (let i = limit; i > limit - 1500; i--) {
    if (isSpaceCode(text.charCodeAt(i))) return i + 1
  }
  const c = text.charCodeAt(limit - 1)
  return c >= 0xd800 && c <= 0xdbff ? limit + 1 : limit
}

/** "sagte der Hausbesitzer.Die Ermittlungen …": a sentence end the page lost its space after. */
const GLUED_END = /(?<=[^\s./@:]\p{Ll}{3,})[.!?](?=\p{Lu}\p{Ll}+\s)/gu

/**
 * A stop between a lowercase and a capital letter, asked first without the lowercase letter: a pattern opening on a
 * Unicode class is tried at every position, one opening on the stop skips to the stops (a twentieth of the time).
 */
const STOP_CAPITAL = /[.!?]\p{Lu}/u
const LOWER_STOP_CAPITAL = /\p{Ll}[.!?]\p{Lu}/u

function splitGlued(text: string, span: Span): Span[] {
  const segment = text.slice(span.start, span.end)
  if (segment.length < 8 || !STOP_CAPITAL.test(segment) || !LOWER_STOP_CAPITAL.test(segment)) return [span]
  const out: Span[] = []
  let from = span.start
  GLUED_END.lastIndex = 0
  for (let m = GLUED_END.exec(segment); m; m = GLUED_END.exec(segment)) {
    // not inside an address or a file name: the word before has no dot, slash or @ of its own
    const word = segment.slice(segment.lastIndexOf(' ', m.index) + 1, m.index)
    if (/[./@:]/.test(word)) continue
    out.push({ start: from, end: span.start + m.index + 1 })
    from = span.start + m.index + 1
  }
  out.push({ start: from, end: span.end })
  return out
}

/**
 * "…, - рассказывает Галина. - Мы …", "— …, — сказал он. — Потом …", ".- Когда …": a dialogue dash after a sentence's
 * stop opens the next sentence (the quote run), which the segmenter leaves glued to the narration before it.
 */
const DIALOGUE_DASH = /(?<=[\p{L}\p{N})][.!?…]["»”]?)\s*(?=[-–—]\s+[«"“„]?\p{Lu})/gu

function splitDialogue(text: string, span: Span): Span[] {
  const segment = text.slice(span.start, span.end)
  if (segment.length < 8 || !/[.!?…]["»”]?\s*[-–—]\s/u.test(segment)) return [span]
  const out: Span[] = []
  let from = span.start
  DIALOGUE_DASH.lastIndex = 0
  for (let m = DIALOGUE_DASH.exec(segment); m; m = DIALOGUE_DASH.exec(segment)) {
    if (m[0].length === 0) DIALOGUE_DASH.lastIndex++
    if (m.index === 0) continue
    out.push({ start: from, end: span.start + m.index })
    from = span.start + m.index + m[0].length
  }
  out.push({ start: from, end: span.end })
  return out
}

/** Raw segmenter output for [start, end), line breaks replaced by spaces, in bounded chunks. */
function rawSegments(text: string, start: number, end: number, segmenter: Intl.Segmenter): Span[] {
  const out: Span[] = []
  let from = start
  // a paragraph of dialogue opens with a dash: its quote runs are cut from the narration between them
  const dialogue = /^[-–—]\s*[«"“„]?\p{Lu}/u.test(text.slice(start, start + 4))
  while (from < end) {
    const to = chunkEnd(text, from, end)
    const chunk = text.slice(from, to).replace(/[\r\n\u2028\u2029\u0085]/g, ' ')
    for (const seg of segmenter.segment(chunk)) {
      const span = trimSpan(text, from + seg.index, from + seg.index + seg.segment.length)
      if (span.end > span.start) for (const part of splitGlued(text, span)) for (const piece of dialogue ? splitDialogue(text, part) : [part]) out.push(piece)
    }
    from = to
  }
  return out
}

/** True when a segment holds no letter or digit ("”", ")", "..."): it belongs to its neighbour. */
function isPunctuationOnly(text: string, span: Span): boolean {
  return !/[\p{L}\p{N}]/u.test(text.slice(span.start, Math.min(span.end, span.start + 16))) && span.end - span.start <= 16
}

function startsLowercase(text: string, span: Span): boolean {
  // skip an opening quote or bracket; "iPhone"-style words keep their break
  const head = text.slice(span.start, Math.min(span.end, span.start + 12))
  return /^[“"‘'(\[]?\p{Ll}(?![\p{L}]*\p{Lu})/u.test(head)
}

/**
 * A break with no space after it, inside a bracket the segment opened and did not close: "권모(62.여)씨", where
 * Korean prints age and sex as "(62.여)". A full stop inside brackets with the next word glued to it ends nothing.
 */
function gluedInsideBracket(text: string, prev: Span, seg: Span): boolean {
  if (seg.start !== prev.end || seg.start === 0 || isSpaceCode(text.charCodeAt(seg.start - 1)) || isSpaceCode(text.charCodeAt(seg.start))) return false
  let open = 0
  for (let i = prev.start; i < prev.end; i++) {
    const c = text.charCodeAt(i)
    if (c === 40) open++ // (
    else if (c === 41 && open > 0) open-- // )
  }
  return open > 0
}

/** Joins segments the segmenter split wrongly: after abbreviations, before lowercase, stray punctuation, inside brackets. */
export function repairSegments(text: string, segments: Span[]): Span[] {
  const out: Span[] = []
  for (const seg of segments) {
    const prev = out[out.length - 1]
    if (
      prev &&
      (isPunctuationOnly(text, seg) ||
        startsLowercase(text, seg) ||
        gluedInsideBracket(text, prev, seg) ||
        isAbbreviationBreak(text.slice(Math.max(prev.start, prev.end - 24), prev.end), text.slice(seg.start, Math.min(seg.end, seg.start + 24))))
    ) {
      prev.end = seg.end
    } else {
      out.push({ start: seg.start, end: seg.end })
    }
  }
  return out
}

const segmenters = new Map<string, Intl.Segmenter>()

/** Segmenters are costly to build (ICU data), so one per language is kept. */
export function createSegmenter(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language)
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(language, { granularity: 'sentence' })
    } catch {
      segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })
    }
    if (segmenters.size < 32) segmenters.set(language, segmenter)
  }
  return segmenter
}

/**
 * Sentences of the given lines (which the caller has already filtered of non-claim lines).
 * Lines of the same paragraph joined by a soft wrap are segmented together.
 */
export function segmentLines(text: string, lines: Line[], lineIndexes: number[], segmenter: Intl.Segmenter): Sentence[] {
  const sentences: Sentence[] = []
  let i = 0
  let para = 0
  while (i < lineIndexes.length) {
    const first = lineIndexes[i]
    let last = first
    while (
      i + 1 < lineIndexes.length &&
      lineIndexes[i + 1] === last + 1 &&
      lines[last + 1].block === lines[first].block &&
      isSoftWrap(text, lines[last], lines[last + 1])
    ) {
      i++
      last = lineIndexes[i]
    }
    const spans = repairSegments(text, rawSegments(text, lines[first].start, lines[last].end, segmenter))
    let lineCursor = first
    for (const span of spans) {
      while (lineCursor < last && lines[lineCursor].end <= span.start) lineCursor++
      sentences.push({ start: span.start, end: span.end, block: lines[first].block, line: lineCursor, para })
    }
    para++
    i++
  }
  return sentences
}
