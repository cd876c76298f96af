// Furniture rules by structure (session 24): each rule with an invented sentence that must change
// and a nearby invented one that must not.
import { describe, expect, it } from 'vitest'
import { extract } from './index'
import { classifySentence, wireDateline } from './boilerplate'

const claimTexts = (text: string, language?: string) => extract(text, language ? { language } : {}).claims.map((c) => c.text)

describe('datelines run into the lead are cut off', () => {
  it('a place in capitals and a dash', () => {
    expect(wireDateline('SPRINGFIELD — A barn burned down on Tuesday night.')?.length).toBe('SPRINGFIELD — '.length)
    expect(wireDateline('PORT ALLEN, La. - Two men were arrested.')?.length).toBe('PORT ALLEN, La. - '.length)
    expect(claimTexts('SPRINGFIELD — A barn burned down on Tuesday night, the fire chief said.\n')).toEqual(['A barn burned down on Tuesday night, the fire chief said.'])
    // an acronym opening a sentence without a dash, and a dash inside the sentence, stay
    expect(wireDateline('NATO troops arrived on Tuesday – three days late.')).toBeNull()
    expect(wireDateline('Tuesday’s fire – the third this year – destroyed a barn.')).toBeNull()
  })

  it('a place in title case, maybe a region in brackets, and a long dash', () => {
    expect(wireDateline('Oberweiler – Ein Brand hat am Montag eine Scheune zerstört.')?.length).toBe('Oberweiler – '.length)
    expect(wireDateline('Kleinstadt (NRW) – Ein Mann ist verletzt worden.')?.length).toBe('Kleinstadt (NRW) – '.length)
    expect(wireDateline('Nordheim/Südheim – Die Suche blieb erfolglos.')?.length).toBe('Nordheim/Südheim – '.length)
    expect(claimTexts('Oberweiler – Ein Brand hat am Montag eine Scheune zerstört.\n', 'de')).toEqual(['Ein Brand hat am Montag eine Scheune zerstört.'])
    // a dash after a lower-case word, or before one, is the sentence's own
    expect(wireDateline('Der Brand – so die Polizei – zerstörte die Scheune.')).toBeNull()
    expect(wireDateline('Oberweiler - Ein Brand hat am Montag eine Scheune zerstört.')).toBeNull()
  })

  it('a place and its state in brackets', () => {
    expect(wireDateline('(Oak Ridge, Tennessee) Police arrested a man on Friday.')?.length).toBe('(Oak Ridge, Tennessee) '.length)
    expect(wireDateline('(Police arrested him, the sheriff said) on Friday.')).toBeNull()
  })

  it('an agency dateline with the date', () => {
    expect(wireDateline('Valencia, 3 may (EFE).- Un incendio destruyó una nave.')?.length).toBe('Valencia, 3 may (EFE).- '.length)
    expect(wireDateline('ТАСС, 5 марта. Пожар произошел в жилом доме.')?.length).toBe('ТАСС, 5 марта. '.length)
    expect(wireDateline('Valencia, 3 de mayo de 2024. Un incendio destruyó una nave.')).toBeNull()
    expect(wireDateline('Москва, 5 марта стала первой.')).toBeNull()
    // a police press release on the German wire service: "Stadt (ots) - "
    expect(wireDateline('Neustadt (ots) - Am Montag brannte eine Scheune.')?.length).toBe('Neustadt (ots) - '.length)
    expect(wireDateline('Neustadt (Pfalz) - Am Montag brannte eine Scheune.')).toBeNull()
  })
})

describe('page chrome said in a sentence (the packs\' furniture sentences)', () => {
  const chrome = (s: string) => classifySentence(s)?.kind ?? null
  it.each([
    ['This site uses cookies to give you the best experience.', 'The bakery uses cookies from a local supplier, the owner said.'],
    ['This is an archived article and the information in it may be outdated.', 'The archived footage showed the man leaving the shop.'],
    ['Diese Website verwendet Cookies.', 'Die Bäckerei verkauft Cookies aus eigener Herstellung.'],
    ['Tu navegador no es compatible con este vídeo.', 'El navegador del coche no funcionaba, según la policía.'],
    ['Cet article date de plus de deux ans.', 'La loi sur les associations date de 1901.'],
    ['Другие материалы о происшествиях читайте в разделе Новости.', 'Следователи изучили материалы дела.'],
    ['Читайте также: пожар в Самаре.', 'Полиция читает записи с камер.'],
    ['24시간 여러분의 제보를 기다립니다.', '경찰은 목격자의 제보를 받아 수사에 나섰다.'],
  ])('%s', (furniture, claim) => {
    expect(chrome(furniture)).toBe('boilerplate')
    expect(chrome(claim)).toBeNull()
  })
})
