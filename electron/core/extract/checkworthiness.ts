// Check-worthiness: how much a fact-checker gains from checking this sentence, in [0, 1].
// The score is the trained model's calibrated probability (electron/core/checkworthiness,
// weights in data/model/): at 0.5 and above a sentence is more likely check-worthy than not.
// The reasons are the model's strongest contributions in a reviewer's words; the coarse
// signal names below stay as they were, for the filters and tests that use them.
import { scoreCheckworthiness } from '../checkworthiness'
import { PACKS, packFor } from '../lang'
import { lazyIndex, requiredLiterals } from './required-literals'

export const SIGNALS = {
  number: 'number',
  date: 'date',
  namedEntity: 'named entity',
  attribution: 'attribution',
  factualVerb: 'factual verb',
  opinion: 'opinion',
  question: 'rhetorical question',
  hedged: 'hedged',
  quote: 'quote',
  short: 'short',
} as const

const HEAD = 5000

const DIGIT = /\p{N}/u
// The four lists' words come from the packs (`checkworthiness`), a year from here: years are no language's words.
type ListKey = 'numberWords' | 'dateWords' | 'factualVerbs' | 'opinionWords'
const KEYS: readonly ListKey[] = ['numberWords', 'dateWords', 'factualVerbs', 'opinionWords']
const YEAR = '(?:1[89]|20)\\d{2}'
const ASCII_ONLY = /^[\x00-\x7f]*$/
/**
 * Each list in two: the ASCII words sit behind the literal prefilter (one pass over the sentence for all four tells which
 * unions may match), without /u (case-insensitive matching is much faster without it); the rest all hold a character
 * outside ASCII, which /i without /u never matches with an ASCII one, so a sentence of ASCII alone skips them.
 */
function lists(): { ascii: RegExp[]; other: RegExp[] } {
  const words = Object.values(PACKS).map((p) => p.checkworthiness)
  const ascii: RegExp[] = []
  const other: RegExp[] = []
  for (const key of KEYS) {
    const bounded = words.flatMap((w) => (w && !w.unbounded ? w[key] : []))
    const inWords = words.flatMap((w) => (w?.unbounded ? w[key] : []))
    const asciiWords = [...bounded.filter((x) => ASCII_ONLY.test(x)), ...(key === 'dateWords' ? [YEAR] : [])]
    const otherWords = bounded.filter((x) => !ASCII_ONLY.test(x))
    ascii.push(new RegExp(`\\b(?:${asciiWords.join('|')})\\b`, 'i'))
    other.push(new RegExp([...(otherWords.length > 0 ? [`\\b(?:${otherWords.join('|')})\\b`] : []), ...inWords].join('|') || '(?!)', 'i'))
  }
  return { ascii, other }
}
const { ascii: LISTS, other: OTHERS } = lists()
const NON_ASCII = /[^\x00-\x7f]/
const listIndex = lazyIndex(() => LISTS.map((re) => requiredLiterals(re.source, re.flags)))

/** Which of the four lists (number words, dates, factual verbs, opinion) the sentence holds, as bits 0-3. */
function listsIn(s: string): number {
  const possible = listIndex.possible(s)
  const other = NON_ASCII.test(s)
  let found = 0
  for (let k = 0; k < LISTS.length; k++) if (((possible & (1 << k)) !== 0 && LISTS[k].test(s)) || (other && OTHERS[k].test(s))) found |= 1 << k
  return found
}

// (a capital after a bullet opens its item, as after a stop: "- Terrible parking" names no one; session 33)
const NAMED_ENTITY_LATIN = /[^.!?\s“"‘(\-–—•·▪●◦*]\s+(?:\p{Lu}\p{Ll}+|\p{Lu}{2,})|\b\p{Lu}{2,}\b/u

export interface Scoring {
  score: number
  /** Probability that the sentence states a fact at all (opinion, promise, greeting: low). */
  factual: number
  signals: string[]
  /** "+ states a number: '50'", "− opinion: 'I think'": what moved the score most. */
  reasons: string[]
  /** Scored with the wording weights (English), not the language-independent signals alone. */
  learned: boolean
  /** (session 33) An item of a list: its fact is stated tersely ("- Elm", "- Bakery: Will reopen Monday."), see isNonFactual. */
  listItem?: boolean
}

export interface ScoringInput {
  sentence: string
  language: string
  attributed: boolean
  hedged: boolean
  quoted: boolean
  /** First sentence of its paragraph. */
  opensBlock?: boolean
  /** (session 33) The sentence is an item of a list: it opens its line with a bullet ("- Elm", "• Lomas"). */
  listItem?: boolean
}

export function isQuestion(sentence: string): boolean {
  return /[?？]["”’»)\]]*$/u.test(sentence)
}

/** Whitespace-separated tokens, counted up to `limit` (callers only compare with small numbers). */
export function wordCountOf(sentence: string, limit = 64): number {
  let n = 0
  let inWord = false
  for (let i = 0; i < sentence.length && n < limit; i++) {
    const c = sentence.charCodeAt(i)
    const space = c <= 32 || c === 0xa0 || c === 0x3000
    if (!space && !inWord) n++
    inWord = !space
  }
  return n
}

export function scoreSentence(input: ScoringInput): Scoring {
  const s = input.sentence.length > HEAD ? input.sentence.slice(0, HEAD) : input.sentence
  const signals: string[] = []
  const lists = listsIn(s)
  if (DIGIT.test(s) || (lists & 1) !== 0) signals.push(SIGNALS.number)
  if ((lists & 2) !== 0) signals.push(SIGNALS.date)
  if ((packFor(input.language).checkworthiness?.namedEntity ?? NAMED_ENTITY_LATIN).test(s)) signals.push(SIGNALS.namedEntity)
  if (input.attributed) signals.push(SIGNALS.attribution)
  if ((lists & 4) !== 0) signals.push(SIGNALS.factualVerb)
  if (input.hedged) signals.push(SIGNALS.hedged)
  if (input.quoted) signals.push(SIGNALS.quote)
  if ((lists & 8) !== 0) signals.push(SIGNALS.opinion)
  if (isQuestion(s)) signals.push(SIGNALS.question)
  const spaced = input.language !== 'zh' && input.language !== 'ja' && input.language !== 'th'
  if (spaced && wordCountOf(s, 6) < 6) signals.push(SIGNALS.short)
  const model = scoreCheckworthiness({ sentence: s, language: input.language, opensBlock: input.opensBlock })
  return {
    score: Math.round(model.score * 1000) / 1000,
    factual: Math.round(model.factual * 1000) / 1000,
    signals,
    reasons: model.reasons.map((r) => `${r.weight > 0 ? '+' : '−'} ${r.text}`),
    learned: model.learned,
    ...(input.listItem ? { listItem: true } : {}),
  }
}

/** Opinion with nothing checkable in it: no number, date, name, source or factual verb. */
export function isPureOpinion(signals: string[]): boolean {
  if (!signals.includes(SIGNALS.opinion)) return false
  // "X reportedly believed ..." reports someone's view: checkable, and hedged on purpose
  return ![SIGNALS.number, SIGNALS.date, SIGNALS.attribution, SIGNALS.factualVerb, SIGNALS.namedEntity, SIGNALS.hedged].some((s) => signals.includes(s))
}

/** Below this probability of stating any fact, an unsourced sentence without a number is opinion. */
const NON_FACTUAL = 0.15

/**
 * Not a claim at all: the model, reading the sentence's own wording, is confident it states
 * no fact (an opinion, a promise, a greeting, thanks), and nothing a reviewer could check
 * anchors it: no source, no hedge
 * (a hedged sentence reports something), no number or date.
 */
export function isNonFactual(scoring: Scoring): boolean {
  // the language-independent signals alone rank well enough to sort, not to drop: two
  // short Korean narrative sentences were lost that way (notes/13)
  if (!scoring.learned || scoring.factual >= NON_FACTUAL) return false
  // (session 33) an item of a list states its fact without a sentence's frame ("- Elm", "- Chompers: Is a new app …",
  // "- Bakery on Main: Will reopen …"): the model, trained on prose, reads it as no fact; the opinion words still drop it
  // (isPureOpinion), and appeals and questions are read before the model
  if (scoring.listItem) return false
  return ![SIGNALS.number, SIGNALS.date, SIGNALS.attribution, SIGNALS.hedged].some((s) => scoring.signals.includes(s))
}
