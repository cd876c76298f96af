// A probe grid of invented sentences for "who says so": per language, kinds of speaker (a full name, a surname pointing
// back to a name met before, a title with a name, an institution, an unnamed person or group, a document, media reports
// with no outlet named, the outlet's own reporter, footage, and a pronoun after a named person, after an official and after
// a party to the event) crossed with the forms a cue takes in that language (before the clause: "According to X,", "Laut
// X", "Según X", "Selon X", "X에 따르면", "По словам X"; after it: ", X said."; inverted: "sagte X", "dijo X", "a déclaré
// X", "сообщил X"; in the middle of the clause; the postposition "X zufolge"; Korean endings "~고 밝혔다/전했다/말했다"; a
// German Konjunktiv sentence with no verb of saying after an attributed one). Each cell expects the sourcing type the corpus
// README's rules give (data/corpus/README.md: a named private person or organisation is `named`, an officeholder or public
// body `official`, an unnamed person or group `anon`, a record or report `document`, the outlet itself `outlet`, a photo or
// video `media`; "nach einem Medienbericht" with no outlet named is `anon`; a pronoun takes its antecedent's type).
// Every name, place and sentence is invented. sourcing-grid.test.ts runs every cell.
import type { SourcingType } from '../../vocabulary'

export type GridLanguage = 'en' | 'de' | 'es' | 'fr' | 'ru' | 'ko'

export interface SourcingCell {
  id: string
  language: GridLanguage
  /** The page: a headline, a paragraph that introduces people, then the cell's paragraph. */
  text: string
  /** A fragment of the probed sentence (unique in the page). */
  probe: string
  expected: SourcingType
}

type Form = 'before' | 'after' | 'inverted' | 'mid' | 'clause' | 'post' | 'konj' | 'assess' | 'conj' | 'incise' | 'said' | 'told' | 'quoted' | 'told2' | 'statement' | 'as' | 'wie' | 'teilte' | 'so' | 'acuerdo' | 'segunInformo' | 'dapres' | 'confie' | 'kak' | 'dannym' | 'rasskazal' | 'explained' | 'added' | 'uihamyeon' | 'relative' | 'quote2' | 'participle' | 'dash' | 'timeAdv'

interface Kind {
  kind: string
  expected: SourcingType
  /** The sentence put before the probed one in its paragraph (a pronoun's antecedent). */
  lead?: string
  /** Word forms the templates need: nominative, oblique (German dative, Russian genitive), Korean topic and bare forms. */
  nom: string
  obl?: string
  /** A Russian verb ending for the speaker's gender and number: '', 'а', 'и', 'о'. */
  ending?: string
  forms: Form[]
}

interface Skeleton {
  headline: string
  intro: string
  /** The probe fragment: a word of the claim that the templates keep. */
  probe: string
  templates: Partial<Record<Form, (k: Kind) => string>>
  kinds: Kind[]
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

const SKELETONS: Record<GridLanguage, Skeleton> = {
  en: {
    headline: 'Bridge on Alder Road closed after storm',
    intro: 'Anna Berger runs the bakery on Mill Street in Westbrook. A storm hit the town on Sunday night.',
    probe: 'closed until Tuesday',
    templates: {
      before: (k) => `According to ${k.obl ?? k.nom}, the bridge was closed until Tuesday.`,
      after: (k) => `The bridge was closed until Tuesday, ${k.nom} said.`,
      inverted: (k) => `The bridge was closed until Tuesday, said ${k.nom}.`,
      mid: (k) => `The bridge, ${k.nom} said, was closed until Tuesday.`,
      clause: (k) => `${cap(k.nom)} said the bridge was closed until Tuesday.`,
      conj: (k) => `The water fell overnight, but ${k.nom} said the bridge was closed until Tuesday.`,
      told2: (k) => `${cap(k.nom)} told reporters the bridge was closed until Tuesday.`,
      statement: (k) => `${cap(k.nom)} said in a statement that the bridge was closed until Tuesday.`,
      as: (k) => `As ${k.nom} reported, the bridge was closed until Tuesday.`,
      relative: (k) => `${cap(k.nom)}, who was at the scene, said the bridge was closed until Tuesday.`,
      quote2: (k) => `"The water rose fast. The bridge was closed until Tuesday," ${k.nom} said.`,
      timeAdv: (k) => `${cap(k.nom)} told the Gazette on Monday that the bridge was closed until Tuesday.`,
    },
    kinds: [
      { kind: 'fullName', expected: 'named-source', nom: 'Mark Olsen', forms: ['before', 'after', 'inverted', 'mid', 'clause', 'told2', 'statement', 'as', 'relative', 'quote2', 'timeAdv'] },
      { kind: 'nameRole', expected: 'named-source', nom: 'Mark Olsen, a fisherman', forms: ['before', 'inverted'] },
      { kind: 'surname', expected: 'named-source', nom: 'Berger', forms: ['before', 'after', 'mid', 'clause', 'told2', 'statement', 'as', 'relative', 'quote2', 'timeAdv'] },
      { kind: 'titleName', expected: 'official', nom: 'Police spokesman Tom Hale', forms: ['before', 'after', 'inverted', 'mid', 'clause', 'told2', 'statement', 'as', 'relative', 'quote2', 'timeAdv'] },
      { kind: 'institution', expected: 'official', nom: 'the police', forms: ['before', 'after', 'inverted', 'mid', 'clause', 'told2', 'statement', 'as'] },
      { kind: 'unnamed', expected: 'anonymous-source', nom: 'neighbours', forms: ['before', 'after', 'inverted', 'mid', 'clause', 'told2', 'statement', 'as'] },
      { kind: 'source', expected: 'anonymous-source', nom: 'a source close to the council', forms: ['before', 'after', 'inverted', 'clause', 'told2', 'statement', 'as'] },
      { kind: 'document', expected: 'document', nom: 'the county report', forms: ['before', 'clause'] },
      { kind: 'media', expected: 'anonymous-source', nom: 'local media', forms: ['before', 'clause'] },
      { kind: 'outlet', expected: 'outlet', nom: 'our correspondent', forms: ['before', 'after', 'inverted', 'clause', 'told2', 'statement', 'as'] },
      { kind: 'pronounNamed', expected: 'named-source', lead: '"We heard the river rise," said Mark Olsen, a fisherman.', nom: 'he', obl: 'him', forms: ['before', 'after', 'mid', 'clause'] },
      { kind: 'pronounOfficial', expected: 'official', lead: '"Nobody was hurt," said Police spokesman Tom Hale.', nom: 'he', obl: 'him', forms: ['before', 'after', 'mid', 'clause'] },
      { kind: 'pronounParty', expected: 'anonymous-source', lead: 'Police said a driver was stopped on the bridge on Monday. The driver told officers he had not seen the signs.', nom: 'he', obl: 'him', forms: ['after', 'clause'] },
      { kind: 'agency', expected: 'official', nom: 'the County Health Department', forms: ['before', 'after', 'inverted', 'clause', 'told2', 'statement', 'as'] },
      { kind: 'healthOfficer', expected: 'official', nom: 'Health officer Jane Morse', forms: ['before', 'after', 'inverted', 'clause', 'told2', 'statement', 'as', 'relative', 'quote2', 'timeAdv'] },
      { kind: 'roleBack', expected: 'official', lead: 'Judge Lena Ward heard the case on Monday.', nom: 'the judge', forms: ['after', 'inverted', 'clause'] },
      { kind: 'coach', expected: 'named-source', nom: 'Westbrook coach Dan Reyes', forms: ['before', 'after', 'inverted', 'clause', 'told2', 'statement', 'as', 'relative', 'quote2', 'timeAdv'] },
      { kind: 'namedOutlet', expected: 'named-source', nom: 'the Westbrook Gazette', forms: ['before', 'inverted', 'clause', 'told2', 'statement', 'as'] },
      { kind: 'organisation', expected: 'named-source', nom: 'the Red Cross', forms: ['before', 'after', 'inverted', 'clause', 'told2', 'statement', 'as'] },
      { kind: 'partyAfterSpeaker', expected: 'anonymous-source', lead: 'Police said a driver was stopped on the bridge on Monday. The driver was questioned at the station.', nom: 'he', forms: ['after'] },
      { kind: 'apostropheName', expected: 'named-source', nom: "Liam O'Brien", forms: ['before', 'after', 'inverted', 'clause', 'told2', 'statement', 'as', 'relative', 'quote2', 'timeAdv'] },
      { kind: 'apostropheSurname', expected: 'named-source', lead: "Liam O'Brien, a fisherman, watched the river rise.", nom: "O'Brien", forms: ['after', 'clause'] },
      { kind: 'roleThenName', expected: 'named-source', nom: 'his neighbour, Aiden Cole,', forms: ['clause'] },
      { kind: 'conjNamed', expected: 'named-source', lead: '"We heard the river rise," said Mark Olsen.', nom: 'he', forms: ['conj'] },
      { kind: 'conjOfficial', expected: 'official', lead: '"Nobody was hurt," said Police spokesman Tom Hale.', nom: 'she', forms: ['conj'] },
    ],
  },
  de: {
    headline: 'Brücke an der Erlenstraße nach Unwetter gesperrt',
    intro: 'Anna Berger betreibt die Bäckerei in der Mühlenstraße von Westbrück. Am Sonntagabend zog ein Unwetter über den Ort.',
    probe: 'bis Dienstag gesperrt',
    templates: {
      before: (k) => `Laut ${k.obl ?? k.nom} war die Brücke bis Dienstag gesperrt.`,
      after: (k) => `Die Brücke war bis Dienstag gesperrt, sagte ${k.nom}.`,
      inverted: (k) => `Die Brücke sei bis Dienstag gesperrt gewesen, erklärte ${k.nom}.`,
      mid: (k) => `Die Brücke, so ${k.nom}, war bis Dienstag gesperrt.`,
      clause: (k) => `${cap(k.nom)} sagte, die Brücke sei bis Dienstag gesperrt gewesen.`,
      post: (k) => `${cap(k.obl ?? k.nom)} zufolge war die Brücke bis Dienstag gesperrt.`,
      konj: (k) => `Das Wasser sei am Abend gestiegen, sagte ${k.nom}. Die Brücke bleibe bis Dienstag gesperrt.`,
      assess: (k) => `Das Wasser sei am Abend gestiegen, sagte ${k.nom}. Verletzte habe es ersten Erkenntnissen zufolge nicht gegeben.`,
      wie: (k) => `Wie ${k.nom} mitteilte, war die Brücke bis Dienstag gesperrt.`,
      teilte: (k) => `${cap(k.nom)} teilte mit, die Brücke sei bis Dienstag gesperrt gewesen.`,
      so: (k) => `Die Brücke sei bis Dienstag gesperrt gewesen, so ${k.nom}.`,
      quote2: (k) => `„Das Wasser stieg schnell. Die Brücke war bis Dienstag gesperrt“, sagte ${k.nom}.`,
      timeAdv: (k) => `${cap(k.nom)} sagte am Montag auf Nachfrage, die Brücke sei bis Dienstag gesperrt gewesen.`,
      participle: (k) => `Auf Nachfrage bestätigte ${k.nom}, dass die Brücke bis Dienstag gesperrt war.`,
    },
    kinds: [
      { kind: 'fullName', expected: 'named-source', nom: 'Markus Olsen', obl: 'Markus Olsen', forms: ['before', 'after', 'inverted', 'mid', 'clause', 'post', 'konj', 'assess', 'wie', 'teilte', 'so', 'quote2', 'timeAdv', 'participle'] },
      { kind: 'surname', expected: 'named-source', nom: 'Berger', obl: 'Berger', forms: ['before', 'after', 'inverted', 'mid', 'clause', 'post', 'konj', 'wie', 'teilte', 'so', 'quote2', 'timeAdv', 'participle'] },
      { kind: 'titleName', expected: 'official', nom: 'Bürgermeisterin Eva Roth', obl: 'Bürgermeisterin Eva Roth', forms: ['before', 'after', 'inverted', 'mid', 'clause', 'post', 'konj', 'wie', 'teilte', 'so', 'quote2', 'timeAdv', 'participle'] },
      { kind: 'institution', expected: 'official', nom: 'die Polizei', obl: 'der Polizei', forms: ['before', 'after', 'inverted', 'mid', 'clause', 'post', 'konj', 'assess', 'wie', 'teilte', 'so'] },
      { kind: 'unnamed', expected: 'anonymous-source', nom: 'ein Anwohner', obl: 'einem Anwohner', forms: ['after', 'inverted', 'mid', 'clause', 'post', 'konj', 'wie', 'teilte', 'so'] },
      { kind: 'witnesses', expected: 'anonymous-source', nom: 'Zeugen', obl: 'Zeugen', forms: ['before', 'clause', 'post'] },
      { kind: 'document', expected: 'document', nom: 'der Bericht des Landkreises', obl: 'dem Bericht des Landkreises', forms: ['before', 'post'] },
      { kind: 'media', expected: 'anonymous-source', nom: 'Medienberichte', obl: 'Medienberichten', forms: ['before', 'post'] },
      { kind: 'outlet', expected: 'outlet', nom: 'unser Reporter', obl: 'unserem Reporter', forms: ['after', 'inverted', 'clause', 'post', 'wie', 'teilte', 'so'] },
      { kind: 'pronounNamed', expected: 'named-source', lead: '„Wir haben das Wasser steigen sehen“, sagte der Fischer Markus Olsen.', nom: 'er', obl: 'ihm', forms: ['after', 'inverted', 'clause', 'post'] },
      { kind: 'pronounOfficial', expected: 'official', lead: '„Niemand wurde verletzt“, sagte Polizeisprecher Tom Hahn.', nom: 'er', obl: 'ihm', forms: ['after', 'inverted', 'clause', 'post'] },
      { kind: 'pronounParty', expected: 'anonymous-source', lead: 'Die Polizei stoppte am Montag einen Autofahrer auf der Brücke. Der Verdächtige hatte die Absperrung umfahren.', nom: 'er', obl: 'ihm', forms: ['inverted', 'clause'] },
      { kind: 'agency', expected: 'official', nom: 'der Deutsche Wetterdienst', obl: 'dem Deutschen Wetterdienst', forms: ['after', 'inverted', 'clause', 'post', 'wie', 'teilte', 'so'] },
      { kind: 'healthOfficer', expected: 'official', nom: 'Amtsärztin Jana Roth', obl: 'Amtsärztin Jana Roth', forms: ['before', 'after', 'inverted', 'clause', 'post', 'wie', 'teilte', 'so', 'quote2', 'timeAdv', 'participle'] },
      { kind: 'roleBack', expected: 'official', lead: 'Richterin Lena Wald leitete am Montag die Verhandlung.', nom: 'die Richterin', obl: 'der Richterin', forms: ['after', 'inverted', 'clause', 'post'] },
      { kind: 'spokesman', expected: 'official', nom: 'ein Sprecher der Feuerwehr', obl: 'einem Sprecher der Feuerwehr', forms: ['after', 'inverted', 'clause', 'post', 'konj', 'assess', 'wie', 'teilte', 'so', 'quote2', 'timeAdv', 'participle'] },
      { kind: 'coach', expected: 'named-source', nom: 'Trainer Jan Kurz', obl: 'Trainer Jan Kurz', forms: ['before', 'after', 'inverted', 'clause', 'wie', 'teilte', 'so', 'quote2', 'timeAdv', 'participle'] },
      { kind: 'namedOutlet', expected: 'named-source', nom: 'die „Westbrücker Zeitung“', obl: 'der „Westbrücker Zeitung“', forms: ['after', 'inverted', 'post', 'wie', 'teilte', 'so'] },
      { kind: 'partyAfterSpeaker', expected: 'anonymous-source', lead: 'Die Polizei teilte mit, ein Autofahrer sei auf der Brücke gestoppt worden. Der Verdächtige wurde auf der Wache befragt.', nom: 'er', forms: ['inverted'] },
    ],
  },
  es: {
    headline: 'Cortado el puente de la calle Aliso tras el temporal',
    intro: 'Ana Berger regenta la panadería de la calle Molino en Villaclara. El temporal llegó el domingo por la noche.',
    probe: 'cortado hasta el martes',
    templates: {
      before: (k) => `Según ${k.obl ?? k.nom}, el puente estuvo cortado hasta el martes.`,
      after: (k) => `El puente estuvo cortado hasta el martes, ${k.nom} dijo.`,
      inverted: (k) => `El puente estuvo cortado hasta el martes, dijo ${k.nom}.`,
      mid: (k) => `El puente, dijo ${k.nom}, estuvo cortado hasta el martes.`,
      clause: (k) => `${cap(k.nom)} informó que el puente estuvo cortado hasta el martes.`,
      incise: (k) => `El puente, anuncia ${k.nom}, estuvo cortado hasta el martes.`,
      acuerdo: (k) => `De acuerdo con ${k.nom}, el puente estuvo cortado hasta el martes.`,
      segunInformo: (k) => `Según informó ${k.nom}, el puente estuvo cortado hasta el martes.`,
      relative: (k) => `${cap(k.nom)}, que estuvo en el lugar, dijo que el puente estuvo cortado hasta el martes.`,
      participle: (k) => `Consultado por este medio, ${k.nom} explicó que el puente estuvo cortado hasta el martes.`,
      dash: (k) => `—El puente estuvo cortado hasta el martes —dijo ${k.nom}.`,
      quote2: (k) => `"El agua subió rápido. El puente estuvo cortado hasta el martes", dijo ${k.nom}.`,
    },
    kinds: [
      { kind: 'fullName', expected: 'named-source', nom: 'Marcos Olsen', forms: ['before', 'inverted', 'mid', 'clause', 'acuerdo', 'segunInformo', 'relative', 'participle', 'dash', 'quote2'] },
      { kind: 'nameRole', expected: 'named-source', nom: 'Marcos Olsen, pescador', forms: ['before', 'inverted'] },
      { kind: 'surname', expected: 'named-source', nom: 'Berger', forms: ['before', 'inverted', 'mid', 'clause', 'acuerdo', 'segunInformo', 'relative', 'participle', 'dash', 'quote2'] },
      { kind: 'titleName', expected: 'official', nom: 'el portavoz policial Tomás Hernán', forms: ['before', 'inverted', 'mid', 'clause', 'acuerdo', 'segunInformo', 'relative', 'participle', 'dash', 'quote2'] },
      { kind: 'institution', expected: 'official', nom: 'la Fiscalía', forms: ['before', 'inverted', 'mid', 'clause', 'acuerdo', 'segunInformo'] },
      { kind: 'unnamed', expected: 'anonymous-source', nom: 'los vecinos', forms: ['before', 'inverted', 'mid', 'clause', 'acuerdo', 'segunInformo'] },
      { kind: 'source', expected: 'anonymous-source', nom: 'fuentes municipales', forms: ['before', 'inverted', 'clause', 'acuerdo', 'segunInformo'] },
      { kind: 'document', expected: 'document', nom: 'el informe técnico', forms: ['before'] },
      { kind: 'media', expected: 'anonymous-source', nom: 'medios locales', forms: ['before', 'inverted', 'clause'] },
      { kind: 'outlet', expected: 'outlet', nom: 'nuestro corresponsal', forms: ['before', 'inverted', 'clause', 'acuerdo', 'segunInformo'] },
      { kind: 'pronounNamed', expected: 'named-source', lead: '"Vimos subir el río", dijo Marcos Olsen, pescador.', nom: 'él', forms: ['before', 'clause'] },
      { kind: 'pronounOfficial', expected: 'official', lead: '"No hubo heridos", dijo el portavoz de la Policía Local, Tomás Hernán.', nom: 'él', forms: ['before', 'clause'] },
      { kind: 'agency', expected: 'official', nom: 'la Aemet', forms: ['before', 'inverted', 'clause', 'acuerdo', 'segunInformo'] },
      { kind: 'judge', expected: 'official', nom: 'el juez Marco Ruiz', forms: ['before', 'inverted', 'mid', 'clause', 'acuerdo', 'segunInformo', 'relative', 'participle', 'dash', 'quote2'] },
      { kind: 'roleBack', expected: 'official', lead: 'El fiscal Germán Díaz pidió la prórroga de la prisión.', nom: 'el fiscal', forms: ['inverted', 'mid', 'clause'] },
      { kind: 'coach', expected: 'named-source', nom: 'el entrenador Luis Mora', forms: ['before', 'inverted', 'clause', 'acuerdo', 'segunInformo', 'relative', 'participle', 'dash', 'quote2'] },
      { kind: 'namedOutlet', expected: 'named-source', nom: 'Europa Press', forms: ['before', 'inverted', 'mid', 'incise', 'acuerdo', 'segunInformo'] },
      { kind: 'judgeBack', expected: 'official', lead: 'El juez Marco Ruiz dictó prisión preventiva el lunes.', nom: 'el juzgador', forms: ['inverted', 'clause'] },
      { kind: 'magistrateBack', expected: 'official', lead: 'La fiscal Elena Gil pidió la prórroga de la prisión.', nom: 'la magistrada', forms: ['inverted', 'clause'] },
    ],
  },
  fr: {
    headline: 'Le pont de la rue des Aulnes fermé après la tempête',
    intro: 'Anne Berger tient la boulangerie de la rue du Moulin à Villeclaire. La tempête a frappé la commune dimanche soir.',
    probe: 'fermé jusqu\'à mardi',
    templates: {
      before: (k) => `Selon ${k.obl ?? k.nom}, le pont est resté fermé jusqu'à mardi.`,
      after: (k) => `Le pont est resté fermé jusqu'à mardi, ${k.nom} a-t-il dit.`,
      inverted: (k) => `Le pont est resté fermé jusqu'à mardi, a déclaré ${k.nom}.`,
      mid: (k) => `Le pont, a précisé ${k.nom}, est resté fermé jusqu'à mardi.`,
      clause: (k) => `${cap(k.nom)} a indiqué que le pont est resté fermé jusqu'à mardi.`,
      dapres: (k) => `D'après ${k.obl ?? k.nom}, le pont est resté fermé jusqu'à mardi.`,
      confie: (k) => `Le pont est resté fermé jusqu'à mardi, confie ${k.nom}.`,
      participle: (k) => `Contacté, ${k.nom} explique que le pont est resté fermé jusqu'à mardi.`,
      quote2: (k) => `« L'eau est montée vite. Le pont est resté fermé jusqu'à mardi », a raconté ${k.nom}.`,
      relative: (k) => `${cap(k.nom)}, qui était sur place, a expliqué que le pont est resté fermé jusqu'à mardi.`,
    },
    kinds: [
      { kind: 'fullName', expected: 'named-source', nom: 'Marc Olsen', forms: ['before', 'inverted', 'mid', 'clause', 'dapres', 'confie', 'participle', 'quote2', 'relative'] },
      { kind: 'nameRole', expected: 'named-source', nom: 'Marc Olsen, pêcheur', forms: ['before', 'inverted'] },
      { kind: 'surname', expected: 'named-source', nom: 'Berger', forms: ['before', 'inverted', 'mid', 'clause', 'dapres', 'confie', 'participle', 'quote2', 'relative'] },
      { kind: 'titleName', expected: 'official', nom: 'le maire Thomas Hallé', forms: ['before', 'inverted', 'mid', 'clause', 'dapres', 'confie', 'participle', 'quote2', 'relative'] },
      { kind: 'institution', expected: 'official', nom: 'le parquet', forms: ['before', 'inverted', 'mid', 'clause', 'dapres', 'confie'] },
      { kind: 'unnamed', expected: 'anonymous-source', nom: 'des riverains', forms: ['before', 'inverted', 'clause', 'dapres', 'confie'] },
      { kind: 'witnesses', expected: 'anonymous-source', nom: 'un témoin', forms: ['before', 'inverted', 'mid', 'clause'] },
      { kind: 'document', expected: 'document', nom: 'le rapport de la préfecture', forms: ['before'] },
      { kind: 'media', expected: 'anonymous-source', nom: 'la presse locale', forms: ['before', 'clause'] },
      { kind: 'outlet', expected: 'outlet', nom: 'notre correspondant', forms: ['before', 'inverted', 'clause', 'dapres', 'confie'] },
      { kind: 'pronounNamed', expected: 'named-source', lead: '« Nous avons vu monter la rivière », a raconté Marc Olsen, pêcheur.', nom: 'il', obl: 'lui', forms: ['before', 'clause'] },
      { kind: 'pronounOfficial', expected: 'official', lead: '« Personne n\'a été blessé », a déclaré le maire, Thomas Hallé.', nom: 'il', obl: 'lui', forms: ['before', 'clause'] },
      { kind: 'agency', expected: 'official', nom: 'Météo-France', forms: ['before', 'inverted', 'clause', 'dapres', 'confie'] },
      { kind: 'prosecutor', expected: 'official', nom: 'le procureur Marc Vidal', forms: ['before', 'inverted', 'mid', 'clause', 'dapres', 'confie', 'participle', 'quote2', 'relative'] },
      { kind: 'roleBack', expected: 'official', lead: 'Le procureur Marc Vidal a requis deux ans de prison.', nom: 'le magistrat', forms: ['inverted', 'clause'] },
      { kind: 'coach', expected: 'named-source', nom: "l'entraîneur Luc Morel", forms: ['before', 'inverted', 'clause', 'dapres', 'confie', 'participle', 'quote2', 'relative'] },
      { kind: 'namedOutlet', expected: 'named-source', nom: 'Ouest-France', forms: ['before', 'inverted', 'dapres', 'confie'] },
    ],
  },
  ru: {
    headline: 'Мост на Ольховой улице закрыли после бури',
    intro: 'Анна Бергер держит пекарню на Мельничной улице в Светлогорске. Буря пришла в город в воскресенье вечером.',
    probe: 'закрыт до вторника',
    templates: {
      before: (k) => `По словам ${k.obl}, мост был закрыт до вторника.`,
      inverted: (k) => `Мост был закрыт до вторника, сообщил${k.ending ?? ''} ${k.nom}.`,
      after: (k) => `Мост был закрыт до вторника, — сказал${k.ending ?? ''} ${k.nom}.`,
      clause: (k) => `${cap(k.nom)} сообщил${k.ending ?? ''}, что мост был закрыт до вторника.`,
      kak: (k) => `Как сообщил${k.ending ?? ''} ${k.nom}, мост был закрыт до вторника.`,
      dannym: (k) => `По данным ${k.obl ?? k.nom}, мост был закрыт до вторника.`,
      rasskazal: (k) => `Мост был закрыт до вторника, рассказал${k.ending ?? ''} ${k.nom}.`,
      dash: (k) => `— Мост был закрыт до вторника, — рассказал${k.ending ?? ''} ${k.nom}.`,
      timeAdv: (k) => `${cap(k.nom)} в беседе с корреспондентом сообщил${k.ending ?? ''}, что мост был закрыт до вторника.`,
      quote2: (k) => `«Вода поднялась быстро. Мост был закрыт до вторника», — сказал${k.ending ?? ''} ${k.nom}.`,
    },
    kinds: [
      { kind: 'fullName', expected: 'named-source', nom: 'рыбак Марк Ольсен', obl: 'рыбака Марка Ольсена', forms: ['before', 'inverted', 'after', 'clause', 'kak', 'dannym', 'rasskazal', 'dash', 'timeAdv', 'quote2'] },
      { kind: 'surname', expected: 'named-source', nom: 'Бергер', obl: 'Бергер', ending: 'а', forms: ['before', 'inverted', 'after', 'clause', 'kak', 'dannym', 'rasskazal', 'dash', 'timeAdv', 'quote2'] },
      { kind: 'titleName', expected: 'official', nom: 'глава администрации Томас Халин', obl: 'главы администрации Томаса Халина', forms: ['before', 'inverted', 'after', 'clause', 'kak', 'dannym', 'rasskazal', 'dash', 'timeAdv', 'quote2'] },
      { kind: 'institution', expected: 'official', nom: 'МВД', obl: 'МВД', ending: 'и', forms: ['inverted', 'clause', 'kak', 'dannym', 'rasskazal'] },
      { kind: 'unnamed', expected: 'anonymous-source', nom: 'очевидцы', obl: 'очевидцев', ending: 'и', forms: ['before', 'inverted', 'clause', 'kak', 'dannym', 'rasskazal'] },
      { kind: 'source', expected: 'anonymous-source', nom: 'источник в администрации', obl: 'источника в администрации', forms: ['before', 'inverted', 'clause', 'kak', 'dannym', 'rasskazal'] },
      { kind: 'residents', expected: 'anonymous-source', nom: 'местные жители', obl: 'местных жителей', ending: 'и', forms: ['before', 'inverted', 'clause', 'kak', 'dannym', 'rasskazal'] },
      { kind: 'outlet', expected: 'outlet', nom: 'наш корреспондент', obl: 'нашего корреспондента', forms: ['before', 'inverted', 'kak', 'dannym', 'rasskazal'] },
      { kind: 'pronounNamed', expected: 'named-source', lead: '«Мы видели, как поднималась река», — рассказал рыбак Марк Ольсен.', nom: 'он', obl: 'него', forms: ['inverted', 'clause'] },
      { kind: 'pronounOfficial', expected: 'official', lead: '«Никто не пострадал», — сказал глава администрации Томас Халин.', nom: 'он', obl: 'него', forms: ['inverted', 'clause'] },
      { kind: 'agency', expected: 'official', nom: 'Роспотребнадзор', obl: 'Роспотребнадзора', forms: ['inverted', 'clause', 'kak', 'dannym', 'rasskazal'] },
      { kind: 'prosecutor', expected: 'official', nom: 'прокурор района Иван Петров', obl: 'прокурора района Ивана Петрова', forms: ['before', 'inverted', 'after', 'clause', 'kak', 'dannym', 'rasskazal', 'dash', 'timeAdv', 'quote2'] },
      { kind: 'coach', expected: 'named-source', nom: 'главный тренер «Волны» Сергей Лебедев', obl: 'главного тренера «Волны» Сергея Лебедева', forms: ['before', 'inverted', 'after', 'clause', 'kak', 'dannym', 'rasskazal', 'dash', 'timeAdv', 'quote2'] },
      { kind: 'namedOutlet', expected: 'named-source', nom: '«Интерфакс»', forms: ['inverted', 'kak', 'rasskazal'] },
    ],
  },
  ko: {
    headline: '폭우로 오리나무길 다리 통제',
    intro: '박지은(45) 씨는 물레방아길에서 빵집을 운영한다. 지난 일요일 밤 해솔시에 폭우가 쏟아졌다.',
    probe: '화요일까지 통제됐',
    templates: {
      before: (k) => `${k.obl ?? k.nom}에 따르면 다리는 화요일까지 통제됐다.`,
      said: (k) => `${k.nom} 다리가 화요일까지 통제됐다고 밝혔다.`,
      told: (k) => `${k.nom} 다리가 화요일까지 통제됐다고 전했다.`,
      clause: (k) => `${k.nom} 다리가 화요일까지 통제됐다고 말했다.`,
      quoted: (k) => `${k.nom} "다리가 화요일까지 통제됐다"고 말했다.`,
      explained: (k) => `${k.nom} 다리가 화요일까지 통제됐다고 설명했다.`,
      added: (k) => `${k.nom} 다리가 화요일까지 통제됐다고 덧붙였다.`,
      uihamyeon: (k) => `${k.obl ?? k.nom}에 의하면 다리는 화요일까지 통제됐다.`,
      timeAdv: (k) => `${k.nom} 이날 기자들과 만나 다리가 화요일까지 통제됐다고 말했다.`,
      quote2: (k) => `${k.nom} "물이 빠르게 불었다"며 "다리는 화요일까지 통제됐다"고 말했다.`,
    },
    kinds: [
      { kind: 'fullName', expected: 'named-source', nom: '어민 김민수 씨는', obl: '어민 김민수 씨', forms: ['before', 'said', 'told', 'clause', 'quoted', 'explained', 'added', 'uihamyeon', 'timeAdv', 'quote2'] },
      { kind: 'surname', expected: 'named-source', nom: '박 씨는', obl: '박 씨', forms: ['said', 'clause', 'quoted', 'explained', 'added', 'uihamyeon', 'timeAdv', 'quote2'] },
      { kind: 'titleName', expected: 'official', nom: '이정호 해솔시 대변인은', obl: '이정호 해솔시 대변인', forms: ['before', 'said', 'told', 'clause', 'quoted', 'explained', 'added', 'uihamyeon', 'timeAdv', 'quote2'] },
      { kind: 'institution', expected: 'official', nom: '경찰은', obl: '경찰', forms: ['before', 'said', 'told', 'clause', 'explained', 'added', 'uihamyeon'] },
      { kind: 'unnamed', expected: 'anonymous-source', nom: '주민들은', obl: '주민들', forms: ['said', 'told', 'clause', 'quoted', 'explained', 'added', 'uihamyeon'] },
      { kind: 'source', expected: 'anonymous-source', nom: '한 소식통은', obl: '한 소식통', forms: ['said', 'told', 'clause', 'explained', 'added', 'uihamyeon'] },
      { kind: 'document', expected: 'document', nom: '보고서는', obl: '시 보고서', forms: ['before'] },
      { kind: 'media', expected: 'anonymous-source', nom: '현지 언론은', obl: '현지 언론', forms: ['before'] },
      { kind: 'pronounNamed', expected: 'named-source', lead: '어민 김민수 씨는 "강물이 불어나는 것을 봤다"고 말했다.', nom: '그는', forms: ['said', 'clause'] },
      { kind: 'pronounOfficial', expected: 'official', lead: '이정호 해솔시 대변인은 "다친 사람은 없다"고 말했다.', nom: '그는', forms: ['said', 'clause'] },
      { kind: 'agency', expected: 'official', nom: '중앙재난안전대책본부는', obl: '중앙재난안전대책본부', forms: ['before', 'said', 'clause', 'explained', 'added', 'uihamyeon'] },
      { kind: 'healthOfficer', expected: 'official', nom: '정민호 질병관리본부장은', obl: '정민호 질병관리본부장', forms: ['said', 'clause', 'quoted', 'explained', 'added', 'uihamyeon', 'timeAdv', 'quote2'] },
      { kind: 'roleBack', expected: 'official', lead: '정민호 질병관리본부장은 "다친 사람은 없다"고 말했다.', nom: '정 본부장은', forms: ['said', 'quoted'] },
      { kind: 'coach', expected: 'named-source', nom: '유민호 감독은', forms: ['said', 'clause', 'quoted', 'explained', 'added', 'uihamyeon', 'timeAdv', 'quote2'] },
      { kind: 'coachBack', expected: 'named-source', lead: '유민호 감독은 "다친 선수는 없다"고 말했다.', nom: '유 감독은', forms: ['said', 'quoted'] },
      { kind: 'namedOutlet', expected: 'named-source', nom: '연합뉴스는', obl: '연합뉴스', forms: ['before', 'said', 'explained', 'added', 'uihamyeon'] },
    ],
  },
}

/** Forms whose probed sentence is the second of the cell: its own fragment. */
const FORM_PROBE: Partial<Record<Form, string>> = { konj: 'bleibe bis Dienstag', assess: 'Verletzte habe es' }

/** Every cell of the grid, in a stable order; ids are `language/kind/form`. */
export function sourcingGrid(): SourcingCell[] {
  const out: SourcingCell[] = []
  for (const [language, sk] of Object.entries(SKELETONS) as [GridLanguage, Skeleton][]) {
    for (const k of sk.kinds) {
      for (const form of k.forms) {
        const template = sk.templates[form]
        if (!template) throw new Error(`${language}: no template for ${form}`)
        const sentence = template(k)
        const paragraph = k.lead ? `${k.lead} ${sentence}` : sentence
        out.push({ id: `${language}/${k.kind}/${form}`, language, text: `${sk.headline}\n\n${sk.intro}\n\n${paragraph}\n`, probe: FORM_PROBE[form] ?? sk.probe, expected: k.expected })
      }
    }
  }
  return [...out, ...complicationGrid(), ...contextGrid(), ...contextGrid28(), ...contextGrid29(), ...contextGrid30(), ...contextGrid31(), ...contextGrid32()]
}

// Complications (session 26, second round): the mess around a clean cue that published pages have and the forms above do
// not. Each language's speaker kinds (a full name, a title with a name, an office named by description, a job whose public
// employer makes it official, a company's spokesperson (a private organisation: named), an unnamed person) are crossed
// with: a participle or adverbial front before the speaker; a dash or bracket aside between speaker and verb; report verbs
// outside the lists but of the same class, before and after the clause. Every name and sentence is invented.
interface CxKind {
  kind: string
  expected: SourcingType
  nom: string
  /** A Russian verb ending for the speaker's gender ('', 'а', 'о'). */
  ending?: string
}

interface CxSkeleton {
  headline: string
  intro: string
  probe: string
  templates: Record<string, (k: CxKind) => string>
  kinds: CxKind[]
}

const CX: Record<GridLanguage, CxSkeleton> = {
  en: {
    headline: SKELETONS.en.headline,
    intro: SKELETONS.en.intro,
    probe: 'closed until Tuesday',
    templates: {
      front: (k) => `Reached by phone, ${k.nom} said the bridge was closed until Tuesday.`,
      frontAdv: (k) => `On Monday evening, ${k.nom} said the bridge was closed until Tuesday.`,
      dashAside: (k) => `${cap(k.nom)} — who was at the scene on Monday — said the bridge was closed until Tuesday.`,
      bracketAside: (k) => `${cap(k.nom)} (who was at the scene on Monday) said the bridge was closed until Tuesday.`,
      insists: (k) => `${cap(k.nom)} insists the bridge was closed until Tuesday.`,
      warned: (k) => `${cap(k.nom)} warned that the bridge was closed until Tuesday.`,
      admittedAfter: (k) => `The bridge was closed until Tuesday, ${k.nom} admitted.`,
      stressed: (k) => `${cap(k.nom)} stressed that the bridge was closed until Tuesday.`,
    },
    kinds: [
      { kind: 'fullName', expected: 'named-source', nom: 'Mark Olsen' },
      { kind: 'titleName', expected: 'official', nom: 'Mayor Tom Hale' },
      { kind: 'describedOffice', expected: 'official', nom: "the county's health department" },
      { kind: 'publicJob', expected: 'official', nom: 'the medical director of the city hospital' },
      { kind: 'companySpokes', expected: 'named-source', nom: 'a spokeswoman for Alder Freight' },
      { kind: 'unnamed', expected: 'anonymous-source', nom: 'a neighbour' },
    ],
  },
  de: {
    headline: SKELETONS.de.headline,
    intro: SKELETONS.de.intro,
    probe: 'bis Dienstag gesperrt',
    templates: {
      front: (k) => `Telefonisch erreicht, sagte ${k.nom}, die Brücke sei bis Dienstag gesperrt gewesen.`,
      frontAdv: (k) => `Am Montagabend sagte ${k.nom}, die Brücke sei bis Dienstag gesperrt gewesen.`,
      dashAside: (k) => `${cap(k.nom)} – am Montag selbst vor Ort – sagte, die Brücke sei bis Dienstag gesperrt gewesen.`,
      bracketAside: (k) => `${cap(k.nom)} (am Montag selbst vor Ort) sagte, die Brücke sei bis Dienstag gesperrt gewesen.`,
      raeumteEin: (k) => `Die Brücke sei bis Dienstag gesperrt gewesen, räumte ${k.nom} ein.`,
      bemaengelte: (k) => `${cap(k.nom)} bemängelte, die Brücke sei bis Dienstag gesperrt gewesen.`,
      warnte: (k) => `${cap(k.nom)} warnte, die Brücke bleibe bis Dienstag gesperrt.`,
      betonte: (k) => `Die Brücke sei bis Dienstag gesperrt gewesen, betonte ${k.nom}.`,
    },
    kinds: [
      { kind: 'fullName', expected: 'named-source', nom: 'Markus Olsen' },
      { kind: 'titleName', expected: 'official', nom: 'Bürgermeisterin Eva Roth' },
      { kind: 'describedOffice', expected: 'official', nom: 'die Aufsichtsbehörde des Landkreises' },
      { kind: 'publicJob', expected: 'official', nom: 'der Chefarzt des städtischen Klinikums' },
      { kind: 'companySpokes', expected: 'named-source', nom: 'ein Sprecher der Firma Erlen-Logistik' },
      { kind: 'unnamed', expected: 'anonymous-source', nom: 'ein Anwohner' },
    ],
  },
  es: {
    headline: SKELETONS.es.headline,
    intro: SKELETONS.es.intro,
    probe: 'cortado hasta el martes',
    templates: {
      front: (k) => `Consultado por este diario, ${k.nom} dijo que el puente estuvo cortado hasta el martes.`,
      frontAdv: (k) => `El lunes por la tarde, ${k.nom} dijo que el puente estuvo cortado hasta el martes.`,
      dashAside: (k) => `${cap(k.nom)} —que estuvo en el lugar el lunes— dijo que el puente estuvo cortado hasta el martes.`,
      bracketAside: (k) => `${cap(k.nom)} (que estuvo en el lugar el lunes) dijo que el puente estuvo cortado hasta el martes.`,
      advirtio: (k) => `${cap(k.nom)} advirtió que el puente estuvo cortado hasta el martes.`,
      lamentoAfter: (k) => `El puente estuvo cortado hasta el martes, lamentó ${k.nom}.`,
      subrayo: (k) => `${cap(k.nom)} subrayó que el puente estuvo cortado hasta el martes.`,
      reconocio: (k) => `El puente estuvo cortado hasta el martes, reconoció ${k.nom}.`,
    },
    kinds: [
      { kind: 'fullName', expected: 'named-source', nom: 'Marcos Olsen' },
      { kind: 'titleName', expected: 'official', nom: 'el alcalde Tomás Hernán' },
      { kind: 'describedOffice', expected: 'official', nom: 'el organismo estatal de meteorología' },
      { kind: 'publicJob', expected: 'official', nom: 'el director médico del hospital público' },
      { kind: 'companySpokes', expected: 'named-source', nom: 'el portavoz de la empresa Transportes Aliso' },
      { kind: 'unnamed', expected: 'anonymous-source', nom: 'un vecino' },
    ],
  },
  fr: {
    headline: SKELETONS.fr.headline,
    intro: SKELETONS.fr.intro,
    probe: "fermé jusqu'à mardi",
    templates: {
      front: (k) => `Contacté par téléphone, ${k.nom} explique que le pont est resté fermé jusqu'à mardi.`,
      frontAdv: (k) => `Lundi soir, ${k.nom} a expliqué que le pont est resté fermé jusqu'à mardi.`,
      dashAside: (k) => `${cap(k.nom)} — présent sur place lundi — a expliqué que le pont est resté fermé jusqu'à mardi.`,
      bracketAside: (k) => `${cap(k.nom)} (présent sur place lundi) a expliqué que le pont est resté fermé jusqu'à mardi.`,
      deploreAfter: (k) => `Le pont est resté fermé jusqu'à mardi, déplore ${k.nom}.`,
      estime: (k) => `${cap(k.nom)} estime que le pont est resté fermé jusqu'à mardi.`,
      redouteAfter: (k) => `Le pont est resté fermé jusqu'à mardi, redoute ${k.nom}.`,
      insiste: (k) => `${cap(k.nom)} insiste : le pont est resté fermé jusqu'à mardi.`,
    },
    kinds: [
      { kind: 'fullName', expected: 'named-source', nom: 'Marc Olsen' },
      { kind: 'titleName', expected: 'official', nom: 'le maire Thomas Hallé' },
      { kind: 'describedOffice', expected: 'official', nom: "l'organisme de surveillance météorologique" },
      { kind: 'publicJob', expected: 'official', nom: "le directeur médical de l'hôpital public" },
      { kind: 'companySpokes', expected: 'named-source', nom: "le porte-parole de l'entreprise Fret des Aulnes" },
      { kind: 'unnamed', expected: 'anonymous-source', nom: 'un riverain' },
    ],
  },
  ru: {
    headline: SKELETONS.ru.headline,
    intro: SKELETONS.ru.intro,
    probe: 'закрыт до вторника',
    templates: {
      front: (k) => `Отвечая на вопрос корреспондента, ${k.nom} сообщил${k.ending ?? ''}, что мост был закрыт до вторника.`,
      frontAdv: (k) => `В понедельник вечером ${k.nom} сообщил${k.ending ?? ''}, что мост был закрыт до вторника.`,
      dashAside: (k) => `${cap(k.nom)} — в понедельник на месте событий — сообщил${k.ending ?? ''}, что мост был закрыт до вторника.`,
      bracketAside: (k) => `${cap(k.nom)} (в понедельник на месте событий) сообщил${k.ending ?? ''}, что мост был закрыт до вторника.`,
      nastaivaet: (k) => `${cap(k.nom)} настаивает, что мост был закрыт до вторника.`,
      priznalAfter: (k) => `Мост был закрыт до вторника, признал${k.ending ?? ''} ${k.nom}.`,
      podcherknul: (k) => `${cap(k.nom)} подчеркнул${k.ending ?? ''}, что мост был закрыт до вторника.`,
      predupredil: (k) => `${cap(k.nom)} предупредил${k.ending ?? ''}, что мост был закрыт до вторника.`,
    },
    kinds: [
      { kind: 'fullName', expected: 'named-source', nom: 'рыбак Марк Ольсен' },
      { kind: 'titleName', expected: 'official', nom: 'глава администрации Томас Халин' },
      { kind: 'describedOffice', expected: 'official', nom: 'надзорное ведомство', ending: 'о' },
      { kind: 'publicJob', expected: 'official', nom: 'главный врач городской больницы' },
      { kind: 'companySpokes', expected: 'named-source', nom: 'представитель компании «Ольха-Транс»' },
      { kind: 'unnamed', expected: 'anonymous-source', nom: 'местный житель' },
    ],
  },
  ko: {
    headline: SKELETONS.ko.headline,
    intro: SKELETONS.ko.intro,
    probe: '화요일까지 통제됐',
    templates: {
      front: (k) => `본지와의 통화에서 ${k.nom} 다리가 화요일까지 통제됐다고 말했다.`,
      frontAdv: (k) => `월요일 저녁 ${k.nom} 다리가 화요일까지 통제됐다고 밝혔다.`,
      bracketAside: (k) => `${k.nom.replace(/([은는])$/u, '(52)$1')} 다리가 화요일까지 통제됐다고 말했다.`,
      gangjo: (k) => `${k.nom} 다리가 화요일까지 통제됐다고 강조했다.`,
      jijeok: (k) => `${k.nom} 다리가 화요일까지 통제됐다고 지적했다.`,
      insisted: (k) => `${k.nom} 다리가 화요일까지 통제됐다고 주장했다.`,
      acknowledged: (k) => `${k.nom} 다리가 화요일까지 통제됐다고 인정했다.`,
    },
    kinds: [
      { kind: 'fullName', expected: 'named-source', nom: '어민 김민수 씨는' },
      { kind: 'titleName', expected: 'official', nom: '이정호 해솔시 대변인은' },
      { kind: 'describedOffice', expected: 'official', nom: '해솔시의 관계 당국은' },
      { kind: 'publicJob', expected: 'official', nom: '해솔시립병원 병원장은' },
      { kind: 'companySpokes', expected: 'named-source', nom: '해솔물산 대변인은' },
      { kind: 'unnamed', expected: 'anonymous-source', nom: '한 주민은' },
    ],
  },
}

/** The complication cells; ids are `language/cx-kind/form`. */
export function complicationGrid(): SourcingCell[] {
  const out: SourcingCell[] = []
  for (const [language, sk] of Object.entries(CX) as [GridLanguage, CxSkeleton][]) {
    for (const k of sk.kinds) {
      for (const [form, template] of Object.entries(sk.templates)) {
        out.push({ id: `${language}/cx-${k.kind}/${form}`, language, text: `${sk.headline}\n\n${sk.intro}\n\n${template(k)}\n`, probe: sk.probe, expected: k.expected })
      }
    }
  }
  return out
}

// Context around the cue (session 27): the complication classes found in the spent check2 and the fresh dev2/dev3 misses,
// each written as invented cells across the languages (the same complication around several speakers):
// - `employer`: a job whose employer decides the type ("a meteorologist at the weather service office" official, "at the
//   private firm Alder Weather" named, a job with no employer named and a name: named);
// - `roleBack`: a role noun pointing back to the person just named ("so der Trainer", "confie le coach", "subrayó el
//   estratega", "добавил специалист"): that person's type;
// - `verbOut`: report verbs outside the lists ("argumenta", "konkretisierte", "내다봤다", "по прогнозу X");
// - `relay`: two cues, the later an outlet relaying the earlier ("По его данным, …, сообщает ТАСС"): the earlier source's;
// - `subclause`: a cue inside a relative clause on the main clause ("…, was X als … bezeichnete"): the writer's (none);
// - `koTopic`: Korean, a topic that is no speaker opens the sentence and the speaker stands right before the verb, or the
//   subject belongs to a clause closed by a connective ("…했는데 이에 대해 "…"라고 밝혔다"): the later subject or the last speaker;
// - `frontApposed`: a participle front, then a name with an apposition holding a relative clause, then the verb;
// - `admits`: an admission of a fact that is not the charge, by a non-party, as a clause ("admitted that …"): the speaker's.
// Every name and sentence is invented.
interface CtxCell {
  form: string
  kind: string
  expected: SourcingType
  /** The paragraph: a lead sentence (if any) and the probed sentence. */
  paragraph: string
}

const CTX_INTRO: Record<GridLanguage, { headline: string; intro: string; probe: string }> = {
  en: { headline: SKELETONS.en.headline, intro: SKELETONS.en.intro, probe: 'closed until Tuesday' },
  de: { headline: SKELETONS.de.headline, intro: SKELETONS.de.intro, probe: 'bis Dienstag gesperrt' },
  es: { headline: SKELETONS.es.headline, intro: SKELETONS.es.intro, probe: 'cortado hasta el martes' },
  fr: { headline: SKELETONS.fr.headline, intro: SKELETONS.fr.intro, probe: "fermé jusqu'à mardi" },
  ru: { headline: SKELETONS.ru.headline, intro: SKELETONS.ru.intro, probe: 'закрыт до вторника' },
  ko: { headline: SKELETONS.ko.headline, intro: SKELETONS.ko.intro, probe: '화요일까지 통제됐' },
}

const N = 'named-source'
const O = 'official'
const A = 'anonymous-source'
const U = 'unattributed'

function ctxCells(language: GridLanguage): CtxCell[] {
  const c = (form: string, kind: string, expected: SourcingType, paragraph: string): CtxCell => ({ form, kind, expected, paragraph })
  switch (language) {
    case 'en':
      return [
        c('employer', 'publicInverted', O, 'The bridge was closed until Tuesday, said Lena Hart, a meteorologist at the weather service office in Westbrook.'),
        c('employer', 'publicManager', O, 'The bridge was closed until Tuesday, said Lena Hart, health manager for the county health department.'),
        c('employer', 'publicBefore', O, 'Lena Hart, a forecaster at the National Hurricane Center, said the bridge was closed until Tuesday.'),
        c('employer', 'privateInverted', N, 'The bridge was closed until Tuesday, said Lena Hart, a forecaster at the private firm Alder Weather.'),
        c('employer', 'privateBefore', N, 'Lena Hart, chief medical officer for the private Alder Health network, said the bridge was closed until Tuesday.'),
        c('employer', 'noEmployer', N, 'The bridge was closed until Tuesday, said forecaster Lena Hart.'),
        c('employer', 'office', O, 'The weather service says the bridge was closed until Tuesday.'),
        c('employer', 'officeAccording', O, 'The bridge was closed until Tuesday, according to the National Hurricane Center.'),
        c('roleBack', 'coach', N, 'Coach Mark Olsen spoke after training on Monday. "The bridge was closed until Tuesday," the coach said.'),
        c('roleBack', 'veteran', N, 'Coach Mark Olsen spoke after training on Monday. "The bridge was closed until Tuesday," the former striker said.'),
        c('verbOut', 'argued', N, 'Mark Olsen argued that the bridge was closed until Tuesday.'),
        c('verbOut', 'noted', O, 'The bridge was closed until Tuesday, the county noted.'),
        c('relay', 'office', O, 'According to the police, the bridge was closed until Tuesday, the Westbrook Gazette reported.'),
        c('relay', 'source', A, 'According to a source close to the council, the bridge was closed until Tuesday, Reuters reported.'),
        c('subclause', 'which', U, 'The water fell on Monday and the bridge was closed until Tuesday, a step which Mayor Tom Hale said was wise.'),
        c('subclause', 'whoSaid', U, 'The bridge, which residents said was old, was closed until Tuesday.'),
        c('frontApposed', 'lawyer', N, 'Reached on Monday, Mark Olsen, a lawyer who represents the owners, said the bridge was closed until Tuesday.'),
        c('frontApposed', 'official', O, 'Asked about the storm, Tom Hale, the mayor who took office in May, said the bridge was closed until Tuesday.'),
        c('admits', 'fullName', N, 'Mark Olsen admitted that the bridge was closed until Tuesday.'),
        c('admits', 'unnamed', A, 'A neighbour admitted that the bridge was closed until Tuesday.'),
        c('ctx2', 'bareSurname', N, 'Fishery news came in on Monday. Olsen said the bridge was closed until Tuesday.'),
        c('ctx2', 'release', O, 'Police Chief Tom Hale spoke on Monday. "The bridge was closed until Tuesday," the release said.'),
        c('ctx2', 'asWeReported', 'outlet', 'As we reported on Monday, the bridge was closed until Tuesday.'),
        c('ctx2', 'apostropheName', N, "His neighbour, Aiden O'Hara, said the bridge was closed until Tuesday."),
      ]
    case 'de':
      return [
        c('employer', 'publicInverted', O, 'Die Brücke sei bis Dienstag gesperrt gewesen, sagte Lena Hart, Meteorologin beim Deutschen Wetterdienst.'),
        c('employer', 'publicBefore', O, 'Lena Hart, Meteorologin beim Deutschen Wetterdienst, sagte, die Brücke sei bis Dienstag gesperrt gewesen.'),
        c('employer', 'privateInverted', N, 'Die Brücke sei bis Dienstag gesperrt gewesen, sagte Lena Hart, Meteorologin der Firma Erlenwetter.'),
        c('employer', 'noEmployer', N, 'Die Brücke sei bis Dienstag gesperrt gewesen, sagte Meteorologin Lena Hart.'),
        c('roleBack', 'trainer', N, 'Trainer Markus Olsen äußerte sich nach dem Training. Die Brücke sei bis Dienstag gesperrt gewesen, so der Trainer.'),
        c('roleBack', 'coachVerb', N, 'Trainer Markus Olsen äußerte sich nach dem Training. Die Brücke sei bis Dienstag gesperrt gewesen, sagte der langjährige Profifußballer.'),
        c('roleBack', 'uebungsleiter', N, 'Trainer Markus Olsen äußerte sich nach dem Training. Die Brücke sei bis Dienstag gesperrt gewesen, erklärte der Übungsleiter.'),
        c('verbOut', 'konkretisierte', N, 'Die Brücke sei bis Dienstag gesperrt gewesen, konkretisierte Markus Olsen.'),
        c('verbOut', 'begruendete', O, 'Bürgermeisterin Eva Roth begründete, die Brücke sei bis Dienstag gesperrt gewesen.'),
        c('verbOut', 'verwies', O, 'Bürgermeisterin Eva Roth verwies darauf, dass die Brücke bis Dienstag gesperrt war.'),
        c('relay', 'office', O, 'Laut Polizei war die Brücke bis Dienstag gesperrt, berichtet die „Westbrücker Zeitung“.'),
        c('relay', 'source', A, 'Nach Angaben aus Ratskreisen war die Brücke bis Dienstag gesperrt, berichtet die „Westbrücker Zeitung“.'),
        c('subclause', 'was', U, 'Die Brücke war bis Dienstag gesperrt, was Bürgermeisterin Eva Roth als klug bezeichnete.'),
        c('subclause', 'wasSagte', U, 'Die Brücke war bis Dienstag gesperrt, was nach Angaben der Polizei selten vorkommt.'),
        c('frontApposed', 'lawyer', N, 'Darauf angesprochen, sagte Markus Olsen, Anwalt der Eigentümer, der gegen die Sperrung klagt, die Brücke sei bis Dienstag gesperrt gewesen.'),
        c('admits', 'fullName', N, 'Markus Olsen räumte ein, dass die Brücke bis Dienstag gesperrt war.'),
        c('ctx2', 'adverbAfter', N, 'Trainer Markus Olsen äußerte sich nach dem Training. Die Brücke sei bis Dienstag gesperrt gewesen, sagte der langjährige Profifußballer weiter.'),
        c('ctx2', 'objectAfter', N, 'Trainer Markus Olsen äußerte sich nach dem Training. „Das heißt wohl bis Dienstag gesperrt“, konkretisiert der Übungsleiter die Ausfallzeit.'),
        c('ctx2', 'vonseiten', O, 'Vonseiten der Stadt hieß es, die Brücke sei bis Dienstag gesperrt gewesen.'),
        c('ctx2', 'wirBerichteten', 'outlet', 'Wie wir berichteten, war die Brücke bis Dienstag gesperrt.'),
      ]
    case 'es':
      return [
        c('employer', 'publicInverted', O, 'El puente estuvo cortado hasta el martes, dijo Lena Hart, meteoróloga de la Aemet.'),
        c('employer', 'publicBefore', O, 'Lena Hart, asesora del Ministerio de Obras Públicas, dijo que el puente estuvo cortado hasta el martes.'),
        c('employer', 'privateInverted', N, 'El puente estuvo cortado hasta el martes, dijo Lena Hart, meteoróloga de la empresa Aliso Clima.'),
        c('employer', 'noEmployer', N, 'El puente estuvo cortado hasta el martes, dijo la meteoróloga Lena Hart.'),
        c('roleBack', 'estratega', N, 'El entrenador Marcos Olsen habló tras el entrenamiento. "El puente estuvo cortado hasta el martes", subrayó el estratega.'),
        c('roleBack', 'timonel', N, 'El entrenador Marcos Olsen habló tras el entrenamiento. "El puente estuvo cortado hasta el martes", señaló el timonel.'),
        c('roleBack', 'tecnico', N, 'El entrenador Marcos Olsen habló tras el entrenamiento. "El puente estuvo cortado hasta el martes", explicó el técnico.'),
        c('verbOut', 'arguye', N, '"El puente estuvo cortado hasta el martes", arguye Marcos Olsen.'),
        c('verbOut', 'argumenta', N, 'El puente, argumenta Marcos Olsen, estuvo cortado hasta el martes.'),
        c('verbOut', 'inverted', N, '"El puente estuvo cortado hasta el martes", arguye por teléfono un tan preocupado como sorprendido Marcos Olsen, profesor de Derecho.'),
        c('relay', 'office', O, 'Según la policía, el puente estuvo cortado hasta el martes, informó el diario El Faro.'),
        c('relay', 'source', A, 'Según fuentes municipales, el puente estuvo cortado hasta el martes, informó el diario El Faro.'),
        c('subclause', 'loQue', U, 'El puente estuvo cortado hasta el martes, lo que el alcalde Tomás Hernán dijo que era prudente.'),
        c('subclause', 'queSegun', U, 'La policía cerró un local que, según vecinos, funciona como bar y el puente estuvo cortado hasta el martes.'),
        c('frontApposed', 'lawyer', N, 'Consultado, Marcos Olsen, abogado de los dueños que recurrieron el cierre, explicó que el puente estuvo cortado hasta el martes.'),
        c('admits', 'fullName', N, 'Marcos Olsen admitió que el puente estuvo cortado hasta el martes.'),
        c('ctx2', 'linkingDash', O, 'Al respecto, el fiscal Tomás Hernán, -quien lleva la investigación- dijo que el puente estuvo cortado hasta el martes.'),
        c('ctx2', 'linkingApposed', O, 'Al respecto el presidente del Tribunal Superior, José Ortega Cerbón, aclaró que el puente estuvo cortado hasta el martes.'),
        c('ctx2', 'clauseNotApposition', N, 'Marcos Olsen es profesor. Si el puente estuvo cortado hasta el martes, argumenta Olsen, no es porque sea culpa del alcalde.'),
        c('ctx2', 'hincapie', N, 'Marcos Olsen es profesor. Olsen hace mucho hincapié en que el puente estuvo cortado hasta el martes.'),
      ]
    case 'fr':
      return [
        c('employer', 'publicInverted', O, "Le pont est resté fermé jusqu'à mardi, explique Léna Hart, prévisionniste à Météo-France."),
        c('employer', 'publicOffice', O, "Le pont est resté fermé jusqu'à mardi, prévient Météo France."),
        c('employer', 'publicHospital', O, "Dans un communiqué, le CHU explique que le pont est resté fermé jusqu'à mardi."),
        c('employer', 'privateInverted', N, "Le pont est resté fermé jusqu'à mardi, explique Léna Hart, prévisionniste de la société Aulne Météo."),
        c('employer', 'noEmployer', N, "Le pont est resté fermé jusqu'à mardi, explique la prévisionniste Léna Hart."),
        c('roleBack', 'coach', N, "L'entraîneur Marc Olsen s'est exprimé après l'entraînement. « Le pont est resté fermé jusqu'à mardi », confie le coach."),
        c('roleBack', 'technicien', N, "L'entraîneur Marc Olsen s'est exprimé après l'entraînement. « Le pont est resté fermé jusqu'à mardi », tranche le technicien."),
        c('roleBack', 'entraineur', N, "L'entraîneur Marc Olsen s'est exprimé après l'entraînement. « Le pont est resté fermé jusqu'à mardi », a expliqué l'entraîneur italien."),
        c('verbOut', 'confirmeSansVirgule', N, "Le pont est resté fermé jusqu'à mardi a confirmé Marc Olsen ce jeudi."),
        c('verbOut', 'indiquait', O, "Dans son dernier bulletin, la préfecture indiquait que le pont est resté fermé jusqu'à mardi."),
        c('relay', 'office', O, "Selon la préfecture, le pont est resté fermé jusqu'à mardi, rapporte Ouest-France."),
        c('relay', 'source', A, "Selon une source proche du dossier, le pont est resté fermé jusqu'à mardi, rapporte Ouest-France."),
        c('subclause', 'ceQue', U, "Le pont est resté fermé jusqu'à mardi, ce que le maire Thomas Hallé a dit regretter."),
        c('frontApposed', 'lawyer', N, "Contacté, Marc Olsen, avocat des propriétaires qui contestent la fermeture, explique que le pont est resté fermé jusqu'à mardi."),
        c('frontApposed', 'player', N, "Le joueur Marc Olsen a été blessé. Croisé en zone mixte, le joueur nous confiait que le pont est resté fermé jusqu'à mardi."),
        c('admits', 'fullName', N, "Marc Olsen reconnaît que le pont est resté fermé jusqu'à mardi."),
        c('ctx2', 'bulletin', 'document', "Le pont est resté fermé jusqu'à mardi, selon le bulletin de l'organisme de prévision."),
        c('ctx2', 'hopital', O, "Le pont est resté fermé jusqu'à mardi, indique l'hôpital."),
        c('ctx2', 'commeVous', 'outlet', "Comme Villeclaire Infos vous le révélait, le pont est resté fermé jusqu'à mardi."),
      ]
    case 'ru':
      return [
        c('employer', 'publicInverted', O, 'Мост был закрыт до вторника, сообщил синоптик Гидрометцентра Лев Харитонов.'),
        c('employer', 'privateInverted', N, 'Мост был закрыт до вторника, сообщил синоптик частного центра «Ольха-Метео» Лев Харитонов.'),
        c('employer', 'noEmployer', N, 'Мост был закрыт до вторника, сообщил синоптик Лев Харитонов.'),
        c('employer', 'recipientFirst', N, 'Мост был закрыт до вторника, сообщил РИА Новости синоптик Лев Харитонов.'),
        c('employer', 'recipientAfter', N, 'Тренер Лев Харитонов ответил на вопросы. «Мост был закрыт до вторника», — пояснил тренер интернет-изданию «Вечерний город».'),
        c('employer', 'clubDoctor', N, 'Главный врач клуба «Ольха» Лев Харитонов сообщил, что мост был закрыт до вторника.'),
        c('roleBack', 'specialist', N, 'Синоптик Лев Харитонов ответил на вопросы. Мост был закрыт до вторника, добавил специалист.'),
        c('roleBack', 'mentor', N, 'Тренер Лев Харитонов ответил на вопросы. «Мост был закрыт до вторника», — заявил наставник.'),
        c('verbOut', 'prognozu', N, 'Синоптик Лев Харитонов ответил на вопросы. По прогнозу специалиста, мост был закрыт до вторника.'),
        c('verbOut', 'prognozam', O, 'По прогнозам Гидрометцентра, мост был закрыт до вторника.'),
        c('verbOut', 'pisal', N, 'Ранее «Вечерний город» писал, что мост был закрыт до вторника.'),
        c('relay', 'office', O, 'По данным МЧС, мост был закрыт до вторника, сообщает ТАСС.'),
        c('relay', 'pronoun', O, 'Глава администрации Томас Халин провёл совещание. По его данным, мост был закрыт до вторника, сообщает ТАСС.'),
        c('relay', 'source', A, 'По данным источника в администрации, мост был закрыт до вторника, сообщает ТАСС.'),
        c('subclause', 'chto', U, 'Мост был закрыт до вторника, что, по словам жителей, случается редко.'),
        c('admits', 'fullName', N, 'Рыбак Марк Ольсен признал, что мост был закрыт до вторника.'),
        c('ctx2', 'kakMy', 'outlet', 'Как мы писали ранее, мост был закрыт до вторника.'),
      ]
    case 'ko':
      return [
        c('koTopic', 'office', O, '다리는 화요일까지 통제됐다고 해솔시는 밝혔다.'),
        c('koTopic', 'officeIga', O, '다리는 화요일까지 통제됐던 것으로 방역당국이 파악했다.'),
        c('koTopic', 'titleName', O, '오리나무길 다리는 화요일까지 통제됐다고 이정호 해솔시 대변인은 말했다.'),
        c('koTopic', 'fullName', N, '오리나무길 다리는 화요일까지 통제됐다고 어민 김민수 씨는 말했다.'),
        c('koTopic', 'connectiveLast', N, '김민수 감독은 훈련 뒤 "선수들이 잘 버텼다"고 말했다. 박민호가 교체를 하려다가 다시 뛰었는데 이에 대해선 "다리가 화요일까지 통제됐다"라고 밝혔다.'),
        c('koTopic', 'connectiveOffice', O, '해솔시는 브리핑에서 "복구가 진행 중"이라고 밝혔다. 원인이 여전히 오리무중인 상태이지만, 다리는 화요일까지 통제됐다고 설명했다.'),
        c('verbOut', 'naedabwatda', O, '해솔시는 다리가 화요일까지 통제됐을 것으로 내다봤다.'),
        c('verbOut', 'jeonmang', O, '기상청은 다리가 화요일까지 통제됐을 것으로 전망했다.'),
        c('verbOut', 'gwancheuk', O, '기상청은 브리핑에서 "비가 계속된다"고 밝혔다. 특히 다리는 화요일까지 통제됐을 가능성이 크다고 관측했다.'),
        c('verbOut', 'yebo', O, '대전지방기상청은 다리가 화요일까지 통제됐을 것으로 예보했다.'),
        c('relay', 'office', O, '경찰에 따르면 다리는 화요일까지 통제됐다고 해솔일보가 보도했다.'),
        c('admits', 'fullName', N, '어민 김민수 씨는 다리가 화요일까지 통제됐다고 인정했다.'),        c('ctx2', 'bench', O, '재판부는 "다리가 화요일까지 통제됐다"며 범행의 중대성을 지적했다.'),
        c('ctx2', 'aboutQuote', N, '김민수 감독은 훈련 뒤 "선수들이 잘 버텼다"고 말했다. 부상을 당한 박민호의 상황에 대해선 "다리가 화요일까지 통제됐다"고 덧붙였다.'),
      ]
  }
}

/** The context cells; ids are `language/ctx-form/kind`. */
export function contextGrid(): SourcingCell[] {
  const out: SourcingCell[] = []
  for (const language of Object.keys(CTX_INTRO) as GridLanguage[]) {
    const { headline, intro, probe } = CTX_INTRO[language]
    for (const cell of ctxCells(language)) {
      if (!cell.paragraph.includes(probe)) throw new Error(`${language}/${cell.form}/${cell.kind}: no probe`)
      out.push({ id: `${language}/ctx-${cell.form}/${cell.kind}`, language, text: `${headline}\n\n${intro}\n\n${cell.paragraph}\n`, probe, expected: cell.expected })
    }
  }
  return out
}

// Session 28 (speakers7): the classes of the spent check3's misses and of dev4's (data/corpus/speakers, session 28), each
// written as invented cells across de/en/es/fr (ru and ko are ruko1's this session): a generic institution noun pointing
// back to the body named before ("the agency", "la institución", "l'organisme", "die Behörde"), the head of a public
// administration's area ("la directora de Cultura", "le médecin légiste"), an office's initials after its full name ("the
// NWS", "la DGT"), report frames outside the lists ("schreiben in ihrer Entscheidung", "geht aus … hervor", "according to a
// statement from", "en palabras de", "à en croire", the French narrative future "indiquera"), a possessive pointing back to
// a named person ("según sus declaraciones"), an attributive participle that is no cue ("die bestätigten Fälle"), a coach's
// role noun with an age or a modifier, a figures report ("selon le dernier bilan communiqué par X": a document), and forecast
// verbs of a weather office. Nearby cells that must not change stand with them (a club behind "la entidad", a private firm's
// director, a rowing club's initials). Every name and sentence is invented.
function ctx28Cells(language: GridLanguage): CtxCell[] {
  const c = (form: string, kind: string, expected: SourcingType, paragraph: string): CtxCell => ({ form, kind, expected, paragraph })
  const D = 'document'
  switch (language) {
    case 'en':
      return [
        c('backRef', 'agency', O, 'The Westbrook health department published its figures on Monday. The bridge was closed until Tuesday, the agency said.'),
        c('backRef', 'department', O, 'The Westbrook health department published its figures on Monday. The department said the bridge was closed until Tuesday.'),
        c('backRef', 'clubMustNot', N, 'Alder Rovers played on Sunday. The bridge was closed until Tuesday, the club said.'),
        c('areaHead', 'examiner', O, 'The bridge was closed until Tuesday, the medical examiner said.'),
        c('areaHead', 'cultureDirector', O, "The city's culture director, Carla Montes, said the bridge was closed until Tuesday."),
        c('areaHead', 'firmDirectorMustNot', N, 'Carla Montes, director of the Alder Weather company, said the bridge was closed until Tuesday.'),
        c('acronym', 'nws', O, 'The National Weather Service issued a warning on Monday. The bridge was closed until Tuesday, according to the NWS.'),
        c('acronym', 'dhmh', O, 'The Department of Health and Mental Hygiene spoke on Monday. According to the DHMH, the bridge was closed until Tuesday.'),
        c('acronym', 'clubMustNot', N, 'The Alder Valley Rowing Club met on Monday. According to the AVRC, the bridge was closed until Tuesday.'),
        c('frames', 'statementFrom', O, 'The bridge was closed until Tuesday, according to a statement from the county.'),
        c('frames', 'byAccount', N, "Mark Olsen runs the ferry. By Olsen's account, the bridge was closed until Tuesday."),
        c('frames', 'isConfirming', O, 'The Westbrook health department is confirming that the bridge was closed until Tuesday.'),
        c('possessive', 'hisAccount', N, 'Mark Olsen gave another account on Monday. By his account, the bridge was closed until Tuesday.'),
        c('participle', 'confirmedMustNot', U, 'The bridge with the confirmed damage was closed until Tuesday.'),
        c('coach', 'aged', N, 'Coach Mark Olsen spoke after training on Monday. "The bridge was closed until Tuesday," the 45-year-old coach said.'),
        c('figures', 'report', D, 'According to the latest report from the county, the bridge was closed until Tuesday.'),
        c('forecast', 'forecasts', O, 'The weather service forecasts that the bridge will stay closed until Tuesday.'),
        c('b2', 'progressive', O, 'The Westbrook health department and the county are confirming that the bridge was closed until Tuesday.'),
        c('b3', 'answerFrom', O, 'The answer from the county: the bridge was closed until Tuesday.'),
        c('b2', 'acronymPrefix', O, 'The Westbrook Department of Roads and Bridges spoke on Monday. According to the DRB, the bridge was closed until Tuesday.'),
      ]
    case 'de':
      return [
        c('backRef', 'behoerde', O, 'Das Gesundheitsamt Westbrück veröffentlichte am Montag seine Zahlen. Die Brücke sei bis Dienstag gesperrt gewesen, teilte die Behörde mit.'),
        c('backRef', 'institut', O, 'Das Landesinstitut für Straßenbau äußerte sich am Montag. Die Brücke sei bis Dienstag gesperrt gewesen, erklärte das Institut.'),
        c('backRef', 'vereinMustNot', N, 'Der SV Erlenbach spielte am Sonntag. Die Brücke sei bis Dienstag gesperrt gewesen, teilte der Verein mit.'),
        c('areaHead', 'rechtsmediziner', O, 'Die Brücke sei bis Dienstag gesperrt gewesen, sagte der Rechtsmediziner.'),
        c('areaHead', 'kulturamt', O, 'Die Leiterin des Kulturamts, Carla Montes, sagte, die Brücke sei bis Dienstag gesperrt gewesen.'),
        c('areaHead', 'firmaMustNot', N, 'Carla Montes, Geschäftsführerin der Firma Erlenwetter, sagte, die Brücke sei bis Dienstag gesperrt gewesen.'),
        c('acronym', 'lfu', O, 'Das Landesamt für Umwelt veröffentlichte am Montag eine Warnung. Laut LfU war die Brücke bis Dienstag gesperrt.'),
        c('frames', 'schreibenEntscheidung', O, 'Die Richter des Landgerichts schreiben in ihrer Entscheidung, die Brücke sei bis Dienstag gesperrt gewesen.'),
        c('frames', 'gehtHervor', D, 'Aus einem Bericht der Stadtverwaltung geht hervor, dass die Brücke bis Dienstag gesperrt war.'),
        c('frames', 'heisstEsInMitteilung', O, 'In der Mitteilung der Polizei heißt es, die Brücke sei bis Dienstag gesperrt gewesen.'),
        c('frames', 'hingewiesen', O, 'Die Stadt hat darauf hingewiesen, dass die Brücke bis Dienstag gesperrt war.'),
        c('frames', 'fazit', O, 'Das Fazit der Polizei: Die Brücke war bis Dienstag gesperrt.'),
        c('frames', 'schreibtMitteilung', O, 'Die Stadt schreibt in einer Mitteilung, die Brücke sei bis Dienstag gesperrt gewesen.'),
        c('possessive', 'seinenAngaben', N, 'Markus Olsen schilderte den Abend anders. Nach seinen Angaben war die Brücke bis Dienstag gesperrt.'),
        c('participle', 'bestaetigtMustNot', U, 'Die Brücke mit dem am Montag bestätigten Schaden war bis Dienstag gesperrt.'),
        c('participle', 'konjunktiv', O, 'Die Stadt teilte am Sonntag neue Schäden mit. Die Brücke mit den bestätigten Schäden sei bis Dienstag gesperrt gewesen.'),
        c('coach', 'aged', N, 'Trainer Markus Olsen äußerte sich nach dem Training. „Die Brücke war bis Dienstag gesperrt“, so der 45-jährige Trainer.'),
        c('figures', 'bericht', D, 'Laut dem jüngsten Bericht der Stadt war die Brücke bis Dienstag gesperrt.'),
        c('forecast', 'prognostiziert', O, 'Der Deutsche Wetterdienst prognostiziert, dass die Brücke bis Dienstag gesperrt bleibt.'),
        c('b3', 'bilanzStadt', O, 'Die Bilanz der Stadt: Die Brücke war bis Dienstag gesperrt.'),
        c('b2', 'derAngeklagte', A, 'Der Angeklagte sagte, die Brücke sei bis Dienstag gesperrt gewesen.'),
        c('b2', 'dieVerteidigerin', A, 'Die Verteidigerin erklärte, die Brücke sei bis Dienstag gesperrt gewesen.'),
        c('b2', 'derSpiegelMustNot', N, 'Der „Westbrücker Kurier“ berichtete, die Brücke sei bis Dienstag gesperrt gewesen.'),
        c('b2', 'ersteAngaben', O, 'Bei dem Einsatz gab es zwei Festnahmen. Das bestätigte ein Sprecher der Polizei. Dabei war den ersten Angaben zufolge die Brücke bis Dienstag gesperrt.'),
      ]
    case 'es':
      return [
        c('backRef', 'institucion', O, 'El Ministerio de Obras Públicas emitió un comunicado el lunes. La institución señala que el puente estuvo cortado hasta el martes.'),
        c('backRef', 'entidad', O, 'El Ministerio de Obras Públicas emitió un comunicado el lunes. En ese sentido, la entidad explicó que el puente estuvo cortado hasta el martes.'),
        c('backRef', 'organismo', O, 'La Agencia Estatal de Carreteras emitió un aviso el lunes. El organismo indicó que el puente estuvo cortado hasta el martes.'),
        c('backRef', 'clubMustNot', N, 'El club Aliso publicó un comunicado el lunes. La entidad explicó que el puente estuvo cortado hasta el martes.'),
        c('areaHead', 'directoraCultura', O, 'La directora de Cultura, Carla Montes, explicó que el puente estuvo cortado hasta el martes.'),
        c('areaHead', 'asiLoInformo', O, 'El puente estuvo cortado hasta el martes. Así lo informó la directora de Cultura, Carla Montes.'),
        c('areaHead', 'forense', O, 'El médico forense precisó que el puente estuvo cortado hasta el martes.'),
        c('areaHead', 'empresaMustNot', N, 'La directora de la empresa Aliso Clima, Carla Montes, explicó que el puente estuvo cortado hasta el martes.'),
        c('acronym', 'dgt', O, 'La Dirección General de Tráfico emitió un aviso el lunes. Según la DGT, el puente estuvo cortado hasta el martes.'),
        c('frames', 'enPalabras', O, 'En palabras del alcalde Tomás Hernán, el puente estuvo cortado hasta el martes.'),
        c('frames', 'recoge', O, 'El puente estuvo cortado hasta el martes, recoge el comunicado del ayuntamiento.'),
        c('frames', 'haHechoHincapie', O, 'El alcalde Tomás Hernán ha hecho hincapié en que el puente estuvo cortado hasta el martes.'),
        c('frames', 'adelanta', O, 'El alcalde Tomás Hernán habló el lunes. Adelanta que el puente estuvo cortado hasta el martes.'),
        c('possessive', 'susDeclaraciones', N, 'Marcos Olsen dio otra versión. Según sus declaraciones, el puente estuvo cortado hasta el martes.'),
        c('participle', 'confirmadosMustNot', U, 'El puente con los daños confirmados estuvo cortado hasta el martes.'),
        c('coach', 'timonelReferencia', N, 'El entrenador Marcos Olsen habló tras el entrenamiento. "El puente estuvo cortado hasta el martes", señaló el timonel en referencia al temporal.'),
        c('figures', 'balance', D, 'Según el último balance difundido por el ayuntamiento, el puente estuvo cortado hasta el martes.'),
        c('figures', 'deAcuerdoDemandaMustNot', U, 'El puente estuvo cortado hasta el martes y reabrirá de acuerdo a la demanda de los vecinos.'),
        c('forecast', 'preve', O, 'La Aemet prevé que el puente siga cortado hasta el martes.'),
        c('b3', 'respuesta', O, 'La respuesta del ayuntamiento: el puente estuvo cortado hasta el martes.'),
        c('b3', 'labelMustNot', U, 'La solución del problema: el puente estuvo cortado hasta el martes.'),
        c('b2', 'asideAdemas', O, 'La Aemet, además, prevé que el puente siga cortado hasta el martes.'),
        c('b2', 'asidePorSuParte', O, 'El ayuntamiento, por su parte, informó que el puente estuvo cortado hasta el martes.'),
        c('b2', 'asideMustNot', N, 'Marcos Olsen, además, explicó que el puente estuvo cortado hasta el martes.'),
      ]
    case 'fr':
      return [
        c('backRef', 'organisme', O, "Météo-France a publié un bulletin lundi. « Le pont est resté fermé jusqu'à mardi », ajoute l'organisme."),
        c('backRef', 'etablissement', O, "Le centre hospitalier de Villeclaire a publié un communiqué lundi. L'établissement précise que le pont est resté fermé jusqu'à mardi."),
        c('backRef', 'clubMustNot', N, "Le club des Aulnes a publié un communiqué lundi. L'association précise que le pont est resté fermé jusqu'à mardi."),
        c('areaHead', 'legiste', O, "Le médecin légiste a précisé que le pont est resté fermé jusqu'à mardi."),
        c('areaHead', 'adjointe', O, "L'adjointe à la Culture, Carla Montès, explique que le pont est resté fermé jusqu'à mardi."),
        c('acronym', 'ddt', O, "La Direction départementale des territoires a publié un arrêté lundi. Selon la DDT, le pont est resté fermé jusqu'à mardi."),
        c('frames', 'aEnCroire', O, "À en croire la préfecture, le pont est resté fermé jusqu'à mardi."),
        c('frames', 'evoquant', O, "Météo-France a placé le département en vigilance orange, évoquant un pont fermé jusqu'à mardi."),
        c('frames', 'confiera', A, "Une source proche du dossier confiera que le pont est resté fermé jusqu'à mardi."),
        c('frames', 'indiquera', O, "Le parquet indiquera que le pont est resté fermé jusqu'à mardi."),
        c('possessive', 'sesDires', N, "Marc Olsen donne une autre version. Selon ses dires, le pont est resté fermé jusqu'à mardi."),
        c('participle', 'confirmesMustNot', U, "Le pont aux dégâts confirmés est resté fermé jusqu'à mardi."),
        c('coach', 'aged', N, "L'entraîneur Marc Olsen s'est exprimé après l'entraînement. « Le pont est resté fermé jusqu'à mardi », a confié le technicien de 45 ans."),
        c('figures', 'bilan', D, "Le pont est resté fermé jusqu'à mardi, selon le dernier bilan communiqué par la préfecture."),
        c('forecast', 'prevoit', O, "Météo-France prévoit que le pont reste fermé jusqu'à mardi."),
        c('b3', 'reponse', O, "La réponse de la préfecture : le pont est resté fermé jusqu'à mardi."),
        c('b2', 'asideDeSonCote', O, "La préfecture, de son côté, précise que le pont est resté fermé jusqu'à mardi."),
      ]
    default:
      return []
  }
}

/** The session-28 context cells; ids are `language/s28-form/kind`. */
export function contextGrid28(): SourcingCell[] {
  const out: SourcingCell[] = []
  for (const language of Object.keys(CTX_INTRO) as GridLanguage[]) {
    const { headline, intro, probe } = CTX_INTRO[language]
    for (const cell of ctx28Cells(language)) {
      if (!cell.paragraph.includes(probe)) throw new Error(`${language}/${cell.form}/${cell.kind}: no probe`)
      out.push({ id: `${language}/s28-${cell.form}/${cell.kind}`, language, text: `${headline}\n\n${intro}\n\n${cell.paragraph}\n`, probe, expected: cell.expected })
    }
  }
  return out
}

// Session 29 (speakers8): the largest cells of the confusion table of the spent check4 and dev4 (and dev5's misses), each
// written as invented cells across de/en/es/fr, with nearby must-not cells: a question never yields a speaker (lead
// decision, session 29); a surname alone as the subject of a report verb, opening the sentence or with an inner capital
// ("Olsen explicó que", "McAllister said"), is a named person, not an unnamed one (a bare plural noun, "Vecinos explicaron",
// "Anwohner sagten", stays anonymous); "the same source(s)" as a subject points back to the source named before; the outlet's
// own inquiry in the first person plural ("d'après nos recherches", "nach unseren Recherchen"); the Spanish impersonal plural
// with the body after "desde" ("Desde la asociación aseguran que") and the French "du côté de la mairie, on indique que".
function ctx29Cells(language: GridLanguage): CtxCell[] {
  const c = (form: string, kind: string, expected: SourcingType, paragraph: string): CtxCell => ({ form, kind, expected, paragraph })
  switch (language) {
    case 'en':
      return [
        c('question', 'afterQuestion', O, 'Mayor Tom Hale said the repairs had started. Did a neighbor say the bridge was unsafe? "The bridge was closed until Tuesday," he said.'),
        c('question', 'askedMustNot', O, 'Mayor Tom Hale was asked whether the bridge was safe. "The bridge was closed until Tuesday," he said.'),
        c('question', 'quotedQuestionMustNot', N, 'Mark Olsen asked "why?" and said the bridge was closed until Tuesday.'),
        c('surname', 'opening', N, 'Olsen said the bridge was closed until Tuesday.'),
        c('surname', 'innerCapital', N, 'The bridge was closed until Tuesday, McAllister said.'),
        c('surname', 'residentsMustNot', A, 'Residents said the bridge was closed until Tuesday.'),
        c('surname', 'titledBeforeMustNot', O, 'Mayor Tom Hale visited the site on Monday. Hale said the bridge was closed until Tuesday.'),
        c('sameSource', 'subject', O, 'According to the sheriff\'s office, the road was cleared on Monday. The same source said the bridge was closed until Tuesday.'),
        c('sameSource', 'otherMustNot', A, 'According to the sheriff\'s office, the road was cleared on Monday. Other sources said the bridge was closed until Tuesday.'),
        c('ours', 'ourReview', 'outlet', 'According to our review of county records, the bridge was closed until Tuesday.'),
        c('ours', 'ourSourcesMustNot', A, 'According to our sources, the bridge was closed until Tuesday.'),
      ]
    case 'de':
      return [
        c('question', 'afterQuestion', O, 'Bürgermeister Markus Olsen sagte, die Arbeiten hätten begonnen. Sagte ein Anwohner, die Brücke sei gefährlich? „Die Brücke war bis Dienstag gesperrt“, sagte er.'),
        c('question', 'askedMustNot', O, 'Bürgermeister Markus Olsen wurde gefragt, ob die Brücke sicher sei. „Die Brücke war bis Dienstag gesperrt“, sagte er.'),
        c('surname', 'opening', N, 'Olsen sagte, die Brücke sei bis Dienstag gesperrt gewesen.'),
        c('surname', 'innerCapital', N, '„Die Brücke war bis Dienstag gesperrt“, sagte McAllister.'),
        c('surname', 'anwohnerMustNot', A, 'Anwohner sagten, die Brücke sei bis Dienstag gesperrt gewesen.'),
        c('surname', 'passantenMustNot', A, 'Passanten berichteten, die Brücke sei bis Dienstag gesperrt gewesen.'),
        c('sameSource', 'subject', O, 'Nach Angaben der Polizei wurde die Straße am Montag geräumt. Dieselbe Quelle sagte, die Brücke sei bis Dienstag gesperrt gewesen.'),
        c('sameSource', 'otherMustNot', A, 'Nach Angaben der Polizei wurde die Straße am Montag geräumt. Andere Quellen sagten, die Brücke sei bis Dienstag gesperrt gewesen.'),
        c('ours', 'unsereRecherchen', 'outlet', 'Nach unseren Recherchen war die Brücke bis Dienstag gesperrt.'),
        c('ours', 'unsereQuellenMustNot', A, 'Nach Angaben unserer Quellen war die Brücke bis Dienstag gesperrt.'),
      ]
    case 'es':
      return [
        c('question', 'afterQuestion', O, 'El alcalde Tomás Hernán dijo que las obras habían comenzado. ¿Dijo un vecino que el puente era peligroso? "El puente estuvo cortado hasta el martes", añadió.'),
        c('question', 'noQuestionMustNot', O, 'El alcalde Tomás Hernán dijo que las obras habían comenzado. "El puente estuvo cortado hasta el martes", añadió.'),
        c('surname', 'opening', N, 'Olsen explicó que el puente estuvo cortado hasta el martes.'),
        c('surname', 'innerCapital', N, 'El puente estuvo cortado hasta el martes, explicó McAllister.'),
        c('surname', 'vecinosMustNot', A, 'Vecinos explicaron que el puente estuvo cortado hasta el martes.'),
        c('sameSource', 'subject', O, 'Según ha informado la Guardia Civil, la carretera fue despejada el lunes. Las mismas fuentes explicaron que el puente estuvo cortado hasta el martes.'),
        c('sameSource', 'otherMustNot', A, 'Según ha informado la Guardia Civil, la carretera fue despejada el lunes. Otras fuentes explicaron que el puente estuvo cortado hasta el martes.'),
        c('desde', 'asociacion', N, 'Desde la asociación de vecinos Aliso Verde aseguran que el puente estuvo cortado hasta el martes.'),
        c('desde', 'ayuntamiento', O, 'Desde el Ayuntamiento informan de que el puente estuvo cortado hasta el martes.'),
        c('desde', 'segunIndican', O, 'Según indican desde el Ayuntamiento, el puente estuvo cortado hasta el martes.'),
        c('desde', 'timeMustNot', U, 'Desde el lunes aseguran el paso peatonal y el puente estuvo cortado hasta el martes.'),
        c('ours', 'nuestrasAveriguaciones', 'outlet', 'Según nuestras averiguaciones, el puente estuvo cortado hasta el martes.'),
        c('ours', 'nuestrasFuentesMustNot', A, 'Según nuestras fuentes, el puente estuvo cortado hasta el martes.'),
      ]
    case 'fr':
      return [
        c('question', 'afterQuestion', O, "Le maire Thomas Hallé a annoncé des travaux. Un riverain a-t-il signalé le danger ? « Le pont est resté fermé jusqu'à mardi », a-t-il ajouté."),
        c('question', 'answersMustNot', O, "Le maire Thomas Hallé a répondu aux questions des riverains. « Le pont est resté fermé jusqu'à mardi », a-t-il ajouté."),
        c('surname', 'opening', N, "Olsen a expliqué que le pont est resté fermé jusqu'à mardi."),
        c('surname', 'innerCapital', N, "Le pont est resté fermé jusqu'à mardi, a expliqué McAllister."),
        c('surname', 'riverainsMustNot', A, "Riverains et commerçants ont expliqué que le pont est resté fermé jusqu'à mardi."),
        c('sameSource', 'subject', O, "Selon la préfecture, la route a été dégagée lundi. La même source a précisé que le pont est resté fermé jusqu'à mardi."),
        c('sameSource', 'otherMustNot', A, "Selon la préfecture, la route a été dégagée lundi. D'autres sources ont précisé que le pont est resté fermé jusqu'à mardi."),
        c('ours', 'nosRecherches', 'outlet', "D'après nos recherches, le pont est resté fermé jusqu'à mardi."),
        c('ours', 'nosSourcesMustNot', A, "Selon une source proche du dossier, le pont est resté fermé jusqu'à mardi."),
        c('duCote', 'mairie', O, "Du côté de la mairie, on indique que le pont est resté fermé jusqu'à mardi."),
        c('duCote', 'placeMustNot', U, "Du côté de la gare, le pont est resté fermé jusqu'à mardi."),
        c('duCote', 'association', N, "Du côté de l'association Aulnes Vertes, on indique que le pont est resté fermé jusqu'à mardi."),
      ]
    default:
      return []
  }
}

/** The session-29 context cells; ids are `language/s29-form/kind`. */
export function contextGrid29(): SourcingCell[] {
  const out: SourcingCell[] = []
  for (const language of Object.keys(CTX_INTRO) as GridLanguage[]) {
    const { headline, intro, probe } = CTX_INTRO[language]
    for (const cell of ctx29Cells(language)) {
      if (!cell.paragraph.includes(probe)) throw new Error(`${language}/${cell.form}/${cell.kind}: no probe`)
      out.push({ id: `${language}/s29-${cell.form}/${cell.kind}`, language, text: `${headline}\n\n${intro}\n\n${cell.paragraph}\n`, probe, expected: cell.expected })
    }
  }
  return out
}

// Session 30 (speakers9): the lead decision "a verb of saying is a cue by its grammar". Each language's verbs of saying and
// reporting were completed from its reference grammar (the packs' `verbs`, with the grammars named there) in the frames of
// reported speech: before the complement clause ("que", "dass", "que", "that"), before a colon, as a closing incise, the German
// separable verb with its particle closing the clause, the perfect with its participle. One must-change cell per verb class and
// frame, and must-not cells: the verb with a noun object (the act is the event: "answered the door", "soutient le projet",
// "cuenta con", "declaró ante la fiscala"), the homograph noun after a determiner ("la denuncia que"), an infinitive ("zu
// schreiben"), a relative clause on the main clause's object ("…, quienes reconocen que"), a party's own act ("der die Tat
// einräumte", "ihre Unschuld beteuert"). Invented sentences; the classes came from the confusion table of the spent check5 and
// dev5 and from dev6's misses (in-sample for those sets), the verbs from the grammars.
function ctx30Cells(language: GridLanguage): CtxCell[] {
  const c = (form: string, kind: string, expected: SourcingType, paragraph: string): CtxCell => ({ form, kind, expected, paragraph })
  switch (language) {
    case 'en':
      return [
        c('verbs', 'acknowledgesThat', O, 'Mayor Tom Hale acknowledges that the bridge was closed until Tuesday.'),
        c('verbs', 'repliedClosing', O, '"The bridge was closed until Tuesday," the police chief replied.'),
        c('verbs', 'postedThat', O, "The sheriff's office posted that the bridge was closed until Tuesday."),
        c('verbs', 'isCautioning', O, 'The county is cautioning residents that the bridge was closed until Tuesday.'),
        c('verbs', 'reiteratedThat', N, 'Mark Olsen, a local shop owner, reiterated that the bridge was closed until Tuesday.'),
        c('verbs', 'concludedJudge', O, 'The judge concluded that the bridge was closed until Tuesday.'),
        c('verbs', 'answeredDoorMustNot', U, 'A neighbor answered the door, and the bridge was closed until Tuesday.'),
        c('verbs', 'postedBailMustNot', U, 'The driver posted bail, and the bridge was closed until Tuesday.'),
        c('b2', 'financeDirector', O, 'The bridge was closed until Tuesday, said Gregory Hale, the county finance director.'),
        c('b2', 'boardMemberSurname', O, 'School board member Gregory Hale visited the site on Monday. "The bridge was closed until Tuesday," Hale said.'),
        c('b2', 'issuedStatement', O, 'The county issued a statement saying the bridge was closed until Tuesday.'),
        c('b2', 'notifiedPoliceMustNot', U, 'A neighbor notified police, and the bridge was closed until Tuesday.'),
      ]
    case 'de':
      return [
        c('verbs', 'gabBekanntBracket', O, 'Im Gemeinderat gab Bürgermeisterin Regina Olsen (FW) bekannt, die Brücke sei bis Dienstag gesperrt.'),
        c('verbs', 'wirftVor', N, 'Der Anwohnerverein Lindenhof wirft der Stadt vor, die Brücke sei ohne Grund bis Dienstag gesperrt gewesen.'),
        c('verbs', 'gabZu', O, 'Ein Sprecher der Stadt gab zu, dass die Brücke bis Dienstag gesperrt war.'),
        c('verbs', 'raeumtEin', O, 'Der Landrat räumt ein, dass die Brücke bis Dienstag gesperrt war.'),
        c('verbs', 'entgegnete', O, '„Die Brücke war bis Dienstag gesperrt“, entgegnete der Sprecher der Stadt.'),
        c('verbs', 'kommentierteKomma', N, 'Der Verein Lindenhof kommentierte, die Brücke sei bis Dienstag gesperrt gewesen.'),
        c('verbs', 'hatEingeraeumt', O, 'Die Polizei hat eingeräumt, dass die Brücke bis Dienstag gesperrt war.'),
        c('verbs', 'wieEinraeumte', O, 'Die Brücke war bis Dienstag gesperrt, wie ein Sprecher der Stadt einräumte.'),
        c('verbs', 'infinitiveMustNot', U, 'Statt einen Bericht zu schreiben, ließ die Stadt die Brücke bis Dienstag gesperrt.'),
        c('verbs', 'partyRelativeMustNot', U, 'Die Polizei nahm einen 29-Jährigen fest, der die Tat einräumte. Die Brücke war bis Dienstag gesperrt.'),
        c('verbs', 'unschuldMustNot', U, 'Die Angeklagte hatte ihre Unschuld beteuert. Die Brücke war bis Dienstag gesperrt.'),
        c('verbs', 'gabZuFressenMustNot', U, 'Er gab den Tieren etwas zu fressen, denn die Brücke war bis Dienstag gesperrt.'),
        c('b2', 'landesumweltamt', O, 'Laut Landesumweltamt war die Brücke bis Dienstag gesperrt.'),
        c('b2', 'leiterForstamtes', O, 'Der Leiter des Forstamtes Lindenhof sagte, die Brücke sei bis Dienstag gesperrt gewesen.'),
        c('b2', 'stadtwerke', O, 'Die Brücke war bis Dienstag gesperrt, sagte eine Sprecherin der Stadtwerke.'),
        c('b2', 'wieComparisonMustNot', U, 'Bei Ereignissen wie Eisregen war die Brücke bis Dienstag gesperrt.'),
        c('b2', 'bereitErklaertMustNot', U, 'Die Helfer, die sich bereit erklärt hatten, fanden die Brücke bis Dienstag gesperrt.'),
        c('b2', 'informiertePolizeiMustNot', U, 'Ein Anwohner informierte die Polizei über den Schaden, denn die Brücke war bis Dienstag gesperrt.'),
      ]
    case 'es':
      return [
        c('verbs', 'denuncianQue', A, 'Los vecinos denuncian que el puente estuvo cortado hasta el martes.'),
        c('verbs', 'insistenEnQue', A, 'Los comerciantes insisten en que el puente estuvo cortado hasta el martes.'),
        c('verbs', 'respondeQue', O, 'El Ayuntamiento responde que el puente estuvo cortado hasta el martes.'),
        c('verbs', 'replicoIncise', O, 'El puente estuvo cortado hasta el martes, replicó el portavoz municipal.'),
        c('verbs', 'haMatizado', O, 'La Guardia Civil ha matizado que el puente estuvo cortado hasta el martes.'),
        c('verbs', 'closingNamesSpeaker', N, 'Los vecinos mantienen que "el puente estuvo cortado hasta el martes", explicó Marcos Olsen, vecino del barrio.'),
        c('verbs', 'nounDenunciaMustNot', U, 'Los vecinos presentaron la denuncia que motivó la inspección, y el puente estuvo cortado hasta el martes.'),
        c('verbs', 'cuentaConMustNot', U, 'El barrio cuenta con dos puentes y uno estuvo cortado hasta el martes.'),
        c('verbs', 'relativeObjectMustNot', U, 'Los vecinos pidieron una reunión a las autoridades, quienes reconocen que el puente estuvo cortado hasta el martes.'),
        c('b2', 'dioAConocer', O, 'El Ayuntamiento dio a conocer que el puente estuvo cortado hasta el martes.'),
        c('b2', 'hizoAlusion', O, 'El fiscal hizo alusión a que el puente estuvo cortado hasta el martes.'),
      ]
    case 'fr':
      return [
        c('verbs', 'ontEtabli', O, "Les enquêteurs ont établi que le pont est resté fermé jusqu'à mardi."),
        c('verbs', 'soutiennentQue', A, "Les riverains soutiennent que le pont est resté fermé jusqu'à mardi."),
        c('verbs', 'avanceQue', O, "La préfecture avance que le pont est resté fermé jusqu'à mardi."),
        c('verbs', 'retorque', O, "« Le pont est resté fermé jusqu'à mardi », rétorque le maire."),
        c('verbs', 'repondA', O, "La mairie répond à l'association que le pont est resté fermé jusqu'à mardi."),
        c('verbs', 'disentQue', A, "Les commerçants disent que le pont est resté fermé jusqu'à mardi."),
        c('verbs', 'soutientProjetMustNot', U, "Le maire soutient le projet et le pont est resté fermé jusqu'à mardi."),
        c('verbs', 'repliqueNounMustNot', U, "Après la réplique du séisme, le pont est resté fermé jusqu'à mardi."),
        c('b2', 'aDiffuseCommunique', O, "La préfecture a diffusé un communiqué : le pont est resté fermé jusqu'à mardi."),
        c('b2', 'prevenuSecoursMustNot', U, "C'est le fils qui a prévenu les secours, et le pont est resté fermé jusqu'à mardi."),
      ]
    default:
      return []
  }
}

/** The session-30 cells; ids are `language/s30-form/kind`. */
export function contextGrid30(): SourcingCell[] {
  const out: SourcingCell[] = []
  for (const language of Object.keys(CTX_INTRO) as GridLanguage[]) {
    const { headline, intro, probe } = CTX_INTRO[language]
    for (const cell of ctx30Cells(language)) {
      if (!cell.paragraph.includes(probe)) throw new Error(`${language}/${cell.form}/${cell.kind}: no probe`)
      out.push({ id: `${language}/s30-${cell.form}/${cell.kind}`, language, text: `${headline}\n\n${intro}\n\n${cell.paragraph}\n`, probe, expected: cell.expected })
    }
  }
  return out
}

// Session 31 (speakers10): offices and titles as a class, not a list of names (the lead's task; the largest cells of the
// confusion table of the spent check6 with dev6 and dev7: an office or title not known, "official" labelled and "named" or
// "unattributed" found). An office is known by its structure in each language's grammar: the head noun of a public body (de
// "-amt", "-direktion", "-verwaltung", "-behörde"; es "Dirección/Delegación/Concejalía … Provincial/Territorial/de …", "Salud
// Pública"; fr "service départemental …"; en "… with the <initials>"), a title of office held by a named person ("Rektorin",
// "Schulleiter", "Forstdirektor", "superintendent"), and the surname alone later; then the subject classes speakers9 left:
// "demnach" pointing to the last source, the German perfect "Das hat X mitgeteilt" pointing back, a long apposition. Must-not
// cells: a private lookalike (a surname "Amtmann", a "Hausverwaltung", a "Department Store", a hotel's "dirección"), and the
// pointers with nothing to point at. Every name and sentence is invented.
function ctx31Cells(language: GridLanguage): CtxCell[] {
  const c = (form: string, kind: string, expected: SourcingType, paragraph: string): CtxCell => ({ form, kind, expected, paragraph })
  switch (language) {
    case 'en':
      return [
        c('office', 'nameWithInitials', O, 'The Department of Road Safety released its annual report on Monday. "The bridge was closed until Tuesday," said Erin Hale with the DRS.'),
        c('office', 'surnameAfterInitials', O, 'The Department of Road Safety released its annual report. "We issued the order," said Erin Hale with the DRS. "The bridge was closed until Tuesday," Hale added.'),
        c('office', 'officeOf', O, 'The Office of Emergency Management said the bridge was closed until Tuesday.'),
        c('office', 'countyCommission', O, 'The Lincoln County Commission said the bridge was closed until Tuesday.'),
        c('office', 'superintendent', O, 'Superintendent Ann Lee said the bridge was closed until Tuesday.'),
        c('office', 'departmentStoreMustNot', N, "A spokesman for Hale's Department Store said the bridge was closed until Tuesday."),
      ]
    case 'de':
      return [
        c('office', 'amtCompound', O, 'Das Flurbereinigungsamt teilte mit, die Brücke sei bis Dienstag gesperrt.'),
        c('office', 'nameVomAmt', O, 'Bernd Keller vom Flurbereinigungsamt sagte, die Brücke sei bis Dienstag gesperrt.'),
        c('office', 'direktion', O, 'Die Landesdirektion Sachsen teilte mit, die Brücke sei bis Dienstag gesperrt.'),
        c('office', 'verwaltungVonDer', O, 'Ludwig Berger von der Bayerischen Forstverwaltung sagte, die Brücke sei bis Dienstag gesperrt.'),
        c('office', 'rektorinApposition', O, 'Ute Lange, Rektorin der Grundschule Lindenhof, sagt, die Brücke sei bis Dienstag gesperrt.'),
        c('office', 'rektorinSurname', O, 'Ute Lange, Rektorin der Grundschule Lindenhof, sagt, die Kinder kämen später. „Die Brücke ist bis Dienstag gesperrt“, erklärt Lange.'),
        c('office', 'schulleiter', O, 'Schulleiter Hans Berger sagte, die Brücke sei bis Dienstag gesperrt.'),
        c('office', 'forstdirektor', O, 'Forstdirektor Hans Berger sagte, die Brücke sei bis Dienstag gesperrt.'),
        c('office', 'knownAdjectiveBehoerde', O, 'Die Hamburger Elternkammer kritisierte die Sperrung. Die Hamburger Verkehrsbehörde sagt hingegen, die Brücke sei bis Dienstag gesperrt.'),
        c('office', 'amtmannMustNot', N, 'Peter Amtmann sagte, die Brücke sei bis Dienstag gesperrt.'),
        c('office', 'hausverwaltungMustNot', N, 'Ein Sprecher der Hausverwaltung Keller sagte, die Brücke sei bis Dienstag gesperrt.'),
        c('pointer', 'demnach', O, 'Wie die Polizei am Montag mitteilte, stürzte ein Baum auf die Fahrbahn.\n\nDie Brücke war demnach bis Dienstag gesperrt.'),
        c('pointer', 'demnachNothingMustNot', U, 'Ein Baum stürzte auf die Fahrbahn. Die Brücke war demnach bis Dienstag gesperrt.'),
        c('pointer', 'perfektHatMitgeteilt', O, 'Die Brücke ist bis Dienstag gesperrt. Das hat das Landratsamt am Montag mitgeteilt.'),
        c('pointer', 'perfektGekostetMustNot', U, 'Die Brücke ist bis Dienstag gesperrt. Das hat das Landratsamt viel Geld gekostet.'),
        c('b2', 'coordinatedVerbs', O, 'Bürgermeister Hans Keller bittet die Anwohner um Geduld und sagt, die Brücke sei bis Dienstag gesperrt.'),
        c('b2', 'coordinatedResidentMustNot', N, 'Die Anwohnerin Maria Keller lobt die Feuerwehr und sagt, die Brücke sei bis Dienstag gesperrt.'),
      ]
    case 'es':
      return [
        c('office', 'direccionProvincial', O, 'La Dirección Provincial de Educación informó de que el puente estuvo cortado hasta el martes.'),
        c('office', 'delegacionTerritorial', O, 'Desde la Delegación Territorial de la Junta en Villaclara informan de que el puente estuvo cortado hasta el martes.'),
        c('office', 'concejalia', O, 'La Concejalía de Medio Ambiente explicó que el puente estuvo cortado hasta el martes.'),
        c('office', 'saludPublica', O, 'Salud Pública informó de que el puente estuvo cortado hasta el martes.'),
        c('office', 'direccionHotelMustNot', N, 'La dirección del Hotel Miramar explicó que el puente estuvo cortado hasta el martes.'),
      ]
    case 'fr':
      return [
        c('office', 'sdisLongApposition', O, "« Le pont est resté fermé jusqu'à mardi », raconte lundi 4 octobre sur franceinfo Pierre Lemoine, responsable du groupement communication du service départemental d'incendie et de secours de l'Hérault."),
        c('office', 'sdisSurname', O, "« Les routes sont coupées », raconte lundi sur franceinfo Pierre Lemoine, responsable du groupement communication du service départemental d'incendie et de secours de l'Hérault. Le pont est resté fermé jusqu'à mardi, selon Pierre Lemoine."),
      ]
    default:
      return []
  }
}

/** The session-31 cells; ids are `language/s31-form/kind`. */
export function contextGrid31(): SourcingCell[] {
  const out: SourcingCell[] = []
  for (const language of Object.keys(CTX_INTRO) as GridLanguage[]) {
    const { headline, intro, probe } = CTX_INTRO[language]
    for (const cell of ctx31Cells(language)) {
      if (!cell.paragraph.includes(probe)) throw new Error(`${language}/${cell.form}/${cell.kind}: no probe`)
      out.push({ id: `${language}/s31-${cell.form}/${cell.kind}`, language, text: `${headline}\n\n${intro}\n\n${cell.paragraph}\n`, probe, expected: cell.expected })
    }
  }
  return out
}

// The session-32 cells (speakers11, de/en/es/fr): the classes of the confusion table of the spent check7 and of dev8's misses, each
// from the language's grammar with nearby must-not cells: a bare definite noun for a private person by role pointing back to the
// person just named ("El vecino explicó" after "Miguel Ortega, un residente del barrio, …"; an indefinite "un vecino" is a new,
// unnamed person); a person's name and its apposition before the verb as the subject in Spanish and French, whatever follows the
// verb (an object, or "que" opening the complement clause); the German Vorfeld adverb ("Insgesamt sagt die Polizei"); Spanish
// "su titular" (the head of the office just named; not "el titular de la cuenta"); an outlet's title in straight quotes.
function ctx32Cells(language: GridLanguage): CtxCell[] {
  const c = (form: string, kind: string, expected: SourcingType, paragraph: string): CtxCell => ({ form, kind, expected, paragraph })
  switch (language) {
    case 'en':
      return [
        c('roleBack', 'neighborNamed', N, 'Resident Tom Walsh complained about the noise on Monday. The neighbor said the bridge was closed until Tuesday.'),
        c('roleBack', 'aNeighborMustNot', A, 'Resident Tom Walsh complained about the noise on Monday. A neighbor said the bridge was closed until Tuesday.'),
      ]
    case 'de':
      return [
        c('roleBack', 'anwohnerinNamed', N, 'Die Anwohnerin Maria Keller sagt, der Lärm sei unerträglich. Die Anwohnerin sagt, die Brücke sei bis Dienstag gesperrt.'),
        c('roleBack', 'eineAnwohnerinMustNot', A, 'Die Anwohnerin Maria Keller sagt, der Lärm sei unerträglich. Eine Anwohnerin sagt, die Brücke sei bis Dienstag gesperrt.'),
        c('vorfeld', 'insgesamt', O, 'Insgesamt sagt die Polizei, die Brücke sei bis Dienstag gesperrt.'),
        c('vorfeld', 'bundesweit', O, 'Bundesweit meldet das Landesamt, die Brücke sei bis Dienstag gesperrt.'),
        c('vorfeld', 'surnameWeitMustNot', N, 'Der Bäcker Peter Weit sagt, der Sturm sei heftig gewesen. Weit sagt, die Brücke sei bis Dienstag gesperrt.'),
        c('quotedOutlet', 'straightQuotes', N, 'Die Brücke sei bis Dienstag gesperrt, berichten die "Westbrücker Nachrichten".'),
      ]
    case 'es':
      return [
        c('apposed', 'officeNameQue', O, 'El concejal de Seguridad del Ayuntamiento de Villaclara, Narciso Pérez, comentó que el puente está cortado hasta el martes.'),
        c('apposed', 'nameRoleQue', N, 'Miguel Ortega, un residente del barrio, comentó que el puente está cortado hasta el martes.'),
        c('roleBack', 'vecinoNamed', N, 'Miguel Ortega, un residente del barrio, denunció los ruidos de la obra. El vecino explicó que el puente está cortado hasta el martes.'),
        c('roleBack', 'unVecinoMustNot', A, 'Miguel Ortega, un residente del barrio, denunció los ruidos de la obra. Un vecino explicó que el puente está cortado hasta el martes.'),
        c('titular', 'suTitular', O, 'La Agencia de Movilidad de Villaclara revisó los accesos, señaló su titular, Carlos Torres Piña. Torres Piña destacó que el puente está cortado hasta el martes.'),
        c('titular', 'cuentaMustNot', N, 'El titular de la cuenta, Juan Pérez, dijo que el puente está cortado hasta el martes.'),
      ]
    case 'fr':
      return [
        c('roleBack', 'riverainNamed', N, "Marc Duval, un habitant du quartier, dénonce le bruit du chantier. Le riverain explique que le pont est fermé jusqu'à mardi."),
        c('roleBack', 'unRiverainMustNot', A, "Marc Duval, un habitant du quartier, dénonce le bruit du chantier. Un riverain explique que le pont est fermé jusqu'à mardi."),
        c('quotedOutlet', 'straightQuotes', N, 'Le pont est fermé jusqu\'à mardi, rapporte "Le Courrier de Villeclaire".'),
      ]
    default:
      return []
  }
}

/** The session-32 cells; ids are `language/s32-form/kind`. */
export function contextGrid32(): SourcingCell[] {
  const out: SourcingCell[] = []
  for (const language of Object.keys(CTX_INTRO) as GridLanguage[]) {
    const { headline, intro, probe } = CTX_INTRO[language]
    for (const cell of ctx32Cells(language)) {
      if (!cell.paragraph.includes(probe)) throw new Error(`${language}/${cell.form}/${cell.kind}: no probe`)
      out.push({ id: `${language}/s32-${cell.form}/${cell.kind}`, language, text: `${headline}\n\n${intro}\n\n${cell.paragraph}\n`, probe, expected: cell.expected })
    }
  }
  return out
}
