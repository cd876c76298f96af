// What a figure counts, named the same way in every language: "muertos", "Tote",
// "погибли" and "사망" are all `dead`. Cues are lower-case word stems; a word counts
// when it starts with a stem (so "injur" covers injured, injuries, injuring).
import type { NumberLanguage } from './number-words'

export const COUNTED_THINGS = [
  'dead',
  'injured',
  'missing',
  'evacuated',
  'arrested',
  'displaced',
  'rescued',
  'hospitalised',
  'buildings',
  'tonnes',
  'magnitude',
] as const
export type CountedThing = (typeof COUNTED_THINGS)[number]

export const COUNTED_THING_LABELS: Record<CountedThing, string> = {
  dead: 'dead',
  injured: 'injured',
  missing: 'missing',
  evacuated: 'evacuated',
  arrested: 'arrested',
  displaced: 'displaced',
  rescued: 'rescued',
  hospitalised: 'in hospital',
  buildings: 'buildings damaged or destroyed',
  tonnes: 'tonnes',
  magnitude: 'magnitude',
}

type Cues = Partial<Record<CountedThing, string[]>>

const EN: Cues = {
  dead: ['dead', 'death', 'died', 'dies', 'dying', 'kill', 'fatalit', 'lives', 'bodies', 'toll', 'perished', 'drowned', 'murdered', 'slain'],
  injured: ['injur', 'wounded', 'hurt'],
  missing: ['missing', 'unaccounted'],
  evacuated: ['evacuat'],
  arrested: ['arrest', 'detain', 'detention', 'custody'],
  displaced: ['displaced', 'homeless', 'fled'],
  rescued: ['rescued', 'saved'],
  hospitalised: ['hospitali'],
  buildings: ['homes', 'houses', 'buildings', 'dwellings'],
  tonnes: ['tonnes', 'tons', 'tonne', 'ton'],
  magnitude: ['magnitude', 'richter'],
}

const ES: Cues = {
  dead: ['muert', 'fallec', 'murió', 'murieron', 'mató', 'mataron', 'matando', 'víctimas mortales', 'perdieron la vida', 'cadáveres', 'decesos', 'ahogad', 'vidas'],
  injured: ['herid', 'lesionad'],
  missing: ['desaparecid'],
  evacuated: ['evacua', 'desalojad'],
  arrested: ['detenid', 'arrestad', 'detuvo', 'detuvieron', 'detención', 'detenciones', 'arrestos'],
  displaced: ['desplazad', 'damnificad', 'sin hogar'],
  rescued: ['rescatad'],
  hospitalised: ['hospitalizad'],
  buildings: ['viviendas', 'casas', 'edificios', 'hogares'],
  tonnes: ['tonelada'],
  magnitude: ['magnitud', 'richter'],
}

const DE: Cues = {
  dead: ['tote', 'toten', 'getötet', 'tötete', 'tötet', 'umgekommen', 'ermordet', 'menschenleben', 'starb', 'gestorben', 'ums leben', 'todesopfer', 'leichen', 'tod', 'ertrunken', 'ertranken', 'opferzahl'],
  injured: ['verletz', 'verwundet'],
  missing: ['vermisst', 'vermisste'],
  evacuated: ['evakuiert', 'in sicherheit gebracht', 'evakuierung'],
  arrested: ['festgenommen', 'festnahme', 'verhaftet', 'inhaftiert', 'gewahrsam'],
  displaced: ['obdachlos', 'vertrieben', 'geflüchtet'],
  rescued: ['gerettet'],
  hospitalised: ['krankenhaus', 'kliniken', 'klinik'],
  buildings: ['häuser', 'gebäude', 'wohnungen'],
  tonnes: ['tonne'],
  magnitude: ['stärke', 'magnitude', 'richter'],
}

const FR: Cues = {
  dead: ['mort', 'tué', 'décès', 'décéd', 'ont péri', 'périrent', 'victimes', 'bilan', 'noyé', 'ont perdu la vie', 'vies'],
  injured: ['bless'],
  missing: ['disparu'],
  evacuated: ['évacu'],
  arrested: ['interpell', 'arrêté', 'arrestation', 'garde à vue', 'détenu'],
  displaced: ['déplacé', 'sans-abri', 'sinistrés'],
  rescued: ['secouru', 'sauvé'],
  hospitalised: ['hospitalis'],
  buildings: ['maisons', 'bâtiments', 'logements', 'habitations'],
  tonnes: ['tonne'],
  magnitude: ['magnitude', 'richter'],
}

const RU: Cues = {
  dead: ['погиб', 'умер', 'умерл', 'смерт', 'жертв', 'убит', 'скончал', 'утонул', 'тела'],
  injured: ['ранен', 'ранил', 'пострадав', 'пострадал', 'травм'],
  missing: ['пропал', 'пропавш', 'без вести'],
  evacuated: ['эвакуир', 'эвакуац'],
  arrested: ['задержан', 'арестован', 'задержал', 'арестовал', 'задержани'],
  displaced: ['лишились крова', 'без крова', 'беженц'],
  rescued: ['спасен', 'спасён', 'спасли'],
  hospitalised: ['госпитализ'],
  buildings: ['домов', 'дома', 'зданий', 'здания'],
  tonnes: ['тонн'],
  magnitude: ['магнитуд'],
}

// Korean is agglutinative: cues are matched inside the word (숨졌다, 사망자는, 부상을).
const KO: Cues = {
  dead: ['숨지', '숨진', '숨졌', '사망', '목숨', '희생', '사상자', '시신', '죽'],
  injured: ['부상', '다쳐', '다친', '다치', '다쳤', '중상', '경상'],
  missing: ['실종'],
  evacuated: ['대피', '피난'],
  arrested: ['체포', '연행', '검거', '구속'],
  displaced: ['이재민'],
  rescued: ['구조'],
  hospitalised: ['입원', '병원'],
  buildings: ['주택', '가옥', '건물'],
  tonnes: ['톤'],
  magnitude: ['규모'],
}

export const COUNTED_THING_CUES: Record<NumberLanguage, Cues> = { en: EN, es: ES, de: DE, fr: FR, ru: RU, ko: KO }

/**
 * Generic nouns that sit between a number and what it counts ("12 people were killed",
 * "15 personas murieron"): they neither name the thing nor end the search.
 */
export const PEOPLE_WORDS = new Set([
  'people', 'persons', 'person', 'others', 'residents', 'civilians', 'children', 'adults', 'men', 'women', 'passengers',
  'workers', 'soldiers', 'protesters', 'demonstrators', 'migrants', 'students', 'police', 'officers', 'villagers', 'more',
  'personas', 'niños', 'civiles', 'pasajeros', 'migrantes', 'manifestantes', 'vecinos', 'habitantes', 'más',
  'menschen', 'personen', 'kinder', 'zivilisten', 'passagiere', 'migranten', 'demonstranten', 'bewohner', 'weitere',
  'personnes', 'enfants', 'civils', 'passagers', 'migrants', 'manifestants', 'habitants', 'autres',
  'человек', 'людей', 'человека', 'детей', 'пассажиров', 'мирных', 'жителей', 'граждан', 'еще', 'ещё',
  'were', 'have', 'had', 'been', 'are', 'was', 'being', 'reportedly', 'also', 'who', 'had', 'of', 'them',
  'fueron', 'han', 'resultaron', 'quedaron', 'sido', 'están',
  'wurden', 'sind', 'waren', 'kamen', 'worden', 'seien',
  'ont', 'été', 'sont', 'étaient',
  'были', 'был', 'была',
  // Fillers between a number and its noun: "7 degrees on the Richter scale", "12 de los heridos".
  'on', 'the', 'of', 'de', 'la', 'los', 'las', 'der', 'die', 'des', 'sur', 'auf', 'en', 'del', 'du', 'scale', 'escala', 'échelle', 'skala', 'degrees', 'grados', 'degrés', 'grad',
])
