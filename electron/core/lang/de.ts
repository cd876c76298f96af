// German: attribution after the fact ("wie die Polizei mitteilte", "X zufolge") and the
// reported-speech hedge "soll … haben".
import type { LanguagePack } from './types'

// Offices, as German writes them: mostly compounds ("Kriminalpolizei", "Polizeipräsidium", "Ordnungsamt",
// "Bundesinnenministerium"), so the root may sit anywhere in the word; inflected (des Landratsamts, der Behörden).
const OFFICE_ROOTS =
  '\\p{L}*(?:polizei|feuerwehr|staatsanwaltschaft|anwaltschaft|kriminalamt|lagedienst|lagezentrum|ministeri(?:um|ums|en)|behörde|regierung|präsidium|gericht|leitstelle|wetterdienst|rathaus|stadtverwaltung|gemeindeverwaltung|kreisverwaltung|bezirksverwaltung|landesverwaltung|bundesverwaltung|senatsverwaltung|kommunalverwaltung|(?<!haus|vermögens|immobilien|objekt|miet|grundstücks|nachlass|daten|hotel|unternehmens|firmen|kunden|benutzer|nutzer|dokumenten)verwaltung|(?<!hotel|konzern|bank|firmen|verlags|geschäfts|unternehmens)direktion)\\p{L}*'
// (session 31: the heads "-verwaltung" and "-direktion" name a public administration, "Bayerische Forstverwaltung", "Landesdirektion",
// "Polizeidirektion"; a private one names its owner's business, "Hausverwaltung", "Vermögensverwaltung", "Hoteldirektion")
// (session 30: a compound may join more parts before the named one, "Landesumweltamt", "Bezirksjugendamt": any letters before it)
// (session 31, speakers10: an office is known by its head noun, not by a list of the compounds seen: every noun whose head is "Amt"
// — "Flurbereinigungsamt", "Wasserwirtschaftsamt", "Amt für …", the plural "Gesundheitsämter" — names a public office; the adverbs and
// the noun that merely end in the letters, "insgesamt", "gesamt", "allesamt", "samt", are none, and "Amtmann" or "Amtsgericht" does not
// end in the head)
const AMT = '(?!(?:ins|alle)?gesamt\\b|allesamt\\b|samt\\b)\\p{L}*amt(?:e?s)?|\\p{L}*ämtern?'
/** Office nouns: what the state, its agencies, courts, forces and emergency services are called. */
const OFFICES = `${OFFICE_ROOTS}|${AMT}|Regierung|Behörden?|Verwaltung|Ermittlungen|Ermittlungsbehörden?|Ermittler(?:n|in|innen)?|Beamte[nr]?|Beamtin(?:nen)?|Polizist(?:en|in|innen)?|Einsatzkräfte[n]?|Rettungskräfte[n]?|Feuerwehrleute[n]?|Feuerwehrmänner[n]?|Kripo|LKA|BKA|SEK|THW|Technische[ns]? Hilfswerk[s]?|DWD|Rettungsdienst(?:e?s)?|Staatsschutz(?:es)?|Fahnder[n]?|Streife|Streifenbesatzung|Stadt|Gemeinde|Landkreis(?:es)?|Kreis(?:es)?|Bezirk(?:s|es)?|Senat(?:s|es)?|Landtag(?:s|es)?|Bundestag(?:s|es)?|Bundesrat(?:s|es)?|Stadtrat(?:s|es)?|Gemeinderat(?:s|es)?|Kreistag(?:s|es)?|Magistrat(?:s|es)?|Staatskanzlei|Bundeskanzleramt(?:e?s)?|Bundeswehr|Armee|Militär(?:s)?|Streitkräfte[n]?|Zoll(?:s)?|Kremls?|Weißen Haus(?:es)?|Pentagon(?:s)?|Staatsmedien|KCNA|Pressestelle|Einsatzleitung|\\p{L}*(?:pressemitteilung|presseaussendung|pressemeldung|medienmitteilung|pressekonferenz|polizeimeldung)(?:en)?|Mitteilung|Polizei|Stadtwerke[n]?|Gemeindewerke[n]?|\\p{L}*[Bb]äder(?:gesellschaft|betriebe?)|\\p{L}*[Bb]äder GmbH`


// session 31 (hedges9): a planned state with a time to come ("Der Neubau soll im Frühjahr fertig sein", "Bis Ende des Jahres soll die Sanierung
// abgeschlossen sein", "Die Brücke soll ab Mai wieder befahrbar sein") is the plan as announced, not a report: "sollen" of intention, as
// "soll … eröffnet werden" is (README round 6). Reference grammar: "sollen" + a present infinitive of "sein" with a predicative adjective
// and a time to come reads as a plan; the reportive reading takes the perfect infinitive ("soll … gewesen / geflüchtet sein"). Used as a
// lookbehind at the end of a "soll … sein" match: with a predicative adjective, any time to come (also "im Frühjahr", "im Mai"); with a
// participle ("abgeschlossen sein", which is also the perfect of a verb of motion), only an unambiguous one ("bis Ende …", "ab Mai",
// "spätestens", "nächste Woche"), since "soll im Sommer untergetaucht sein" reports the past
const MONTHS_DE = 'Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember'
const FUT_STRICT_DE = String.raw`bis (?!zu\b)(?:\p{L}+ )?(?:Ende|Mitte|Anfang|spätestens|zum|zur|\d|${MONTHS_DE}|Frühjahr|Sommer|Herbst|Winter|nächst\p{L}*|kommend\p{L}*)|ab (?:\p{L}+ )?(?:\d|${MONTHS_DE}|Frühjahr|Sommer|Herbst|Winter|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|sofort|kommend\p{L}*|nächst\p{L}*|Mitte|Ende|Anfang)|spätestens|voraussichtlich|nächst\p{L}*|kommend\p{L}*|künftig\p{L}*|bald|demnächst|in (?:\p{L}+ )?(?:Wochen|Monaten|Jahren|Tagen)|nach (?:den|dem|der) (?:Ferien|Umbau|Sanierung|Fertigstellung|Abschluss)`
const FUT_ANY_DE = String.raw`${FUT_STRICT_DE}|im (?:Frühjahr|Frühling|Sommer|Herbst|Winter|${MONTHS_DE})|(?:Anfang|Mitte|Ende) (?:\d{4}|des Jahres|${MONTHS_DE})|in diesem Jahr|dieses Jahr|im Laufe des Jahres`
const PARTICIPLE_DE = String.raw`(?:\p{L}*ge\p{L}{2,}|(?:be|ver|er|zer|ent|emp|miss)\p{L}{2,}|\p{L}+ier)(?:t|en)`
const PLANNED_STATE = String.raw`(?:(?:\b(?:${FUT_ANY_DE})[^.;!?]{0,120}?\bsoll(?:en)?\b[^.;!?]{0,120}?|\bsoll(?:en)?\b[^.;!?]{0,120}?\b(?:${FUT_ANY_DE})[^.;!?]{0,120}?) (?!${PARTICIPLE_DE}\b)(?!gewesen\b|worden\b)\p{L}+ sein|(?:\b(?:${FUT_STRICT_DE})[^.;!?]{0,120}?\bsoll(?:en)?\b[^.;!?]{0,120}?|\bsoll(?:en)?\b[^.;!?]{0,120}?\b(?:${FUT_STRICT_DE})[^.;!?]{0,120}?) (?!gewesen\b|worden\b)\p{L}+ sein)`


export const de: LanguagePack = {
  code: 'de',
  name: 'Deutsch',
  numbers: {
    values: {
      null: 0, ein: 1, eins: 1, zwei: 2, zwo: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9,
      zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
      zwanzig: 20, dreißig: 30, dreissig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
    },
    smallScales: { hundert: 100 },
    largeScales: { tausend: 1e3, million: 1e6, millionen: 1e6, mio: 1e6, milliarde: 1e9, milliarden: 1e9, mrd: 1e9 },
    approximate: { dutzend: 12, dutzende: 24, hunderte: 200, tausende: 2000, mehrere: 3 },
    joiners: ['und'],
    compound: true,
    decimal: ',',
    bounds: {
      mindestens: 'at-least', 'wenigstens': 'at-least', 'bis zu': 'at-most', höchstens: 'at-most', maximal: 'at-most',
      'mehr als': 'more-than', über: 'more-than', 'weniger als': 'less-than', unter: 'less-than',
      etwa: 'about', rund: 'about', ungefähr: 'about', circa: 'about', 'ca.': 'about', knapp: 'about', fast: 'about', beinahe: 'about',
    },
  },
  attribution: {
    // "nach Polizeiangaben", "nach dpa-Informationen": the compound names the source, so only "nach" is the cue
    // (session 33) "nach eigenen Angaben" takes a genitive owner only ("nach eigenen Angaben des Herstellers"): in "Die Polizei war nach
    // eigenen Angaben von Zeugen alarmiert worden" the "von" phrase is the passive's agent, and the subject's own account is read by ownAccount
    // case-sensitive, so that "wie" needs a capital or an article after it ("wie die Polizei", not "wie schwer")
    // (session 30: and a clause closed by its finite verb, "wie die Polizei am Montag mitteilte", "wie es hieß"; not a comparison,
    // "Ereignisse wie Eisregen gebe es …", "Straftaten wie Diebstahl nehmen zu", "wie Eisregen war die Brücke gesperrt":
    // a participle "ge…t" closing the clause is the main clause's)
    // (session 33, closings1) what an outlet learned "aus Polizeikreisen" / "aus Ermittlerkreisen" is the circles' (README: unnamed sources
    // of an office, anon), not the outlet's: "…, erfuhr der NDR aus Polizeikreisen." (only with a verb of learning in the clause:
    // "Die Gäste kamen aus Fachkreisen" reports nothing)
    // (session 34) "gemäß" / Swiss "gemäss" is "laut" in a formal register ("Gemäss Angaben der Kantonspolizei", "gemäß Polizeibericht") when a source's noun
    // follows; before a rule it means "in accordance with" ("gemäß den Vorschriften gebaut") and names no source
    before: /\b(?:[Ll]aut|[Gg]emäß (?=(?:(?:de[rmns]|die|das|eine[mnrs]?|ersten|bisherigen|eigenen|offiziellen|neuesten|jüngsten|vorläufigen)\s+){0,2}(?:Angaben|Informationen|Erkenntnissen|Schätzungen|Schätzung|Mitteilung|Communiqué|Meldung|Medienberichten|Berichten|Bericht|Aussagen?|Polizei|Kantonspolizei|Staatsanwaltschaft|Behörden?|Sprecher(?:in)?|\p{Lu}\p{Ll}*(?:polizei|amt|behörde|bericht|berichten|mitteilung|angaben|sprecher|sprecherin))\b)|[Nn]ach (?:seinem|ihrem|seinen|ihren) (?:eigenen )?(?:Bekunden|Angaben|Worten|Aussagen?|Darstellung)(?=[\s,])|[Nn]ach (?:ersten |bisherigen |vorläufigen |derzeitigen |jüngsten |offiziellen )?(?:Angaben|Informationen|Erkenntnissen|Schätzungen|Ermittlungen|Einschätzung|Darstellung|Aussagen?|Auskunft) (?:des|der|von|vom|eines|einer|aus|unserer|unseres|(?=\p{Lu}\p{Ll}+s\b))|[Nn]ach eigenen (?:Angaben|Informationen|Erkenntnissen|Darstellung|Aussagen?) (?:des|der|eines|einer)(?=\s)|[Nn]ach (?=\p{Lu}\p{Ll}+s (?:eigenen )?(?:Angaben|Worten|Aussagen?|Darstellung|Einschätzung|Schätzungen)\b)|(?<=\b(?:erfuhr|erfuhren|erfährt|erfahren|verlautete)\b[^.;:!?]{0,60})[Aa]us (?=(?:\p{L}+-)?\p{Lu}\p{Ll}*kreisen\b)|[Aa]us (?=(?:\p{L}+-)?\p{Lu}\p{Ll}*kreisen\b[^.;:!?]{0,60}\b(?:erfuhr|erfuhren|erfährt|erfahren|verlautete)\b)|[Vv]on ?[Ss]eiten (?=de[rs]\s)|[Ss]eitens (?=de[rs]\s)|[Nn]ach (?=(?:\p{L}+-)?\p{Lu}\p{Ll}*(?:angaben|informationen|erkenntnissen)\b)|[Nn]ach (?=unseren (?:Informationen|Recherchen|Berechnungen|Auswertungen)\b|Informationen unserer )|(?:[Hh]eißt|[Hh]ieß) es (?:aus|von|vom|bei|beim|seitens|im|in)(?: dem| der| den| einer| einem)?|(?<!\b(?:sah|sahen|sehen|sieht|beobachtete|beobachteten|beobachten|beobachtet|hörte|hörten|hören|hört|zeigte|zeigten|zeigt|zeigen|filmte|filmten|bemerkte|bemerkten|merkte|merkten|schilderte|schilderten|schildert|beschrieb|beschreibt|erlebte|erlebten|verfolgte|verfolgten|zusehen|zusahen|mitansehen|mitansahen)\s*,?\s*)[Ww]ie (?=\p{Lu}|die |der |das )(?=[^,.;:!?]{0,100}?\s(?:(?!ge\p{Ll}+t\b)\p{Ll}[\p{Ll}ß]*(?:t|te|ten|ß)|schrieb|schrieben)\s*(?:[,.;:!?»“"]|$)))\s*/u,
    // a quoted title may stand before it: "der „Westbrücker Zeitung“ zufolge" (the quote's first mark excluded from the other branch)
    after: /((?:[^,.;:!?„“”"]|„[^„“”\n]{1,40}“){1,100})\s+zufolge\b/iu,
    afterCue: /zufolge/i,
    // session 30 (speakers9, lead decision "a verb of saying is a cue by its grammar"): the Verben des Sagens of the German
    // reference grammar (Duden-Grammatik, Redeeinleitung / indirekte Rede; Helbig-Buschha, verba dicendi) that the list lacked,
    // with their frames: the separable ones with the particle closing the clause ("wirft … vor", "gab … zu", "räumt … ein",
    // "wies … hin/zurück", "merkte … an", "fügt … hinzu", "kündigt … an", "gibt … bekannt/an", "führte … aus", "legte … dar",
    // "fasste … zusammen", "hob … hervor", "stellt … klar", "rechnet … vor", "gab … zu bedenken"; between verb and particle up to
    // ten tokens, brackets and quotes included: "gab Bürgermeisterin Regina Bruckmann (FW) den Abschluss … bekannt") and joined in
    // a "wie" clause ("wie der Sprecher einräumte", "wie die Stadt hinwies"; not "der die Tat einräumte", a party's act); plain ones (behaupten, beteuern, entgegnen, erwidern,
    // kontern, argumentieren, kommentieren, verraten, widersprechen, befürchten, folgern, twittern, posten, bemerken, einwenden)
    // only before a comma (indirect speech), a colon (direct speech, also after the inverted subject: "kommentierte das Tierheim:",
    // "schreibt der Verband dazu:") or "dass", or as an incise after a comma or a closing quote; and the perfect "hat … vorgeworfen/zugegeben/eingeräumt/…" with its participle closing the clause.
    // (session 33, closings1) the perfect of announcing with a noun object and its participle closing the sentence ("Die Polizei hat am
    // Montag die Festnahme bekannt gegeben.", "…, hat die Stadt bekannt gegeben."), as "gab … bekannt" (Satzklammer: the object stands
    // inside the bracket); only the verbs that announce (bekanntgeben, mitteilen, verkünden, ankündigen), not "bestätigt" ("Die
    // Obduktion hat den Verdacht bestätigt" is evidence)
    // (session 33) "nennen" in its sense of stating (Duden: "angeben, anführen"): "Als Ursache nannte die Polizei einen technischen
    // Defekt", "Einen Namen nannte der Sprecher nicht" (the finite forms only: the participle "genannt" is the passive or "so-called")
    verbs:
      // (session 31) the perfect with its participle closing the sentence after a demonstrative, "Das hat das Landratsamt am Montag
      // mitgeteilt.": the auxiliary is the cue, the subject stands between it and the participle (Duden-Grammatik, Satzklammer)
      /\b(?:(?<=^\s*(?:[Dd]as|[Dd]ies|[Dd]arüber|[Dd]avon) )(?:hat|haben) (?=(?:[^\s.!?;:,]+ ){1,8}?(?:mitgeteilt|gemeldet|bestätigt|bekanntgegeben|berichtet|erklärt|gesagt|verkündet)\s*[.!]?\s*$)|(?:wirft|warf|warfen|werfen) (?=(?:(?:[^\s.!?;:,]|,(?=\d))+ ){0,10}?vor(?=\s*[,.:;!?]|\s*$|\s+(?:dass|daß)\b))|(?:gibt|gab|gaben|geben) (?=(?:(?:[^\s.!?;:,]|,(?=\d))+ ){0,10}?zu(?=\s*[,.:;!?]|\s*$|\s+(?:dass|daß)\b))|(?:räumt|räumen) (?=(?:(?:[^\s.!?;:,]|,(?=\d))+ ){0,10}?ein(?=\s*[,.:;!?]|\s*$|\s+(?:dass|daß)\b))|(?:weist|wies|wiesen|weisen) (?=(?:(?:[^\s.!?;:,]|,(?=\d))+ ){0,10}?(?:hin|zurück)(?=\s*[,.:;!?]|\s*$|\s+(?:dass|daß)\b))|(?:merkt|merkte|merkten|merken) (?=(?:(?:[^\s.!?;:,]|,(?=\d))+ ){0,10}?an(?=\s*[,.:;!?]|\s*$|\s+(?:dass|daß)\b))|(?:fügt|fügen) (?=(?:(?:[^\s.!?;:,]|,(?=\d))+ ){0,10}?hinzu(?=\s*[,.:;!?]|\s*$|\s+(?:dass|daß)\b))|(?:kündigt|kündigen) (?=(?:(?:[^\s.!?;:,]|,(?=\d))+ ){0,10}?an(?=\s*[,.:;!?]|\s*$|\s+(?:dass|daß)\b))|(?:gibt|geben) (?=(?:(?:[^\s.!?;:,]|,(?=\d))+ ){0,10}?(?:bekannt|an)(?=\s*[,.:;!?]|\s*$|\s+(?:dass|daß)\b))|(?:führt|führte|führten|führen) (?=(?:(?:[^\s.!?;:,]|,(?=\d))+ ){0,10}?aus(?=\s*[,.:;!?]|\s*$|\s+(?:dass|daß)\b))|(?:legt|legte|legten|legen) (?=(?:(?:[^\s.!?;:,]|,(?=\d))+ ){0,10}?dar(?=\s*[,.:;!?]|\s*$|\s+(?:dass|daß)\b))|(?:fasst|fasste|fassten|fassen) (?=(?:(?:[^\s.!?;:,]|,(?=\d))+ ){0,10}?zusammen(?=\s*[,.:;!?]|\s*$|\s+(?:dass|daß)\b))|(?:hebt|hob|hoben|heben) (?=(?:(?:[^\s.!?;:,]|,(?=\d))+ ){0,10}?hervor(?=\s*[,.:;!?]|\s*$|\s+(?:dass|daß)\b))|(?:stellt|stellen) (?=(?:(?:[^\s.!?;:,]|,(?=\d))+ ){0,10}?klar(?=\s*[,.:;!?]|\s*$|\s+(?:dass|daß)\b))|(?:rechnet|rechnete|rechneten|rechnen) (?=(?:(?:[^\s.!?;:,]|,(?=\d))+ ){0,10}?vor(?=\s*[,.:;!?]|\s*$|\s+(?:dass|daß)\b))|(?:gibt|gab|gaben|geben) (?=(?:(?:[^\s.!?;:,]|,(?=\d))+ ){0,10}?zu bedenken(?=\s*[,.:;!?]|\s*$|\s+(?:dass|daß)\b))|(?:(?:h(?:in(?:w(?:ies(?:en)?|eist)|zufügte(?:n)?)|ervorhob(?:en)?)|zu(?:g(?:ab(?:en)?|ibt)|rückwies(?:en)?|sammenfasste)|a(?:n(?:kündigte(?:n)?|merkte(?:n)?)|usführte(?:n)?)|vor(?:w(?:arf(?:en)?|irft)|rechnete)|einräumt(?:e(?:n)?)?|klarstellte(?:n)?|darlegte|mitteilt))(?<=\b[Ww]ie\s(?:[^\s,.;:!?]+\s){1,8}\p{L}+)(?=\s*[,.:;!?]|\s*$|\s+(?:dass|daß)\b)|(?:(?:be(?:fürchtet(?:e(?:n)?)?|hauptet(?:e(?:n)?)?|teuert(?:e(?:n)?)?|str(?:eitet|itt)|richtet(?:e)?|merkt(?:e)?)|e(?:r(?:widert(?:e(?:n)?)?|läuterte|klärten|gänzte)|ntgegnet(?:e(?:n)?)?)|s(?:ch(?:r(?:ieb(?:en)?|eibt)|ildert(?:e)?|lussfolgert)|agt(?:e)?)|k(?:o(?:mmentiert(?:e(?:n)?)?|ntert(?:e(?:n)?)?)|ritisiert)|a(?:rgumentiert(?:e(?:n)?)?|ppelliert(?:en)?|ntworteten)|w(?:iderspr(?:ach(?:en)?|icht)|andte ein|endet ein)|ver(?:r(?:iet|ät)|sicherten)|p(?:ostet(?:e)?|räzisierte)|unterstr(?:eicht|ichen)|m(?:eint(?:e)?|ahnt)|dementiert(?:e)?|gest(?:and|eht)|twittert(?:e)?|folgert(?:e)?|lobt(?:e)?|räumte))(?:(?=\s*[,:]|\s+(?:dass|daß)\b|(?:\s+[^\s.!?;:,„“"]+){1,6}\s*:)|(?<=[,“”"«»]\s{0,3}\p{L}+)(?=\s+\S))|(?:hat|haben|hatte|hatten) (?=(?:(?:[^\s.!?;:,]|,(?=\d))+ ){0,8}?(?:vorgeworfen|zugegeben|eingeräumt|betont|erklärt|gesagt|bestätigt|berichtet|mitgeteilt|angekündigt|hingewiesen|kritisiert|bekanntgegeben|bekannt gegeben|angegeben|kommentiert|behauptet|erläutert|klargestellt|zurückgewiesen|dementiert|geschildert|versichert|entgegnet|erwidert|ausgeführt|dargelegt|hervorgehoben|unterstrichen|eingewandt|zu bedenken gegeben)(?=\s*[,:]|\s+(?:dass|daß)\b))|(?:hat|haben|hatte|hatten) (?=(?:(?:[^\s.!?;:,]|,(?=\d))+ ){1,8}?(?:bekanntgegeben|bekannt gegeben|mitgeteilt|verkündet|angekündigt)\s*[.!]?\s*$)|sagte|sagten|sagt|sagen|erklärte|erklärten|erklärt|berichtete|berichteten|berichtet|teilte|teilten|teilt|mitteilte|mitteilten|betonte|betonten|bestätigte|bestätigten|bestätigt|warnte|warnten|meldete|meldeten|meldet|schrieb|schrieben|hieß es|so|gab an|gaben an|angab|angaben|kündigte|kündigten|räumte|räumten|verkündete|forderte|forderten|ergänzte|fügte|fügten|sprach|sprachen|schilderte|schilderten|zitierte|zitiert|verwies|verwiesen|bekräftigte|kritisierte|kritisierten|vermutete|vermuteten|versprach|versprachen|appellierte|mahnte|beklagte|bemängelte|bemängelten|bemängelt|monierte|monierten|moniert|beanstandete|unterstrich|erläuterte|erwähnte|erwähnten|nannte|nannten|nennt|beschreibt|beschrieb|beschreiben|beschrieben|weiß|wissen|hat Hinweise|haben Hinweise|geht (?:[\p{L}]+ ){0,6}davon aus|gehen (?:[\p{L}]+ ){0,6}davon aus|hat (?:mitgeteilt|erklärt|gesagt|bestätigt|berichtet|informiert|bekanntgegeben)|haben (?:mitgeteilt|erklärt|gesagt|bestätigt|berichtet|informiert|bekanntgegeben)|erzählt|erzählte|erzählten|erzählen|meint|meinte|meinten|informiert|informierte|informierten|gab(?:en)? (?=(?:[\p{L}\d.,()„“"'/+-]+ ){0,10}?(?:bekannt\b|Auskunft\b|an(?=[,.:])))|bekanntgab|bekanntgaben|bilanzierte|bilanziert|konkretisierte|konkretisierten|konkretisiert|ausgesagt|aussagte|aussagten|präzisierte|präzisierten|präzisiert|begründete|begründeten|resümierte|resümiert|berichten|bestätigen|betont|ergänzt|ergänzten|erläutert|schildert|warnt|stellte klar|führte aus|hob hervor|wies darauf hin|antwortete|antwortet|bekräftigt|versichert|versicherte|äußerte|äußerten|äußert|ließ(?:en)?(?= (?:[\p{L}]+ ){0,4}?verlauten)|erinnert sich|erinnerte sich|erinnern sich|erinnerten sich|schreibt(?= (?:in|im) )|schreiben(?= (?:in|im) )|(?:hat|haben|hatte|hatten) (?:\p{L}+ ){0,3}?(?:darauf |auf (?:\p{L}+ ){0,3})?hingewiesen)\b(?<!\b(?:bereit|einverstanden) \p{L}+)/giu,
    speakerLead: /^(?:wie|so|laut)\s+/iu,
    // session 30: notifying the police, the fire brigade or the emergency services is the event ("Der Rettungsdienst informierte die
    // Polizei über einen Unfall", "Ein Zeuge verständigte die Feuerwehr"), whoever does it; what is said about the event is not theirs
    // ("informierte die Polizei über …" with its "über": "Darüber informierte die Polizei" has the police as its inverted subject)
    actionFrames: /^(?:(?:informierte[n]?|informiert|benachrichtigte[n]?|benachrichtigt) (?:die|den|das|eine[n]?) (?:\p{L}+ )?(?:Polizei|Feuerwehr|Rettungsdienst|Rettungskräfte|Leitstelle|Rettungsleitstelle|Notarzt|Notruf|Behörden?|Beamten|Einsatzkräfte)(?= (?:über|von)\b)|(?:verständigte[n]?|verständigt|alarmierte[n]?|alarmiert) (?:die|den|das|eine[n]?) (?:\p{L}+ )?(?:Polizei|Feuerwehr|Rettungsdienst|Rettungskräfte|Leitstelle|Rettungsleitstelle|Notarzt|Notruf|Behörden?|Beamten|Einsatzkräfte)\b)/u,
    // "die drei bestätigten Todesfälle": after an article (and a number) a verb form is an adjective
    // (session 28: "mit bestätigten Fällen", "dem am Montag bestätigten Schaden": a preposition before it, or an adverbial between
    // the article and the form, makes it an adjective too)
    attributive: /(?:^|\s)(?:(?:[Dd](?:er|ie|en|em|es)|[Ee]ine?[rnms]?)(?:\s+(?:\d[\d.,]*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|beiden|mehreren|vielen|ersten|bisher|bereits|offiziell|(?:am|vom|seit|im|zum|bis) \p{Lu}\p{Ll}+|inzwischen|zuvor|zuletzt|gestern|heute|nun|jetzt|amtlich|offiziell|labor\p{Ll}*))*|[Mm]it|[Vv]on|[Bb]ei|[Aa]us|[Zz]u|[Ss]eit|[Üü]ber|[Uu]nter|[Oo]hne|[Aa]lle[nm]?|[Kk]eine[nm]?|[Nn]eue[nm]?|[Ww]eitere[nm]?)\s*$/u,
    // "Die Polizei schätzt den Schaden auf …": an estimate is a statement only from an office
    officeVerbs: /\b(?:geht (?=(?:[\p{L}]+ ){1,4}von (?:[\p{L}-]+ ){1,4}aus\b)|gehen (?=(?:[\p{L}]+ ){1,4}von (?:[\p{L}-]+ ){1,4}aus\b)|schätzt|schätzte|schätzen|schätzten|beziffert|bezifferte|bezifferten|beziffern|stellte(?:n)? fest|stellt(?:en)? fest|prognostiziert|prognostizierte|prognostizieren|prognostizierten|sagt (?=(?:\p{L}+ ){0,4}voraus\b)|sagte (?=(?:\p{L}+ ){0,4}voraus\b)|rechnet (?=(?:\p{L}+ ){0,6}mit\b)|rechnete (?=(?:\p{L}+ ){0,6}mit\b))\b/giu,
    ownAccount: /\b(?:nach|laut) eigenen Angaben\b|\beigenen Angaben zufolge\b/iu,
    speakerless: /(?:\b[Ww]ie es (?:hieß|heißt)\b|,\s*(?:so )?hieß es(?=\s*[.!?]|\s*$)|,\s*heißt es(?=\s*[.!?]|\s*$))/u,
    // Konjunktiv I (3rd person singular: stem + e, distinct from the indicative) of the verbs news copy reports with, and the
    // Konjunktiv II that stands in for it: "Es bestehe keine Gefahr.", "Die Straße bleibe gesperrt." after an attributed sentence
    reportedSpeech:
      /\b(?:sei|seien|seist|habe|hätte|hätten|wäre|wären|werde|würden|könne|könnten|müsse|müssten|solle|sollten|dürfe|dürften|wolle|möge|wisse|gebe|liege|stehe|gehe|komme|befinde|lasse|bestehe|bleibe|fehle|drohe|gelte|handle|handele|brauche|laufe|trage|betrage|führe|sehe|heiße|erfolge|ermittle|ermittele|prüfe|plane|suche|arbeite|warte|kenne|halte|nehme|gehöre|zeige|deute|brenne|passiere|beginne|dauere|reiche|fahre|falle|treffe|stamme|erwarte|rechne|spreche|glaube|meine|denke|vermute|gehe|stelle|lege|bringe|erhalte|bekomme|benötige|fordere|empfehle|verfüge|entspreche|betreffe|sitze|lebe|wohne|trete|steige|sinke|wachse)\b/u,
    nounPhrase: /^(?:(?:der|die|das|des|dem|den|ein|eine|einem|einer|eines|von|vom|zur|zum|im|am|aus|für|[a-zäöüß]+(?:en|er|es|em|e))\s+)*?\p{Lu}[\p{L}.-]*(?:\s+(?:(?:der|die|des|dem|den|von|vom|zur|zum|im|am|für|in)\s+)?(?:[a-zäöüß]+(?:en|er|es|em|e)\s+)?\p{Lu}[\p{L}.-]*)*/u,
    capitalisedNouns: true,
    // "Bisher seien sechs Verletzte bestätigt": "bestätigt", "berichtet", "erklärt" are also participles of a passive (sein, werden)
    passive: /(?:^|\s)(?:sei|seien|ist|sind|war|waren|wäre|wären|wurde|wurden|worden|werde|werden|wird|würde|würden)\s(?:[^\s,;:]+\s){0,8}?(?:bestätigt|berichtet|erklärt|gemeldet|informiert|mitgeteilt|betont|ergänzt|erläutert|geschildert|beschrieben|versichert|bekräftigt|zitiert|gesagt)$/u,
    // accusative and dative articles: after the verb they open its object, never an inverted subject
    objectStart: /^(?:den|dem|einen|einem|diesen|diesem|ihren|ihrem|seinen|seinem)\s/u,
    // the speech act of a party is the event: "gestand den Einbruch", "bestritt die Tat", "forderte mehr Lohn", "alarmierte die Polizei"
    partyNouns: /(?<![\p{L}])(?:[Dd](?:er|ie|en|em)|[Ee]ine?[nmr]?) (?:\d{1,3}-[Jj]ährige[nr]?|(?:mutmaßliche[nr]?|junge[nr]?|ältere[nr]?) )?(?:Verdächtige[nr]?|Tatverdächtige[nr]?|Beschuldigte[nr]?|Angeklagte[nr]?|Festgenommene[nr]?|Autofahrer(?:in)?|Fahrer(?:in)?|Mann|Frau|Täter(?:in)?|Opfer|Jugendliche[nr]?|Bewohner(?:in)?|Mieter(?:in)?|Einbrecher(?:in)?|Patient(?:in|en)?|Häftling)(?![\p{L}])/u,
    partyVerbs: /^(?:gestand(?:en)?|gesteht|gestehen|bestritt(?:en)?|bestreitet|bestreiten|leugnete[n]?|leugnet|forderte[n]?|fordert|fordern|verlangte[n]?|verlangt|alarmierte[n]?|räumte[n]? (?:\p{L}+ ){0,4}?ein|warnte[n]? (?:ihn|sie|den|die|das|einen|eine|seine|ihre)\s)/iu,
    pronouns: { singular: ['er', 'sie', 'es'], plural: ['sie', 'wir'] },
    // the outlet's own reporter or its own research (moved from sourcing.ts's OWN_REPORTER, session 34 review, output-identical)
    ownReporter: /\b(?:unser(?:e[mnrs]?)? (?:Reporter(?:in)?|Korrespondent(?:in|en)?)|unseren Informationen|Informationen unserer (?:Redaktion|Zeitung)|unseren (?:Recherchen|Berechnungen|Auswertungen)|unserer (?:Recherche|Berechnung|Auswertung))\b/iu,
    // (session 31, ruko4) carry.ts's words, moved here output-identical (types.ts, the fields after `pronouns`)
    recapCues: /zuvor|bereits/iu,
    provisionalFindings: /(?:den )?(?:bisherigen|ersten|derzeitigen|vorläufigen) (?:Erkenntnissen|Ermittlungen)(?: der Ermittler)?|dem bisherigen Ermittlungsstand/iu,
    // (session 34, ruko7; lead ruling 6) an official examination's finding: "Die Obduktion ergab", "laut Obduktion", "nach dem
    // Obduktionsergebnis", "die rechtsmedizinische Untersuchung ergab"
    examinationFinding: /(?<![\p{L}])(?:(?:[Dd]ie (?:Obduktion|rechtsmedizinische Untersuchung|Leichenschau))(?: \p{L}+){0,3} (?:ergab|hat ergeben|bestätigte|zeigte|hat gezeigt)|[Ll]aut (?:der )?Obduktion|[Nn]ach (?:dem )?Obduktionsergebnis|[Ll]aut Obduktionsergebnis)(?![\p{L}])/u,
    toldTheInquiry: /(?:sagte|sagten|erklärte|erklärten|gab|gaben) (?:\p{L}+ )?(?:den Ermittlern|der Polizei|den Beamten|den Polizisten)/iu,
    firstPersonSubject: /ich/u,
    firstPerson: /ich|wir|mich|mir|uns/iu,
    speakerHeading: /^(?:die )?(?:Stimme|Stimmen|Reaktion|Reaktionen|Fazit) (?:von |des |der )/iu,
    // (session 35, src14) unnamed members of an employer (sourcing.ts classifySpeaker: `anon` when the employer is a private body)
    membersOf: /^(?:(?:die|der|ein|eine|einige|mehrere)\s+)?(?:Vertreter(?:in|innen)?|Mitglied(?:er)?|Mitarbeiter(?:in|innen)?|Beschäftigte[n]?)\s+(?:des|der|von|vom|bei|beim)\s+(.{2,80})$/iu,
    negation: /nicht|nie|niemals|kein\p{L}*/iu,
    writerSumsUp: /wie auch immer|so oder so|in jedem fall|zur erinnerung/iu,
    secondStrand: /unterdessen|parallel dazu|indes/iu,
    complementizers: /dass/iu,
    stressedPronouns: /er|sie/u,
    // verb-second: "Das teilte die Polizei mit" (a pronoun) vs "Das Kind sei …" (an article)
    backwardPronoun: {
      pronoun: /Das|Dies|Darüber|Hierüber/u,
      finite: /hat|haben|hatte|hatten|ist|sind|war|waren|wurde|wurden|geht|ging|gingen|ergab|ergaben|ergibt|gab|gaben|gibt|teilt\p{L}*|sagt\p{L}*|bestätigt\p{L}*|bericht\p{L}*|meldet\p{L}*|erklärt\p{L}*|erfuhr|erfuhren|schrieb\p{L}*|sei|seien|habe/u,
    },
    // README round 6 (label-d): reportive "soll … haben" is the reported-speech mood, unlike a planned "soll … vorgeführt werden"
    reportiveModal: /\b(?:soll|sollen)\b[^.!?]{0,250}?\b(?:haben|sein)\b/u,
    // "so" closes the words before it only after a comma, a dash or a quotation mark (", so die Polizei")
    adverbCue: { cue: 'so', afterWords: /[,;»«“”"–—-]\s*so\s+\S/u },
    // (session 31) "demnach" ("according to this"; Duden: "nach dem, was gesagt worden ist") points to the source named before:
    // "Wie die Polizei mitteilte, …. Die Brücke war demnach gesperrt." (README, session 28: "demnach" after a report points back)
    pointsBack: /(?<![\p{L}])[Dd]emnach(?![\p{L}])/u,
    // "so der Trainer", "sagte der langjährige Profifußballer": a sports role for the person just named, like a pronoun
    roleNouns: /^(?:[Dd]ieselben?|[Dd]ie gleichen?) Quellen?$|^[Dd](?:er|ie) (?:(?:\p{Ll}+(?:e|en)|\d{1,3}-jährige) ){0,2}(?:Trainer(?:in)?|Cheftrainer(?:in)?|Chefcoach|Coach|Übungsleiter(?:in)?|Profifußballer(?:in)?|Fußballer(?:in)?|Stürmer(?:in)?|Spieler(?:in)?|Torhüter(?:in)?|Torwart|Kapitän(?:in)?|Routinier|Sportdirektor(?:in)?|Meteorolog(?:e|in))$/u,
    mediaShows: /\b(?:Video|Foto|Bilder?|Aufnahmen?|Satellitenbilder?)\s+(?:\p{L}+\s+){0,3}?(?:zeigt|zeigen|zeigte|zeigten|belegt|belegen)\b/iu,
    // (session 32, speakers11: moved out of the engine, output-identical) "aus derselben Quelle", "Darin heißt es": the cue names the source (or the message) just cited, read as a pronoun
    sameSource: /(?:aus|nach) (?:derselben|der gleichen) Quelle|[Dd]arin (?:heißt|hieß) es/u,
    // capitalised linking words and adverbs opening a clause ("Laut …", "Zudem …"): never a one-word speaker
    linkingWords: /laut|wie|dann|danach|zudem|außerdem|auch|jedoch|allerdings|heute|gestern|aber|bereits|dabei|darauf|deshalb|daher|somit|zuvor|später|seitdem|trotzdem|dennoch/iu,
    // words closing an inverted speaker span: a separable prefix or participle of saying, an adverb ("teilte die Polizei mit",
    // "sagte der langjährige Profifußballer weiter")
    spanTrailingWords: /mit|an|bekannt|verlauten|mitgeteilt|gemeldet|bestätigt|bekanntgegeben|berichtet|erklärt|gesagt|verkündet|nicht|auch|bereits|ebenfalls|inzwischen|weiter|zudem|außerdem|noch|ferner|abschließend/iu,
    // (session 32, speakers11) a bare definite noun for a private person by role ("der Anwohner", "die Nachbarin") points
    // back, as a speaker, to the person named just before (engine field personRoleNouns, read by carry); "ein Anwohner" is new
    personRoleNouns: /^(?:[Dd]er|[Dd]ie) (?:Anwohner(?:in)?|Nachbar(?:in)?|Bewohner(?:in)?)$/u,
    // (session 32, speakers11) German puts the finite verb second (Duden-Grammatik, Vorfeld): a single adverb in front
    // ("Insgesamt sagt die Polizei …", "Europaweit gibt das RKI … an", "Bislang teilte die Stadt mit") leaves the subject after the
    // verb. Sentence adverbs of time, degree, place and manner, and the productive "-weit" and "-mals" adverbs
    // (session 33) a backward sentence that confirms stays a claim: "Das bestätigte ein Polizeisprecher."
    confirmingVerbs: /(?<![\p{L}])(?:bestätigt(?:e|en)?|bestätigen)(?![\p{L}])/u,
    // (session 33) the Q&A page (the ru/ko fields of session 32): a header line naming the one who answers ("Interview mit
    // Bürgermeister Hans Keller", "BZ-INTERVIEW mit Wolfgang G. Müller über …", "Im Gespräch: Anna Berg"), and the turn marks
    interviewHeader: /^(?:[\p{L}-]*INTERVIEW|(?:Das |Ein |Im )?Interview|(?:Das |Im )?Gespräch|Fragen an)(?: mit|:)\s+(\p{L}[^.!?:]{1,80}?)(?:\s+(?:über|zu[mr]?)\s[^.!?]{1,120})?[.:]?\s*$/u,
    interviewTurns: { question: /^(?:Frage|F)\s?[:.]\s/u, answer: /^(?:Antwort|A)\s?[:.]\s/u },
    // (session 33) a masculine accusative or a dative plural in front (Duden-Grammatik, Vorfeld: any phrase may stand there; these
    // case forms cannot be the subject): "Einen Namen nannte der Sprecher nicht", "Den Grund nannte die Polizei nicht"
    frontedObject: /^(?:[Ee]inen|[Kk]einen|[Dd]en|[Dd]iesen|[Jj]enen|[Ss]einen|[Ii]hren|[Uu]nseren|[Ww]elchen)\s+\p{L}/u,
    frontedAdverbs: /^(?:insgesamt|bislang|bisher|zuletzt|erneut|derzeit|aktuell|zunächst|offenbar|vermutlich|offiziell|schließlich|immerhin|ebenfalls|ebenso|gleichzeitig|zugleich|weiterhin|inzwischen|mittlerweile|unterdessen|indes|währenddessen|seither|damals|vorerst|vorab|vorher|hinterher|morgens|abends|nachts|tagsüber|hier|dort|dazu|hierzu|diesbezüglich|demzufolge|folglich|teilweise|möglicherweise|beispielsweise|normalerweise|grundsätzlich|ausdrücklich|abschließend|ergänzend|zusätzlich|\p{L}+weit|\p{L}+mals)$/iu,
  },
  sources: {
    anonymous: /\b(?:Quellen?|Insider|Informanten?|\p{L}*[Kk]reisen|ungenannt|anonym|nicht namentlich|Eingeweihte|Augenzeugen?|Anwohner(?:in|innen)?|Zeugen?)\b/iu,
    official: new RegExp(`\\b(?:${OFFICES}|Sprecher(?:in|innen|s|n)?)\\b`, 'iu'),
    document: /\b(?:Studie|Bericht|Berichts|Umfrage|Statistik|Daten|Dokumente?|Unterlagen|Akten|Analyse|Gutachten|Urteil|Anklageschrift|Anklage|(?!Medien|Presse|Zeitungs|Augenzeugen|Polizei)\p{L}+bericht(?:s|e|en)?|Erhebung|Auswertung|Zahlen)\b/iu,
    media: /\b(?:Fotos?|Bilder?|Aufnahmen?|Videos?|Satellitenbilder?|Filmaufnahmen)\b/iu,
    institution: /\b(?:Institut|Instituts|Stiftung|Universität|Verband|Verbands|Verein|Unternehmen|Konzern|Firma|Gewerkschaft|Organisation|Experten?|Forscher(?:in)?|Analyst(?:en|in)?|Professor(?:in)?|Ökonom(?:en|in)?|Anwalt|Anwältin|Zentrum)\b/iu,
    singleUnnamed: /^(?:ein|eine|einer) (?:\p{L}+ ){0,3}(?:Anwohner(?:in)?|Mitarbeiter(?:in)?|Beamter|Beamtin|Zeuge|Zeugin|Arbeiter(?:in)?|Mann|Frau|Bewohner(?:in)?|Insider(?:in)?)\b/iu,
  },
  titles: {
    // German joins the office into one word: "Innenminister", "Bundesinnenministerin", "Landtagspräsident"; a
    // spokesman, leader or chief "of" an office is official too ("Sprecherin des Landratsamts", "Leiter der Polizeiinspektion")
    official: new RegExp(
      `\\b(?:(?:Bundes|Regierungs|Landtags|Bundestags|Landes|Minister|Staats|Vize|Senats|Polizei|Gerichts|Landgerichts|Amtsgerichts|Oberlandesgerichts|Verwaltungsgerichts|Bezirks|Kreistags|Ober|Land)?präsident(?:in|innen|en)?|\\p{L}*(?:bürgermeister|minister|kanzler|staatssekretär|senator|abgeordnete|landrat|landrät|ortsvorsteher|bezirksvorsteher|dezernent|beigeordnete|kämmerer|staatsanwalt|staatsanwält|amtsarzt|amtsärzt|amtsleiter|bundesanwalt|bundesanwält|wehrführer|wehrleiter|kommandant|einsatzleiter|botschafter|konsul|polizist|polizeibeamt|polizeichef|feuerwehrchef|rathauschef|verwaltungschef|regierungschef|kripochef|polizeidirektor|kriminaldirektor|branddirektor|kommissar|hauptmeister|obermeister|brandmeister|brandinspektor|brandrat|richter|gerichtssprecher|(?<!di|kor)rektor|schulleiter|schulrat|schulrät|forstdirektor|amtstierarzt|amtstierärzt|amtsdirektor|regierungsdirektor|revierförster|baurat|baurät)(?:in|innen|en|e|er|es|n|s)?|(?:\\p{L}*(?:polizei|feuerwehr|regierungs|ministeriums|rathaus|stadt|kreis|amts|behörden|senats|justiz|presse|einsatz|staatsanwaltschafts|präsidiums|bundes|landes|innen|verwaltungs|wehr|gemeinde|gerichts))sprecher(?:in|innen|s|n)?|(?:Dienststellen|Revier|Wachen|Amts|Behörden|Abteilungs|Referats|Inspektions|Präsidiums|Einsatz|Fachbereichs|Ordnungsamts)leiter(?:in|innen|s|n)?|(?:Sprecher|Leiter|Chef|Vorsitzende|Präsident)(?:in|innen|s|n|en|r)? (?:de[rsmn]|vom|beim|im) (?:\\p{L}+ ){0,2}?(?:${OFFICES})|Beamte[rn]?|Beamtin|Stadträt(?:in|e|en)|Stadtrat|(?:Rechts|Gerichts)mediziner(?:in|innen)?|Leiter(?:in)? (?:des|der) \\p{L}*(?:amte?s?|behörde|verwaltung)|(?:Chefarzt|Chefärztin|Ärztliche[rn]? Direktor(?:in)?|Direktor(?:in)?|Leiter(?:in)?|Geschäftsführer(?:in)?|Sprecher(?:in)?)(?:s|n)? (?:des|der) (?:städtischen|kommunalen|staatlichen|öffentlichen|Städtischen|Kommunalen|Staatlichen))\\b`,
      'u',
    ),
    named: /\b(?:Herr|Frau|Dr\.|Prof\.|Professor(?:in)?)\s/u,
    // (session 33, lead decision 1) federal and state agencies by name, declined ("des Robert Koch-Instituts"): official whatever
    // the name says; research societies and private or academic institutes (Fraunhofer-, Max-Planck-, ifo Institut) are not here
    stateAgencies:
      /(?:Robert[- ]Koch[- ]Institut(?:e?s)?|RKI|Paul[- ]Ehrlich[- ]Institut(?:e?s)?|PEI|Friedrich[- ]Loeffler[- ]Institut(?:e?s)?|FLI|(?:Bundes|Landes)institut(?:e?s)? für \p{Lu}\p{L}+|BfR|Umweltbundesamt(?:e?s)?|UBA|Statistische[ns]? (?:Bundesamt(?:e?s)?|Landesamt(?:e?s)?)|Destatis|Deutsche[ns]? Wetterdienst(?:e?s)?|Bundesagentur für Arbeit|Bundesnetzagentur|Bundesanstalt für \p{Lu}\p{L}+|Kraftfahrt-Bundesamt(?:e?s)?|Statistik Austria|MeteoSchweiz|GeoSphere Austria|AGES)/u,
  },
  hedges: {
    // every class ends in a guard (session 26): a hedge inside an indirect question or a condition ("prüfen, ob … möglicherweise") does not
    // hedge the claim (README, "Hedge set, check3")
    // (session 27: "soll … vorgeführt werden", a present passive infinitive, is a planned step, not a report: README round 6)
    // (session 27: a report that is the object of a denial, "Medienberichte, wonach … soll, bestätigte … nicht", hedges nothing)
    patterns: [
      new RegExp(String.raw`\b(?:angeblich|anscheinend|(?:nach|laut) ersten Erkenntnissen|ersten Erkenntnissen zufolge|dem Vernehmen nach|(?:Medien|Presse)berichten zufolge|Gerüchten zufolge|offenbar|offensichtlich|scheinbar|vermutlich|wahrscheinlich|möglicherweise|Berichten zufolge|unbestätigten (?:Berichten|Angaben|Informationen) zufolge|soll(?:en|te|ten)? (?:[\p{L}\d.,]+ ){0,10}?(?:haben|sein|worden)(?!\p{L})|soll(?:en)? (?:[\p{L}\d.,/-]+ ){0,20}?\p{L}+(?:t|en) (?:haben|sein)\b|geh(?:t|en) (?:[\p{L}]+ ){0,4}davon aus(?![^.;!?]{0,200}?\b(?:wird|werden)(?=\s*(?:[,.;!?]|$)))|soll(?:en)? (?![^.;!?]{0,80}?\b(?:${FUT_ANY_DE}))(?:[\p{L}\d.,-]+ ){0,6}?(?:bestehen|vorliegen|existieren)\b|\p{L}+(?:t|en) (?:haben|sein) (?:und|oder|sowie) [^.;!?]{1,120}? soll(?:en)?(?=\s*(?:[.,;:!?)–—]|$))(?<!\b(?:${FUT_STRICT_DE})[^.;!?]{0,160})|soll(?:en)? (?:[\p{L}\d.,]+ ){0,10}?\p{L}+(?:t|en)\s+(?:haben|sein)|dürfte[n]?\b|scheint|scheinen|gilt als|gelten als|offensichtlich|wird davon ausgegangen|(?:gewesen|worden) sein soll(?:en)?|\p{L}+(?:t|en) (?:haben|sein) soll(?:en)?)(?<!\bob\b[^,.;:!?]{0,160})(?<!${PLANNED_STATE})(?!(?<=\bwonach\b[^.;!?]{0,200})[^.;!?]{0,160}?\b(?:nicht bestätigt|bestätigt\p{L}* (?:[\p{L}\d„“"-]+ ){0,6}?nicht|dementiert\p{L}*|zurückgewiesen|wies\p{L}* (?:[\p{L}\d„“"-]+ ){0,6}?zurück|bestritt\p{L}*|bestritten))`, 'iu'),
      // the modal particle "wohl" (epistemic: "traf die Frau wohl ein Stich"), not "sehr wohl", "wohl aber", "das Wohl"
      /(?<!\b(?:[Ss]ehr|[Dd]urchaus|[Gg]ut|[Ss]o) )\bwohl\b(?! aber\b| oder übel\b)(?<!\bob\b[^,.;:!?]{0,160})/u,
      // (session 34, hedges12: appearance with any subject, "Die Spur sieht aus, als hätte sich eine Person … geschleppt", a carry-set miss, as
      // "es sieht so aus, als"; the Konjunktiv II or I after "als" marks the unreal comparison, "sieht aus wie neu" is left out)
      // epistemic adverbs and phrases of appearance that the first union lacks ("eventuell", "womöglich", "allem Anschein nach"),
      // a cause under consideration ("kommt … in Betracht", not "nicht in Betracht") and "die mögliche Ursache"
      /\b(?:womöglich|eventuell|vielleicht|unter Umständen|höchstwahrscheinlich|augenscheinlich|allem Anschein nach|dem Anschein nach|aller Wahrscheinlichkeit nach|wie es (?:bisher|derzeit|zurzeit|momentan|im Moment|jetzt|bislang) aussieht|es sieht (?:ganz )?(?:so )?(?:danach )?aus, als|(?<!\bes )(?:sieht|sah|sehen|sahen) (?:[\p{L}-]+ ){0,2}?(?:ganz )?(?:so )?aus,? als(?= (?:ob|hätte|hätten|wäre|wären|sei|seien|habe|haben|würde|würden)\b)|(?<!\bnicht )in Betracht|(?:eine |die |als |einzige |einzig )?mögliche[nr]? (?:\p{L}+ )?(?:Ursache|Brandursache|Unfallursache|Auslöser|Motiv|Hintergrund|Erklärung))\b(?<!\bob\b[^,.;:!?]{0,160})/iu,
      // preliminary findings hedge the claim (README, session 23): "nach ersten/vorläufigen Erkenntnissen", "ersten Ermittlungen zufolge",
      // "erste Erkenntnisse deuten darauf hin"; "nach derzeitigen Erkenntnissen" is not one (the tuned labels: the state of the inquiry)
      /\b(?:(?:nach|laut) (?:den )?(?:ersten|vorläufigen) (?:\p{L}+ )?(?:Erkenntnissen|Informationen|Angaben|Ermittlungen|Ermittlungsergebnissen|Einschätzungen|Untersuchungen|Untersuchungsergebnissen|Befunden|Hinweisen|Ergebnissen)|(?:ersten|vorläufigen) (?:\p{L}+ )?(?:Erkenntnissen|Informationen|Angaben|Ermittlungen|Ermittlungsergebnissen|Einschätzungen|Untersuchungen|Untersuchungsergebnissen|Befunden|Ergebnissen) (?:zufolge|nach(?=,|\s+(?!(?:dem|der|den|des|einem|einer|eines|zu|Hause)\b)\p{Ll}))|(?:erste|vorläufige) (?:Erkenntnisse|Ermittlungen|Ermittlungsergebnisse|Untersuchungen|Ergebnisse|Einschätzungen|Befunde|Hinweise) (?:deuten|weisen|legen|lassen|sprechen|ergaben|ergeben|zeigen|zeigten|deuteten|wiesen|legten|sprachen))\b(?<!\bob\b[^,.;:!?]{0,160})/iu,
      // an epistemic modal with a perfect infinitive: "könnte … ausgelöst worden sein", "muss … eingestiegen sein", and "will … gesehen
      // haben" (claims to have); the participle shape (ge-, be-/ver-/er-/zer-/ent-, -iert) keeps out "könnte Folgen haben";
      // the words between carry no comma and no "und/oder" (a second clause: "Zeugen, die … geben können oder … gemacht haben")
      /\b(?:könnte|könnten|kann|können|konnte|müsste|müssten|muss|müssen|will|wollen|wollte|wollten)\b (?:(?!(?:oder|und|aber|sowie)\b)(?:\(\d+\)|[\p{L}\d./-]+) ){0,14}?(?:\p{L}*ge\p{L}{2,}|(?:be|ver|er|zer|ent|emp|miss)\p{L}{2,}|\p{L}+ier)(?:t|en) (?:haben|sein|worden sein|gewesen sein)\b(?<!\bob\b[^,.;:!?]{0,160})/iu,
      // the same in verb-final order (subordinate clauses): "…, dass eines der Kinder den Herd eingeschaltet haben könnte"
      /\b(?:\p{L}*ge\p{L}{2,}|(?:be|ver|er|zer|ent|emp|miss)\p{L}{2,}|\p{L}+ier)(?:t|en) (?:haben|sein|worden sein|gewesen sein) (?:könnte|könnten|kann|können|müsste|müssten|muss|müssen|will|wollen|dürfte|dürften)\b(?<!\bob\b[^,.;:!?]{0,160})/iu,
      // not ruled out: "ist nicht auszuschließen", "schließt … nicht aus", "wollte nicht ausschließen"
      /\b(?:nicht (?:mehr )?(?:auszuschließen|ausgeschlossen|ausschließen)|schlie(?:ß|ss)(?:t|en|e)\b (?:[\p{L}\d.,-]+ ){0,8}?nicht (?:mehr )?aus)\b(?<!\bob\b[^,.;:!?]{0,160})/iu,
      // a standing suspicion as the claim's frame ("Es besteht der Verdacht, dass …"; README: official h), not "wegen des Verdachts"
      /\b(?:(?:besteht|bestehe|bestand|bestünde|erhärtet(?:e)? sich) (?:\p{L}+ ){0,2}?der Verdacht|der Verdacht, dass)\b(?<!\bob\b[^,.;:!?]{0,160})/iu,
      // media reports as the frame ("nach Medienberichten"), as "Medienberichten zufolge"
      /\b(?:(?:nach|laut) (?:unbestätigten |übereinstimmenden |ersten )?(?:Medien|Presse|Zeitungs)(?:berichten|informationen|angaben)|(?:nach|laut) unbestätigten (?:Berichten|Informationen|Angaben|Meldungen))\b(?<!\bob\b[^,.;:!?]{0,160})/iu,
      // (session 26: the contracted definite articles "im/am/zum/zur/beim/vom" name as "dem/der" do: "im mutmaßlichen Betrugsfall")
      // an alleged-word that asserts (README, "Attributive alleged-words", session 25): "nahmen zwei mutmaßliche Einbrecher fest",
      // "Als mutmaßlichen Brandstifter", "vermeintliches Diebesgut", the adverb "mutmaßlich ermordet"; not after a definite article,
      // demonstrative or possessive, where it names someone already in view ("Der mutmaßliche Täter wurde festgenommen", "des
      // mutmaßlichen Täters", "die beiden mutmaßlichen Einbrecher")
      /(?<!\b(?:der|die|das|des|dem|den|im|am|zum|zur|beim|vom|ins|ans|diese[rsmn]?|jene[rsmn]?|seine[rsmn]?|sein|ihre[rsmn]?|ihr|unsere[rsmn]?|beiden)\s(?:[\p{L}\d-]+\s)?)\b(?:mutmaßlich|vermeintlich)(?:e[nrms]?)?\b(?<!\bob\b[^,.;:!?]{0,160})/iu,
      // an epistemic modal with the copula or "sich handeln um" ("Die Ursache könnte ein Defekt sein", "Bei dem Toten könnte es sich um den
      // Vermissten handeln", "dürfte ein Racheakt sein"); the assumption "geht/gehen … von … aus" ("Die Polizei geht von einem Unfall aus",
      // as "gehen davon aus"); "Ich glaube" and "könnte … werden" (a forecast) are left out
      // (session 30: a middle field of up to 14 words, "könnte die Bande auch für einen Einbruch in … verantwortlich sein"; a time to come in the
      // sentence makes it a forecast, "Die nächsten Tage könnten entscheidend sein", as "könnte … werden")
      /\b(?:(?:könnte|könnten|dürfte|dürften)\b (?:(?!(?:oder|und|aber|dass|wenn)\b)[\p{L}\d.-]+ ){1,14}?(?:sein|handeln)\b(?<!\b(?:nächst\p{L}*|morgen|übermorgen|künftig\p{L}*|bald|demnächst|kommend\p{L}*|Zukunft|später|spätestens|bis (?:Ende|zum|zur)|(?:im|ab|zum) (?:Frühjahr|Frühling|Sommer|Herbst|Winter))\b[^.;!?]{0,160})|geh(?:t|en) (?:(?!(?:oder|und|aber|dass)\b)[\p{L}\d.-]+ ){0,6}?von (?:einem|einer|einen) (?:\p{L}+ )?\p{L}+ aus\b)(?<!\bob\b[^,.;:!?]{0,160})/iu,
      // reported belief of the police or an impersonal one ("Es wird vermutet, dass", "Die Polizei vermutet", "Die Ermittler vermuten")
      /\b(?:(?:wird|werde|wurde) (?:\p{L}+ )?vermutet|(?:Polizei|Ermittler|Beamten|Behörden?|Staatsanwaltschaft|Experten|Fachleute|man) vermute(?:t|n|te|ten)\b|vermute(?:t|n|te|ten) (?:die |der )?(?:Polizei|Ermittler|Beamten|Behörden?|Staatsanwaltschaft|Experten|man)\b)(?<!\bob\b[^,.;:!?]{0,160})/iu,
      // impersonal likelihood predicates ("Es ist möglich/wahrscheinlich/denkbar, dass"), not "Es ist möglich, … zu" (an action one may
      // take); rumour as the frame ("Es gibt Gerüchte, dass")
      /\b(?:(?:es|das) (?:ist|war|wäre|sei) (?:gut |durchaus |sehr |gut )?(?:möglich|wahrscheinlich|denkbar|vorstellbar|nicht unwahrscheinlich), dass|(?:es gibt|es gab|es kursieren|es kursierten) Gerüchte)\b(?<!\bob\b[^,.;:!?]{0,160})/iu,
      // rumour and speculation as the frame ("Es wird gemunkelt, dass", "Spekulationen zufolge")
      /\b(?:(?:wird|wurde) (?:\p{L}+ )?gemunkelt|(?:Spekulationen|Gerüchten) zufolge|(?:nach|laut) (?:Spekulationen|Gerüchten))\b(?<!\bob\b[^,.;:!?]{0,160})/iu,
      // session 27: unnamed media as the frame ("Wie mehrere Medien berichten", "wie britische Zeitungen melden"; README: as
      // "Medienberichten zufolge"), not a named paper ("Wie die „Süddeutsche Zeitung“ berichtet"); a belief stated with a fronted participle
      // or an impersonal "angenommen, dass" ("Vermutet wurde zunächst ein Blitzeinschlag", "Es wird angenommen, dass"), not a motion
      // carried ("Der Antrag wurde angenommen"); the reportive "soll … wollen" (one cannot plan someone's wanting)
      /(?:\bwie (?:\p{L}+ )?(?:Medien|Zeitungen|Lokalmedien|Boulevardmedien|Boulevardzeitungen|Medienberichte)\b (?:\p{L}+ ){0,3}?(?:bericht|meld|schreib|schrieb)\p{L}*|\b(?:Vermutet (?:wird|wurde|werde)|Angenommen (?:wird|wurde|werde),? dass|(?:wird|wurde|werde) (?:\p{L}+ )?angenommen, dass)\b|\bsoll(?:en|te|ten)? (?:[\p{L}\d.,-]+ ){0,16}?wollen\b|\bman munkelt\b)(?<!\bob\b[^,.;:!?]{0,160})/iu,
      // session 28 (lead decision): an impersonal report verb with no reporter ("Es wird berichtet, dass", "wie berichtet wird", "Gemeldet
      // wurde, dass") is a hedge: hearsay with no one to answer for it; not "wie berichtet" alone (the outlet's own earlier report), not a
      // negated report, not one with its agent ("wie von der Polizei mitgeteilt wurde" has more than one word between)
      /(?<!\bnicht\b[^.;:!?]{0,30})\b(?:(?:es )?(?:wird|wurde|werde) (?:(?!(?:nicht|nie|kaum|nirgends)\b)\p{L}+ )?(?:berichtet|gemeldet|mitgeteilt|erzählt|kolportiert|behauptet),? (?:dass|wonach)|(?:Berichtet|Gemeldet|Erzählt|Kolportiert) (?:wird|wurde),? (?:dass|wonach)|wie (?:\p{L}+ )?(?:berichtet|gemeldet|kolportiert) (?:wird|wurde))\b(?<!\bob\b[^,.;:!?]{0,160})/iu,
      // session 28 (lead decision): the state of the inquiry is a provisional finding ("nach bisherigen/derzeitigen Erkenntnissen", "nach
      // derzeitigem Kenntnisstand", "nach dem bisherigen Stand der Ermittlungen", "bisherigen Ermittlungen zufolge"): a hedge, as "nach
      // ersten Erkenntnissen" is (this overrules the tuned reading of "nach derzeitigen Erkenntnissen", README session 28)
      /\b(?:(?:nach|laut) (?:den |dem )?(?:bisherigen|derzeitigen|aktuellen|jetzigen|gegenwärtigen|momentanen) (?:\p{L}+ )?(?:Erkenntnissen|Ermittlungen|Ermittlungsergebnissen|Informationen|Aussagen|Stand|Kenntnisstand|Ermittlungsstand|Erkenntnisstand|Wissensstand|Sachstand)|(?:nach|laut) (?:derzeitigem|bisherigem|aktuellem|jetzigem|gegenwärtigem|momentanem) (?:Kenntnisstand|Ermittlungsstand|Erkenntnisstand|Wissensstand|Sachstand|Stand)|(?:bisherigen|derzeitigen|aktuellen) (?:Erkenntnissen|Ermittlungen|Informationen|Aussagen) (?:zufolge|nach(?=,|\s+(?!(?:dem|der|den|des|einem|einer|eines|zu|Hause)\b)\p{Ll}))|Stand (?:jetzt|heute)\b,)(?<!\bob\b[^,.;:!?]{0,160})/iu,
      // session 28: "soll/sollen" with a perfect infinitive when the middle field holds quotes, guillemets or brackets ("soll … das
      // Onlinegame «Fortnite» gezockt haben"), which the first class's word characters stop at
      new RegExp(String.raw`\bsoll(?:en|te|ten)? (?:[^\s.;:!?]+ ){0,20}?(?:\p{L}*ge\p{L}{2,}|(?:be|ver|er|zer|ent|emp|miss)\p{L}{2,}|\p{L}+ier)(?:t|en) (?:haben|sein|worden sein)\b(?<!\bob\b[^,.;:!?]{0,160})(?<!${PLANNED_STATE})`, 'iu'),
      // session 28: the assumption in the past or the subjunctive ("Derzeit gingen Experten davon aus, dass", "ging von einem Unfall aus");
      // a negated one ("Die Polizei ging nicht von einer politisch motivierten Tat aus") asserts no assumption and is left out
      /\b(?:ging(?:en|e|est)?|gehe) (?:(?!(?:oder|und|aber|dass|nicht|keine[nmrs]?|kein|nie|niemals)\b)[\p{L}\d.-]+ ){0,6}?(?:davon|von (?:einem|einer|einen) (?:(?!(?:oder|und|aber|dass)\b)\p{L}+ ){0,3}?\p{L}+) aus\b(?<!\bob\b[^,.;:!?]{0,160})/iu,
      // session 28: "wollen" of claim with a negated ability ("An die Tatnacht will er sich nicht erinnern können": one does not want to
      // be unable), as "will … gesehen haben"
      /\b(?:will|willst|wollen|wollte|wollten) (?:[\p{L}\d.-]+ ){0,8}?(?:nicht|nichts|kaum|keine[nmrs]?|nie|niemals) (?:[\p{L}\d.-]+ ){0,4}?\p{L}+(?:en|rn|ln) können\b(?<!\bob\b[^,.;:!?]{0,160})/iu,
      // session 28: an epistemic modal with a perfect infinitive across a long middle field ("muss die 55-jährige Frau in ihrem Schlafzimmer
      // in einem Dorf im Kreis SÜW um ihr Leben gekämpft haben"): the class above stops after 14 words
      /\b(?:könnte|könnten|muss|müssen|müsste|müssten)\b (?:(?!(?:oder|und|aber|sowie)\b)[\p{L}\d./-]+ ){15,24}?(?:\p{L}*ge\p{L}{2,}|(?:be|ver|er|zer|ent|emp|miss)\p{L}{2,}|\p{L}+ier)(?:t|en) (?:haben|sein|worden sein|gewesen sein)\b(?<!\bob\b[^,.;:!?]{0,160})/iu,
      // session 28 (batch 2): the reportive Konjunktiv "solle(n)" with a perfect infinitive ("der Mann solle das Geld genommen haben"; not the
      // reported demand "er solle sich melden"); a belief frame: "hält es für möglich/wahrscheinlich, dass", "nach Einschätzung der
      // Ermittler" (as "по мнению следствия"); not negated ("hält es nicht für möglich")
      /\b(?:solle(?:n|st)? (?:[^\s.;:!?]+ ){0,20}?(?:\p{L}*ge\p{L}{2,}|(?:be|ver|er|zer|ent|emp|miss)\p{L}{2,}|\p{L}+ier)(?:t|en) (?:haben|sein|worden sein)|(?:hält|halten|hielt|hielten) (?:(?!(?:nicht|kaum|keine?)\b)\p{L}+ ){0,4}?für (?:gut |durchaus |sehr |eher )?(?:möglich|wahrscheinlich|denkbar|plausibel|wahrscheinlicher)|(?:nach|laut) (?:erster |ersten |vorläufiger |bisheriger )?Einschätzung (?:der|des|von)|Einschätzungen? (?:der|des) (?:\p{L}+ ){1,2}zufolge)\b(?<!\bob\b[^,.;:!?]{0,160})/iu,
      // session 28 (batch 3): unofficial information as the frame ("nach inoffiziellen Angaben", "inoffiziellen Informationen zufolge"), a
      // standing allegation ("Im Raum steht der Verdacht, dass", "hegen den Verdacht, dass"), and inference from traces ("Alles deutet darauf
      // hin, dass", "Spuren deuten darauf hin"), as "todo indica que"
      /\b(?:(?:nach|laut) (?:inoffiziellen|nicht bestätigten|nicht offiziellen) (?:Angaben|Informationen|Berichten)|(?:inoffiziellen|nicht bestätigten) (?:Angaben|Informationen) zufolge|im Raum steh(?:t|en|e)n? (?:\p{L}+ ){0,2}?(?:der Verdacht|der Vorwurf|die Vermutung|Vorwürfe)|steh(?:t|en) (?:\p{L}+ ){0,3}?(?:der Verdacht|der Vorwurf|die Vermutung|Vorwürfe)(?: \p{L}+){0,4}? im Raum|(?:hegt|hegen|hegte|hegten|haben|hat|hatte|hatten) (?:\p{L}+ ){0,2}?den Verdacht, dass|(?:alles|vieles|einiges|manches|Spuren|Hinweise|Indizien|Ermittlungen|Erkenntnisse) deute(?:t|n|te|ten) (?:\p{L}+ ){0,2}?darauf hin)\b(?<!\bob\b[^,.;:!?]{0,160})/iu,
      // session 29 (lead decision): a verb of becoming known with no source named is a hedge: "Wie am Montag bekannt wurde, …", "Am Dienstag
      // wurde bekannt, dass …", "wie es hieß", "Es hieß, …", "…, heißt es." after an indicative statement; not with a source ("wie aus
      // Polizeikreisen bekannt wurde", "hieß es aus dem Präsidium / in einer Mitteilung"; "wie die Polizei bekannt gab" is a verb of telling),
      // nor "heißt es" closing a direct quote or a sentence in Konjunktiv I: reported speech that continues the source in play (README,
      // "German mood"); a noun that became public ("Im November war der Skandal bekannt geworden") reports the event, not hearsay
      /\b[Ww]ie (?:(?!(?:aus|von|vom|durch|laut|seitens|gegenüber|bei|beim|nach)\b)[\p{L}\d.]+ ){0,4}?bekannt (?:wurde|geworden ist|geworden war)\b|\b(?:wurde|wurden) (?:\p{L}+ ){0,2}?bekannt, (?:dass|wie|wonach)\b|\b(?:ist|war|sei) (?:\p{L}+ ){0,2}?bekannt geworden, (?:dass|wie|wonach)\b|\b[Ww]ie es (?:weiter |zudem |außerdem |ferner |am \p{L}+ |zunächst )?hie(?:ß|ss)\b(?! (?:aus|von|vom|in|im|bei|beim|seitens|laut)\b)|\b[Ee]s hie(?:ß|ss)(?=,)|\b(?:hie(?:ß|ss)|hei(?:ß|ss)t) es(?: (?:weiter|zudem|außerdem|ferner|auch|dazu|am \p{L}+))?(?=\s*[.;]|$)(?<![„"“”»«]\s?,?\s?\p{L}+ es(?: \p{L}+){0,2})(?<!\b(?:sei|seien|habe|hätte|hätten|werde|würde|würden|könne|müsse|solle|wolle|dürfe|gebe|liege|stehe|fehle|gehe|komme|bestehe|handle|befinde)\b.*)/u,
      // session 30: the reportive "sollen" where the other classes do not reach it: "soll … sein" with quotes, guillemets or brackets in the
      // middle field ("soll laut „Bild“ ausgerechnet der ehemalige Coach (49) sein"); "soll es sich um … handeln" (the identification
      // frame, "Bei dem Toten soll es sich um einen 30-Jährigen handeln"); a first participle closed by a comma when the clause goes on to
      // "haben/sein" (coordinated perfect infinitives: "soll … gestanden, … geschaut, … kehrt gemacht haben"; not "soll gesperrt, … werden",
      // a planned step); and the Konjunktiv "solle(n)" closing a subordinate clause after a stative verb ("…, dass sich ein Mann … befinden
      // solle"), which cannot be a reported command ("forderte, dass er sich melden solle" keeps its action verb)
      new RegExp(String.raw`\b(?:soll(?:en|te|ten)? (?:(?:\d+[.,]\d+|[^\s.;:!?]+) ){0,12}?sein\b|soll(?:en|te|ten)? (?:(?:\d+[.,]\d+|[^\s.;:!?]+) ){0,3}?(?:es )?sich (?:(?:\d+[.,]\d+|\p{Lu}\.|[^\s.;:!?]+) ){0,18}?handeln\b|soll(?:en|te|ten)? (?:(?:\d+[.,]\d+|[^\s.;:!?]+) ){0,14}?(?:\p{L}*ge\p{L}{2,}|(?:be|ver|er|zer|ent|emp|miss)\p{L}{2,}|\p{L}+ier)(?:t|en), (?=[^.;!?]{0,200}\b(?:haben|sein)\b(?![^.;!?]{0,40}\bwerden\b))|(?:befinden|aufhalten|verstecken|handeln|stammen|wohnen|leben|besitzen|gehören|tragen) solle(?:n)?\b(?=\s*(?:[.,;:!?)]|$))|(?:sein|haben) solle\b(?=\s*(?:[.,;:!?)]|$)))(?<!\bob\b[^,.;:!?]{0,160})(?<!${PLANNED_STATE})(?<!\b(?:${FUT_STRICT_DE})[^.;!?]{0,120}\b(?:befinden|aufhalten|verstecken|handeln|stammen|wohnen|leben|besitzen|gehören|tragen) sollen?)(?!(?<=\bwonach\b[^.;!?]{0,200})[^.;!?]{0,160}?\b(?:nicht bestätigt|bestätigt\p{L}* (?:[\p{L}\d„“"-]+ ){0,6}?nicht|dementiert\p{L}*|zurückgewiesen|wies\p{L}* (?:[\p{L}\d„“"-]+ ){0,6}?zurück|bestritt\p{L}*|bestritten))`, 'iu'),
      // session 31: the reportive "sollen" closing a subordinate (relative) clause after a stative verb ("ein Mann, der dem Gesuchten ähnlich
      // sehen soll", "Männer, bei denen es sich um Angestellte handeln soll", "der in Berlin wohnen soll"): one cannot plan a resemblance or an
      // identity, so "sollen" reports (reference grammar: the reportive reading of sollen with stative predicates); not an event verb or a
      // passive ("die im Herbst eröffnet werden soll", a plan), nor a stative one with a time to come ("die ab Mai in der Halle wohnen sollen")
      new RegExp(String.raw`\b(?:befinden|aufhalten|verstecken|handeln|stammen|wohnen|leben|besitzen|gehören|angehören|tragen|ähneln|aussehen|sehen|kennen|verfügen|unterhalten|pflegen) soll(?:en|te|ten)?\b(?=\s*(?:[.,;:!?)–—]|$))(?<!\b(?:${FUT_STRICT_DE})[^.;!?]{0,120})(?<!\bob\b[^,.;:!?]{0,160})`, 'iu'),
      // session 32 (hedges10): inference from traces ("Die Spuren ließen auf einen Einbruch schließen", "Hinweise, die auf Brandstiftung schließen
      // lassen"; README check8: inference verbs are hedges), not negated ("lassen nicht auf … schließen"); the impersonal belief with its
      // object ("Derzeit wird von einem technischen Defekt ausgegangen", as "wird davon ausgegangen"), not an expectation of a step to come
      // ("Es wird von einer Sperrung bis Freitag ausgegangen"); unnamed media as the subject of a verb of reporting ("Mehrere Zeitungen
      // berichteten, …", "Lokale Medien melden, dass …", s32 lead decision), not a named paper or the media as the addressee ("sagte den Medien")
      new RegExp(String.raw`(?:\b(?:lässt|lassen|ließ|ließen)\b(?![^.;!?]{0,120}?\b(?:nicht|keine|keinen|kaum)\b[^.;!?]{0,120}?\bschlie(?:ß|ss)en\b) (?:[^.;!?]{0,120}? )?auf (?:[^.;!?]{0,120}? )?schlie(?:ß|ss)en\b|\bauf (?:[^.;!?]{0,120}? )?schlie(?:ß|ss)en (?:lässt|lassen|ließ|ließen)\b|\b(?:wird|wurde|werde) (?:\p{L}+ ){0,2}?von (?:[\p{L}\d.-]+ ){1,10}?ausgegangen\b(?<!\b(?:bis|ab|morgen|übermorgen|nächst\p{L}*|kommend\p{L}*|voraussichtlich)\b[^.;!?]{0,80})|\b(?:mehrere|einige|verschiedene|zahlreiche|lokale|örtliche|regionale|internationale|ausländische|britische|französische|amerikanische|italienische|spanische|türkische|russische|polnische|österreichische|schweizerische|belgische|niederländische|tschechische|ukrainische|israelische|griechische)\p{L}* (?:Medien|Zeitungen|Blätter|Lokalmedien|Boulevardmedien|Boulevardzeitungen|Nachrichtenportale|Sender|Presseberichte|Medienberichte) (?:\p{L}+ ){0,2}?(?:bericht|meld|schreib|schrieb)\p{L}*)(?<!\bob\b[^,.;:!?]{0,160})`, 'iu'),
      // session 33 (hedges11): lead decision 3, a version the inquiry considers is a hedge: "Die Ermittler gehen der Spur eines Beziehungsdramas
      // nach", "gehen von der Annahme aus", "verfolgen die These / Theorie / Hypothese, dass …"; not tips followed ("gehen 187 Hinweisen
      // nach"), a question pursued ("gehen der Frage nach, ob", an indirect question), a trace missing or secured ("fehlte jede Spur"), nor a
      // thesis examined ("prüfen", README session 32). An office's belief in the first person inside a quote ("„Wir glauben, dass es sich um
      // einen Einzeltäter handelt“", "Wir vermuten, dass …", as "Wir gehen davon aus"), not "Ich glaube" (an opinion, README) nor a forecast.
      // Provisional findings with the office between, ending in "zufolge" ("Den ersten Ermittlungen der Kripo zufolge", the s28 decision)
      /(?:\b(?:geht|gehen|ging|gingen|nachgehen|nachgegangen) (?:\p{L}+ ){0,3}?(?:der|einer|dieser|die|eine|diese) (?:Spur|These|Theorie|Hypothese|Vermutung|Annahme|Version)\b|\b(?:verfolg|favorisier)\p{L}* (?:\p{L}+ ){0,3}?(?:die|eine|diese) (?:These|Theorie|Hypothese|Vermutung|Annahme|Version)\b|\b(?:[Ww]ir (?:\p{L}+ ){0,2}?(?:glauben|vermuten|nehmen an|befürchten)|(?:glauben|vermuten) wir),? (?:\p{L}+ ){0,2}?dass\b(?![^.;!?]{0,120}\b(?:wird|werden|morgen|bald|künftig|nächst\p{L}*)\b)|\b(?:ersten|bisherigen|vorläufigen) (?:Ermittlungen|Erkenntnissen|Untersuchungen|Ermittlungsergebnissen) (?:de[rs]|von) (?:[\p{L}-]+ ){1,4}?zufolge\b)/u,
      // session 33 (hedges11), from the residue of check9 (spent, read as dev): unnamed media as a bare plural subject ("Medien berichten, der
      // Angreifer habe …", s32 decision), not a named paper nor the media addressed ("sagte den Medien"); a cause assumed in the passive ("Als
      // Brandursache wurde … ein technischer Defekt angenommen"), not a motion accepted ("Der Antrag wurde angenommen"); the authorities'
      // assumption with a long object ("Die Polizei geht von einem technischen Defekt an einem … Gerät oder Fahrlässigkeit aus"), not a danger
      // that emanates ("Eine Gefahr geht von dem Brand nicht aus"), a negated one ("ging nicht von einer politisch motivierten Tat aus",
      // README check5: -) nor an expectation ("… aus, dass es … werden wird"). Also (session 33) the
      // "soll … haben / sein / worden" class ends at the word's end: "soll nun auch seinen Zustand ermitteln" is a plan, not "sein"
      /(?:(?:^|[.;:!?]\s+|,\s+)(?:Medien|Zeitungen|Medienberichte|Presseberichte) (?:berichten|berichteten|melden|meldeten|schreiben|schrieben)\b|\b[Aa]ls (?:\p{L}*[Uu]rsache|Motiv|Auslöser) (?:wird|wurde|werde) (?:[\p{L}\d.,-]+ ){0,10}?angenommen\b|\b(?:geht|gehen|ging|gingen) (?:\p{L}+ ){0,3}?von (?:einem|einer|eines) (?:[\p{L}\d.,-]+ ){1,14}?aus\b(?![^.;!?]{0,120}\b(?:wird|werden)\b)(?<!\b(?:Gefahr|Gefährdung|Bedrohung|Risiko|Rauch|Geruch|Lärm|Wirkung|Impuls|Signal)\b[^.;!?]{0,60})(?<!\b(?:nicht|nie|kaum|keinesfalls)\b[^.;!?]{0,160}))/u,
    ],
    // session 29: impersonal report and becoming known (a hedge only with no reporter in play), and the object of a denial
    reportFrames: /(?:berichtet|bekannt|hie(?:ß|ss) es|hei(?:ß|ss)t es|[Ee]s hie(?:ß|ss))/u,
    reportedObject: /(?:\b(?:dementiert\p{L}*|dementierte\p{L}*|bestritt\p{L}*|bestreite\p{L}*|widersprach\p{L}*)\s[^.;!?]{0,60}?(?:Berichte\p{L}*|Gerüchte\p{L}*|Darstellung\p{L}*|Meldung\p{L}*|Vorwürfe\p{L}*|Behauptung\p{L}*),?|\bwies\s[^.;!?]{0,40}?(?:Berichte\p{L}*|Gerüchte\p{L}*|Darstellung\p{L}*|Meldung\p{L}*|Vorwürfe\p{L}*|Behauptung\p{L}*)\s(?:\p{L}+\s){0,2}?zurück,?)\s(?:wonach|dass|denen zufolge)\b[^.;!?]{0,160}$/u,
    // session 28: rule D (README, session 23): a report the same sentence goes on to correct ("Zunächst hieß es, der Mann sei verletzt
    // worden, später stellte sich heraus, dass …", "… vermutet, entpuppte sich aber als …") is not the claim's hedge
    // (session 30: a hedge in a clause that is the subject of "ist / bleibt unklar / offen / unbekannt" — a comma, then the verb — is inside an
    // indirect question or a subject clause: "Wie die Frau das gemacht haben soll, ist noch unklar"; the claim asserts nothing about it; not
    // when a new clause opens after the hedge, "Offenbar hatte sie Zugriff – wie sie das umging, ist noch unklar")
    corrections: /^(?:(?!\b(?:wie|wo|wann|warum|weshalb|wieso|wer|wen|wem|was|ob|dass|weil)\b)[^.;!?–—]){0,200}?, (?:ist|bleibt|war|blieb|sind|bleiben|waren|blieben) (?:(?:noch|weiter|weiterhin|bislang|bisher|derzeit|zunächst|völlig|vorerst|aber|allerdings) ){0,2}(?:unklar|offen|unbekannt|ungeklärt|fraglich|nicht (?:bekannt|geklärt|klar))\b|\b(?:stellte sich (?:\p{L}+ ){0,6}?heraus|stellten sich (?:\p{L}+ ){0,6}?heraus|entpuppte(?:n)? sich|erwies(?:en)? sich (?:\p{L}+ ){0,4}?als (?:falsch|unzutreffend|haltlos|unbegründet|Irrtum|Fehlalarm)|in Wahrheit|tatsächlich aber|war (?:aber|jedoch) (?:in Wirklichkeit|tatsächlich))\b/iu,
  },
  furniture: {
    lines: [
      // a promo line that sends the reader elsewhere, an embedded post's chrome (session 27)
      /^(?:(?:weitere |mehr |aktuelle )?nachrichten (?:aus|zu|für|rund um) .{1,60}(?:finden sie|gibt es|lesen sie) (?:auf|bei|unter|hier)\b|diesen beitrag auf instagram (?:anzeigen|ansehen)|ein beitrag geteilt von\b)/iu,
      /^(?:lesen sie (?:auch|mehr)|mehr zum thema|alle rechte vorbehalten|teilen|drucken|kommentare?|jetzt kommentieren|zum artikel|weiterlesen|anzeige|werbung|zur startseite|newsletter|abonnieren|folgen sie uns|mehr (?:dazu|lesen)|artikel teilen|schlagwörter|themen:|quelle:|foto:|bild:|©|\(dpa\)$|dpa$|mehr aus|empfehlungen|das könnte (?:sie|dich|euch) auch interessieren|um kommentare (?:verfassen|schreiben|abgeben)|bitte beachten sie unsere|audio:|video:|hören sie|diesen artikel|mit material von|pressekontakt|kontakt:|über\s+\p{Lu}\S*$|vielen dank für|ihr erreicht (?:mich|uns)|erreichen sie (?:mich|uns)|schreiben sie uns|startseite|sie sind hier:?|schaltfläche|zurück zum anfang|nach oben)/iu,
      // comment forms, share bars and page chrome
      /^(?:(?:ihre|deine) e-mail-adresse wird nicht veröffentlicht|erforderliche felder sind|pflichtfelder sind|(?:schreibe|hinterlasse) einen kommentar|kommentar (?:abschicken|absenden|schreiben|verfassen)$|antwort(?:en)? abbrechen|meinen namen,? meine e-mail|benachrichtige mich|sie müssen (?:angemeldet|eingeloggt) sein|link kopier(?:en|t)|(?:vorheriger|nächster) artikel$|veröffentlicht am\s|aktualisiert am\s|zuletzt aktualisiert|per (?:e-)?mail (?:teilen|versenden)|(?:anmelden|einloggen|registrieren|name|e-mail|website)\s*\*?$)/iu,
      /^(?:lesezeit\s*:?|\d+\s*min\.? lesezeit|artikel (?:anhören|merken|vorlesen)|merken$|symbolbild\.?$|archivbild\.?$)/iu,
    ],
    sentences: [
      // Session 33: ein Hinweis auf das Interview oder die Antworten darunter ("Hier die Antworten, die wir … erhalten haben:",
      // "Lesen Sie hier das Interview:")
      /^(?:Hier (?:ist |sind |lesen Sie |folgt |folgen )?|Im Folgenden |Nachfolgend |Lesen Sie hier )(?:(?:das|die|unser|unsere|ihre|seine)\s)?(?:ganze |vollständige )?(?:Interview|Gespräch|Antworten|Fragen und Antworten)\b[^.!?]{0,100}:$/u,
      // session 32: ein Verweis auf die Website oder den Kalender ("Alle Informationen finden Sie auf unserer Internetseite.")
      /^(?:(?:alle |weitere |nähere )?(?:informationen|infos|details|termine|öffnungszeiten) (?:gibt es|finden sie|stehen|sind) (?:auch )?(?:auf|unter) (?:der|unserer|ihrer|seiner) (?:internetseite|homepage|website|webseite)|(?:mehr|weitere) (?:informationen|infos) (?:auf|unter) (?:der|unserer) (?:internetseite|homepage|website|webseite))\b/iu,
      // Sitzung 30: ein Verweis auf eine Liste, Karte oder Übersicht, die die Seite unten oder hinter einem Link zeigt
      /^(?:Lesen Sie hier (?:einen|den|die|das|alle|mehr)\b|Hier (?:lesen|finden|sehen) Sie (?:einen|den|die|das|alle|mehr)\b|Unten (?:sehen|finden) Sie\b|(?:Eine|Die) (?:Übersicht|Liste|Karte)\b[^.]{0,60}\b(?:finden Sie|sehen Sie|gibt es) (?:unten|hier)\b|Einen Überblick (?:finden|lesen) Sie hier\b)/u,
      // Sitzung 30: eine Altersabfrage oder eine Warnung vor verstörenden Inhalten über dem Artikel
      /^(?:(?:Dieser|Der) (?:Artikel|Beitrag|Inhalt)|Diese Seite|Dieses Video) (?:enthält|kann) (?:Inhalte|Bilder|Szenen|Darstellungen)\b.{0,80}\b(?:Erwachsene|Minderjährige|18|verstörend|belastend|sensibel)|^Bitte bestätigen Sie, dass Sie (?:mindestens |über )?18\b|^(?:Altersverifikation erforderlich|Sensible Inhalte)\b/u,
      // session 30: eine Live-Seite oder ein fortgeschriebener Artikel über sich selbst (läuft live, wird aktualisiert, ist beendet)
      /^(?:Wir (?:halten (?:Sie|dich|euch) (?:hier |an dieser Stelle )?(?:auf dem Laufenden|über (?:alle|die) (?:Entwicklungen|Ereignisse))|berichten (?:hier )?(?:live|im (?:Live-?[Tt]icker|Newsblog|Liveblog))|aktualisieren (?:diesen|den) (?:Artikel|Beitrag|Ticker))|(?:Alle|Die) (?:aktuellen |wichtigsten |neuesten )?(?:Entwicklungen|Informationen|Infos|Meldungen|Ereignisse|Neuigkeiten) (?:im|in unserem) (?:Live-?[Tt]icker|Newsblog|Liveblog|Ticker|Überblick)\b|Im (?:Live-?[Tt]icker|Newsblog|Liveblog) (?:sammeln|halten|informieren|berichten)\b|(?:Dieser|Der) (?:Live-?[Tt]icker|Artikel|Beitrag|Newsblog|Liveblog) wird (?:laufend |fortlaufend |ständig |regelmäßig )?aktualisiert|(?:Dieser|Der) (?:Live-?[Tt]icker|Newsblog|Liveblog) ist (?:hiermit |jetzt )?beendet)|^(?:\p{Lu}[\p{L}-]*\s){1,3}tickert (?:hier )?live\b/u,
      // session 29: the page about its own making: a blog engine's entry footer, which language versions it has, a pointer to
      // its own layout or to a link or another story of its own, a prose credit for the picture on the front page
      /^(?:Dieser (?:Eintrag|Beitrag) wurde\b.{0,60}\b(?:veröffentlicht|abgelegt|gepostet)|Setze ein Lesezeichen auf den Permalink|Lesezeichen für den Permalink|(?:Dieser Artikel|Diese Seite|Dieser Beitrag|Dieser Inhalt) ist (?:nicht|nur) (?:auf|in) \p{Lu}\p{Ll}+ (?:verfügbar|erhältlich|abrufbar)|Sie können (?:ihn|sie|es|den Artikel) (?:auch )?(?:auf|in) \p{Lu}\p{Ll}+ lesen|(?:Bitte )?(?:siehe|sehen Sie) (?:unten|weiter unten)\b|(?:Titelbild|Titelfoto|Aufmacherbild|Beitragsbild|Foto auf der Startseite|Bild auf der Startseite)\s*[:–—-]\s*\S|Sie können (?:\p{L}+ ){1,5}(?:unter|über) (?:diesem|diesen|dem folgenden) Link\b|(?:Darüber|Davon) haben wir in einem (?:eigenen|separaten|früheren|gesonderten) (?:Artikel|Beitrag) berichtet)/u,
      // session 28: the page speaking to its reader about itself (a paywall, consent or availability notice), a read-more
      // prompt run on after the last sentence, a prompt for the full recording, a broadcaster's promise of its own report
      /^(?=.*(?:Browser|Cookies?\b|JavaScript|Werbeblocker|Adblocker|\bAbo(?:s|nnent\w*|nnement\w*|-Angebot\w*)?\b|Angebot testen|einloggen|\banmelden\b|\bLogin\b|Benachrichtigung|personenbezogene Daten|Einwilligung|Datenschutz|(?:dies\w*|unser\w*) (?:Artikel|Webseite|Website|Seite|App)\b))(?=.*(?:(?<!^)\b(?:Sie|Ihnen|Ihre[mnrs]?|Ihr)\b|^Ihre?[rs]? (?:Browser|Abo|Konto|Zugang|Werbeblocker|Adblocker)|\b(?:du|dein\w*|dich|dir)\b))(?!.*[„“”"][^„“”"]{25,}[“”"])/u,
      /^(?:Dieser (?:Artikel|Beitrag) ist\b.{0,60}\b(?:Abonnenten|Abo)|Wir (?:verwenden|nutzen|setzen) Cookies)/u,
      /^(?:weiterlesen|lesen sie weiter|(?:den )?(?:ganzen|vollständigen) (?:artikel|beitrag) lesen)\b|^(?:hören|sehen) sie (?:das|den|die|hier das|hier den|hier die) (?:ganze|komplette|vollständige)\b|\bmehr dazu (?:heute|morgen) (?:abend|um|in)\b/iu,
      // a correction notice, and an author's bio line (session 26)
      /^(?:korrektur|berichtigung|richtigstellung|korrekturhinweis|anmerkung der redaktion|transparenzhinweis)\s*:|\bin einer (?:früheren|vorherigen|ersten) (?:fassung|version) dieses (?:artikels|beitrags|textes)\b/iu,
      /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,2} (?:ist (?:\p{L}+ )?(?:Redakteur(?:in)?|Reporter(?:in)?|Korrespondent(?:in)?|Volontär(?:in)?|Journalist(?:in)?)\b|berichtet seit (?:19|20)\d\d|schreibt seit (?:19|20)\d\d)/u,
      // page chrome said in a sentence: cookie notices, an archived or old page, a player the browser cannot show
      /\b(?:diese (?:website|webseite|seite) (?:verwendet|nutzt) cookies|wir (?:verwenden|nutzen) cookies|cookies (?:gewährleisten|helfen uns|ermöglichen)|ihr browser unterstützt (?:kein|dies|das|diese)|dieser (?:artikel|beitrag) ist (?:älter als|mehr als \S+ (?:jahre|monate) alt))/iu,
      /\b(?:unser(?:e)? (?:journalismus|berichterstattung|arbeit) (?:ist|kostet|wird)|unterstützen sie (?:uns|unseren)|jetzt (?:abonnieren|unterstützen)|ihre spende)\b/iu],
    appeals: /^(?:(?:die )?polizei bittet|(?:mögliche )?(?:weitere )?zeug(?:en|innen)(?: und zeugen)?,? die .{0,200}werden gebeten|zeugen werden gebeten|wer (?:hinweise|etwas) |hinweise (?:nimmt|nehmen)|dies kann per telefon|das geht auch (?:in|bei|über)|(?:dieser|diese|die) \p{L}+,? (?:aber )?auch andere zeugen)/iu,
    credits: /^(?:übersetzt von|übersetzung:?|aus dem \p{L}+ (?:übersetzt|übertragen) von|redaktion:|bearbeitet von|mitarbeit:)/iu,
    support: /^(?:bitte )?(?:unterstützen|abonnieren|melden) Sie (?:uns|sich|unseren|unsere|den)\b.{0,80}?\b(?:uns|newsletter|abo|journalismus)\b|^(?:jetzt )?(?:unterstützen|abonnieren|spenden)\b.{0,40}$|\b(?:unabhängige[rn]? )?(?:lokal)?journalismus kostet\b/iu,
    // a sentence that promises the story instead of telling it: an explainer's teaser, a reporter's hand-off (session 27)
    teasers:
      /^(?:[\p{L}-]+\s+){1,4}(?:erklärt|erklären|erläutert|erläutern|klärt auf|klären auf)\s*,\s*(?:warum|wieso|weshalb|wie|was|wer|wo|wann|ob)\b[^:;]{0,160}$|^(?:Wir erklären|Lesen Sie|Erfahren Sie|Sehen Sie)(?: hier| im Video| mehr)?\s*,?\s*(?:warum|wieso|weshalb|wie|was|wer|wo|wann|ob)\b[^:;]{0,160}$|^(?:Was (?:bisher )?bekannt ist|Was wir wissen|Alles,? was Sie wissen müssen)\b|^(?:\p{Lu}\p{Ll}+\s)?\p{Lu}\p{Ll}+\s\p{Lu}[\p{Ll}-]+\s(?:berichtet|hat (?:die|mehr) (?:Einzelheiten|Details|Informationen))\.?$/u,
    // session 31: the words a credit line opens with ("Foto: …", "사진=…"), read by the line rule and the caption-copy rule
    creditWords: ['foto', 'fotos', 'bild', 'bilder', 'grafik', 'illustration', 'quelle', 'video'],
    // session 31: the labels of page chrome printed as "label: value" (stamps, author, tags, share, phone, address, "read also"):
    // a field line under one is no claim; under any other label a value with a figure or a clause is content (lines.ts)
    chromeLabels: ['veröffentlicht', 'veröffentlicht am', 'erstellt', 'erstellt am', 'aktualisiert', 'aktualisiert am', 'zuletzt aktualisiert', 'stand', 'datum', 'autor', 'autorin', 'von', 'redaktion', 'tags', 'schlagwörter', 'themen', 'thema', 'kategorie', 'kategorien', 'rubrik', 'teilen', 'artikel teilen', 'drucken', 'e-mail', 'mail', 'telefon', 'tel', 'fax', 'adresse', 'anschrift', 'kontakt', 'weitere informationen', 'infos', 'auskunft', 'lesezeit', 'kommentare', 'lesen sie auch', 'mehr zum thema', 'zum thema', 'das könnte sie auch interessieren', 'meistgelesen', 'weitere artikel', 'weitere nachrichten', 'ähnliche artikel', 'auch interessant', 'meistgelesene artikel', 'erstellungsdatum'],
    captionCredit: /(?:(?:\/|\||·)\s*)?(?:Foto|Bild|Fotos|Quelle|Grafik)\s*:\s*[^.]{1,60}$|\((?:Foto|Bild|Archivbild|Symbolbild)[^()]{0,60}\)\.?$|\b(?:dpa|picture alliance|imago(?: images)?)(?:\/[^.]{1,40})?$/iu,
    comments: {
      header: /^(?:\d+\s+)?(?:kommentare?|leserkommentare|reaktionen)(?:\s*\(\d+\))?:?$|^(?:(?:schreiben sie|verfassen sie) (?:den ersten|einen) kommentar|kommentar (?:schreiben|verfassen)|(?:alle )?(?:\d+ )?kommentare (?:anzeigen|lesen|laden)|die kommentarfunktion (?:ist|wurde) (?:geschlossen|deaktiviert))/iu,
      meta: /^(?:antworten|melden|gefällt mir|\d+ (?:antworten|likes?)|vor (?:\d+|einer?|wenigen) (?:sekunden?|minuten?|stunden?|tagen?|wochen?|monaten?|jahren?)|am \d{1,2}\.\d{1,2}\.\d{2,4}(?:,)? (?:um )?\d{1,2}:\d{2}(?: uhr)?|@[\w.]{2,30})$/iu,
      greeting: /^(?:hallo|guten (?:tag|morgen|abend)|moin|servus)\b/iu,
    },
  },
  bylines: {
    patterns: [
      // "Von Max Muster", "Von Max Muster, dpa", "Von Max Muster | 12.03.2024"; "VonMax Muster" (an author box that lost its space)
      /^(?:(?:[Vv]on|VON)(?=\p{Lu}\p{Ll})|(?:[Vv]on|VON|[Ee]in (?:Bericht|Kommentar|Beitrag|Artikel) von|[Vv]erfasst von|[Aa]utor(?:in)?:|[Tt]ext(?:\s+und\s+Fotos?)?:)\s+)(\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'’.-]*|und|&)){0,6})(?:\s*[,|/–—-]\s*.{1,40})?$/u,
      // the name, then the role: "Max Muster, Redakteur", "Erika Muster | Korrespondentin in Wien"
      /^(\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}[\p{L}'’-]+|von|van|de|du|le|la)){1,3})\s*[,|/–—-]\s*(?:[Rr]edakteur(?:in)?|[Kk]orrespondent(?:in)?|[Vv]olontär(?:in)?|[Rr]eporter(?:in)?|[Ff]reie[r]? [Mm]itarbeiter(?:in)?|[Ll]okalredakt(?:eur|ion))(?:\s.{0,40})?$/u,
    ],
    // common given names: a name alone above the headline or run on after the last sentence signs the page when it opens with one
    givenNames: [
      'anna', 'maria', 'katharina', 'julia', 'laura', 'lena', 'sarah', 'sara', 'lisa', 'hannah', 'johanna',
      'christina', 'stefanie', 'sabine', 'petra', 'monika', 'claudia', 'andrea', 'susanne', 'birgit', 'karin',
      'ute', 'ursula', 'heike', 'silke', 'nicole', 'sandra', 'melanie', 'kerstin', 'anja', 'tanja', 'katrin',
      'jana', 'nina', 'eva', 'ines', 'miriam', 'carolin', 'franziska', 'theresa', 'sophie', 'marie', 'jonas',
      'lukas', 'leon', 'paul', 'felix', 'maximilian', 'tobias', 'florian', 'sebastian', 'alexander', 'andreas',
      'michael', 'thomas', 'stefan', 'christian', 'martin', 'peter', 'klaus', 'jürgen', 'jurgen', 'uwe', 'frank',
      'markus', 'matthias', 'daniel', 'jan', 'tim', 'philipp', 'simon', 'benjamin', 'david', 'johannes', 'moritz',
      'niklas', 'hans', 'wolfgang', 'werner', 'dieter', 'horst', 'helmut', 'günter', 'gunter', 'bernd', 'rainer',
      'ralf', 'holger', 'olaf', 'sven', 'dirk', 'jens', 'torsten', 'oliver', 'patrick', 'manuel', 'dominik',
    ],
    // the nouns newspapers and stations are named with: "Outlet | Name  date" names the person after the outlet
    // session 30: nouns places and institutions are named with; a caption of two or three capitalised words opening with one
    // ("Biblioteca Vilalba", "Rathaus Lindental") names a place, not the author (from the language's common nouns, not a page)
    placeWords: ['bibliothek', 'schwimmbad', 'bücherei', 'stadtbücherei', 'stadtbibliothek', 'rathaus', 'marktplatz', 'kirche', 'schule', 'grundschule', 'gymnasium', 'museum', 'bahnhof', 'stadtpark', 'friedhof', 'schloss', 'stadthalle', 'sporthalle', 'freibad', 'hallenbad', 'kindergarten', 'kita', 'klinikum', 'krankenhaus'],
    // session 31 (bylines10): the agencies the press prints as the author, and an agency's noun (general knowledge, not a page)
    agencies: ['dpa', 'DPA', 'AFP', 'Reuters', 'epd', 'KNA', 'APA', 'SDA', 'Keystone-SDA', 'ddp', 'dts', 'AP'],
    agencyWords: ['agentur', 'nachrichtenagentur'],
    // session 32 (bylines11): the picture agencies a bracketed credit names (boilerplate.ts PHOTO_AGENCY, moved here as it
    // was, case as printed), and the words a name line never opens with (author-lines.ts FUNCTION_WORD, moved as it was)
    creditAgencies: ['dpa', 'Keystone', 'KEYSTONE', 'SDA', 'Imago', 'IMAGO', 'SRF'],
    functionWords: ['die', 'der', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'im', 'am', 'zum', 'zur', 'in'],
    // session 32 (bylines11): the labels a writer's credit opens with, lowercase, from each press's usage (general
    // knowledge, not a page): the label alone on its line over the name ("Text und Bilder:" / "Merle Radtke"), or run in
    // before it on the line closing the text ("Artikel von Isabel Meyer", "Fotos: X / Nota: Y")
    writerLabels: ['text', 'texte', 'text und bilder', 'text und bild', 'text und fotos', 'text und foto', 'bericht', 'autor', 'autorin', 'verfasser', 'verfasserin', 'artikel von', 'ein beitrag von', 'ein bericht von', 'geschrieben von', 'verfasst von', 'text/bilder', 'text/bild', 'text/fotos', 'text/foto', 'bilder und text', 'bild und text', 'fotos und text', 'foto und text'],
    // session 34 (bylines13): the word "author" as a label, the desk's own name as a credit, the words that end a credit's value
    authorWords: ['autor'],
    deskNames: ['redaktion'],
    creditEndWords: ['foto', 'fotos', 'bild', 'bilder'],
    // session 35: what may follow the outlet's name in the author slot (author-lines.ts outletInSlot)
    slotWords: { published: ['Veröffentlicht', 'Aktualisiert'], afterPublished: ['am'], time: ['um', 'Uhr'], readingTime: ['Lesezeit'] },
    // session 33 (bylines12): a CMS's "more by" box, a forum post's heading around the poster's user name, a template's
    // unfilled author field (general knowledge, not a page)
    moreBy: { before: ['weitere artikel von', 'mehr artikel von', 'alle artikel von', 'mehr von', 'weitere beiträge von', 'alle beiträge von'] },
    posterLabels: { before: ['beitrag von', 'verfasst von', 'geschrieben von', 'eingestellt von', 'gepostet von'], after: ['schrieb', 'schreibt', 'hat geschrieben'] },
    placeholders: ['name des autors', 'autorname', 'autor'],
    avatarLabels: ['Foto des Autors', 'Bild des Autors'],
    pressOffices: ['pressestelle', 'pressereferat', 'presse- und öffentlichkeitsarbeit', 'öffentlichkeitsarbeit'],
    outletWords: /(?:[Aa]nzeiger|[Zz]eitung|[Kk]urier|[Tt]ageblatt|[Rr]undschau|[Bb]ote|[Nn]achrichten|[Bb]latt|[Pp]ost|[Ww]oche|[Ee]cho|[Rr]undfunk|[Ss]piegel|[Mm]orgen)(?![\p{L}])/u,
  },
  // month and weekday names as pages print them in date lines and stamps (dates.ts, stamps.ts, abbreviations.ts and
  // author-lines.ts read them through extract/date-words.ts); the full name first, then other spellings and abbreviations
  dates: {
    months: [
      ['januar', 'jänner', 'jän'], ['februar'], ['märz'], ['april'], ['mai'], ['juni'], ['juli'], ['august'], ['september'],
      ['oktober', 'okt'], ['november'], ['dezember', 'dez'],
    ],
    weekdays: [['montag'], ['dienstag'], ['mittwoch'], ['donnerstag'], ['freitag'], ['samstag', 'sonnabend'], ['sonntag']],
    // (session 34) around a date in a stamp, besides the chrome labels (title-chrome.ts)
    stampWords: ['uhr', 'vom', 'seit', 'update', 'uhrzeit'],
  },
  // the words sourcing.ts finds people and bodies by (moved from the engine in session 31, unchanged)
  names: {
    bodyHeads: /Ministeri\p{L}*|Institut\p{L}*|\p{Lu}\p{Ll}+amt|Behörde|Direktion|Zentrum|Klinik\p{L}*|Polizei\p{L}*|\p{Lu}?\p{Ll}*[Ww]etterdienst|Regierung|Gericht|Staatsanwaltschaft|Landes\p{Ll}+|Bundes\p{Ll}+|Verein|FC|SV|Firma|GmbH/u,
    bodyNouns: /^(?:die|das|der)\s*(?:Institut|Einrichtung|Organisation|Anstalt)$/iu,
    // (session 35, src14) …die Gewerkschaft, das Unternehmen, die Firma, die Klinik (also in the dative or genitive after "laut")
    privateBodyNouns: /^(?:der\s*(?:Verein|Klub|Club)|(?:die|der)\s*(?:Gewerkschaft|Firma|Klinik)|(?:das|dem|des)\s*Unternehmens?)$/iu,
    initialsSkip: /^(?:für|und|der|die|das|des|von|zur|zum)$/iu,
    ageNouns: /^(?:der|die|dem|den)\s(\d{1,3})-[Jj]ährige[nr]?$/iu,
    ageInBrackets: /Jahre/u,
    ageAfterComma: /Jahre/u,
    ageAdjectives: /jährige[nr]?/u,
    openers: /^(?:Laut|Nach|Am|Im|Vom|Zum|Zur|Beim|Bei|Mit|Für|Seit|Gegen|Über|Unter|Vor|Aus|Von|Wie|So|Auch|In|An|Auf|Bis|Ab|Um|Dem|Den|Des|Heute|Gestern|Morgen)$/u,
    // (session 32: moved from sourcing.ts, unchanged)
    weakRoles: /Anwohner(?:in|innen)?|Zeug(?:e|en|in|innen)/u,
    notNames: /^(?:Der|Die|Das|Ein|Eine)$/u,
    nameConnectors: /von/u,
  },
  // check-worthiness's signals (session 32: moved from extract/checkworthiness.ts, unchanged)
  checkworthiness: {
    numberWords: ['zwei', 'drei', 'vier', 'zehn', 'hundert', 'tausend', 'Millionen?', 'Milliarden?', 'fünf'],
    dateWords: ['januar', 'februar', 'mai', 'juni', 'juli', 'oktober', 'dezember', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'gestern', 'heute', 'märz'],
    factualVerbs: ['verletzt', 'explodiert', 'festgenommen', 'gestiegen', 'gesunken', 'getötet'],
    opinionWords: ['sollte', 'müssen', 'schändlich'],
  },
  suspects: {
    accused: /(?<![\p{L}])(?:Tatverdächtige[nr]?|Verdächtige[nr]?|Beschuldigte[nr]?|Festgenommene[nr]?|mutmaßliche[nr]? Täter(?:in)?)(?![\p{L}])/u,
    questioning: /(?<![\p{L}])(?:(?:[Bb]ei|[Ii]n) (?:der|seiner|ihrer) (?:Vernehmung|Befragung|Festnahme)|[Gg]egenüber (?:den Ermittlern|der Polizei|den Beamten|den Polizisten)|(?:den Ermittlern|der Polizei|den Beamten|den Polizisten) gegenüber|[Ii]n (?:Polizei)?[Gg]ewahrsam)(?![\p{L}])/u,
    admits: /(?<![\p{L}])(?:gestand(?:en)?|gesteht|gestehen|bestritt(?:en)?|bestreitet|bestreiten|leugnete[n]?|leugnet|räumte[n]? (?:\S+ ){0,5}?ein|räumt (?:\S+ ){0,5}?ein)(?![\p{L}])/iu,
    says: /(?<![\p{L}])(?:sagte[n]?|sagt|erklärte[n]?|erklärt|behauptete[n]?|behauptet|gab[en]? (?:\p{L}+ ){0,4}?an|gibt (?:\p{L}+ ){0,4}?an)(?![\p{L}])/iu,
  },
  // (session 34) page chrome in the headline's place (title-chrome.ts): skip links, the site's interface words
  pageChrome: {
    skipLinks: /(?:zum inhalt(?: springen)?|zur navigation|zur hauptnavigation|direkt zum inhalt|inhalt überspringen|navigation überspringen|seitenanfang)(?![\p{L}])/u,
    interfaceWords: ['menü', 'navigation', 'suche', 'suchen', 'teilen', 'drucken', 'anmelden', 'abmelden', 'registrieren', 'abonnieren', 'newsletter', 'startseite', 'impressum', 'datenschutz', 'logo', 'werbung', 'anzeige', 'lesezeit', 'minuten', 'min', 'facebook', 'twitter', 'whatsapp', 'instagram', 'youtube', 'teilen', 'merken', 'kommentieren', 'vorlesen'],
  },
}
