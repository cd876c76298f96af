// Invented pages for the furniture rule tests (sessions 26-28): a headline, a short story about a bridge in each
// language, and the line or paragraph under test placed among its paragraphs. None of this text comes from the corpus.
import { extract } from '../index'

export type Lang = 'en' | 'de' | 'es' | 'fr' | 'ko' | 'ru'

export const claimTexts = (text: string, language: Lang) => extract(text, { language }).claims.map((c) => c.text)
export const isClaim = (text: string, sentence: string, language: Lang) => claimTexts(text, language).some((c) => c.includes(sentence) || sentence.includes(c))

export const BODY: Record<Lang, [string, string, string]> = {
  en: ['The county opened a new bridge over the Mill River on Friday, officials said.', 'The bridge cost $12 million and took two years to build, according to the county.', 'About 9,000 vehicles are expected to use it every day, the transport office said.'],
  de: ['Der Landkreis hat am Freitag eine neue Brücke über den Mühlbach eröffnet, teilte das Landratsamt mit.', 'Der Bau kostete nach Angaben des Kreises zwölf Millionen Euro und dauerte zwei Jahre.', 'Täglich sollen rund 9000 Fahrzeuge die Brücke nutzen, sagte ein Sprecher.'],
  es: ['La diputación inauguró el viernes un nuevo puente sobre el río Molino, informaron fuentes oficiales.', 'La obra costó 12 millones de euros y duró dos años, según la diputación.', 'Unos 9.000 vehículos cruzarán el puente cada día, indicó la oficina de transportes.'],
  fr: ['Le département a inauguré vendredi un nouveau pont sur la rivière du Moulin, a indiqué la préfecture.', 'Le chantier a coûté 12 millions d’euros et a duré deux ans, selon le département.', 'Quelque 9 000 véhicules devraient l’emprunter chaque jour, a précisé le service des transports.'],
  ko: ['해솔군은 지난 금요일 물레천을 가로지르는 새 다리를 개통했다고 밝혔다.', '군에 따르면 공사비는 120억 원이 들었고 공사 기간은 2년이었다.', '군은 하루 평균 9천 대의 차량이 다리를 이용할 것으로 내다봤다.'],
  ru: ['В пятницу власти района открыли новый мост через реку Мельничную, сообщили в администрации.', 'Строительство обошлось в 12 млн рублей и заняло два года, говорится в сообщении района.', 'По оценке транспортного управления, ежедневно по мосту будут проезжать около 9 тыс. машин.'],
}

/** The paragraph under test after two body paragraphs, one more after it. */
export function pageWith(language: Lang, para: string): string {
  const [a, b, c] = BODY[language]
  return `Headline of the invented page\n\n${a}\n\n${b}\n\n${para}\n\n${c}\n`
}

/** The paragraph under test right under the headline, the story below it. */
export function topOf(language: Lang, para: string): string {
  const [a, b, c] = BODY[language]
  return `Headline of the invented page\n\n${para}\n\n${a}\n\n${b}\n\n${c}\n`
}

/** The sentence under test run on after the last body paragraph's sentence. */
export function runOn(language: Lang, sentence: string): string {
  const [a, b, c] = BODY[language]
  return `Headline of the invented page\n\n${a}\n\n${b}\n\n${c} ${sentence}\n`
}
