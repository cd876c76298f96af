// Session 31 (ruko4): carry in all languages and Korean/Russian sourcing classes, from the confusion table of the spent carry check
// set 6 (dev and check read as dev) and the dev part of carry check set 7 (its check part is never read). Each class is written from
// the languages' grammar with invented sentences: ones that must change (they failed on main before the rule) and nearby ones that
// must not.
import { describe, expect, it } from 'vitest'
import { de, en, es, fr, ko, ru } from './__fixtures__/sourcing-in'

describe('a pointer set off inside its clause is a parenthesis of that sentence, not a closing over the sentences before', () => {
  // "его второй этаж, по словам жильцов, пустует": the clause goes on after the speaker's comma (its predicate follows)
  it('must change: the sentence before stays the reporter’s (ru, es, fr, en)', () => {
    expect(ru('В Сыктывкаре загорелся деревянный дом. Здание наполовину расселено, его второй этаж, по словам жильцов, пустует.', 'В Сыктывкаре')).toBe('unattributed')
    expect(es('Un incendio afectó a una vivienda de Lugo. El segundo piso, según los vecinos, estaba vacío.', 'Un incendio')).toBe('unattributed')
    expect(fr('Un incendie a touché une maison de Brest. Le deuxième étage, selon les voisins, était vide.', 'Un incendie')).toBe('unattributed')
    expect(en('A fire hit a house in Leeds. The second floor, according to residents, was empty.', 'A fire hit')).toBe('unattributed')
  })
  it('the sentence with the aside keeps its own source', () => {
    expect(ru('В Сыктывкаре загорелся деревянный дом. Здание наполовину расселено, его второй этаж, по словам жильцов, пустует.', 'Здание')).toBe('anonymous-source')
    expect(fr('Un incendie a touché une maison de Brest. Le deuxième étage, selon les voisins, était vide.', 'Le deuxième')).toBe('anonymous-source')
  })
  it('must not: a pointer closing its sentence still covers the narration before it in its paragraph (round 5)', () => {
    expect(ru('В Сыктывкаре загорелся деревянный дом. Второй этаж пустует, по словам жильцов.', 'В Сыктывкаре')).toBe('anonymous-source')
    expect(en('A fire hit a house in Leeds. The second floor was empty, according to residents.', 'A fire hit')).toBe('anonymous-source')
    expect(es('Un incendio afectó a una vivienda de Lugo. El segundo piso estaba vacío, según los vecinos.', 'Un incendio')).toBe('anonymous-source')
  })
  it('must not: a verb of saying set off before a participle ("— сказал X, добавив") is still a closing', () => {
    expect(ru('Пожар потушили за час. «Пострадавших нет», — сказал представитель МЧС, добавив подробности.', 'Пожар потушили')).toBe('unattributed')
    expect(fr('Le feu a été maîtrisé en une heure. Personne n’a été blessé, a indiqué la préfecture, ajoutant des détails.', 'Le feu')).toBe('official')
  })
  it('must not: a German "laut" inside the clause was no closing before and is none now', () => {
    expect(de('Ein Feuer brach in einem Haus in Bonn aus. Der zweite Stock stand laut den Nachbarn leer.', 'Ein Feuer')).toBe('unattributed')
  })
})

describe('Korean and Russian: a testimony reported as a noun speaks for its givers', () => {
  it('must change: "…다는 주민들의 증언이 나왔다" is the residents’; "…다는 증언도 이어졌다" with nobody named is unnamed', () => {
    const lead = '서울 마포구의 한 아파트에서 불이 나 주민 20명이 대피했다. '
    expect(ko(`${lead}불이 나기 전부터 복도에서 타는 냄새가 났다는 주민들의 증언이 나왔다.`, '불이 나기')).toBe('anonymous-source')
    expect(ko(`${lead}\n\n관리사무소 앞으로 택배가 자주 쌓였다는 증언도 이어졌다.`, '관리사무소')).toBe('anonymous-source')
    expect(ko(`${lead}\n\n밤마다 음악 소리가 들렸다는 이웃 주민의 목격담이 공개됐다.`, '밤마다')).toBe('anonymous-source')
  })
  it('must change: the givers’ type is read from the genitive ("경찰 관계자의 전언" is official)', () => {
    expect(ko('현장에서 유서가 발견됐다는 경찰 관계자의 전언이 나왔다.', '현장에서')).toBe('official')
  })
  it('must change: ru "Появились свидетельства очевидцев, что …" is the witnesses’', () => {
    expect(ru('В Сыктывкаре загорелся дом. Появились свидетельства очевидцев, что в подъезде пахло бензином.', 'Появились')).toBe('anonymous-source')
  })
  it('must not: a call reported as a noun is the event ("…다는 주민의 신고가 접수됐다", "Поступило сообщение о пожаре")', () => {
    expect(ko('서울 마포구의 한 아파트에서 불이 났다. 타는 냄새가 난다는 주민의 신고가 접수됐다.', '타는 냄새')).toBe('unattributed')
    expect(ru('В Сыктывкаре загорелся дом. Поступило сообщение о пожаре в подъезде.', 'Поступило')).toBe('unattributed')
  })
  it('must not: a testimony as an object of the police’s work is the police acting ("증언을 토대로 … 조사하고 있다" is left as it was)', () => {
    expect(ko('경찰은 주민들의 증언을 확보해 사고 경위를 조사할 방침이다.', '경찰은')).toBe('unattributed')
  })
  it('must not: the es/fr testimony pointers keep their reading ("según el testimonio de los vecinos", "selon le témoignage d’une voisine")', () => {
    expect(es('Según el testimonio de los vecinos, el fuego empezó en la cocina.', 'el fuego')).toBe('anonymous-source')
    expect(fr('Selon le témoignage d’une voisine, le feu a pris dans la cuisine.', 'le feu')).toBe('anonymous-source')
  })
})

describe('Russian: a longer clause after "по словам X," goes on the sentence; a relative clause on the speaker does not', () => {
  it('must change: ", по словам соседей, в доме особо никто не общался" covers nothing before it', () => {
    expect(ru('В квартире нашли тело хозяйки. С самой женщиной, по словам соседей, в доме особо никто не общался.', 'В квартире')).toBe('unattributed')
  })
  it('must not: ", по словам соседей, которые слышали крики" closes its sentence and covers the one before', () => {
    expect(ru('В квартире нашли тело хозяйки. Ночью там был шум, по словам соседей, которые слышали крики.', 'В квартире')).toBe('anonymous-source')
  })
})

describe('Korean: a judging verb after a quotative complement is a view; "위협했다" without one is the act', () => {
  it('must change: "경찰은 …가능성도 있다고 보고 있다" is the police’s view (official), as "것으로 보고"', () => {
    expect(ko('경찰은 A씨가 정신질환으로 망상에 시달렸을 가능성도 있다고 보고 있다.', '경찰은')).toBe('official')
    expect(ko('소방당국은 전기 합선으로 불이 났다고 추정하고 있다.', '소방당국은')).toBe('official')
  })
  it('must not: "경찰은 현장 CCTV를 보고 있다" (a noun object) is the police acting', () => {
    expect(ko('경찰은 현장 CCTV를 보고 있다.', '경찰은')).toBe('unattributed')
  })
  it('must change: "흉기로 위협했다" is the act, so the paragraph’s source goes on over it', () => {
    expect(ko('경찰에 따르면 A씨는 이웃집을 찾아가 소리를 쳤다. 이후 A씨는 주차장에서 또 다른 이웃을 흉기로 위협했다.', '이후 A씨는')).toBe('official')
  })
  it('must not: a threat reported with its quotative complement keeps its reading (the speaker, as on main)', () => {
    expect(ko('A씨는 이웃에게 가만두지 않겠다고 위협했다.', 'A씨는')).toBe('anonymous-source')
    expect(ko('A씨는 “가만두지 않겠다”고 위협했다.', 'A씨는')).toBe('anonymous-source')
  })
})

describe('Russian: verbs and predicatives of opinion with a что-clause attribute to their subject', () => {
  it('must change: "Местные жители уверены, что …", "Жильцы предположили, что …" are the residents’', () => {
    expect(ru('В Сыктывкаре загорелся дом. Местные жители уверены, что это был поджог.', 'Местные')).toBe('anonymous-source')
    expect(ru('В Сыктывкаре загорелся дом. Жильцы предположили, что кровь принесли хулиганы.', 'Жильцы')).toBe('anonymous-source')
    expect(ru('Глава района Иван Петров полагает, что дом восстановят к зиме.', 'Глава')).toBe('official')
  })
  it('must not: "уверен" with no что-clause is no report', () => {
    expect(ru('Он уверен в своей правоте и подал апелляцию.', 'Он уверен')).toBe('unattributed')
  })
})
