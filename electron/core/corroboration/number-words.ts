// Number words read through the language packs (electron/core/lang): "twelve", "quince",
// "zweiundzwanzig", "quatre-vingt-dix", "двенадцати", "열두". This module only decides
// how many words make one number, and leaves out the packs' approximate words
// ("dozens", "several"): a vague amount compared as a count would make false conflicts.
import { PACKS, packFor } from '../lang'
import { parseNumber } from '../lang/numbers'

export type NumberLanguage = 'en' | 'es' | 'de' | 'fr' | 'ru' | 'ko'

/** Korean digit multipliers: 1만2천 = 12,000. */
export const KO_MULTIPLIERS: Record<string, number> = { 십: 10, 백: 100, 천: 1e3, 만: 1e4, 억: 1e8 }

/** Scale words after digits: "2.5 million", "1,2 millones", "3 млн" (any pack: copy mixes languages). */
export function scaleOf(word: string): number | null {
  const lower = word.toLowerCase()
  for (const pack of Object.values(PACKS)) {
    const value = pack.numbers.largeScales[lower]
    if (value !== undefined && value >= 1e6) return value
  }
  return null
}

/** Whether the word alone is a number word in this language (not an approximate one). */
const numberWordCache = new Map<string, boolean>()

export function isNumberWord(word: string, language: NumberLanguage): boolean {
  const key = `${language}:${word.toLowerCase()}`
  let known = numberWordCache.get(key)
  if (known === undefined) {
    known = readsAsNumber(word, language)
    if (numberWordCache.size > 50000) numberWordCache.clear()
    numberWordCache.set(key, known)
  }
  return known
}

function readsAsNumber(word: string, language: NumberLanguage): boolean {
  const numbers = packFor(language).numbers
  const lower = word.toLowerCase()
  if (/\d/.test(lower) || numbers.approximate?.[lower] !== undefined || (numbers.joiners ?? []).includes(lower)) return false
  return parseNumber(lower, numbers) !== null
}

export interface WordNumber {
  value: number
  /** How many of the given words it used. */
  length: number
}

/**
 * Reads the longest number starting at words[0] ("twenty", "one", "hundred" ...), joiners
 * included when a number word follows ("treinta y dos"). Lone "un"/"ein"/"one" are returned
 * too: whether they count is the caller's call.
 */
export function readNumberWords(words: string[], language: NumberLanguage): WordNumber | null {
  const numbers = packFor(language).numbers
  const joiners = numbers.joiners ?? []
  let used = 0
  for (let i = 0; i < words.length; i++) {
    if (isNumberWord(words[i], language)) used = i + 1
    else if (used > 0 && joiners.includes(words[i].toLowerCase()) && i + 1 < words.length && isNumberWord(words[i + 1], language)) continue
    else break
  }
  if (used === 0) return null
  const value = parseNumber(words.slice(0, used).join(' ').toLowerCase(), numbers)
  return value === null ? null : { value, length: used }
}
