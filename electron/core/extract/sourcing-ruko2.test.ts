// Session 29 (ruko2): Russian and Korean sourcing classes and carry, from the spent sets (carry check set 4, read as dev) and
// the dev part of carry check set 5 (its check part is never read). Each class is written from the language's grammar with
// invented sentences: ones that must change (they failed before the rule) and nearby ones that must not.
import { describe, expect, it } from 'vitest'
import { claimOf } from './__fixtures__/claim-of'

const type = (text: string, fragment: string) => claimOf(`Заголовок\n\n${text}`, fragment, 'ru').sourcing.type

describe('Russian: parliaments and cabinets are state bodies', () => {
  it('the head of a parliament, of the Federation Council or of a cabinet speaks officially', () => {
    expect(type('Председатель парламента Молдавии Игорь Гросу заявил, что выборы пройдут в мае.', 'выборы')).toBe('official')
    expect(type('Выборы пройдут в мае, сообщил председатель Совета Федерации Андрей Орлов.', 'Выборы')).toBe('official')
    expect(type('Как заявил глава комитета Верховной Рады Олег Коваль, заседание перенесли на вторник.', 'заседание')).toBe('official')
    expect(type('Заседание перенесли на вторник, сообщили в парламенте республики.', 'Заседание')).toBe('official')
    // must not: the chair of a company's board is a named person, not an office
    expect(type('Председатель совета директоров компании Игорь Гросу заявил, что завод продадут в мае.', 'завод')).toBe('named-source')
  })
})

describe('Russian: "согласно озвученной версии" names nobody (lead decision s28, as "Отмечается")', () => {
  it('it takes the office in play in the paragraph', () => {
    const office = 'Пожар в общежитии потушили к утру, сообщили в пресс-службе ГУ МЧС по региону. '
    expect(type(`${office}Согласно озвученной версии, проводку замкнуло на третьем этаже.`, 'проводку')).toBe('official')
  })
  it('with no office in play it is unnamed', () => {
    expect(type('Согласно озвученной версии, проводку замкнуло на третьем этаже.', 'проводку')).toBe('anonymous-source')
  })
  it('must not: "согласно данным МЧС", "как уточнили в полиции" still name their source', () => {
    expect(type('Согласно данным МЧС, проводку замкнуло на третьем этаже.', 'проводку')).toBe('official')
    expect(type('Как уточнили в полиции, проводку замкнуло на третьем этаже.', 'проводку')).toBe('official')
    expect(type('Как уточнил сосед Иван Петров, проводку замкнуло на третьем этаже.', 'проводку')).toBe('named-source')
  })
})

const typeKo = (text: string, fragment: string) => claimOf(`제목\n\n${text}`, fragment, 'ko').sourcing.type

describe('Korean: "보도에 따르면" after an outlet’s report is that report going on', () => {
  it('"(이) 보도에 따르면" takes the outlet named just before', () => {
    const report = '연합뉴스는 10일 경찰이 주민 5명을 조사했다고 보도했다.\n\n'
    expect(typeKo(`${report}보도에 따르면 경찰은 주민들을 상대로 진술을 들었다.`, '진술을')).toBe('named-source')
    expect(typeKo(`${report}이 보도에 따르면 경찰은 주민들을 상대로 진술을 들었다.`, '진술을')).toBe('named-source')
    expect(typeKo(`${report}해당 보도에 따르면 경찰은 주민들을 상대로 진술을 들었다.`, '진술을')).toBe('named-source')
  })
  it('must not: unnamed media ("외신 보도", "언론 보도") and a report with no outlet before stay unnamed', () => {
    expect(typeKo('외신 보도에 따르면 경찰은 주민들을 상대로 진술을 들었다.', '진술을')).toBe('anonymous-source')
    expect(typeKo('연합뉴스는 10일 경찰이 주민 5명을 조사했다고 보도했다.\n\n언론 보도에 따르면 경찰은 주민들을 상대로 진술을 들었다.', '진술을')).toBe('anonymous-source')
    expect(typeKo('보도에 따르면 경찰은 주민들을 상대로 진술을 들었다.', '진술을')).toBe('anonymous-source')
  })
})
