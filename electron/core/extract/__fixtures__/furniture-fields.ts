// Invented cells for the session-31 field-line and list-item classes (furniture9): notices with field lines and lists under a
// lead-in, in six languages, and chrome that has the same shape. None of this text comes from a page in the corpus.
import type { Lang } from './furniture-page'
/** Field lines of a notice: [language, the lead sentence, the field lines] (invented). */
export const FIELD_BLOCKS: [Lang, string, string[]][] = [
  ['en', 'The utility cut power on Mill Road on Friday to replace a transformer.', ['Customers affected: 1,240', 'Estimated restoration: 6:30 p.m.', 'Cause: a fallen tree on the line.']],
  ['de', 'Die Stadtwerke sperren die Lindentaler Straße für Arbeiten an der Wasserleitung.', ['Beginn: Montag, 8 Uhr', 'Dauer: voraussichtlich drei Wochen bis zum 14. Juni', 'Grund: Erneuerung der Hauptleitung.']],
  ['es', 'La empresa eléctrica informó que suspenderá el servicio en la colonia Valle Verde.', ['Inicio: 9:00 horas', 'Término estimado: 17:00 horas', 'Motivo: mantenimiento de la red.']],
  ['fr', 'La commune annonce une coupure d’eau rue du Moulin pour des travaux sur le réseau.', ['Début des travaux : lundi 7 h 30', 'Fin prévue : vendredi 18 h', 'Motif : remplacement d’une canalisation.']],
  ['ru', 'Энергетики предупредили об отключении электроэнергии в Заречном районе.', ['Время отключения: с 9:00 до 17:00', 'Причина: ремонтные работы на подстанции.', 'Дома: улица Мира, 12 и 14']],
  ['ko', '해솔시는 물레천 물놀이장을 다음과 같이 운영한다고 밝혔다.', ['○ 기간 : 2024. 7. 1. ~ 8. 31.', '○ 운영시간 : 10시~17시', '○ 장소 : 해솔시 물레천 물놀이장 (해솔로 12)']],
]
/** Lists under a lead-in: [language, the lead-in, the items] (invented). */
export const LISTS: [Lang, string, string[]][] = [
  ['en', 'The following roads are closed until Monday:', ['- Mill Road between Oak and Elm', '- River Street near the old bridge', '- Route 9 at Exit 4']],
  ['de', 'Betroffen sind bis Freitag folgende Straßen:', ['- Lindentaler Straße ab Hausnummer 12', '- Am Mühlbach zwischen Brücke und Markt', '- Obere Gasse bis zur Kirche']],
  ['es', 'Las colonias que se quedarán sin agua el jueves son:', ['- Lomas del Río Norte', '- Jardines de la Ribera Alta', '- Valle Verde Segunda Sección']],
  ['fr', 'Les secteurs privés d’eau mardi sont les suivants :', ['- rue du Moulin jusqu’au pont', '- chemin des Vignes côté nord', '- quartier de la Gare et ses abords']],
  ['ru', 'Без света в среду останутся дома на улицах:', ['— Мира, дома 2, 4 и 6;', '— Лесная, дома 10 и 12;', '— Садовая, дом 7 и 9.']],
  ['ko', '목요일 수돗물 공급이 중단되는 지역은 다음과 같다:', ['- 해솔동 1가 일대 주택가', '- 물레동 아파트 단지 전체', '- 새말동 상가 밀집 지역']],
]
/** Chrome printed as "label: value", a label alone, a value that is a name list: not claims (invented). */
export const NOT_FIELDS: [Lang, string][] = [
  ['en', 'Published: 12/03/2024, 10:35 a.m.'],
  ['en', 'Share: Facebook Twitter Email'],
  ['en', 'Tags: Mill River, bridges, county'],
  ['de', 'Aktualisiert am: 12.03.2024, 10:35 Uhr'],
  ['de', 'Telefon: 07631 123456'],
  ['es', 'Publicado: 12/03/2024 - 10:35'],
  ['es', 'Etiquetas: Valdeluna, puentes, obras'],
  ['fr', 'Mis à jour le : 12/03/2024 à 10h35'],
  ['fr', 'Téléphone : 04 67 12 34 56'],
  ['ru', 'Теги: ремонт, дороги, ЖКХ'],
  ['ru', 'Телефон: +7 (495) 123-45-67'],
  ['ko', '대표전화 : 044-863-3111'],
  ['ko', '팩스 : 044-863-3110'],
  ['ko', '입력 : 2024.03.12 10:35'],
]
/** Lists that are page chrome: a "read also" lead-in, or one line after a colon (invented). */
export const NOT_LISTS: [Lang, string, string[]][] = [
  ['de', 'Lesen Sie auch:', ['Neue Brücke über den Mühlbach eröffnet', 'Stadtfest in Lindental: Das ist geplant']],
  ['en', 'Related stories:', ['County opens new bridge over Mill River', 'Mill Road to close for repairs next week']],
  ['ru', 'Все материалы сайта доступны по лицензии:', ['Creative Commons Attribution 4.0 International']],
]
