// A probe grid of invented pages for the byline finder: per language, one invented headline and three invented body
// paragraphs, crossed with the positions a page prints its author line in (its own line under the headline, beside a
// date before or after it, in a bulleted meta block, run into the first sentence, the last line, the line before a
// copyright or "Related posts" line, "Outlet / Name", a desk, a name over an @handle, a name with a photo credit) and
// with the decorations of the line (the byline word or none, the outlet before the name, an e-mail after it, 기자 glued
// or spaced, a role after a comma, a surname in capitals). Every name, outlet and sentence here is invented.
// bylines-grid.test.ts runs every cell; the cells that pass are listed there and must keep passing.

export interface GridCell {
  id: string
  language: 'ko' | 'es' | 'ru' | 'de' | 'fr' | 'en'
  text: string
  /** The bare name the author must match; null when the page prints no byline. */
  author: string | null
}

interface Skeleton {
  headline: string
  body: [string, string, string]
  date: string
  /** The date as other pages print it: with dots, with the month's name, with a "published" word. */
  date2: string
  /** Two reporters on one line, and the first name it must give. */
  pair: [string, string]
  /** A meta-block date line ("승인 2017.12.12 00:46"). */
  dateLine: string
  copyright: string
  related: string
  outlet: string
  /** Author lines by decoration, each with the bare name it must give. */
  bylines: Record<string, [string, string]>
  /** Run into the first sentence: the prefix before the sentence. */
  runIn?: Record<string, [string, string]>
  /** Lines whose author is not a person (a desk): the name the label would give. */
  desks?: [string, string][]
  /** Sentences of body text that mention a reporter or open with the byline word: no byline. */
  decoys: string[]
  /** "Name SURNAME, foto …": a name with a photo credit after it. */
  photo?: [string, string]
  handle?: [string, string]
  slashOutlet?: [string, string]
  /** Author lines that carry their own date or place (session 26), tested under the headline and as the last line. */
  dated?: Record<string, [string, string]>
  /** Lines near a byline's shape that name no author (a caption credit, an outlet or agency alone, a place and a date), under the headline and at the end. */
  notBylines?: Record<string, string>
  /** An outlet's name alone closing the page (a source credit, not an author), tested as the last line only. */
  endCredits?: Record<string, string>
  // session 27 (bylines6): complication classes read from check4's and dev5's misses, each across the languages
  /** A reporter's initials signing the page: under the headline, over the date, under the standfirst, before a date and a reading time, last, run on behind a mark or in brackets. */
  initials?: [string, string]
  /** Initials with the agency the copy comes from, under the headline and last. */
  initialsAgency?: [string, string]
  /** A standfirst without a full stop, and the byline's word run into the first paragraph: opening it, or inside the standfirst's line. */
  standfirst?: string
  runInFirst?: Record<string, [string, string]>
  /** Sentences that open with the byline's word and a name that is their subject: no byline. */
  runInDecoys?: string[]
  /** A name closing the page with a full stop after it, or with the paper or town after a comma. */
  endSignatures?: Record<string, [string, string]>
  /** Lines closing a page that have a name's shape and a full stop: a greeting, no signature. */
  endNotSignatures?: Record<string, string>
  /** "Name | Paper" under or above the headline; and a tag line naming a person the first paragraph speaks about (no byline). */
  barTop?: [string, string]
  tagged?: [string, string]
  /** An author box at the foot: its heading, the name, a line of biography. */
  authorBox?: [string, string, string]
  /** A byline glued to the page's update stamp, under the headline. */
  stamp?: [string, string]
  /** An initial and a name in capitals, a slash and a code. */
  capsInitial?: [string, string]
  /** Korean: a run-in reporter below a long header of weather readings; a broadcast script's lead and sign-off. */
  deepRunIn?: [string, string]
  signOff?: [string, string, string]
  signOffDecoy?: string
  /** A share bar at the foot, the name (or the name in capitals) closing the page under it; a label in capitals there is no name. */
  shareBar?: [string, string, string, string]
  /** A pull quote with its speaker after a dash: the speaker is no author (under the headline, last, and on a longer page). */
  pullQuote?: string
}

const SKELETONS: Record<GridCell['language'], Skeleton> = {
  ko: {
    headline: '해솔시 도서관 개관 시간 연장…주민 요구 반영',
    body: [
      '해솔시는 다음 달부터 시립도서관 세 곳의 개관 시간을 오후 10시까지 늘린다고 12일 밝혔다.',
      '시는 지난해 주민 설문에서 응답자의 62%가 야간 개관을 원했다고 설명했다.',
      '연장 운영에 드는 예산은 연간 4억 원 규모로 추산됐다.',
    ],
    date: '2019-12-24 10:15',
    date2: '입력 2019.12.24 10:15',
    pair: ['박서진·이도윤 기자', '박서진'],
    dateLine: '승인 2017.12.12 00:46',
    copyright: '[ⓒ 한빛일보. 무단전재-재배포 금지]',
    related: '관련기사',
    outlet: '한빛일보',
    bylines: {
      spaced: ['박서진 기자', '박서진'],
      glued: ['박서진기자', '박서진'],
      outlet: ['한빛일보 박서진 기자', '박서진'],
      outletGlued: ['한빛일보 박서진기자', '박서진'],
      email: ['박서진 기자 sjpark@hanbit.kr', '박서진'],
      outletEmail: ['한빛일보 박서진 기자 sjpark@hanbit.kr', '박서진'],
      bracket: ['[한빛일보 박서진 기자]', '박서진'],
      desk: ['사회부 박서진 기자', '박서진'],
      wireBracket: ['[한빛일보=박서진 기자]', '박서진'],
      emailBracket: ['박서진 기자 (sjpark@hanbit.kr)', '박서진'],
      slash: ['/박서진 기자', '박서진'],
      senior: ['박서진 선임기자', '박서진'],
      place: ['해솔=박서진 기자', '박서진'],
      // session 26
      textPhoto: ['글·사진 박서진 기자', '박서진'],
      paren: ['(박서진 기자)', '박서진'],
      diamond: ['◆ 박서진 기자', '박서진'],
      spacedEquals: ['[한빛일보 = 박서진 기자]', '박서진'],
      emailMore: ['박서진 기자 sjpark@hanbit.kr 다른기사 보기', '박서진'],
    },
    runIn: {
      equals: ['박서진 기자 = ', '박서진'],
      outletBar: ['뉴스포인트 박서진 기자 | ', '박서진'],
      wire: ['(해솔=한빛뉴스) 박서진 기자 = ', '박서진'],
      bracketOutlet: ['[한빛일보 박서진 기자] ', '박서진'],
      wireNoSpace: ['[해솔=한빛뉴스]박서진 기자 = ', '박서진'],
    },
    dated: {
      twoDates: ['입력 2019.12.24 10:15 수정 2019.12.24 11:20 박서진 기자', '박서진'],
      nameThenStamp: ['한빛일보 박서진 기자 입력 2019.12.24 10:15', '박서진'],
    },
    notBylines: {
      photoCredit: '해솔시립도서관 열람실 모습. 사진=박서진 기자',
      outletBracket: '[한빛일보]',
      outletParen: '(한빛뉴스)',
      photoBracket: '[사진=박서진 기자]',
      supplied: '해솔시 제공',
    },
    slashOutlet: ['한빛일보 / 박서진 기자 sjpark@hanbit.kr', '박서진'],
    deepRunIn: ['우리일보 박서진 기자 |   ', '박서진'],
    signOff: ['해솔시가 도서관 운영 시간을 늘립니다. 박서진 기자가 보도합니다.', '한빛뉴스 박서진입니다.', '박서진'],
    signOffDecoy: '오늘 소식은 여기까지입니다. 한빛뉴스 이상입니다.',
    decoys: [
      '시장은 이날 기자회견을 열고 연장 운영 계획을 설명했다.',
      '현장을 찾은 한 기자는 대기 줄이 길었다고 전했다.',
      '박서진 기자가 만난 주민들은 대체로 환영하는 분위기였다.',
    ],
  },
  es: {
    headline: 'La biblioteca municipal de Valdeluna abrirá hasta medianoche',
    body: [
      'El ayuntamiento de Valdeluna anunció este martes que la biblioteca central ampliará su horario a partir del próximo mes.',
      'Según el concejal de Cultura, la medida responde a una encuesta en la que seis de cada diez vecinos pidieron abrir de noche.',
      'El coste del nuevo horario rondará los 120.000 euros al año, que saldrán del presupuesto de cultura.',
    ],
    date: '12/03/2024 10:15',
    date2: '12 de marzo de 2024 - 10:15',
    pair: ['Por Marta Quintanilla y Luis Ortega', 'Marta Quintanilla'],
    dateLine: 'Actualizado 12/03/2024 10:15',
    copyright: '© 2024 Diario del Valle. Todos los derechos reservados.',
    related: 'Noticias relacionadas',
    outlet: 'Diario del Valle',
    bylines: {
      por: ['Por Marta Quintanilla', 'Marta Quintanilla'],
      porColon: ['Por: Marta Quintanilla', 'Marta Quintanilla'],
      bare: ['Marta Quintanilla', 'Marta Quintanilla'],
      outlet: ['Diario del Valle | Marta Quintanilla', 'Marta Quintanilla'],
      email: ['Por Marta Quintanilla mquintanilla@diariodelvalle.es', 'Marta Quintanilla'],
      role: ['Por Marta Quintanilla, corresponsal', 'Marta Quintanilla'],
      caps: ['Por MARTA QUINTANILLA', 'MARTA QUINTANILLA'],
      capsSurname: ['Marta QUINTANILLA', 'Marta QUINTANILLA'],
      outletAfter: ['Por Marta Quintanilla | Diario del Valle', 'Marta Quintanilla'],
      capsPlace: ['MARTA QUINTANILLA / Valdeluna', 'MARTA QUINTANILLA'],
      corresponsal: ['Marta Quintanilla | Corresponsal', 'Marta Quintanilla'],
      // session 26
      porTown: ['Por Marta Quintanilla | Valdeluna', 'Marta Quintanilla'],
      agency: ['Marta Quintanilla / EFE', 'Marta Quintanilla'],
      capsTownBar: ['MARTA QUINTANILLA | Valdeluna', 'MARTA QUINTANILLA'],
      textAndPhotos: ['Texto: Marta Quintanilla / Fotos: Luis Ortega', 'Marta Quintanilla'],
      porHandle: ['Por Marta Quintanilla - @mquintanilla', 'Marta Quintanilla'],
      townInBrackets: ['Marta Quintanilla (Valdeluna)', 'Marta Quintanilla'],
      enviada: ['Por Marta Quintanilla, enviada especial', 'Marta Quintanilla'],
    },
    dated: {
      deskTownDate: ['Redacción · Valdeluna · 12 mar 2024', 'Redacción'],
      nameTownDate: ['Marta Quintanilla Valdeluna - 12 MAR 2024 - 10:15 CET', 'Marta Quintanilla'],
    },
    notBylines: {
      captionAgency: 'Vecinos frente a la biblioteca de Valdeluna. Luis Ortega / EFE',
      townDate: 'Valdeluna - 12 MAR 2024 - 10:15 CET',
      townDateSection: 'Valdeluna · 12 mar 2024 · Cultura',
      photoCredit: 'Foto: Marta Quintanilla',
      townAgency: 'Valdeluna (EFE)',
      withAgency: 'Con información de EFE',
    },
    desks: [
      ['Autor: Redacción', 'Redacción'],
      ['Autor: redacción', 'redacción'],
      ['-Redacción-', 'Redacción'],
      ['Por Redacción', 'Redacción'],
    ],
    slashOutlet: ['Diario del Valle / Marta Quintanilla', 'Marta Quintanilla'],
    handle: ['Marta Quintanilla\n@mquintanilla', 'Marta Quintanilla'],
    photo: ['Marta QUINTANILLA, foto Luis Ortega', 'Marta QUINTANILLA'],
    initials: ['M.Q.', 'M.Q.'],
    standfirst: 'Seis de cada diez vecinos pedían abrir de noche',
    runInFirst: {
      textPhotos: ['Texto y fotografías de Marta Quintanilla ', 'Marta Quintanilla'],
      por: ['Por Marta Quintanilla ', 'Marta Quintanilla'],
    },
    runInDecoys: ['Por Marta Quintanilla pasó la idea de abrir de noche, según el concejal de Cultura.'],
    endSignatures: {
      capsStop: ['Marta QUINTANILLA.', 'Marta QUINTANILLA'],
      namePaper: ['Marta Quintanilla, Valdelunero', 'Marta Quintanilla'],
    },
    endNotSignatures: { greeting: 'Feliz Navidad.' },
    barTop: ['Marta Quintanilla | Valdelunero', 'Marta Quintanilla'],
    tagged: ['Luis Ortega | Cultura', 'El concejal Luis Ortega anunció este martes que la biblioteca central ampliará su horario a partir del próximo mes.'],
    authorBox: ['Sobre la firma', 'Marta Quintanilla', 'Redactora de Diario del Valle especializada en cultura y patrimonio.'],
    stamp: ['Marta Quintanilla y L.O. , actualizado a las 10:15', 'Marta Quintanilla'],
    capsInitial: ['M. JOSÉ QUINTANILLA / WEB', 'M. JOSÉ QUINTANILLA'],
    shareBar: ['Compartir en Facebook Twitter WhatsApp', 'Marta Quintanilla', 'MARTA QUINTANILLA', 'ÚLTIMA HORA'],
    pullQuote: '«Queremos abrir de noche» - Luis Ortega',
    decoys: [
      'Por la mañana, decenas de vecinos esperaban ya frente a la puerta del edificio.',
      'El periodista que cubrió la inauguración contó que la sala estaba llena.',
      'Por su parte, la oposición criticó que no se ampliara también la plantilla.',
    ],
  },
  ru: {
    headline: 'Библиотека в Сосновске будет работать до полуночи',
    body: [
      'Городская библиотека Сосновска со следующего месяца продлит часы работы до полуночи, сообщили в администрации.',
      'По данным опроса, шесть из десяти жителей просили открыть читальный зал по вечерам.',
      'Новый график обойдется городу примерно в два миллиона рублей в год.',
    ],
    date: '12.03.2024 10:15',
    date2: '12 марта 2024, 10:15',
    pair: ['Ирина Соколова, Петр Орлов', 'Ирина Соколова'],
    dateLine: 'Обновлено 12.03.2024 10:15',
    copyright: '© 2024 Сосновские вести. Все права защищены.',
    related: 'Читайте также',
    outlet: 'Сосновские вести',
    bylines: {
      bare: ['Ирина Соколова', 'Ирина Соколова'],
      avtor: ['Автор: Ирина Соколова', 'Ирина Соколова'],
      capsSurname: ['Ирина СОКОЛОВА', 'Ирина СОКОЛОВА'],
      role: ['Ирина Соколова, корреспондент', 'Ирина Соколова'],
      email: ['Ирина Соколова sokolova@sosnovsk-news.ru', 'Ирина Соколова'],
      text: ['Текст: Ирина Соколова', 'Ирина Соколова'],
      // session 26
      agency: ['Ирина Соколова / РИА', 'Ирина Соколова'],
      outletQuoted: ['Ирина Соколова, «Сосновские вести»', 'Ирина Соколова'],
      prepared: ['Материал подготовила Ирина Соколова', 'Ирина Соколова'],
      textPhoto: ['Текст: Ирина Соколова, фото: Петр Орлов', 'Ирина Соколова'],
    },
    notBylines: {
      photoCredit: 'Фото: Ирина Соколова / РИА Новости',
      photoAlone: 'Фото: Петр Орлов',
      outletQuotedAlone: '«Сосновские вести»',
    },
    photo: ['Ирина СОКОЛОВА, фото Петра Орлова', 'Ирина СОКОЛОВА'],
    handle: ['Ирина Соколова\n@isokolova', 'Ирина Соколова'],
    slashOutlet: ['Сосновские вести / Ирина Соколова', 'Ирина Соколова'],
    initials: ['И.С.', 'И.С.'],
    runInFirst: { text: ['Текст: Ирина Соколова ', 'Ирина Соколова'] },
    endSignatures: {
      capsStop: ['Ирина СОКОЛОВА.', 'Ирина СОКОЛОВА'],
      namePaper: ['Ирина СОКОЛОВА, Сосновцы', 'Ирина СОКОЛОВА'],
    },
    barTop: ['Ирина Соколова | Сосновцы', 'Ирина Соколова'],
    tagged: ['Петр Орлов | Культура', 'Глава города Петр Орлов сообщил, что библиотека со следующего месяца продлит часы работы до полуночи.'],
    authorBox: ['Об авторе', 'Ирина Соколова', 'Корреспондент отдела культуры, пишет о библиотеках и музеях.'],
    stamp: ['Ирина Соколова, обновлено в 10:15', 'Ирина Соколова'],
    shareBar: ['Поделиться ВКонтакте Telegram', 'Ирина Соколова', 'ИРИНА СОКОЛОВА', 'ГЛАВНОЕ СЕГОДНЯ'],
    pullQuote: '«Мы хотим работать по вечерам» - Петр Орлов',
    decoys: [
      'Корреспондент газеты побывал в читальном зале в первый вечер.',
      'Автором идеи стал местный учитель истории.',
    ],
  },
  de: {
    headline: 'Stadtbibliothek Lindental öffnet bis Mitternacht',
    body: [
      'Die Stadtbibliothek in Lindental bleibt ab dem kommenden Monat bis Mitternacht geöffnet, teilte die Stadt am Dienstag mit.',
      'Bei einer Umfrage hatten sechs von zehn Einwohnern längere Öffnungszeiten am Abend gewünscht.',
      'Die zusätzlichen Stunden kosten die Stadt rund 120.000 Euro im Jahr.',
    ],
    date: '12.03.2024 10:15 Uhr',
    date2: '12. März 2024, 10:15 Uhr',
    pair: ['Von Anna Berghoff und Jonas Keller', 'Anna Berghoff'],
    dateLine: 'Aktualisiert 12.03.2024, 10:15 Uhr',
    copyright: '© Lindentaler Anzeiger 2024',
    related: 'Weitere Artikel',
    outlet: 'Lindentaler Anzeiger',
    bylines: {
      von: ['Von Anna Berghoff', 'Anna Berghoff'],
      bare: ['Anna Berghoff', 'Anna Berghoff'],
      role: ['Von Anna Berghoff, Redakteurin', 'Anna Berghoff'],
      caps: ['Von ANNA BERGHOFF', 'ANNA BERGHOFF'],
      email: ['Von Anna Berghoff anna.berghoff@lindentaler.de', 'Anna Berghoff'],
      outlet: ['Lindentaler Anzeiger | Anna Berghoff', 'Anna Berghoff'],
      // session 26
      nameTown: ['Anna Berghoff, Lindental', 'Anna Berghoff'],
    },
    notBylines: {
      photoCredit: 'Foto: Jonas Keller',
    },
    endCredits: { outletAlone: 'Lindentaler Anzeiger' },
    handle: ['Anna Berghoff\n@aberghoff', 'Anna Berghoff'],
    slashOutlet: ['Lindentaler Anzeiger / Anna Berghoff', 'Anna Berghoff'],
    initials: ['A.B.', 'A.B.'],
    standfirst: 'Sechs von zehn Einwohnern wünschten sich längere Zeiten',
    runInFirst: { von: ['Von Anna Berghoff ', 'Anna Berghoff'] },
    runInDecoys: ['Von Anna Berghoff stammt die Idee, die Bibliothek abends länger zu öffnen.'],
    endSignatures: {
      capsStop: ['Anna BERGHOFF.', 'Anna BERGHOFF'],
      namePaper: ['Anna Berghoff, Lindentaler', 'Anna Berghoff'],
    },
    endNotSignatures: { greeting: 'Frohe Ostern.' },
    barTop: ['Anna Berghoff | Lindentaler', 'Anna Berghoff'],
    tagged: ['Jonas Keller | Kultur', 'Bürgermeister Jonas Keller kündigte am Dienstag an, dass die Stadtbibliothek ab dem kommenden Monat bis Mitternacht geöffnet bleibt.'],
    authorBox: ['Über die Autorin', 'Anna Berghoff', 'Redakteurin im Lokalressort, schreibt über Kultur und Bildung.'],
    stamp: ['Anna Berghoff, aktualisiert um 10:15 Uhr', 'Anna Berghoff'],
    shareBar: ['Teilen auf Facebook Twitter WhatsApp', 'Anna Berghoff', 'ANNA BERGHOFF', 'MEHR ZUM THEMA'],
    pullQuote: '„Wir wollen abends öffnen“ - Jonas Keller',
    decoys: [
      'Von Montag an gelten die neuen Zeiten auch für den Lesesaal.',
      'Der Reporter der Zeitung war am ersten Abend vor Ort.',
    ],
  },
  fr: {
    headline: 'La médiathèque de Valbonne ouvrira jusqu’à minuit',
    body: [
      'La médiathèque de Valbonne restera ouverte jusqu’à minuit à partir du mois prochain, a annoncé la mairie mardi.',
      'Selon une consultation, six habitants sur dix souhaitaient des horaires du soir.',
      'Les heures supplémentaires coûteront environ 120 000 euros par an à la commune.',
    ],
    date: '12/03/2024 à 10h15',
    date2: 'Publié le 12 mars 2024 à 10h15',
    pair: ['Par Julie Marchand et Paul Girard', 'Julie Marchand'],
    dateLine: 'Mis à jour le 12/03/2024 à 10h15',
    copyright: '© Le Courrier de Valbonne 2024',
    related: 'À lire aussi',
    outlet: 'Le Courrier de Valbonne',
    bylines: {
      par: ['Par Julie Marchand', 'Julie Marchand'],
      bare: ['Julie Marchand', 'Julie Marchand'],
      capsSurname: ['Julie MARCHAND', 'Julie MARCHAND'],
      role: ['Par Julie Marchand, correspondante', 'Julie Marchand'],
      email: ['Par Julie Marchand jmarchand@courrier-valbonne.fr', 'Julie Marchand'],
      outlet: ['Le Courrier de Valbonne | Julie Marchand', 'Julie Marchand'],
      // session 26
      avecAfp: ['Par Julie Marchand, avec AFP', 'Julie Marchand'],
      initialsAfp: ['J.M. (avec AFP)', 'J.M.'],
      roleInBrackets: ['Par Julie Marchand (correspondante à Valbonne)', 'Julie Marchand'],
      nameOutlet: ['Julie Marchand - Le Courrier de Valbonne', 'Julie Marchand'],
    },
    dated: {
      redigeDate: ['Rédigé par Julie Marchand le 12/03/2024 à 10h15', 'Julie Marchand'],
    },
    notBylines: {
      agencyAlone: 'avec AFP',
      captionAgency: 'La salle de lecture de la médiathèque. Paul Girard / AFP',
      photoCredit: 'Photo : Julie Marchand',
    },
    endCredits: { outletAlone: 'Le Courrier de Valbonne' },
    handle: ['Julie Marchand\n@jmarchand', 'Julie Marchand'],
    photo: ['Julie MARCHAND, photo Paul Girard', 'Julie MARCHAND'],
    initials: ['C.G.', 'C.G.'],
    initialsAgency: ['A.-J. M. avec AFP', 'A.-J. M.'],
    standfirst: 'Six habitants sur dix demandaient des horaires du soir',
    runInFirst: { par: ['Par Julie Marchand ', 'Julie Marchand'] },
    runInDecoys: ['Par Julie Marchand elle-même, la demande a été transmise à la mairie en janvier dernier.'],
    endSignatures: {
      capsStop: ['Julie MARCHAND.', 'Julie MARCHAND'],
      namePaper: ['Julie Marchand, Valbonnais', 'Julie Marchand'],
    },
    endNotSignatures: { greeting: 'Bonne Année.' },
    barTop: ['Julie Marchand | Valbonnais', 'Julie Marchand'],
    tagged: ['Paul Girard | Culture', 'Le maire Paul Girard a annoncé mardi que la médiathèque restera ouverte jusqu’à minuit à partir du mois prochain.'],
    authorBox: ['À propos de l’auteure', 'Julie Marchand', 'Journaliste au Courrier de Valbonne depuis 2015, elle suit la culture.'],
    stamp: ['Julie Marchand et P.G. , modifié à 10h15', 'Julie Marchand'],
    capsInitial: ['M. CLAIRE MARCHAND / WEB', 'M. CLAIRE MARCHAND'],
    shareBar: ['Partager sur Facebook Twitter', 'Julie Marchand', 'JULIE MARCHAND', 'DERNIÈRE MINUTE'],
    pullQuote: '« Nous voulons ouvrir le soir » - Paul Girard',
    decoys: [
      'Par ailleurs, la mairie envisage d’ouvrir le dimanche.',
      'Le journaliste présent a décrit une salle comble.',
    ],
  },
  en: {
    headline: 'Maple Creek library to stay open until midnight',
    body: [
      'The Maple Creek public library will stay open until midnight starting next month, the city announced Tuesday.',
      'In a survey, six in ten residents asked for longer evening hours, according to the city council.',
      'The extra hours will cost the city about $120,000 a year.',
    ],
    date: 'March 12, 2024 10:15 AM',
    date2: 'Mar. 12, 2024',
    pair: ['By Joanna Whitfield and Sam Ortiz', 'Joanna Whitfield'],
    dateLine: 'Updated March 12, 2024 10:15 AM',
    copyright: '© 2024 Maple Creek Ledger. All rights reserved.',
    related: 'Related posts',
    outlet: 'Maple Creek Ledger',
    bylines: {
      by: ['By Joanna Whitfield', 'Joanna Whitfield'],
      bare: ['Joanna Whitfield', 'Joanna Whitfield'],
      role: ['By Joanna Whitfield, Staff Writer', 'Joanna Whitfield'],
      caps: ['BY JOANNA WHITFIELD', 'JOANNA WHITFIELD'],
      email: ['By Joanna Whitfield jwhitfield@mcledger.com', 'Joanna Whitfield'],
      outlet: ['Maple Creek Ledger | Joanna Whitfield', 'Joanna Whitfield'],
      // session 26
      storyBy: ['Story by Joanna Whitfield', 'Joanna Whitfield'],
      nameOutlet: ['Joanna Whitfield, Maple Creek Ledger', 'Joanna Whitfield'],
    },
    notBylines: {
      photoBy: 'Photo by Sam Ortiz',
    },
    endCredits: { outletAlone: 'Maple Creek Ledger' },
    handle: ['Joanna Whitfield\n@jwhitfield', 'Joanna Whitfield'],
    initials: ['J.W.', 'J.W.'],
    standfirst: 'Six in ten residents asked for evening hours',
    runInFirst: { by: ['By Joanna Whitfield ', 'Joanna Whitfield'] },
    runInDecoys: ['By Joanna Whitfield’s count, more than two hundred people came on the first night.'],
    endSignatures: {
      capsStop: ['Joanna WHITFIELD.', 'Joanna WHITFIELD'],
      namePaper: ['Joanna Whitfield, Creekside', 'Joanna Whitfield'],
    },
    endNotSignatures: { greeting: 'Happy Holidays.' },
    barTop: ['Joanna Whitfield | Creekside', 'Joanna Whitfield'],
    tagged: ['Sam Ortiz | Culture', 'Mayor Sam Ortiz announced Tuesday that the public library will stay open until midnight starting next month.'],
    authorBox: ['About the author', 'Joanna Whitfield', 'Staff writer at the Maple Creek Ledger, covering city hall and culture since 2019.'],
    stamp: ['Joanna Whitfield, updated 10:15 AM', 'Joanna Whitfield'],
    shareBar: ['Share on Facebook Twitter Email', 'Joanna Whitfield', 'JOANNA WHITFIELD', 'BREAKING NEWS'],
    pullQuote: '"We want to open at night" - Sam Ortiz',
    decoys: [
      'By the evening, dozens of residents were already waiting at the door.',
      'The reporter said the reading room was full on the first night.',
    ],
  },
}

// session 28 (bylines7): the complication classes of check5's misses (spent, read as dev) and dev6's, each across the
// languages, with nearby lines that name no author. Every name, outlet and sentence here is invented, as above.
interface Session28 {
  /** The byline's word or a writer's label with a colon, or a report label without one: [line, name]; tested under the headline, last, after the outlet and a bar (last), and run on after the last sentence after the outlet and a bar. */
  labelled: Record<string, [string, string]>
  /** A writer's label and a common given name alone, closing the page: [line, name]. */
  labelledGiven: [string, string]
  /** A contact line (the person to ask, not the writer), under the headline and last: no byline. */
  contact: string
  /** A blog's "posted by" line, surname in capitals first or not, under the headline with its date and last: [line, dated line, name]. */
  postedBy: [string, string, string][]
  /** A symbol or an emoji before the byline line (a writing hand, a pencil, one mangled into "?"): [line, name]. */
  symbol: [string, string][]
  /** A dash bullet, an initial and a surname under the standfirst: [line, name]. */
  bulletInitial: [string, string]
  /** Chrome labels closing the page with a name's shape (a tag box, "read also"): no byline. */
  footLabels: string[]
  /** A name in capitals broken over two lines at the top: [first, second, name]; and two words in capitals that are no name. */
  capsSplit: [string, string, string]
  capsSplitDecoy: [string, string]
  /** A day and a time, the byline's word and the name, then the update stamp: [line, name]. */
  timeStamp?: [string, string]
  /** A reporter's initials after a mark closing the page ("*brc"); and a mark with a word that is no initials. */
  markInitials?: [string, string]
  markDecoys?: string[]
  /** The paper's initials in brackets with a dash or a full stop opening the first paragraph; and an agency's code so printed. */
  kuerzelDash?: [string, string][]
  kuerzelAgency?: string
  /** Korean: a run-in reporter with the outlet in brackets and a spaced "=", or with a channel code in brackets after the outlet. */
  koRunIn?: [string, string][]
}

const S28: Record<GridCell['language'], Session28> = {
  ko: {
    labelled: { cover: ['취재: 박서진 기자', '박서진'], coverText: ['취재·글 박서진', '박서진'] },
    labelledGiven: ['글: 박서진', '박서진'],
    contact: '문의: 해솔시립도서관 031-123-4567',
    postedBy: [['작성자 박서진', '작성자 박서진 2019.12.24 10:15', '박서진']],
    symbol: [['✍ 박서진 기자', '박서진'], ['✍️ 한빛일보 박서진 기자', '박서진']],
    bulletInitial: ['- 박서진 기자', '박서진'],
    footLabels: ['관련기사', '많이 본 뉴스'],
    capsSplit: ['박서진', '기자', '박서진'],
    capsSplitDecoy: ['속보', '단독'],
    koRunIn: [
      ['(한빛일보 = 박서진 기자) ', '박서진'],
      ['한빛일보 (HBTV) 박서진 기자 | ', '박서진'],
      ['[한빛일보 = 박서진 기자] ', '박서진'],
      ['한빛일보(HBTV) 박서진 기자 = ', '박서진'],
    ],
  },
  es: {
    labelled: {
      porColon: ['Por: Marta Quintanilla', 'Marta Quintanilla'],
      cronica: ['Crónica: Marta Quintanilla', 'Marta Quintanilla'],
      reportaje: ['Reportaje: M. Quintanilla, L. Ortega', 'M. Quintanilla'],
      reportajeBare: ['Reportaje Marta Quintanilla', 'Marta Quintanilla'],
    },
    labelledGiven: ['Texto: Marta', 'Marta'],
    contact: 'Contacto: Marta Quintanilla, teléfono 600 123 456',
    postedBy: [
      ['Publicado por QUINTANILLA Marta', 'Publicado por QUINTANILLA Marta el 12 de marzo de 2024', 'QUINTANILLA Marta'],
      ['Publicado por Marta Quintanilla', 'Publicado por Marta Quintanilla a las 10:15', 'Marta Quintanilla'],
    ],
    symbol: [['✍️ Redacción', 'Redacción'], ['✍?Redacción', 'Redacción'], ['✍ Por Marta Quintanilla', 'Marta Quintanilla'], ['✏️ Marta Quintanilla', 'Marta Quintanilla']],
    bulletInitial: ['- M. Quintanilla', 'M. Quintanilla'],
    footLabels: ['Archivado En', 'Te Puede Interesar', 'Lo Más Visto'],
    capsSplit: ['MARTA', 'QUINTANILLA', 'MARTA QUINTANILLA'],
    capsSplitDecoy: ['ÚLTIMA', 'HORA'],
    timeStamp: ['Ayer 05:01 por Marta Quintanilla , actualizado a las 11:38', 'Marta Quintanilla'],
    markInitials: ['*mqg', 'mqg'],
    markDecoys: ['*FIN*', '* * *', '—FIN—'],
  },
  ru: {
    labelled: { reportazh: ['Репортаж: Ирина Соколова', 'Ирина Соколова'], tekstInitial: ['Текст: И. Соколова', 'И. Соколова'] },
    labelledGiven: ['Текст: Ирина', 'Ирина'],
    contact: 'Контакты: Ирина Соколова, тел. 8 900 123-45-67',
    postedBy: [['Опубликовала Ирина Соколова', 'Опубликовала Ирина Соколова 12.03.2024 в 10:15', 'Ирина Соколова'], ['От admin', 'От admin 12.03.2024', 'admin']],
    symbol: [['✍ Ирина Соколова', 'Ирина Соколова'], ['✍️ Автор: Ирина Соколова', 'Ирина Соколова']],
    bulletInitial: ['— И. Соколова', 'И. Соколова'],
    footLabels: ['Читайте Также', 'Новости Партнеров'],
    capsSplit: ['ИРИНА', 'СОКОЛОВА', 'ИРИНА СОКОЛОВА'],
    capsSplitDecoy: ['ГЛАВНОЕ', 'СЕГОДНЯ'],
    timeStamp: ['Вчера 05:01, автор Ирина Соколова, обновлено в 11:38', 'Ирина Соколова'],
  },
  de: {
    labelled: {
      vonColon: ['Von: Anna Berghoff', 'Anna Berghoff'],
      bericht: ['Bericht: Anna Berghoff', 'Anna Berghoff'],
      textInitial: ['Text: A. Berghoff', 'A. Berghoff'],
      reportage: ['Reportage: Anna Berghoff und Jonas Keller', 'Anna Berghoff'],
    },
    labelledGiven: ['Bericht: Anna', 'Anna'],
    contact: 'Kontakt: Anna Berghoff, Telefon 0123 45678',
    postedBy: [
      ['Eingestellt von Anna Berghoff', 'Eingestellt von Anna Berghoff um 10:15', 'Anna Berghoff'],
      ['Veröffentlicht von BERGHOFF Anna', 'Veröffentlicht von BERGHOFF Anna am 12.03.2024', 'BERGHOFF Anna'],
    ],
    symbol: [['✍ Von Anna Berghoff', 'Anna Berghoff'], ['✏️ Anna Berghoff', 'Anna Berghoff']],
    bulletInitial: ['– A. Berghoff', 'A. Berghoff'],
    footLabels: ['Auch Interessant', 'Mehr Zum Thema'],
    capsSplit: ['ANNA', 'BERGHOFF', 'ANNA BERGHOFF'],
    capsSplitDecoy: ['EILMELDUNG', 'LINDENTAL'],
    timeStamp: ['Gestern 05:01 von Anna Berghoff, aktualisiert um 11:38', 'Anna Berghoff'],
    markInitials: ['*abg', 'abg'],
    markDecoys: ['*Ende*', '* * *', '—ENDE—'],
    kuerzelDash: [['(ab/jk) – ', 'ab/jk'], ['(abg). ', 'abg'], ['(ab) - ', 'ab']],
    kuerzelAgency: '(dpa/lby) – ',
  },
  fr: {
    labelled: {
      parColon: ['Par : Julie Marchand', 'Julie Marchand'],
      reportageBare: ['Reportage J. Marchand, P. Girard', 'J. Marchand'],
      reportage: ['Reportage : Julie Marchand', 'Julie Marchand'],
      texte: ['Texte : J. Marchand', 'J. Marchand'],
    },
    labelledGiven: ['Texte : Julie', 'Julie'],
    contact: 'Contact : Julie Marchand, tél. 06 12 34 56 78',
    postedBy: [
      ['Publié par MARCHAND Julie', 'Publié par MARCHAND Julie le 12 mars 2024', 'MARCHAND Julie'],
      ['Publié par Julie Marchand', 'Publié par Julie Marchand à 10:15', 'Julie Marchand'],
    ],
    symbol: [['✍ Par Julie Marchand', 'Julie Marchand'], ['✍️ La rédaction', 'La rédaction']],
    bulletInitial: ['- J. Marchand', 'J. Marchand'],
    footLabels: ['Lire Aussi', 'Dans La Même Rubrique'],
    capsSplit: ['JULIE', 'MARCHAND', 'JULIE MARCHAND'],
    capsSplitDecoy: ['DERNIÈRE', 'MINUTE'],
    timeStamp: ['Hier 05:01 par Julie Marchand , actualisé à 11:38', 'Julie Marchand'],
    markInitials: ['*jm', 'jm'],
    markDecoys: ['*FIN*', '* * *'],
  },
  en: {
    labelled: {
      byColon: ['By: Joanna Whitfield', 'Joanna Whitfield'],
      report: ['Report: Joanna Whitfield', 'Joanna Whitfield'],
      reporting: ['Reporting: J. Whitfield, S. Ortiz', 'J. Whitfield'],
      wordsInitial: ['Words: J. Whitfield', 'J. Whitfield'],
    },
    labelledGiven: ['Report: Joanna', 'Joanna'],
    contact: 'Contact: Joanna Whitfield, 555-0142',
    postedBy: [
      ['Posted by WHITFIELD Joanna', 'Posted by WHITFIELD Joanna on March 12, 2024', 'WHITFIELD Joanna'],
      ['Posted by Joanna Whitfield', 'Posted by Joanna Whitfield at 10:15 AM', 'Joanna Whitfield'],
    ],
    symbol: [['✍ By Joanna Whitfield', 'Joanna Whitfield'], ['✏️ Joanna Whitfield', 'Joanna Whitfield']],
    bulletInitial: ['- J. Whitfield', 'J. Whitfield'],
    footLabels: ['Read More', 'Related Stories', 'Filed Under'],
    capsSplit: ['JOANNA', 'WHITFIELD', 'JOANNA WHITFIELD'],
    capsSplitDecoy: ['BREAKING', 'NEWS'],
    timeStamp: ['Yesterday 05:01 by Joanna Whitfield , updated at 11:38', 'Joanna Whitfield'],
    markInitials: ['—jw', 'jw'],
    markDecoys: ['***', '—END—', '* * *'],
  },
}

// session 29 (bylines8): complication classes read from check6's misses (spent, read as dev) and dev7's, and the
// segmentation classes bylines7 left for the lead; every cell invented
interface Session29 {
  /** A publication label whose date the copy lost ("Publié le"), then the author slot: a role or the paper's name. */
  publishedSlot?: [string, string, string][]
  /** The same label over a standfirst sentence or a chrome word: no byline. */
  publishedNot?: [string, string][]
  /** A name in capitals, a slash and the writer's role, opening the page: [line, name]. */
  nameSlashRole?: [string, string]
  /** A signature closing the page: the name and the writer's job after a comma: [line, name]. */
  nameCommaJob?: [string, string]
  /** The last line names someone in a sentence, or credits a photograph: no byline. */
  nameCommaJobNot?: string[]
  /** A name with an e-mail in brackets closing the page (as stored pages print it, the address hidden or not): [line, name]. */
  nameMail?: [string, string][]
  /** Initials and a surname run on after the last sentence: [text run on, name]; and run-ons that are no signature. */
  initialsSurnameRunOn?: [string, string]
  initialsSurnameNot?: string[]
  /** The byline's word and hyphenated initials run into the first paragraph ("Par J.-M. G. Deux …"): [prefix, name]. */
  hyphenInitialsRunIn?: [string, string]
  /** The desk's name and a full stop (or ".-") opening the first paragraph: [prefix, name]; and a sentence opening with the same word. */
  deskRunIn?: [string, string][]
  deskRunInNot?: string
  /** A meta line: the date, the author slot, the section, between slashes: [line, name]; and a date and a section only. */
  dateSlotSection?: [string, string][]
  dateSection?: string
  /** Site chrome closing the page in title case, two words with a name's shape: no byline. */
  endChrome?: string[]
}

const S29: Record<GridCell['language'], Session29> = {
  ko: {
    nameMail: [
      ['박서진(sjpark@hanbit.kr)', '박서진'],
      ['박서진([email protected])', '박서진'],
    ],
  },
  es: {
    publishedSlot: [
      ['Publicado el', 'CORRESPONSAL', 'CORRESPONSAL'],
      ['Publicado el , actualizado', 'Gaceta del Pinar', 'Gaceta del Pinar'],
    ],
    publishedNot: [
      ['Publicado el', 'Los vecinos llevaban dos años pidiendo más horas de biblioteca.'],
      ['Publicado el', 'Suscriptores'],
    ],
    nameSlashRole: ['MARTA QUINTANILLA/REPORTERA', 'MARTA QUINTANILLA'],
    nameCommaJob: ['Marta Quintanilla, bibliotecaria municipal', 'Marta Quintanilla'],
    nameCommaJobNot: ['Marta Quintanilla, concejala de Cultura, inauguró la sala.', 'Fotos: Marta Quintanilla, fotógrafa'],
    initialsSurnameRunOn: ['M. Quintanilla.', 'M. Quintanilla'],
    initialsSurnameNot: ['Lo explicó la concejala M. Quintanilla.'],
    deskRunIn: [
      ['Redacción. ', 'Redacción'],
      ['REDACCIÓN.- ', 'REDACCIÓN'],
    ],
    deskRunInNot: 'Redacción y diseño del nuevo folleto corrieron a cargo de la biblioteca.',
    dateSlotSection: [['12/03/2024 / Marta Quintanilla / Sociedad', 'Marta Quintanilla'], ['12/03/2024 / Noticias del Pinar / Actualidad', 'Noticias del Pinar']],
    dateSection: '12/03/2024 / Sociedad',
    endChrome: ['Entradas Recientes', 'Artículos Relacionados'],
  },
  ru: {
    publishedSlot: [
      ['Опубликовано', 'Корреспондент', 'Корреспондент'],
      ['Опубликовано , обновлено', 'Сосновая правда', 'Сосновая правда'],
    ],
    publishedNot: [['Опубликовано', 'Жители два года просили продлить часы работы библиотеки.']],
    nameSlashRole: ['ИРИНА СОКОЛОВА/КОРРЕСПОНДЕНТ', 'ИРИНА СОКОЛОВА'],
    nameCommaJob: ['Ирина Соколова, библиотекарь детской библиотеки', 'Ирина Соколова'],
    nameCommaJobNot: ['Ирина Соколова, глава администрации, открыла читальный зал.', 'Фото: Ирина Соколова, фотограф'],
    initialsSurnameRunOn: ['И. С. Соколова.', 'И. С. Соколова'],
    initialsSurnameNot: ['Об этом рассказала директор И. С. Соколова.'],
    deskRunIn: [['Редакция. ', 'Редакция']],
    deskRunInNot: 'Редакция сайта приносит извинения читателям за задержку.',
    dateSlotSection: [['12.03.2024 / Ирина Соколова / Общество', 'Ирина Соколова']],
    dateSection: '12.03.2024 / Общество',
    endChrome: ['Похожие Новости', 'Последние Записи'],
  },
  de: {
    publishedSlot: [
      ['Veröffentlicht am', 'Lokalredaktion', 'Lokalredaktion'],
      ['Veröffentlicht am , aktualisiert', 'Pinienthaler Bote', 'Pinienthaler Bote'],
    ],
    publishedNot: [['Veröffentlicht am', 'Die Einwohner hatten zwei Jahre lang längere Öffnungszeiten gefordert.']],
    nameSlashRole: ['ANNA BERGHOFF/REDAKTEURIN', 'ANNA BERGHOFF'],
    nameCommaJob: ['Anna Berghoff, Leiterin der Stadtbücherei', 'Anna Berghoff'],
    nameCommaJobNot: ['Anna Berghoff, Kulturdezernentin, eröffnete den Lesesaal.', 'Fotos: Anna Berghoff, Fotografin'],
    initialsSurnameRunOn: ['A. Berghoff.', 'A. Berghoff'],
    initialsSurnameNot: ['Das sagte Bürgermeisterin A. Berghoff.'],
    deskRunIn: [['Redaktion. ', 'Redaktion']],
    deskRunInNot: 'Redaktion und Gestaltung des neuen Faltblatts übernahm die Bücherei.',
    dateSlotSection: [['12.03.2024 / Anna Berghoff / Lokales', 'Anna Berghoff']],
    dateSection: '12.03.2024 / Lokales',
    endChrome: ['Neueste Beiträge', 'Ähnliche Artikel'],
  },
  fr: {
    publishedSlot: [
      ['Publié le', 'CORRESPONDANT', 'CORRESPONDANT'],
      ['Publié le , mis à jour', 'La Gazette des Pins', 'La Gazette des Pins'],
    ],
    publishedNot: [
      ['Publié le', 'Les habitants réclamaient depuis deux ans des horaires du soir.'],
      ['Publié le', 'Abonnés'],
    ],
    nameSlashRole: ['JULIE MARCHAND/CORRESPONDANTE', 'JULIE MARCHAND'],
    nameCommaJob: ['Julie Marchand, bibliothécaire municipale', 'Julie Marchand'],
    nameCommaJobNot: ['Julie Marchand, adjointe à la culture, a inauguré la salle.', 'Photos : Julie Marchand, photographe'],
    initialsSurnameRunOn: ['J.-M. Marchand.', 'J.-M. Marchand'],
    initialsSurnameNot: ["C'est ce qu'a indiqué l'adjointe J. Marchand."],
    hyphenInitialsRunIn: ['Par J.-M. G. ', 'J.-M. G.'],
    deskRunIn: [['Rédaction. ', 'Rédaction']],
    deskRunInNot: 'Rédaction et mise en page du nouveau dépliant ont été confiées à la médiathèque.',
    dateSlotSection: [['12/03/2024 / Julie Marchand / Société', 'Julie Marchand']],
    dateSection: '12/03/2024 / Société',
    endChrome: ['Articles Récents', 'Derniers Commentaires'],
  },
  en: {
    publishedSlot: [
      ['Published on', 'STAFF REPORTER', 'STAFF REPORTER'],
      ['Published on , updated', 'Pine Valley Gazette', 'Pine Valley Gazette'],
    ],
    publishedNot: [['Published on', 'Residents had asked for evening hours for two years.']],
    nameSlashRole: ['JOANNA WHITFIELD/STAFF WRITER', 'JOANNA WHITFIELD'],
    nameCommaJob: ['Joanna Whitfield, library volunteer', 'Joanna Whitfield'],
    nameCommaJobNot: ['Joanna Whitfield, the city librarian, opened the new room.', 'Photos: Joanna Whitfield, photographer'],
    initialsSurnameRunOn: ['J. R. Whitfield.', 'J. R. Whitfield'],
    initialsSurnameNot: ['That was confirmed by Councilwoman J. Whitfield.'],
    deskRunIn: [['Newsroom. ', 'Newsroom']],
    deskRunInNot: 'Newsroom staff will answer questions at the library on Monday.',
    dateSlotSection: [['03/12/2024 / Joanna Whitfield / Local', 'Joanna Whitfield'], ['03/12/2024 / Pine Valley Gazette / News', 'Pine Valley Gazette']],
    dateSection: '03/12/2024 / Local',
    endChrome: ['Reader Interactions', 'Primary Sidebar', 'Recent Posts', 'Trending Stories'],
  },
}

// session 30 (bylines9): complication classes read from check7's misses (spent, read as dev), dev8's and the brief's
// list, as shapes across the languages; every cell invented
interface Session30 {
  /** A reporter's or desk's code in capitals (two to four letters, maybe digits) alone closing the page: [line, name]; and capitals there that are no signature (an agency, an end mark). */
  capsCode?: [string, string][]
  capsCodeNot?: string[]
  /** Initials and a surname alone on the last line (the surname in capitals or not): [line, name]; and such a line naming a body. */
  initialsSurnameLine?: [string, string][]
  initialsSurnameLineNot?: string[]
  /** A board's or a CMS's entry line naming its poster among other fields ("작성자 X 댓글 0건 조회 …", "Просмотров: 5 | Добавил: X | Дата: …"): [line, name, where]; and the same line without a poster. */
  boardPoster?: [string, string, 'top' | 'last'][]
  boardPosterNot?: [string, 'top' | 'last'][]
  /** The desk's name and its section on their own line under the headline: [line, name]; and the section alone. */
  deskSection?: [string, string][]
  deskSectionNot?: string[]
  /** A name and an empty slash (the copy lost the place or agency after it) under the headline: [line, name]; and a photo credit with the same slash. */
  nameSlash?: [string, string][]
  nameSlashNot?: string[]
  /** A reporter's Kürzel in brackets after the dateline's place, opening the first paragraph: [prefix, name]; and a place's district in brackets there. */
  datelineKuerzel?: [string, string]
  datelineKuerzelNot?: string
  /** A bulleted author line over a relative time or a reading time ("- vor 11 Minuten", "- 8 Min. Lesezeit"): [name line, time lines, name]; and a section label bulleted there. */
  bulletRelative?: [string, string[], string]
  bulletRelativeNot?: string
  /** A Korean meta line: the date, an edit label and the reporter ("기사입력 … 최종편집 X 기자"). */
  koEditLabel?: [string, string]
  /** A caption (a short sentence) and the photo's credit, a name and an agency, under the standfirst: no byline; the same credit line right under a standfirst with a full stop stays the byline: [caption, credit line, name]. */
  captionCredit?: [string, string, string]
  /** A caption naming a place or an institution in a name's shape under the standfirst: no byline; a person's name there is: [place line, person line, name]. */
  placeCaption?: [string, string, string]
  /** The contributor's line closing the page ("X is a member of …"): [line, name]; and a closing sentence about a person the text names before, or a place. */
  contributor?: [string, string]
  contributorNot?: string[]
  /** A writer's label with a colon and a name ended by a dash, run into the first paragraph ("Texto y fotos:X.—"): [prefix, name]; and a photo label there. */
  dashRunIn?: [string, string][]
  dashRunInNot?: string
  /** The outlet's web address in the author slot: on its own line under the headline, or after a desk's label run in: [line or prefix, name, where]; and an address in a sentence or with "www.". */
  domain?: [string, string, 'underHeadline' | 'runIn'][]
  domainNot?: string[]
}

const S30: Record<GridCell['language'], Session30> = {
  ko: {
    boardPoster: [
      ['작성자 박서진 댓글 0건 조회 167회 작성일 24-11-20 17:13', '박서진', 'top'],
      ['작성자 느티지기 댓글 2건 조회 41회 작성일 24-11-20 17:13', '느티지기', 'top'],
      ['글쓴이 : 박서진 | 날짜 : 2024.11.20 | 조회 : 167', '박서진', 'top'],
    ],
    boardPosterNot: [['댓글 0건 조회 167회 작성일 24-11-20 17:13', 'top']],
    bulletRelative: ['- 박서진 기자', ['- 11분 전'], '박서진'],
    koEditLabel: ['기사입력  2020/01/18 [18:06] 최종편집    박서진 기자', '박서진'],
  },
  es: {
    dashRunIn: [['Texto y fotos:Marta Quintanilla.—', 'Marta Quintanilla'], ['Texto: Marta Quintanilla — ', 'Marta Quintanilla']],
    dashRunInNot: 'Fotos: Marta Quintanilla.— ',
    domain: [['noticiasdelpinar.es', 'noticiasdelpinar.es', 'underHeadline'], ['Redacción: noticiasdelpinar.es- ', 'noticiasdelpinar.es', 'runIn']],
    domainNot: ['Síguenos en www.noticiasdelpinar.es', 'www.noticiasdelpinar.es'],
    contributor: ['Marta Quintanilla es una vecina del barrio y voluntaria de la biblioteca.', 'Marta Quintanilla'],
    contributorNot: ['Valdeluna es un municipio de cuatro mil habitantes.'],
    captionCredit: ['Vecinos frente a la biblioteca de Valdeluna.', 'Luis Ortega / EFE', 'Luis Ortega'],
    placeCaption: ['Biblioteca Valdeluna', 'Marta Quintanilla', 'Marta Quintanilla'],
    capsCode: [
      ['MQ', 'MQ'],
      ['JFL', 'JFL'],
      ['GP21', 'GP21'],
    ],
    capsCodeNot: ['FIN'],
    initialsSurnameLine: [
      ['M. QUINTANILLA', 'M. QUINTANILLA'],
      ['M. L. Quintanilla', 'M. L. Quintanilla'],
    ],
    initialsSurnameLineNot: ['S. A. DE C. V.'],
    boardPoster: [['Visitas: 515 | Publicado por: mquintanilla | Fecha: 16/05/2012 | Comentarios (0)', 'mquintanilla', 'last']],
    deskSection: [
      ['Redacción Ciudad', 'Redacción Ciudad'],
      ['REDACCIÓN SOCIEDAD', 'REDACCIÓN SOCIEDAD'],
    ],
    deskSectionNot: ['Sociedad', 'Redacción y diseño'],
    nameSlash: [
      ['C. MARTÍN/', 'C. MARTÍN'],
      ['Marta Quintanilla /', 'Marta Quintanilla'],
    ],
    nameSlashNot: ['Fotos: Marta Quintanilla/'],
    datelineKuerzel: ['Valdeluna (mq) – ', 'mq'],
    datelineKuerzelNot: 'Valdeluna (Pinares) – ',
    bulletRelative: ['- Marta Quintanilla', ['- hace 2 horas', '- 3 min de lectura'], 'Marta Quintanilla'],
    bulletRelativeNot: '- Sociedad',
  },
  ru: {
    dashRunIn: [['Текст и фото: Ирина Соколова. — ', 'Ирина Соколова']],
    dashRunInNot: 'Фото: Ирина Соколова. — ',
    domain: [['sosnovsk-vesti.ru', 'sosnovsk-vesti.ru', 'underHeadline']],
    domainNot: ['Подписывайтесь на vk.com'],
    captionCredit: ['Жители у входа в библиотеку Сосновска.', 'Петр Орлов / РИА Новости', 'Петр Орлов'],
    placeCaption: ['Библиотека Сосновска', 'Ирина Соколова', 'Ирина Соколова'],
    capsCode: [['ИС', 'ИС']],
    capsCodeNot: ['КОНЕЦ'],
    initialsSurnameLine: [
      ['И. С. СОКОЛОВА', 'И. С. СОКОЛОВА'],
      ['Н. Соколова', 'Н. Соколова'],
    ],
    boardPoster: [
      ['Просмотров: 515 | Добавил: isokolova | Дата: 16.05.2012 | Комментарии (0)', 'isokolova', 'last'],
      ['Просмотров: 515 | Добавил: МЦБ | Дата: 16.05.2012 | Комментарии (0)', 'МЦБ', 'last'],
    ],
    boardPosterNot: [['Просмотров: 515 | Дата: 16.05.2012 | Комментарии (0)', 'last']],
    nameSlash: [['И. СОКОЛОВА/', 'И. СОКОЛОВА']],
    nameSlashNot: ['Фото: Ирина Соколова/'],
    bulletRelative: ['- Ирина Соколова', ['- 5 минут назад'], 'Ирина Соколова'],
    bulletRelativeNot: '- Общество',
  },
  de: {
    dashRunIn: [['Text und Fotos: Anna Berghoff – ', 'Anna Berghoff']],
    dashRunInNot: 'Fotos: Anna Berghoff – ',
    domain: [['lindentaler-bote.de', 'lindentaler-bote.de', 'underHeadline']],
    contributor: ['Anna Berghoff ist eine ehrenamtliche Helferin der Stadtbücherei.', 'Anna Berghoff'],
    contributorNot: ['Lindental ist eine Gemeinde mit viertausend Einwohnern.'],
    captionCredit: ['Anwohner vor der Stadtbücherei in Lindental.', 'Jonas Keller / dpa', 'Jonas Keller'],
    placeCaption: ['Rathaus Lindental', 'Anna Berghoff', 'Anna Berghoff'],
    capsCode: [
      ['AB', 'AB'],
      ['JFL', 'JFL'],
    ],
    capsCodeNot: ['ENDE'],
    initialsSurnameLine: [['A. BERGHOFF', 'A. BERGHOFF']],
    deskSection: [['Redaktion Lokales', 'Redaktion Lokales']],
    deskSectionNot: ['Lokales'],
    nameSlash: [['A. BERGHOFF/', 'A. BERGHOFF']],
    nameSlashNot: ['Foto: Anna Berghoff/'],
    datelineKuerzel: ['Lindental (ab) – ', 'ab'],
    datelineKuerzelNot: 'Lindental (Kreis Pinien) – ',
    bulletRelative: ['- Anna Berghoff', ['- vor 11 Minuten', '- 8 Min. Lesezeit'], 'Anna Berghoff'],
    bulletRelativeNot: '- Lokales',
  },
  fr: {
    dashRunIn: [['Texte et photos : Julie Marchand. – ', 'Julie Marchand']],
    dashRunInNot: 'Photos : Julie Marchand. – ',
    domain: [['gazettedespins.fr', 'gazettedespins.fr', 'underHeadline']],
    contributor: ['Julie Marchand est une bénévole de la médiathèque de Valbonne.', 'Julie Marchand'],
    contributorNot: ['Valbonne est une commune de quatre mille habitants.'],
    captionCredit: ['Des habitants devant la médiathèque de Valbonne.', 'Paul Girard / AFP', 'Paul Girard'],
    placeCaption: ['Médiathèque Valbonne', 'Julie Marchand', 'Julie Marchand'],
    capsCode: [
      ['JFL', 'JFL'],
      ['FL31', 'FL31'],
    ],
    capsCodeNot: ['FIN'],
    initialsSurnameLine: [['J.-M. MARCHAND', 'J.-M. MARCHAND']],
    deskSection: [['Rédaction Société', 'Rédaction Société']],
    deskSectionNot: ['Société'],
    nameSlash: [['J. MARCHAND/', 'J. MARCHAND']],
    nameSlashNot: ['Photo : Julie Marchand/'],
    datelineKuerzel: ['Valbonne (jm) – ', 'jm'],
    datelineKuerzelNot: 'Valbonne (Pins) – ',
    bulletRelative: ['- Julie Marchand', ['- il y a 3 heures'], 'Julie Marchand'],
    bulletRelativeNot: '- Société',
  },
  en: {
    dashRunIn: [['Story and photos: Joanna Whitfield — ', 'Joanna Whitfield']],
    dashRunInNot: 'Photos: Joanna Whitfield — ',
    domain: [['pinevalleygazette.com', 'pinevalleygazette.com', 'underHeadline']],
    domainNot: ['facebook.com'],
    contributor: ['Joanna Whitfield is a member of the Friends of the Maple Creek Library.', 'Joanna Whitfield'],
    contributorNot: ['Maple Creek is a town of four thousand people.'],
    captionCredit: ['Residents outside the Maple Creek library.', 'Mark Dolan / AP', 'Mark Dolan'],
    placeCaption: ['Library Maple Creek', 'Joanna Whitfield', 'Joanna Whitfield'],
    capsCode: [
      ['JRW', 'JRW'],
      ['KW12', 'KW12'],
    ],
    capsCodeNot: ['END', 'CNN'],
    initialsSurnameLine: [['J. R. WHITFIELD', 'J. R. WHITFIELD']],
    initialsSurnameLineNot: ['U. S. ARMY'],
    nameSlash: [['J. WHITFIELD/', 'J. WHITFIELD']],
    nameSlashNot: ['Photo: Joanna Whitfield/'],
    datelineKuerzel: ['Maple Creek (jw) – ', 'jw'],
    datelineKuerzelNot: 'Maple Creek (Pine County) – ',
    bulletRelative: ['- Joanna Whitfield', ['- 3 hours ago', '- 5 min read'], 'Joanna Whitfield'],
    bulletRelativeNot: '- Local',
  },
}

function page(s: Skeleton, top: string[], bottom: string[] = [], first = s.body[0]): string {
  return [s.headline, ...top, first, s.body[1], s.body[2], ...bottom].join('\n\n')
}

export function bylineGrid(): GridCell[] {
  const cells: GridCell[] = []
  for (const [language, s] of Object.entries(SKELETONS) as [GridCell['language'], Skeleton][]) {
    const add = (id: string, text: string, author: string | null) => cells.push({ id: `${language}/${id}`, language, text, author })
    for (const [deco, [line, name]] of Object.entries(s.bylines)) {
      add(`own/${deco}`, page(s, [line]), name)
      add(`afterDate/${deco}`, page(s, [`${s.date}     ${line}`]), name)
      add(`beforeDate/${deco}`, page(s, [`${line}     ${s.date}`]), name)
      add(`bullets/${deco}`, [s.headline, `  • ${line}`, `  • ${s.dateLine}`, ...s.body].join('\n'), name)
      add(`dateUnder/${deco}`, page(s, [`${line}\n${s.date}`]), name)
      add(`last/${deco}`, page(s, [], [line]), name)
      add(`beforeCopyright/${deco}`, page(s, [], [line, s.copyright]), name)
      add(`beforeRelated/${deco}`, page(s, [], [line, s.related]), name)
    }
    // the same lines with a bar, a dash or a middle dot between the date and the author, the other date format, above the headline, closing the last paragraph
    for (const [deco, [line, name]] of [...Object.entries(s.bylines), ['pair', s.pair] as [string, [string, string]]]) {
      for (const [sep, mark] of [['bar', ' | '], ['dash', ' - '], ['dot', ' · ']]) {
        add(`afterDate-${sep}/${deco}`, page(s, [`${s.date}${mark}${line}`]), name)
        add(`beforeDate-${sep}/${deco}`, page(s, [`${line}${mark}${s.date}`]), name)
      }
      add(`afterDate2/${deco}`, page(s, [`${s.date2}     ${line}`]), name)
      add(`beforeDate2/${deco}`, page(s, [`${line}\n${s.date2}`]), name)
      add(`aboveHeadline/${deco}`, [line, s.headline, ...s.body].join('\n\n'), name)
      add(`endOfParagraph/${deco}`, page(s, [], [], s.body[0]).replace(s.body[2], `${s.body[2]} ${line}`), name)
    }
    add('own/pair', page(s, [s.pair[0]]), s.pair[1])
    add('last/pair', page(s, [], [s.pair[0]]), s.pair[1])
    for (const [deco, [prefix, name]] of Object.entries(s.runIn ?? {})) add(`runIn/${deco}`, page(s, [], [], prefix + s.body[0]), name)
    for (const [k, [line, name]] of (s.desks ?? []).entries()) {
      add(`desk${k}/own`, page(s, [line]), name)
      add(`desk${k}/afterDate`, page(s, [`${s.date}     ${line}`]), name)
    }
    if (s.slashOutlet) {
      add('slashOutlet/own', page(s, [s.slashOutlet[0]]), s.slashOutlet[1])
      add('slashOutlet/last', page(s, [], [s.slashOutlet[0]]), s.slashOutlet[1])
    }
    if (s.handle) {
      add('handle/own', page(s, [s.handle[0]]), s.handle[1])
      add('handle/last', page(s, [], [s.handle[0]]), s.handle[1])
    }
    if (s.photo) {
      add('photo/own', page(s, [s.photo[0]]), s.photo[1])
      add('photo/last', page(s, [], [s.photo[0]]), s.photo[1])
    }
    for (const [deco, [line, name]] of Object.entries(s.dated ?? {})) {
      add(`dated/own/${deco}`, page(s, [line]), name)
      add(`dated/last/${deco}`, page(s, [], [line]), name)
    }
    for (const [deco, line] of Object.entries(s.endCredits ?? {})) add(`endCredit/last/${deco}`, page(s, [], [line]), null)
    for (const [deco, line] of Object.entries(s.notBylines ?? {})) {
      add(`notByline/own/${deco}`, page(s, [line]), null)
      add(`notByline/last/${deco}`, page(s, [], [line]), null)
    }
    // pages that print no byline: a sentence that mentions a reporter, or opens with the byline's word
    for (const [k, d] of s.decoys.entries()) {
      add(`decoy${k}/first`, page(s, [], [], d), null)
      add(`decoy${k}/last`, page(s, [], [d]), null)
      add(`decoy${k}/dated`, page(s, [s.date], [d]), null)
    }
    // chrome run on after the last sentence: a "related" label, two capitalised words of a widget, a photo credit
    for (const [k, tail] of [s.related, 'Most Popular', 'Top Stories', 'Foto Luis Ortega', 'Fuente Ayuntamiento Valdeluna', 'Lesen Sie Auch'].entries()) {
      add(`runOnChrome${k}`, page(s, []).replace(s.body[2], `${s.body[2]} ${tail}`), null)
    }
    // session 27 (bylines6): the complication classes of check4's and dev5's misses, across the languages
    if (s.initials) {
      const [line, name] = s.initials
      add('initials/own', page(s, [line]), name)
      add('initials/overDate', [line, s.dateLine, ...s.body].join('\n'), name)
      add('initials/underStandfirst', page(s, [s.body[1], line], [], s.body[0]), name)
      add('initials/dashDate', page(s, [`${line} - ${s.date} - 2 min`]), name)
      add('initials/last', page(s, [], [line]), name)
      add('initials/runOnMark', page(s, []).replace(s.body[2], `${s.body[2]} ■${line}`), name)
      add('initials/runOnBracket', page(s, []).replace(s.body[2], `${s.body[2]} (${line})`), name)
    }
    if (s.initialsAgency) {
      add('initialsAgency/own', page(s, [s.initialsAgency[0]]), s.initialsAgency[1])
      add('initialsAgency/last', page(s, [], [s.initialsAgency[0]]), s.initialsAgency[1])
    }
    for (const [deco, [prefix, name]] of Object.entries(s.runInFirst ?? {})) {
      add(`runInFirst/lead/${deco}`, page(s, [], [], prefix + s.body[0]), name)
      add(`runInFirst/onlyLine/${deco}`, prefix + s.body.join(' '), name)
      if (s.standfirst && /^(?:Von|Por|Par|By) $/u.test(prefix.replace(/\S+ \S+ $/u, ''))) add(`runInFirst/inStandfirst/${deco}`, [s.headline, `${s.standfirst} ${prefix}${s.body[0]}`, s.body[1], s.body[2]].join('\n\n'), name)
    }
    for (const [k, d] of (s.runInDecoys ?? []).entries()) add(`runInDecoy${k}/first`, page(s, [], [], d), null)
    for (const [deco, [line, name]] of Object.entries(s.endSignatures ?? {})) add(`endSignature/last/${deco}`, page(s, [], [line]), name)
    for (const [deco, line] of Object.entries(s.endNotSignatures ?? {})) add(`endNotSignature/last/${deco}`, page(s, [], [line]), null)
    if (s.barTop) {
      add('barTop/own', page(s, [s.barTop[0]]), s.barTop[1])
      add('barTop/aboveHeadline', [s.barTop[0], s.headline, ...s.body].join('\n\n'), s.barTop[1])
    }
    if (s.tagged) {
      add('tagged/own', page(s, [s.tagged[0]], [], s.tagged[1]), null)
      add('tagged/aboveHeadline', [s.tagged[0], s.headline, s.tagged[1], s.body[1], s.body[2]].join('\n\n'), null)
    }
    if (s.authorBox) {
      const [label, name, bio] = s.authorBox
      add('authorBox/label', page(s, [], [s.related, label, name, bio]), name)
      add('authorBox/twice', page(s, [], [name, name, bio]), name)
      // a name the text speaks about, printed twice at the foot (a teaser), is no author box
      add('authorBox/mentioned', page(s, [], [name, name, bio], `${s.body[0].replace(/[.。]$/u, '')} (${name}).`), null)
    }
    if (s.stamp) add('stamp/own', page(s, [s.stamp[0]]), s.stamp[1])
    if (s.capsInitial) add('capsInitial/own', page(s, [s.capsInitial[0]]), s.capsInitial[1])
    if (s.deepRunIn) {
      const weather = ['맑음서울 10.1℃', '맑음대전 8.4℃', '맑음대구 9.8℃', '맑음울산 9.4℃', '맑음광주 10.0℃', '맑음부산 9.7℃', '맑음제주 12.6℃', '맑음강릉 9.9℃'].map((w) => `  • ${w}`)
      add('deepRunIn', ['2023.12.07 (목)', ...weather, '기상청 제공', '사회', s.headline, s.deepRunIn[0] + s.body[0], s.body[1], s.body[2]].join('\n'), s.deepRunIn[1])
    }
    if (s.signOff) {
      const [lead, signOff, name] = s.signOff
      add('signOff', ['[앵커멘트]', lead, ...s.body, signOff, '영상취재 이도윤'].join('\n'), name)
    }
    if (s.signOffDecoy) add('signOffDecoy', [s.headline, ...s.body, s.signOffDecoy].join('\n'), null)
    if (s.shareBar) {
      const [bar, name, caps, label] = s.shareBar
      add('shareBar/name', page(s, [], [bar, name]), name)
      add('shareBar/caps', page(s, [], [bar, caps]), caps)
      add('shareBar/label', page(s, [], [bar, label]), null)
    }
    if (s.pullQuote) {
      add('pullQuote/own', page(s, [s.pullQuote]), null)
      add('pullQuote/last', page(s, [], [s.pullQuote]), null)
      add('pullQuote/lastLong', page(s, [s.body[1], s.body[2]], [s.pullQuote]), null)
    }
    // session 28 (bylines7): check5's and dev6's complication classes (S28 above)
    const t = S28[language]
    for (const [deco, [line, name]] of Object.entries(t.labelled)) {
      add(`s28/labelled/own/${deco}`, page(s, [line]), name)
      add(`s28/labelled/last/${deco}`, page(s, [], [line]), name)
      add(`s28/labelled/outletBarLast/${deco}`, page(s, [], [`${s.outlet} | ${line}`]), name)
      add(`s28/labelled/runOnOutletBar/${deco}`, page(s, []).replace(s.body[2], `${s.body[2]} ${s.outlet} | ${line}`), name)
      // a page of one paragraph (a video page's report), the credit run on after its last sentence
      add(`s28/labelled/onePara/${deco}`, [s.headline, `${s.body.join(' ')} ${s.outlet} | ${line}`].join('\n\n'), name)
    }
    // the same paragraph closed by a photo credit or the outlet alone: no byline
    add('s28/onePara/photoCredit', [s.headline, `${s.body.join(' ')} ${s.outlet} | Foto: ${Object.values(s.bylines)[0][1]}`].join('\n\n'), null)
    add('s28/onePara/outletOnly', [s.headline, `${s.body.join(' ')} ${s.outlet}`].join('\n\n'), null)
    // a name alone under the opening standfirst of a page with no headline; a name the text speaks about again is none
    const bareName = Object.values(s.bylines).find(([line, name]) => line === name)?.[0]
    if (bareName) {
      add('s28/bareUnderStandfirst', [s.body[1], bareName, s.body[0], s.body[2]].join('\n'), bareName)
      add('s28/bareUnderStandfirst/mentioned', [s.body[1], bareName, `${s.body[0].replace(/[.。]$/u, '')} (${bareName}).`, s.body[2]].join('\n'), null)
    }
    add('s28/labelledGiven/last', page(s, [], [t.labelledGiven[0]]), t.labelledGiven[1])
    add('s28/labelledGiven/lastBlank', page(s, [], [' ', t.labelledGiven[0]]), t.labelledGiven[1])
    add('s28/contact/own', page(s, [t.contact]), null)
    add('s28/contact/last', page(s, [], [t.contact]), null)
    for (const [k, [line, dated, name]] of t.postedBy.entries()) {
      add(`s28/postedBy${k}/own`, page(s, [line]), name)
      add(`s28/postedBy${k}/dated`, page(s, [dated]), name)
      add(`s28/postedBy${k}/last`, page(s, [], [line]), name)
      add(`s28/postedBy${k}/lastDated`, page(s, [], [dated]), name)
    }
    for (const [k, [line, name]] of t.symbol.entries()) {
      add(`s28/symbol${k}/own`, page(s, [line]), name)
      add(`s28/symbol${k}/underStandfirst`, [s.body[1], line, s.body[0], s.body[2]].join('\n'), name)
      add(`s28/symbol${k}/last`, page(s, [], [line]), name)
    }
    add('s28/bulletInitial/underStandfirst', [s.headline, s.body[1], t.bulletInitial[0], s.body[0], s.body[2]].join('\n\n'), t.bulletInitial[1])
    add('s28/bulletInitial/own', page(s, [t.bulletInitial[0]]), t.bulletInitial[1])
    for (const [k, label] of t.footLabels.entries()) {
      add(`s28/footLabel${k}/last`, page(s, [], [label]), null)
      add(`s28/footLabel${k}/afterByline`, page(s, [Object.values(s.bylines)[0][0]], [label]), Object.values(s.bylines)[0][1])
    }
    add('s28/capsSplit/top', [t.capsSplit[0], t.capsSplit[1], ...s.body].join('\n'), t.capsSplit[2])
    add('s28/capsSplit/underHeadline', [s.headline, t.capsSplit[0], t.capsSplit[1], ...s.body].join('\n'), t.capsSplit[2])
    add('s28/capsSplitDecoy/top', [t.capsSplitDecoy[0], t.capsSplitDecoy[1], ...s.body].join('\n'), null)
    add('s28/capsSplitDecoy/underHeadline', [s.headline, t.capsSplitDecoy[0], t.capsSplitDecoy[1], ...s.body].join('\n'), null)
    if (t.timeStamp) add('s28/timeStamp/underStandfirst', [s.headline, s.body[1], t.timeStamp[0], s.body[0], s.body[2]].join('\n'), t.timeStamp[1])
    if (t.markInitials) add('s28/markInitials/last', page(s, [], [t.markInitials[0]]), t.markInitials[1])
    for (const [k, d] of (t.markDecoys ?? []).entries()) add(`s28/markDecoy${k}/last`, page(s, [], [d]), null)
    for (const [k, [prefix, name]] of (t.kuerzelDash ?? []).entries()) {
      add(`s28/kuerzelDash${k}/first`, page(s, [], [], prefix + s.body[0]), name)
      add(`s28/kuerzelDash${k}/noHeadline`, [prefix + s.body[0], s.body[1], s.body[2]].join('\n'), name)
    }
    if (t.kuerzelAgency) add('s28/kuerzelAgency/first', page(s, [], [], t.kuerzelAgency + s.body[0]), null)
    for (const [k, [prefix, name]] of (t.koRunIn ?? []).entries()) {
      add(`s28/koRunIn${k}/first`, page(s, [], [], prefix + s.body[0]), name)
      const weather = ['맑음서울 10.1℃', '맑음대전 8.4℃', '맑음대구 9.8℃', '맑음울산 9.4℃', '맑음광주 10.0℃', '맑음부산 9.7℃', '맑음제주 12.6℃', '맑음강릉 9.9℃'].map((w) => `  • ${w}`)
      add(`s28/koRunIn${k}/deep`, ['2023.12.07 (목)', ...weather, '기상청 제공', '사회', s.headline, prefix + s.body[0], s.body[1], s.body[2]].join('\n'), name)
    }
    // a reporter's initials in lowercase run on after the last sentence, bare or in brackets; an agency's code or an
    // abbreviation there is none
    add('s28/kuerzelClose/bare', page(s, []).replace(s.body[2], `${s.body[2]} tw`), 'tw')
    add('s28/kuerzelClose/bracket', page(s, []).replace(s.body[2], `${s.body[2]} (dls)`), 'dls')
    add('s28/kuerzelClose/agency', page(s, []).replace(s.body[2], `${s.body[2]} (dpa)`), null)
    add('s28/kuerzelClose/ok', page(s, []).replace(s.body[2], `${s.body[2]} ok`), null)
    // initials run on after the last sentence without a mark ("… voisine. J.-M. G.")
    if (s.initials) add('s28/initialsRunOnBare', page(s, []).replace(s.body[2], `${s.body[2]} ${s.initials[0]}`), s.initials[1])
    // the byline's word with initials before the surname, run into the first paragraph; and the byline's word and a name
    // after the standfirst's last sentence, on the standfirst's line (a sentence whose subject is the name stays none)
    const byWord = { de: 'Von', fr: 'Par', es: 'Por', en: 'By' }[language as string]
    const full = Object.values(s.bylines).find(([line, name]) => line === name)?.[0]
    if (byWord && full && s.standfirst) {
      const [given, ...rest] = full.split(' ')
      const initialled = `${given[0]}. ${rest.join(' ')}`
      add('s28/runInInitials/lead', page(s, [], [], `${byWord} ${initialled} ${s.body[0]}`), initialled)
      add('s28/runInAfterSentence', [s.headline, `${s.standfirst}. ${byWord} ${full} ${s.body[0]}`, s.body[1], s.body[2]].join('\n\n'), full)
      for (const [k, d] of (s.runInDecoys ?? []).entries()) add(`s28/runInAfterSentenceDecoy${k}`, [s.headline, `${s.standfirst}. ${d}`, s.body[1], s.body[2]].join('\n\n'), null)
    }
    // a blog engine's user name alone as the last line of a page in Cyrillic or Hangul; a share label there is none
    if (language === 'ru' || language === 'ko') {
      add('s28/userName/last', page(s, [], ['helen_k']), 'helen_k')
      add('s28/userName/social', page(s, [], ['telegram']), null)
      add('s28/userName/domain', page(s, [], ['vk.com']), null)
    }
    // session 29 (bylines8): check6's and dev7's complication classes and the segmentation classes (S29 above)
    const u = S29[language]
    for (const [k, [label, slot, name]] of (u.publishedSlot ?? []).entries()) {
      add(`s29/publishedSlot${k}/underHeadline`, [s.headline, label, slot, ...s.body].join('\n\n'), name)
      add(`s29/publishedSlot${k}/afterCaption`, [s.headline, `  • ${s.body[1]}`, label, slot, s.body[0], s.body[2]].join('\n'), name)
    }
    for (const [k, [label, line]] of (u.publishedNot ?? []).entries()) add(`s29/publishedNot${k}`, [s.headline, label, line, ...s.body].join('\n\n'), null)
    if (u.nameSlashRole) {
      add('s29/nameSlashRole/top', [u.nameSlashRole[0], ...s.body].join('\n'), u.nameSlashRole[1])
      add('s29/nameSlashRole/underHeadline', page(s, [u.nameSlashRole[0]]), u.nameSlashRole[1])
    }
    if (u.nameCommaJob) {
      add('s29/nameCommaJob/last', page(s, [], [u.nameCommaJob[0]]), u.nameCommaJob[1])
      add('s29/nameCommaJob/lastOnePara', [s.body.join(' '), u.nameCommaJob[0]].join('\n'), u.nameCommaJob[1])
    }
    for (const [k, line] of (u.nameCommaJobNot ?? []).entries()) add(`s29/nameCommaJobNot${k}/last`, page(s, [], [line]), null)
    for (const [k, [line, name]] of (u.nameMail ?? []).entries()) {
      add(`s29/nameMail${k}/last`, page(s, [], [line]), name)
      add(`s29/nameMail${k}/lastBeforeChrome`, page(s, [], [line, s.related]), name)
      add(`s29/nameMail${k}/aboveCommentChrome`, page(s, [], [line, 'Log in to comment', 'To write comments, please log in to one of the accounts.', 'Policy (0/250자)', s.related, '실시간 뉴스', '공유', '댓글', '맨위로']), name)
    }
    if (u.initialsSurnameRunOn) add('s29/initialsSurnameRunOn', page(s, []).replace(s.body[2], `${s.body[2]} ${u.initialsSurnameRunOn[0]}`), u.initialsSurnameRunOn[1])
    for (const [k, d] of (u.initialsSurnameNot ?? []).entries()) add(`s29/initialsSurnameNot${k}`, page(s, []).replace(s.body[2], `${s.body[2]} ${d}`), null)
    if (u.hyphenInitialsRunIn) add('s29/hyphenInitialsRunIn', page(s, [], [], `${u.hyphenInitialsRunIn[0]}${s.body[0]} ${s.body[1]}`), u.hyphenInitialsRunIn[1])
    for (const [k, [prefix, name]] of (u.deskRunIn ?? []).entries()) {
      add(`s29/deskRunIn${k}/first`, page(s, [], [], prefix + s.body[0]), name)
      add(`s29/deskRunIn${k}/noHeadline`, [prefix + s.body[0], s.body[1], s.body[2]].join('\n'), name)
    }
    if (u.deskRunInNot) add('s29/deskRunInNot', page(s, [], [], u.deskRunInNot), null)
    for (const [k, [line, name]] of (u.dateSlotSection ?? []).entries()) {
      add(`s29/dateSlotSection${k}/top`, [line, ...s.body].join('\n\n'), name)
      add(`s29/dateSlotSection${k}/underHeadline`, page(s, [line]), name)
    }
    if (u.dateSection) add('s29/dateSection/underHeadline', page(s, [u.dateSection]), null)
    for (const [k, label] of (u.endChrome ?? []).entries()) add(`s29/endChrome${k}/last`, page(s, [], [label]), null)
    // session 30 (bylines9): check7's (spent) and dev8's complication classes (S30 above)
    const v = S30[language]
    for (const [k, [line, name]] of (v.capsCode ?? []).entries()) {
      add(`s30/capsCode${k}/last`, page(s, [], [line]), name)
      add(`s30/capsCode${k}/lastBeforeCopyright`, page(s, [], [line, s.copyright]), name)
    }
    // the code also credits the photo under a caption (the correspondent took the picture): still the signature
    for (const [k, [line, name]] of (v.capsCode ?? []).slice(0, 1).entries()) add(`s30/capsCode${k}/creditedToo`, page(s, [`${s.body[1].replace(/[.!?]$/u, '')} Foto: ${line}`], [line]), name)
    for (const [k, line] of (v.capsCodeNot ?? []).entries()) add(`s30/capsCodeNot${k}/last`, page(s, [], [line]), null)
    // a code printed in the text as well (a party, a club: "… dijo el portavoz de MQ.") is no signature
    for (const [k, [line]] of (v.capsCode ?? []).slice(0, 1).entries()) add(`s30/capsCodeNot${k}/printedInText`, page(s, [], [line]).replace(s.body[2], `${s.body[2].replace(/[.!?]$/u, '')} (${line}).`), null)
    for (const [k, [line, name]] of (v.initialsSurnameLine ?? []).entries()) {
      add(`s30/initialsSurnameLine${k}/last`, page(s, [], [line]), name)
      add(`s30/initialsSurnameLine${k}/lastOnePara`, [s.headline, s.body.join(' '), line].join('\n\n'), name)
    }
    for (const [k, line] of (v.initialsSurnameLineNot ?? []).entries()) add(`s30/initialsSurnameLineNot${k}/last`, page(s, [], [line]), null)
    for (const [k, [line, name, where]] of (v.boardPoster ?? []).entries()) add(`s30/boardPoster${k}/${where}`, where === 'top' ? page(s, [line]) : page(s, [], [line]), name)
    for (const [k, [line, where]] of (v.boardPosterNot ?? []).entries()) add(`s30/boardPosterNot${k}/${where}`, where === 'top' ? page(s, [line]) : page(s, [], [line]), null)
    for (const [k, [line, name]] of (v.deskSection ?? []).entries()) {
      add(`s30/deskSection${k}/underHeadline`, page(s, [line]), name)
      add(`s30/deskSection${k}/underStandfirst`, [s.headline, s.body[1].replace(/[.!?]$/u, ''), line, s.body[0], s.body[2]].join('\n'), name)
    }
    for (const [k, line] of (v.deskSectionNot ?? []).entries()) add(`s30/deskSectionNot${k}/underHeadline`, page(s, [line]), null)
    for (const [k, [line, name]] of (v.nameSlash ?? []).entries()) add(`s30/nameSlash${k}/underHeadline`, page(s, [line]), name)
    for (const [k, line] of (v.nameSlashNot ?? []).entries()) add(`s30/nameSlashNot${k}/underHeadline`, page(s, [line]), null)
    if (v.datelineKuerzel) add('s30/datelineKuerzel/first', page(s, [], [], `${v.datelineKuerzel[0]}${s.body[0]}`), v.datelineKuerzel[1])
    if (v.datelineKuerzelNot) add('s30/datelineKuerzelNot/first', page(s, [], [], `${v.datelineKuerzelNot}${s.body[0]}`), null)
    if (v.bulletRelative) add('s30/bulletRelative/underHeadline', [s.headline, v.bulletRelative[0], ...v.bulletRelative[1], ...s.body].join('\n'), v.bulletRelative[2])
    if (v.bulletRelativeNot) add('s30/bulletRelativeNot/underHeadline', [s.headline, v.bulletRelativeNot, ...(v.bulletRelative?.[1] ?? []), ...s.body].join('\n'), null)
    if (v.koEditLabel) add('s30/koEditLabel/underHeadline', [s.headline, v.koEditLabel[0], '', ...s.body].join('\n'), v.koEditLabel[1])
    if (v.captionCredit) {
      const [caption, credit, name] = v.captionCredit
      const standfirst = s.body[1].replace(/[.!?]$/u, '')
      add('s30/captionCredit/underCaption', [s.headline, standfirst, caption, credit, ...s.body].join('\n'), null)
      add('s30/captionCredit/underStandfirstStop', [s.headline, `${standfirst}.`, credit, ...s.body].join('\n'), name)
    }
    if (v.placeCaption) {
      const [place, person, name] = v.placeCaption
      const standfirst = s.body[1].replace(/[.!?]$/u, '')
      add('s30/placeCaption/underStandfirst', [s.headline, standfirst, place, ...s.body].join('\n'), null)
      add('s30/placeCaption/personThere', [s.headline, standfirst, person, ...s.body].join('\n'), name)
    }
    if (v.contributor) add('s30/contributor/last', page(s, [], [v.contributor[0]]), v.contributor[1])
    // the same line about a person the text names before (a resident quoted, then described) is no signature
    if (v.contributor) add('s30/contributorNot/namedBefore', page(s, [], [v.contributor[0]]).replace(s.body[1], `${s.body[1].replace(/[.!?]$/u, '')} (${v.contributor[1]}).`), null)
    for (const [k, line] of (v.contributorNot ?? []).entries()) add(`s30/contributorNot${k}/last`, page(s, [], [line]), null)
    for (const [k, [prefix, name]] of (v.dashRunIn ?? []).entries()) add(`s30/dashRunIn${k}/first`, page(s, [], [], `${prefix}${s.body[0]}`), name)
    // under a section label in capitals (which the capitals rule took for a name): the labelled name is the author
    for (const [k, [prefix, name]] of (v.dashRunIn ?? []).slice(0, 1).entries()) add(`s30/dashRunIn${k}/underCapsLabel`, ['PORTADA DE LA EDICIÓN', s.headline, `${prefix}${s.body[0]}`, s.body[1], s.body[2]].join('\n\n'), name)
    if (v.dashRunInNot) add('s30/dashRunInNot/first', page(s, [], [], `${v.dashRunInNot}${s.body[0]}`), null)
    for (const [k, [line, name, where]] of (v.domain ?? []).entries()) add(`s30/domain${k}/${where}`, where === 'runIn' ? page(s, [], [], `${line}${s.body[0]}`) : page(s, [line]), name)
    for (const [k, line] of (v.domainNot ?? []).entries()) add(`s30/domainNot${k}/underHeadline`, page(s, [line]), null)
    // session 31 (bylines10): an agency alone in the author slot (S31 above)
    const w = S31[language]
    add('s31/agency/underHeadline', page(s, [w.agency]), w.agency)
    add('s31/agency/underPlace', [s.headline, w.place, w.agency, ...s.body].join('\n\n'), w.agency)
    add('s31/agency/last', page(s, [], [w.agency]), w.agency)
    add('s31/agency/lastBracketed', page(s, [], [`(${w.agency})`]), w.agency)
    add('s31/agencyNot/photo', page(s, [`${w.photo}${w.agency}`]), null)
    add('s31/agencyNot/photoLast', page(s, [], [`(${w.photo}${w.agency})`]), null)
    add('s31/agencyNot/source', page(s, [], [`${w.source}${w.agency}`]), null)
    add('s31/agencyNot/copyright', page(s, [], [`© ${w.agency}`]), null)
    add('s31/agencyNot/runOn', page(s, []).replace(s.body[2], `${s.body[2]} ${w.agency}`), null)
    add('none/plain', page(s, []), null)
    add('none/dated', page(s, [s.date], [s.copyright]), null)
  }
  return cells
}

// session 31 (bylines10): the lead's decision, an agency or a desk printed alone in the author slot is the byline as
// printed (its own line under the headline or under a place line, or the line closing the text); an agency inside a
// credit, a source line, a copyright or a dateline is not
const S31: Record<GridCell['language'], { agency: string; place: string; photo: string; source: string }> = {
  ko: { agency: '연합뉴스', place: '해솔', photo: '사진=', source: '출처: ' },
  es: { agency: 'Europa Press', place: 'Valdeluna', photo: 'Foto: ', source: 'Fuente: ' },
  ru: { agency: 'ТАСС', place: 'Сосновск', photo: 'Фото: ', source: 'Источник: ' },
  de: { agency: 'dpa', place: 'Lindental', photo: 'Foto: ', source: 'Quelle: ' },
  fr: { agency: 'AFP', place: 'Valbonne', photo: 'Photo : ', source: 'Source : ' },
  en: { agency: 'The Associated Press', place: 'Boston', photo: 'Photo: ', source: 'Source: ' },
}

/** A found author is right when it matches the name and carries none of the line's decorations: no date word or town either (session 26). */
export function cleanAuthor(author: string): boolean {
  // (a reporter's code in capitals may hold digits: "FL31", session 30)
  if (/^\p{Lu}{1,4}\d{1,3}$/u.test(author)) return true
  return (
    !/[@•|=\d]|기자|특파원|^(?:By|Por|Von|Par|Автор)\b|일보|Diario|Anzeiger|Courrier|Ledger|вести/u.test(author) &&
    !/(?<![\p{L}])(?:March|Mar|marzo|MAR|mars|März|марта|Valdeluna|Valbonne|Lindental|Сосновск|Maple Creek)(?![\p{L}])|해솔/u.test(author)
  )
}
