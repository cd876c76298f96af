// Where a figure comes from, named the same way in every language: "the Interior
// Ministry", "el Ministerio del Interior", "das Innenministerium" and "le ministère de
// l'Intérieur" are one origin. Two reports that rest on one origin are not independent,
// and a later figure from it is an update rather than a conflict (DOMAIN.md).
// Stems are matched case-insensitively inside the attribution or the claim.

export const ORIGINS: Record<string, string[]> = {
  'interior-ministry': ['interior ministry', 'ministry of interior', 'ministry of the interior', 'home ministry', 'ministerio del interior', 'ministerio de interior', 'innenministerium', "ministère de l'intérieur", 'ministère de l’intérieur', 'мвд', 'министерство внутренних дел', '내무부', '행정안전부', '행안부'],
  'health-ministry': ['health ministry', 'ministry of health', 'health minister', 'ministerio de salud', 'ministerio de sanidad', 'gesundheitsministerium', 'gesundheitsminister', 'ministère de la santé', 'минздрав', 'министерство здравоохранения', '보건부', '보건복지부'],
  'defence-ministry': ['defence ministry', 'defense ministry', 'ministry of defence', 'ministry of defense', 'pentagon', 'ministerio de defensa', 'verteidigungsministerium', 'ministère de la défense', 'минобороны', 'министерство обороны', '국방부'],
  'civil-protection': ['civil protection', 'civil defence', 'civil defense', 'emergency ministry', 'disaster management', 'protección civil', 'defensa civil', 'katastrophenschutz', 'zivilschutz', 'protection civile', 'sécurité civile', 'мчс', 'министерство по чрезвычайным', '중앙재난안전대책본부', '중대본'],
  'fire-service': ['fire department', 'fire service', 'fire agency', 'fire authorities', 'fire officials', 'bomberos', 'feuerwehr', 'pompiers', 'пожарн', '소방'],
  police: ['police', 'policía', 'polizei', 'gendarmerie', 'полиция', 'полиции', '경찰'],
  'red-cross': ['red cross', 'red crescent', 'ifrc', 'cruz roja', 'media luna roja', 'rotes kreuz', 'roten kreuz', 'roter halbmond', 'roten halbmond', 'croix-rouge', 'croissant-rouge', 'croissant rouge', 'красный крест', 'красного креста', 'красный полумесяц', '적십자', '적신월사'],
  'united-nations': ['united nations', 'u.n.', 'ocha', 'unicef', 'unhcr', 'iom', 'world health organization', 'naciones unidas', 'onu', 'oms', 'oim', 'vereinte nationen', 'vereinten nationen', 'nations unies', 'оон', 'воз', '유엔', '세계보건기구'],
  usgs: ['usgs', 'geological survey', 'servicio geológico de estados unidos', 'us-erdbebenwarte', 'institut de géophysique américain', 'геологическая служба сша', '미국 지질조사국'],
  'seismology-institute': ['geophysical institute', 'seismological', 'instituto geofísico', 'centro nacional de investigación científica', 'cnrst', 'institut national de géophysique', 'centre sismologique', 'csem', 'emsc', 'kandilli', 'afad', 'erdbebendienst', 'geoforschungszentrum', 'gfz', '기상청', 'сейсмолог'],
  afp: ['afp', 'agence france-presse', 'agence france presse'],
  reuters: ['reuters', 'ройтер', '로이터'],
  ap: ['associated press', '(ap)', 'ap news', 'ассошиэйтед пресс', 'ap통신'],
  efe: ['efe'],
  dpa: ['dpa'],
  xinhua: ['xinhua', 'синьхуа', '신화통신'],
  tass: ['tass', 'тасс'],
  ria: ['ria novosti', 'риа новости'],
  yonhap: ['yonhap', '연합뉴스'],
  kcna: ['kcna', 'korean central news agency', 'kcna watch', 'центральное телеграфное агентство кореи', '조선중앙통신'],
  'state-media': ['state media', 'state television', 'state tv', 'medios estatales', 'televisión estatal', 'staatsmedien', 'staatsfernsehen', 'médias d’état', "médias d'état", 'télévision d’état', "télévision d'état", 'télévision publique', 'госсми', 'государственное телевидение', '관영 매체', '관영매체', '국영'],
}

const ENTRIES: [string, string, RegExp][] = Object.entries(ORIGINS).flatMap(([origin, stems]) =>
  stems.map((stem): [string, string, RegExp] => {
    const escaped = stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    // Latin and Cyrillic stems start a word; one-word names (afp, efe, police) must also end
    // one, while a phrase may run on ("ministère de l'Intérieure" as printed). Hangul sits inside words.
    const latin = /^[\p{L}\s.'’()-]+$/u.test(stem) && !/[\uac00-\ud7af]/.test(stem)
    const pattern = !latin ? escaped : /\s/.test(stem) ? `(?<![\\p{L}])${escaped}` : `(?<![\\p{L}])${escaped}(?![\\p{L}])`
    return [origin, stem.toLowerCase(), new RegExp(pattern, 'iu')]
  }),
)

/** Origin keys named in a text (an attribution, a claim, an article's lede). */
export function originsIn(text: string | null | undefined): Set<string> {
  const found = new Set<string>()
  if (!text) return found
  const lower = text.toLowerCase()
  // A plain substring test first: the word-boundary regex runs only where the stem occurs.
  for (const [origin, stem, re] of ENTRIES) if (!found.has(origin) && lower.includes(stem) && re.test(text)) found.add(origin)
  return found
}
