import { describe, expect, it } from 'vitest'
import { extract } from './index'
import { dateLineOnly, leadingStamp, leadingTimeHeader, onlyDate, timeHeaderOnly } from './stamps'

// Invented pages. A publication or update stamp run into a paragraph's first sentence took the
// sentence with it into the furniture; the stamp is cut off and the sentence stays a claim.
const STAMPED: Array<[string, string, string]> = [
  ['fr', 'Mis à jour le 12/03/2024 à 10h15 ', 'Le conseil municipal a voté lundi le budget 2024, a annoncé la mairie.'],
  ['en', 'Updated March 12, 2024 10:15 a.m. ', 'The city council passed the budget on Monday, the mayor said.'],
  ['en', 'Published: 10:15 AM EST, Tue March 12, 2024 ', 'Two bridges were closed after the storm, police said.'],
  ['de', 'Aktualisiert am 12.03.2024, 10:15 Uhr ', 'Der Stadtrat hat am Montag den Haushalt beschlossen, teilte die Stadt mit.'],
  ['de', 'Stand: 12. März 2024 ', 'Die Polizei sucht nach einem Zeugen des Unfalls in der Innenstadt.'],
  ['es', 'Actualizado 12 de marzo de 2024 a las 10:15 ', 'El pleno aprobó el lunes el presupuesto, informó el ayuntamiento.'],
  ['ru', 'Обновлено 12.03.2024 10:15 ', 'Горсовет в понедельник утвердил бюджет, сообщили в мэрии.'],
  ['ru', 'Опубликовано 12 марта 2024 в 10:15 ', 'Горсовет в понедельник утвердил бюджет, сообщили в мэрии.'],
  ['ko', '입력 2024.03.12 10:15 ', '경찰은 12일 용의자를 체포했다고 밝혔다.'],
]

describe('a stamp run into the first sentence of a paragraph', () => {
  for (const [language, stamp, sentence] of STAMPED) {
    it(`${language}: "${stamp.trim()}" is cut off and the sentence stays a claim`, () => {
      expect(leadingStamp(stamp + sentence)).toBe(stamp.length)
      const page = `Headline of the page\n\n${stamp}${sentence}\n\nA second paragraph follows here with more words.`
      const { claims, nonClaims } = extract(page, { language })
      expect(claims.map((c) => c.text)).toContain(sentence)
      expect(nonClaims.some((n) => n.text === stamp.trim())).toBe(true)
    })
  }

  it('leaves a line that is only a stamp, or two stamps, to the line rules', () => {
    expect(leadingStamp('Mis à jour le 12/03/2024 à 10h15')).toBe(0)
    expect(leadingStamp('Publié le 12/03/2024 à 10h15 Mis à jour le 12/03/2024 à 11h00 Par la rédaction.')).toBe(0)
  })

  it('leaves sentences that open with a stamp word but carry no stamp', () => {
    for (const line of [
      'Updated guidance from the ministry says schools will reopen on March 12.',
      'Published in 2019, the report found that rents had doubled.',
      'Posted 3 times, the letter never arrived at the town hall.',
      'Stand der Ermittlungen ist, dass zwei Männer beteiligt waren.',
      'Actualizado el censo, el ayuntamiento contará 12.000 vecinos más.',
    ])
      expect(leadingStamp(line), line).toBe(0)
  })
})

// Invented pages: a site prints a date (often today's) over the headline. The date was read as
// the headline, and the headline as a subheading.
describe('a line that is only a date above the headline', () => {
  const pages: Array<[string, string, string]> = [
    ['es', '23 de Noviembre del 2024', 'Colonos de la periferia reclaman arreglo de calles'],
    ['fr', 'Lundi 10 Mai 2021', 'La piscine de plein air rouvre ses portes'],
    ['de', 'Dienstag, 12. März 2024', 'Stadtrat streitet über neue Radwege'],
    ['ru', '23 ноября 2024, 10:15', 'Жители требуют отремонтировать дорогу'],
  ]
  for (const [language, date, headline] of pages) {
    it(`${language}: "${date}" is a date line and "${headline}" the title`, () => {
      expect(onlyDate(date)).toBe(true)
      const page = `${date}\n\n${headline}\n\nThe first paragraph of the article has several words in it.\n\nThe second paragraph has more words in it than four.`
      const { meta, nonClaims } = extract(page, { language })
      expect(meta.title).toBe(headline)
      expect(nonClaims.find((n) => n.text === date)?.kind).toBe('byline')
    })
  }

  it('is not a headline that holds a date, a number alone or a sentence', () => {
    for (const line of ['Elecciones del 23 de noviembre de 2024: lo que hay que saber', '2024', 'Mai 2021 wird alles anders', 'Le 10 mai, la piscine rouvre.'])
      expect(onlyDate(line), line).toBe(false)
    const { meta } = extract('Elecciones del 23 de noviembre de 2024: lo que hay que saber\n\nEl primer párrafo tiene varias palabras aquí.\n\nEl segundo párrafo también tiene palabras.', { language: 'es' })
    expect(meta.title).toBe('Elecciones del 23 de noviembre de 2024: lo que hay que saber')
  })
})

// Invented pages: the page's own words for its date over the headline ("Archivierter Artikel vom …"), read as the headline.
describe('the page\'s date with its own label above the headline', () => {
  const pages: Array<[string, string, string]> = [
    ['de', 'Archivierter Artikel vom 09.06.2017, 16:21 Uhr', 'Freibad bleibt während der Bauphase geschlossen'],
    ['fr', 'Article publié le 12 mars 2024', 'La piscine rouvre ses portes samedi'],
    ['es', 'Noticia publicada el 12 de marzo de 2024', 'El ayuntamiento abre la piscina municipal'],
    ['ru', 'Статья от 12 марта 2024', 'Бассейн откроется в субботу'],
  ]
  for (const [language, date, headline] of pages) {
    it(`${language}: "${date}" is a date line and "${headline}" the title`, () => {
      expect(dateLineOnly(date)).toBe(true)
      const page = `${date}\n\n${headline}\n\nThe first paragraph of the article has several words in it.\n\nThe second paragraph has more words in it than four.`
      expect(extract(page, { language }).meta.title).toBe(headline)
    })
  }
  it('is not a headline about an article or a date', () => {
    for (const line of ['Artikel vom Grundgesetz wird geändert', 'La nota del 12 de marzo que cambió todo', 'Article of faith: the council keeps its promise'])
      expect(dateLineOnly(line), line).toBe(false)
  })
})

// Session 30 (furniture8): a live page's or an update's time-of-day header run into its entry ("UPDATE, 4:15 p.m.: …").
// The header is cut off as page furniture and the entry stays a claim. Invented sentences, none from the corpus.
const TIMED: Array<[string, string, string]> = [
  ['en', 'UPDATE, 4:15 p.m.: ', 'Crews have reopened Main Street after the storm, the county said.'],
  ['en', '3:55 PM: ', 'The county closed Harbour Road after trees fell on power lines.'],
  ['en', 'ORIGINAL REPORT, NOON: ', 'Heavy rain flooded two underpasses in Harbourview, the fire department said.'],
  ['fr', 'Mise à jour, 16 h 15 : ', 'la route départementale 12 est rouverte, a indiqué la préfecture.'],
  ['fr', '7h30 : ', 'les chutes de neige ont bloqué 40 camions sur l’A36, selon la préfecture.'],
  ['de', 'Update 14.30 Uhr: ', 'Die Bundesstraße 27 ist wieder frei, teilte die Polizei mit.'],
  ['de', '02.41 Uhr: ', 'Die Feuerwehr meldet 120 Einsätze wegen vollgelaufener Keller.'],
  ['es', 'Actualización 16:15 h: ', 'la calle Mayor ya está abierta al tráfico, informó el ayuntamiento.'],
  ['ru', 'Обновлено в 16:15: ', 'движение по улице Ленина восстановлено, сообщили в ГИБДД.'],
  ['ko', '오후 4시 15분 업데이트: ', '시는 해솔로 통행이 다시 가능해졌다고 밝혔다.'],
]

describe('a time-of-day header run into its entry (session 30)', () => {
  for (const [language, header, entry] of TIMED) {
    it(`${language}: "${header.trim()}" is cut off and the entry stays a claim`, () => {
      expect(leadingTimeHeader(header + entry)).toBe(header.length)
      const page = `Headline of the page\n\nThe storm reached the coast on Monday night, the weather service said.\n\n${header}${entry}\n\nA second paragraph follows here with more words in it.`
      const { claims, nonClaims } = extract(page, { language })
      expect(claims.map((c) => c.text)).toContain(entry)
      expect(nonClaims.some((n) => n.text === header.trim())).toBe(true)
    })
  }

  it('must not: a time inside the sentence, a price, a range, an unstopped entry headline', () => {
    for (const line of [
      'At 4:15 p.m. crews reopened Main Street.',
      'Um 14.30 Uhr sperrte die Polizei die Straße.',
      'À 16 h 15, la route a été rouverte.',
      '12.30 Euro kostet der Eintritt ins Freibad.',
      '10:00 – 12:00 Uhr: Sprechstunde im Rathaus.',
      '22:20 Uhr: Feuerwehr rettet zwei Menschen von Autodach',
      '2:1 – Harbourview gewinnt das Derby.',
    ])
      expect(leadingTimeHeader(line), line).toBe(0)
    const page = 'Headline of the page\n\nAt 4:15 p.m. crews reopened Main Street after the storm, the county said.\n\nA second paragraph follows here with more words in it.'
    expect(extract(page, { language: 'en' }).claims.map((c) => c.text)).toContain('At 4:15 p.m. crews reopened Main Street after the storm, the county said.')
  })

  it('keeps the header on an entry that would not stand as a claim without it (no claim is lost to the cut)', () => {
    for (const [language, line] of [
      ['en', '10:20 a.m.: Power restored.'],
      ['en', '5:15 a.m.: A crew is on its way to make repairs.'],
    ] as const) {
      const page = `Headline of the page\n\nThe storm reached the coast on Monday night, the weather service said.\n\n${line}\n\nA second paragraph follows here with more words in it.`
      expect(extract(page, { language }).claims.map((c) => c.text), line).toContain(line)
    }
  })
})

describe('a time-of-day header on a line of its own (session 30)', () => {
  const headers: Array<[string, string]> = [
    ['en', 'Update @ 2:45 p.m.'],
    ['en', 'UPDATE, 4:15 p.m.'],
    ['en', '10:20 a.m.:'],
    ['fr', 'Mise à jour, 16 h 15 :'],
    ['de', 'Update 14.30 Uhr'],
    ['es', 'Actualización 16:15 h'],
    ['ru', 'Обновлено в 16:15'],
    ['ko', '오후 4시 15분 업데이트'],
  ]
  for (const [language, header] of headers) {
    it(`${language}: "${header}" is furniture`, () => {
      expect(timeHeaderOnly(header)).toBe(true)
      const page = `Headline of the page\n\nThe storm reached the coast on Monday night, the weather service said.\n\n${header}\n\nCrews reopened two roads in the town on Tuesday, the county said.`
      const { claims } = extract(page, { language })
      expect(claims.some((c) => c.text.includes(header))).toBe(false)
      expect(claims.map((c) => c.text)).toContain('Crews reopened two roads in the town on Tuesday, the county said.')
    })
  }
  it('is furniture above the headline too, and is not taken for the headline', () => {
    const page = 'Update @ 2:45 p.m.\n\nStorm knocks out power in Harbourview\n\nCrews reopened two roads in the town on Tuesday, the county said.\n\nA second paragraph follows here with more words in it.'
    const { claims, meta } = extract(page, { language: 'en' })
    expect(claims.some((c) => c.text.includes('Update @'))).toBe(false)
    expect(meta.title).not.toBe('Update @ 2:45 p.m.')
  })
  it('must not: a time with words after it, a bare time, a bare update word', () => {
    for (const line of ['At 4:15 p.m.', '4:15 p.m. kick-off', '10:20', '16 Uhr', 'Update', '2024']) expect(timeHeaderOnly(line), line).toBe(false)
  })
})
