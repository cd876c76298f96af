// Fourth-round rules, one invented example each (with the case that must not change): Russian
// impersonal reports ("В МЧС заявили", "сообщили в пресс-службе"), "как" with any reporting verb,
// "Об этом сообщили …" covering the sentence before, wire datelines, a capitalised word that only
// opens the sentence, Cyrillic acronyms as names, English agencies, "says it is", existential
// "there were … confirmed killed", a line broken where a link was lost.
import { describe, expect, it } from 'vitest'
import { extract } from './index'
import { claimOf } from './__fixtures__/claim-of'

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

describe('bylines in more printed forms', () => {
  const authorOf = (text: string, language?: string) => extract(text, language ? { language } : {}).meta
  it('"Jane Doe, Reuters" and "Jane Doe | AFP" give the reporter and the agency', () => {
    expect(authorOf('Storm hits coast\n\nJane Doe, Reuters\n\nThe storm destroyed 40 homes, officials said.')).toMatchObject({ author: 'Jane Doe', outlet: 'Reuters' })
    expect(authorOf('Storm hits coast\n\nJane Doe | AFP\n\nThe storm destroyed 40 homes, officials said.')).toMatchObject({ author: 'Jane Doe', outlet: 'AFP' })
  })

  it('a name alone under the headline is the byline, in Cyrillic too', () => {
    expect(authorOf('Шторм на побережье\n\nИван Петров\n\nШторм разрушил 40 домов, сообщили в МЧС.', 'ru').author).toBe('Иван Петров')
    expect(authorOf('Шторм на побережье\n\nНовости региона\n\nШторм разрушил 40 домов, сообщили в МЧС.', 'ru').author).toBeNull()
  })

  it('Korean: a short "기자" line above the headline, "입력 … | 홍길동 기자", "[아시아경제 홍길동 기자]", a broadcast sign-off', () => {
    const body = '태풍으로 주택 40채가 파손됐다고 소방당국이 밝혔다.'
    expect(authorOf(`태풍 피해\n\n홍길동 기자\n\n${body}`, 'ko').author).toBe('홍길동')
    expect(authorOf(`태풍 피해\n\n입력 2024.05.01 12:00 | 홍길동 기자\n\n${body}`, 'ko')).toMatchObject({ author: '홍길동', publishedAt: '2024-05-01' })
    expect(authorOf(`태풍으로 주택 피해 속출\n\n[아시아경제 홍길동 기자] ${body}`, 'ko')).toMatchObject({ author: '홍길동', outlet: '아시아경제' })
    expect(authorOf(`태풍으로 주택 피해 속출\n\n${body} KBS 뉴스 홍길동입니다.`, 'ko').author).toBe('홍길동')
    expect(authorOf(`태풍 피해\n\n이것은 사실입니다.`, 'ko').author).toBeNull()
  })

  it('a date then "Par …", "Reporting by …" at the end, and "par <outlet>" as the outlet', () => {
    expect(authorOf('Cambriolages en hausse\n\nmercredi 24 octobre 2018 à 12:01 Par Leila Mechaouri, France Bleu Gard\n\nLes gendarmes constatent une hausse des cambriolages.', 'fr').author).toBe('Leila Mechaouri')
    expect(authorOf('Storm hits coast\n\nThe storm destroyed 40 homes, officials said.\n\nReporting by Jane Doe; Editing by John Roe').author).toBe('Jane Doe')
    expect(authorOf('Cambriolages en hausse\npar L\'Est éclair\nLes gendarmes constatent une hausse des cambriolages. Reportage : Jean Dupont & Anne Roger', 'fr')).toMatchObject({ outlet: "L'Est éclair", author: 'Jean Dupont & Anne Roger' })
  })
})

describe('comment forms and page chrome in six languages', () => {
  it.each([
    ['en', 'Your email address will not be published. Required fields are marked *'],
    ['fr', 'Votre adresse e-mail ne sera pas publiée.'],
    ['es', 'Tu dirección de correo electrónico no será publicada.'],
    ['de', 'Ihre E-Mail-Adresse wird nicht veröffentlicht.'],
    ['ru', 'Ваш адрес email не будет опубликован.'],
    ['ko', '이메일 주소는 공개되지 않습니다.'],
    ['en', '13:30Sports - F1 - A new contract until 2031'],
    ['fr', 'afp/rber'],
  ])('%s: "%s" is furniture', (language, line) => {
    const result = extract(`Headline of the page\n\nThe council approved the budget of 40 million on Monday.\n\n${line}\n\nThe vote was 12 to 3.`, { language })
    expect(result.claims.some((c) => c.text.includes(line.slice(0, 12)))).toBe(false)
    expect(result.claims.some((c) => c.text.includes('12 to 3'))).toBe(true)
  })
})

describe('French sources the packs lacked', () => {
  it('"a-t-on appris auprès de la gendarmerie" and "les gendarmes constatent" are official', () => {
    expect(claimOf('Deux voleurs ont été mis en fuite mercredi, a-t-on appris vendredi auprès de la gendarmerie.', 'voleurs', 'fr').sourcing.type).toBe('official')
    expect(claimOf('Depuis une semaine, les gendarmes de Bagnols constatent une reprise des cambriolages.', 'reprise', 'fr').sourcing.type).toBe('official')
  })
})

describe('German sources in compounds and after the verb', () => {
  it('"Laut Polizeiangaben", "Nach Polizeiangaben", "hieß es von der Polizei" are official', () => {
    expect(claimOf('Laut Polizeiangaben wurde niemand verletzt.', 'niemand', 'de').sourcing.type).toBe('official')
    expect(claimOf('Nach Polizeiangaben brannte das Haus vollständig aus.', 'brannte', 'de').sourcing.type).toBe('official')
    expect(claimOf('Der Täter sei über den Balkon eingestiegen, hieß es von der Polizei.', 'Balkon', 'de').sourcing.type).toBe('official')
  })

  it('"aus Polizeikreisen" is anonymous, and "laut Angaben" with nobody named is no name', () => {
    expect(claimOf('Der Mann war betrunken, hieß es aus Polizeikreisen.', 'betrunken', 'de').sourcing.type).toBe('anonymous-source')
    expect(claimOf('Laut Angaben wurde eine Person verletzt.', 'Person', 'de').sourcing.type).toBe('anonymous-source')
  })

  it('"Das teilte die Polizei mit" covers the indicative sentence just before it, not the one before that', () => {
    const text = 'Das Haus steht am Stadtrand. Der Schaden liegt bei 50.000 Euro. Das teilte die Polizei am Montag mit.'
    expect(claimOf(text, '50.000', 'de').sourcing.type).toBe('official')
    expect(claimOf(text, 'Stadtrand', 'de').sourcing.type).toBe('unattributed')
  })
})

describe('Korean reports with no subject', () => {
  it('"이어 “…”고 덧붙였다" goes on with the speaker before', () => {
    const text = '경찰 관계자는 "전기 합선이 원인"이라고 말했다. 이어 "추가 피해는 없다"고 덧붙였다.'
    expect(claimOf(text, '추가 피해', 'ko').sourcing.type).toBe('official')
  })
})
