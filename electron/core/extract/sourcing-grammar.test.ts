// Session 24 sourcing rules, by grammatical class rather than by corpus sentence: each rule has an invented sentence
// that must change and a nearby invented one that must not. The verb lists were checked against the reporting verbs
// each language's news copy uses (tenses and word orders), with the polysemous ones left out where a frame is needed.
import { describe, expect, it } from 'vitest'
import { claimOf } from './__fixtures__/claim-of'

const type = (text: string, fragment: string, language: string) => claimOf(`Meldung\n\n${text}`, fragment, language).sourcing.type

describe('German', () => {
  it('"äußerte", "ließ … verlauten" and "erinnert sich" are reporting verbs; "äußerte Bedenken" with no clause is still the speaker\'s', () => {
    expect(type('Der Brand brach gegen Mitternacht aus, äußerte ein Polizeisprecher.', 'Brand', 'de')).toBe('official')
    expect(type('Der Brand sei gegen Mitternacht ausgebrochen, ließ die Staatsanwaltschaft verlauten.', 'Brand', 'de')).toBe('official')
    expect(type('Der Brand sei gegen Mitternacht ausgebrochen, erinnert sich Petra Vogel.', 'Brand', 'de')).toBe('named-source')
    expect(type('Der Brand brach gegen Mitternacht im Keller aus und zerstörte die Wohnung.', 'Brand', 'de')).toBe('unattributed')
  })

  it('"Darüber informierte X" points back like "Das teilte X mit"; "Darüber hinaus" narration does not', () => {
    expect(type('Der Brand brach gegen Mitternacht aus. Darüber informierte die Polizei am Montag.', 'Brand', 'de')).toBe('official')
    expect(type('Der Brand brach gegen Mitternacht aus. Darüber hinaus brannte ein Auto.', 'Brand', 'de')).toBe('unattributed')
  })

  it('a name with its office in apposition before the verb speaks when an object follows the verb ("bestätigte den Brand")', () => {
    expect(type('Max Muster, Pressesprecher des Polizeipräsidiums, bestätigte den Brand im Keller.', 'Brand', 'de')).toBe('official')
    // an inverted subject after the verb still speaks
    expect(type('Nach dem Einsatz am Abend, gegen zehn Uhr, bestätigte die Feuerwehr den Brand im Keller.', 'Brand', 'de')).toBe('official')
  })
})

describe('Spanish', () => {
  it('a reflexive "se" before a reporting verb is middle voice, no speaker: "se ha manifestado en la cocina"; "se informó que" still reports', () => {
    expect(type('El humo se detalló en el informe y se ha manifestado en la cocina.', 'humo', 'es')).toBe('unattributed')
    expect(type('Los bomberos llegaron pronto. Se informó que el fuego empezó en la cocina.', 'fuego', 'es')).not.toBe('unattributed')
    expect(type('Las zonas afectadas, se informó, son el centro y el puerto.', 'zonas', 'es')).toBe('anonymous-source')
  })

  it('the perfect tense of the reporting verbs ("ha manifestado", "han detallado") and "reportó" attribute like the preterite', () => {
    expect(type('El incendio comenzó en la cocina, ha manifestado el subdelegado del Gobierno, Juan Pérez.', 'incendio', 'es')).toBe('official')
    expect(type('El incendio comenzó en la cocina, han detallado los bomberos.', 'incendio', 'es')).toBe('official')
    expect(type('El incendio comenzó en la cocina, reportó la Policía.', 'incendio', 'es')).toBe('official')
    expect(type('Las llamas se han manifestado primero en la cocina.', 'llamas', 'es')).toBe('unattributed')
  })

  it('"el atestado" is a police record (document); "el agente" who wrote it is official', () => {
    expect(type('El incendio comenzó en la cocina, señala el atestado policial.', 'incendio', 'es')).toBe('document')
    expect(type('El incendio comenzó en la cocina, señala el agente.', 'incendio', 'es')).toBe('official')
  })

  it('a full name with a resident\'s role after a comma is a named source; the role alone stays anonymous', () => {
    expect(type('María López, vecina del edificio, relató que el incendio comenzó en la cocina.', 'incendio', 'es')).toBe('named-source')
    expect(type('Una vecina del edificio relató que el incendio comenzó en la cocina.', 'incendio', 'es')).toBe('anonymous-source')
  })
})

describe('French', () => {
  it('more passé composé and present reporting verbs ("a répondu", "a nié", "dément", "a-t-il indiqué"); "a répondu à l\'appel" narration does not change', () => {
    expect(type("L'incendie a démarré dans la cuisine, a répondu le maire.", 'incendie', 'fr')).toBe('official')
    expect(type("L'incendie n'a pas été volontaire, dément la préfecture.", 'incendie', 'fr')).toBe('official')
    expect(type("Le maire a parlé aux habitants. L'incendie a démarré dans la cuisine, indique-t-il.", 'incendie', 'fr')).toBe('official')
    expect(type("Les pompiers ont répondu à l'appel et l'incendie a été éteint.", 'incendie', 'fr')).toBe('unattributed')
  })
})

describe('Russian', () => {
  it('"согласно данным X" names X as "по данным X" does; "информирует" reports', () => {
    expect(type('Согласно данным МЧС, пожар начался на кухне.', 'пожар', 'ru')).toBe('official')
    expect(type('Пожар начался на кухне, информирует пресс-служба ГУ МВД.', 'Пожар', 'ru')).toBe('official')
    expect(type('Согласно данным опроса, пожар начался на кухне.', 'пожар', 'ru')).toBe('document')
  })
})

describe('Korean', () => {
  it('"시 관계자", "군 관계자": an official of the city or county; "한 관계자" alone is not', () => {
    expect(type('시 관계자는 불은 주방에서 시작됐다고 언급했다.', '불은', 'ko')).toBe('official')
    expect(type('한 관계자는 불은 주방에서 시작됐다고 언급했다.', '불은', 'ko')).toBe('anonymous-source')
  })
})

describe('English', () => {
  it('a name with an office in apposition before the verb keeps the office ("Tom Smith, the county fire chief, said"); a private role does not', () => {
    expect(type('Tom Smith, the county fire chief, said the fire started in the kitchen.', 'fire', 'en')).toBe('official')
    expect(type('Tom Smith, who lives next door, said the fire started in the kitchen.', 'fire', 'en')).toBe('named-source')
  })
})
