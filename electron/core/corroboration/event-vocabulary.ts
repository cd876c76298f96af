// A small multilingual vocabulary of event words: what lets "earthquake", "sismo",
// "Erdbeben", "séisme", "землетрясение" and "지진" be recognised as the same kind of
// event without a network or a model. Stems are lower-case, diacritics kept; a word
// matches when it starts with a stem (Korean: when it contains one).

export const EVENT_CONCEPTS: Record<string, string[]> = {
  earthquake: ['earthquake', 'quake', 'tremor', 'aftershock', 'seismic', 'terremoto', 'sismo', 'seísmo', 'sísmic', 'erdbeben', 'beben', 'nachbeben', 'séisme', 'tremblement', 'secousse', 'sismique', 'землетрясен', 'толчк', 'толчок', 'подземн', '지진', '여진'],
  tsunami: ['tsunami', 'цунами', '쓰나미', '해일'],
  flood: ['flood', 'flooding', 'floodwater', 'flash flood', 'inundaci', 'inundad', 'riada', 'crecida', 'überschwemm', 'hochwasser', 'flut', 'inondation', 'inondé', 'crue$', 'crues$', 'наводнен', 'паводк', 'потоп', '홍수', '침수', '폭우'],
  storm: ['storm', 'dana$', 'hurricane', 'typhoon', 'cyclone', 'tornado', 'huracán', 'tifón', 'ciclón', 'tormenta', 'temporal$', 'sturm', 'orkan', 'wirbelsturm', 'taifun', 'tempête', 'ouragan', 'typhon', 'cyclone', 'шторм', 'ураган', 'тайфун', 'циклон', 'смерч', '태풍', '허리케인', '폭풍', '토네이도'],
  landslide: ['landslide', 'mudslide', 'landslip', 'deslizamiento', 'alud', 'corrimiento', 'erdrutsch', 'schlammlawine', 'glissement', 'coulée', 'оползен', '산사태'],
  avalanche: ['avalanche', 'avalancha', 'lawine', 'лавин', '눈사태'],
  volcano: ['volcano', 'eruption', 'volcán', 'erupción', 'vulkan', 'ausbruch', 'volcan', 'éruption', 'вулкан', 'извержен', '화산', '분화'],
  wildfire: ['wildfire', 'bushfire', 'forest fire', 'incendio forestal', 'waldbrand', 'buschfeuer', 'incendie de forêt', 'feux de forêt', 'лесн', '산불'],
  fire: ['fire$', 'fires$', 'blaze', 'flames', 'burned', 'incendio', 'fuego', 'llamas', 'brand$', 'brände', 'großbrand', 'feuer', 'flammen', 'incendie', 'feu$', 'feux$', 'flammes', 'пожар', 'огонь', 'горел', '화재', '불이', '불길'],
  explosion: ['explosion', 'blast', 'exploded', 'explosive', 'detonat', 'explosión', 'explotó', 'estallido', 'explosion', 'detonación', 'explosion', 'explodiert', 'detonation', 'sprengsatz', 'explosion', 'explosé', 'déflagration', 'взрыв', 'взорвал', '폭발'],
  'gas-leak': ['gas leak', 'leak', 'toxic', 'chemical', 'fuga', 'escape de gas', 'tóxic', 'químic', 'gasleck', 'giftgas', 'chemikal', 'fuite', 'toxique', 'chimique', 'утечк', 'токсичн', 'химическ', '누출', '유독'],
  'mine-collapse': ['mine$', 'mines$', 'miners', 'mina', 'mineros', 'bergwerk', 'grube', 'bergleute', 'kumpel', 'mineurs', 'шахт', 'горняк', '탄광', '광산', '광부'],
  collapse: ['collapse', 'collapsed', 'derrumbe', 'colapso', 'derrumbó', 'einsturz', 'eingestürzt', 'effondrement', 'effondré', 'обрушен', 'рухнул', '붕괴', '무너'],
  'air-crash': ['plane', 'aircraft', 'airliner', 'airline', 'airbus', 'boeing', 'jet', 'flight', 'helicopter', 'aerolínea', 'fluggesellschaft', 'absturz', 'abgestürzt', 'compagnie aérienne', 'écrasé', 'avión', 'aeronave', 'helicóptero', 'vuelo', 'flugzeug', 'hubschrauber', 'avion', 'hélicoptère', 'vol ', 'самолет', 'самолёт', 'вертолет', 'вертолёт', 'рейс', '여객기', '항공기', '비행기', '헬기'],
  'rail-crash': ['train$', 'trains$', 'railway', 'derail', 'tren', 'ferrocarril', 'descarril', 'zug$', 'zuges', 'zugunglück', 'bahn', 'entgleis', 'ferroviaire', 'déraill', 'поезд', 'железнодорож', 'электрич', '열차', '기차', '탈선'],
  'road-crash': ['bus$', 'buses', 'coach', 'truck', 'lorry', 'road accident', 'car crash', 'autobús', 'camión', 'autocar', 'lastwagen', 'reisebus', 'lkw', 'autocar', 'camion', 'автобус', 'грузовик', 'дтп', '버스', '트럭', '교통사고'],
  shipwreck: ['ship', 'boat', 'ferry', 'vessel', 'capsiz', 'sank$', 'sinking', 'shipwreck', 'barco', 'embarcación', 'naufrag', 'hundi', 'ferri', 'schiff', 'boot', 'fähre', 'gekentert', 'untergang', 'bateau', 'navire', 'naufrage', 'chaviré', 'судно', 'лодк', 'паром', 'затонул', 'перевернул', '선박', '여객선', '침몰', '전복'],
  shooting: ['shooting', 'gunman', 'gunmen', 'gunfire', 'shot', 'opened fire', 'abrió fuego', 'abrieron fuego', 'ouvert le feu', 'открыл огонь', 'открыли огонь', 'tiroteo', 'balacera', 'pistolero', 'disparos', 'tiroteo', 'schießerei', 'schüsse', 'schütze', 'fusillade', 'tireur', 'coups de feu', 'стрельб', 'стрелок', 'стрелявш', '총격', '총기'],
  stabbing: ['stabbing', 'knife', 'stabbed', 'apuñal', 'cuchillo', 'messer', 'couteau', 'poignard', 'нож', '흉기', '칼부림'],
  bombing: ['bombing', 'bomb', 'suicide bomber', 'atentado', 'bomba', 'anschlag', 'bombe', 'attentat', 'теракт', 'бомб', '테러', '폭탄'],
  airstrike: ['airstrike', 'air strike', 'missile', 'drone', 'shelling', 'rocket', 'bombardeo', 'misil', 'dron', 'luftangriff', 'rakete', 'drohne', 'beschuss', 'frappe', 'missile', 'bombardement', 'roquette', 'авиаудар', 'ракет', 'беспилотник', 'дрон', 'обстрел', '공습', '미사일', '드론', '포격'],
  protest: ['protest', 'demonstrat', 'rally', 'riot', 'unrest', 'protesta', 'manifesta', 'disturbios', 'marcha', 'protest', 'demonstr', 'kundgebung', 'krawall', 'manifestation', 'manifestant', 'émeute', 'протест', 'митинг', 'демонстра', 'беспоряд', '시위', '집회'],
  strike: ['strike', 'walkout', 'huelga', 'paro$', 'streik', 'ausstand', 'grève', 'забастовк', 'стачк', '파업'],
  election: ['election', 'vote', 'ballot', 'elecci', 'votación', 'comicios', 'wahl', 'abstimmung', 'élection', 'scrutin', 'vote', 'выбор', 'голосован', '선거', '투표'],
  // A terror attack named as such, whatever the weapon ("attentat", "теракт", "테러").
  attack: ['attack', 'assailant', 'attacker', 'terror', 'massacre', 'gunmen', 'kamikaze', 'angreifer', 'attentäter', 'ataque', 'atentado', 'masacre', 'anschlag', 'angriff', 'attentat', 'massaker', 'attaque', 'assaillant', 'теракт', 'нападен', 'атак', 'напал', '테러', '공격', '습격'],
  stampede: ['stampede', 'crush', 'estampida', 'avalancha humana', 'massenpanik', 'gedränge', 'bousculade', 'давк', '압사', '압사사고'],
  heatwave: ['heatwave', 'heat wave', 'ola de calor', 'hitzewelle', 'canicule', 'жара', 'зной', '폭염'],
  drought: ['drought', 'sequía', 'dürre', 'sécheresse', 'засух', '가뭄'],
  epidemic: ['outbreak', 'epidemic', 'cholera', 'virus', 'brote', 'epidemia', 'cólera', 'ausbruch', 'epidemie', 'cholera', 'épidémie', 'choléra', 'эпидеми', 'вспышк', 'холер', '전염병', '콜레라', '감염'],
  kidnapping: ['kidnap', 'abduct', 'hostage', 'secuestr', 'rehén', 'entführ', 'geisel', 'enlève', 'otage', 'похищ', 'заложник', '납치', '인질'],
  migrants: ['migrant', 'refugee', 'asylum', 'migrante', 'refugiad', 'flüchtling', 'migrant', 'réfugié', 'мигрант', 'беженц', '난민', '이주민'],
  arrests: ['arrest', 'detain', 'raid', 'detenci', 'redada', 'festnahm', 'razzia', 'interpellation', 'arrestation', 'задержан', 'арест', '체포'],
  trial: ['court', 'trial', 'sentenced', 'convicted', 'tribunal', 'juicio', 'condenad', 'gericht', 'prozess', 'verurteil', 'procès', 'condamné', 'суд$', 'судом', 'приговор', '법원', '재판', '선고'],
}

// Kinds of event that reports of one event name differently: one says "shooting", another
// "terror attack", a third "bomb"; one says "storm", another "floods". Each member also
// counts as its family, so the two reports still share a kind of event.
export const FAMILIES: Record<string, string> = {
  shooting: 'attack', stabbing: 'attack', bombing: 'attack', attack: 'attack',
  flood: 'severe-weather', storm: 'severe-weather', landslide: 'severe-weather',
}

// Stems indexed by their first two letters, so a word is checked against a handful of
// stems rather than all of them (profiling every claim of a 100,000-claim workspace).
const PREFIX = new Map<string, [string, string][]>()
const EXACT = new Map<string, string>()
const SUBSTRING: [string, string][] = []
for (const [concept, stems] of Object.entries(EVENT_CONCEPTS)) {
  for (const stem of stems) {
    if (stem.includes(' ') || /[\uac00-\ud7af]/.test(stem)) SUBSTRING.push([stem, concept])
    else if (stem.endsWith('$')) EXACT.set(stem.slice(0, -1), concept)
    else {
      const key = stem.slice(0, 2)
      PREFIX.set(key, [...(PREFIX.get(key) ?? []), [stem, concept]])
    }
  }
}

/** The event concepts a text names. */
export function conceptsIn(text: string): Set<string> {
  const lower = ` ${text.toLowerCase()} `
  const found = new Set<string>()
  for (const [stem, concept] of SUBSTRING) if (!found.has(concept) && lower.includes(stem)) found.add(concept)
  for (const word of lower.match(/[\p{L}\p{M}]+/gu) ?? []) {
    const exact = EXACT.get(word)
    if (exact) found.add(exact)
    for (const [stem, concept] of PREFIX.get(word.slice(0, 2)) ?? []) if (word.startsWith(stem)) found.add(concept)
  }
  for (const concept of [...found]) if (FAMILIES[concept]) found.add(FAMILIES[concept])
  return found
}
