// A language pack: everything the extractor knows about one language, as data.
// Adding a language means adding one pack (and its labelled articles); the engine in
// core/extract reads packs and holds no language's words of its own.
import type { SourcingType } from '../vocabulary'

/** A figure's bound, as DOMAIN.md's "figure" names it. */
export type FigureBound = 'exact' | 'at-least' | 'at-most' | 'about' | 'more-than' | 'less-than'

export interface NumberWords {
  /** Words with a value that add up: "one" 1, "twelve" 12, "twenty" 20, "двести" 200, "열두"… */
  values: Record<string, number>
  /** Multipliers below a thousand: "hundred", "cent", "hundert", "백", "십". */
  smallScales: Record<string, number>
  /** Multipliers that close a group: "thousand", "million", "mil", "만", "억". */
  largeScales: Record<string, number>
  /** Approximate amounts: "dozens" 24 (about), "une dizaine" 10 (about). */
  approximate?: Record<string, number>
  /** Words between number words that carry no value: "and", "y", "et", "und". */
  joiners?: string[]
  /** Words that multiply the value before them instead of adding ("quatre-vingts"). */
  multiplying?: Record<string, number>
  /** German-style compounds ("dreiundzwanzig") and Korean ("삼십오") are written as one word. */
  compound?: boolean
  /** Counter words that may follow a number glued to it ("열두명", "3만명"): Korean. */
  counters?: string[]
  /** Decimal mark in digits: "." ("1,200.5") or "," ("1.200,5"). */
  decimal: '.' | ','
  /** Phrases before a figure that bound it: "at least" → at-least, "al menos" → at-least. */
  bounds: Record<string, FigureBound>
}

/** A cue that introduces who says so. `sourcing` forces the type when the cue itself decides it. */
export interface AttributionCues {
  /** The speaker follows the cue: "according to X", "laut X", "según X", "selon X", "по данным X". */
  before: RegExp
  /** The speaker precedes the cue: "X zufolge", "X에 따르면". */
  after?: RegExp
  /** The cue of `after` alone, tested first because `after` has to look back from every position. */
  afterCue?: RegExp
  /** Reporting verbs: "said", "sagte", "dijo", "a déclaré", "сообщил", "밝혔다". */
  verbs: RegExp
  /** Verbs that only attribute when the subject is a document, an image or the outlet ("found", "shows"). */
  evidenceVerbs?: RegExp
  /** The speaker phrase after a before-cue, where the language marks it (German capitalises nouns). */
  nounPhrase?: RegExp
  /** Leading words stripped from a speaker span ("wie die Polizei mitteilte" → "die Polizei"). */
  speakerLead?: RegExp
  /** An image or video as the subject of a showing verb: "un video mostró", "das Video zeigt". */
  mediaShows?: RegExp
  /**
   * Verb forms that mark reported speech (German Konjunktiv I: "sei", "habe"): a sentence in them
   * continues the source named before it, a sentence without them does not inherit a closing ", so X".
   */
  reportedSpeech?: RegExp
  /** An article (and a number) before a verb form makes it an adjective: "die drei bestätigten Todesfälle". */
  attributive?: RegExp
  /** Verbs of an office's own work ("경찰은 … 조사하고 있다", "Die Polizei schätzt den Schaden"): they attribute only when the subject is an office. */
  officeVerbs?: RegExp
  /** "nach eigenen Angaben": the office the sentence names is its own source. */
  ownAccount?: RegExp
  /** A report with no speaker named ("wie es hieß", "как отмечается"): the sentence is anonymous. */
  speakerless?: RegExp
  /**
   * (session 31, speakers10) Adverbs whose meaning is "according to what was just said" ("demnach"): the cue itself points back to
   * the source named before, as "de même source" does, and is read as a pronoun so the last speaker goes on.
   */
  pointsBack?: RegExp
  /** Role nouns that point back to a speaker named before, like a pronoun ("докладчика", "l'élu", "der Redner"). */
  roleNouns?: RegExp
  /**
   * (session 30, ruko3) Nouns for a private person by role ("очевидец", "пенсионер", "соседка"), bare (no name, no "another"):
   * as a speaker they point back to the person named before, when the last speaker in play is a named person ("Очевидец Адам
   * Диаб рассказал … — добавил очевидец"); otherwise they are the unnamed person they say.
   */
  personRoleNouns?: RegExp
  /**
   * (session 32, speakers11) Cues that name the source just cited ("de même source", "according to the same source", "Darin heißt
   * es", "В нем говорится"): read as a pronoun, so the last speaker goes on, before any other cue of the sentence. Unlike
   * `pointsBack` (an adverb read as the speakerless frames, only when the sentence has no cue of its own). Every pack's
   * alternatives are tried on every sentence (bare alternatives: the engine adds the letter boundaries).
   */
  sameSource?: RegExp
  /** (session 32) Capitalised linking words and adverbs that open a clause ("Según", "Zudem", "Ensuite"): never a one-word speaker. */
  linkingWords?: RegExp
  /** (session 32) Time adverbs right after an inverted verb ("a indiqué samedi que", "dijo ayer"): no subject (bare alternatives). */
  timeAfterVerb?: RegExp
  /** (session 32) A recipient or channel between an inverted verb and its subject ("à l’AFP", "sur franceinfo"): anchored at the start. */
  recipientFirst?: RegExp
  /** (session 32) Words closing a speaker span that are no part of it (a separable prefix, a participle, an adverb; bare alternatives). */
  spanTrailingWords?: RegExp
  /** (session 32) A single adverb in the German Vorfeld ("Insgesamt sagt die Polizei"): the subject follows the verb (anchored, whole word). */
  frontedAdverbs?: RegExp
  /**
   * An impersonal plural verb whose source is the office named with a preposition ("В МЧС заявили",
   * "сообщили в пресс-службе МВД"): `verb` tests the verb, `place` the phrase before or after it; (session 33) `addressee`, the
   * words told that may stand between the verb and the place ("сообщили OBLVESTI.RU в пресс-службе МЧС").
   */
  impersonal?: { verb: RegExp; place: RegExp; addressee?: RegExp }
  /** A reporting verb that is an action here, tested on the text from the verb on ("reported a fire", "denunció el robo"). */
  actionFrames?: RegExp
  /**
   * Speech acts of a party to the event, tested on the text from the verb on: confessing or denying the charge, demanding,
   * calling or alerting the police ("gestand", "negaron", "a avoué", "признался", "신고했다"). What such a speaker says is
   * the event, not a source for it (README, "Words that are the event"), unless the speaker is an office.
   */
  partyVerbs?: RegExp
  /**
   * Unnamed parties to the event (a suspect, a driver, the man): the antecedent a pronoun takes when one of them is named
   * after any office or person ("Der Verdächtige … , erklärte er": the suspect, not the police).
   */
  partyNouns?: RegExp
  /** What opens an object, not a subject, right after a verb ("den Brand", "einem Zeugen"): the subject is then before the verb. */
  objectStart?: RegExp
  /** A passive auxiliary then a participle that is also a reporting verb form, tested on the clause up to the verb: "… seien … bestätigt". */
  passive?: RegExp
  /** The subject may be left out ("Dijo que ...", "Se añadió que ..."): a bare reporting verb continues the last source. */
  proDrop?: boolean
  /**
   * (session 34) Closed-class words that never head a subject (linking words and connectors, time adverbials and their nouns,
   * clitics, prepositions, articles, the complementiser), one word each: where the subject may be left out (`proDrop`), a span read
   * as a verb's subject made of these words only ("Sin embargo aclaró", "Han añadido también", "Esta mañana ha confirmado") names
   * nobody, and the last source goes on speaking. Alternation of single lower-case words; the engine anchors it.
   */
  nonSubjectWords?: RegExp
  /** Nouns are capitalised (German): a verb form with a capital inside the sentence is a noun ("nach eigenen Angaben"). */
  capitalisedNouns?: boolean
  /** Words that show the speaker is a pronoun resolved to an earlier speaker. */
  pronouns: { singular: string[]; plural: string[] }
  // (session 31, ruko4) The words carry.ts reads, moved out of the engine: one field per concept, the engine reads the union
  // of all packs (or the sentence's pack where the rule is one language's grammar). Alternations only: the engine adds the
  // anchors and edges around them.
  /** A recap of earlier reports in the cue ("Ранее сообщалось", "previously", "zuvor"): not the office in play going on. */
  recapCues?: RegExp
  /**
   * Provisional findings with no office of their own ("according to preliminary findings", "по предварительным данным"), as a
   * whole attribution or cue: the investigating office's when one is in play, else unnamed (lead decision, session 28).
   */
  provisionalFindings?: RegExp
  /** A verb of saying addressed to the inquiry ("told police", "a déclaré aux enquêteurs"): the speaker is a party to the case. */
  toldTheInquiry?: RegExp
  /** The first person singular as a subject ("I", "je", "я", "저는"): the attribution's speaker is the writer herself. */
  firstPersonSubject?: RegExp
  /** First person words inside a quote ("je", "wir", "my", "мы"): a witness speaking for themself. */
  firstPerson?: RegExp
  /** Negation words right before a cue ("not", "nicht", "не"). */
  negation?: RegExp
  /** A negation written as a clitic on the word before ("didn't"): no word edge before it. */
  negationClitic?: RegExp
  /** The writer sums up or recaps ("in any case", "Так или иначе", "Напомним", "Pour rappel"), opening the sentence. */
  writerSumsUp?: RegExp
  /** The writer opens a second strand ("Meanwhile", "Parallèlement", "Между тем", "한편"), opening the sentence. */
  secondStrand?: RegExp
  /** A pronoun set off after a name, stressing it as the subject ("Hadrien, lui, a …", "Peter, er, …"). */
  stressedPronouns?: RegExp
  /** (session 31) Relative pronouns ("который", "кто"): a clause after a speaker set off by commas that opens with one is about the speaker. */
  relativePronouns?: RegExp
  /** Conjunctions that open a complement clause ("that", "que", "dass", "что"): after a cue they open its content. */
  complementizers?: RegExp
  /**
   * German verb-second: a backward pronoun opening the sentence ("Das", "Dies") and the finite forms that may follow it as the
   * verb ("teilte", "hat", "sei"); anything else after it makes the word an article.
   */
  backwardPronoun?: { pronoun: RegExp; finite: RegExp }
  /** The reportive modal ("soll … haben"): a reported-speech mood of its own, tested on the sentence. */
  reportiveModal?: RegExp
  /** An adverb cue that can only close the words it follows ("so"), and the context that makes it do so (", so X"). */
  adverbCue?: { cue: string; afterWords: RegExp }
  /** Quotative particles right after a closing quotation mark ("…”라고", "…”라며"): the quote is a direct one. */
  quotativeParticles?: RegExp
  /** A reported clause's quotative ending right before the speaker ("…이라고 경찰은 설명했다"): verb-final closing. */
  quotativeEnd?: RegExp
  /**
   * Verb-final quoting ("A씨는 “… . …”고 말했다"): a quote the splitter cut into sentences takes the speaker read on the whole
   * quote, and a left-out subject goes on with the speaker before.
   */
  quoteThenSpeaker?: boolean
  /**
   * (session 35, src14) The words of a heading that names the speaker of the quotation below it ("La réaction de David Le Moal",
   * "Reaction from coach Tom Reyes", "Die Stimmen von …"): taken off the line's start before the rest is read as a name or a title.
   */
  speakerHeading?: RegExp
  /**
   * (session 35) Unnamed members of an employer ("officials with the clinic", "los trabajadores de la empresa"), anchored at both ends:
   * group 1 is the employer (its members are `anon` when it is a private body), or group 2 a private body's kind noun before the
   * members' noun ("union officials").
   */
  membersOf?: RegExp
  /**
   * (session 31) A testimony reported as a noun with a verb of appearing, no verb of saying ("…다는 주민의 증언이 공개됐다", "…다는
   * 증언도 이어졌다", "Появились свидетельства очевидцев"): group 1, when it matches, is the givers; with none named, the unnamed
   * people who gave it speak. Must hold a required literal (it is tried on sentences with no cue).
   */
  testimonyFrame?: RegExp
  /**
   * (session 34, lead ruling 6) The finding of an official examination as the source of its sentence: the autopsy, the forensic
   * examination, the inquiry's result with a verb of showing ("감식 결과", "부검 결과", "Вскрытие показало", "L'autopsie a révélé",
   * "La autopsia reveló", "Die Obduktion ergab", "The autopsy showed"). The sentence is `official` (the office that ran it), also
   * when no office is named. Tried on a sentence with no cue of its own, or whose cue is the examination noun itself. Must hold a
   * required literal.
   */
  examinationFinding?: RegExp
  /**
   * (session 34) Head nouns of a speaker phrase that make it an unnamed person related to someone named: a relative or counsel after
   * the name it belongs to ("정 씨 측 변호인", "김씨의 변호인", "김씨 가족"). Tested against the whole speaker span (anchor at its end).
   */
  relationHeads?: RegExp
  /**
   * Broadcast scripts that set a speaker's label on a line ("[경찰 관계자]", "⊙ 피해주민 :", "◀INT▶김태순/아파트 주민"): `line`
   * reads a label line (capture groups 1-4), `outlet` the reporter's or the outlet's own labels, `anchor` the studio's roles.
   */
  broadcastLabels?: { line: RegExp; outlet: RegExp; anchor: RegExp }
  /**
   * (session 32) A quote closed inside a subordinate clause ("…”고 묻자 ", "…”고 진술하자 ", "…” 하자 "): its speaker is a party to
   * the event the main clause tells, not the sentence's source; the speaker, if any, is read on the main clause after it. The
   * match ends where the main clause starts.
   */
  subordinateQuote?: RegExp
  /**
   * (session 32) A Q&A page's header naming the one who answers ("[다음은 김 서장과의 일문일답]", "Интервью с начальником полиции …"):
   * group 1 (or, failing it, group 2) is the interviewee. The answers after it are theirs.
   */
  interviewHeader?: RegExp
  /**
   * Optional (session 33): a Vorfeld that is an object, not the subject (German verb-second: "Einen Namen nannte der Sprecher nicht",
   * "Den Grund nannte die Polizei nicht"), so the subject stands after the finite verb. Only case forms that cannot be a nominative.
   */
  frontedObject?: RegExp
  /**
   * Optional (session 33): verbs of confirming ("bestätigte", "confirmed", "confirmó", "a confirmé"). A short backward sentence with
   * one ("Das bestätigte ein Polizeisprecher.", "Así lo confirmó la Policía Local.") is a claim of its own, the fact confirmed by
   * its source (README, session 32: "a pointer sentence is the office's"), unlike a bare "Das teilte die Polizei mit." (N).
   */
  confirmingVerbs?: RegExp
  /** (session 32) How a Q&A page marks its turns: a question's and an answer's opening ("-", "Q:", "질문:"; "▲", "△", "A:", "답:"); read by the answers' sourcing and by the layout rule (extract/interview-layout.ts). */
  interviewTurns?: { question: RegExp; answer: RegExp }
  /**
   * (session 32) Verb forms that modify the noun after them (Korean adnominal -는/-던/-ㄴ: "사는", "운영하는", "난"): a word ending in
   * one looks like a topic or subject particle ("사는" ~ "…는") but opens no subject, and a subject right before one ("불이 난 동")
   * is the subject of that relative clause, not the sentence's.
   */
  adnominalWords?: RegExp
  /**
   * (session 33) Nouns for a body (a company, a newspaper, a broadcaster, a channel) that a quoted title follows as its name: the
   * noun and the title are together the subject of a verb of saying ("компания «Ольха-Транс» сообщила", "Telegram-канал «112»
   * пишет, что …"). Matched as a word's start, up to three words before it; the title's closing quote is no quotation's end.
   */
  titledBodies?: RegExp
  /**
   * (session 33) The outlet's own reporter named by a generic noun for the outlet ("корреспондент издания", "корреспондента
   * портала"): a speaker span holding it is the outlet speaking for itself (`outlet`), as "our correspondent" is.
   */
  ownReporter?: RegExp
}

/** Words that tell which sourcing type a speaker span suggests. */
export interface SourceWords {
  anonymous: RegExp
  official: RegExp
  document: RegExp
  media: RegExp
  /** Organisations and experts: named when a proper name is in the span, anonymous otherwise. */
  institution: RegExp
  /** "a resident", "one official": a single unnamed person. */
  singleUnnamed?: RegExp
}

export interface Titles {
  /** Titles of office: the holder speaks officially ("Mayor", "Fire Chief", "대변인", "Bürgermeister"). */
  official: RegExp
  /** Titles and honorifics of a named private person ("Dr", "Professor", "씨", "교수"). */
  named: RegExp
  /**
   * Optional (session 33, lead decision 1): the state agencies of the language's countries by their own names, case as printed
   * ("Robert Koch-Institut", "RKI", "INSEE", "Santé publique France", "AEMET", "CDC", "Met Office"). Such a body is `official`
   * whatever its name says (an Institut, a Center, an Office); an academic or private institute is not listed and stays `named`.
   */
  stateAgencies?: RegExp
}

export interface HedgeCues {
  /** Lexical and grammatical hedges; the matched text is the cue shown to the reviewer. */
  patterns: RegExp[]
  /**
   * Optional (hedges6, session 28): words after a hedge, in the same sentence, that correct the report it introduced ("… was believed
   * to be a raft … turned out to be a cable reel", "… stellte sich als … heraus"). A hedge so corrected is not counted: the sentence
   * asserts the correction (README, session 23, rule D). Tried on the text after the hedge's match.
   */
  corrections?: RegExp
  /**
   * Optional (hedges7, session 29): the cues of impersonal report and of becoming known ("il est indiqué que", "сообщается, что",
   * "trascendió que", "heißt es", "it emerged that"), tested on a hedge's matched text. Such a hedge counts only with no reporter in play:
   * when the caller's sourcing names an office or a person (its own cue or carried), the report is theirs (lead decisions, session 29).
   */
  reportFrames?: RegExp
  /**
   * Optional (hedges7, session 29): words before a hedge, in the same sentence, that make the hedged clause the object of a denial or of
   * a report noun ("a démenti l'information selon laquelle il aurait …", "опровергли информацию о том, что … якобы"): the report is the
   * claim's object, not its hedge. Tested on the text before the hedge; end it with `$`.
   */
  reportedObject?: RegExp
}

export interface Furniture {
  /** Whole-line boilerplate: share bars, comment prompts, donation appeals, "read in Korean". */
  lines: RegExp[]
  /** Sentences inside body paragraphs that are furniture ("Our journalism is banned in ..."). */
  sentences: RegExp[]
  /** "Translated by ...", "Edited by ...". */
  credits: RegExp
  /** Calls for witnesses or readers ("Die Polizei bittet Zeugen ..."): not claims. */
  appeals?: RegExp
  /**
   * A reader asked to support, donate to or subscribe to the outlet ("Support independent journalism today",
   * "Unterstützen Sie uns", "후원해 주세요"): furniture, and so is the short paragraph it closes or opens (session 26).
   */
  support?: RegExp
  /**
   * A sentence that promises the story instead of telling it: an explainer's teaser ("The city explains why …", "Was
   * bekannt ist") or a reporter's hand-off ("Jane Doe reports.", "… узнала Алина Котова"): furniture, and so is the
   * short paragraph it closes or opens when the story follows (session 27).
   */
  teasers?: RegExp
  /** Photo/caption credits at the end of a line: "(AP Photo/...)", "/ Foto: dpa", "사진=연합뉴스". */
  captionCredit: RegExp
  /**
   * The words a credit line opens with, lowercase, before its ":" or "=" ("Foto: Jane Kell", "Photo : AFP", "Фото: …",
   * "사진=…", "Source: …", "Imagen: …"): one list per language, read by the line rule (boilerplate.ts `isCreditLine`) and by
   * the caption printed twice over a credit (furniture-model.ts) (session 31: was two regexes in two engine files).
   */
  creditWords: readonly string[]
  /**
   * The labels of a page's chrome printed as "label: value" (lowercase, as the label is printed): publication and update
   * stamps, author, tags, share and print, phone, fax, address, e-mail, contact, registration, a "read also" list's
   * lead-in ("Published: 12/03/2024", "Теги: …", "Share: …", "대표전화 : 044-…", "Lesen Sie auch:"). A field line under one
   * of them is no claim, whatever its value; under any other label a value with a figure, a date, a time or a clause is
   * content ("Inicio: 9:00 horas", "Причина: ремонтные работы.", ". 위 치 : …") (session 31, lines.ts fieldLine).
   */
  chromeLabels: readonly string[]
  /** Readers' comments under the article: what opens the section, and what marks one comment. */
  comments?: CommentCues
}

export interface CommentCues {
  /** A short line that opens the comment section: "3 commentaires", "Comments (12)", "댓글 5", "Be the first to comment". */
  header: RegExp
  /** A short line of a comment's chrome: "il y a 3 heures", "Reply", "Antworten", "답글", "3 часа назад". */
  meta: RegExp
  /** A reader's greeting that opens a comment: "bonjour", "hola". */
  greeting?: RegExp
}

export interface Bylines {
  /** Each pattern captures the author in group 1. */
  patterns: RegExp[]
  /**
   * Common given names, lowercase: a line of a name alone above the headline or run on after the last sentence signs
   * the page when it opens with one of them ("Marta Quintanilla"), not when it is a widget's label ("Most Popular").
   */
  givenNames?: readonly string[]
  /** The nouns newspapers are named with ("Anzeiger", "Ledger", "Diario"): a part of a byline line holding one is the outlet. */
  outletWords?: RegExp
  /**
   * Nouns places and institutions are named with, lowercase ("biblioteca", "rathaus", "library"): a line of capitalised
   * words opening with one ("Biblioteca Vilalba" under a photo) names a place, not a person, so it is no byline.
   */
  placeWords?: readonly string[]
  /**
   * News agencies the language's press prints as a page's author, as printed ("EFE", "Europa Press", "dpa", "ТАСС",
   * "연합뉴스"), from general knowledge of each press, not from a page: alone in the author slot (its own line under the
   * headline or a place line, or closing the text) the agency is the byline (lead decision, session 31).
   */
  agencies?: readonly string[]
  /** The noun an agency's name opens with ("Agencia", "Agence", "Agentur", "Agency", "Агентство"): "Agencia X" alone in the author slot is an agency. */
  agencyWords?: readonly string[]
  /**
   * Picture agencies a credit names, as printed, case and all ("AFP", "Keystone", "Getty Images", "dpa"): a bracket closing
   * a caption that names one ("[Keystone - Christophe Ena]", "[AFP]") is a credit (boilerplate.ts). Not `agencies`: those
   * are the wire services printed as a page's author; these are who took the picture (session 32, was PHOTO_AGENCY).
   */
  creditAgencies?: readonly string[]
  /** Nouns a bracketed picture credit names instead of an agency, as printed ("photo", "archives", "illustration"): "[archives - Reuters]". */
  creditNouns?: readonly string[]
  /**
   * Articles, prepositions and conjunctions, lowercase: a line opening with one ("Les Amis DU VILLAGE", "The Old MILL")
   * is no name in capitals (author-lines.ts, session 32, was FUNCTION_WORD).
   */
  functionWords?: readonly string[]
  /**
   * The labels a writer's credit opens with, lowercase ("text und bilder", "texto", "nota", "written by", "автор статьи",
   * "작성자"): the label alone on a line ending in a colon with the writer's name alone on the next line, or the label
   * run in before the name on the line (or the part of a credit line) closing the text (session 32).
   */
  writerLabels?: readonly string[]
  /**
   * A CMS's "more by" box after the text, lowercase (session 33): `before` the name ("more by", "más noticias de",
   * "ещё статьи автора"; the name on the same line or alone on the next), `after` it ("다른기사 보기": "김민수 기자
   * 다른기사 보기"). The box names the author (or the outlet's own account, which is then the byline as printed).
   */
  moreBy?: { before?: readonly string[]; after?: readonly string[] }
  /**
   * A forum's or a board's post heading around the poster's user name, lowercase (session 33): `before` it ("posted by",
   * "submitted by", "작성자"), `after` it ("wrote", "schrieb", "a écrit", "escribió", "написал"). Only a user name's shape
   * (a digit or an underscore in it, or one lowercase word) is read as the poster: "Anonymous said…" is a commenter.
   */
  posterLabels?: { before?: readonly string[]; after?: readonly string[] }
  /** A template's unfilled author field, lowercase ("имя автора", "author name"): printed in the author slot, no byline (session 33). */
  placeholders?: readonly string[]
  /**
   * A broadcaster's call sign ("WTNH", "KSLA-TV"): by the dateline or alone closing the page it is the station, the
   * outlet, never a reporter's code (session 33).
   */
  callSign?: RegExp
  /**
   * A site builder's author avatar, its alt text glued to the author's name ("Writer's pictureJane Doe", "작성자
   * 사진일상의작은미디어연구소"), as printed (session 33).
   */
  avatarLabels?: readonly string[]
  /** A press office's noun, lowercase ("press office", "пресс-центр", "pressestelle"): the office signing the text's last line is its byline (session 33). */
  pressOffices?: readonly string[]
  /**
   * (session 35) The endings that make a word a desk, team or office's name ("농촌협약지원팀", "농업축산과", "편집국"): such a
   * name beside the meta block's date is the page's credit as printed (s31 decision).
   */
  deskSuffixes?: readonly string[]
  /**
   * A reporter's titles after the name, as printed, compounds too ("기자", "시민기자", "리포터", "통신원"): a credit line of
   * the name and the title (maybe the outlet before it, an e-mail after it) names the writer (session 34).
   */
  reporterTitles?: readonly string[]
  /** The word "author" as a writer's label, lowercase ("autor", "auteur", "작성자"): after it a one-word value is the author as printed (session 34). */
  authorWords?: readonly string[]
  /** The desk's own name as a credit's value, lowercase ("redacción", "redaktion", "편집국"): the page's credit as printed (session 34). */
  deskNames?: readonly string[]
  /** Words that end a credit's value, lowercase: the next credit word ("fotos", "사진") or a board's field ("작성일") (session 34). */
  creditEndWords?: readonly string[]
  /**
   * What may follow an outlet's name in the author slot besides separators and a date (session 35, the s31 decision): a publication
   * label and the short word after it ("Publié le", "Veröffentlicht am"), the words around a time ("à", "um", "Uhr", "a.m."), a reading
   * time's label ("Temps de lecture", "Время чтения").
   */
  slotWords?: { published: readonly string[]; afterPublished?: readonly string[]; time?: readonly string[]; readingTime?: readonly string[] }
}

/**
 * Words for finding people and bodies in running text, so that a later mention ("the agency", "der 34-Jährige", "Santana")
 * resolves to them (sourcing.ts). Each is a pattern source joined with the other packs' into one union; whole words.
 */
export interface NameWords {
  /** Head nouns of a body's name ("Department", "Ministerio", "…amt"): a later generic noun for a body points back to it. */
  bodyHeads?: RegExp
  /** A generic noun for a body with its article ("the agency", "la entidad"), pointing back to the body met last; the whole span. */
  bodyNouns?: RegExp
  /** A private body by its generic noun ("the club", "der Verein"): named (README); the whole span. */
  privateBodyNouns?: RegExp
  /** Function words left out when a body's initials are formed ("of", "de", "für": "Landesamt für Umwelt" is LfU or LU). */
  initialsSkip?: RegExp
  /** A person by age alone ("der 34-Jährige", "the 34-year-old"), the age in its one group; the whole span, case-insensitive. */
  ageNouns?: RegExp
  /** Words after an age in brackets: "Petra Vogel (34 Jahre)". */
  ageInBrackets?: RegExp
  /** Before an age after a comma: "Ana López, de 34 años,", "Marie Dupont, âgée de 34 ans,". */
  ageAfterCommaBefore?: RegExp
  /** Words after an age after a comma: "Peter Brandt, 54 Jahre,". */
  ageAfterComma?: RegExp
  /** An age adjective after "34-" and before a name: "der 34-jährige Peter Brandt", "the 34-year-old Ana López". */
  ageAdjectives?: RegExp
  /** Capitalised words that open a sentence without naming anyone ("Laut", "Selon", "According"), case-sensitive. */
  openers?: RegExp
  /**
   * People who are anonymous only while they are not named: residents, neighbours, witnesses (README session 28). Read
   * case-insensitively, without a word boundary before (German compounds: "Augenzeugen").
   */
  weakRoles?: RegExp
  /** Capitalised words that name nobody: pronouns, articles, group nouns ("The", "Police", "Der", "Les"); whole word, case-sensitive. */
  notNames?: RegExp
  /** Small words a proper name may hold between two capitalised words ("Bank of America", "Ministerio del Interior"), lower case. */
  nameConnectors?: RegExp
}

/**
 * The words check-worthiness's coarse signals are read from (extract/checkworthiness.ts). Each entry is a pattern
 * fragment, read case-insensitively without /u; between word boundaries unless the pack says `unbounded` (Korean
 * attaches its endings to the word).
 */
export interface CheckworthinessWords {
  numberWords: readonly string[]
  dateWords: readonly string[]
  factualVerbs: readonly string[]
  opinionWords: readonly string[]
  /** The words are matched inside longer words: no `\b` around them. */
  unbounded?: boolean
  /** A named entity, where capitals cannot tell one (Korean: a place, a body or a company by its ending). */
  namedEntity?: RegExp
}

/** Month and weekday names in the language, lower-case, without a dot. */
export interface DateWords {
  /** The twelve months, January first: each the full name first, then other spellings and abbreviations as pages print them. */
  months: readonly (readonly string[])[]
  /** The seven weekdays, Monday first: the full name first, then abbreviations. */
  weekdays: readonly (readonly string[])[]
  /**
   * (session 34) Words a date stamp prints around its date besides the furniture's chrome labels, lowercase: time words and
   * stamp labels of their own ("uhr", "года", "최종편집"). Read by title-chrome.ts: such a line is no headline.
   */
  stampWords?: readonly string[]
  /** (session 35) A date in figures puts the month first ("03/07/2024" is March 7), as US English pages do; otherwise the day first. */
  monthFirst?: boolean
}

/**
 * (session 34) Page chrome that takes the headline's place when a page is copied whole (title-chrome.ts): read from every
 * pack at once, since chrome is often in another language than the article.
 */
export interface PageChromeWords {
  /** Skip links and accessibility switches at the top of a page ("Skip to content", "본문 바로가기"), matched anywhere in the line. */
  skipLinks: RegExp
  /** The site's interface words, lowercase, one word each (share, print, follow, logo, banner, blog tools, reading time). */
  interfaceWords: readonly string[]
}

/**
 * (session 33, suspects1) What marks a suspect's own statement: lead decision s32, a suspect's admission, denial, stated motive
 * or self-description relayed with no cue of the relayer's own is not a claim (N). Alternations only; the rule file is
 * electron/core/extract/suspect-statements.ts.
 */
export interface SuspectWords {
  /**
   * Nouns for a suspect in the police's hands as the verb's subject ("the suspect", "le mis en cause", "подозреваемый", "피의자").
   * Not a defendant in court: a protest of innocence there is the event (README, carry set 8: "Сам обвиняемый в последнем слове").
   */
  accused: RegExp
  /** Where the police hear a suspect: custody, questioning ("en garde à vue", "during questioning", "на допросе", "경찰 조사에서"). */
  questioning: RegExp
  /** Verbs of admitting or denying the act (from grammar: confess, admit, deny): heard in custody, the suspect's own version. */
  admits: RegExp
  /** Verbs of saying: a suspect's statement only when a suspect noun opens it and the police heard it (questioning). */
  says: RegExp
  /** Words in the complement that make a statement about the speaker's own offence ("범행"): then any speaker who says it to the police is the suspect. */
  ownOffence?: RegExp
}

export interface LanguagePack {
  /** BCP 47 primary tag. */
  code: string
  name: string
  numbers: NumberWords
  attribution: AttributionCues
  sources: SourceWords
  titles: Titles
  hedges: HedgeCues
  furniture: Furniture
  bylines: Bylines
  dates: DateWords
  names?: NameWords
  checkworthiness?: CheckworthinessWords
  /** The sourcing type the outlet's own first-person reporting gets ("Daily NK has learned"). */
  outletSourcing?: SourcingType
  /** (session 33) A suspect's own statement (lead decision s32). */
  suspects?: SuspectWords
  /** (session 34) Page chrome in the headline's place. */
  pageChrome?: PageChromeWords
}
