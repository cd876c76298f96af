// Title selection by page shape (session 24): chrome above the headline that has the headline's shape is not the
// title, and the headline after it is. Each rule: an invented page that must change and a nearby one that must not.
import { describe, expect, it } from 'vitest'
import { extract } from './index'

const BODY = [
  'Die Polizei hat am Dienstag in Bremen einen 34 Jahre alten Mann festgenommen, der in ein Wohnhaus eingebrochen war.',
  'Nach Angaben eines Sprechers hatten Nachbarn die Beamten gerufen, nachdem sie Geräusche aus dem Keller gehört hatten.',
].join('\n\n')
const EN_BODY = [
  'Police arrested a 41-year-old man on Tuesday after a series of break-ins at homes on the east side of the city.',
  'Officers said neighbours had called them after seeing the man climb through a back window.',
].join('\n\n')
const ES_BODY = [
  'La Policía Local ha detenido este martes a un hombre de 30 años como presunto autor de varios robos en viviendas.',
  'Según fuentes policiales, los vecinos alertaron a los agentes tras escuchar ruidos en un patio interior.',
].join('\n\n')
const FR_BODY = [
  'Un homme de 25 ans a été interpellé mardi soir après le cambriolage d’une pharmacie du centre-ville.',
  'Selon la police, les agents ont été alertés par un voisin qui avait entendu la vitrine se briser.',
].join('\n\n')

const title = (page: string) => extract(page).meta
const headline = (page: string) => {
  const meta = title(page)
  return meta.titleDerived ? null : meta.title
}

describe('title selection: numbered breadcrumbs', () => {
  it('skips a numbered breadcrumb whose tail repeats the headline and takes the headline', () => {
    const page = ['1. Startseite', '2. Regionales', '3. Bremen', '4. Feuer in Lagerhalle gelöscht', 'Bremen', 'Feuer in Lagerhalle gelöscht', '', BODY].join('\n')
    expect(headline(page)).toBe('Feuer in Lagerhalle gelöscht')
  })
  it('keeps a headline that opens with a number and no list after it', () => {
    const page = ['1. FC Köln verliert das Derby in Mönchengladbach', '', BODY].join('\n')
    expect(headline(page)).toBe('1. FC Köln verliert das Derby in Mönchengladbach')
  })
})

describe('title selection: separators', () => {
  it('skips section labels joined by a bar', () => {
    const page = ['Sucesos | Provincia', 'Detenido un hombre por robar en tres viviendas de Úbeda', '', ES_BODY].join('\n')
    expect(headline(page)).toBe('Detenido un hombre por robar en tres viviendas de Úbeda')
  })
  it('skips a breadcrumb path', () => {
    const page = ['Inicio > Andalucía > Jaén', 'Detenido un hombre por robar en tres viviendas de Úbeda', '', ES_BODY].join('\n')
    expect(headline(page)).toBe('Detenido un hombre por robar en tres viviendas de Úbeda')
    const en = ['Home / News / Local / Burglar caught climbing out of a window', 'Burglar caught climbing out of a window', '', EN_BODY].join('\n')
    expect(headline(en)).toBe('Burglar caught climbing out of a window')
  })
  it('keeps a headline with a place before a bar', () => {
    const page = ['Úbeda | Detenido un hombre por robar en tres viviendas del casco antiguo', '', ES_BODY].join('\n')
    expect(headline(page)).toBe('Úbeda | Detenido un hombre por robar en tres viviendas del casco antiguo')
  })
})

describe('title selection: a time or date alone', () => {
  it('skips a time stamp above the headline', () => {
    const page = ['18h45:', 'Une pharmacie cambriolée en plein centre-ville', '', FR_BODY].join('\n')
    expect(headline(page)).toBe('Une pharmacie cambriolée en plein centre-ville')
    expect(headline(['14:30 Uhr', 'Feuer in Lagerhalle gelöscht', '', BODY].join('\n'))).toBe('Feuer in Lagerhalle gelöscht')
  })
  it('keeps a headline that opens with a time', () => {
    const page = ['18h45 : une pharmacie cambriolée en plein centre-ville', '', FR_BODY].join('\n')
    expect(headline(page)).toBe('18h45 : une pharmacie cambriolée en plein centre-ville')
  })
})

describe('title selection: a lead-in ending in a colon', () => {
  it('does not take a lead-in as the headline; with no headline the title is derived', () => {
    const meta = title(['Please attribute to Detective Sergeant Jane Roe:', EN_BODY].join('\n'))
    expect(meta.title).not.toBe('Please attribute to Detective Sergeant Jane Roe:')
    expect(meta.titleDerived).toBe(true)
  })
  it('keeps a headline with a colon inside', () => {
    const page = ['Police: man arrested after east side break-ins', '', EN_BODY].join('\n')
    expect(headline(page)).toBe('Police: man arrested after east side break-ins')
  })
})

describe('title selection: a weather reading in the page header', () => {
  it('skips the weather readings above the headline', () => {
    const page = ['• Bremen 7.5℃', '• Hamburg 6.9℃', '• München 3.1℃', 'Feuer in Lagerhalle gelöscht', '', BODY].join('\n')
    expect(headline(page)).toBe('Feuer in Lagerhalle gelöscht')
  })
  it('keeps a headline that gives a temperature', () => {
    const page = ['Hitze: 38 °C in Bremen gemessen', '', BODY].join('\n')
    expect(headline(page)).toBe('Hitze: 38 °C in Bremen gemessen')
  })
})

describe('title selection: a list bullet before the headline', () => {
  it('drops the bullet from the title', () => {
    const page = ['• Une pharmacie cambriolée en plein centre-ville', '', FR_BODY].join('\n')
    expect(headline(page)).toBe('Une pharmacie cambriolée en plein centre-ville')
  })
  it('keeps a bullet inside the headline', () => {
    const page = ['Cambriolages • la pharmacie du centre-ville visée une nouvelle fois', '', FR_BODY].join('\n')
    expect(headline(page)).toBe('Cambriolages • la pharmacie du centre-ville visée une nouvelle fois')
  })
})
