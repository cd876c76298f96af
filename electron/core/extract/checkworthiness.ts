// Check-worthiness: how much a fact-checker gains from checking this sentence, in [0, 1].
// The score is the trained model's calibrated probability (electron/core/checkworthiness,
// weights in data/model/): at 0.5 and above a sentence is more likely check-worthy than not.
// The reasons are the model's strongest contributions in a reviewer's words; the coarse
// signal names below stay as they were, for the filters and tests that use them.
import { scoreCheckworthiness } from '../checkworthiness'
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
// ASCII-only patterns skip the u flag: case-insensitive matching is much faster without it
const NUMBER_WORD =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|several|percent|half|double|tripled?|zwei|drei|vier|zehn|hundert|tausend|Millionen?|Milliarden?|deux|trois|cinq|dix|cent|mille|millions?)\b/i
const NUMBER_WORD_OTHER = /\b(?:fünf)\b|[일이삼사오육칠팔구십백천만억]\s?명/i
const DATE =
  /\b(?:january|february|march|april|may\s+\d|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|(?:last|this|next) (?:week|month|year|spring|summer|autumn|fall|winter)|(?:1[89]|20)\d{2}|januar|februar|mai|juni|juli|oktober|dezember|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|gestern|heute|janvier|mars|avril|juin|juillet|septembre|octobre|novembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)\b/i
const DATE_OTHER = /\b(?:märz|février|août|décembre)\b|\d+\s?(?:일|월|년)|지난달|지난해|지난주|어제|오늘|올해/i
const FACTUAL_VERB =
  /\b(?:injured|injuries|wounded|killed|died|dead|deaths?|exploded|explosion|arrested|detained|executed|fired|launched|ordered|began|begun|started|built|closed|opened|increased|decreased|rose|risen|fell|fallen|doubled|halved|banned|seized|sentenced|collapsed|burned|flooded|signed|approved|paid|sold|bought|exported|imported|produced|received|conducted|submitted|issued|deployed|evacuated|shut|cut|raised|lowered|spent|cost|crossed|fled|deported|confiscated|abolished|introduced|tested|held|visited|met|won|lost|announced|reached|recorded|measured|employs?|earned|owned|located|founded|completed|destroyed|damaged|verletzt|explodiert|festgenommen|gestiegen|gesunken)\b/i
const FACTUAL_VERB_OTHER = /\b(?:getötet|blessés?|tués?|arrêtés?|augmenté|baissé)\b|폭발|부상|사망|체포|처형|발사|증가|감소|지시|명령|실험/i
const OPINION =
  /\b(?:should|must|ought to|i think|i believe|we believe|in my (?:view|opinion)|it is (?:clear|obvious|time|shameful)|silly|shameful|disgrace(?:ful)?|outrageous|absurd|foolish|terrible|wonderful|mistake|lament(?:s|ed)?|blam(?:e|es|ed|ing)|misfortune|believed|ignorant|deserves?|unacceptable|sollte|devrait|honteux)\b/i
const OPINION_OTHER = /\b(?:müssen|schändlich)\b|어리석|한심|잘못/i
// Each list is split in two: the ASCII words sit behind the literal prefilter (one pass over the sentence for all four
// tells which unions may match); the rest all hold a character outside ASCII, which /i without /u never matches with an
// ASCII one, so a sentence of ASCII alone skips them.
const NON_ASCII = /[^\x00-\x7f]/
const LISTS = [NUMBER_WORD, DATE, FACTUAL_VERB, OPINION] as const
const OTHERS = [NUMBER_WORD_OTHER, DATE_OTHER, FACTUAL_VERB_OTHER, OPINION_OTHER] as const
const listIndex = lazyIndex(() => LISTS.map((re) => requiredLiterals(re.source, re.flags)))

/** Which of the four lists (number words, dates, factual verbs, opinion) the sentence holds, as bits 0-3. */
function listsIn(s: string): number {
  const possible = listIndex.possible(s)
  const other = NON_ASCII.test(s)
  let found = 0
  for (let k = 0; k < LISTS.length; k++) if (((possible & (1 << k)) !== 0 && LISTS[k].test(s)) || (other && OTHERS[k].test(s))) found |= 1 << k
  return found
}

const NAMED_ENTITY_LATIN = /[^.!?\s“"‘(]\s+(?:\p{Lu}\p{Ll}+|\p{Lu}{2,})|\b\p{Lu}{2,}\b/u
const NAMED_ENTITY_KO = /[A-Za-z]{2,}|\S+(?:시|도|군|공장|기업|위원회|통신|신문|부|청|대학|연구원)(?:\s|의|에|은|는|이|가|을|를)/u

export interface Scoring {
  score: number
  /** Probability that the sentence states a fact at all (opinion, promise, greeting: low). */
  factual: number
  signals: string[]
  /** "+ states a number: '50'", "− opinion: 'I think'": what moved the score most. */
  reasons: string[]
  /** Scored with the wording weights (English), not the language-independent signals alone. */
  learned: boolean
}

export interface ScoringInput {
  sentence: string
  language: string
  attributed: boolean
  hedged: boolean
  quoted: boolean
  /** First sentence of its paragraph. */
  opensBlock?: boolean
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
  if ((input.language === 'ko' ? NAMED_ENTITY_KO : NAMED_ENTITY_LATIN).test(s)) signals.push(SIGNALS.namedEntity)
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
  return ![SIGNALS.number, SIGNALS.date, SIGNALS.attribution, SIGNALS.hedged].some((s) => scoring.signals.includes(s))
}
