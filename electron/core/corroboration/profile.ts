// What linking compares, computed once per article and per claim: event words, places,
// names (romanised to a consonant skeleton so scripts can meet), figures, other numbers
// and word stems. Pure and deterministic: the same article gives the same profile.
import type { CountedThing } from './counted-things'
import { conceptsIn } from './event-vocabulary'
import { parseFigures, type Figure } from './figures'
import { citiesInPhrases, cityOf } from './cities'
import { placesIn } from './gazetteer'
import { originsIn } from './origins'
import { romanize, skeleton } from './romanize'
import { sortedFeatureIds } from './feature-ids'

export interface ClaimProfile {
  /** `${articleId}/${claimId}` */
  key: string
  articleId: string
  claimId: string
  /** Its place among its article's profiled claims (links are stored by these numbers). */
  index: number
  /** Shared empty array when the claim states none (most claims). */
  figures: readonly Figure[]
  /** The distinct things its figures count. */
  counted: readonly CountedThing[]
  /**
   * Event words, places, names, numbers and stems (c:, p:, n:, d:, w:) as sorted feature
   * ids (feature-ids.ts): compact, and compared by a merge instead of Set look-ups.
   */
  features: Int32Array
  /** The place ids of `features`, kept apart: fact matching asks for them per pair. */
  places: Int32Array
  /** Who the claim cites, lower case ("the health ministry"), for telling updates from conflicts. */
  attribution: string | null
  /** Origins named in the claim or its attribution ("interior-ministry", "afp"); see origins.ts. */
  origins: ReadonlySet<string>
}

export interface ArticleProfile {
  id: string
  outlet: string | null
  /** Publication day (days since 1970), null when unknown. */
  day: number | null
  concepts: Set<string>
  places: Set<string>
  names: Set<string>
  /**
   * Distinctive numbers of the lede ("181", "179", "1,419"): two reports giving the same
   * uneven numbers on the same days report one event even when they share no name.
   */
  numbers: Set<string>
  /** Origins the article names anywhere near its top: the fallback for a claim that names none. */
  origins: Set<string>
  /** The script of its first claims (hangul, cyrillic, latin): names rarely match across scripts. */
  script: string
  claims: ClaimProfile[]
}

export interface ArticleInput {
  id: string
  title: string
  text: string
  outlet: string | null
  publishedAt: string | null
  language: string | null
  claims: { id: string; text: string; attribution?: string | null; active?: boolean }[]
}

/** How much of the article (after the title) names the event: the lede. */
const LEDE_CHARS = 1200
/** How much of the article is searched for the origins it rests on. */
const ORIGIN_CHARS = 4000

const STOP_NAMES = new Set([
  'the', 'this', 'that', 'these', 'they', 'there', 'then', 'when', 'while', 'after', 'before', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'police', 'president', 'minister', 'ministry', 'government', 'officials', 'according',
  'el', 'la', 'los', 'las', 'según', 'der', 'die', 'das', 'den', 'dem', 'laut', 'nach', 'polizei', 'regierung', 'menschen', 'behörden',
  'tote', 'toten', 'verletzte', 'verletzten', 'opfer', 'angaben', 'zahl', 'stadt', 'staat',
  'le', 'les', 'selon', 'des', 'une', 'mais', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'lunes', 'martes',
  'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
  'reuters', 'afp', 'associated', 'press', 'efe', 'dpa', 'xinhua', 'tass', 'yonhap', 'news', 'agency', 'but', 'and', 'also', 'however',
  'in', 'on', 'at', 'it', 'he', 'she', 'we', 'his', 'her', 'its', 'for', 'with', 'from', 'by', 'of', 'an', 'as', 'is', 'are', 'was',
  'en', 'un', 'por', 'con', 'para', 'del', 'al', 'ein', 'eine', 'im', 'am', 'auf', 'mit', 'von', 'zu', 'bei', 'dans', 'sur', 'pour', 'avec', 'il', 'elle',
])

/** Korean place names end in an administrative suffix: 청진시, 함경북도, 화성군. */
const KO_PLACE = /([\uac00-\ud7a3]{2,})(?:특별시|광역시|시|군|구|동|북도|남도|항)(?=[\s은는이가을를에의와과도로]|$)/g

/** Korean ships and flights are named with 호 ("세월호", "천안함" aside): 세월호 is a name. */
const KO_VESSEL = /([\uac00-\ud7a3]{2,})호(?=[\s'"’은는이가을를에의와과도로]|$)/g
/** Airports and airlines carry their place: 무안국제공항 names 무안 (Muan), 제주항공 제주 (Jeju). */
const KO_AIR = /([\uac00-\ud7a3]{2,}?)(?:국제공항|공항|항공)/g

function nameKey(word: string): string | null {
  const latin = romanize(word)
  const s = skeleton(latin)
  // A vowel-heavy name ("Itaewon", "Haouz") has too short a skeleton to be specific: keep its spelling.
  return s.length >= 3 ? `n:${s}` : latin.length >= 4 ? `n:=${latin}` : null
}

// German capitalises every noun: after an article or an inflected adjective ("der Toten",
// "einer Konzerthalle", "mit anschließendem Brand"), or with a noun ending, it is a noun,
// not a name. (A name after an article, "der Kreml", is lost; the gazetteers keep places.)
const DE_DETERMINER = /(?:^|\s)(?:der|die|das|den|dem|des|ein|eine|einer|einem|einen|eines|kein|keine|keinen|keiner|zum|zur|im|am|vom|beim|ins|[a-zäöüß]+(?:e|en|er|es|em))\s+$/
const DE_NOUN_ENDING = /(?:ung|ungen|heit|keit|schaft|ion|tät|nis|ismus|chen|ling|tum|ei|opfer|zahl)$/

/** Capitalised words that are not a sentence's first word, in Latin and Cyrillic; Korean place names. */
export function namesIn(text: string, language: string | null = null): Set<string> {
  const german = (language ?? '').toLowerCase().startsWith('de')
  const names = new Set<string>()
  // A word that starts the text, a line (a title, a paragraph) or a sentence is capitalised
  // anyway. (An optional group that matches empty reports undefined: test the text before.)
  for (const m of text.matchAll(/(^|[.!?]\s+|\n\s*|["“«(]\s*)?([\p{Lu}][\p{L}\p{M}'’-]{2,})/gu)) {
    const word = m[2].replace(/['’]s$/, '')
    // A known city is a name wherever it stands, spelt in any language.
    const city = cityOf(word)
    if (city) {
      names.add(`n:@${city}`)
      continue
    }
    const before = text.slice(Math.max(0, m.index - 3), m.index).replace(/[\t ]+$/, '')
    if (m.index === 0 || before === '' || /[.!?\n]$/.test(before)) continue
    if (m[1] && /[.!?\n]/.test(m[1])) continue
    if (german && (DE_DETERMINER.test(text.slice(Math.max(0, m.index - 30), m.index + (m[1]?.length ?? 0))) || DE_NOUN_ENDING.test(word.toLowerCase()))) continue
    if (STOP_NAMES.has(word.toLowerCase())) continue
    const key = nameKey(word)
    if (key) names.add(key)
  }
  for (const city of citiesInPhrases(text)) names.add(`n:@${city}`)
  for (const m of [...text.matchAll(KO_PLACE), ...text.matchAll(KO_VESSEL), ...text.matchAll(KO_AIR)]) {
    const key = nameKey(m[1])
    if (key) names.add(key)
  }
  return names
}

function stems(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{M}]{4,}/gu) ?? []).map((w) => `w:${w.slice(0, 5)}`)
}

function otherNumbers(text: string, figures: Figure[]): string[] {
  const taken = new Set(figures.map((f) => f.start))
  const out: string[] = []
  for (const m of text.matchAll(/\d+(?:[.,:]\d+)*/g)) {
    if (taken.has(m.index!)) continue
    const n = m[0].replace(/,(?=\d{3}\b)/g, '')
    if (/[.:]/.test(n) || Number(n) >= 100) out.push(`d:${n}`)
  }
  return out
}

/** Whole numbers above 31 (smaller ones are as often days and ages) that are not round (x10) and not years: "179", "1 419" -> "1419". */
export function distinctiveNumbers(text: string): Set<string> {
  const out = new Set<string>()
  for (const m of text.matchAll(/(?<![\d.,])\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?![.,]?\d)|(?<![\d.,:])\d{2,}(?![.,:]?\d)/g)) {
    const n = Number(m[0].replace(/[^\d]/g, ''))
    if (n <= 31 || n % 10 === 0 || (n >= 1900 && n <= 2099)) continue
    out.add(String(n))
  }
  return out
}

function dayOf(date: string | null): number | null {
  if (!date) return null
  const t = Date.parse(date.slice(0, 10))
  return Number.isNaN(t) ? null : Math.floor(t / 86400000)
}

const NO_FIGURES: readonly Figure[] = Object.freeze([])
const NO_IDS = new Int32Array(0)
const NO_ORIGINS: ReadonlySet<string> = new Set()
const NO_THINGS: readonly CountedThing[] = Object.freeze([])
/** One copy of each attribution: most claims of an article cite the same few sources. */
const attributions = new Map<string, string>()
function shared(text: string): string {
  const known = attributions.get(text)
  if (known !== undefined) return known
  if (attributions.size < 100_000) attributions.set(text, text)
  return text
}

/** One buffer per article for its claims' feature ids, each claim a view of it (fewer, larger allocations). */
function packFeatures(claims: ClaimProfile[]): void {
  const all = new Int32Array(claims.reduce((n, c) => n + c.features.length, 0))
  let at = 0
  for (const claim of claims) {
    all.set(claim.features, at)
    claim.features = all.subarray(at, (at += claim.features.length))
  }
}

export function profileClaim(articleId: string, claim: ArticleInput['claims'][number], language: string | null, index = 0): ClaimProfile {
  const figures = parseFigures(claim.text, language)
  const features = new Set<string>()
  for (const c of conceptsIn(claim.text)) features.add(`c:${c}`)
  for (const p of placesIn(claim.text)) features.add(`p:${p}`)
  for (const n of namesIn(claim.text, language)) features.add(n)
  for (const d of otherNumbers(claim.text, figures)) features.add(d)
  for (const w of stems(claim.text)) features.add(w)
  const places = [...features].filter((f) => f.startsWith('p:'))
  const origins = new Set([...originsIn(claim.attribution), ...originsIn(claim.text)])
  return {
    key: `${articleId}/${claim.id}`,
    articleId,
    claimId: claim.id,
    index,
    figures: figures.length > 0 ? figures : NO_FIGURES,
    counted: figures.length > 0 ? [...new Set(figures.map((f) => f.counted))] : NO_THINGS,
    features: sortedFeatureIds(features),
    places: places.length > 0 ? sortedFeatureIds(places) : NO_IDS,
    attribution: claim.attribution ? shared(claim.attribution.toLowerCase().replace(/\s+/g, ' ').trim()) : null,
    origins: origins.size > 0 ? origins : NO_ORIGINS,
  }
}

/** A claim's profile as the related index segment stored it (features and places already ids of this thread, sorted). */
export function restoredClaim(
  articleId: string,
  claimId: string,
  index: number,
  stored: { figures: Figure[] | null; features: Int32Array; places: Int32Array; attribution: string | null; origins: string[] | null },
): ClaimProfile {
  const figures = stored.figures && stored.figures.length > 0 ? stored.figures : NO_FIGURES
  return {
    key: `${articleId}/${claimId}`,
    articleId,
    claimId,
    index,
    figures,
    counted: figures.length > 0 ? [...new Set(figures.map((f) => f.counted))] : NO_THINGS,
    features: stored.features,
    places: stored.places.length > 0 ? stored.places : NO_IDS,
    attribution: stored.attribution === null ? null : shared(stored.attribution),
    origins: stored.origins && stored.origins.length > 0 ? new Set(stored.origins) : NO_ORIGINS,
  }
}

function scriptOf(text: string): string {
  if (/[\uac00-\ud7af]/.test(text)) return 'hangul'
  if (/[\u0400-\u04ff]/.test(text)) return 'cyrillic'
  return 'latin'
}

export function profileArticle(article: ArticleInput): ArticleProfile {
  const lede = `${article.title}\n${article.text.slice(0, LEDE_CHARS)}`
  const active = article.claims.filter((c) => c.active !== false)
  const profile: ArticleProfile = {
    id: article.id,
    outlet: article.outlet ? article.outlet.toLowerCase().replace(/^the\s+/, '').trim() : null,
    day: dayOf(article.publishedAt),
    concepts: conceptsIn(lede),
    places: placesIn(lede),
    names: namesIn(lede, article.language),
    numbers: distinctiveNumbers(lede),
    origins: originsIn(article.text.slice(0, ORIGIN_CHARS)),
    script: scriptOf(active.slice(0, 3).map((c) => c.text).join(' ')),
    claims: active.map((c, i) => profileClaim(article.id, c, article.language, i)),
  }
  packFeatures(profile.claims)
  return profile
}
