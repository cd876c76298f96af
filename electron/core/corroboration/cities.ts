// Cities whose names are spelt differently across languages and scripts, so that "Moscow",
// "Moskau", "Moscú", "Москве" and "모스크바" give one name key. A city missing here still
// links through its consonant skeleton (romanize.ts) when the spellings agree in their
// consonants ("Christchurch", "Valencia"); this list is for exonyms and transliterations
// whose consonants differ (Moscow/Moskva, Munich/München, Kyiv/Kiew, Beijing/Pékin).
// Stems match the start of a word, diacritics dropped (Cyrillic stems cover its case
// endings: Москва, Москвы, Москве); Hangul matches anywhere in a word.

export const CITIES: Record<string, string[]> = {
  moscow: ['moscow', 'moskau', 'moscú', 'moscou', 'mosca', 'москв', '모스크바'],
  'saint-petersburg': ['petersburg', 'san petersburgo', 'saint-pétersbourg', 'петербург', '상트페테르부르크'],
  kyiv: ['kyiv', 'kiev', 'kiew', 'kiev', 'киев', 'київ', '키이우', '키예프'],
  kharkiv: ['kharkiv', 'kharkov', 'charkiw', 'járkov', 'kharkiv', 'харьков', 'харків', '하르키우'],
  odesa: ['odesa', 'odessa', 'одесс', '오데사'],
  warsaw: ['warsaw', 'warschau', 'varsovia', 'varsovie', 'варшав', '바르샤바'],
  vienna: ['vienna', 'wien', 'viena', 'vienne', 'вен', '빈'],
  munich: ['munich', 'münchen', 'múnich', 'мюнхен', '뮌헨'],
  cologne: ['cologne', 'köln', 'colonia', 'кёльн', 'кельн', '쾰른'],
  berlin: ['berlin', 'berlín', 'берлин', '베를린'],
  paris: ['paris', 'parís', 'париж', '파리'],
  london: ['london', 'londres', 'londra', 'лондон', '런던'],
  brussels: ['brussels', 'brüssel', 'bruselas', 'bruxelles', 'брюссел', '브뤼셀'],
  rome: ['rome', 'rom', 'roma', 'рим', '로마'],
  milan: ['milan', 'mailand', 'milán', 'милан', '밀라노'],
  naples: ['naples', 'neapel', 'nápoles', 'napoli', 'неапол', '나폴리'],
  venice: ['venice', 'venedig', 'venecia', 'venise', 'венеци', '베네치아'],
  florence: ['florence', 'florenz', 'florencia', 'флоренци', '피렌체'],
  lisbon: ['lisbon', 'lissabon', 'lisboa', 'lisbonne', 'лиссабон', '리스본'],
  athens: ['athens', 'athen', 'atenas', 'athènes', 'афин', '아테네'],
  prague: ['prague', 'prag', 'praga', 'праг', '프라하'],
  geneva: ['geneva', 'genf', 'ginebra', 'genève', 'женев', '제네바'],
  copenhagen: ['copenhagen', 'kopenhagen', 'copenhague', 'копенгаген', '코펜하겐'],
  manchester: ['manchester', 'mánchester', 'манчестер', '맨체스터'],
  valencia: ['valencia', 'valència', 'валенси', '발렌시아'],
  seville: ['seville', 'sevilla', 'séville', 'севиль', '세비야'],
  istanbul: ['istanbul', 'estambul', 'стамбул', '이스탄불'],
  beijing: ['beijing', 'peking', 'pekín', 'pékin', 'пекин', '베이징'],
  tokyo: ['tokyo', 'tokio', 'токио', '도쿄'],
  seoul: ['seoul', 'seúl', 'séoul', 'сеул', '서울'],
  pyongyang: ['pyongyang', 'pjöngjang', 'piongyang', 'пхеньян', '평양'],
  busan: ['busan', 'pusan', 'пусан', '부산'],
  jerusalem: ['jerusalem', 'jerusalén', 'jérusalem', 'иерусалим', '예루살렘'],
  cairo: ['cairo', 'kairo', 'le caire', 'каир', '카이로'],
  tripoli: ['tripoli', 'trípoli', 'tripolis', 'триполи', '트리폴리'],
  benghazi: ['benghazi', 'bengasi', 'bengazi', 'benghazi', 'бенгази', '벵가지'],
  derna: ['derna', 'darnah', 'дерн', '데르나'],
  marrakesh: ['marrakesh', 'marrakech', 'marrakesch', 'marrakech', 'марракеш', '마라케시'],
  christchurch: ['christchurch', 'крайстчерч', '크라이스트처치'],
  tehran: ['tehran', 'teheran', 'teherán', 'téhéran', 'тегеран', '테헤란'],
  baghdad: ['baghdad', 'bagdad', 'багдад', '바그다드'],
  damascus: ['damascus', 'damaskus', 'damasco', 'damas', 'дамаск', '다마스쿠스'],
  aleppo: ['aleppo', 'alepo', 'alep', 'халеб', 'алеппо', '알레포'],
  beirut: ['beirut', 'beyrouth', 'бейрут', '베이루트'],
  kabul: ['kabul', 'kaboul', 'кабул', '카불'],
  'new-york': ['new york', 'nueva york', 'нью-йорк', '뉴욕'],
  washington: ['washington', 'washington', 'вашингтон', '워싱턴'],
  'mexico-city': ['ciudad de méxico', 'mexico city', 'mexiko-stadt', 'мехико', '멕시코시티'],
  kazan: ['kazan', 'kasan', 'kazán', 'казан', '카잔'],
  krasnogorsk: ['krasnogorsk', 'красногорск', '크라스노고르스크'],
  lahaina: ['lahaina', 'лахайн', '라하이나'],
  malang: ['malang', 'маланг', '말랑'],
  itaewon: ['itaewon', 'итэвон', 'итхэвон', '이태원'],
  muan: ['muan', 'муан', '무안'],
  balasore: ['balasore', 'baleswar', 'баласор', '발라소르'],
  gaziantep: ['gaziantep', 'газиантеп', '가지안테프'],
  kahramanmaras: ['kahramanmaraş', 'kahramanmaras', 'кахраманмараш', '카흐라만마라슈'],
}

function normalise(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').toLowerCase()
}

const WORD_STEMS = new Map<string, [string, string][]>()
const PHRASES: [string, string][] = []
const HANGUL: [string, string][] = []
for (const [city, stems] of Object.entries(CITIES)) {
  for (const stem of new Set(stems.map(normalise))) {
    if (/[\uac00-\ud7af]/.test(stem)) HANGUL.push([stem, city])
    else if (/[\s-]/.test(stem)) PHRASES.push([stem, city])
    else WORD_STEMS.set(stem.slice(0, 2), [...(WORD_STEMS.get(stem.slice(0, 2)) ?? []), [stem, city]])
  }
}

/** The city a capitalised word names, or null. Short stems ("рим", "вен") must be the whole word or its case ending. */
export function cityOf(word: string): string | null {
  const n = normalise(word)
  for (const [stem, city] of WORD_STEMS.get(n.slice(0, 2)) ?? []) {
    if (!n.startsWith(stem)) continue
    const rest = n.length - stem.length
    // Latin stems are whole spellings (possessive aside); Cyrillic ones take a case ending of up to two letters.
    if (rest === 0 || (/[\u0400-\u04ff]/.test(stem) ? rest <= 2 : false)) return city
  }
  return null
}

/** Cities a text names in several words ("New York", "Le Caire") or in Hangul (inside a word). */
export function citiesInPhrases(text: string): Set<string> {
  const lower = ` ${normalise(text)} `
  const found = new Set<string>()
  for (const [stem, city] of PHRASES) if (lower.includes(stem)) found.add(city)
  for (const [stem, city] of HANGUL) if (stem.length >= 2 && lower.includes(stem)) found.add(city)
  return found
}
