// Bylines in the forms outlets print them (invented names): above the text, at the end, in a
// broadcast credit block, in a wire dateline. The author fills the article's author field.
import { describe, expect, it } from 'vitest'
import { extract } from './index'

const BODY = {
  en: 'Two homes burned on Elm Street on Monday, the fire chief said.',
  de: 'Zwei Häuser brannten am Montag in der Lindenstraße, sagte ein Sprecher der Feuerwehr.',
  es: 'Dos viviendas ardieron el lunes en la calle Olmo, informó el cuerpo de bomberos.',
  fr: 'Deux maisons ont brûlé lundi rue des Ormes, a indiqué le maire.',
  ko: '14일 오후 3시쯤 서울 종로구의 한 주택에서 불이 나 2명이 다쳤다고 소방당국이 밝혔다.',
}

describe('bylines', () => {
  it.each([
    ['en', `Fire on Elm Street\n\nBy: Jane Q. Doe\n\n${BODY.en}`, 'Jane Q. Doe'],
    ['en', `Fire on Elm Street\n\nJane Doe, Staff Writer\n\n${BODY.en}`, 'Jane Doe'],
    ['de', `Brand in der Lindenstraße\n\nVon Max Mustermann, dpa\n\n${BODY.de}`, 'Max Mustermann'],
    ['es', `Incendio en la calle Olmo\n\nPor: Ana María Ruiz\n\n${BODY.es}`, 'Ana María Ruiz'],
    ['fr', `Incendie rue des Ormes\n\nPropos recueillis par Julie Martin\n\n${BODY.fr}`, 'Julie Martin'],
    ['fr', `Incendie rue des Ormes\n\nM.C. et M.A.\n\n${BODY.fr}`, 'M.C. et M.A.'],
    ['ko', `종로 주택 화재\n\n${BODY.ko}\n\n취재기자ㅣ김민수\n촬영기자ㅣ이정호\n영상편집ㅣ박서연`, '김민수'],
    ['ko', `종로 주택 화재\n\n${BODY.ko} 〈김민수·이정호기자〉`, '김민수'],
  ] as const)('%s: %s', (language, text, author) => {
    const result = extract(text, { language })
    expect(result.meta.author).toBe(author)
    // the byline and the rest of a credit block are furniture, the body stays one claim
    expect(result.claims.map((c) => c.text)).toEqual([BODY[language]])
  })

  it('a Korean wire dateline names the outlet and the reporter, and leaves the sentence', () => {
    const text = `(서울=연합뉴스) 김민수 기자 = ${BODY.ko}\n\n다른 피해는 없었다고 경찰은 전했다.`
    const result = extract(text, { language: 'ko' })
    expect(result.meta).toMatchObject({ author: '김민수', outlet: '연합뉴스' })
    expect(result.claims[0].text).toBe(BODY.ko)
  })

  it('a sentence that opens with "By" is not a byline', () => {
    const text = `Fire on Elm Street\n\n${BODY.en} By Monday night, crews had put out the last of the flames on the roof.`
    const result = extract(text, { language: 'en' })
    expect(result.meta.author).toBeNull()
    expect(result.claims).toHaveLength(2)
  })
})
