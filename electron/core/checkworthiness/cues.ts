// Cue words per language for the language-independent signals. Hedges are not among them:
// in debates a hedge marks opinion ("it seems to me"), in news a claim the outlet does not
// vouch for, so a weight learned from debates would mislead on news; the extractor reports
// hedges itself. The model learns one weight
// per signal (from English debates); another language only has to say which of its words
// express the same thing, so that weight carries over. Each label is in a reviewer's words;
// `{}` is replaced by the words that matched.

import { combinePhrases, compilePhrases, TOKEN_CAPITALISED, TOKEN_NAME, type CompiledPhrases, type PhraseGuards, type PhraseSets } from './phrases'
import { LiteralIndex, requiredLiterals } from '../extract/required-literals'

export type CueId =
  | 'numberWord'
  | 'date'
  | 'official'
  | 'past'
  | 'perfect'
  | 'promise'
  | 'opinion'
  | 'firstSingular'
  | 'firstPlural'
  | 'second'
  | 'obligation'
  | 'speculation'
  | 'conditional'
  | 'attribution'
  | 'change'
  | 'greeting'
  | 'evaluative'
  | 'negation'
  | 'superlative'

export const CUE_LABELS: Record<CueId, string> = {
  numberWord: 'states a number: {}',
  date: 'gives a date: {}',
  official: 'names an official: {}',
  past: 'reports a past event: {}',
  perfect: 'reports what has happened: {}',
  promise: 'promise: {}',
  opinion: 'opinion: {}',
  firstSingular: 'speaks of themselves: {}',
  firstPlural: 'speaks for a group: {}',
  second: 'addresses someone: {}',
  obligation: 'says what should happen: {}',
  // "may", "can", "probably": what is possible, allowed or likely; "speculates" misread "Items can be returned"
  speculation: 'possibility: {}',
  conditional: 'conditional: {}',
  attribution: 'cites a source: {}',
  change: 'measures a change: {}',
  greeting: 'greeting or thanks: {}',
  evaluative: 'value judgement: {}',
  negation: 'negation: {}',
  superlative: 'superlative: {}',
}

export const CUE_IDS = Object.keys(CUE_LABELS) as CueId[]

// Cues are phrases over lower-cased tokens (see phrases.ts); "0" stands for any digit.
type CueTable = Partial<Record<CueId, string[] | RegExp>>

const EN: CueTable = {
  numberWord: ['one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|trillion|trillions|dozen|dozens|percent|half|twice|double|triple', 'a third|quarter'],
  date: ['january|february|march|april|june|july|august|september|october|november|december|jan|feb|aug|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday', 'last|this|next week|month|year|spring|summer|fall|autumn|winter'],
  official: ['president|governor|senator|congressman|congresswoman|congress|senate|minister|ministry|secretary|department|administration|government|official|officials|police|army|military|court|judge|mayor|spokesman|spokeswoman|spokesperson|agency|embassy|parliament|committee'],
  past: ['was|were|did|had|ago', '*ed'],
  perfect: ["has|have|hasn't|haven't|i've|we've|they've|you've not|never|already? been|*ed|*en|*own"],
  promise: ["i|we will|shall|promise|pledge|intend|plan|want|would", "i|we am|are going to", "i'll|we'll|i'd|we'd", "i'm|we're going to", 'let me|us', "let's"],
  opinion: ["i think|believe|feel|hope|guess|suppose|doubt|agree|disagree|know|mean", "i am sure|convinced|confident", "i don't|do not think|believe", 'in my view|opinion|judgment', 'my view is', 'frankly|honestly', 'of course', 'it seems to me'],
  firstSingular: ["i|me|my|mine|myself|i'm|i've|i'd|i'll"],
  firstPlural: ["we|us|our|ours|ourselves|we're|we've|we'd|we'll"],
  second: ["you|your|yours|yourself|you're|you've|you'll|you'd"],
  obligation: ["should|shouldn't|must", 'ought to', 'need|needs|have|has|got to'],
  speculation: ['could|would|might|may|can|maybe|perhaps|possibly|probably'],
  conditional: ['if|unless|whether'],
  attribution: ['according to', 'said|says|told|reported|reports|report|stated|announced|testified|study|survey|studies|figures|statistics|estimate|estimated', 'data show|shows', 'records show'],
  change: ['increase|increased|increases|decrease|decreased|decreases|rose|risen|rises|fell|fallen|falls|doubled|tripled|cut|cuts|raised|lowered|grew|grown|dropped|decline|declined|since', 'more|less|fewer than', 'as many as', 'up to', 'at least', 'over the last'],
  greeting: ['thank|thanks|welcome|congratulations|congratulation|goodbye|hello', 'good evening|morning|afternoon|night', 'nice|glad|pleased|happy to be|see|meet', 'ladies and gentlemen', 'god bless'],
  evaluative: ['great|terrible|horrible|wonderful|beautiful|disaster|disgrace|disgraceful|shameful|outrageous|ridiculous|absurd|silly|foolish|wrong|best|worst|bad|good|fair|unfair|strong|weak|tough|nonsense'],
  negation: ["not|no|never|nobody|nothing|neither|nor|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|won't|can't|couldn't|wouldn't|shouldn't|haven't|hasn't"],
  superlative: ['the largest|biggest|highest|lowest|smallest|first|only|most|least|worst|best', 'record|ever'],
}

const DE: CueTable = {
  numberWord: ['eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|zwanzig|hundert|tausend|million|millionen|milliarde|milliarden|dutzend|dutzende|prozent|hälfte|doppelt'],
  date: ['januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|gestern', 'vergangene|vergangenen|vergangener woche|monat|jahr'],
  official: ['präsident|präsidentin|minister|ministerin|ministerium|regierung|behörde|behörden|polizei|armee|bundeswehr|gericht|richter|richterin|bürgermeister|bürgermeisterin|sprecher|sprecherin|parlament|bundestag|kanzler|kanzlerin|partei'],
  past: ['war|waren|wurde|wurden|hatte|hatten', 'ge*t|ge*en'],
  perfect: ['hat|haben|ist|sind ge*t|ge*en|worden'],
  promise: ['ich|wir werden|werde|will|wollen|verspreche|versprechen'],
  opinion: ['ich glaube|denke|finde|meine|hoffe', 'meiner meinung nach', 'meines erachtens', 'ehrlich gesagt'],
  firstSingular: ['ich|mich|mir|mein|meine|meinen|meiner'],
  firstPlural: ['wir|uns|unser|unsere|unseren'],
  second: ['du|dich|dir|dein|euch|ihnen'],
  obligation: ['sollte|sollten|muss|müssen|müsste|müssten', 'darf nicht'],
  speculation: ['könnte|könnten|würde|würden|vielleicht|möglicherweise|wahrscheinlich'],
  conditional: ['wenn|falls|ob'],
  attribution: ['laut|zufolge|sagte|sagten|erklärte|berichtete|berichtet|studie|bericht|statistik', 'nach angaben', 'teilte|teilten mit'],
  // "seit", "depuis", "desde", "이후" measure a change only from a year ("die höchste Zahl seit 1992"); else they give a
  // duration or a place ("seit zwei Wochen", "depuis chez elle", "desde la madrugada", "desde el consistorio")
  change: ['gestiegen|gesunken|stieg|sank|erhöht|gesenkt|verdoppelt|mindestens', 'seit 0000', 'mehr|weniger als', 'bis zu'],
  greeting: ['danke|willkommen', 'vielen dank', 'guten abend|morgen|tag', 'herzlichen glückwunsch'],
  evaluative: ['großartig|schrecklich|wunderbar|schön|schlecht|gut|falsch|unfair|skandalös|absurd'],
  negation: ['nicht|kein|keine|keinen|nie|niemals|niemand|nichts'],
  superlative: ['der|die|das größte|höchste|niedrigste|erste|einzige|meiste', 'rekord'],
}

const FR: CueTable = {
  numberWord: ['deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|vingt|cent|cents|mille|million|millions|milliard|milliards|dizaine|dizaines|centaine|centaines|moitié|double', 'pour cent'],
  date: ['janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier'],
  official: ['président|présidente|ministre|ministère|gouvernement|autorités|police|gendarmerie|armée|tribunal|juge|maire|préfecture|parlement|assemblée|parti', 'porte parole'],
  // a participle alone is an adjective or a noun ("la criminalité", "l'entrée", "une allée"): past after an auxiliary
  past: ['était|étaient|avait|avaient', 'a|ont été', 'a|ont|avait|avaient|est|sont|était|étaient|été|fut|furent *é|*ée|*és|*ées'],
  perfect: ['a|ont|est|sont *é|*ée|*és|*ées|*i|*is|*u|*us|*it'],
  promise: ['je vais|veux|promets|ferai', 'nous allons|voulons|promettons|ferons'],
  opinion: ['je pense|crois|trouve', 'je suis convaincu|convaincue|sûr|sûre', 'à mon avis', 'selon moi', 'franchement'],
  firstSingular: ['je|moi|me|mon|ma|mes'],
  firstPlural: ['nous|notre|nos'],
  second: ['tu|toi|vous|votre|vos|ton|ta|tes'],
  obligation: ['doit|doivent|devrait|devraient|faudrait', 'il faut'],
  speculation: ['pourrait|pourraient|probablement', 'peut être', 'sans doute'],
  conditional: ['si'],
  attribution: ['selon|rapport|étude|statistiques', "d'après", 'a|ont déclaré|indiqué|affirmé|annoncé|précisé'],
  change: ['augmenté|baissé|hausse|baisse|doublé', 'depuis 0000', 'plus|moins de', 'au moins', "jusqu'à"],
  greeting: ['merci|bonsoir|bonjour|bienvenue|félicitations'],
  evaluative: ['formidable|terrible|magnifique|honteux|scandaleux|absurde|mauvais|bon|injuste'],
  negation: ['ne|pas|jamais|personne|rien|aucun|aucune'],
  superlative: ['le|la|les plus', 'record|premier|première'],
}

const ES: CueTable = {
  numberWord: ['dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|veinte|cien|cientos|mil|millón|millones|miles|decenas|mitad|doble', 'por ciento'],
  date: ['enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|lunes|martes|miércoles|jueves|viernes|sábado|domingo|ayer'],
  official: ['presidente|presidenta|ministro|ministra|ministerio|gobierno|autoridades|policía|ejército|tribunal|juez|jueza|alcalde|alcaldesa|portavoz|parlamento|congreso|partido|fiscalía'],
  // a participle alone is an adjective or a noun ("los mercados", "el delegado", "en perfecto estado"): past only after
  // an auxiliary; the preterite's endings are the past's own
  past: ['fue|fueron|era|eran|había|habían', '*ó|*aron|*ieron', 'sido|fue|fueron|había|habían *ado|*ada|*ados|*adas|*ido|*ida|*idos|*idas'],
  perfect: ['ha|han|he|hemos *ado|*ido|*to|*cho'],
  promise: ['voy|vamos a', 'prometo|prometemos|haré|haremos'],
  opinion: ['creo|pienso|opino|considero', 'en mi opinión', 'a mi juicio', 'francamente'],
  firstSingular: ['yo|me|mí|mi|mis'],
  firstPlural: ['nosotros|nosotras|nos|nuestro|nuestra|nuestros|nuestras'],
  second: ['tú|te|ti|tu|tus|usted|ustedes|vosotros'],
  obligation: ['debe|deben|debería|deberían', 'hay que', 'tiene|tienen que'],
  speculation: ['podría|podrían|quizá|quizás|probablemente|posiblemente', 'tal vez'],
  conditional: ['!como si'],
  attribution: ['según|dijo|dijeron|afirmó|declaró|informó|indicó|señaló|explicó|informe|estudio|estadísticas', 'de acuerdo con'],
  // "subió / bajó / cayó" are also going up or down stairs, falling over: a change with a figure after them
  change: ['aumentó|disminuyó|duplicó', 'desde el? 0000', 'subió|bajó|cayó un|una|el|la|hasta|en|a? 0', 'más|menos de', 'al menos'],
  // "gracias a" is "thanks to", a cause ("gracias a la cual"), as the reason for something
  greeting: ['gracias !a|!al', 'gracias a todos|todas|usted|ustedes|ti|vosotros', 'bienvenido|bienvenida|bienvenidos|felicidades|enhorabuena', 'buenas noches|tardes', 'buenos días'],
  evaluative: ['terrible|maravilloso|maravillosa|horrible|vergonzoso|vergonzosa|absurdo|absurda|malo|mala|bueno|buena|injusto|injusta'],
  negation: ['no|nunca|jamás|nadie|nada|ningún|ninguna'],
  superlative: ['el|la|los|las mayor|más|menor|primer|primero|primera|único|única', 'récord'],
}

const RU: CueTable = {
  numberWord: ['два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|двадцать|сто|тысяча|тысячи|тысяч|миллион|миллиона|миллионов|миллиард|миллиарда|миллиардов|десятки|сотни|процент|процента|процентов|половина'],
  date: ['января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|вчера'],
  official: ['президент|министр|министерство|правительство|власти|полиция|армия|суд|судья|мэр|губернатор|представитель|парламент|дума|партия|ведомство', 'пресс секретарь'],
  // the past in -л/-ла/-ло/-ли, reflexive -лся/-лась/-лось/-лись ("признался", "случилось"), -шла/-шло/-шли ("произошло");
  // the endings are also nouns' and adverbs': agent nouns in -тель ("жители", "водители"), "отдел", "канал", "начало",
  // "сначала"; a name ("Павел") is kept out by the guards
  past: ['был|была|было|были', '*лся|*лась|*лось|*лись|*шла|*шло|*шли', '*ало|*ило|*ело|*оло|*сло|!начало|!правило|!зеркало|!покрывало|!одеяло|!масло|!кресло|!стекло|!ремесло|!русло|!число|!тепло|!*дело', '*ал|*ала|*али|*ил|*ила|*или|*ел|*ела|*ели|!сначала|!отдел|!отдела|!раздел|!канал|!канала|!сигнал|!материал|!материала|!квартал|!квартала|!генерал|!вокзал|!подвал|!персонал|!журнал|!портал|!финал|!капитал|!*мобили|!недели|!модели|!правила|!детали|!*тели'],
  promise: ['я буду|обещаю|сделаю', 'мы будем|обещаем|сделаем'],
  opinion: ['я думаю|считаю|полагаю|уверен|уверена|верю', 'по моему', 'на мой взгляд', 'по моему мнению'],
  firstSingular: ['я|меня|мне|мой|моя|моё|мои'],
  firstPlural: ['мы|нас|нам|наш|наша|наше|наши'],
  second: ['ты|тебя|тебе|вы|вас|вам|ваш|ваша|ваши'],
  obligation: ['должен|должна|должны|нужно|надо|следует'],
  speculation: ['возможно|вероятно|наверное', 'может быть', 'мог|могла|могли бы'],
  conditional: ['если'],
  attribution: ['согласно|сообщил|сообщила|сообщили|заявил|заявила|заявили|рассказал|рассказала|отметил|отметила|доклад|исследование|статистика', 'по словам|данным'],
  change: ['вырос|выросла|выросли|увеличился|увеличилась|снизился|снизилась|упал|упала|удвоился|более|менее', 'по меньшей мере', 'с тех пор'],
  greeting: ['спасибо|благодарю|поздравляю', 'добрый вечер|день', 'доброе утро', 'добро пожаловать'],
  evaluative: ['ужасно|ужасный|прекрасно|прекрасный|позорно|позорный|абсурдно|плохо|плохой|хорошо|хороший|несправедливо'],
  negation: ['не|нет|никогда|никто|ничего|ни'],
  superlative: ['самый|самая|самое|самых|крупнейший|рекорд|впервые'],
}

// Korean attaches particles and endings to words, so no boundaries: match the morphemes.
const KO: CueTable = {
  // a Sino-Korean numeral with a place value ("삼백 명", "5천만 원"): the digits alone are ordinary syllables ("사건" is a case, "이건" this one)
  numberWord: /(?:(?:[일이삼사오육칠팔구]?[십백천만억조])+\s?(?:명|개|건|원|톤|달러|퍼센트|%)(?![하했한해되된될]))|(?:수십|수백|수천|수만|절반|두 배)/u,
  date: /(?:\d+\s?(?:년|월|일)|지난(?:달|해|주)|어제|그저께|올해|작년|월요일|화요일|수요일|목요일|금요일|토요일|일요일)/u,
  // "군" is the army or a county ("군 당국", "예산군은", "군수"), not the syllable of "누군가" (someone), "군데", "군산", "군중"
  // "시장" is a mayor ("수원시장", "염 시장은") or a market: a market by its kind before it ("전통시장", "수산시장", "벼룩시장",
  // "주택시장") or its use after it ("시장 상인", "시장 이용", "전통시장 주변", "시장 156개소") (session 34)
  official: /(?:대통령|장관|총리|정부|당국|경찰|(?<!누)군(?![데산중자])|법원|판사|(?<!전통|재래|수산|번개|중앙|벼룩|야|5일|오일|농산물|청과|공설|상설|주택|증권|주식|노동|금융|부동산)시장(?!\s?(?:상인|상품권|상가|이용|주변|인근|부지|고객|매출|활성화|골목|번영회|\d+개))|도지사|대변인|위원회|국회|부처|통일부|국방부|외교부|노동당|조선중앙통신|KCNA)/u,
  past: /(?:었다|았다|였다|했다|됐다|었습니다|았습니다|였습니다|했습니다|됐습니다)/u,
  // "-고 있다" is going on now ("조사하고 있다": investigating), not what has happened
  perfect: /(?:해왔다|해 왔다|되어 왔다|돼 왔다)/u,
  promise: /(?:하겠(?:다|습니다)|할 것입니다|약속(?:합니다|한다)|겠습니다)/u,
  opinion: /(?:생각(?:합니다|한다)|믿(?:습니다|는다)|제 생각에는|솔직히|라고 본다)/u,
  firstSingular: /(?:^|\s)(?:나는|저는|제가|내가|저의|나의)/u,
  firstPlural: /(?:^|\s)(?:우리|저희)/u,
  second: /(?:^|\s)(?:당신|여러분)/u,
  obligation: /(?:해야 (?:한다|합니다)|야 한다|필요가 있다)/u,
  speculation: /(?:ㄹ 수 있다|수 있을 것|아마|어쩌면|것 같다|것 같습니다)/u,
  conditional: /(?:다면|라면|으면|경우에)/u,
  // "조사" alone is an inquiry ("조사됐다", "조사하고 있다"); a survey's findings are cited as such
  attribution: /(?:에 따르면|밝혔다|전했다|말했다|설명했다|보도했다|주장했다|보고서|조사 결과|여론조사|설문조사|실태조사|통계|소식통)/u,
  // "까지" after a date or a place is "until" or "to" ("8일까지 휴관"); after a quantity it is "up to" ("50명까지"); "이후"
  // (after, since) measures a change from a year only ("2019년 이후"), as "seit 1992" (DE)
  change: /(?:증가|감소|올랐다|내렸다|늘었다|줄었다|급등|급락|두 배|이상|이하|(?:\d|[십백천만억])\s?(?:명|개|건|원|톤|배|%|퍼센트|달러)?까지|\d{4}년\s?이후)/u,
  greeting: /(?:감사합니다|고맙습니다|안녕하십니까|안녕하세요|환영합니다|축하합니다)/u,
  evaluative: /(?:훌륭|끔찍|아름다|부끄러|터무니없|어리석|한심|나쁜|좋은|잘못)/u,
  negation: /(?:않|못|없|아니)/u,
  superlative: /(?:가장|최대|최고|최저|최초|유일|사상 처음)/u,
}

const TABLES: Record<string, CueTable> = { en: EN, de: DE, fr: FR, es: ES, ru: RU, ko: KO }

/** What a language's capitals say about its words. */
export interface CueShape {
  /** Every noun is capitalised (German): a capital marks no name, and no verb ending can be a capitalised word. */
  nounsCapitalised?: boolean
  /** Where nouns are capitalised, the words before a common noun (articles, determiners, contracted prepositions). */
  determiners?: ReadonlySet<string>
}

const SHAPES: Record<string, CueShape> = {
  de: {
    nounsCapitalised: true,
    determiners: new Set(
      'der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner keines dieser diese dieses diesen diesem jeder jede jedes jeden jedem mein meine meinen meinem meiner sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer unser unsere unseren unserem unserer welche welcher welches alle allen aller beide beiden viele vielen mehrere mehreren einige einigen im am zum zur beim vom ins ans'.split(
        ' ',
      ),
    ),
  },
}

export function shapeFor(language: string): CueShape {
  return SHAPES[language] ?? {}
}

// Names can be these words ("President", "May", "Monday", "Seven Oaks"); a name is no verb, no opinion, no hedge:
// "Rose Hill Park" reports no change, "Said" no source, "in May" no speculation.
const NAME_CAN_BE: ReadonlySet<CueId> = new Set<CueId>(['official', 'date', 'numberWord'])

function guardsOf(id: CueId, shape: CueShape): PhraseGuards {
  // where nouns are capitalised every capitalised word is a noun or a name, never a verb form (German "Geplant ist",
  // "Gebäuden"), and the table's words may be nouns ("Studie", "Bericht")
  if (shape.nounsCapitalised) return { exact: 0, wildcard: TOKEN_CAPITALISED }
  return { exact: NAME_CAN_BE.has(id) ? 0 : TOKEN_NAME, wildcard: TOKEN_NAME }
}

export type CompiledCues = [CueId, CompiledPhrases | RegExp][]

const compiled = new Map<string, CompiledCues>()

/** The cue table for a language, compiled once; languages without one use only the shape signals. */
export function cuesFor(language: string): CompiledCues {
  let cues = compiled.get(language)
  if (!cues) {
    const table = TABLES[language] ?? {}
    const shape = shapeFor(language)
    cues = CUE_IDS.filter((id) => table[id]).map((id) => {
      const cue = table[id]!
      return [id, cue instanceof RegExp ? cue : compilePhrases(cue, guardsOf(id, shape))]
    })
    compiled.set(language, cues)
  }
  return cues
}

export interface CombinedCues {
  /** The language's phrase cues (not its regular expressions), searched in one pass. */
  sets: PhraseSets
  /** Per entry of cuesFor(language), its set in `sets`, or -1 for a regular expression. */
  slot: number[]
  /**
   * The regular-expression cues' required literals, one bit per cue in cue order (Korean has 19 such cues): one pass over the
   * sentence says which of them can match at all, instead of each scanning every position. Null without such cues.
   */
  regexGate: LiteralIndex | null
}

const combined = new Map<string, CombinedCues>()

/** The phrase cues of cuesFor(language) combined for findPhrases, built once per language. */
export function combinedCuesFor(language: string): CombinedCues {
  let c = combined.get(language)
  if (!c) {
    const phrases: CompiledPhrases[] = []
    const slot = cuesFor(language).map(([, cue]) => (cue instanceof RegExp ? -1 : phrases.push(cue) - 1))
    const regexes = cuesFor(language).flatMap(([, cue]) => (cue instanceof RegExp ? [cue] : []))
    // a LiteralIndex answers for at most 32 lists: past that, every cue is tried (never the case today)
    const regexGate = regexes.length > 0 && regexes.length <= 32 ? new LiteralIndex(regexes.map((r) => requiredLiterals(r.source, r.flags))) : null
    c = { sets: combinePhrases(phrases), slot, regexGate }
    combined.set(language, c)
  }
  return c
}

export const CUE_LANGUAGES = Object.keys(TABLES)
