// Fourth-round rules, one invented example each (with the case that must not change): Russian
// impersonal reports ("В МЧС заявили", "сообщили в пресс-службе"), "как" with any reporting verb,
// "Об этом сообщили …" covering the sentence before, wire datelines, a capitalised word that only
// opens the sentence, Cyrillic acronyms as names, English agencies, "says it is", existential
// "there were … confirmed killed", a line broken where a link was lost.
import { describe, expect, it } from 'vitest'
import { extract } from './index'

function claimOf(text: string, fragment: string, language?: string) {
  const result = extract(text, language ? { language } : {})
  const claim = result.claims.find((c) => c.text.includes(fragment))
  expect(claim, `${fragment} in ${JSON.stringify(result.claims.map((c) => c.text))}`).toBeDefined()
  return claim!
}

describe('Russian impersonal reports and the office they name', () => {
  it('"сообщили в пресс-службе ГУ МВД" after the fact is official', () => {
    const c = claimOf('В Туле задержали двух мужчин, сообщили в пресс-службе областного УМВД.', 'двух мужчин', 'ru')
    expect(c.sourcing.type).toBe('official')
    expect(c.sourcing.attribution).toBe('пресс-службе областного УМВД')
  })

  it('"В МЧС заявили, что …" before the fact is official', () => {
    expect(claimOf('В МЧС заявили, что пострадавших нет.', 'пострадавших', 'ru').sourcing.type).toBe('official')
  })

  it('"Как уточнили в управлении СК" is official, and "СК" does not match inside "скончался"', () => {
    expect(claimOf('Как уточнили в региональном управлении СК, мужчина скончался на месте.', 'скончался', 'ru').sourcing.type).toBe('official')
    expect(claimOf('Мужчина скончался на месте происшествия вечером.', 'скончался', 'ru').sourcing.type).toBe('unattributed')
  })

  it('"Об этом сообщили в прокуратуре" covers the sentence before it', () => {
    const text = 'Пожар в общежитии начался ночью.\n\nВ доме на улице Ленина сгорели три квартиры. Об этом сообщили в прокуратуре города.'
    expect(claimOf(text, 'три квартиры', 'ru').sourcing.type).toBe('official')
  })

  it('a word that only opens the sentence is no name: "Задержанный сообщил" is an unnamed person', () => {
    expect(claimOf('Задержанный сообщил, что скрывался в лесу три дня.', 'скрывался', 'ru').sourcing.type).toBe('anonymous-source')
    expect(claimOf('Спецслужбы заявили, что собрали доказательства.', 'доказательства', 'ru').sourcing.type).toBe('official')
  })

  it('a Cyrillic acronym is a name: "РЕН ТВ сообщил" is a named outlet', () => {
    expect(claimOf('РЕН ТВ сообщил, что в заложники попали двое.', 'заложники', 'ru').sourcing.type).toBe('named-source')
  })

  it('"МОСКВА, 18 сентября. /ТАСС/." is a dateline that names the outlet', () => {
    const result = extract('Задержан подозреваемый\n\nМОСКВА, 18 сентября. /ТАСС/. Полиция задержала подозреваемого в краже.', { language: 'ru' })
    expect(result.meta.outlet).toBe('ТАСС')
    expect(result.claims.map((c) => c.text)).toEqual(['Полиция задержала подозреваемого в краже.'])
  })
})

describe('English agencies and clauses that name no one', () => {
  it('"The FBI says it is investigating" is an official statement', () => {
    expect(claimOf('The FBI says it is investigating the fire at the church.', 'investigating', 'en').sourcing.type).toBe('official')
  })

  it('"reported it to the police" still names no speaker', () => {
    expect(claimOf('A neighbour reported it to the police on Sunday night.', 'neighbour', 'en').sourcing.type).toBe('unattributed')
  })

  it('"there were 115 people confirmed killed" names no source', () => {
    const text = 'The storm hit the island on Monday.\n\nAs of Tuesday, there were 115 people confirmed killed.'
    expect(claimOf(text, '115 people', 'en').sourcing.type).toBe('unattributed')
    expect(claimOf(text, 'storm hit', 'en').sourcing.type).toBe('unattributed')
  })
})

describe('a line broken where a link was lost', () => {
  it('is body text, not a headline or a subheading, and its claim is found', () => {
    const text = 'Фото: телеграм-канал "112"/\nВ Москве мужчина напал на полицейского в метро. Об этом сообщает\nТАСС со ссылкой на пресс-службу МВД.\nКонфликт произошел на станции метро "Орехово".'
    const result = extract(text, { language: 'ru' })
    expect(result.claims.some((c) => c.text.startsWith('В Москве мужчина напал'))).toBe(true)
  })

  it('a caption that ends in a photographer\'s name stays furniture', () => {
    const text = 'Steine flogen auf das Haus des Bürgermeisters.\nSteine flogen auf das Haus des Bürgermeisters. Jens Büttner\nPolizei\n\nUnbekannte werfen Steine\n\nUnbekannte haben in der Nacht Steine auf das Haus geworfen.'
    expect(extract(text, { language: 'de' }).claims.some((c) => c.text.includes('Jens Büttner'))).toBe(false)
  })
})
