// Session 28 (furniture6): furniture classes sorted from the misses of the spent furniture-s27 check part and of the
// furniture-s28 dev part, each with invented sentences that must change and nearby ones that must not. None of these
// sentences comes from a page in the corpus.
import { describe, expect, it } from 'vitest'
import { isClaim, BODY, pageWith, runOn, type Lang } from './__fixtures__/furniture-page'

describe('the page speaking to its reader about itself: paywall, login, consent, availability, comment quota (session 28)', () => {
  const cases: [Lang, string][] = [
    ['en', 'Our website is not available in your location at the moment.'],
    ['en', 'You can post up to five comments a day on this site.'],
    ['de', 'Ihre Browser-Einstellungen verhindern, dass wir Ihnen hier unser Abo-Angebot zeigen.'],
    ['de', 'Dieser Artikel ist vollständig nur für unsere Abonnenten lesbar.'],
    ['de', 'Wenn Sie bereits ein Abo haben, melden Sie sich bitte an.'],
    ['es', 'Para seguir leyendo, inicie sesión con su cuenta de suscriptor.'],
    ['fr', 'Vous pouvez publier cinq commentaires par jour sur ce site.'],
    ['fr', 'Pour lire la suite, connectez-vous à votre compte abonné.'],
    ['ru', 'Мы используем файлы cookie, чтобы сайт работал удобнее.'],
    ['ru', 'Если вам нет 14 лет, настройки cookie должны выбрать ваши родители.'],
    ['ko', '로그인 후 기사 전문을 이용하실 수 있습니다.'],
  ]
  it.each(cases)('%s: %s', (lang, notice) => {
    expect(isClaim(pageWith(lang, notice), notice, lang)).toBe(false)
  })
})

describe('a notice about the world, a quoted "you", a site named in a report stay claims (session 28)', () => {
  const cases: [Lang, string][] = [
    ['en', '“If you read the comments on our Facebook page, people are angry about the fees,” Mayor Jo Lane said on Monday.'],
    ['en', 'The city website will list the new opening hours from Monday, the council said.'],
    ['en', 'Residents who subscribe to the water service will pay 5 percent more from May, the utility said.'],
    ['de', 'Sie sagte, die neue Webseite der Stadt sei seit Montag online und habe 3000 Besucher gehabt.'],
    ['de', 'Die Stadtwerke haben nach eigenen Angaben 2000 neue Kunden für ihr Abo-Modell gewonnen.'],
    ['es', 'Le informamos de que el corte de agua afectará a 16 calles el martes por la mañana.'],
    ['fr', 'Nous vous informons que les travaux de voirie commenceront le lundi 20 mai pour trois mois.'],
    ['ru', 'Сообщаем вам, что с понедельника улица Ленина будет закрыта на ремонт до 1 июня.'],
    ['ko', '구청은 주민들이 로그인 없이도 민원을 신청할 수 있도록 누리집을 개편했다고 밝혔다.'],
  ]
  it.each(cases)('%s: %s', (lang, body) => {
    expect(isClaim(pageWith(lang, body), body, lang)).toBe(true)
  })
})

describe('a read-more or full-recording prompt run on after the last sentence, a broadcaster’s promise of its report (session 28)', () => {
  const cases: [Lang, string][] = [
    ['en', 'Continue reading Council approves new bus lanes on Main Street'],
    ['en', 'Channel 8 was at the meeting and will have a full report tonight on Channel 8 News at 6.'],
    ['de', 'Weiterlesen Gemeinderat beschließt neue Busspuren in der Hauptstraße'],
    ['es', 'Continúa leyendo El pleno aprueba nuevos carriles bus en la calle Mayor'],
    ['es', 'Escucha la entrevista completa en nuestro pódcast.'],
    ['fr', 'Regardez le reportage complet de notre équipe sur place.'],
    ['ru', 'Читать далее Горсовет одобрил новые выделенные полосы на Главной улице'],
    ['ko', '기사 계속 보기 해솔시의회, 버스전용차로 신설안 통과'],
  ]
  it.each(cases)('%s: %s', (lang, prompt) => {
    expect(isClaim(runOn(lang, prompt), prompt, lang)).toBe(false)
  })
  it('a board that will have a report at its next meeting stays a claim', () => {
    const s = 'The school board will have a full report on the budget at its meeting on Tuesday, the superintendent said.'
    expect(isClaim(pageWith('en', s), s, 'en')).toBe(true)
  })
})

describe('a breadcrumb trail with slashes: guards (session 28; these already pass on main before, no rule was added)', () => {
  const cases: [Lang, string][] = [
    ['fr', 'Votre mairie / Actualités / Le pont du Moulin est ouvert : combien a-t-il coûté ?'],
    ['ru', 'Главная / Новости'],
    ['de', 'Startseite / Region / Neue Brücke über den Mühlbach'],
  ]
  it.each(cases)('%s: %s', (lang, crumb) => {
    const [a, b, c] = BODY[lang]
    const text = `${crumb}\n\nHeadline of the invented page\n\n${a}\n\n${b}\n\n${c}\n`
    expect(isClaim(text, crumb, lang)).toBe(false)
    for (const s of [a, b, c]) expect(isClaim(text, s, lang)).toBe(true)
  })
  it('a body sentence with one slash stays a claim', () => {
    const s = 'The 24/7 hotline received 300 calls in the first week, the county said.'
    expect(isClaim(pageWith('en', s), s, 'en')).toBe(true)
  })
})

describe('a headline with its kicker above the first long paragraph (session 28; Korean kicker headlines print in brackets, the shape of an outlet tag run into a lede: none taken)', () => {
  const cases: [Lang, string][] = [
    ['en', 'Mill River: the new bridge is open!'],
    ['de', 'MÜHLBACH: Neue Brücke ist für den Verkehr freigegeben.'],
    ['es', 'Río Molino: El nuevo puente ya está abierto al tráfico.'],
    ['fr', 'MOULIN : Le nouveau pont est ouvert à la circulation.'],
    ['ru', 'Мельничная: новый мост открыт для движения.'],
  ]
  it.each(cases)('%s: %s', (lang, headline) => {
    const [a, b, c] = BODY[lang]
    const text = `${headline}\n\n${a}\n\n${b}\n\n${c}\n`
    expect(isClaim(text, headline, lang)).toBe(false)
    for (const s of [a, b, c]) expect(isClaim(text, s, lang)).toBe(true)
  })
  const keep: [Lang, string][] = [
    // a report verb before the colon: a quote follows
    ['en', 'A county spokesperson said: “The bridge will carry 9,000 vehicles a day.”'],
    // a lede with a dateline and a colon that names its source
    ['en', 'MILLTOWN: The county opened a new bridge on Friday, officials said.'],
    ['fr', 'MOULIN : le département a inauguré vendredi un nouveau pont, selon la préfecture.'],
    // a speaker and a report verb before the colon, no quotation marks
    ['fr', 'Marie Dupont insiste : le pont est resté fermé jusqu’à mardi.'],
    ['de', 'Ein Anwohner berichtet: Die Brücke war seit Dienstag gesperrt.'],
    // an article first: a frame that introduces a source's statement
    ['de', 'Die Bilanz des Landratsamts: Der Bau kostete zwölf Millionen Euro.'],
    // a dateline with a pipe, an outlet tag in brackets run into the lede
    ['de', 'Mühlbach | Der Landkreis hat am Freitag die neue Brücke freigegeben.'],
    ['ko', '[해솔일보] 해솔군은 물레천 새 다리를 지난 금요일 개통했다.'],
  ]
  it.each(keep)('%s stays a claim: %s', (lang, lede) => {
    const [a, b, c] = BODY[lang]
    const text = `${lede}\n\n${a}\n\n${b}\n\n${c}\n`
    expect(isClaim(text, lede, lang)).toBe(true)
  })
})
