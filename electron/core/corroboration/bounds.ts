// The words around a number that say how exact it is ("at least", "al menos",
// "mindestens", "최소", "не менее") or that it is not a count at all (a date, a time,
// an age, a percentage, a sum of money, a distance).
import type { NumberLanguage } from './number-words'

export const FIGURE_BOUNDS = ['exact', 'at-least', 'at-most', 'about', 'range'] as const
export type FigureBound = (typeof FIGURE_BOUNDS)[number]

type BoundCues = { before: Partial<Record<FigureBound, string[]>>; after: Partial<Record<FigureBound, string[]>> }

export const BOUND_CUES: Record<NumberLanguage, BoundCues> = {
  en: {
    before: {
      'at-least': ['at least', 'more than', 'over', 'upwards of', 'in excess of', 'no fewer than', 'no less than', 'a minimum of', 'at minimum', 'exceeding', 'above'],
      'at-most': ['at most', 'up to', 'fewer than', 'less than', 'no more than', 'as many as', 'a maximum of', 'under', 'below'],
      about: ['about', 'around', 'approximately', 'roughly', 'nearly', 'almost', 'some', 'an estimated', 'estimated', 'close to', 'circa', 'approx.', 'about a', 'around a'],
    },
    after: { 'at-least': ['or more', '+', '-plus', ' plus'], about: ['or so', '-odd'] },
  },
  es: {
    before: {
      'at-least': ['al menos', 'por lo menos', 'más de', 'como mínimo', 'no menos de', 'superior a', 'mínimo'],
      'at-most': ['menos de', 'hasta', 'como máximo', 'no más de'],
      about: ['unos', 'unas', 'alrededor de', 'cerca de', 'casi', 'aproximadamente', 'en torno a', 'aprox.', 'un estimado de'],
    },
    after: { 'at-least': ['o más'] },
  },
  de: {
    before: {
      'at-least': ['mindestens', 'wenigstens', 'mehr als', 'über', 'gut', 'nicht weniger als'],
      'at-most': ['weniger als', 'bis zu', 'höchstens', 'maximal', 'unter'],
      about: ['etwa', 'rund', 'ungefähr', 'circa', 'ca.', 'fast', 'knapp', 'beinahe', 'annähernd', 'gegen', 'schätzungsweise'],
    },
    after: { 'at-least': ['oder mehr'] },
  },
  fr: {
    before: {
      'at-least': ['au moins', 'plus de', 'pas moins de', 'au minimum', 'plus d’', "plus d'"],
      'at-most': ['moins de', "jusqu'à", 'jusqu’à', 'au plus', 'au maximum', 'pas plus de'],
      about: ['environ', 'près de', 'quelque', 'presque', 'approximativement', 'autour de', 'quasiment'],
    },
    after: { 'at-least': ['ou plus'] },
  },
  ru: {
    before: {
      'at-least': ['не менее', 'по меньшей мере', 'как минимум', 'минимум', 'более чем', 'более', 'больше', 'свыше', 'не меньше', 'по крайней мере'],
      'at-most': ['менее', 'до', 'не более', 'не больше', 'максимум', 'меньше'],
      about: ['около', 'примерно', 'почти', 'порядка', 'приблизительно', 'почти'],
    },
    after: {},
  },
  ko: {
    before: { 'at-least': ['최소', '적어도', '최소한'], 'at-most': ['최대'], about: ['약', '대략', '거의'] },
    after: { 'at-least': ['이상', '넘게', '넘는', '넘어'], 'at-most': ['이하', '미만'], about: ['여', '가량', '정도', '안팎', '내외'] },
  },
}

/** "between 12 and 15", "de 12 a 15", "12 bis 15", "от 12 до 15": the word between the two numbers. */
export const RANGE_JOINERS: Record<NumberLanguage, { open: string[]; middle: string[] }> = {
  en: { open: ['between', 'from'], middle: ['to', 'and', 'or'] },
  es: { open: ['entre', 'de'], middle: ['a', 'y', 'o'] },
  de: { open: ['zwischen', 'von'], middle: ['bis', 'und', 'oder'] },
  fr: { open: ['entre', 'de'], middle: ['à', 'et', 'ou'] },
  ru: { open: ['от'], middle: ['до', 'и', 'или'] },
  ko: { open: [], middle: [] },
}

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre',
  'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'oktober', 'dezember',
  'janvier', 'février', 'mars', 'avril', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
]
export const MONTH_WORDS = new Set(MONTHS)

/**
 * A number followed by one of these counts something that is not a figure of the event
 * (time, distance, age, money, share): the search for a counted thing stops there.
 */
export const UNIT_WORDS = new Set([
  'years', 'year', 'year-old', 'years-old', 'months', 'month', 'weeks', 'week', 'days', 'day', 'hours', 'hour', 'minutes', 'minute', 'seconds', 'decades', 'a.m.', 'p.m.', 'am', 'pm',
  'km', 'kilometres', 'kilometers', 'miles', 'mile', 'metres', 'meters', 'feet', 'ft', 'mph', 'km/h', 'percent', 'per', '%', 'dollars', 'euros', 'pounds', 'yuan', 'won', 'rubles', 'billion-dollar',
  'años', 'año', 'meses', 'mes', 'semanas', 'días', 'día', 'horas', 'hora', 'minutos', 'kilómetros', 'metros', 'millas', 'por', 'dólares', 'pesos',
  'jahre', 'jahren', 'jahr', 'monate', 'monaten', 'wochen', 'tage', 'tagen', 'stunden', 'uhr', 'minuten', 'kilometer', 'meter', 'prozent', 'euro', 'dollar',
  'ans', 'an', 'mois', 'semaines', 'jours', 'jour', 'heures', 'heure', 'h', 'kilomètres', 'mètres', 'pour', 'dollars',
  // Places a count is spread over ("treated in eight hospitals"), not what it counts.
  'hospitals', 'hospitales', 'krankenhäuser', 'krankenhäusern', 'kliniken', 'hôpitaux', 'больниц', 'больницах', 'provinces', 'provincias', 'provinzen',
  'regions', 'regiones', 'regionen', 'régions', 'countries', 'países', 'länder', 'ländern', 'pays', 'villages', 'towns', 'cities', 'ciudades', 'städte', 'städten', 'villes',
  'лет', 'года', 'год', 'месяцев', 'месяца', 'недель', 'дней', 'дня', 'часов', 'часа', 'минут', 'км', 'километров', 'метров', 'процентов', 'процента', 'рублей', 'долларов', 'евро',
])

/** Korean counters and suffixes after a number that make it a date, a time, an age or an ordinal. */
export const KO_NOT_A_COUNT = /^(?:년|월|일|시|분|초|세|살|차|번째|층|호|회|주년|km|㎞|m|%|퍼센트|달러|원|개월|주|시간|일간|일째)/

/** Korean counters that make the number a count of people, houses or tonnes. */
export const KO_COUNTERS: [RegExp, 'people' | 'buildings' | 'tonnes'][] = [
  [/^(?:명|사람|인)/, 'people'],
  [/^(?:채|가구|동)/, 'buildings'],
  [/^톤/, 'tonnes'],
]
