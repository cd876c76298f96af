// Month and weekday names, read once from the language packs' `dates` sections (lang/<code>.ts) for the modules that
// recognise dates: stamps.ts (date lines and stamps), dates.ts (publication dates), abbreviations.ts (the sentence
// splitter's "am 3. Oktober") and author-lines.ts (a date word is no name). Each reader keeps the languages and forms
// it read before the names moved to the packs.
import { PACKS } from '../lang'

type Forms = readonly (readonly string[])[]

const packDates = (code: string) => PACKS[code].dates

/** Every form (full names, other spellings, abbreviations) of the given lists. */
const allForms = (lists: Forms): string[] => lists.flat()
/** The full names only (the first form of each entry). */
const fullNames = (lists: Forms): string[] => lists.map((forms) => forms[0])

const unique = (words: string[]): string[] => [...new Set(words)]

/** Month and weekday names and abbreviations of the Latin- and Cyrillic-script packs (en, fr, de, es, ru), lower-case. */
export const DATE_NAMES: readonly string[] = unique(
  ['en', 'fr', 'de', 'es', 'ru'].flatMap((code) => [...allForms(packDates(code).months), ...allForms(packDates(code).weekdays)]),
)

/** Korean weekday names ("월요일"), for stamps that print "(월요일)". */
export const KO_WEEKDAYS: readonly string[] = fullNames(packDates('ko').weekdays)

/**
 * Month name → number for dates.ts: every English and French form, the German full names (the languages dates.ts
 * read before; Spanish months still resolve through their first three letters where those are English, "marzo" → 3).
 */
export const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(
  [
    ...packDates('en').months.map((forms, i) => [forms, i] as const),
    ...packDates('de').months.map((forms, i) => [[forms[0]], i] as const),
    ...packDates('fr').months.map((forms, i) => [forms, i] as const),
  ].flatMap(([forms, i]) => forms.map((f) => [f, i + 1] as [string, number])),
)

/** Month words for the splitter's ordinal dates (read as prefixes): English forms, German and French full names. */
export const ORDINAL_DATE_MONTHS: readonly string[] = unique([
  ...allForms(packDates('en').months),
  ...fullNames(packDates('de').months),
  ...fullNames(packDates('fr').months),
])

/** Full weekday names (en, de, fr, es, ru) and full month names (en, de, fr, es): words no author's name is made of. */
export const FULL_DATE_NAMES: readonly string[] = unique([
  ...['en', 'de', 'fr', 'es', 'ru'].flatMap((code) => fullNames(packDates(code).weekdays)),
  ...['en', 'de', 'fr', 'es'].flatMap((code) => fullNames(packDates(code).months)),
])

/**
 * (session 34) Month name → number in every Latin- and Cyrillic-script pack, every form ("марта", "agosto", "okt"), for
 * the page's own date (dates.ts pageDate). Korean months are read by their digits ("7월").
 */
export const ALL_MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(
  ['en', 'de', 'fr', 'es', 'ru'].flatMap((code) => packDates(code).months.flatMap((forms, i) => forms.map((f) => [f, i + 1] as [string, number]))),
)
