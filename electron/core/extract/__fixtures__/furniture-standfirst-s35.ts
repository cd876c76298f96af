// Invented pages for the session-35 standfirst rule (standfirst.ts): a headline, a one-sentence standfirst, and a story
// whose lede retells it in other words, in six languages. None of this text comes from the corpus.
import type { Lang } from './furniture-page'

export interface StandfirstStory {
  headline: string
  /** One sentence summing the story up. */
  standfirst: string
  /** The lede's sentence that tells the standfirst again (most of its words, in another order and form). */
  retell: string
  /** A second sentence of the lede, and a later paragraph, neither retelling the standfirst. */
  other: string
  next: string
  /** One more paragraph of the story. */
  more: string
  /** A wire dateline that opens the lede, and a date line printed under a standfirst. */
  dateline: string
  dateLine: string
}

export const STANDFIRST_STORIES: Record<Lang, StandfirstStory> = {
  en: {
    headline: 'Milltown opens its new footbridge',
    standfirst: 'Walkers and cyclists can cross the Mill River on a new footbridge from Friday.',
    retell: 'Walkers and cyclists crossed the Mill River on the new footbridge for the first time on Friday, the county said.',
    other: 'The bridge cost $3 million and took a year to build.',
    next: 'About 2,000 people are expected to use it every day, the transport office said.',
    more: 'The old ferry landing next to the bridge will become a small park in the summer.',
    dateline: 'MILLTOWN (AP) — ',
    dateLine: 'Updated March 3, 2024, 4:15 p.m.',
  },
  de: {
    headline: 'Mühlbach hat eine neue Fußgängerbrücke',
    standfirst: 'Fußgänger und Radfahrer können ab Freitag über eine neue Brücke den Mühlbach queren.',
    retell: 'Am Freitag querten die ersten Fußgänger und Radfahrer den Mühlbach über die neue Brücke, teilte der Landkreis mit.',
    other: 'Der Bau kostete drei Millionen Euro und dauerte ein Jahr.',
    next: 'Täglich sollen rund 2000 Menschen die Brücke nutzen, sagte ein Sprecher.',
    more: 'Die alte Fähranlegestelle neben der Brücke wird im Sommer zu einem kleinen Park.',
    dateline: 'Mühlbach (dpa) – ',
    dateLine: 'Aktualisiert am 03.03.2024, 16:15 Uhr',
  },
  es: {
    headline: 'Molino estrena su nueva pasarela',
    standfirst: 'Peatones y ciclistas pueden cruzar el río Molino por una nueva pasarela desde el viernes.',
    retell: 'Los primeros peatones y ciclistas cruzaron el viernes el río Molino por la nueva pasarela, informó la diputación.',
    other: 'La obra costó tres millones de euros y duró un año.',
    next: 'Unas 2.000 personas usarán la pasarela cada día, según la oficina de transportes.',
    more: 'El antiguo embarcadero junto a la pasarela será un pequeño parque en verano.',
    dateline: 'MOLINO, 3 Mar. (EFE) - ',
    dateLine: 'Actualizado el 03/03/2024 a las 16:15',
  },
  fr: {
    headline: 'Moulin inaugure sa nouvelle passerelle',
    standfirst: 'Piétons et cyclistes peuvent traverser la rivière du Moulin sur une nouvelle passerelle depuis vendredi.',
    retell: 'Les premiers piétons et cyclistes ont traversé vendredi la rivière du Moulin sur la nouvelle passerelle, a indiqué le département.',
    other: 'Le chantier a coûté trois millions d’euros et a duré un an.',
    next: 'Quelque 2 000 personnes devraient l’emprunter chaque jour, selon le service des transports.',
    more: 'L’ancien embarcadère voisin de la passerelle deviendra un petit parc cet été.',
    dateline: 'MOULIN (AFP) - ',
    dateLine: 'Mis à jour le 03/03/2024 à 16h15',
  },
  ko: {
    headline: '해솔군 물레천 새 보행교 개통',
    standfirst: '보행자와 자전거 이용자는 금요일부터 새 보행교로 물레천을 건널 수 있다.',
    retell: '해솔군은 금요일부터 물레천을 가로지르는 새 보행교가 개통돼 보행자와 자전거 이용자들이 건너기 시작했다고 밝혔다.',
    other: '공사비는 30억 원이 들었고 공사 기간은 1년이었다.',
    next: '군은 하루 평균 2천 명이 보행교를 이용할 것으로 내다봤다.',
    more: '보행교 옆 옛 나루터는 올여름 작은 공원으로 바뀐다.',
    dateline: '[해솔=연합뉴스] 김철수 기자 = ',
    dateLine: '입력 2024.03.03 16:15',
  },
  ru: {
    headline: 'В Мельничном открыли новый пешеходный мост',
    standfirst: 'Пешеходы и велосипедисты с пятницы могут пересечь реку Мельничную по новому мосту.',
    retell: 'В пятницу первые пешеходы и велосипедисты пересекли реку Мельничную по новому мосту, сообщили в администрации.',
    other: 'Строительство обошлось в 30 млн рублей и заняло год.',
    next: 'По оценке транспортного управления, ежедневно мостом будут пользоваться около 2 тыс. человек.',
    more: 'Старую паромную пристань рядом с мостом летом превратят в небольшой сквер.',
    dateline: 'МЕЛЬНИЧНЫЙ, 3 марта. /ТАСС/. ',
    dateLine: '03.03.2024 16:15',
  },
}
