// The title-union prefilter must never rule out a pack whose titles match: the gated scan has to
// find exactly the names the full union finds, on titled sentences in all six languages.
import { describe, expect, it } from 'vitest'
import { gatedTest, LiteralIndex, requiredLiterals } from './required-literals'
import { caseless, NAME_AFTER, TITLE_PARTS, titledNames } from './titled-name'

/** The scan over every pack's titles as one pattern, as before the prefilter and the parts. */
const FULL = new RegExp(`(?:${TITLE_PARTS.map((p) => p.source).join('|')})${NAME_AFTER}`, 'gu')
function fullUnion(text: string): string[] {
  const re = FULL
  const out: string[] = []
  re.lastIndex = 0
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m[1])
  return out
}

const TITLED = [
  // en
  'Mayor Ana Diaz said the bridge would reopen.',
  'Gov. Kathy Hochul signed the bill on Monday.',
  'POLICE CHIEF Mike Arnold declined to comment.',
  'The county spokesperson, Jane Roe, said crews were on site, and Lt. Col. Mark Evans agreed.',
  'Fire Marshal Tom Ruiz and Detective Sergeant Amy Clark arrived later.',
  // de
  'Landrat Peter Brandt sprach von einem schweren Unfall.',
  'Oberbürgermeisterin Katja Dörner eröffnete die Sitzung.',
  'Der Polizeisprecher Thomas Müller bestätigte den Einsatz, ebenso Kreisbrandmeister Jörg Hansen.',
  'LANDRÄTIN Anna Schmidt und Sprecherin des Landratsamts Eva Berger waren vor Ort.',
  // es
  'El alcalde Julio Alicea Vasallo visitó la zona.',
  'La portavoz de la Guardia Civil, la teniente coronel María López, lo confirmó.',
  'Según el jefe de bomberos Carlos Pérez, el fuego está controlado.',
  'ALCALDESA Ada Colau habló con la consellera Marta Vilalta.',
  // fr
  'Le maire Jean Dupont a fermé la route.',
  'Selon le procureur de la République Rémy Heitz, l’enquête continue.',
  'La préfète Fabienne Buccio et le capitaine Luc Martin étaient présents.',
  'Préfet Pierre Dartout a pris la parole.',
  // ru
  'Глава района Иван Петров сообщил о подтоплении.',
  'Губернатор Александр Беглов посетил место пожара.',
  'ПРЕСС-СЕКРЕТАРЬ Дмитрий Песков ответил журналистам.',
  'Начальник полиции Сергей Иванов и депутат Ольга Смирнова прибыли на место.',
  // ko: Korean names carry no capitals, and the title takes the space after it, so only a Latin name after a second space counts
  '국방부 대변인  John Kirby 는 말했다.',
  '경찰서장(  Kim Min-su) 씨가 밝혔다.',
]

const UNTITLED = ['The bridge reopened on Monday after repairs.', 'Die Brücke wurde am Montag wieder geöffnet.', 'Мост открыли в понедельник.', '다리는 월요일에 다시 열렸다.', '']

describe('title union prefilter', () => {
  it('finds the same names as the full union, on titled sentences in six languages', () => {
    for (const s of [...TITLED, ...UNTITLED]) expect(titledNames(s), s).toEqual(fullUnion(s))
    // the sentences are really titled: the full union finds a name in each
    for (const s of TITLED) expect(fullUnion(s).length, s).toBeGreaterThan(0)
  })

  it('keeps every pack a sentence needs: each pack matching alone is found by the index', () => {
    const index = new LiteralIndex(TITLE_PARTS.map((p) => requiredLiterals(p.source)))
    for (const s of TITLED) {
      const mask = index.possible(s)
      TITLE_PARTS.forEach((part, k) => {
        if (new RegExp(part.source, 'u').test(s)) expect(mask & (1 << k), `${s}: pack ${k}`).not.toBe(0)
      })
    }
  })

  it('reads required literals from patterns', () => {
    expect(requiredLiterals(caseless('(?:Gov|Sen)\\.(?=\\s)'))).toEqual(['gov.', 'sen.'])
    expect(requiredLiterals('\\p{L}*(?:meister|rat)(?:in)?')?.sort()).toEqual(['meister', 'rat'])
    expect(requiredLiterals('Bürger(?:meister)?')).toEqual(['bürger'])
    // an optional part or an unknown class requires nothing
    expect(requiredLiterals('(?:chief)?[a-z]+')).toBeNull()
    expect(requiredLiterals('a|\\d+')).toBeNull()
    // a longer literal that holds a shorter one is dropped
    expect(requiredLiterals('präsident|bundespräsident')).toEqual(['präsident'])
  })

  it('agrees with the engine under /iu, where case folding joins more than upper and lower case', () => {
    const cases: [RegExp, string[]][] = [
      [/straße/iu, ['STRASSE', 'STRAẞE', 'Straße', 'strase']],
      [/\bmus\b|kelvin/iu, ['MUſ', 'muſ', 'MUS', '\u212Aelvin', 'kelvi']],
      [/(?:воздух|ход)\s+\p{L}+/iu, ['ВОЗДУХ есть', 'во\u1C80\u1C81ух есть', 'Ход вещей', 'хо д']],
      [/µ|σοφία/iu, ['μ', 'Μ', 'ΣΟΦΊΑ', 'ςοφία', 'σοφια']],
    ]
    for (const [re, texts] of cases) {
      const test = gatedTest(re)
      for (const t of texts) expect(test(t), `${re} on ${t}`).toBe(re.test(t))
    }
    expect(requiredLiterals('straße', 'iu')).toEqual(['straße'])
    expect(requiredLiterals('straße', 'i')).toBeNull()
  })

  it('indexes literals of one and more characters, and lists with none known', () => {
    const index = new LiteralIndex([['ab'], ['x'], null, ['zz', 'abc']])
    expect(index.possible('..ab..')).toBe(0b0101)
    expect(index.possible('abc')).toBe(0b1101)
    expect(index.possible('x')).toBe(0b0110)
    expect(index.possible('')).toBe(0b0100)
  })
})
