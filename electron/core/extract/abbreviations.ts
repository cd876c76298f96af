// Decides whether a sentence break after a period is really an abbreviation.
// `before` is the tail of the earlier segment, `after` the head of the next one.
import { ORDINAL_DATE_MONTHS } from './date-words'

/** Never end a sentence: a name or number always follows (also Russian street words: "по пер. Ольховому", "ул. Ленина"). */
const TITLES = new Set(
  'mr mrs ms dr gen col lt sgt capt cpt prof rev sen rep gov pres st mt adm maj cpl brig cmdr supt insp fr sr hon amb messrs mme mlle hr frau herr ул пер просп наб мкр'.split(
    ' ',
  ),
)
/** Followed by a number: "Oct. 19", "No. 5", "Vol. 3", "Fig. 2". */
const BEFORE_NUMBER = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec no nos vol vols fig figs art arts p pp ch sec para nr tel ca approx'.split(' '),
)
/** Common abbreviations followed by more of the same sentence. */
const ALWAYS = new Set('e.g i.e vs cf approx ca etc.al z.b d.h u.a bzw usw ggf sog vgl'.split(' '))
/** Multi-letter initialisms that often sit before a capitalised noun: "U.S. Army". */
const INITIALISMS = /(?:^|[^\p{L}.])(?:\p{Lu}\.){2,}$/u
/**
 * Words that start a new sentence after "in the U.S.": pronouns, articles, conjunctions and sentence adverbs in the six
 * languages. Name particles ("Le", "La", "El", "De", "Van") are left out: "Dr. Le Pen", "Gov. De Santis".
 */
const SENTENCE_STARTERS = new Set(
  (
    'the a an he she it they we i this that these those there but and or so yet in on at for if when while after before as his her their its our my however meanwhile then still also according some many most one two no not ' +
    'der die das ein eine er sie es wir ich man dies diese dieser dort aber und auch doch bereits zudem dann am im nach laut bei ' +
    'les il elle ils elles nous on ce cette ces mais et selon lors dans pour puis ' +
    'los las ella ellos ellas pero según este esta estos estas entonces además ' +
    'он она они мы я это эти но и а в на по при после также уже'
  ).split(' '),
)
// a month's word after a day's number (read as a prefix): English forms, German and French full names (date-words.ts)
const MONTHS = new RegExp(`^(?:${ORDINAL_DATE_MONTHS.join('|')})`, 'i')

export function isAbbreviationBreak(before: string, after: string): boolean {
  // French hyphenated initials, "J.-M. Dupont", "J.-P. G.": the segmenter breaks after "J.-"
  if (before.endsWith('.-')) return /(?:^|[\s(“"«])\p{Lu}\.-$/u.test(before) && /^\p{Lu}\./u.test(after)
  if (!before.endsWith('.')) return false
  const next = /^[“"‘'(\[]?([\p{L}\p{N}]+)/u.exec(after)
  if (!next) return false
  const nextWord = next[1]
  const startsDigit = /^\p{N}/u.test(nextWord)
  const startsUpper = /^\p{Lu}/u.test(nextWord)

  // German/French ordinal dates: "am 3. Oktober"
  if (/(?:^|\s)\d{1,2}\.$/u.test(before) && MONTHS.test(nextWord)) return true

  if (INITIALISMS.test(before)) {
    // "U.S. Army" goes on; "in the U.S. He left" does not
    if (startsDigit) return true
    return startsUpper && !SENTENCE_STARTERS.has(nextWord.toLowerCase())
  }

  // "J.-P. Martin", "J.-M. G.": the second of two hyphenated initials (before "p." or "m." is read as a word)
  if (/(?:^|[\s(“"«])\p{Lu}\.-\p{Lu}\.$/u.test(before)) return startsUpper
  const word = /([\p{L}.]+)\.$/u.exec(before)
  if (!word) return false
  const raw = word[1]
  const lower = raw.toLowerCase()
  // "nach VS. Bereits …": an acronym in capitals is a word, not "vs."
  if (ALWAYS.has(lower)) return !(raw.length >= 2 && raw === raw.toUpperCase() && !raw.includes('.')) || !startsUpper
  // "1800 block of Baronne St. The NOFD said": a title before a word that starts sentences ends one
  if (TITLES.has(lower)) return startsDigit || (startsUpper && !(nextWord.length > 1 && SENTENCE_STARTERS.has(nextWord.toLowerCase())))
  if (BEFORE_NUMBER.has(lower)) return startsDigit
  // a single initial: "J. R. Tolkien", "Kim J. Park", German "z. B."
  if (raw.length === 1) {
    // a unit after a number, "à 10 h. Les pompiers", "a las 10 h. Los": the stop ends the sentence before a capital
    if (/\d\s?\p{Ll}\.$/u.test(before)) return !startsUpper
    const preceded = before.length >= 3 ? before.charAt(before.length - 3) : ' '
    if (!/[\s(“"]/u.test(preceded) && before.length >= 3) return false
    return startsUpper || /^\p{L}\.?$/u.test(nextWord)
  }
  return false
}
