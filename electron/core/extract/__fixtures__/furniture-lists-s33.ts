// Invented cells for the session-33 classes (furniture11): items of a list that the learned check-worthiness score read as
// no fact, lists with no colon lead-in, and interview turns. None of this text comes from a page in the corpus.
import type { Lang } from './furniture-page'

/**
 * English items of a list, each opening its line with a bullet, that the learned check-worthiness score dropped as "no
 * fact" on main 127a662: [the lead-in or heading above, the items that must be claims].
 */
export const TERSE_ITEMS: [string, string[]][] = [
  ['Crews will sweep these streets on Monday:', ['- Elm', '- Maple Court', '- Orchard Way']],
  ['Have you heard', ['- Bakery on Main: Will reopen soon with new owners.', '- Chompers: Is a new app that connects diners with local kitchens.']],
  ['The market will have stalls on these squares:', ['• Orchard Way', '• Elm']],
]

/**
 * Near misses that must stay as on main: bulleted opinion and appeals (dropped by the opinion words or the appeal rule,
 * not by the score), and a group's heading printed without the bullet its items carry ("Mill Valley" over "- Elm
 * Street …"): [the paragraph, the lines that must not be claims].
 */
export const NOT_TERSE_ITEMS: [string, string[]][] = [
  ['What readers told us:\n- A wonderful new bakery\n- Terrible parking downtown', ['A wonderful new bakery', 'Terrible parking downtown']],
  ['Road closures across the county:\nMill Valley\n- Elm Street between Oak and Pine\n- Birch Lane\nOakford\n- Orchard Way at the bridge', ['Mill Valley', 'Oakford']],
  ['Before you go:\n- Please drive carefully.\n- Follow us for updates.', ['Please drive carefully.', 'Follow us for updates.']],
]

/**
 * An interview printed as turns, two question-and-answer pairs: [language, the turns, sentences of the answers that must
 * be claims, question turns that must not be].
 */
export const INTERVIEW_TURNS: [Lang, string, string[], string[]][] = [
  ['en', 'Q: When did the bridge open?\nA: On Friday. It cost $12 million.\nQ: Who paid for it?\nA: The county and the state.', ['A: On Friday.', 'It cost $12 million.', 'A: The county and the state.'], ['Q: When did the bridge open?']],
  ['de', 'Frage: Wann wurde die Brücke eröffnet?\nAntwort: Am Freitag. Sie kostete zwölf Millionen Euro.\nFrage: Wer hat sie bezahlt?\nAntwort: Der Kreis und das Land.', ['Sie kostete zwölf Millionen Euro.', 'Antwort: Der Kreis und das Land.'], ['Frage: Wer hat sie bezahlt?']],
  ['es', 'P: ¿Cuándo se abrió el puente?\nR: El viernes. Costó 12 millones de euros.\nP: ¿Quién lo pagó?\nR: La diputación y el Estado.', ['Costó 12 millones de euros.', 'R: La diputación y el Estado.'], ['P: ¿Quién lo pagó?']],
  ['fr', 'Q : Quand le pont a-t-il ouvert ?\nR : Vendredi. Il a coûté 12 millions d’euros.\nQ : Qui l’a payé ?\nR : Le département et l’État.', ['Il a coûté 12 millions d’euros.', 'R : Le département et l’État.'], ['Q : Qui l’a payé ?']],
  ['ru', 'Вопрос: Когда открыли мост?\nОтвет: В пятницу. Он обошёлся в 12 млн рублей.\nВопрос: Кто за него заплатил?\nОтвет: Район и область.', ['Он обошёлся в 12 млн рублей.', 'Ответ: Район и область.'], ['Вопрос: Кто за него заплатил?']],
  ['ko', '- 다리 개통 소감은.\n▲ 공사비는 120억 원이 들었고 공사 기간은 2년이었다.\n- 앞으로 계획은.\n▲ 내년 3월에 두 번째 다리를 착공한다.', ['▲ 공사비는 120억 원이 들었고', '▲ 내년 3월에 두 번째 다리를'], ['- 다리 개통 소감은.', '- 앞으로 계획은.']],
]

/**
 * Near misses: one turn pair is no interview (a "▲" caption under a bulleted line stays a caption), captions with no
 * question turns stay captions, and a dash list with no answers keeps its items: [language, paragraph, lines that must
 * not be claims, lines that must stay claims].
 */
export const NOT_INTERVIEW_TURNS: [Lang, string, string[], string[]][] = [
  ['ko', '- 새 다리는 길이 320m다.\n▲ 개통식에서 테이프를 자르는 군수', ['▲ 개통식에서 테이프를 자르는 군수'], []],
  ['ko', '▲ 개통식에서 테이프를 자르는 군수\n▲ 다리를 건너는 주민들', ['▲ 개통식에서 테이프를 자르는 군수', '▲ 다리를 건너는 주민들'], []],
  ['ko', '군은 다리 주변에 다음 시설을 지었다.\n- 주차장 40면을 새로 만들었다.\n- 산책로 2km를 깔았다.', [], ['- 주차장 40면을 새로 만들었다.', '- 산책로 2km를 깔았다.']],
  ['en', 'A: The county and the state.', ['A: The county and the state.'], []],
]

/**
 * Lists with no colon lead-in: bulleted items under a heading that names them, or items opening with a count under a
 * sentence that ends with a stop: [language, paragraph, items that must be claims].
 */
export const BARE_LISTS: [Lang, string, string[]][] = [
  ['en', 'Streets closed by the storm in Mill Valley\n- Elm Street between Oak and Pine\n- Birch Lane\n- Orchard Way at the bridge', ['Elm Street between Oak and Pine', 'Birch Lane', 'Orchard Way at the bridge']],
  ['es', 'Localidades sin luz en el municipio del Molino\n- Lomas\n- Jardines\n- Valle Verde\n- San Roque', ['Lomas', 'Jardines', 'Valle Verde', 'San Roque']],
  ['de', 'Die Stadt betreut 120 öffentliche Spielflächen, teils auch als Bolzplatz.\n  • 96 Spielplätze\n  • 18 Bolzplätze\n  • 6 Skateanlagen', ['96 Spielplätze', '18 Bolzplätze', '6 Skateanlagen']],
  ['fr', 'Les rues fermées pendant les travaux du pont\n- rue du Moulin\n- rue des Vignes\n- place de la Gare', ['rue du Moulin', 'rue des Vignes', 'place de la Gare']],
  ['ru', 'В районе отремонтировали дороги на улицах\n- Мельничная\n- Лесная\n- Садовая', ['Мельничная', 'Лесная', 'Садовая']],
  ['ko', '공사 기간 통제되는 도로 구간\n- 물레천로 전 구간\n- 새말길 일부\n- 해솔대로 2차로', ['물레천로 전 구간', '새말길 일부', '해솔대로 2차로']],
]

/**
 * Near misses: a site's menu printed as bullets after the last paragraph, teasers under a "more from" label, teasers
 * closed by a date stamp under "관련기사", a menu under a row of region names, footer field lines: [language, paragraph,
 * lines that must not be claims].
 */
export const NOT_BARE_LISTS: [Lang, string, string[]][] = [
  ['fr', 'Le chantier a duré deux ans.\n- Actualités\n- Ma mairie\n- La ville\n- Associations\n- Sport', ['Actualités', 'Ma mairie', 'La ville', 'Associations', 'Sport']],
  ['en', 'More from the county\n- Mill Valley council approves budget\n- Fair opens on Friday\n- New mayor sworn in', ['Mill Valley council approves budget', 'Fair opens on Friday', 'New mayor sworn in']],
  ['ko', '관련기사\n- "다리 개통" 군수, 주민 만나2023.01.17\n- 물레천 범람 주의보2023.01.17\n- 새말동 도서관 문 열어2023.01.17', ['물레천 범람 주의보', '새말동 도서관 문 열어']],
  ['fr', 'Régions\nBretagne Normandie Grand Est Corse Occitanie\n  • Bretagne\n  • Normandie\n  • Corse', ['• Bretagne', '• Normandie', '• Corse']],
  ['ko', '해솔군청\n• 해솔군 물레로 12\n• 대표전화 : 044-123-4567\n• 팩스 : 044-123-4568', ['대표전화 : 044-123-4567', '팩스 : 044-123-4568']],
]

/** A presentative pointing at the interview or the answers printed below, ending in a colon: [language, line] (invented). */
export const INTERVIEW_POINTERS: [Lang, string][] = [
  ['en', 'Here is the full interview, lightly edited:'],
  ['de', 'Hier die Antworten, die wir von den Kandidaten erhalten haben:'],
  ['es', 'A continuación, la entrevista con el alcalde:'],
  ['fr', 'Voici donc l’interview :'],
  ['ru', 'Ниже — интервью с главой района:'],
]

/** Near misses that must stay as on main: a list's lead-in, a line that goes on after the colon, no colon (invented). */
export const NOT_INTERVIEW_POINTERS: [Lang, string, boolean][] = [
  ['en', 'Here are the streets that will be closed on Monday:', true],
  ['fr', 'Voici les rues qui seront fermées lundi :', true],
  ['de', 'Hier sind die Antworten des Bürgermeisters zu lesen, die er am Montag gab.', true],
]
