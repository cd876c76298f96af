// Invented cells for session 34's list classes (furniture-rules-s34.test.ts). None of this text comes from the corpus.
import type { Lang } from './furniture-page'

/** A colon lead-in, then bulleted items that are clauses or sentences (longer than twelve words): each item is a claim. */
export const BULLETED_CLAUSES: [Lang, string, string[]][] = [
  [
    'en',
    'The repairs will be carried out in three steps:\n\n• Crews will remove the old railings and strip the asphalt from the deck, which takes about three weeks\n• The steel beams will then be inspected by an outside engineering firm before any of them is repaired\n• New railings and a new deck surface will be laid before the bridge reopens to traffic in May',
    ['• Crews will remove the old railings', '• The steel beams will then be inspected', '• New railings and a new deck surface'],
  ],
  [
    'de',
    'Die Arbeiten erfolgen in drei Schritten:\n\n• Zunächst werden das alte Geländer und der Belag der Fahrbahn entfernt, was etwa drei Wochen dauern wird\n• Danach prüft ein externes Ingenieurbüro die Stahlträger, bevor einzelne Träger verstärkt oder ersetzt werden\n• Zum Schluss werden ein neues Geländer und ein neuer Fahrbahnbelag aufgebracht, bevor die Brücke im Mai wieder öffnet',
    ['• Zunächst werden das alte Geländer', '• Danach prüft ein externes Ingenieurbüro', '• Zum Schluss werden ein neues Geländer'],
  ],
  [
    'es',
    'Las obras se harán en tres fases:\n\n• Primero se retirarán las barandillas viejas y el asfalto del tablero, un trabajo que durará unas tres semanas\n• Después una ingeniería externa revisará las vigas de acero antes de reforzar o sustituir cualquiera de ellas\n• Por último se colocarán barandillas nuevas y un nuevo firme antes de que el puente vuelva a abrir en mayo',
    ['• Primero se retirarán las barandillas', '• Después una ingeniería externa', '• Por último se colocarán barandillas'],
  ],
  [
    'fr',
    'Les travaux se dérouleront en trois phases :\n\n• Les anciens garde-corps et l’enrobé du tablier seront d’abord retirés, ce qui prendra environ trois semaines\n• Un bureau d’études extérieur contrôlera ensuite les poutres en acier avant de renforcer ou de remplacer certaines d’entre elles\n• De nouveaux garde-corps et un nouveau revêtement seront enfin posés avant la réouverture du pont au mois de mai',
    ['• Les anciens garde-corps', '• Un bureau d’études extérieur', '• De nouveaux garde-corps'],
  ],
  [
    'ru',
    'Работы пройдут в три этапа:\n\n• Сначала рабочие демонтируют старые ограждения и снимут асфальт с пролёта, на это уйдёт около трёх недель\n• Затем сторонняя проектная организация обследует стальные балки, прежде чем часть из них усилят или заменят\n• В завершение установят новые ограждения и уложат новое покрытие, после чего в мае мост снова откроют',
    ['• Сначала рабочие демонтируют', '• Затем сторонняя проектная организация', '• В завершение установят новые ограждения'],
  ],
]

/** A lead-in closing a paragraph printed on one long line, then short bulleted items: each item is a claim. */
export const LEAD_CLOSING_PARAGRAPH: [Lang, string, string[]][] = [
  [
    'de',
    'Das alte Brückenhaus am Mühlbach wurde im Jahr 2019 von der Gemeinde gekauft und in den folgenden zwei Jahren mit Mitteln des Landes umgebaut. Die Arbeiten übernahmen Firmen aus dem Landkreis, die Bauleitung lag beim Kreisbauamt. Im Frühjahr 2022 zogen die ersten Nutzer ein. Das Brückenhaus beherbergt heute:\n  • die Fahrzeuge des Bauhofs\n  • einen Saal mit Küche\n  • das Gemeindearchiv\n  • einen Raum für die Jugend',
    ['• die Fahrzeuge des Bauhofs', '• einen Saal mit Küche', '• das Gemeindearchiv', '• einen Raum für die Jugend'],
  ],
  [
    'en',
    'The old toll house by the Mill River was bought by the county in 2019 and rebuilt over the next two years with state money. Local firms did the work, and the county’s building office ran the site. The first tenants moved in during the spring of 2022. The toll house now holds:\n  • the road crew’s trucks\n  • a meeting hall with a kitchen\n  • the county archive\n  • a youth room',
    ['• the road crew’s trucks', '• a meeting hall with a kitchen', '• the county archive', '• a youth room'],
  ],
]

/** A bulleted list whose items fall in groups under a short line with no bullet: the items are claims, the group lines are not. */
export const GROUPED_BULLETS: [Lang, string, string[], string[]][] = [
  [
    'en',
    'These roads remain closed because of downed trees and wires:\n- Mill Road between Oak Street and the county line, where a large oak is lying across both lanes\nRiverside\n- Bank Street between Elm Street and the ferry landing\n- Quarry Lane between Pine Street and the old school',
    ['- Mill Road between Oak Street', '- Bank Street between Elm Street', '- Quarry Lane between Pine Street'],
    [],
  ],
]

/** A colon lead-in, then short items all in lower case (a keyword line's shape to the line rules): each item is a claim. */
export const LOWERCASE_ITEMS: [Lang, string, string[]][] = [
  ['fr', 'Sur le chantier du pont, les règles suivantes s’appliquent :\n- port du casque\n- gilet jaune obligatoire\n- accès interdit aux piétons', ['- port du casque', '- gilet jaune obligatoire', '- accès interdit aux piétons']],
  ['es', 'En la obra del puente se aplican estas normas:\n- uso obligatorio del casco\n- chaleco reflectante en todo momento\n- prohibido el paso de peatones', ['- uso obligatorio del casco', '- chaleco reflectante en todo momento', '- prohibido el paso de peatones']],
  ['en', 'The new toll house holds these rooms for the public:\n• a meeting hall with a kitchen\n• the county archive\n• a youth room', ['• a meeting hall with a kitchen', '• the county archive', '• a youth room']],
]

/** Near misses: bullets under a lead-in of page chrome, and a line with no bullet after a bulleted list, stay no claim. */
export const NOT_BULLETED_CLAUSES: [Lang, string, string[]][] = [
  [
    'en',
    'Related stories:\n\n• County approves the budget for next year after a long debate over the road repair fund\n• Mill River flood barrier to be raised by one metre before the winter storms arrive in town\n• New ferry timetable starts on Monday with more crossings in the early morning and late evening',
    ['County approves the budget', 'Mill River flood barrier', 'New ferry timetable'],
  ],
  [
    'de',
    'Das neue Brückenhaus beherbergt:\n  • die Fahrzeuge des Bauhofs\n  • einen Saal mit Küche\n  • das Gemeindearchiv\nbrueckenhaus-aussen-01',
    ['brueckenhaus-aussen-01'],
  ],
  // a keyword line in lower case standing alone between paragraphs is no item
  ['en', 'bridge works mill river', ['bridge works mill river']],
  [
    'fr',
    'Lire aussi :\n\n• Le conseil départemental vote le budget de l’an prochain après un long débat sur les routes\n• La digue de la rivière du Moulin sera relevée d’un mètre avant les tempêtes de l’hiver prochain',
    ['Le conseil départemental vote', 'La digue de la rivière'],
  ],
]
