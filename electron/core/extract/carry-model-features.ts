// The carry model's signals: does a claim the rules left unattributed go on with the source of the
// nearest attributed claim before it (or, before the first one, after it)? Only quotation marks, the
// distance between the two, and the pronouns of the language pack: no word list of its own, so it
// cannot learn the tuned pages' phrases. A wider set (source type, reporting verbs, mood, hedges,
// office words, length, position; see data/model/README.md) gained
// nothing out of fold and was dropped.
import { packFor } from '../lang'
import type { SourcingType } from '../vocabulary'

export const CARRY_FEATURE_NAMES = [
  'source-after',
  'same-line',
  'next-claim',
  'quote-continues',
  'narration-after-quote',
  'inside-open-quote',
  'closes-quote',
  'opens-with-quote',
  'quote-inside',
  'quote-runs-on',
  'opens-with-pronoun',
] as const

export type CarryFeatureName = (typeof CARRY_FEATURE_NAMES)[number]
export const CARRY_FEATURE_COUNT = CARRY_FEATURE_NAMES.length
const IX = Object.fromEntries(CARRY_FEATURE_NAMES.map((n, k) => [n, k])) as Record<CarryFeatureName, number>

/** A claim as the carry model sees it: the rules' output, in text order. */
export interface CarryClaim {
  text: string
  start: number
  end: number
  sourcing: { type: SourcingType; attribution: string | null; cue: string | null }
}

const OPEN_QUOTE = /^[\s([]*[“"„«『「‹‚'»]/u
const ANY_QUOTE = /[“”"„«»『』「」‹›]/u
const END_QUOTE = /[”"»』」›'’][\s.,!?)\]]*$/u
const LEADING_WORD = /^[\s“"„«『「‹'(—–-]*([\p{L}\p{M}'’]+)/u
const MAX_BETWEEN = 4000

const pronounCache = new Map<string, Set<string>>()

/** The pack's subject pronouns ("he", "sie", "elle", "он", "그는"), lower case. */
function pronounsOf(language: string): Set<string> {
  let set = pronounCache.get(language)
  if (!set) {
    const p = packFor(language).attribution.pronouns
    pronounCache.set(language, (set = new Set([...p.singular, ...p.plural].map((w) => w.toLowerCase()))))
  }
  return set
}

/** Any line break between two offsets: the two sentences are not on one line (one paragraph as pasted). */
function lineBreakBetween(page: CarryPage, from: number, to: number): boolean {
  if (to - from > MAX_BETWEEN) return true
  // the first break at or after `from` (binary search over the page's breaks, found once per article)
  const breaks = page.breaks
  let lo = 0
  let hi = breaks.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (breaks[mid] < from) lo = mid + 1
    else hi = mid
  }
  return lo < breaks.length && breaks[lo] < to
}

/**
 * Whether a quotation opened since `from` is still open at `to`: « » „ “ “ ” 「 」 『 』 and
 * straight quotes, with “ closing where the text opens with „ (German). Paragraph breaks do not
 * close it: quotes run over paragraphs. The unattributed claims after one source all scan from
 * that source: the page keeps the last scan's state and goes on from it.
 */
function quoteOpen(page: CarryPage, from: number, to: number): boolean {
  const { text, lowOpener } = page
  const end = Math.min(to, from + MAX_BETWEEN)
  const scan = page.scan
  if (scan.from !== from || scan.at > end) {
    scan.from = from
    scan.at = from
    scan.depth = 0
    scan.straight = false
  }
  let { depth, straight } = scan
  for (let k = scan.at; k < end; k++) {
    const c = text.charCodeAt(k)
    if (c === 0xab || c === 0x201e || c === 0x300c || c === 0x300e || (c === 0x201c && !lowOpener)) depth++
    else if (c === 0xbb || c === 0x300d || c === 0x300f || c === 0x201d || (c === 0x201c && lowOpener)) depth = Math.max(0, depth - 1)
    else if (c === 34) straight = !straight
  }
  scan.at = Math.max(scan.at, end)
  scan.depth = depth
  scan.straight = straight
  return depth > 0 || straight
}

/** The article as the carry model sees it: its text, whether its quotations open with „ (German: “ closes), its line breaks. */
export interface CarryPage {
  text: string
  lowOpener: boolean
  /** Offsets of the line breaks, ascending. */
  breaks: Int32Array
  /** Where the last quotation scan stopped, and its state there. */
  scan: { from: number; at: number; depth: number; straight: boolean }
}

/** Scans the text once per article, not once per claim (a 5 MB paste has 30,000 claims). */
export function carryPage(text: string): CarryPage {
  const found: number[] = []
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k)
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) found.push(k)
  }
  return { text, lowOpener: text.includes('„'), breaks: Int32Array.from(found), scan: { from: -1, at: 0, depth: 0, straight: false } }
}

/**
 * Signals for claims[i] (unattributed) against claims[source] (the attributed claim it may take its
 * sourcing from). `page` is the article; `language` picks the pack.
 */
export function carryFeatures(page: CarryPage, claims: readonly CarryClaim[], i: number, source: number, language: string, out: Float64Array): Float64Array {
  out.fill(0)
  const c = claims[i]
  const s = claims[source]
  const after = source > i
  const set = (name: CarryFeatureName, on: boolean) => {
    out[IX[name]] = on ? 1 : 0
  }
  set('source-after', after)
  set('same-line', !(after ? lineBreakBetween(page, c.end, s.start) : lineBreakBetween(page, s.end, c.start)))
  set('next-claim', Math.abs(i - source) === 1)
  const opensQuote = OPEN_QUOTE.test(c.text)
  const quoted = ANY_QUOTE.test(c.text)
  const sourceQuoted = ANY_QUOTE.test(s.text)
  set('quote-continues', sourceQuoted && quoted)
  set('narration-after-quote', sourceQuoted && !quoted && !after)
  set('inside-open-quote', !after && quoteOpen(page, s.start, c.start))
  // a closing mark with no opening one before it in the sentence: the sentence ends a quotation
  const close = /[”»』」]/u.exec(c.text)
  set('closes-quote', close !== null && !/[“«『「„]/u.test(c.text.slice(0, close.index)))
  set('opens-with-quote', opensQuote)
  set('quote-inside', quoted && !opensQuote)
  // an opening mark with no closing one at the sentence's end: the quotation goes on
  set('quote-runs-on', opensQuote && !END_QUOTE.test(c.text))
  const first = LEADING_WORD.exec(c.text.length > 200 ? c.text.slice(0, 200) : c.text)?.[1]?.toLowerCase()
  set('opens-with-pronoun', first !== undefined && pronounsOf(language).has(first))
  return out
}
