// Third-round rules, one invented example each: pronouns and role nouns with no speaker before them,
// a subject cut off by a relative clause, a document cue inside a speaker's sentence, Spanish
// pro-drop after a clitic or a linking phrase, pull quotes on pages with one paragraph per line,
// hedges the packs lacked, a byline of initials at the end.
import { describe, expect, it } from 'vitest'
import { extract } from './index'
import { claimOf, isClaim } from './__fixtures__/claim-of'

describe('pronouns and role nouns with no speaker before them', () => {
  it('French: "elle raconte" after "Martine tient une boulangerie" is the named resident', () => {
    const text =
      'Dans la rue, les volets sont restés fermés toute la journée. Martine tient une boulangerie sur la place. Au micro de notre radio, elle raconte avoir vu trois voitures de gendarmerie devant la mairie.'
    expect(claimOf(text, 'trois voitures', 'fr').sourcing.type).toBe('named-source')
  })

  it('a capitalised word that also appears in lowercase is no name: the pronoun stays anonymous', () => {
    const text = 'Dans la rue, rien ne bouge. Une voisine passe dans la rue avec son chien. Au micro de notre radio, elle raconte avoir vu trois voitures de gendarmerie.'
    expect(claimOf(text, 'trois voitures', 'fr').sourcing.type).toBe('anonymous-source')
  })

  it('Russian: "по словам докладчика" after the police colonel who gave the report is official', () => {
    const text =
      'На заседании совета с отчетом выступил начальник отдела полиции полковник Иванов\n\nПо словам докладчика, число краж в городе снизилось на 12%. При этом выросло число мошенничеств.'
    expect(claimOf(text, 'число краж', 'ru').sourcing.type).toBe('official')
    expect(claimOf(text, 'мошенничеств', 'ru').sourcing.type).toBe('official')
  })
})

describe('the speaker of a sentence', () => {
  it('Spanish: the subject stands before a relative clause ("emitió unas declaraciones en las que estipuló")', () => {
    const text =
      'El alcalde Pedro Ruiz Soto visitó el barrio el lunes.\n\nPor su parte, Ruiz Soto, del Partido Verde, emitió unas declaraciones escritas en las que estipuló que los daños superan los dos millones de pesos.'
    const claim = claimOf(text, 'dos millones', 'es')
    expect(claim.sourcing.type).toBe('official')
    expect(claim.sourcing.attribution).toBe('Ruiz Soto')
  })

  it('French: "selon les premiers éléments de l\'enquête, …, a expliqué le parquet" is the prosecutor speaking', () => {
    const text = "Selon les premiers éléments de l’enquête, « un différend opposait le suspect à la mairie depuis des mois », a expliqué le parquet."
    expect(claimOf(text, 'un différend', 'fr').sourcing.type).toBe('official')
  })

  it('a document cue alone stays a document', () => {
    expect(claimOf("Selon le rapport annuel, la commune a perdu 300 habitants en dix ans.", '300 habitants', 'fr').sourcing.type).toBe('document')
  })

  it('Spanish pro-drop: "lo descartó y dijo que" and "En ese sentido, cuestionó" continue the last speaker', () => {
    const text =
      'El alcalde Pedro Ruiz aseguró que la policía vigila el barrio cada noche.\n\nDe los rumores de un segundo tirador, lo descartó y dijo que son solo rumores.\n\nEn ese sentido, cuestionó la actitud de los vecinos que difundieron los videos.'
    expect(claimOf(text, 'solo rumores', 'es').sourcing.type).toBe('official')
    expect(claimOf(text, 'cuestionó', 'es').sourcing.type).toBe('official')
  })

  it('Spanish: a subject after the verb closing the clause is still read as the speaker', () => {
    const text = 'Además, dijo el portavoz de los vecinos, la calle lleva tres semanas sin luz.'
    expect(claimOf(text, 'tres semanas', 'es').sourcing.type).toBe('anonymous-source')
  })
})

describe('furniture and bylines', () => {
  it('a quoted line between lines that end sentences is a pull quote, one paragraph per line', () => {
    const text = [
      'Le maire a été agressé mercredi devant son domicile.',
      'Les gendarmes recherchent le suspect depuis jeudi matin.',
      '"On ne comprend pas ce qui a pu se passer"',
      'Le suspect habitait le village depuis vingt ans, selon la mairie.',
      '"Je le croisais tous les jours"',
    ].join('\n')
    expect(isClaim(text, 'On ne comprend pas', 'fr')).toBe(false)
    expect(isClaim(text, 'Je le croisais', 'fr')).toBe(false)
    expect(isClaim(text, 'depuis vingt ans', 'fr')).toBe(true)
  })

  it('a byline of initials on the last line fills the author', () => {
    const text = 'Vecinos retuvieron a un hombre que intentaba abrir un auto en la calle Moreno.\n\nEl caso fue informado al fiscal de turno.\n\nR.G.'
    const result = extract(text, { language: 'es' })
    expect(result.meta.author).toBe('R.G.')
    expect(result.claims.map((c) => c.text)).not.toContain('R.G.')
  })
})

describe('hedges the packs lacked', () => {
  it.each([
    ['en', 'The fire was probably caused by a candle left burning in the kitchen.'],
    // an indefinite alleged-word asserts; "the alleged burglar" only names (README, "Attributive alleged-words", session 25)
    ['en', 'Officers arrested an alleged burglar on Main Street on Friday night.'],
    ['fr', "Il pourrait s'agir du même homme que celui recherché depuis lundi."],
    ['es', 'Se presume que el incendio comenzó en la cocina de la vivienda.'],
    ['de', 'Der Mann war anscheinend allein im Haus, als das Feuer ausbrach.'],
    ['de', 'Medienberichten zufolge wurden drei Menschen leicht verletzt.'],
    ['ko', '불은 부엌에서 시작된 것 같다고 주민들은 말했다.'],
    ['ru', 'По неофициальным данным, в результате пожара пострадали три человека.'],
  ] as const)('%s: %s', (language, text) => {
    expect(extract(text, { language }).claims[0].hedge.hedged).toBe(true)
  })

  it('no hedge where none is', () => {
    expect(extract('The fire started in the kitchen at 3 a.m., the fire chief said.', { language: 'en' }).claims[0].hedge.hedged).toBe(false)
  })
})
