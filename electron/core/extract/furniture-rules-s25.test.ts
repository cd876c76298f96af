// Furniture rules of session 25 (classes seen on the byline set's furniture dev pages), each with invented text
// that must change and a nearby invented text that must not.
import { describe, expect, it } from 'vitest'
import { extract } from './index'
import { wireDateline } from './boilerplate'

const claimTexts = (text: string, language?: string) => extract(text, language ? { language } : {}).claims.map((c) => c.text)

describe('a Spanish-language dateline: the place, a stop and a dash', () => {
  it('is cut off the lead', () => {
    expect(wireDateline('Valdepeñas.- Un incendio destruyó una nave el martes.')?.length).toBe('Valdepeñas.- '.length)
    expect(wireDateline('Ciudad de México.— Agentes detuvieron a tres hombres.')?.length).toBe('Ciudad de México.— '.length)
    expect(wireDateline('San Pedro, Coahuila.-Un hombre fue detenido.')?.length).toBe('San Pedro, Coahuila.-'.length)
    expect(claimTexts('Valdepeñas.- Un incendio destruyó una nave el martes, según los bomberos.\n', 'es')).toEqual([
      'Un incendio destruyó una nave el martes, según los bomberos.',
    ])
  })

  it('a sentence, a stop without a dash, or a dash inside the sentence is not', () => {
    expect(wireDateline('Esto ocurrió.- Luego llegó la policía.')).toBeNull()
    expect(wireDateline('Valdepeñas. Un incendio destruyó una nave el martes.')).toBeNull()
    expect(wireDateline('Valdepeñas - según los vecinos - vivió una noche difícil.')).toBeNull()
  })
})

describe('a short tag in square brackets opening a Korean lead', () => {
  it('is cut off the lead', () => {
    expect(wireDateline('[동네신문]서울 강서구는 새 도서관을 열었다고 밝혔다.')?.length).toBe('[동네신문]'.length)
    expect(wireDateline('[단독] 경찰은 30대 남성을 체포했다.')?.length).toBe('[단독] '.length)
    expect(claimTexts('[동네신문]서울 강서구는 새 도서관을 열었다고 3일 밝혔다.\n', 'ko')).toEqual(['서울 강서구는 새 도서관을 열었다고 3일 밝혔다.'])
  })

  it('a bracket that holds a sentence, or a bracket inside the text, is not', () => {
    expect(wireDateline('[서울시가 발표한 올해 예산안의 주요 내용은 다음과 같다] 예산은 늘었다.')).toBeNull()
    expect(wireDateline('서울 강서구는 [동네신문]에 새 도서관을 열었다고 밝혔다.')).toBeNull()
  })
})

describe('Korean chrome: a photo credit with 제공, a comment prompt', () => {
  it('is furniture', () => {
    const page = '서울 강서구는 새 도서관을 열었다고 3일 밝혔다.\n\n사진제공=강서구청.\n\n도서관은 5만 권의 책을 갖췄다.\n\n당신의 의견을 남겨주세요\n'
    expect(claimTexts(page, 'ko')).toEqual(['서울 강서구는 새 도서관을 열었다고 3일 밝혔다.', '도서관은 5만 권의 책을 갖췄다.'])
  })

  it('a sentence about a photo supplier, or residents who left opinions, is not', () => {
    const page = '사진제공 업체 대표가 3일 경찰에 체포됐다.\n\n주민들은 구청 게시판에 의견을 남겨 항의했다.\n'
    expect(claimTexts(page, 'ko')).toEqual(['사진제공 업체 대표가 3일 경찰에 체포됐다.', '주민들은 구청 게시판에 의견을 남겨 항의했다.'])
  })
})

describe('summary bullets above the first prose paragraph', () => {
  const story =
    'Agentes de la Policía Local detuvieron el lunes a un hombre de 40 años como presunto autor de un robo en una farmacia del centro de la ciudad, según informaron fuentes municipales.'
  it('are furniture', () => {
    const page = `Detenido tras robar en una farmacia\n\n- El hombre huyó con la caja registradora.\n- Fue detenido a dos calles del local.\n\n${story}\n`
    expect(claimTexts(page, 'es')).toEqual([story])
  })

  it('bullets further down (advice inside the story), one bullet alone, or lines of dialogue stay', () => {
    const advice = `${story}\n\nLa Policía recomienda:\n- Cerrar siempre con llave la puerta del local.\n- Instalar una alarma conectada a una central.\n`
    expect(claimTexts(advice, 'es')).toContain('- Cerrar siempre con llave la puerta del local.')
    const one = `Detenido tras robar en una farmacia\n\n- El hombre huyó con la caja registradora.\n\n${story}\n`
    expect(claimTexts(one, 'es')).toContain('- El hombre huyó con la caja registradora.')
    const dialogue = `Сосед держал соседа три дня\n\n- Открывай, полиция! - кричал участковый у двери квартиры на третьем этаже.\n- Здесь никого нет, - ответил мужчина из квартиры.\n\nСотрудники полиции задержали 40-летнего жителя Твери, который три дня удерживал в квартире соседа, сообщили в пресс-службе областного УМВД.\n`
    expect(claimTexts(dialogue, 'ru').some((c) => c.startsWith('- Открывай'))).toBe(true)
  })
})
