// Session 26 (furniture4): furniture classes from the furniture grid (invented pages), each with invented sentences that
// must change and nearby ones that must not. None of these sentences comes from a page in the corpus.
import { describe, expect, it } from 'vitest'
import { claimTexts, isClaim, pageWith, type Lang } from './__fixtures__/furniture-page'

describe('correction notices (session 26)', () => {
  const cases: [Lang, string, string][] = [
    ['en', 'Correction: An earlier version of this story misstated the date of the council vote.', 'The correction of the tax figures was announced by the finance ministry on Tuesday.'],
    ['de', 'Korrektur: In einer früheren Fassung dieses Artikels stand ein falsches Datum.', 'Die Korrektur der Steuerdaten kündigte das Finanzministerium am Dienstag an.'],
    ['es', 'Fe de erratas: una versión anterior de esta noticia indicaba una fecha equivocada.', 'La corrección de las cifras fiscales fue anunciada por el ministerio el martes.'],
    ['fr', 'Rectificatif : une version précédente de cet article indiquait une date erronée.', 'La correction des chiffres fiscaux a été annoncée mardi par le ministère.'],
    ['ru', 'Исправление: в предыдущей версии этой статьи была неверно указана дата.', 'Исправление налоговых данных министерство объявило во вторник.'],
  ]
  it.each(cases)('%s: the notice is furniture, a sentence about a correction is not', (lang, notice, body) => {
    expect(isClaim(pageWith(lang, notice), notice, lang)).toBe(false)
    expect(isClaim(pageWith(lang, body), body, lang)).toBe(true)
  })
})

describe('an author bio line (session 26)', () => {
  const cases: [Lang, string, string][] = [
    ['en', 'Mark Olsen covers courts and crime for the Daily Ledger.', 'Mark Olsen paid for the repairs himself, his lawyer said on Monday.'],
    ['de', 'Jana Keller ist Redakteurin im Lokalressort.', 'Jana Keller ist Anwohnerin und hat den Vorfall am Montag beobachtet.'],
    ['es', 'Juana Quel es periodista de la sección local.', 'Juana Quel es vecina del barrio y presenció el robo el lunes.'],
    ['fr', 'Jeanne Kell est journaliste au service local.', 'Jeanne Kell est voisine du couple et a donné l’alerte lundi.'],
    ['ko', '박서진 기자는 해솔시청을 출입하며 지역 행정을 취재하고 있다.', '박서진 씨는 지난 월요일 해솔시청 앞에서 1인 시위를 벌였다.'],
    ['ru', 'Яна Келер — корреспондент отдела городской жизни.', 'Яна Келер, жительница соседнего дома, в понедельник вызвала полицию.'],
  ]
  it.each(cases)('%s: the bio is furniture, a sentence about a named resident is not', (lang, bio, body) => {
    expect(isClaim(pageWith(lang, bio), bio, lang)).toBe(false)
    expect(isClaim(pageWith(lang, body), body, lang)).toBe(true)
  })
})

describe('a support or newsletter box, and the short paragraph around it (session 26)', () => {
  const cases: [Lang, string, string][] = [
    ['en', 'Local news costs us $6,000 a month to produce. Support independent local journalism today.', 'The museum costs the city $6,000 a month to run. Volunteers support the staff on weekends.'],
    ['de', 'Guter Lokaljournalismus kostet Geld. Unterstützen Sie uns mit einem Abo.', 'Der Umbau kostet die Stadt zwei Millionen Euro. Ehrenamtliche unterstützen das Personal am Wochenende.'],
    ['es', 'El periodismo local independiente cuesta dinero. Hazte socio desde 4 euros al mes.', 'El museo cuesta a la ciudad 6.000 euros al mes. Los voluntarios apoyan al personal los fines de semana.'],
    ['fr', 'Le journalisme local indépendant a un coût. Soutenez-nous dès 4 euros par mois.', 'Le musée coûte 6 000 euros par mois à la ville. Des bénévoles soutiennent le personnel le week-end.'],
    ['ko', '좋은 지역 기사는 독자의 힘으로 만들어집니다. 해솔일보를 후원해 주세요.', '박물관 운영에는 한 달에 600만 원이 든다. 자원봉사자들이 주말마다 직원들을 돕는다.'],
    ['ru', 'Местная журналистика стоит денег. Поддержите нас от 200 рублей в месяц.', 'Содержание музея обходится городу в 600 тыс. рублей в месяц. По выходным сотрудникам помогают волонтеры.'],
  ]
  it.each(cases)('%s: every sentence of the box is furniture; a body paragraph about costs is not', (lang, box, body) => {
    expect(claimTexts(pageWith(lang, box), lang).filter((c) => box.includes(c.slice(0, 20)))).toEqual([])
    const first = body.split(/(?<=[.다])\s/u)[0]
    expect(isClaim(pageWith(lang, body), first, lang)).toBe(true)
  })
})

describe('captions that end in a photographer and an outlet (session 26)', () => {
  it('fr: "Photo Prénom Nom / Journal" closes a caption; a sentence naming a photo does not', () => {
    const caption = 'Des bénévoles sur le nouveau pont, vendredi. Photo Luc Martin / Le Courrier du Val'
    expect(isClaim(pageWith('fr', caption), 'Des bénévoles sur le nouveau pont', 'fr')).toBe(false)
    const body = 'Une photo du pont publiée vendredi montre des fissures, selon le syndicat des riverains.'
    expect(isClaim(pageWith('fr', body), body, 'fr')).toBe(true)
  })
  it('ko: "[사진=… 제공]" closes a caption; a sentence about a photo does not', () => {
    const caption = '지난 금요일 개통한 물레천 다리. [사진=해솔군 제공]'
    expect(isClaim(pageWith('ko', caption), '지난 금요일 개통한 물레천 다리', 'ko')).toBe(false)
    const body = '주민들은 다리 난간에 금이 간 사진을 군청에 제출했다고 밝혔다.'
    expect(isClaim(pageWith('ko', body), body, 'ko')).toBe(true)
  })
})

describe('a Korean caption that ends in a courtesy credit ("… 제공"), written after reading the fresh dev set (session 26)', () => {
  it.each(['지난 금요일 물레천 다리를 건너는 차량들. /해솔군청 제공', '지난 금요일 물레천 다리를 건너는 차량들. /연합뉴스=해솔군청 제공', '지난 금요일 물레천 다리를 건너는 차량들. (사진=해솔군 제공)'])(
    '%s is a caption',
    (caption) => {
      expect(isClaim(pageWith('ko', caption), '지난 금요일 물레천 다리를', 'ko')).toBe(false)
    },
  )
  it('a sentence that says something was provided stays a claim', () => {
    const body = '군은 개통식에 참석한 주민들에게 생수를 무료로 제공했다.'
    expect(isClaim(pageWith('ko', body), body, 'ko')).toBe(true)
    const body2 = '군은 공사 기간 동안 인근 상인들에게 임시 주차장을 제공했다고 밝혔다.'
    expect(isClaim(pageWith('ko', body2), body2, 'ko')).toBe(true)
  })
})

describe('a Korean box header: a whole line in square brackets that gives a date (session 26, after reading the fresh dev set)', () => {
  it('is not a claim; a bracketed tag run into the lead still opens a claim', () => {
    const header = '[호우특보 : 2024년 07월 03일 15시 00분 발표]'
    expect(claimTexts(pageWith('ko', header), 'ko').some((c) => c.includes('호우특보'))).toBe(false)
    const lead = '[단독] 해솔군은 지난 3일 물레천 제방 보수 공사를 마쳤다고 밝혔다.'
    expect(isClaim(pageWith('ko', lead), '해솔군은 지난 3일 물레천 제방', 'ko')).toBe(true)
  })
})

describe('a standfirst between the headline and the byline or date line (session 26)', () => {
  const para = [
    'The county opened a new bridge over the Mill River on Friday, officials said.',
    'The bridge cost $12 million and took two years to build, according to the county.',
    'About 9,000 vehicles are expected to cross the new bridge every day, the transport office said.',
    'Residents had asked for a second crossing since the old ferry closed in 2019.',
  ]
  it('the summary the body retells is furniture', () => {
    const standfirst = 'The new Mill River bridge cost $12 million, and 9,000 vehicles a day are expected to cross it.'
    const text = `County opens Mill River bridge\n\n${standfirst}\n\nBy Jane Kell\n\n${para.join('\n\n')}\n`
    expect(isClaim(text, standfirst, 'en')).toBe(false)
    for (const p of para) expect(isClaim(text, p, 'en')).toBe(true)
  })
  it('a lede above the byline that the body does not retell stays a claim', () => {
    const lede = 'A storm cut power to 4,000 homes in Oakdale overnight, the utility said on Saturday.'
    const text = `Storm cuts power in Oakdale\n\n${lede}\n\nBy Jane Kell\n\n${para.join('\n\n')}\n`
    expect(isClaim(text, lede, 'en')).toBe(true)
  })
})
