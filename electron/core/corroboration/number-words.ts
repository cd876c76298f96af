// Number words per language ("twelve", "quince", "zweiundzwanzig", "quatre-vingt-dix",
// "двенадцати", "열두"), read into values. Kept here until the extraction issue's
// language packs (electron/core/lang) carry number words; then this table moves there.
//
// Each word is one of: an addend (one, zwanzig, doscientos, сто), a multiplier of what
// came before (hundred, hundert, cent, 백) or a scale that closes a group (thousand, mil,
// тысяча, 만). That one rule reads every language here.

export type NumberLanguage = 'en' | 'es' | 'de' | 'fr' | 'ru' | 'ko'

type Kind = 'add' | 'mul' | 'scale'
interface NumberWord {
  value: number
  kind: Kind
}

function table(entries: Record<string, number>, kind: Kind = 'add'): Map<string, NumberWord> {
  return new Map(Object.entries(entries).map(([w, value]) => [w, { value, kind }]))
}

function join(...maps: Map<string, NumberWord>[]): Map<string, NumberWord> {
  return new Map(maps.flatMap((m) => [...m]))
}

const EN = join(
  table({
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
    thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
    thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12,
  }),
  table({ hundred: 100 }, 'mul'),
  table({ thousand: 1e3, million: 1e6, billion: 1e9 }, 'scale'),
)

const ES_UNITS: Record<string, number> = {
  uno: 1, una: 1, un: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11,
  doce: 12, trece: 13, catorce: 14, quince: 15, dieciséis: 16, dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19,
  veinte: 20, veintiún: 21, veintiuno: 21, veintiuna: 21, veintidós: 22, veintidos: 22, veintitrés: 23, veintitres: 23,
  veinticuatro: 24, veinticinco: 25, veintiséis: 26, veintiseis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29,
  treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90, cien: 100, ciento: 100,
  docena: 12,
}
const ES_HUNDREDS: Record<string, number> = {}
for (const [stem, v] of [['doscient', 200], ['trescient', 300], ['cuatrocient', 400], ['quinient', 500], ['seiscient', 600], ['setecient', 700], ['ochocient', 800], ['novecient', 900]] as const) {
  ES_HUNDREDS[`${stem}os`] = v
  ES_HUNDREDS[`${stem}as`] = v
}
const ES = join(table(ES_UNITS), table(ES_HUNDREDS), table({ mil: 1e3, millón: 1e6, millon: 1e6, millones: 1e6 }, 'scale'))

const DE = join(
  table({
    ein: 1, eine: 1, einer: 1, eins: 1, zwei: 2, zwo: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9,
    zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18,
    neunzehn: 19, zwanzig: 20, dreißig: 30, dreissig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80,
    neunzig: 90, dutzend: 12,
  }),
  table({ hundert: 100 }, 'mul'),
  table({ tausend: 1e3, million: 1e6, millionen: 1e6, milliarde: 1e9, milliarden: 1e9 }, 'scale'),
)

const FR = join(
  table({
    un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
    treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50,
    soixante: 60, douzaine: 12,
  }),
  table({ cent: 100, cents: 100 }, 'mul'),
  table({ mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9 }, 'scale'),
)

// Russian numerals inflect: nominative and the oblique forms news copy uses.
const RU_FORMS: [string[], number][] = [
  [['один', 'одна', 'одно', 'одного', 'одной', 'одному', 'одним'], 1],
  [['два', 'две', 'двух', 'двум', 'двумя', 'двое', 'двоих'], 2],
  [['три', 'трех', 'трёх', 'трем', 'трём', 'тремя', 'трое', 'троих'], 3],
  [['четыре', 'четырех', 'четырёх', 'четырем', 'четырьмя', 'четверо', 'четверых'], 4],
  [['пятеро', 'пятерых'], 5],
  [['шестеро', 'шестерых'], 6],
  [['семеро', 'семерых'], 7],
  [['сорок', 'сорока'], 40],
  [['девяносто', 'девяноста'], 90],
  [['сто', 'ста'], 100],
  [['двести', 'двухсот'], 200],
  [['триста', 'трехсот', 'трёхсот'], 300],
  [['четыреста', 'четырехсот', 'четырёхсот'], 400],
]
const RU_SOFT: [string, number][] = [
  ['пять', 5], ['шесть', 6], ['семь', 7], ['восемь', 8], ['девять', 9], ['десять', 10], ['одиннадцать', 11],
  ['двенадцать', 12], ['тринадцать', 13], ['четырнадцать', 14], ['пятнадцать', 15], ['шестнадцать', 16],
  ['семнадцать', 17], ['восемнадцать', 18], ['девятнадцать', 19], ['двадцать', 20], ['тридцать', 30],
]
const RU_ADD: Record<string, number> = {}
for (const [forms, v] of RU_FORMS) for (const f of forms) RU_ADD[f] = v
for (const [word, v] of RU_SOFT) {
  RU_ADD[word] = v
  RU_ADD[`${word.slice(0, -1)}и`] = v // genitive, dative, prepositional: пяти, двенадцати
  RU_ADD[`${word.slice(0, -1)}ью`] = v
}
RU_ADD['восьми'] = 8
for (const [stem, v] of [['пятьдесят', 50], ['шестьдесят', 60], ['семьдесят', 70], ['восемьдесят', 80]] as const) {
  RU_ADD[stem] = v
  RU_ADD[`${stem.replace('ьдесят', 'идесяти')}`] = v
}
for (const [stem, v] of [['пятьсот', 500], ['шестьсот', 600], ['семьсот', 700], ['восемьсот', 800], ['девятьсот', 900]] as const) {
  RU_ADD[stem] = v
  RU_ADD[stem.replace('ьсот', 'исот')] = v
}
const RU = join(
  table(RU_ADD),
  table({ тысяча: 1e3, тысячи: 1e3, тысяч: 1e3, тысячу: 1e3, тыс: 1e3, миллион: 1e6, миллиона: 1e6, миллионов: 1e6, млн: 1e6 }, 'scale'),
)

// Korean native numerals (열두 명, 스무 명); Sino-Korean ones only as multipliers next to digits.
const KO = table({
  하나: 1, 한: 1, 둘: 2, 두: 2, 셋: 3, 세: 3, 석: 3, 넷: 4, 네: 4, 넉: 4, 다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9,
  열: 10, 스물: 20, 스무: 20, 서른: 30, 마흔: 40, 쉰: 50, 예순: 60, 일흔: 70, 여든: 80, 아흔: 90,
})

const LEXICONS: Record<NumberLanguage, Map<string, NumberWord>> = { en: EN, es: ES, de: DE, fr: FR, ru: RU, ko: KO }

/** Words that may join two number words: "one hundred and twelve", "treinta y dos", "vingt et un". */
const JOINERS: Record<NumberLanguage, Set<string>> = {
  en: new Set(['and']),
  es: new Set(['y']),
  de: new Set(['und']),
  fr: new Set(['et']),
  ru: new Set(),
  ko: new Set(),
}

/** Korean digit multipliers: 1만2천 = 12,000. */
export const KO_MULTIPLIERS: Record<string, number> = { 십: 10, 백: 100, 천: 1e3, 만: 1e4, 억: 1e8 }

/** Scale words after digits: "2.5 million", "1,2 millones", "3 млн". */
export function scaleOf(word: string): number | null {
  const lower = word.toLowerCase()
  for (const lexicon of Object.values(LEXICONS)) {
    const entry = lexicon.get(lower)
    if (entry?.kind === 'scale' && entry.value >= 1e6) return entry.value
  }
  return null
}

/** Splits glued compounds: "zweihundertdreiundzwanzig", "quatre-vingt-dix", "열두". */
function parts(word: string, lexicon: Map<string, NumberWord>, language: NumberLanguage): string[] | null {
  if (lexicon.has(word)) return [word]
  const pieces = word.split('-')
  if (pieces.length > 1) {
    const all = pieces.flatMap((p) => parts(p, lexicon, language) ?? [''])
    return all.every((p) => p) ? all : null
  }
  if (language !== 'de' && language !== 'ko') return null
  // Longest first, so "vierzehn" is not read as "vier" + "zehn".
  for (let cut = word.length - 1; cut >= 2 || (language === 'ko' && cut >= 1); cut--) {
    const head = word.slice(0, cut)
    if (!lexicon.has(head) && !(language === 'de' && head === 'und')) continue
    const rest = parts(word.slice(cut), lexicon, language)
    if (rest) return [head, ...rest]
  }
  return null
}

export interface WordNumber {
  value: number
  /** How many of the given words it used. */
  length: number
}

/**
 * Reads the longest number starting at words[0] ("twenty", "one", "hundred" ...).
 * Lone "un"/"une"/"ein"/"one" are returned too: whether they count is the caller's call.
 */
export function readNumberWords(words: string[], language: NumberLanguage): WordNumber | null {
  const lexicon = LEXICONS[language]
  let total = 0
  let current = 0
  let used = 0
  let seen = false
  let previous: string | null = null
  for (let i = 0; i < words.length; i++) {
    const word = words[i].toLowerCase()
    if (seen && JOINERS[language].has(word) && i + 1 < words.length && parts(words[i + 1].toLowerCase(), lexicon, language)) continue
    const split = parts(word, lexicon, language)
    if (!split) break
    for (const piece of split) {
      if (piece === 'und') continue
      const entry = lexicon.get(piece)!
      // French counts in twenties: quatre-vingt(s) = 4 × 20.
      if (language === 'fr' && (piece === 'vingt' || piece === 'vingts') && previous === 'quatre') current = (current - 4) + 80
      else if (entry.kind === 'add') current += entry.value
      else if (entry.kind === 'mul') current = (current || 1) * entry.value
      else {
        total += (current || 1) * entry.value
        current = 0
      }
      previous = piece
    }
    seen = true
    used = i + 1
  }
  return seen ? { value: total + current, length: used } : null
}

/** Whether the word can start a number in this language (cheap pre-check for the scanner). */
export function isNumberWord(word: string, language: NumberLanguage): boolean {
  return parts(word.toLowerCase(), LEXICONS[language], language) !== null
}
