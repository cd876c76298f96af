// Session 27 (furniture5): furniture classes sorted from the misses of the fresh sets' dev parts (furniture-s26 dev and
// its spent check, furniture-s27 dev), each with invented sentences that must change and nearby ones that must not.
// None of these sentences comes from a page in the corpus.
import { describe, expect, it } from 'vitest'
import { extract } from './index'
import { claimTexts, isClaim, BODY, pageWith, topOf, type Lang } from './__fixtures__/furniture-page'

describe('a sentence that promises the story instead of telling it (session 27)', () => {
  const cases: [Lang, string, string][] = [
    ['en', 'The county explains why the bridge cost more than planned.', 'The county explained that the bridge cost $2 million more than planned.'],
    ['de', 'Der Landkreis erklärt, warum die Brücke teurer wurde als geplant.', 'Der Landkreis erklärte, dass die Brücke zwei Millionen Euro teurer wurde als geplant.'],
    ['es', 'La diputación explica por qué el puente costó más de lo previsto.', 'La diputación explicó que el puente costó dos millones más de lo previsto.'],
    ['fr', 'Le département explique pourquoi le pont a coûté plus cher que prévu.', 'Le département a expliqué que le pont avait coûté deux millions de plus que prévu.'],
    ['ko', '해솔군이 새 다리 공사비가 늘어난 이유를 알아봤습니다.', '해솔군은 새 다리 공사비가 당초 계획보다 20억 원 늘었다고 밝혔다.'],
    ['ru', 'Рассказываем, почему мост обошелся дороже, чем планировалось.', 'Очевидец рассказывает, что мост закрывали на ремонт уже дважды.'],
  ]
  it.each(cases)('%s: the promise is furniture, a report of what was said is not', (lang, teaser, body) => {
    expect(isClaim(pageWith(lang, teaser), teaser, lang)).toBe(false)
    expect(isClaim(pageWith(lang, body), body, lang)).toBe(true)
  })
})

describe('a witness or a picture telling how it happened stays a claim (session 27)', () => {
  // the teaser verbs are the explainer's (explains, erklärt, explica, explique, рассказываем): a witness who describes
  // or a video that shows how something happened is the story, not a promise of it
  const cases: [Lang, string][] = [
    ['en', 'Surveillance video shows how the man broke the shop window on Monday night.'],
    ['de', 'Ein Zeuge schildert, wie der Mann am Montagabend die Scheibe des Ladens einschlug.'],
    ['es', 'Un testigo cuenta cómo el hombre rompió el escaparate el lunes por la noche.'],
    ['fr', 'Un témoin raconte comment l’homme a brisé la vitrine lundi soir.'],
    ['ru', 'Свидетель рассказывает, как мужчина разбил витрину магазина в понедельник вечером.'],
  ]
  it.each(cases)('%s', (lang, body) => {
    expect(isClaim(pageWith(lang, body), body, lang)).toBe(true)
  })
})

describe("a reporter's hand-off (session 27)", () => {
  const cases: [Lang, string, string][] = [
    ['en', 'Jane Kell reports.', 'Jane Kell reported the theft of her car to police on Monday.'],
    ['de', 'Reporterin Jana Keller berichtet.', 'Jana Keller meldete den Diebstahl ihres Autos am Montag der Polizei.'],
    ['es', 'Informa Juana Quel.', 'Juana Quel denunció el robo de su coche a la policía el lunes.'],
    ['fr', 'Le reportage de Jeanne Kell.', 'Jeanne Kell a signalé le vol de sa voiture à la police lundi.'],
    ['ru', 'Во что обошелся мост, узнала Яна Келер.', 'Машину угнали подростки, выяснила местная полиция.'],
    ['ru', 'Яна Келер расскажет подробнее.', 'Яна Келер рассказала полиции, что машину угнали ночью.'],
  ]
  it.each(cases)('%s: the hand-off is furniture, a sentence about the named person is not', (lang, handoff, body) => {
    expect(isClaim(pageWith(lang, handoff), handoff, lang)).toBe(false)
    expect(isClaim(pageWith(lang, body), body, lang)).toBe(true)
  })
})

describe('a teaser paragraph above the story (session 27)', () => {
  const cases: [Lang, string, string][] = [
    ['en', 'A new bridge opens over the Mill River.', 'The county explains why it cost more than planned.'],
    ['de', 'Über den Mühlbach führt eine neue Brücke.', 'Der Landkreis erklärt, warum sie teurer wurde als geplant.'],
    ['es', 'Un nuevo puente cruza el río Molino.', 'La diputación explica por qué costó más de lo previsto.'],
    ['fr', 'Un nouveau pont enjambe la rivière du Moulin.', 'Le département explique pourquoi il a coûté plus cher que prévu.'],
    ['ru', 'Через реку Мельничную открыли новый мост.', 'Рассказываем, почему он обошелся дороже, чем планировалось.'],
  ]
  it.each(cases)('%s: both sentences are furniture when the story follows; alone on its page the first stays a claim', (lang, first, promise) => {
    const para = `${first} ${promise}`
    expect(isClaim(topOf(lang, para), first, lang)).toBe(false)
    expect(isClaim(topOf(lang, para), promise, lang)).toBe(false)
    for (const b of BODY[lang]) expect(isClaim(topOf(lang, para), b, lang), b).toBe(true)
    // a page that is only the teaser: nothing below tells the story, so its first sentence is the story
    expect(isClaim(`Headline of the invented page\n\n${para}\n`, first, lang)).toBe(true)
  })
})

describe('a sentence printed twice (session 27)', () => {
  it.each(['en', 'de', 'es', 'fr', 'ko', 'ru'] as Lang[])('%s: the second copy is furniture, the first stays the claim', (lang) => {
    const [a, b, c] = BODY[lang]
    const text = `Headline of the invented page\n\n${a}\n\n${b} ${b}\n\n${c}\n`
    const claims = extract(text, { language: lang }).claims
    const first = text.indexOf(b)
    const second = text.indexOf(b, first + 1)
    expect(claims.some((k) => k.start <= first && first < k.end)).toBe(true)
    expect(claims.some((k) => k.start <= second && second < k.end)).toBe(false)
    // two different sentences that share most words both stay
    const other = text.replace(`${b} ${b}`, `${b} ${b.replace(/\d+/, '14')}`)
    expect(claimTexts(other, lang).length).toBe(claimTexts(pageWith(lang, b.replace(/\d+/, '14')), lang).length)
  })
})

describe('an embedded social post (session 27)', () => {
  const cases: [Lang, string, string][] = [
    ['en', 'The bridge is open from today. pic.twitter.com/Qm4Zr8Tk\n— Mill County (@MillCounty) March 3, 2024', 'The county wrote on Twitter on Friday that the bridge was open to traffic.'],
    ['de', 'Die Brücke ist ab heute offen. pic.twitter.com/Qm4Zr8Tk\n— Landkreis Mühlbach (@LKMuehlbach) 3. März 2024', 'Der Landkreis schrieb am Freitag auf Twitter, die Brücke sei für den Verkehr freigegeben.'],
    ['fr', 'Le pont est ouvert dès aujourd’hui. pic.twitter.com/Qm4Zr8Tk\n— Département du Moulin (@Dep_Moulin) 3 mars 2024', 'Le département a écrit vendredi sur Twitter que le pont était ouvert à la circulation.'],
    ['ru', 'Мост открыт с сегодняшнего дня. pic.twitter.com/Qm4Zr8Tk\n— Администрация района (@adm_rayon) 3 марта 2024 г.', 'В пятницу администрация написала в Twitter, что мост открыт для движения.'],
  ]
  it.each(cases)('%s: the post and its signature are furniture, a sentence about the post is not', (lang, embed, body) => {
    const text = pageWith(lang, embed)
    const [post, signature] = embed.split('\n')
    expect(isClaim(text, post, lang)).toBe(false)
    expect(isClaim(text, signature, lang)).toBe(false)
    expect(isClaim(pageWith(lang, body), body, lang)).toBe(true)
  })
})

describe('a promo line that sends the reader elsewhere (session 27)', () => {
  const cases: [Lang, string, string][] = [
    ['en', 'For the latest news from Mill County, head to our homepage.', 'The latest figures from the county show that 9,000 vehicles crossed the bridge on Saturday.'],
    ['de', 'Weitere Nachrichten aus dem Landkreis finden Sie auf unserer Startseite.', 'Weitere Zahlen des Landkreises zeigen, dass am Samstag 9000 Fahrzeuge die Brücke nutzten.'],
    ['es', 'Para más noticias de la comarca, visita nuestra portada.', 'Para financiar la obra, la diputación pidió un crédito de 12 millones de euros.'],
    ['fr', 'Pour ne rien manquer de l’actualité du département, suivez-nous sur notre site.', 'Pour financer le chantier, le département a emprunté 12 millions d’euros.'],
    ['ko', '더 많은 뉴스는 해솔일보 홈페이지에서 확인하세요.', '더 많은 차량이 다리를 이용하면서 군은 교통 신호를 조정했다.'],
    ['ru', 'Больше новостей района читайте в нашем телеграм-канале.', 'Больше всего машин по мосту проехало в субботу, сообщили в администрации.'],
  ]
  it.each(cases)('%s: the promo is furniture, a sentence opening the same way is not', (lang, promo, body) => {
    expect(isClaim(pageWith(lang, promo), promo, lang)).toBe(false)
    expect(isClaim(pageWith(lang, body), body, lang)).toBe(true)
  })
})

describe('a lone bulleted summary point (session 27)', () => {
  const cases: [Lang, string][] = [
    ['en', '• Drivers waited two years for the new crossing.'],
    ['de', '• Autofahrer warteten zwei Jahre auf die neue Querung.'],
    ['es', '• Los conductores esperaron dos años el nuevo paso.'],
    ['fr', '• Les automobilistes ont attendu deux ans ce nouveau passage.'],
    ['ko', '• 운전자들은 2년 동안 새 다리를 기다렸다.'],
    ['ru', '• Водители ждали новую переправу два года.'],
  ]
  it.each(cases)('%s: the lone point is furniture; the same points as a list, and a dialogue dash, stay', (lang, point) => {
    expect(isClaim(topOf(lang, point), point, lang)).toBe(false)
    const [a, b, c] = BODY[lang]
    // a list of three bulleted points: each stays a claim (the learned model may drop a short bulleted line, on main
    // too, so the points are the page's long body sentences)
    const list = `Headline of the invented page\n\n• ${a}\n• ${b}\n• ${c}\n\n${point.slice(2)}\n`
    for (const s of [a, b, c]) expect(isClaim(list, s, lang), s).toBe(true)
  })
  it('ru/es: a line of dialogue opened by a dash is no bullet', () => {
    const ru = '- Мост закрывали на ремонт уже дважды, - рассказал водитель автобуса Иван Петров.'
    expect(isClaim(topOf('ru', ru), 'Мост закрывали на ремонт уже дважды', 'ru')).toBe(true)
    const es = '- El puente estuvo cerrado dos veces por obras, - contó el conductor Juan Pérez.'
    expect(isClaim(topOf('es', es), 'El puente estuvo cerrado dos veces por obras', 'es')).toBe(true)
  })
})
