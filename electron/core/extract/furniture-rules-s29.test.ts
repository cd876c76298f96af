// Session 29 (furniture7): the page about its own making, classes sorted from the misses of the spent furniture sets
// (s26, s27 and s28 checks, read as dev this session) and of the furniture-s29 dev part: a blog engine's entry footer,
// which language versions the page has, a pointer to its own layout, to a link or to another story of its own, a prose
// credit for the front-page picture, an editor's note tagged in brackets. Each with invented sentences that must change
// and nearby ones that must not. None of these sentences comes from a page in the corpus.
import { describe, expect, it } from 'vitest'
import { isClaim, pageWith, type Lang } from './__fixtures__/furniture-page'

describe('the page about its own making is furniture (session 29)', () => {
  const cases: [Lang, string][] = [
    // a blog engine's entry footer
    ['en', 'This entry was posted in Parks and tagged playgrounds, budget. Bookmark the permalink.'],
    ['de', 'Dieser Eintrag wurde am 3. Mai 2024 in Rathaus veröffentlicht.'],
    ['es', 'Esta entrada fue publicada en Obras públicas y etiquetada calles.'],
    ['fr', 'Cette entrée a été publiée dans Vie municipale.'],
    ['ru', 'Запись опубликована в рубрике Благоустройство автором Администрация.'],
    ['ko', '이 글은 구정 소식에 게시되었습니다.'],
    // which language versions the page has
    ['en', 'This page is only available in German.'],
    ['de', 'Diese Seite ist nur auf Englisch verfügbar.'],
    ['es', 'Esta noticia solo está disponible en catalán.'],
    ['fr', 'Ce contenu n’est disponible qu’en anglais.'],
    ['ru', 'Этот материал доступен только на английском языке.'],
    ['ko', '이 페이지는 한국어로 제공되지 않습니다.'],
    // a pointer to the page's own layout, a link, another story of the outlet's
    ['en', 'You can download the full list of closures at the following link.'],
    ['de', 'Sie können die Liste der Baustellen über diesen Link abrufen.'],
    ['es', 'Puedes consultar la lista de calles afectadas en el siguiente enlace.'],
    ['fr', 'Consultez ci-dessous la carte des rues fermées.'],
    ['ru', 'Список улиц можно найти по этой ссылке.'],
    ['ru', 'Об отключениях воды мы рассказывали в отдельном материале.'],
    ['ko', '자세한 일정은 아래를 참고하시기 바랍니다.'],
    // a prose credit for the front-page picture
    ['en', 'Main photo: Stella Park for the Harbour Times'],
    ['fr', 'Photo principale : Mairie de Bellerive'],
    ['ru', 'Фото к новости – пресс-служба администрации.'],
    ['ko', '대표사진=해솔구청 제공'],
  ]
  it.each(cases)('%s: %s', (lang, chrome) => {
    expect(isClaim(pageWith(lang, chrome), chrome, lang)).toBe(false)
  })
})

describe('an editor’s note tagged in brackets is furniture with its whole paragraph (session 29)', () => {
  const cases: [Lang, string][] = [
    ['en', 'Our reporters spent a month with the city’s snow crews. This is the first part of the series. (Editor’s note)'],
    ['de', 'Unsere Reporter haben einen Monat lang den Winterdienst begleitet. (Anm. d. Red.)'],
    ['fr', 'Nos journalistes ont suivi pendant un mois les agents de la voirie. (NDLR)'],
    ['ko', '본지는 겨울철 제설 현장을 한 달 동안 동행 취재했다. 그 첫 번째 이야기를 싣는다.[편집자 주]'],
    ['ko', '[편집자 주] 본지는 겨울철 제설 현장을 한 달 동안 동행 취재했다.'],
    ['ru', 'Наши корреспонденты месяц работали вместе с дорожными службами. (прим. ред.)'],
  ]
  it.each(cases)('%s: %s', (lang, note) => {
    const first = note.replace(/^\[편집자 주\] /, '')
    expect(isClaim(pageWith(lang, note), first, lang)).toBe(false)
  })
})

describe('a report about a post, a language, a link or a photo stays a claim (session 29)', () => {
  const cases: [Lang, string][] = [
    ['en', 'The post was shared 3,000 times before the city took it down on Monday, a spokesman said.'],
    ['en', 'The new signs will be available in English and Spanish from May, the council said.'],
    ['en', 'Police said the photo on the front page of the flyer was taken in 2019.'],
    ['de', 'Die Stadt hat den Beitrag nach eigenen Angaben am Montag auf ihrer Seite veröffentlicht.'],
    ['de', 'Die neuen Schilder sind ab Mai auch auf Englisch verfügbar, teilte die Stadt mit.'],
    ['es', 'La entrada al museo será gratuita en mayo, informó el Ayuntamiento.'],
    ['es', 'El formulario estará disponible en inglés y en francés desde el lunes, según el Ayuntamiento.'],
    ['fr', 'Le conseil a voté le budget (NDLR : 12 voix contre 3) après deux heures de débat.'],
    ['fr', 'Le formulaire sera disponible en anglais à partir de lundi, a indiqué la mairie.'],
    ['ru', 'Запись обращения жителей была опубликована в соцсетях администрации в понедельник.'],
    ['ru', 'По словам главы района, ссылку на опрос разослали всем жителям в понедельник.'],
    ['ko', '구청은 영어와 중국어로 된 안내문을 다음 달부터 배포한다고 밝혔다.'],
  ]
  it.each(cases)('%s: %s', (lang, body) => {
    expect(isClaim(pageWith(lang, body), body, lang)).toBe(true)
  })
})
