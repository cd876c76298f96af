// Countries (and a few regions news names as often), as word stems in every language
// we read, so that "Turkey", "Turquía", "Türkei", "Turquie", "Турция" and "튀르키예"
// give one place key. Stems match the start of a word (Korean: anywhere in it).
// Not exhaustive: a place missing here still links through its Latin spelling.

export const PLACES: Record<string, string[]> = {
  afghanistan: ['afghan', 'afgan', 'афганистан', 'афганск', '아프가니스탄', '아프간'],
  algeria: ['algeri', 'argelia', 'argelin', 'algerien', 'algérie', 'алжир', '알제리'],
  argentina: ['argentin', 'аргентин', '아르헨티나'],
  australia: ['australi', 'austral', 'австрали', '호주', '오스트레일리아'],
  austria: ['austria', 'österreich', 'autriche', 'австри', '오스트리아'],
  bangladesh: ['bangladesh', 'bangladés', 'бангладеш', '방글라데시'],
  belgium: ['belgi', 'belge', 'бельги', '벨기에'],
  bolivia: ['bolivi', 'боливи', '볼리비아'],
  brazil: ['brazil', 'brasil', 'brésil', 'бразили', '브라질'],
  canada: ['canad', 'kanad', 'канад', '캐나다'],
  chile: ['chile', 'chilen', 'chili', 'чили', '칠레'],
  china: ['china', 'chinese', 'chino', 'china', 'chinesisch', 'chine', 'chinois', 'китай', 'китайск', 'кнр', '중국'],
  colombia: ['colombi', 'kolumbien', 'colombie', 'колумби', '콜롬비아'],
  congo: ['congo', 'kongo', 'конго', '콩고'],
  cuba: ['cuba', 'kuba', 'куба', '쿠바'],
  ecuador: ['ecuador', 'équateur', 'эквадор', '에콰도르'],
  egypt: ['egypt', 'egipt', 'ägypt', 'égypt', 'египет', 'египт', '이집트'],
  ethiopia: ['ethiopi', 'etiopí', 'äthiopi', 'éthiopi', 'эфиопи', '에티오피아'],
  france: ['france', 'french', 'francia', 'francés', 'frankreich', 'französisch', 'français', 'франци', 'французск', '프랑스'],
  germany: ['german', 'alemania', 'alemán', 'deutschland', 'deutsch', 'allemagne', 'allemand', 'германи', 'немецк', 'фрг', '독일'],
  greece: ['greece', 'greek', 'grecia', 'griego', 'griechenland', 'griechisch', 'grèce', 'grec', 'греци', 'греческ', '그리스'],
  guatemala: ['guatemal', 'гватемал', '과테말라'],
  haiti: ['haiti', 'haití', 'haïti', 'гаити', '아이티'],
  india: ['india', 'indian', 'indien', ' inde ', 'индия', 'индии', 'индийск'],
  indonesia: ['indonesi', 'indonési', 'индонези', '인도네시아'],
  iran: ['iran', 'irán', 'иран'],
  iraq: ['iraq', 'irak', 'ирак', '이라크'],
  israel: ['israel', 'israël', 'израил', '이스라엘'],
  gaza: ['gaza', 'gazastreifen', 'газа', '가자지구'],
  italy: ['ital', 'италь', 'итали', '이탈리아'],
  japan: ['japan', 'japón', 'japon', 'япони', 'японск', '일본'],
  kenya: ['kenia', 'kenya', 'кени', '케냐'],
  lebanon: ['leban', 'líbano', 'libanon', 'liban', 'ливан', '레바논'],
  libya: ['libya', 'libia', 'libyen', 'libye', 'ливи', '리비아'],
  malaysia: ['malaysi', 'malasia', 'malaisie', 'малайзи', '말레이시아'],
  mexico: ['mexic', 'méxic', 'mexik', 'mexique', 'мексик', '멕시코'],
  morocco: ['morocc', 'marruec', 'marokk', 'maroc', 'марокк', '모로코'],
  myanmar: ['myanmar', 'birmani', 'burma', 'birman', 'мьянм', '미얀마'],
  nepal: ['nepal', 'népal', 'непал', '네팔'],
  nigeria: ['nigeria', 'nigéria', 'нигери', '나이지리아'],
  'north-korea': ['north korea', 'dprk', 'pyongyang', 'corea del norte', 'norcorea', 'nordkorea', 'corée du nord', 'nord-coré', 'кндр', 'пхеньян', '북한', '평양'],
  'south-korea': ['south korea', 'seoul', 'seul', 'corea del sur', 'südkorea', 'sudkorea', 'coree du sud', 'corea del sur', 'surcorea', 'südkorea', 'corée du sud', 'сеул', '한국', '서울'],
  pakistan: ['pakistan', 'pakistán', 'пакистан', '파키스탄'],
  peru: ['peru', 'perú', 'pérou', 'перу', '페루'],
  philippines: ['philippin', 'filipin', 'филиппин', '필리핀'],
  poland: ['poland', 'polish', 'polonia', 'polen', 'polnisch', 'pologne', 'польш', 'польск', '폴란드'],
  russia: ['russia', 'rusia', 'ruso', 'russland', 'russisch', 'russie', 'russe', 'росси', 'российск', ' рф ', '러시아'],
  'saudi-arabia': ['saudi', 'saudí', 'saudita', 'saoudit', 'саудовск', '사우디'],
  somalia: ['somali', 'somalie', 'сомали', '소말리아'],
  spain: ['spain', 'spanish', 'españa', 'español', 'spanien', 'spanisch', 'espagne', 'espagnol', 'испани', '스페인'],
  sudan: ['sudan', 'sudán', 'soudan', 'судан'],
  syria: ['syria', 'siria', 'syrien', 'syrie', 'сири', '시리아'],
  taiwan: ['taiwan', 'taiwán', 'тайван', '대만', '타이완'],
  thailand: ['thailand', 'tailandia', 'thaïlande', 'таиланд', '태국'],
  turkey: ['turkey', 'turkish', 'turkiye', 'türkiye', 'turquía', 'turco', 'türkei', 'türkisch', 'turquie', 'turc', 'турци', 'турецк', '튀르키예', '터키'],
  ukraine: ['ukrain', 'ucrania', 'ucranian', 'украин', '우크라이나'],
  'united-kingdom': ['britain', 'british', 'england', 'reino unido', 'británic', 'großbritannien', 'britisch', 'royaume-uni', 'britanniqu', 'великобритани', 'британск', '영국'],
  'united-states': ['united states', 'u.s.', ' usa ', 'american', 'estados unidos', 'estadounidense', 'vereinigte staaten', 'amerikan', 'états-unis', 'américain', 'сша', 'американск', '미국'],
  venezuela: ['venezuel', 'венесуэл', '베네수엘라'],
  vietnam: ['vietnam', 'viet nam', 'вьетнам', '베트남'],
  yemen: ['yemen', 'jemen', 'йемен', '예멘'],
}

function normalise(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').toLowerCase()
}

const SINGLE: [string, string][] = []
const MULTI: [string, string][] = []
const HANGUL: [string, string][] = []
for (const [place, stems] of Object.entries(PLACES)) {
  for (const stem of stems) {
    const n = normalise(stem)
    if (/[\uac00-\ud7af]/.test(n)) HANGUL.push([n, place])
    else if (/[\s.-]/.test(n)) MULTI.push([n, place])
    else SINGLE.push([n, place])
  }
}

// Single-word stems by their first two letters: a word meets a few stems, not all of them.
const BY_PREFIX = new Map<string, [string, string][]>()
for (const entry of SINGLE) BY_PREFIX.set(entry[0].slice(0, 2), [...(BY_PREFIX.get(entry[0].slice(0, 2)) ?? []), entry])

/** Place keys named in a text. */
export function placesIn(text: string): Set<string> {
  const lower = ` ${normalise(text)} `
  const found = new Set<string>()
  for (const [stem, place] of MULTI) if (lower.includes(stem)) found.add(place)
  for (const [stem, place] of HANGUL) if (lower.includes(stem)) found.add(place)
  const words = lower.match(/[\p{L}]+/gu) ?? []
  for (const word of words) {
    if (word.length < 3) continue
    for (const [stem, place] of BY_PREFIX.get(word.slice(0, 2)) ?? []) if (word.startsWith(stem)) found.add(place)
  }
  return found
}
