// Page chrome printed where the headline would be (session 34, meta1): read by notAHeadline (lines.ts) for a line the line
// rules would make the title. Three shapes, from the packs' words (lang/<code>.ts `pageChrome`, `dates.stampWords`, the
// furniture section's chrome labels):
//   - a skip link or accessibility switch ("본문 바로가기", "Aller au contenu principal", "Версия сайта для слабовидящих");
//   - a row of the site's interface words (share, print, follow, blog tools, logo, banner, reading time), most of its words;
//   - a stamp: a date with nothing but labels, times and date words around it ("Erstellt am 27. Juli 2011, 00:00",
//     "00:00, 15 ноября 2008 года", "Publié : 30 juin 2014", "최종편집 2020-10-22(목)").
// The headline may still come below it (notAHeadline's caller counts it as chrome above the headline).
import type { NonClaim } from '../schema'
import { PACKS } from '../lang'
import { parseDateIn } from './dates'
import { ALL_MONTH_NUMBERS, DATE_NAMES } from './date-words'

const packs = Object.values(PACKS)

/** Every pack's skip links, one union: chrome is often in another language than the article ("Skip to content" on a Korean page). */
const SKIP_LINK = new RegExp(`(?<![\\p{L}])(?:${packs.flatMap((p) => (p.pageChrome ? [p.pageChrome.skipLinks.source] : [])).join('|') || '(?!)'})`, 'iu')

const words = (list: readonly string[]) => list.map((w) => w.toLowerCase())
const INTERFACE = new Set(packs.flatMap((p) => words(p.pageChrome?.interfaceWords ?? [])))

/** Words a stamp holds besides its date: the chrome labels of one word ("Publié", "Stand", "입력"), a pack's stamp words, date names. */
const STAMP_WORDS = new Set([
  ...packs.flatMap((p) => words(p.furniture.chromeLabels.filter((l) => !/\s/u.test(l)))),
  ...packs.flatMap((p) => words(p.dates.stampWords ?? [])),
  ...ALL_MONTH_NUMBERS.keys(),
  ...DATE_NAMES,
])

/** The line's words with a letter in them, lower-cased, letters only ("Stand:" → "stand", "2020-10-22(목)" → "목"). */
function letterWords(line: string): string[] {
  return line
    .split(/[\s|/•·,]+/u)
    .map((w) => w.replace(/[^\p{L}]/gu, '').toLowerCase())
    .filter((w) => w.length > 0)
}

/** A date and, besides it, only labels, times and date words: a stamp, not a headline ("Seniorentag 12.08.2019" says more). */
export function isStamp(line: string): boolean {
  if (line.length > 80 || !parseDateIn(line, 'und')) return false
  // words of one or two letters are times and particles ("à", "am", "h", "г"); a Korean weekday in brackets is one syllable
  return letterWords(line).every((w) => [...w].length <= 2 || STAMP_WORDS.has(w))
}

/** Most of the line is the site's interface: "Suivre ce blog Administration + Créer mon blog", "페이스북 담기". */
function interfaceRow(line: string): boolean {
  const all = letterWords(line)
  if (all.length === 0 || all.length > 14) return false
  const ui = all.filter((w) => INTERFACE.has(w)).length
  return ui >= 2 ? ui * 3 >= all.length * 2 : all.length <= 2 && ui === all.length
}

/** The kind to file a would-be headline under when it is page chrome, or null. */
export function chromeInTitleSlot(line: string): NonClaim['kind'] | null {
  const t = line.trim()
  if (SKIP_LINK.test(t) || interfaceRow(t)) return 'boilerplate'
  if (isStamp(t)) return 'byline'
  return null
}
