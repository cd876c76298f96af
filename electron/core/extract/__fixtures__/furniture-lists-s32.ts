// Invented cells for the session-32 class (furniture10): list items of one or two words under a lead-in are claims (the
// streets, districts, days or stops a notice names, one a line), and short chrome words alone on a line stay out. None of
// this text comes from a page in the corpus.
import type { Lang } from './furniture-page'

/** Lists whose items are one or two words: [language, the lead-in, the items] (invented). */
export const SHORT_LISTS: [Lang, string, string[]][] = [
  ['en', 'The water will be off on Tuesday on these streets:', ['- Elm', '- Birch Lane', '- Orchard Way']],
  ['de', 'Ohne Strom sind am Dienstag diese Ortsteile:', ['- Lindental', '- Obermühle', '- Am Bach']],
  ['es', 'Las colonias que no tendrán agua el martes son:', ['• Lomas', '• Jardines', '• Valle Verde']],
  ['fr', 'Les quartiers privés d’électricité mardi sont :', ['- Les Vignes', '- Moulin', '- La Gare']],
  ['ru', 'Во вторник без воды останутся улицы:', ['Мельничная,', 'Лесная,', '8 Марта.']],
  ['ko', '화요일 단수 지역은 다음과 같다:', ['- 해솔동', '- 물레동', '- 새말동']],
]

/** A short chrome word alone on its line between two paragraphs: not a claim (invented places around it). */
export const LONE_CHROME: [Lang, string][] = [
  ['en', 'Share'],
  ['de', 'Teilen'],
  ['es', 'Compartir'],
  ['fr', 'Partager'],
  ['ru', 'Фото'],
  ['ko', '더보기'],
]

/** Short items under a chrome lead-in ("Tags:", "Lesen Sie auch:"): not a list of facts, not claims (invented). */
export const CHROME_SHORT_LISTS: [Lang, string, string[]][] = [
  ['en', 'Related topics:', ['Roadworks', 'County fair']],
  ['de', 'Lesen Sie auch:', ['Brückenfest', 'Stadtrat']],
  ['ru', 'Читайте также:', ['Мосты', 'Погода']],
]

/** Opening hours printed as a list under a label lead-in, one day a line, aligned with spaces (invented). */
export const HOURS_LISTS: [Lang, string, string[]][] = [
  ['en', 'Opening hours of the Mill River library:', ['Monday        2 p.m.-7 p.m.', 'Wednesday     10 a.m.-5 p.m.', 'Saturday      9 a.m.-1 p.m.']],
  ['de', 'Öffnungszeiten der Bücherei am Mühlbach:', ['Montag        14.00-19.00 Uhr', 'Mittwoch      10.00-17.00 Uhr', 'Samstag       9.00-13.00 Uhr']],
  ['es', 'Horario de la biblioteca del Molino:', ['Lunes         16:00-20:00 h', 'Miércoles     10:00-14:00 h', 'Sábado        9:00-13:00 h']],
  ['fr', 'Horaires de la médiathèque du Moulin :', ['Lundi         14 h-19 h', 'Mercredi      10 h-17 h', 'Samedi        9 h-13 h']],
  ['ru', 'Часы работы библиотеки на Мельничной:', ['Понедельник   14:00-19:00', 'Среда         10:00-17:00', 'Суббота       9:00-13:00']],
  ['ko', '물레 도서관 운영 시간:', ['월요일        14:00~19:00', '수요일        10:00~17:00', '토요일        09:00~13:00']],
]

/**
 * A list with group headings named in the line above its lead-in: [language, the paragraph above, the lead-in, the items,
 * the group headings among them] (invented).
 */
export const GROUP_LISTS: [Lang, string, string, string[], string[]][] = [
  ['es', 'El corte afectará a colonias de los municipios de Valdeluna y Molino.', 'Las colonias sin luz son:', ['Valdeluna', 'Lomas', 'Jardines', 'Molino', 'Arboledas'], ['Valdeluna', 'Molino']],
  ['fr', 'La coupure touchera des quartiers de Valbonne et de Moulins.', 'Les secteurs privés d’eau sont :', ['Valbonne', 'Vignes', 'Gare', 'Moulins', 'Lavoir'], ['Valbonne', 'Moulins']],
  ['de', 'Betroffen sind Straßen in Lindental und Obermühle.', 'Ohne Strom sind am Dienstag:', ['Lindental', 'Kirchberg', 'Talblick', 'Obermühle', 'Lerchenfeld'], ['Lindental', 'Obermühle']],
]

/** The page sending its reader to a website or calendar: furniture (invented). */
export const POINTERS: [Lang, string][] = [
  ['en', 'Opening hours are posted on our website.'],
  ['en', 'Please check the calendar for updates on the bridge.'],
  ['de', 'Alle Informationen finden Sie auf unserer Internetseite.'],
  ['es', 'Toda la información está en nuestra página web.'],
  ['fr', 'Retrouvez le programme sur notre site internet.'],
  ['ru', 'Подробности на официальном сайте администрации.'],
  ['ko', '자세한 내용은 해솔군 홈페이지에서 확인하면 된다.'],
]

/** Sentences about a website that report a fact: claims (invented). */
export const NOT_POINTERS: [Lang, string][] = [
  ['en', 'The county posted the new bridge tolls on its website on Monday.'],
  ['de', 'Die Stadt hat ihre Internetseite im März neu gestaltet, teilte ein Sprecher mit.'],
  ['es', 'La diputación publicó en su página web el coste final de la obra, 12 millones de euros.'],
  ['fr', 'Le site internet de la mairie a été piraté mardi, selon la préfecture.'],
  ['ru', 'На сайте администрации опубликовали график ремонта моста.'],
  ['ko', '해솔군은 홈페이지를 통해 다리 통행료를 공개했다.'],
]
