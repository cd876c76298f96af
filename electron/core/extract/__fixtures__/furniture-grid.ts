// A probe grid of invented pages for page furniture: per language, one invented headline and three invented body
// paragraphs of claims, crossed with the furniture classes a pasted page carries (a standfirst, a photo caption ending in
// a credit, a share bar, a newsletter prompt, a donation appeal, a comment prompt, a related link, a tag line, a copyright
// line, an "Updated …" stamp, an author bio, a correction notice, "Translated by / Edited by", a headline run together
// with its dateline, a breadcrumb; session 27: a standfirst closed by a promise of the story, a reporter's hand-off, an
// embedded social post, a promo line sending the reader elsewhere, a lone bulleted summary point; session 28: a notice
// of the page to its reader, a read-more prompt, a breadcrumb with slashes, a headline with its kicker) and the positions it is
// printed in (first line of the page, between the headline and
// the body, between two body paragraphs, after the last one). Every name, outlet and sentence here is invented.
// furniture-grid.test.ts runs every cell: the furniture must not come out as a claim, and every body sentence must stay a
// claim (the must-not-change half of each cell).

export type GridLanguage = 'en' | 'de' | 'es' | 'fr' | 'ko' | 'ru'
export type FurnitureClass =
  | 'standfirst'
  | 'caption'
  | 'share'
  | 'newsletter'
  | 'donation'
  | 'comment'
  | 'related'
  | 'tags'
  | 'copyright'
  | 'updated'
  | 'bio'
  | 'correction'
  | 'translated'
  | 'headlineDateline'
  | 'breadcrumb'
  // session 27 (furniture5): classes sorted from the misses of the fresh sets' dev parts
  /** A standfirst closed by a sentence that promises the story ("The council explains why …"). */
  | 'teaser'
  /** A reporter's hand-off ("Jane Kell reports.", "Яна Келер расскажет подробнее."). */
  | 'handoff'
  /** An embedded social post: its text ending in a picture link, then its signature line. */
  | 'embed'
  /** A promo line that sends the reader elsewhere ("For the latest news …, head to …"). */
  | 'promo'
  /** A lone bulleted summary point ("• Residents asked for …"), not an item of a list. */
  | 'bullet'
  // session 28 (furniture6): classes sorted from the spent s27 check misses and the s28 dev misses
  /** The page speaking to its reader about itself: a paywall, login, consent or availability notice. */
  | 'notice'
  /** A read-more prompt with the next headline after it ("Continue reading: …", "Continúa leyendo …"). */
  | 'readmore'
  /** A breadcrumb trail with slashes ("Home / News / …", "Votre mairie / Actualités / …"). */
  | 'crumbSlash'
  /** A headline with its kicker and a closing stop ("BELLERIVE : Les bibliothèques resteront ouvertes …."). */
  | 'kickerHeadline'
  // session 29 (furniture7): the page about its own making (classes of page chrome across the six languages)
  /** A blog engine's entry footer ("This entry was posted in … Bookmark the permalink."). */
  | 'entryFooter'
  /** Which language versions the page has ("This article is not available in Spanish."). */
  | 'langVersion'
  /** A prose credit for the picture on the front page ("Фото на главной – …", "Photo on the front page – …"). */
  | 'frontPhoto'
  /** A pointer to the outlet's own other story or to a link ("Его можно посмотреть по ссылке."). */
  | 'linkPointer'
  /** A pointer to the page's own layout ("Please see below for the latest details …"). */
  | 'seeBelow'
  /** An editor's note tagged in brackets at its end ("… [편집자 주]", "(Anm. d. Red.)"). */
  | 'editorNote'
  // session 30 (furniture8): live pages and updated stories
  /** A live page or an updated story speaking of its own coverage ("We will update this story as …", "Материал дополняется."). */
  | 'liveNote'
  /** An entry's time-of-day header on a line of its own ("UPDATE, 4:15 p.m.", "Обновлено в 16:15"). */
  | 'timeHeaderLine'
/** beforeByline: between the headline and a date line ("Updated …"), the story below it. */
export type Position = 'top' | 'afterHeadline' | 'beforeByline' | 'mid' | 'end'

export interface FurnitureGridCell {
  id: string
  language: GridLanguage
  cls: FurnitureClass | 'none'
  /** ledeBeforeByline: the control page whose lede sits between the headline and a date line (it must stay a claim). */
  position: Position | 'none' | 'ledeBeforeByline'
  text: string
  /** The furniture as printed (found in text); '' for the control page. */
  furniture: string
  /** Body sentences that must stay claims. */
  claims: string[]
}

interface Skeleton {
  headline: string
  /** Three body paragraphs, each a list of claim sentences. */
  body: [string[], string[], string[]]
  /** The dateline a wire or local paper runs into the lead, with its trailing separator. */
  dateline: string
  furniture: Record<Exclude<FurnitureClass, 'headlineDateline' | 'bullet'>, string>
}

const SKELETONS: Record<GridLanguage, Skeleton> = {
  en: {
    headline: 'Harbourview to keep its libraries open late',
    body: [
      ['The city of Harbourview will keep its three public libraries open until 10 p.m. from April, the council said on Monday.'],
      [
        'In a survey last year, 62 percent of residents asked for evening opening hours.',
        'The longer hours will cost about $400,000 a year, according to the city budget office.',
      ],
      ['Two new staff members will be hired for the evening shifts, library director Ann Moss said.'],
    ],
    dateline: 'HARBOURVIEW (AP) — ',
    furniture: {
      standfirst: 'Residents asked for evening opening hours in a survey, and the council will pay for the longer hours at the three libraries.',
      caption: 'Readers at the Harbourview central library on Monday. Photo: Jane Kell/Harbour Times',
      share: 'Share on Facebook Share on X Email',
      newsletter: "Sign up for our morning newsletter and get the day's top stories in your inbox.",
      donation: 'Our reporting costs us $8,000 a month. Support independent local journalism today.',
      comment: 'Be the first to comment',
      related: 'Read more: Harbourview council approves new bus lanes',
      tags: 'Tags: libraries, Harbourview, city council',
      copyright: '© 2024 Harbour Times. All rights reserved.',
      updated: 'Updated March 3, 2024, 4:15 p.m.',
      bio: 'Jane Kell covers city hall for the Harbour Times and has reported on local government since 2015.',
      correction: 'Correction: An earlier version of this story misstated the library budget.',
      translated: 'Translated by Mark Olsen. Edited by Ruth Adams.',
      breadcrumb: 'Home > News > Local',
      teaser: 'The council explains why the evening hours will cost more than planned.',
      handoff: 'Jane Kell reports.',
      embed: 'Our libraries will stay open later from April. pic.twitter.com/Hb7Lq2Xw\n— Harbourview City (@HarbourviewCity) March 3, 2024',
      promo: 'For the latest news from Harbourview, head to our homepage.',
      notice: 'Your browser settings prevent us from showing our subscription offer here.',
      readmore: 'Continue reading: Harbourview council approves new bus lanes',
      crumbSlash: 'Home / News / Harbourview to keep its libraries open late',
      kickerHeadline: 'Harbourview: libraries will stay open until 10 p.m. from April!',
      entryFooter: 'This entry was posted in City Hall and tagged libraries. Bookmark the permalink.',
      langVersion: 'This article is not available in Spanish. You can read its English version.',
      frontPhoto: 'Photo on the front page – Harbour Times archive.',
      linkPointer: 'We wrote about the opening hours in a separate article. You can read the full schedule at this link.',
      seeBelow: 'Please see below for the latest details on the new opening hours.',
      editorNote: 'This story is part of our series on the city’s public services. (Editor’s note)',
      liveNote: 'We will update this story as more information becomes available.',
      timeHeaderLine: 'UPDATE, 4:15 p.m.',
    },
  },
  de: {
    headline: 'Lindenau verlängert die Öffnungszeiten seiner Bibliotheken',
    body: [
      ['Die Stadt Lindenau hält ihre drei Stadtbibliotheken ab April bis 22 Uhr geöffnet, wie der Gemeinderat am Montag mitteilte.'],
      [
        'Bei einer Umfrage im vergangenen Jahr hatten sich 62 Prozent der Einwohner längere Öffnungszeiten gewünscht.',
        'Die zusätzlichen Stunden kosten nach Angaben der Kämmerei rund 400.000 Euro im Jahr.',
      ],
      ['Für die Abendschichten werden zwei neue Mitarbeiter eingestellt, sagte Bibliotheksleiterin Anna Moser.'],
    ],
    dateline: 'Lindenau (dpa) – ',
    furniture: {
      standfirst: 'Die Einwohner hatten sich in einer Umfrage längere Öffnungszeiten gewünscht, nun zahlt die Stadt für die Abendstunden der drei Bibliotheken.',
      caption: 'Leser in der Stadtbibliothek Lindenau am Montag. Foto: Jana Keller/Lindenauer Anzeiger',
      share: 'Teilen auf Facebook Teilen auf X Per E-Mail teilen',
      newsletter: 'Melden Sie sich für unseren Newsletter an und erhalten Sie jeden Morgen die wichtigsten Nachrichten.',
      donation: 'Unabhängiger Lokaljournalismus kostet Geld. Unterstützen Sie uns schon ab 5 Euro im Monat.',
      comment: 'Schreiben Sie den ersten Kommentar',
      related: 'Lesen Sie auch: Gemeinderat beschließt neue Busspuren',
      tags: 'Schlagwörter: Bibliothek, Lindenau, Gemeinderat',
      copyright: '© Lindenauer Anzeiger 2024. Alle Rechte vorbehalten.',
      updated: 'Aktualisiert am 03.03.2024, 16:15 Uhr',
      bio: 'Jana Keller ist Redakteurin im Lokalressort und berichtet seit 2015 über die Stadtpolitik.',
      correction: 'Korrektur: In einer früheren Fassung dieses Artikels war das Budget der Bibliotheken falsch angegeben.',
      translated: 'Übersetzt von Mark Olsen. Redigiert von Ruth Adams.',
      breadcrumb: 'Startseite › Lokales › Lindenau',
      teaser: 'Die Stadt erklärt, warum die Abendstunden teurer werden als geplant.',
      handoff: 'Reporterin Jana Keller berichtet.',
      embed: 'Unsere Bibliotheken bleiben ab April länger geöffnet. pic.twitter.com/Hb7Lq2Xw\n— Stadt Lindenau (@StadtLindenau) 3. März 2024',
      promo: 'Weitere Nachrichten aus Lindenau finden Sie auf unserer Startseite.',
      notice: 'Wenn Sie weiterlesen möchten, testen Sie jetzt unser Abo-Angebot.',
      readmore: 'Weiterlesen: Gemeinderat beschließt neue Busspuren',
      crumbSlash: 'Startseite / Lokales / Lindenau verlängert die Öffnungszeiten',
      kickerHeadline: 'Lindenau: Stadtbibliotheken bleiben ab April bis 22 Uhr geöffnet.',
      entryFooter: 'Dieser Beitrag wurde unter Rathaus veröffentlicht. Setze ein Lesezeichen auf den Permalink.',
      langVersion: 'Dieser Artikel ist nicht auf Englisch verfügbar. Sie können ihn auf Deutsch lesen.',
      frontPhoto: 'Foto auf der Startseite: Archiv Lindenauer Bote',
      linkPointer: 'Darüber haben wir in einem eigenen Artikel berichtet. Sie können den Plan unter diesem Link abrufen.',
      seeBelow: 'Bitte siehe unten für die neuen Öffnungszeiten im Einzelnen.',
      editorNote: 'Dieser Text gehört zu unserer Serie über die Dienste der Stadt. (Anm. d. Red.)',
      liveNote: 'Wir halten Sie an dieser Stelle auf dem Laufenden.',
      timeHeaderLine: 'Update 16.15 Uhr',
    },
  },
  es: {
    headline: 'Villaclara ampliará el horario de sus bibliotecas',
    body: [
      ['El Ayuntamiento de Villaclara mantendrá abiertas sus tres bibliotecas públicas hasta las 22.00 horas a partir de abril, informó el consistorio el lunes.'],
      [
        'En una encuesta realizada el año pasado, el 62 por ciento de los vecinos pidió horarios de tarde.',
        'El horario ampliado costará unos 400.000 euros al año, según la concejalía de Hacienda.',
      ],
      ['Se contratará a dos nuevos empleados para los turnos de noche, explicó la directora de la red de bibliotecas, Ana Mora.'],
    ],
    dateline: 'VILLACLARA.– ',
    furniture: {
      standfirst: 'Los vecinos pidieron horarios de tarde en una encuesta y el consistorio pagará el horario ampliado de las tres bibliotecas.',
      caption: 'Lectores en la biblioteca central de Villaclara, el lunes. Foto: Juana Quel / Diario de Villaclara',
      share: 'Compartir en Facebook Compartir en X Enviar por correo',
      newsletter: 'Suscríbete a nuestro boletín y recibe cada mañana las noticias más importantes.',
      donation: 'El periodismo local independiente cuesta dinero. Apóyanos desde 5 euros al mes.',
      comment: 'Sé el primero en comentar',
      related: 'Leer más: El pleno aprueba nuevos carriles bus',
      tags: 'Etiquetas: bibliotecas, Villaclara, ayuntamiento',
      copyright: '© 2024 Diario de Villaclara. Todos los derechos reservados.',
      updated: 'Actualizado el 03/03/2024 a las 16:15',
      bio: 'Juana Quel es periodista de la sección local y cubre la política municipal desde 2015.',
      correction: 'Fe de erratas: una versión anterior de esta noticia indicaba mal el presupuesto de las bibliotecas.',
      translated: 'Traducido por Marcos Olsen. Editado por Rut Adams.',
      breadcrumb: 'Inicio > Noticias > Local',
      teaser: 'El consistorio explica por qué el horario de tarde costará más de lo previsto.',
      handoff: 'Informa Juana Quel.',
      embed: 'Nuestras bibliotecas abrirán más horas desde abril. pic.twitter.com/Hb7Lq2Xw\n— Ayuntamiento de Villaclara (@AytoVillaclara) 3 de marzo de 2024',
      promo: 'Para más noticias de Villaclara, visita nuestra portada.',
      notice: 'Para seguir leyendo este artículo, inicie sesión con su cuenta de suscriptor.',
      readmore: 'Continúa leyendo El pleno aprueba nuevos carriles bus',
      crumbSlash: 'Inicio / Noticias / Villaclara ampliará el horario de sus bibliotecas',
      kickerHeadline: 'Villaclara: las bibliotecas abrirán hasta las 22.00 horas desde abril.',
      entryFooter: 'Esta entrada fue publicada en Ayuntamiento y etiquetada bibliotecas. Guarda el enlace permanente.',
      langVersion: 'Este artículo no está disponible en inglés. Puedes leer su versión en español.',
      frontPhoto: 'Foto de portada: archivo de La Voz de Villaclara',
      linkPointer: 'De esto ya informamos en otra nota. Puedes consultar el horario completo en este enlace.',
      seeBelow: 'Vea abajo los nuevos horarios de cada biblioteca.',
      editorNote: 'Este texto forma parte de nuestra serie sobre los servicios municipales. (N. de la R.)',
      liveNote: 'Esta nota se irá actualizando.',
      timeHeaderLine: 'Actualización 16:15 h',
    },
  },
  fr: {
    headline: 'Bellerive va prolonger les horaires de ses bibliothèques',
    body: [
      ["La ville de Bellerive gardera ses trois bibliothèques municipales ouvertes jusqu'à 22 heures à partir d'avril, a annoncé la mairie lundi."],
      [
        "Lors d'une enquête menée l'an dernier, 62 % des habitants avaient demandé des horaires en soirée.",
        "L'ouverture prolongée coûtera environ 400 000 euros par an, selon le service des finances.",
      ],
      ['Deux agents seront recrutés pour les créneaux du soir, a précisé la directrice du réseau, Anne Morel.'],
    ],
    dateline: 'BELLERIVE (AFP) – ',
    furniture: {
      standfirst: "Les habitants avaient demandé des horaires en soirée lors d'une enquête, et la mairie financera l'ouverture prolongée des trois bibliothèques.",
      caption: 'Des lecteurs à la bibliothèque centrale de Bellerive, lundi. Photo Jeanne Kell / Le Courrier de Bellerive',
      share: 'Partager sur Facebook Partager sur X Envoyer par e-mail',
      newsletter: "Inscrivez-vous à notre newsletter pour recevoir chaque matin l'essentiel de l'actualité.",
      donation: 'Le journalisme local indépendant a un coût. Soutenez-nous à partir de 5 euros par mois.',
      comment: 'Soyez le premier à commenter',
      related: 'Lire aussi : Le conseil municipal adopte de nouvelles voies de bus',
      tags: 'Mots-clés : bibliothèques, Bellerive, mairie',
      copyright: '© Le Courrier de Bellerive 2024. Tous droits réservés.',
      updated: 'Mis à jour le 03/03/2024 à 16h15',
      bio: 'Jeanne Kell est journaliste au service local et suit la politique municipale depuis 2015.',
      correction: 'Rectificatif : une version précédente de cet article indiquait un budget erroné pour les bibliothèques.',
      translated: 'Traduit par Marc Olsen. Édité par Ruth Adam.',
      breadcrumb: 'Accueil > Actualités > Local',
      teaser: 'La mairie explique pourquoi les soirées coûteront plus cher que prévu.',
      handoff: 'Le reportage de Jeanne Kell.',
      embed: 'Nos bibliothèques ouvriront plus tard dès avril. pic.twitter.com/Hb7Lq2Xw\n— Ville de Bellerive (@VilleBellerive) 3 mars 2024',
      promo: 'Pour ne rien manquer de l’actualité de Bellerive, suivez-nous sur notre site.',
      notice: 'Pour lire la suite de cet article, connectez-vous à votre compte abonné.',
      readmore: 'Lire la suite : le conseil municipal adopte de nouvelles voies de bus',
      crumbSlash: 'Votre mairie / Actualités / Bellerive prolonge les horaires de ses bibliothèques',
      kickerHeadline: 'BELLERIVE : Les bibliothèques resteront ouvertes jusqu’à 22 heures.',
      entryFooter: 'Ce billet a été publié dans Mairie et marqué bibliothèques. Vous pouvez le mettre en favoris avec ce permalien.',
      langVersion: 'Cet article n’est pas disponible en anglais. Vous pouvez lire sa version française.',
      frontPhoto: 'Photo en une : archives du Courrier de Bellerive',
      linkPointer: 'Nous en avions parlé dans un précédent article. Vous pouvez consulter le planning sur ce lien.',
      seeBelow: 'Voir ci-dessous les nouveaux horaires de chaque bibliothèque.',
      editorNote: 'Ce texte fait partie de notre série sur les services de la ville. (NDLR)',
      liveNote: 'Cet article sera mis à jour.',
      timeHeaderLine: 'Mise à jour, 16 h 15 :',
    },
  },
  ko: {
    headline: '해솔시, 시립도서관 개관 시간 밤 10시까지 연장',
    body: [
      ['해솔시는 다음 달부터 시립도서관 세 곳의 개관 시간을 오후 10시까지 늘린다고 12일 밝혔다.'],
      ['시는 지난해 주민 설문에서 응답자의 62%가 야간 개관을 원했다고 설명했다.', '연장 운영에 드는 예산은 연간 4억 원 규모로 추산됐다.'],
      ['시는 야간 근무를 위해 직원 2명을 새로 채용할 예정이라고 도서관장 김모란 씨가 말했다.'],
    ],
    dateline: '(해솔=한빛일보) ',
    furniture: {
      standfirst: '주민 설문서 야간 개관 요구 62%…시립도서관 세 곳 연장 운영에 연간 4억 원',
      caption: '12일 해솔시 시립중앙도서관에서 시민들이 책을 읽고 있다. [사진=해솔시 제공]',
      share: '페이스북 트위터 카카오톡 URL복사',
      newsletter: '한빛일보 뉴스레터를 구독하고 매일 아침 주요 뉴스를 받아보세요.',
      donation: '독립 언론 한빛일보를 후원해 주세요. 여러분의 후원이 좋은 기사를 만듭니다.',
      comment: '첫 댓글을 작성해보세요',
      related: '관련기사 해솔시의회, 버스전용차로 신설안 통과',
      tags: '#해솔시 #도서관 #야간개관',
      copyright: '<저작권자 ⓒ 한빛일보, 무단전재 및 재배포 금지>',
      updated: '입력 2024.03.03 16:15 수정 2024.03.03 17:20',
      bio: '박서진 기자는 해솔시청을 출입하며 2015년부터 지역 행정을 취재하고 있다.',
      correction: '바로잡습니다: 이 기사의 이전 판에는 도서관 예산이 잘못 기재됐습니다.',
      translated: '번역 박민수, 편집 이하나',
      breadcrumb: '홈 > 뉴스 > 지역',
      teaser: '해솔시가 도서관 운영 시간을 늘린 이유를 알아봤습니다.',
      handoff: '박서진 기자가 취재했습니다.',
      embed: '해솔시 도서관이 4월부터 밤 10시까지 문을 엽니다. pic.twitter.com/Hb7Lq2Xw\n— 해솔시 (@HaesolCity) 2024년 3월 3일',
      promo: '더 많은 뉴스는 해솔일보 홈페이지에서 확인하세요.',
      notice: '이 기사는 유료 회원만 읽을 수 있습니다. 로그인 후 이용하세요.',
      readmore: '기사 계속 보기: 해솔시의회, 버스전용차로 신설안 통과',
      crumbSlash: '홈 / 뉴스 / 지역',
      kickerHeadline: '해솔시: 시립도서관, 다음 달부터 밤 10시까지 문 연다.',
      entryFooter: '이 글은 시정 소식에 게시되었습니다.',
      langVersion: '이 기사는 영어로 제공되지 않습니다.',
      frontPhoto: '메인 사진=해솔일보 자료사진',
      linkPointer: '도서관별 운영 시간은 시청 홈페이지 링크에서 확인할 수 있다.',
      seeBelow: '자세한 내용은 아래를 참고하시기 바랍니다.',
      editorNote: '해솔일보는 시민 생활과 맞닿은 공공서비스의 변화를 연속 기획으로 살펴본다.[편집자 주]',
      liveNote: '이 기사는 계속 업데이트됩니다.',
      timeHeaderLine: '오후 4시 15분 업데이트',
    },
  },
  ru: {
    headline: 'В Светлогорске библиотеки будут работать до 22 часов',
    body: [
      ['Три городские библиотеки Светлогорска с апреля будут открыты до 22 часов, сообщили в администрации города в понедельник.'],
      [
        'В прошлом году 62% жителей в ходе опроса высказались за вечерние часы работы.',
        'Продление работы обойдется бюджету примерно в 4 млн рублей в год, говорится в сообщении финансового управления.',
      ],
      ['Для вечерних смен наймут двух новых сотрудников, рассказала директор библиотечной сети Анна Морозова.'],
    ],
    dateline: 'СВЕТЛОГОРСК, 3 марта. /ТАСС/. ',
    furniture: {
      standfirst: 'Жители высказались в ходе опроса за вечерние часы работы, и город оплатит продление работы трех библиотек.',
      caption: 'Читатели в центральной библиотеке Светлогорска в понедельник. Фото: Яна Келер / «Светлогорская правда»',
      share: 'Поделиться ВКонтакте Одноклассники Telegram',
      newsletter: 'Подпишитесь на нашу рассылку, чтобы каждое утро получать главные новости.',
      donation: 'Независимая местная журналистика стоит денег. Поддержите нас от 300 рублей в месяц.',
      comment: 'Оставьте первый комментарий',
      related: 'Читайте также: Горсовет одобрил новые выделенные полосы',
      tags: 'Теги: библиотеки, Светлогорск, администрация',
      copyright: '© «Светлогорская правда», 2024. Все права защищены.',
      updated: 'Обновлено 03.03.2024 16:15',
      bio: 'Яна Келер — корреспондент отдела городской жизни, пишет о местной власти с 2015 года.',
      correction: 'Исправление: в предыдущей версии этой статьи был неверно указан бюджет библиотек.',
      translated: 'Перевод Марка Ольсена. Редактор Рут Адамс.',
      breadcrumb: 'Главная > Новости > Город',
      teaser: 'Рассказываем, почему вечерние часы обойдутся дороже, чем планировалось.',
      handoff: 'Яна Келер расскажет подробнее.',
      embed: 'Библиотеки города с апреля будут работать дольше. pic.twitter.com/Hb7Lq2Xw\n— Администрация Светлогорска (@svetlogorsk_adm) 3 марта 2024 г.',
      promo: 'Больше новостей Светлогорска читайте в нашем телеграм-канале.',
      notice: 'Чтобы продолжить чтение, войдите в ваш аккаунт или оформите подписку.',
      readmore: 'Читать далее: Горсовет одобрил новые выделенные полосы',
      crumbSlash: 'Главная / Новости / В Светлогорске библиотеки будут работать до 22 часов',
      kickerHeadline: 'Светлогорск: библиотеки будут работать до 22 часов.',
      entryFooter: 'Запись опубликована в рубрике Город. Добавьте в закладки постоянную ссылку.',
      langVersion: 'Эта статья недоступна на английском языке.',
      frontPhoto: 'Фото на главной – архив «Светлогорского вестника».',
      linkPointer: 'Подробный график мы публиковали ранее, об этом мы писали в отдельном материале. Его можно посмотреть по ссылке.',
      seeBelow: 'Подробности ниже.',
      editorNote: 'Этот текст входит в нашу серию о городских службах. (прим. ред.)',
      liveNote: 'Материал дополняется.',
      timeHeaderLine: 'Обновлено в 16:15',
    },
  },
}

/** The positions each class is printed in on real pages. */
export const POSITIONS: Record<FurnitureClass, Position[]> = {
  standfirst: ['top', 'afterHeadline', 'beforeByline'],
  caption: ['top', 'afterHeadline', 'mid', 'end'],
  share: ['top', 'afterHeadline', 'mid', 'end'],
  newsletter: ['afterHeadline', 'mid', 'end'],
  donation: ['afterHeadline', 'mid', 'end'],
  // a comment prompt closes the story (comments.ts takes what follows one as readers' comments)
  comment: ['afterHeadline', 'end'],
  related: ['afterHeadline', 'mid', 'end'],
  tags: ['top', 'afterHeadline', 'end'],
  copyright: ['top', 'end'],
  updated: ['top', 'afterHeadline', 'end'],
  bio: ['afterHeadline', 'end'],
  correction: ['top', 'afterHeadline', 'end'],
  translated: ['afterHeadline', 'end'],
  headlineDateline: ['top'],
  breadcrumb: ['top', 'afterHeadline'],
  teaser: ['top', 'afterHeadline'],
  handoff: ['afterHeadline', 'end'],
  embed: ['mid', 'end'],
  promo: ['mid', 'end'],
  bullet: ['afterHeadline', 'mid'],
  notice: ['mid', 'end'],
  readmore: ['mid', 'end'], // run on after the paragraph's last sentence
  crumbSlash: ['top', 'afterHeadline'],
  // the page's headline itself, above the body (top) or above a date line (beforeByline: headline, date line, body)
  kickerHeadline: ['top', 'beforeByline'],
  entryFooter: ['end'],
  langVersion: ['top', 'afterHeadline', 'end'],
  frontPhoto: ['mid', 'end'],
  linkPointer: ['mid', 'end'],
  seeBelow: ['afterHeadline'],
  editorNote: ['afterHeadline', 'end'],
  liveNote: ['afterHeadline', 'mid', 'end'],
  timeHeaderLine: ['afterHeadline', 'mid'],
}

export const LANGUAGES: GridLanguage[] = ['en', 'de', 'es', 'fr', 'ko', 'ru']

function page(sk: Skeleton, cls: FurnitureClass | 'none', position: Position | 'none' | 'ledeBeforeByline'): { text: string; furniture: string } {
  const paras = sk.body.map((p) => p.join(' '))
  if (position === 'ledeBeforeByline') {
    // the lede between the headline and the date line, the second paragraph printed as two: four body paragraphs
    return { text: `${[sk.headline, paras[0], sk.furniture.updated, sk.body[1][0], sk.body[1][1], paras[2]].join('\n\n')}\n`, furniture: '' }
  }
  if (cls === 'headlineDateline') {
    const furniture = `${sk.headline} ${sk.dateline}`
    return { text: `${furniture}${paras[0]}\n\n${paras[1]}\n\n${paras[2]}\n`, furniture: furniture.trimEnd() }
  }
  if (cls === 'none') return { text: `${sk.headline}\n\n${paras.join('\n\n')}\n`, furniture: '' }
  const f = cls === 'teaser' ? `${sk.furniture.standfirst} ${sk.furniture.teaser}` : cls === 'bullet' ? `• ${sk.furniture.standfirst}` : sk.furniture[cls]
  // the headline with its kicker is the page's headline: nothing above it
  if (cls === 'kickerHeadline') {
    const f = sk.furniture.kickerHeadline
    const top = position === 'beforeByline' ? [f, sk.furniture.updated] : [f]
    return { text: `${[...top, ...paras].join('\n\n')}\n`, furniture: f }
  }
  // a read-more prompt run on after a paragraph's last sentence, as a pasted teaser list prints it
  if (cls === 'readmore' && (position === 'mid' || position === 'end')) {
    const at = position === 'mid' ? 1 : 2
    const runOn = paras.map((p, i) => (i === at ? `${p} ${f}` : p))
    return { text: `${[sk.headline, ...runOn].join('\n\n')}\n`, furniture: f }
  }
  const blocks =
    position === 'top'
      ? [f, sk.headline, ...paras]
      : position === 'afterHeadline'
        ? [sk.headline, f, ...paras]
        : position === 'beforeByline'
          ? [sk.headline, f, sk.furniture.updated, ...paras]
        : position === 'mid'
          ? [sk.headline, paras[0], paras[1], f, paras[2]]
          : [sk.headline, ...paras, f]
  return { text: `${blocks.join('\n\n')}\n`, furniture: f }
}

export function furnitureGrid(): FurnitureGridCell[] {
  const cells: FurnitureGridCell[] = []
  for (const language of LANGUAGES) {
    const sk = SKELETONS[language]
    const claims = sk.body.flat()
    cells.push({ id: `${language}/none/none`, language, cls: 'none', position: 'none', ...page(sk, 'none', 'none'), claims })
    cells.push({ id: `${language}/none/ledeBeforeByline`, language, cls: 'none', position: 'ledeBeforeByline', ...page(sk, 'none', 'ledeBeforeByline'), claims })
    for (const cls of Object.keys(POSITIONS) as FurnitureClass[]) {
      for (const position of POSITIONS[cls]) cells.push({ id: `${language}/${cls}/${position}`, language, cls, position, ...page(sk, cls, position), claims })
    }
  }
  return cells
}
