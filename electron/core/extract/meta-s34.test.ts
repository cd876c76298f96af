// Session 34 (meta1): the meta fields a reviewer reads first. Grid of invented pages: must-change cells (failed on main
// 322ac9e) and must-not cells (near misses that stay).
import { describe, expect, it } from 'vitest'
import { extract } from './index'
import { parseDateIn } from './dates'
import { scoreSentence, SIGNALS } from './checkworthiness'
import { scoreCheckworthiness } from '../checkworthiness'

const date = (text: string) => extract(text).meta.publishedAt

describe("the page's own date: a date line at the head of the page (dates.ts headDate)", () => {
  const cells: [string, string, string][] = [
    ['ru date line under the headline', 'Житель Тулы задержан за кражу велосипеда\n15 марта 2023, 15:05\n\nПолиция задержала жителя Тулы, который украл велосипед у соседа. Его задержали на следующий день.', '2023-03-15'],
    ['ru stamp with "года"', '13:59, 11 марта 2026 года\nВ Мценске задержали похитителя шоколада\n\nПолиция задержала мужчину, который вынес из магазина коробку шоколада. Ущерб составил 3 тысячи рублей.', '2026-03-11'],
    ['es weekday, "de" and a double space', 'Vecinos reclaman alumbrado público en La Villita\nMiércoles 30 de octubre de  2024\n\nLos vecinos de la colonia pidieron al ayuntamiento que repare las luminarias. Llevan tres meses a oscuras.', '2024-10-30'],
    ['es month before the day', '26 enero, 2026\nExigen reparar el alumbrado público\n\nLos vecinos de Pueblo Viejo exigieron reparar el alumbrado. La calle lleva semanas sin luz.', '2026-01-26'],
    ['fr slashes, day first', 'Une enfant blessée par un chien\npublié le 12/11/2018 à 17:23\n\nUne enfant de 10 ans a été mordue par un chien dans la commune. Elle a été transportée à l\'hôpital.', '2018-11-12'],
    ['en slashes, month first', 'Lights out on the west side\nSubmitted by lmcshane on Wed, 10/01/2008 - 09:04.\n\nThe city turned off forty street lights on Tuesday. Residents were not told in advance.', '2008-10-01'],
    ['ko date beside the reporter', '‘층간소음 불만’ 흉기 들고 이웃집서 소동 부린 60대 남성\n\n2022-02-23     김소영 기자\n\n층간소음에 대한 불만으로 이웃집에 찾아가 소동을 부린 60대 남성이 경찰에 붙잡혔다. 경찰은 이 남성을 입건했다.', '2022-02-23'],
    ['posted, then modified: the first of the run', 'Posted 25 ноября 2016, 04:01\nModified 11 сентября 2022, 08:50\nВ районе отремонтировали дороги\n\nНа содержание дорог района в этом году выделили 5 миллионов рублей. Ремонт закончили в октябре.', '2016-11-25'],
    ['the head date over a related teaser further down', 'Cinq médiathèques lilloises rouvrent leurs portes\nLucie Delorme,\n22 juin 2020,\n\nCinq médiathèques de quartier rouvrent leurs portes cette semaine. Les horaires seront plus serrés.\nLes bibliothèques du centre ne rouvriront que le 7 juillet.\n\nÀ lire aussi\nLille : un nouveau marché de Noël\n19 nov. 2024', '2020-06-22'],
    ['a wire dateline opening the first paragraph', 'Detienen a dos extranjeros con armas\n\nMorelia, Michoacán, a 27 de agosto del 2025.- La Fiscalía General detuvo a dos hombres con armas largas. Fueron puestos a disposición de un juez.', '2025-08-27'],
  ]
  for (const [name, text, want] of cells) it(`must change: ${name}`, () => expect(date(text)).toBe(want))

  const keep: [string, string, string | null][] = [
    ['a headline that names a date (a street) gives none', 'Ouverture d’un parking de 30 places rue du 19 mars 1962\n\nLa municipalité a créé un nouveau parking de trente places. Il est ouvert à tous les usagers.', null],
    ["the first sentence's date is the event's, not the page's", 'Mann springt von Brücke\n\nAm 06.07.2019 gegen 02:15 Uhr wurde eine Person auf der Brücke gemeldet. Die Polizei sperrte die Brücke.', null],
    ["a link's date is the address's", 'Police numbers debated\n\nThe city has added just 16 officers since 1990. The chief wants more.\nLink: http://www.sptimes.com/2006/06/18/Tampabay/police.shtml', null],
    ['a date deep in the body is no page date', 'Library reopens\n\nThe library reopened on Monday. It had been closed for repairs.\nIts next closure is planned for Friday, March 3, 2023, for the inventory.\nThe staff thanked the volunteers.', null],
    ['a date inside a paragraph at the head is no date line', 'Los vecinos de Pueblo Viejo exigieron reparar el alumbrado, que lleva apagado desde el 3 de marzo de 2024, según denunciaron ante el ayuntamiento.\n\nLa calle lleva semanas sin luz.', null],
  ]
  for (const [name, text, want] of keep) it(`must not: ${name}`, () => expect(date(text)).toBe(want))
})

describe('parseDateIn: every pack\'s date forms', () => {
  const cells: [string, string, string | null][] = [
    ['15 Августа 2013 г. |', 'ru', '2013-08-15'],
    ['22 апреля 2016 г., 17:58', 'ru', '2016-04-22'],
    ['jueves, 18 de noviembre de 2010', 'es', '2010-11-18'],
    ['1er juin 2020', 'fr', '2020-06-01'],
    ['03/09/2018 - 07:38 (по МСК)', 'ru', '2018-09-03'],
    ['1/8/2015 2 p.m.', 'en', '2015-01-08'],
    ['25/12/2019', 'en', '2019-12-25'],
    // must not: a number that is no date, a month name without a year
    ['30 places', 'fr', null],
    ['15 марта', 'ru', null],
    ['rue du 19 mars', 'fr', null],
  ]
  for (const [text, language, want] of cells) it(`${language}: ${text}`, () => expect(parseDateIn(text, language)).toBe(want))
})

describe('page chrome in the headline slot (title-chrome.ts)', () => {
  const body = (lang: string) =>
    ({
      en: 'Two roads were closed after heavy rain on Sunday, the county said. Crews cleared the second road by noon.',
      de: 'Zwei Straßen wurden nach dem Starkregen am Sonntag gesperrt, teilte der Kreis mit. Die zweite Straße war am Mittag wieder frei.',
      fr: 'Deux routes ont été fermées dimanche après les fortes pluies, a indiqué la préfecture. La seconde a rouvert à midi.',
      es: 'Dos carreteras fueron cortadas el domingo por las lluvias, informó el ayuntamiento. La segunda se reabrió al mediodía.',
      ru: 'Две дороги перекрыли в воскресенье из-за ливня, сообщили в администрации. Вторую открыли к полудню.',
      ko: '폭우로 일요일 도로 두 곳이 통제됐다고 군청이 밝혔다. 두 번째 도로는 정오에 다시 열렸다.',
    })[lang]!
  const cells: [string, string, string, string][] = [
    ['ko skip links', 'ko', '주메뉴 바로가기 본문 바로가기', '폭우로 도로 두 곳 통제'],
    ['fr skip link', 'fr', 'Aller au contenu principal', 'Deux routes fermées après les pluies'],
    ['es skip link', 'es', 'Ir al contenido', 'Cortadas dos carreteras por las lluvias'],
    ['ru accessibility switch', 'ru', 'Версия сайта для слабовидящих', 'Две дороги перекрыли из-за ливня'],
    ['en skip link (chrome on main already: a check)', 'en', 'Skip to main content', 'Two roads closed after heavy rain'],
    ['fr blog tools', 'fr', 'Suivre ce blog Administration + Créer mon blog', 'Deux routes fermées après les pluies'],
    ['ko share and print row', 'ko', '필자의 다른기사 보기 인쇄하기 메일로 보내기 글자 크게 글자 작게', '폭우로 도로 두 곳 통제'],
    ['ru reading time', 'ru', 'Примерное время чтения: меньше минуты', 'Две дороги перекрыли из-за ливня'],
    ['de stamp with its label', 'de', 'Erstellt am 27. Juli 2011, 00:00', 'Zwei Straßen nach Starkregen gesperrt'],
    ['de "Stand:" stamp', 'de', 'Stand: 09.03.2016 05:00 Uhr', 'Zwei Straßen nach Starkregen gesperrt'],
    ['ru time and date stamp', 'ru', '13:59, 11 марта 2026 года', 'Две дороги перекрыли из-за ливня'],
    ['fr "Publié :" stamp', 'fr', 'Publié : 30 juin 2014', 'Deux routes fermées après les pluies'],
    ['ko last-edit stamp', 'ko', '최종편집 2020-10-22(목)', '폭우로 도로 두 곳 통제'],
  ]
  for (const [name, lang, chrome, headline] of cells) {
    it(`must change: ${name}`, () => {
      const x = extract(`${chrome}\n${headline}\n\n${body(lang)}`)
      expect(x.meta.title).toBe(headline)
      expect(x.claims.some((c) => c.text.includes(chrome))).toBe(false)
    })
  }
  const keep: [string, string][] = [
    ['a headline with a date and a word of its own', 'Seniorentag 12.08.2019'],
    ['a headline naming a menu', 'Restaurant changes its menu after complaints'],
    ['a headline with one interface word', 'Council votes to print ballots in three languages'],
    ['a Korean headline with a search word', '경찰, 실종자 수색 사흘째 검색 범위 확대'],
    ['a Russian headline about the visually impaired', 'Для слабовидящих жителей открыли новую библиотеку'],
  ]
  for (const [name, headline] of keep) {
    it(`must not: ${name}`, () => {
      const lang = /[가-힣]/u.test(headline) ? 'ko' : /[а-я]/iu.test(headline) ? 'ru' : /ß|tag/iu.test(headline) ? 'de' : 'en'
      expect(extract(`${headline}\n\n${body(lang)}`).meta.title).toBe(headline)
    })
  }
})

describe('check-worthiness words for Spanish and Russian (packs `checkworthiness`)', () => {
  const signalsOf = (sentence: string, language: string) => scoreSentence({ sentence, language, attributed: false, hedged: false, quoted: false }).signals
  const cells: [string, string, string[]][] = [
    ['es', 'El lunes fueron detenidos tres jóvenes en el barrio.', [SIGNALS.number, SIGNALS.date, SIGNALS.factualVerb]],
    ['es', 'La población aumentó en dos mil habitantes desde marzo.', [SIGNALS.number, SIGNALS.date, SIGNALS.factualVerb]],
    ['es', 'Creo que la obra es vergonzosa.', [SIGNALS.opinion]],
    ['ru', 'В понедельник задержаны три человека.', [SIGNALS.number, SIGNALS.date, SIGNALS.factualVerb]],
    ['ru', 'Число жителей выросло на двадцать процентов с марта.', [SIGNALS.number, SIGNALS.factualVerb]],
    ['ru', 'Я считаю, что это позор.', [SIGNALS.opinion]],
  ]
  for (const [language, sentence, want] of cells) it(`must change: ${language}: ${sentence}`, () => expect(signalsOf(sentence, language)).toEqual(expect.arrayContaining(want)))

  const keep: [string, string, string][] = [
    // a word that holds a number word is none ("dosis", "двадцатый" holds "два"), nor a rule or a complaint's object an opinion
    ['es', 'La dosis se administra en la clínica.', SIGNALS.number],
    ['es', 'Hay que evaluar daños estructurales primero.', SIGNALS.opinion],
    ['es', 'Reclaman que el parque debería tener mantenimiento.', SIGNALS.opinion],
    ['ru', 'Жильцам обещают устранить безобразие.', SIGNALS.opinion],
    ['ru', 'Двадцатый век закончился.', SIGNALS.number],
    ['ru', 'Мост синий.', SIGNALS.factualVerb],
  ]
  for (const [language, sentence, not] of keep) it(`must not: ${language}: ${sentence} (${not})`, () => expect(signalsOf(sentence, language)).not.toContain(not))

  it('must not: the spent pages\' sentences with a rule or a complaint stay claims', () => {
    const x = extract('Rescate en un incendio\n\nLos vecinos de momento no pueden volver a sus casas. Hay que evaluar daños estructurales primero.')
    expect(x.claims.some((c) => c.text.startsWith('Hay que evaluar'))).toBe(true)
  })
})

describe('Russian body heads (ru pack names.bodyHeads / bodyNouns): a later "учреждение" points back to the body', () => {
  const sourcingOf = (text: string, start: string) => extract(text).claims.find((c) => c.text.startsWith(start))?.sourcing.type
  it('must change: "по данным учреждения" after the ministry\'s office', () => {
    expect(sourcingOf('Пожар в Югре\n\nГлавное управление МЧС по Югре сообщило о пожаре в жилом доме. По данным учреждения, площадь пожара составила 600 квадратных метров.', 'По данным учреждения')).toBe('official')
  })
  it('must change: "уточнили в учреждении" after Rospotrebnadzor', () => {
    expect(sourcingOf('Вспышка в лагере\n\nВ детском лагере под Выборгом заболели 16 детей, сообщил Роспотребнадзор. Как уточнили в учреждении, дети госпитализированы.', 'Как уточнили')).toBe('official')
  })
  it('must not: with no body in play the institution is what it was (a library\'s staff)', () => {
    expect(sourcingOf('Новоселье библиотеки\n\nБиблиотека переехала в новое здание на улице Ленина. В учреждении отметили праздник новоселья.', 'В учреждении')).toBe('anonymous-source')
  })
})

describe('reasons: "since" words measure a change only from a year (checkworthiness/cues.ts, de/fr/es/ko)', () => {
  const quotes = (sentence: string, language: string, word: string) => scoreCheckworthiness({ sentence, language }).reasons.some((r) => r.text.startsWith('measures a change') && r.text.includes(word))
  const cells: [string, string, string][] = [
    ['es', 'La Policía diligencia desde la madrugada de este martes a un detenido.', 'desde'],
    ['es', 'Además, desde el consistorio local ven un buen ambiente en el barrio.', 'desde'],
    ['fr', 'Les cambrioleurs sévissaient depuis quatre mois dans quatre départements.', 'depuis'],
    ['de', 'Die Halle sei bereits seit zwei Wochen geschlossen gewesen.', 'seit'],
    ['ko', '사고 이후 주민 20명이 대피했다.', '이후'],
  ]
  for (const [language, sentence, word] of cells) it(`must change: ${language}: ${sentence}`, () => expect(quotes(sentence, language, word)).toBe(false))
  const keep: [string, string, string][] = [
    ['es', 'Es la cifra de robos más alta desde 1992 en la provincia.', 'desde'],
    ['fr', 'Le chômage atteint son plus haut niveau depuis 2010 dans la région.', 'depuis'],
    ['de', 'Das ist die höchste Zahl seit 1992 in Bayern.', 'seit'],
    ['ko', '2019년 이후 처음으로 관광객이 100만 명을 넘었다.', '이후'],
  ]
  for (const [language, sentence, word] of keep) it(`must not: ${language}: ${sentence}`, () => expect(quotes(sentence, language, word)).toBe(true))
})

describe('reasons: Korean "시장" names an official when it is a mayor, not a market (checkworthiness/cues.ts)', () => {
  const official = (sentence: string) => scoreCheckworthiness({ sentence, language: 'ko' }).reasons.some((r) => r.text.includes("names an official: '시장'"))
  const fires = (sentence: string) => /(?:^|\s)시장|시장/u.test(sentence) && official(sentence)
  it('must change: a traditional market', () => expect(fires('통영시 북신전통시장의 상인들이 설맞이 행사를 열었다.')).toBe(false))
  it('must change: a market by its use after it', () => expect(fires('지역주민 및 방문객의 시장이용 편의를 위해 주차장을 만들었다.')).toBe(false))
  it('must not: a mayor by his city', () => expect(fires('개청식은 염태영 수원시장을 비롯해 주민 100명이 참석한 가운데 열렸다.')).toBe(true))
  it('must not: a mayor by his surname', () => expect(fires('개청식에 이어 염 시장은 주민센터 1층을 둘러봤다.')).toBe(true))
})
