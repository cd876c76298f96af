import { describe, expect, it } from 'vitest'
import { extract } from './index'
import { dateLineOnly, leadingStamp, onlyDate } from './stamps'

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
