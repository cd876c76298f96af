// Session 24 sourcing rules, by grammatical class rather than by corpus sentence: each rule has an invented sentence
// that must change and a nearby invented one that must not. The verb lists were checked against the reporting verbs
// each language's news copy uses (tenses and word orders), with the polysemous ones left out where a frame is needed.
import { describe, expect, it } from 'vitest'
import { claimOf, isClaim } from './__fixtures__/claim-of'

const type = (text: string, fragment: string, language: string) => claimOf(`Meldung\n\n${text}`, fragment, language).sourcing.type

describe('German', () => {
  it('"äußerte", "ließ … verlauten" and "erinnert sich" are reporting verbs; "äußerte Bedenken" with no clause is still the speaker\'s', () => {
    expect(type('Der Brand brach gegen Mitternacht aus, äußerte ein Polizeisprecher.', 'Brand', 'de')).toBe('official')
    expect(type('Der Brand sei gegen Mitternacht ausgebrochen, ließ die Staatsanwaltschaft verlauten.', 'Brand', 'de')).toBe('official')
    expect(type('Der Brand sei gegen Mitternacht ausgebrochen, erinnert sich Petra Vogel.', 'Brand', 'de')).toBe('named-source')
    expect(type('Der Brand brach gegen Mitternacht im Keller aus und zerstörte die Wohnung.', 'Brand', 'de')).toBe('unattributed')
  })

  it('"wie" after a verb of seeing or showing is "how", not "as": "beobachteten, wie die Polizei …" names no source', () => {
    expect(type('Nachbarn beobachteten, wie die Feuerwehr drei Menschen aus dem Haus trug.', 'Menschen', 'de')).not.toBe('official')
    expect(type('Drei Menschen wurden aus dem Haus getragen, wie die Feuerwehr mitteilte.', 'Menschen', 'de')).toBe('official')
  })

  it('"Darüber informierte X" points back like "Das teilte X mit"; "Darüber hinaus" narration does not', () => {
    expect(type('Der Brand brach gegen Mitternacht aus. Darüber informierte die Polizei am Montag.', 'Brand', 'de')).toBe('official')
    expect(type('Der Brand brach gegen Mitternacht aus. Darüber hinaus brannte ein Auto.', 'Brand', 'de')).toBe('unattributed')
    // "Darüber hinaus" (moreover) points nowhere: the indicative sentence before stays the reporter's
    expect(type('Der Brand brach gegen Mitternacht aus. Darüber hinaus sagte der Sprecher, die Straße sei gesperrt.', 'Brand', 'de')).toBe('unattributed')
  })

  it('a fronted adverb leaves the subject after the verb (verb second): "Zudem erklärte die Polizei, …"', () => {
    expect(type('Zudem erklärte die Polizei, die Straße sei bis zum Abend gesperrt.', 'Straße', 'de')).toBe('official')
    expect(type('Zudem war die Straße bis zum Abend gesperrt.', 'Straße', 'de')).toBe('unattributed')
  })

  it('a name with its office in apposition before the verb speaks when an object follows the verb ("bestätigte den Brand")', () => {
    expect(type('Max Muster, Pressesprecher des Polizeipräsidiums, bestätigte den Brand im Keller.', 'Brand', 'de')).toBe('official')
    // a recipient in the dative before an inverted subject is no object frame: "sagte dem SWR ein Sprecher"
    expect(type('Der Brand sei gegen Mitternacht ausgebrochen, sagte dem SWR ein Sprecher der Polizei.', 'Brand', 'de')).toBe('official')
    // an inverted subject after the verb still speaks
    expect(type('Nach dem Einsatz am Abend, gegen zehn Uhr, bestätigte die Feuerwehr den Brand im Keller.', 'Brand', 'de')).toBe('official')
  })
})

describe('outlets', () => {
  it('a title in quotes after an article names the outlet ("wie der „Weser-Kurier“ berichtet", «Коммерсантъ»); an unquoted article alone does not', () => {
    expect(type('Wie der „Südkurier“ berichtet, hatte ein Zeuge den Rauch gemeldet.', 'Zeuge', 'de')).toBe('named-source')
    expect(type('Пожар начался на кухне, пишет «Вечерний город».', 'Пожар', 'ru')).toBe('named-source')
    expect(type('El incendio comenzó en la cocina, según el diario "La Crónica".', 'incendio', 'es')).toBe('named-source')
    expect(type('Wie der Zeuge berichtet, war der Rauch schwarz.', 'Rauch', 'de')).toBe('anonymous-source')
    // a quote right after the verb is what was said, not a title
    expect(type('El fuego se apagó. En la rueda de prensa, dijo: "El humo salió del sótano".', 'humo', 'es')).toBe('anonymous-source')
  })

  it('"die Zeitung", "el periódico", "издание" point back to the outlet cited: named; "die Stadt" stays official', () => {
    expect(type('Das Feuer sei im Keller ausgebrochen, so die Zeitung.', 'Feuer', 'de')).toBe('named-source')
    expect(type('Nadie resultó herido, informó el periódico.', 'Nadie', 'es')).toBe('named-source')
    expect(type('Пострадавших нет, сообщает издание.', 'Пострадавших', 'ru')).toBe('named-source')
    expect(type('Das Feuer sei im Keller ausgebrochen, so die Stadt.', 'Feuer', 'de')).toBe('official')
  })
})

describe('relative clauses', () => {
  it('"X, quien dijo que …", "X, qui a précisé que …": the relative pronoun\'s antecedent speaks; "un hombre, quien" stays unnamed', () => {
    expect(type('Así lo contó en la radio la vecina María Gómez, quien dijo que el humo salía del garaje.', 'humo', 'es')).toBe('named-source')
    expect(type('La Policía detuvo a un hombre, quien dijo que el humo salía del garaje.', 'humo', 'es')).toBe('anonymous-source')
    // a clause with a verb in it is no antecedent: "Die Polizei nahm zwei Männer fest, die sagten …" is not the police speaking
    expect(type('Die Polizei nahm zwei Männer fest, die sagten, sie hätten das Feuer nicht gelegt.', 'Feuer', 'de')).not.toBe('official')
    expect(type("L'alerte a été donnée par le maire Jean Dupont, qui a précisé que personne n'était blessé.", 'personne', 'fr')).toBe('official')
  })
})

describe('Spanish', () => {
  it('a reflexive "se" before a reporting verb is middle voice, no speaker: "se ha manifestado en la cocina"; "se informó que" still reports', () => {
    expect(type('El humo se detalló en el informe y se ha manifestado en la cocina.', 'humo', 'es')).toBe('unattributed')
    expect(type('Los bomberos llegaron pronto. Se informó que el fuego empezó en la cocina.', 'fuego', 'es')).not.toBe('unattributed')
    expect(type('Las zonas afectadas, se informó, son el centro y el puerto.', 'zonas', 'es')).toBe('anonymous-source')
  })

  it('"tal y como se informó", "como se ha dicho": an impersonal report with nobody named; "como se esperaba" is no report', () => {
    expect(type('El incendio comenzó en la cocina, tal y como se informó.', 'incendio', 'es')).toBe('anonymous-source')
    expect(type('El incendio comenzó en la cocina, como se ha dicho.', 'incendio', 'es')).toBe('anonymous-source')
    expect(type('El incendio comenzó en la cocina, como se esperaba.', 'incendio', 'es')).toBe('unattributed')
    expect(type('El incendio comenzó en la cocina, como se ha dado en otros casos.', 'incendio', 'es')).toBe('unattributed')
  })

  it('the perfect tense of the reporting verbs ("ha manifestado", "han detallado") attributes like the preterite; "ha contado con", "ha avanzado" are no reports', () => {
    expect(type('El incendio comenzó en la cocina, ha manifestado el subdelegado del Gobierno, Juan Pérez.', 'incendio', 'es')).toBe('official')
    expect(type('El incendio comenzó en la cocina, han detallado los bomberos.', 'incendio', 'es')).toBe('official')
    expect(type('La operación ha contado con la ayuda de los vecinos y el incendio se extinguió.', 'incendio', 'es')).toBe('unattributed')
    expect(type('El incendio ha avanzado hacia el salón.', 'incendio', 'es')).toBe('unattributed')
    expect(type('Las llamas se han manifestado primero en la cocina.', 'llamas', 'es')).toBe('unattributed')
  })

  it('"el atestado" is a police record (document); "el agente" who wrote it is official', () => {
    expect(type('El incendio comenzó en la cocina, señala el atestado policial.', 'incendio', 'es')).toBe('document')
    expect(type('El incendio comenzó en la cocina, señala el agente.', 'incendio', 'es')).toBe('official')
  })

  it('a full name with a resident\'s role after a comma is a named source; the role alone stays anonymous', () => {
    expect(type('María López, vecina del edificio, relató que el incendio comenzó en la cocina.', 'incendio', 'es')).toBe('named-source')
    expect(type('Una vecina del edificio relató que el incendio comenzó en la cocina.', 'incendio', 'es')).toBe('anonymous-source')
  })
})

describe('French', () => {
  it('more passé composé and present reporting verbs ("a nié", "dément", "indique-t-il"); "répondre à un appel" (an act) is left out', () => {
    expect(type("L'incendie n'était pas criminel, a nié le maire.", 'incendie', 'fr')).toBe('official')
    expect(type("L'incendie n'a pas été volontaire, dément la préfecture.", 'incendie', 'fr')).toBe('official')
    expect(type("Le maire a parlé aux habitants. L'incendie a démarré dans la cuisine, indique-t-il.", 'incendie', 'fr')).toBe('official')
    expect(type("Les pompiers ont répondu à l'appel et l'incendie a été éteint.", 'incendie', 'fr')).toBe('unattributed')
  })
})

describe('Russian', () => {
  it('"согласно данным X" names X as "по данным X" does; "информирует" reports', () => {
    expect(type('Согласно данным МЧС, пожар начался на кухне.', 'пожар', 'ru')).toBe('official')
    expect(type('Пожар начался на кухне, информирует пресс-служба ГУ МВД.', 'Пожар', 'ru')).toBe('official')
    expect(type('Согласно данным опроса, пожар начался на кухне.', 'пожар', 'ru')).toBe('document')
  })
})

describe('Korean', () => {
  it('"시 관계자", "군 관계자": an official of the city or county; "한 관계자" alone is not', () => {
    expect(type('시 관계자는 불은 주방에서 시작됐다고 언급했다.', '불은', 'ko')).toBe('official')
    expect(type('한 관계자는 불은 주방에서 시작됐다고 언급했다.', '불은', 'ko')).toBe('anonymous-source')
  })
})

describe('English', () => {
  it('a name with an office in apposition before the verb keeps the office ("Tom Smith, the county fire chief, said"); a private role does not', () => {
    expect(type('Tom Smith, the county fire chief, said the fire started in the kitchen.', 'fire', 'en')).toBe('official')
    expect(type('Tom Smith, who lives next door, said the fire started in the kitchen.', 'fire', 'en')).toBe('named-source')
  })
})
describe('second out-of-sample classes', () => {
  it('"A source cited by the Herald said …": "cited by" inside the subject is no "according to"; "…, cited by the Herald." still is', () => {
    expect(type('A fire department spokesman cited by the Herald said the roof collapsed first.', 'roof', 'en')).toBe('official')
    expect(type('A police source cited by the Herald said the roof collapsed first.', 'roof', 'en')).toBe('anonymous-source')
  })

  it('"…, Ann Lee, a county spokeswoman, said." and "“…,” Ann Lee, a spokeswoman for the county, told KTVB.": the name and its office speak', () => {
    expect(type('The roof collapsed at about noon, Ann Lee, a county spokeswoman, said.', 'roof', 'en')).toBe('official')
    expect(type('“The roof collapsed at about noon,” Ann Lee, a spokeswoman for the county, told KTVB.', 'roof', 'en')).toBe('official')
    expect(type('The roof collapsed at about noon, Ann Lee, a neighbour, said.', 'roof', 'en')).toBe('named-source')
  })

  it('"according to the website", "the database": records are documents', () => {
    expect(type('The bridge was built in 1962, according to the state website.', 'bridge', 'en')).toBe('document')
  })

  it('another outlet that "reported" is a named source; the outlet\'s own "has learned" stays outlet', () => {
    expect(type('The road was closed for hours, KSTP television reported.', 'road', 'en')).toBe('named-source')
    expect(type('Daily NK has learned that the road was closed for hours.', 'road', 'en')).toBe('outlet')
  })

  it('a participle after a passive auxiliary is no report ("seien … bestätigt, sagte ein Sprecher"); "hat … bestätigt" (active perfect) is', () => {
    expect(type('Bisher seien drei Verletzte bestätigt, sagte ein Polizeisprecher.', 'Verletzte', 'de')).toBe('official')
    expect(type('Die Polizei hat am Abend bestätigt, dass drei Menschen verletzt wurden.', 'Menschen', 'de')).toBe('official')
  })
})

describe('a named subject, then a quote with no verb', () => {
  it('a first-person quote right after a sentence whose subject is a named person is that person\'s; a third-person quote after a suspect\'s name is not', () => {
    const text = 'La tempête a duré toute la nuit. Hadrien, lui, a bien cru que le mur allait tomber. « Nous avons été réveillés en pleine nuit. J\'ai cru que ma maison s\'effondrait ! »'
    expect(type(text, 'Nous avons', 'fr')).toBe('named-source')
    expect(type('Der Sturm tobte die ganze Nacht. Petra Vogel wohnt direkt nebenan. „Ich habe um drei Uhr Flammen im Keller gesehen und die Feuerwehr gerufen.“', 'Flammen', 'de')).toBe('named-source')
    expect(type('Le suspect a été interpellé. Jean Dupont a été placé en garde à vue. « Il avait menacé ses voisins depuis des mois. »', 'menacé', 'fr')).toBe('unattributed')
  })
})

// Session 25 (speakers3): speakers the extractor mistyped, by the README's written categories. Invented sentences.
describe('a party to the event is not its source (README: "Words that are the event")', () => {
  it('a suspect who confesses or denies the charge, a demand: the speech act is the event, not a source; an office doing the same still speaks', () => {
    expect(type('Der Betriebsrat forderte sechs Prozent mehr Lohn für alle Beschäftigten.', 'Lohn', 'de')).toBe('unattributed')
    expect(type('Der Landrat forderte, die Straße bis Montag zu sperren.', 'Straße', 'de')).toBe('official')
    expect(type('The suspect denied breaking into the house on Elm Street.', 'Elm Street', 'en')).toBe('unattributed')
    expect(type('Police denied that officers had fired at the car.', 'officers', 'en')).toBe('official')
    expect(type('El detenido negó haber entrado en la vivienda de la calle Mayor.', 'vivienda', 'es')).toBe('unattributed')
    expect(type('La Fiscalía negó que hubiera más detenidos en la operación.', 'detenidos', 'es')).toBe('official')
    expect(type('Задержанный признался в краже велосипеда со двора дома.', 'велосипеда', 'ru')).toBe('unattributed')
    expect(type('Пожар начался на кухне, признали в МЧС.', 'Пожар', 'ru')).toBe('official')
  })

  it('the party\'s verb is passed over and the sentence\'s real cue speaks: "le suspect a reconnu …, a déclaré le procureur"', () => {
    expect(type("Le suspect a reconnu avoir volé la voiture, a déclaré mardi le procureur de Lyon.", 'voiture', 'fr')).toBe('official')
    expect(type("Le parquet a reconnu une erreur dans la procédure.", 'erreur', 'fr')).toBe('official')
  })

  it('a victim who reports to the police, a demand in Korean (신고했다, 요구했다): the event; callers relayed ("신고함에 따라") stay the source', () => {
    expect(type('가게 주인은 오후 4시께 경찰에 도난 사실을 신고했다.', '가게 주인은', 'ko')).toBe('unattributed')
    expect(type('B씨는 직원에게 “환불해 달라”고 요구했다.', 'B씨는', 'ko')).toBe('unattributed')
    expect(type('인근 주민들이 총소리를 들었다고 신고함에 따라 경찰이 출동했다.', '인근 주민들이', 'ko')).toBe('anonymous-source')
  })
})

describe('who a speaker is', () => {
  it('Korean stand-in letters for a withheld name ("A씨", "A(33)씨") are an unnamed person; "김 모 씨" names one', () => {
    expect(type('A(33)씨는 경찰 조사에서 “가방을 잃어버렸다”고 주장했다.', 'A(33)씨는', 'ko')).toBe('anonymous-source')
    expect(type('김 모 씨는 “가방을 잃어버렸다”고 말했다.', '김 모 씨는', 'ko')).toBe('named-source')
  })

  it('an outlet relaying a source: the relayed source speaks ("со ссылкой на пресс-центр МВД", "citing a source")', () => {
    expect(type('Ущерб оценивается в 2 млн рублей, сообщило агентство «Регион» со ссылкой на пресс-центр МВД.', 'Ущерб', 'ru')).toBe('official')
    expect(type('Ущерб оценивается в 2 млн рублей, сообщило агентство «Регион» со ссылкой на источник в полиции.', 'Ущерб', 'ru')).toBe('anonymous-source')
    expect(type('Ущерб оценивается в 2 млн рублей, сообщило агентство «Регион».', 'Ущерб', 'ru')).toBe('named-source')
  })

  it('an office word around an institution word is the office ("пресс-центр МВД"); an institution alone is not', () => {
    expect(type('Ущерб составил 2 млн рублей, сообщили в пресс-центре МВД России.', 'Ущерб', 'ru')).toBe('official')
    expect(type('Очередь выросла вдвое, сообщил сотрудник центра занятости.', 'Очередь', 'ru')).not.toBe('official')
  })

  it('a Russian dative recipient (a reporter, an agency) between the verb and its subject is passed over; a quoted recipient too', () => {
    expect(type('Задержаны трое, сообщил корреспонденту ИА «Город.Ру» источник в полиции.', 'Задержаны', 'ru')).toBe('anonymous-source')
    expect(type('Задержаны трое, рассказал «Вечерней газете» начальник полиции района Иван Петров.', 'Задержаны', 'ru')).toBe('official')
    expect(type('Задержаны трое, сообщает "Вечерняя газета".', 'Задержаны', 'ru')).toBe('named-source')
  })

  it('a time adverb after the verb is no subject: "Le maire, Jean Dupont, a indiqué samedi que …", "a déclaré hier le procureur"', () => {
    expect(type('Le maire de la commune, Jean Dupont, a indiqué samedi que la route était fermée.', 'route', 'fr')).toBe('official')
    expect(type('La route était fermée, a déclaré hier le maire.', 'route', 'fr')).toBe('official')
  })

  it('"Des sources proches de l\'enquête rapportent que": a plural indefinite article opens a subject, not "de les"', () => {
    expect(type("Des sources proches de l'enquête rapportent que l'homme a été interpellé.", 'homme', 'fr')).toBe('anonymous-source')
    expect(type("Des dizaines de voitures ont brûlé dans la nuit.", 'voitures', 'fr')).toBe('unattributed')
  })
})

describe('cues that point back to the source just named', () => {
  it('"de même source", "according to the same source", "В нем добавляется": the last speaker goes on', () => {
    expect(type("Le suspect a été placé en garde à vue, a indiqué le procureur. Il avait déjà été condamné en 2019, a-t-on précisé de même source.", '2019', 'fr')).toBe('official')
    expect(type("Пожар потушили к утру, сообщили в пресс-службе ГУ МЧС. В нем добавляется, что жильцов эвакуировали.", 'жильцов', 'ru')).toBe('official')
    expect(type('The fire began in the kitchen, the fire chief said. Two people were treated at the scene, according to the same source.', 'treated', 'en')).toBe('official')
  })

  it('"KTLA reported." alone names the source of the sentence before; a report with content of its own does not', () => {
    expect(type('Officers left the house before the alarm stopped. KTLA reported.', 'Officers', 'en')).toBe('named-source')
    expect(type('Officers left the house before the alarm stopped. KTLA reported that a neighbour called again.', 'Officers', 'en')).toBe('unattributed')
  })

  it('"En el escrito indicaron que …": a document in front and no subject continues the last source', () => {
    expect(type('El Sindicato de Empleados Públicos difundió un comunicado. En el escrito indicaron que la reunión fue rechazada.', 'reunión', 'es')).toBe('named-source')
  })
})

describe('frames of an office', () => {
  it('"geht die Polizei von … aus" is an office\'s assessment; "Die Gefahr geht vom Dach aus" is none; "gab … Auskunft" reports', () => {
    expect(type('Da der Mann drogenabhängig ist, geht die Polizei von Beschaffungskriminalität aus.', 'Beschaffungskriminalität', 'de')).toBe('official')
    expect(type('Die größte Gefahr geht von dem beschädigten Dach aus.', 'Dach', 'de')).toBe('unattributed')
    expect(type('„Wir konnten ihm zehn Taten nachweisen“, gab Max Muster, Sprecher der Polizei, auf Anfrage Auskunft.', 'zehn Taten', 'de')).toBe('official')
  })

  it('"según la denuncia" rests on the complaint filed (document); "según una denuncia pública" on the people who made it', () => {
    expect(type('Se llevó dos televisores, según la denuncia.', 'televisores', 'es')).toBe('document')
    expect(type('Se llevó dos televisores, según una denuncia pública de los vecinos.', 'televisores', 'es')).not.toBe('document')
    expect(type('Un joven fue detenido, según ha informado el Departamento de Seguridad.', 'joven', 'es')).toBe('official')
  })
})

describe('a person by age, an outlet by its report', () => {
  it('"die 34-Jährige", "the 54-year-old", "la joven de 34 años" is the person named before with that age; with none named, an unnamed person', () => {
    expect(type('Petra Vogel (34) wohnt seit Jahren im Haus.\n\nDas Wasser kam gegen Mitternacht in den Keller, sagt die 34-Jährige.', 'Wasser', 'de')).toBe('named-source')
    expect(type('Ein 34-jähriger Mann wurde festgenommen.\n\nEr sei nur spazieren gegangen, sagte der 34-Jährige.', 'spazieren', 'de')).toBe('anonymous-source')
    expect(type('Mayor John Smith, 54, visited the site.\n\nThe water rose two metres overnight, the 54-year-old said.', 'two metres', 'en')).toBe('official')
    expect(type('Ana López, de 34 años, vive en el edificio.\n\nEl agua entró por el garaje, relató la joven de 34 años.', 'garaje', 'es')).toBe('named-source')
  })

  it('"according to a report from the Times-Standard", "CNN\'s report": the outlet cited is named; "a report from the fire department" stays a document', () => {
    expect(type('No arrests were made, according to a report from the Eureka Times-Standard.', 'arrests', 'en')).toBe('named-source')
    expect(type('No arrests were made, according to a report from the fire department.', 'arrests', 'en')).toBe('document')
  })
})

// Session 26 (speakers4): rules written from the failing cells of the sourcing probe grid (__fixtures__/sourcing-grid.ts),
// each with an invented sentence that must change and a nearby one that must not.
describe('session 26: classes from the sourcing grid', () => {
  it('German Konjunktiv I of common verbs goes on with the last speaker ("Die Brücke bleibe gesperrt."); the indicative does not', () => {
    expect(type('Das Wasser sei am Abend gestiegen, sagte die Polizei. Die Brücke bleibe bis Dienstag gesperrt.', 'Brücke bleibe', 'de')).toBe('official')
    expect(type('Das Wasser sei am Abend gestiegen, sagte die Polizei. Die Brücke blieb bis Dienstag gesperrt.', 'Brücke blieb', 'de')).toBe('unattributed')
  })

  it('an object or stressed pronoun in the cue is the speaker before it ("according to him", "selon lui", "Ihm zufolge"); a noun stays itself', () => {
    expect(type('"We heard it," said Mark Olsen. According to him, the bridge was closed.', 'bridge was', 'en')).toBe('named-source')
    expect(type('« Personne n\'a été blessé », a déclaré le maire Thomas Hallé. Selon lui, le pont est resté fermé.', 'pont est', 'fr')).toBe('official')
    expect(type('„Wir haben es gesehen“, sagte der Fischer Markus Olsen. Ihm zufolge war die Brücke gesperrt.', 'Ihm zufolge', 'de')).toBe('named-source')
    expect(type('"We heard it," said Mark Olsen. According to the driver, the bridge was closed.', 'bridge was', 'en')).toBe('anonymous-source')
  })

  it('a conjunction before the subject is no part of it ("but he said"); a name that starts like one is a name ("Butler said")', () => {
    expect(type('"We heard it," said Mark Olsen. The water fell, but he said the bridge was closed.', 'bridge was', 'en')).toBe('named-source')
    expect(type('The water fell, but police said the bridge was closed.', 'bridge was', 'en')).toBe('official')
    expect(type('The water fell overnight, Butler said.', 'water fell', 'en')).toBe('named-source')
  })

  it('a surname with an apostrophe ("O\'Brien") is the person named before; a role then a name in apposition is that person', () => {
    expect(type("Liam O'Brien, a fisherman, watched the river rise. O'Brien said the bridge was closed.", 'bridge was', 'en')).toBe('named-source')
    expect(type('His neighbour, Aiden Cole, said the bridge was closed.', 'bridge was', 'en')).toBe('named-source')
    expect(type('His neighbour, a retired teacher, said the bridge was closed.', 'bridge was', 'en')).toBe('anonymous-source')
  })

  it('"ersten Erkenntnissen zufolge" inside a Konjunktiv clause with no owner is the last speaker\'s; with an owner, the owner\'s; alone, nobody named', () => {
    expect(type('Das Wasser sei gestiegen, sagte Markus Olsen. Verletzte habe es ersten Erkenntnissen zufolge nicht gegeben.', 'Verletzte', 'de')).toBe('named-source')
    expect(type('Das Wasser sei gestiegen, sagte Markus Olsen. Verletzte habe es ersten Erkenntnissen der Feuerwehr zufolge nicht gegeben.', 'Verletzte', 'de')).toBe('official')
    expect(type('Verletzte habe es ersten Erkenntnissen zufolge nicht gegeben.', 'Verletzte', 'de')).toBe('anonymous-source')
  })

  it('public-health officers, Korean response headquarters and state weather agencies are offices; a coach (감독) is a person; the Red Cross is no French CROSS', () => {
    expect(type('Health officer Jane Morse said the county had 24 new cases.', 'new cases', 'en')).toBe('official')
    expect(type('Amtsärztin Jana Roth sagte, es gebe 24 neue Fälle.', 'neue Fälle', 'de')).toBe('official')
    expect(type('중앙재난안전대책본부는 다리가 화요일까지 통제됐다고 밝혔다.', '통제됐다', 'ko')).toBe('official')
    expect(type('유민호 감독은 다친 선수가 없다고 밝혔다.', '다친 선수', 'ko')).toBe('named-source')
    expect(type('El puente estuvo cortado hasta el martes, según la Aemet.', 'puente', 'es')).toBe('official')
    expect(type('The shelter opened on Sunday, the Red Cross said.', 'shelter', 'en')).toBe('named-source')
    expect(type('Le bateau a été secouru, selon le CROSS Gris-Nez.', 'bateau', 'fr')).toBe('official')
  })

  it('"el juzgador", "la magistrada" point back to the official just named; "el agente" stays a speaker of its own', () => {
    expect(type('El juez Marco Ruiz dictó prisión el lunes. El puente estuvo cortado, dijo el juzgador.', 'puente', 'es')).toBe('official')
    expect(type('Ana Berger vio el agua. El puente estuvo cortado, dijo el agente.', 'puente', 'es')).toBe('official')
  })

  it('our reporter in other cases is the outlet ("наш корреспондент", "unserem Reporter zufolge"); "unser Nachbar" is not', () => {
    expect(type('Мост был закрыт до вторника, сообщил наш корреспондент.', 'Мост', 'ru')).toBe('outlet')
    expect(type('Мост был закрыт до вторника, сообщил наш сосед.', 'Мост', 'ru')).not.toBe('outlet')
  })

  it('"X zufolge" takes a quoted title ("der „Westbrücker Zeitung“ zufolge") and "unserem Reporter"; a plain noun phrase stays as it was', () => {
    expect(type('Der „Westbrücker Zeitung“ zufolge war die Brücke gesperrt.', 'Brücke', 'de')).toBe('named-source')
    expect(type('Unserem Reporter zufolge war die Brücke gesperrt.', 'Brücke', 'de')).toBe('outlet')
    expect(type('Der Polizei zufolge war die Brücke gesperrt.', 'Brücke', 'de')).toBe('official')
  })

  it('an inverted English speaker may open with a possessive or be a bare plural ("said our correspondent", "said neighbours."); "said yesterday" names no one', () => {
    expect(type('The bridge was closed until Tuesday, said our correspondent.', 'bridge', 'en')).toBe('outlet')
    expect(type('The bridge was closed until Tuesday, said neighbours.', 'bridge', 'en')).toBe('anonymous-source')
    expect(type('The bridge was closed until Tuesday, police said yesterday.', 'bridge', 'en')).toBe('official')
  })

  it('a pronoun with no speaker before it stands for an unnamed party named after the office ("Der Verdächtige … , erklärte er"), not for the office', () => {
    expect(type('Die Polizei stoppte einen Autofahrer. Der Verdächtige hatte die Sperre umfahren. Die Brücke sei gesperrt gewesen, erklärte er.', 'Brücke sei', 'de')).toBe('anonymous-source')
    expect(type('Der Verdächtige hatte die Sperre umfahren. Polizeisprecher Tom Hahn kam am Mittag. Die Brücke sei gesperrt gewesen, erklärte er.', 'Brücke sei', 'de')).toBe('official')
    expect(type('Police stopped a driver on Monday. The suspect had ignored the signs. The bridge was closed, he said.', 'bridge was', 'en')).toBe('anonymous-source')
  })

  it('"Según informó X" puts the verb inside the cue; the speaker still opens like a noun phrase ("nuestro corresponsal"); plain "según X" is unchanged', () => {
    expect(type('Ana Berger regenta la panadería. Según informó Berger, el puente estuvo cortado.', 'puente', 'es')).toBe('named-source')
    expect(type('Según informó nuestro corresponsal, el puente estuvo cortado.', 'puente', 'es')).toBe('outlet')
    expect(type('Según la Fiscalía, el puente estuvo cortado.', 'puente', 'es')).toBe('official')
  })

  it('the channel between a subject and its verb is no part of it ("Бергер в беседе с корреспондентом сообщила"); a complement of the subject stays ("источник в администрации")', () => {
    expect(type('Анна Бергер держит пекарню. Бергер в беседе с корреспондентом сообщила, что мост был закрыт.', 'мост', 'ru')).toBe('named-source')
    expect(type('Источник в администрации сообщил, что мост был закрыт.', 'мост', 'ru')).toBe('anonymous-source')
  })

  it('a quoted title alone as the subject speaks ("Die „Westbrücker Zeitung“ teilte mit"); a quoted phrase after a subject does not replace it', () => {
    expect(type('Die „Westbrücker Zeitung“ teilte mit, die Brücke sei gesperrt gewesen.', 'Brücke sei', 'de')).toBe('named-source')
    expect(type('Die Polizei teilte mit, die „Westbrücker Brücke“ sei gesperrt gewesen.', 'sei gesperrt', 'de')).toBe('official')
  })
})

describe('session 26, second round: complications around the cue (sourcing grid, complication cells)', () => {
  it('a dash or bracket aside between the subject and its verb is no part of the speaker; a dash that opens a quote is no aside', () => {
    expect(type('Mayor Ruth Lane — who took office in May — said the pier was closed.', 'pier was', 'en')).toBe('official')
    expect(type('Carla Nunes (who lives by the pier) said the pier was closed.', 'pier was', 'en')).toBe('named-source')
    expect(type('A neighbour — who asked not to be named — said the pier was closed.', 'pier was', 'en')).toBe('anonymous-source')
    expect(type('Carla Nunes – am Montag selbst vor Ort – sagte, der Steg sei gesperrt gewesen.', 'Steg sei', 'de')).toBe('named-source')
    expect(type('The pier — closed since May — was reopened on Monday, police said.', 'reopened', 'en')).toBe('official')
    expect(type('The pier (closed since May) was reopened on Monday.', 'reopened', 'en')).toBe('unattributed')
  })

  it('a spokesperson for a private company is named (README: a named private organisation); for an office, official', () => {
    expect(type('A spokesman for Pinecrest Dairy said the pier was closed.', 'pier was', 'en')).toBe('named-source')
    expect(type("The company's spokeswoman said the pier was closed.", 'pier was', 'en')).toBe('named-source')
    expect(type('El portavoz de la empresa Lácteos Pinar dijo que el muelle estuvo cerrado.', 'muelle', 'es')).toBe('named-source')
    expect(type("Le porte-parole de l'entreprise Laiterie des Pins a indiqué que le quai était fermé.", 'quai', 'fr')).toBe('named-source')
    expect(type('Представитель компании сообщил, что причал был закрыт.', 'причал', 'ru')).toBe('named-source')
    expect(type('소나무물산 대변인은 부두가 폐쇄됐다고 밝혔다.', '폐쇄됐다', 'ko')).toBe('named-source')
    // must not: the spokesperson of an office, a spokesperson with a title then a name
    expect(type('A spokesman for the Harbour Police said the pier was closed.', 'pier was', 'en')).toBe('official')
    expect(type('El portavoz policial Tomás Pinar dijo que el muelle estuvo cerrado.', 'muelle', 'es')).toBe('official')
    expect(type("Le porte-parole de la préfecture a indiqué que le quai était fermé.", 'quai', 'fr')).toBe('official')
    expect(type('소나무시 대변인은 부두가 폐쇄됐다고 밝혔다.', '폐쇄됐다', 'ko')).toBe('official')
  })

  it('the head of a public body named by its public kind is official; the same head of a private one, or a patient of a public one, is not', () => {
    expect(type('Der Chefarzt des städtischen Klinikums sagte, es gebe zwölf neue Fälle.', 'neue Fälle', 'de')).toBe('official')
    expect(type('El director médico del hospital público dijo que hubo doce casos nuevos.', 'casos nuevos', 'es')).toBe('official')
    expect(type('Главный врач городской больницы сообщил, что выявлено двенадцать новых случаев.', 'новых случаев', 'ru')).toBe('official')
    expect(type('솔숲시립병원 병원장은 신규 환자가 12명이라고 밝혔다.', '신규 환자', 'ko')).toBe('official')
    expect(type('Der Chefarzt der Privatklinik Seeblick sagte, es gebe zwölf neue Fälle.', 'neue Fälle', 'de')).not.toBe('official')
    expect(type('Un paciente del hospital público dijo que hubo doce casos nuevos.', 'casos nuevos', 'es')).toBe('anonymous-source')
  })

  it('an office named by description ("el organismo estatal", "l\'organisme de surveillance") is official; an organisation by description is not', () => {
    expect(type('La agencia estatal dijo que el río bajó durante la noche.', 'río bajó', 'es')).toBe('official')
    expect(type("L'organisme de surveillance a expliqué que la rivière a baissé dans la nuit.", 'rivière', 'fr')).toBe('official')
    expect(type('La asociación de vecinos dijo que el río bajó durante la noche.', 'río bajó', 'es')).not.toBe('official')
    expect(type("L'association des riverains a expliqué que la rivière a baissé dans la nuit.", 'rivière', 'fr')).not.toBe('official')
  })

  it('report verbs of the same class outside the lists ("bemängelte", "redoute", "настаивает") carry the speaker; the same words as nouns or objects do not', () => {
    expect(type('Markus Olsen bemängelte, die Brücke sei zu spät gesperrt worden.', 'Brücke sei', 'de')).toBe('named-source')
    expect(type("La rivière va encore monter, redoute le maire Thomas Hallé.", 'rivière', 'fr')).toBe('official')
    expect(type('Глава администрации Томас Халин настаивает, что мост был закрыт вовремя.', 'мост был', 'ru')).toBe('official')
    expect(type('Die bemängelte Brücke war bis Dienstag gesperrt.', 'Brücke war', 'de')).toBe('unattributed')
    expect(type('Le pont redouté par les riverains est resté fermé.', 'pont', 'fr')).toBe('unattributed')
  })

  it('a pronoun after a sentence whose subject is an unnamed party stands for the party (nearest antecedent); a party inside the speaker\'s own sentence does not take it', () => {
    expect(type('Police said a driver was stopped on the pier. The driver was questioned at the station. He had not seen the signs, he said.', 'seen the signs', 'en')).toBe('anonymous-source')
    expect(type('Die Polizei teilte mit, ein Autofahrer sei gestoppt worden. Der Verdächtige wurde befragt. Er habe die Schilder nicht gesehen, erklärte er.', 'Schilder', 'de')).toBe('anonymous-source')
    // must not: "Police Chief Smith said … 'Quote,' he said." stays the chief's
    expect(type('Police Chief Ann Smith said the suspect fled on foot. "We found the car an hour later," she said.', 'found the car', 'en')).toBe('official')
    expect(type('Police Chief Ann Smith said the suspect fled on foot. The dog followed the trail. "We found the car an hour later," she said.', 'found the car', 'en')).toBe('official')
  })

  it('a Korean channel before the topic ("본지와의 통화에서 X는") is no part of the speaker; the paper alone as the subject is the outlet', () => {
    expect(type('본지와의 통화에서 솔숲시 대변인은 부두가 폐쇄됐다고 말했다.', '폐쇄됐다', 'ko')).toBe('official')
    expect(type('본지와의 통화에서 어민 김철수 씨는 부두가 폐쇄됐다고 말했다.', '폐쇄됐다', 'ko')).toBe('named-source')
    expect(type('본지 취재 결과 부두가 폐쇄된 것으로 확인됐다.', '폐쇄된', 'ko')).toBe('outlet')
  })
})

describe('session 27: the context around the cue (classes of the spent check2 and the dev2/dev3 misses)', () => {
  it("a job's employer decides: a public employer makes it official, a private one named; an office's own titled head stays official", () => {
    expect(type('The river fell overnight, said Lena Hart, a meteorologist at the weather service office in Westbrook.', 'river fell', 'en')).toBe('official')
    expect(type('Lena Hart, chief medical officer for the private Alder Health network, said the river fell overnight.', 'river fell', 'en')).toBe('named-source')
    expect(type('The river fell overnight, said forecaster Lena Hart.', 'river fell', 'en')).toBe('named-source')
    expect(type('Мост был закрыт до вторника, сообщил синоптик Гидрометцентра Лев Харитонов.', 'закрыт до вторника', 'ru')).toBe('official')
    expect(type('Мост был закрыт до вторника, сообщил синоптик Лев Харитонов.', 'закрыт до вторника', 'ru')).toBe('named-source')
    // must not: a titled officer of a public body, or a chief of a town named by its place, stays official
    expect(type('Dr. Ana Ruiz, health officer for Westbrook County, said the river fell overnight.', 'river fell', 'en')).toBe('official')
    expect(type('The river fell overnight, said Police Chief Tom Hale of Westbrook.', 'river fell', 'en')).toBe('official')
  })

  it('a sports or expert role noun points back to the person just named ("so der Trainer", "confie le coach"); a role with its own complement is its own speaker', () => {
    expect(type('Trainer Markus Olsen sprach nach dem Training. Die Brücke sei gesperrt gewesen, so der Trainer.', 'Brücke sei', 'de')).toBe('named-source')
    expect(type("L'entraîneur Marc Olsen s'est exprimé. « Le pont est resté fermé », confie le coach.", 'pont est', 'fr')).toBe('named-source')
    expect(type('El entrenador Marcos Olsen habló. "El puente estuvo cortado", subrayó el estratega.', 'puente estuvo', 'es')).toBe('named-source')
    // must not: "el técnico de Protección Civil" names an office's employee, not the coach before
    expect(type('El entrenador Marcos Olsen habló. El puente estuvo cortado, explicó el técnico de Protección Civil.', 'puente estuvo', 'es')).toBe('official')
  })

  it('a cue inside a relative clause on the main clause reports only that clause: the sentence is the writer\'s; a complement clause after a verb of saying is not relative', () => {
    expect(type('The bridge, which residents said was old, was closed until Tuesday.', 'closed until', 'en')).toBe('unattributed')
    expect(type('La policía cerró un local que, según vecinos, funciona como bar.', 'cerró un local', 'es')).toBe('unattributed')
    expect(type('Мост был закрыт до вторника, что, по словам жителей, случается редко.', 'закрыт до вторника', 'ru')).toBe('unattributed')
    // must not: "dijo que, según testigos, …" (a complement clause), "Jean Dupont, qui a précisé que …" (the antecedent speaks)
    expect(type('La policía dijo que, según testigos, el hombre huyó a pie.', 'hombre huyó', 'es')).not.toBe('unattributed')
    expect(type("L'alerte a été donnée par le maire Jean Dupont, qui a précisé que personne n'était blessé.", 'personne', 'fr')).toBe('official')
  })

  it('someone who is no party and admits a fact in a clause gives an account; a party, or an admission of the charge as an object, stays the event', () => {
    expect(type('Mark Olsen admitted that the bridge was closed until Tuesday.', 'bridge was', 'en')).toBe('named-source')
    expect(type('Die Brücke sei bis Dienstag gesperrt gewesen, räumte ein Anwohner ein.', 'Brücke sei', 'de')).toBe('anonymous-source')
    expect(type('어민 김민수 씨는 다리가 화요일까지 통제됐다고 인정했다.', '통제됐다', 'ko')).toBe('named-source')
    // must not: the suspect's admission, the charge as a noun object
    expect(type('The suspect admitted the theft of the car.', 'theft', 'en')).toBe('unattributed')
    expect(type('Der 22-Jährige gestand den Einbruch in die Bäckerei.', 'Einbruch', 'de')).toBe('unattributed')
    // (session 33, suspects1) heard in questioning it is a suspect's own statement, N by the lead's s32 decision: no claim, so no named source
    expect(isClaim('Meldung\n\n용의자 김모 씨는 경찰 조사에서 혐의를 인정했다.', '혐의를', 'ko') ? type('용의자 김모 씨는 경찰 조사에서 혐의를 인정했다.', '혐의를', 'ko') : 'not a claim').not.toBe('named-source')
  })

  it('Korean: the subject right before the verb speaks ("…것으로 기상청은 밝혔다"); a subject closed by a connective does not, and an office as the opening topic keeps speaking', () => {
    expect(type('이 기간 기온은 평년보다 낮을 것으로 기상청은 밝혔다.', '기온은', 'ko')).toBe('official')
    expect(type('해솔시는 브리핑에서 "복구가 진행 중"이라고 밝혔다. 원인이 여전히 오리무중인 상태이지만, 다리는 화요일까지 통제됐다고 설명했다.', '오리무중', 'ko')).toBe('official')
    // must not: an office that opens the sentence and closes its clause with a connective is still the speaker
    expect(type('경찰은 현장을 조사했지만, 원인은 아직 밝혀지지 않았다고 밝혔다.', '원인은', 'ko')).toBe('official')
  })

  it('two cues: a later outlet relaying an earlier source keeps the earlier source; an outlet alone is named', () => {
    expect(type('Nach Angaben aus Ratskreisen war die Brücke bis Dienstag gesperrt, berichtet die „Westbrücker Zeitung“.', 'Brücke bis', 'de')).toBe('anonymous-source')
    expect(type('По данным МЧС, мост был закрыт до вторника, сообщает ТАСС.', 'закрыт до вторника', 'ru')).toBe('official')
    // must not: the outlet with no earlier cue
    expect(type('Die Brücke war bis Dienstag gesperrt, berichtet die „Westbrücker Zeitung“.', 'Brücke war', 'de')).toBe('named-source')
  })

  it('word order: a name closing a compound verb with no comma is the inverted subject; a channel or a participle front before the speaker is no part of it', () => {
    expect(type("Le pont devrait rester fermé trois mois a confirmé Marc Olsen ce jeudi.", 'pont devrait', 'fr')).toBe('named-source')
    expect(type('"El puente estuvo cortado", arguye por teléfono un preocupado Marcos Olsen, profesor de Derecho.', 'puente estuvo', 'es')).toBe('named-source')
    expect(type('Consultado, Marcos Olsen, abogado de los dueños que recurrieron el cierre, explicó que el puente estuvo cortado.', 'puente estuvo', 'es')).toBe('named-source')
    // must not: an object after the compound verb is no subject
    expect(type('La mairie a confirmé la fermeture du pont jusqu\'à mardi.', 'fermeture', 'fr')).toBe('official')
  })
})

describe('session 27, second batch: spans and offices from the dev3 and spent check2 misses', () => {
  it('an adverb or an object after an inverted German subject is no part of it; a genitive is', () => {
    expect(type('Trainer Markus Olsen sprach. Die Brücke sei gesperrt gewesen, sagte der langjährige Profifußballer weiter.', 'Brücke sei', 'de')).toBe('named-source')
    expect(type('Trainer Markus Olsen sprach. „Das heißt wohl bis Dienstag“, konkretisiert der Übungsleiter die Ausfallzeit.', 'Das heißt', 'de')).toBe('named-source')
    // must not: "der Sprecher der Polizei" keeps its genitive office
    expect(type('Die Brücke sei gesperrt gewesen, sagte der Sprecher der Polizei weiter.', 'Brücke sei', 'de')).toBe('official')
  })

  it('the outlet citing its own reporting ("Comme X vous le révélait", "as we reported", "wie wir berichteten") is the outlet; another outlet reporting is named', () => {
    expect(type("Comme Villeclaire Infos vous le révélait, le pont est resté fermé.", 'pont est', 'fr')).toBe('outlet')
    expect(type('As we reported on Monday, the bridge was closed until Tuesday.', 'bridge was', 'en')).toBe('outlet')
    expect(type('Wie wir berichteten, war die Brücke bis Dienstag gesperrt.', 'Brücke bis', 'de')).toBe('outlet')
    // must not: "as the Gazette reported" names another outlet
    expect(type('As the Westbrook Gazette reported, the bridge was closed until Tuesday.', 'bridge was', 'en')).toBe('named-source')
  })

  it('a clause after an incise is no apposition ("argumenta Urías, no es porque sea el fiscal general"); an office apposition still is', () => {
    expect(type('Marcos Olsen es profesor. Si el puente estuvo cortado, argumenta Olsen, no es porque sea culpa del alcalde.', 'puente estuvo', 'es')).toBe('named-source')
    expect(type('El puente estuvo cortado, dijo Marcos Olsen, alcalde de Villaclara.', 'puente estuvo', 'es')).toBe('official')
  })

  it('English: a lone capitalised word before "said" names a person; a plural role does not', () => {
    expect(type('Fishery news came in on Monday. Gardner said the bridge was closed until Tuesday.', 'bridge was', 'en')).toBe('named-source')
    expect(type('Fishery news came in on Monday. Fishermen said the bridge was closed until Tuesday.', 'bridge was', 'en')).toBe('anonymous-source')
  })

  it('reports and offices: a forecast bulletin is a document, "l\'hôpital" and "재판부" are offices, "Vonseiten der Stadt" names the office', () => {
    expect(type("Le pont est resté fermé, selon le bulletin de l'organisme de prévision.", 'pont est', 'fr')).toBe('document')
    expect(type("Le pont est resté fermé, indique l'hôpital.", 'pont est', 'fr')).toBe('official')
    expect(type('재판부는 "다리가 통제됐다"며 범행의 중대성을 지적했다.', '중대성', 'ko')).toBe('official')
    expect(type('Vonseiten der Stadt hieß es, die Brücke sei gesperrt gewesen.', 'Brücke sei', 'de')).toBe('official')
    // must not: a media report stays an unnamed source; a police report keeps its office (an earlier decision)
    expect(type('Medienberichten zufolge war die Brücke am Erlenweg bis Dienstag gesperrt.', 'Brücke am', 'de')).toBe('anonymous-source')
    expect(type('Zwei Verletzte kamen ins Krankenhaus, heißt es im Polizeibericht.', 'Verletzte', 'de')).toBe('official')
  })
  it('a US volunteer fire or hose company is a fire service, not a private company: its chief speaks for an office; a trading company stays private', () => {
    expect(type('Dan Morrow, assistant chief of the Elm Grove Fire Company, said the blaze started in the kitchen.', 'blaze started', 'en')).toBe('official')
    expect(type('Dan Morrow, spokesman for the Elm Grove Hose Company, said the blaze started in the kitchen.', 'blaze started', 'en')).toBe('official')
    expect(type('Dan Morrow, fire chief with the Elm Grove Volunteer Fire Company No. 2, said the blaze started in the kitchen.', 'blaze started', 'en')).toBe('official')
    // must not: a company that sells or insures stays private
    expect(type('Dan Morrow, spokesman for the Elm Grove Trucking Company, said the blaze started in the kitchen.', 'blaze started', 'en')).toBe('named-source')
    expect(type('Dan Morrow, chief financial officer of the Elm Grove Insurance Company, said the blaze started in the kitchen.', 'blaze started', 'en')).toBe('named-source')
  })
  it('German: a name in the genitive names the source met before ("nach Lehmanns Angaben", "nach Angaben Webers"); any "-amtsleiter" heads an office', () => {
    expect(type('Hauptamtsleiter Gerald Lehmann erklärt, das Fahrzeug werde am Montag abgeholt. Das neue Feuerwehrauto kostet nach Lehmanns Angaben rund 500 000 Euro.', 'Feuerwehrauto kostet', 'de')).toBe('official')
    expect(type('Polizeisprecher Jan Weber sagte, der Fahrer sei leicht verletzt. Der Schaden liegt nach Angaben Webers bei rund 5000 Euro.', 'Schaden liegt', 'de')).toBe('official')
    expect(type('Die Anwohnerin Petra Kühn hat den Unfall gesehen. Der Wagen fuhr nach Kühns Worten viel zu schnell.', 'Wagen fuhr', 'de')).toBe('named-source')
    expect(type('Ordnungsamtsleiterin Petra Kühn sagte, die Halle bleibe bis Montag geschlossen.', 'Halle bleibe', 'de')).toBe('official')
    // must not: a genitive name before another noun is no source ("nach Rembrandts Tod")
    expect(type('Das Museum zeigt seit Montag nach Rembrandts Tod entstandene Kopien.', 'Museum zeigt', 'de')).toBe('unattributed')
  })
  it('"selon"/"según" before a circumstance means "depending on", not "according to": no source ("selon les besoins", "según las necesidades")', () => {
    expect(type('Selon les impératifs du chantier, la circulation sera limitée dans certaines rues adjacentes.', 'circulation sera', 'fr')).toBe('unattributed')
    expect(type('Selon les besoins, les bénévoles seront répartis sur trois sites.', 'bénévoles seront', 'fr')).toBe('unattributed')
    expect(type('Según las necesidades, los voluntarios se repartirán en tres sitios.', 'voluntarios se', 'es')).toBe('unattributed')
    // must not: a person, an office or a document after it is still the source
    expect(type('Selon le maire, la circulation sera limitée dans certaines rues.', 'circulation sera', 'fr')).toBe('official')
    expect(type('Según la policía, el fuego empezó en la cocina.', 'fuego empezó', 'es')).toBe('official')
  })
  it('English: a curly apostrophe inside a word ("Sheriff’s Office") does not cut the speaker to "s Office"; a closing single quote still ends the quote', () => {
    expect(type('The Elm County Sheriff’s Office said the driver was not hurt.', 'driver was', 'en')).toBe('official')
    expect(type('The driver was not hurt, the Elm County Sheriff’s Office said.', 'driver was', 'en')).toBe('official')
    // must not: a single-quoted phrase before the speaker still closes where it closes
    expect(type('‘The roof gave way,’ Ana Martinez said.', 'roof gave', 'en')).toBe('named-source')
  })
})

describe('session 28: classes of the spent check3 and of dev4 (de/en/es/fr), each written as invented grid cells first', () => {
  it('a generic noun for a body points back to the body named last; a private body is named (README: a club is named)', () => {
    // must change (failed before)
    expect(type('Das Gesundheitsamt veröffentlichte die Zahlen. Die Brücke sei gesperrt gewesen, erklärte das Institut.', 'Brücke', 'de')).toBe('official')
    expect(type('El Ministerio de Obras Públicas emitió un comunicado. La institución señala que el puente estuvo cortado.', 'puente', 'es')).toBe('official')
    expect(type("Météo-France a publié un bulletin. « Le pont est resté fermé », ajoute l'organisme.", 'pont', 'fr')).toBe('official')
    expect(type('Alder Rovers played on Sunday. The bridge was closed until Tuesday, the club said.', 'bridge', 'en')).toBe('named-source')
    expect(type('El club Aliso publicó un comunicado. La entidad explicó que el puente estuvo cortado.', 'puente', 'es')).toBe('named-source')
    // must not: no body named before leaves an unnamed group as it was; an office noun stays an office
    expect(type('La entidad explicó que el puente estuvo cortado.', 'puente', 'es')).toBe('anonymous-source')
    expect(type('Die Brücke sei gesperrt gewesen, teilte die Behörde mit.', 'Brücke', 'de')).toBe('official')
  })

  it('the head of a public administration area and the forensic doctor are offices; a firm\'s director is not', () => {
    expect(type('La directora de Cultura, Carla Montes, explicó que el puente estuvo cortado.', 'puente', 'es')).toBe('official')
    expect(type('El médico forense precisó que el puente estuvo cortado.', 'puente', 'es')).toBe('official')
    expect(type("Le médecin légiste a précisé que le pont est resté fermé.", 'pont', 'fr')).toBe('official')
    expect(type('Die Brücke sei gesperrt gewesen, sagte der Rechtsmediziner.', 'Brücke', 'de')).toBe('official')
    expect(type('Die Leiterin des Kulturamts, Carla Montes, sagte, die Brücke sei gesperrt gewesen.', 'Brücke', 'de')).toBe('official')
    // must not
    expect(type('La directora de la empresa Aliso Clima, Carla Montes, explicó que el puente estuvo cortado.', 'puente', 'es')).toBe('named-source')
    expect(type('Carla Montes, Geschäftsführerin der Firma Erlenwetter, sagte, die Brücke sei gesperrt gewesen.', 'Brücke', 'de')).toBe('named-source')
  })

  it("an office's initials after its full name take the office's type; a club's initials stay named", () => {
    expect(type('The National Weather Service issued a warning. The bridge was closed until Tuesday, according to the NWS.', 'bridge', 'en')).toBe('official')
    expect(type('The Department of Health and Mental Hygiene spoke on Monday. According to the DHMH, the bridge was closed.', 'bridge', 'en')).toBe('official')
    expect(type('La Dirección General de Tráfico emitió un aviso. Según la DGT, el puente estuvo cortado.', 'puente', 'es')).toBe('official')
    expect(type('Das Landesamt für Umwelt warnte am Montag. Laut LfU war die Brücke gesperrt.', 'Brücke', 'de')).toBe('official')
    expect(type("La Direction départementale des territoires a publié un arrêté. Selon la DDT, le pont est resté fermé.", 'pont', 'fr')).toBe('official')
    // must not
    expect(type('The Alder Valley Rowing Club met on Monday. According to the AVRC, the bridge was closed.', 'bridge', 'en')).toBe('named-source')
  })

  it('report frames outside the lists: "schreiben in ihrer Entscheidung", "hingewiesen", "en palabras del", "ha hecho hincapié", "adelanta", "recoge el comunicado", the narrative future', () => {
    expect(type('Die Richter schreiben in ihrer Entscheidung, die Brücke sei gesperrt gewesen.', 'Brücke', 'de')).toBe('official')
    expect(type('Die Stadt hat darauf hingewiesen, dass die Brücke gesperrt war.', 'Brücke', 'de')).toBe('official')
    expect(type('En palabras del alcalde Tomás Hernán, el puente estuvo cortado.', 'puente', 'es')).toBe('official')
    expect(type('El alcalde Tomás Hernán ha hecho hincapié en que el puente estuvo cortado.', 'puente', 'es')).toBe('official')
    expect(type('El alcalde Tomás Hernán habló el lunes. Adelanta que el puente estuvo cortado.', 'puente', 'es')).toBe('official')
    expect(type('El puente estuvo cortado, recoge el comunicado del ayuntamiento.', 'puente', 'es')).toBe('official')
    expect(type("Le parquet indiquera que le pont est resté fermé.", 'pont', 'fr')).toBe('official')
    expect(type("Une source proche du dossier confiera que le pont est resté fermé.", 'pont', 'fr')).toBe('anonymous-source')
    // must not: "schreibt" with no "in …" frame, "recoge" with a non-document object, a plain future of action
    expect(type('Die Stadt schreibt Geschichte, und die Brücke war gesperrt.', 'Brücke', 'de')).toBe('unattributed')
    expect(type('El camión recoge la basura y el puente estuvo cortado.', 'puente', 'es')).toBe('unattributed')
    expect(type("Le maire inaugurera le pont resté fermé lundi.", 'pont', 'fr')).toBe('unattributed')
  })

  it('a possessive and the words of the person just named point back to that person', () => {
    expect(type('Marcos Olsen dio otra versión. Según sus declaraciones, el puente estuvo cortado.', 'puente', 'es')).toBe('named-source')
    expect(type("Marc Olsen donne une autre version. Selon ses dires, le pont est resté fermé.", 'pont', 'fr')).toBe('named-source')
    expect(type('Markus Olsen schilderte den Abend anders. Nach seinen Angaben war die Brücke gesperrt.', 'Brücke', 'de')).toBe('named-source')
    // must not: the words of an unnamed party stay unnamed
    expect(type('Un vecino dio otra versión. Según sus declaraciones, el puente estuvo cortado.', 'puente', 'es')).toBe('anonymous-source')
  })

  it('a German participle after a preposition or an article and an adverbial is an adjective, no cue', () => {
    expect(type('Die Brücke mit dem am Montag bestätigten Schaden war gesperrt.', 'Brücke', 'de')).toBe('unattributed')
    expect(type('Die Stadt teilte neue Schäden mit. Die Brücke mit bestätigten Schäden sei gesperrt gewesen.', 'Brücke', 'de')).toBe('official')
    // must not: the verb after its subject, and the inverted "Das bestätigten Polizei und Feuerwehr"
    expect(type('Die Brücke war gesperrt. Das bestätigten Polizei und Feuerwehr am Montag.', 'Brücke', 'de')).toBe('official')
    expect(type('Die Polizisten bestätigten am Montag, die Brücke sei gesperrt gewesen.', 'Brücke', 'de')).toBe('official')
  })

  it("a coach's role noun with an age points back like a pronoun; a forecast is an office's statement; a figures report is a document", () => {
    expect(type('Trainer Markus Olsen äußerte sich. „Die Brücke war gesperrt“, so der 45-jährige Trainer.', 'Brücke', 'de')).toBe('named-source')
    expect(type("L'entraîneur Marc Olsen s'est exprimé. « Le pont est resté fermé », a confié le technicien de 45 ans.", 'pont', 'fr')).toBe('named-source')
    expect(type('Der Deutsche Wetterdienst prognostiziert, dass die Brücke gesperrt bleibt.', 'Brücke', 'de')).toBe('official')
    expect(type('La Aemet prevé que el puente siga cortado hasta el martes.', 'puente', 'es')).toBe('official')
    expect(type("Météo-France prévoit que le pont reste fermé jusqu'à mardi.", 'pont', 'fr')).toBe('official')
    expect(type('Según el último balance difundido por el ayuntamiento, el puente estuvo cortado.', 'puente', 'es')).toBe('document')
    // must not: a forecast verb with a private subject is no cue; "de acuerdo a la demanda" is "depending on"
    expect(type('Anna Berger prevé que el puente siga cortado hasta el martes.', 'puente', 'es')).toBe('unattributed')
    expect(type('El puente estuvo cortado y reabrirá de acuerdo a la demanda de los vecinos.', 'puente', 'es')).toBe('unattributed')
  })
})

describe('session 28, second batch: German role nouns, an owner-less first finding, English progressive, initials from the head on', () => {
  it('a German article and a capitalised noun is a person by role, unnamed, not a name; a quoted title or a name stays named', () => {
    expect(type('Der Angeklagte sagte, die Brücke sei gesperrt gewesen.', 'Brücke', 'de')).toBe('anonymous-source')
    expect(type('Die Verteidigerin erklärte, die Brücke sei gesperrt gewesen.', 'Brücke', 'de')).toBe('anonymous-source')
    // must not
    expect(type('Der „Westbrücker Kurier“ berichtete, die Brücke sei gesperrt gewesen.', 'Brücke', 'de')).toBe('named-source')
    expect(type('Markus Olsen sagte, die Brücke sei gesperrt gewesen.', 'Brücke', 'de')).toBe('named-source')
    expect(type('Der Sprecher der Polizei sagte, die Brücke sei gesperrt gewesen.', 'Brücke', 'de')).toBe('official')
  })

  it('"den ersten Angaben zufolge" inside the clause is the finding of the office in play (lead decision: provisional findings)', () => {
    expect(type('Es gab zwei Festnahmen. Das bestätigte ein Sprecher der Polizei. Dabei war den ersten Angaben zufolge die Brücke gesperrt.', 'Brücke', 'de')).toBe('official')
  })

  it('"are confirming" reports; initials may start at the body\'s head word after a place name', () => {
    expect(type('The Westbrook health department and the county are confirming that the bridge was closed.', 'bridge', 'en')).toBe('official')
    expect(type('The Westbrook Department of Roads and Bridges spoke on Monday. According to the DRB, the bridge was closed.', 'bridge', 'en')).toBe('official')
    // must not
    expect(type('The children are confirming their places at the camp and the bridge was closed.', 'bridge', 'en')).not.toBe('official')
  })
})

describe('session 28, third batch: a verdict or answer label before a colon', () => {
  it('"Das Fazit der Polizei:", "La respuesta del ayuntamiento:", "La réponse de la préfecture :" give what follows to the label\'s owner', () => {
    expect(type('Das Fazit der Polizei: Die Brücke war bis Dienstag gesperrt.', 'Brücke', 'de')).toBe('official')
    expect(type('La respuesta del ayuntamiento: el puente estuvo cortado hasta el martes.', 'puente', 'es')).toBe('official')
    expect(type("La réponse de la préfecture : le pont est resté fermé jusqu'à mardi.", 'pont', 'fr')).toBe('official')
    // must not: a label that is no one's word ("La solución del problema:"), a colon with no label
    expect(type('La solución del problema: el puente estuvo cortado hasta el martes.', 'puente', 'es')).toBe('unattributed')
    expect(type('Die Lage am Montag: Die Brücke war bis Dienstag gesperrt.', 'Brücke', 'de')).toBe('unattributed')
  })
})

// Lead, session 28: French incises with a verb of saying inverted after a quote. "répond-il", "promet-elle" and verbs
// opening with an accented letter ("écrit-il": \b fails before "é") were not cues. Found reading a fresh furniture-s28
// dev page (journaldemillau); the sentences are invented.
describe('fr: more inverted verbs of saying after a quote', () => {
  const before = 'Nous avons posé la question au premier adjoint, Claude Assier.'
  for (const incise of ['répond-il', 'promet-il', 'sourit-il', 'écrit-il', 'renchérit-il', 'se réjouit-il', 'maintient-il'])
    it(`« … », ${incise}: the deputy mayor named before is the source`, () => {
      expect(type(`${before} « Le parking restera gratuit jusqu’au 18 mai », ${incise}.`, 'parking', 'fr')).toBe('official')
    })
  it('must not: an inverted verb that says nothing ("Aussi vient-il …") gives no source', () => {
    expect(type(`${before} Aussi vient-il chaque matin au marché de la place.`, 'vient-il', 'fr')).toBe('unattributed')
  })
})

// Lead, session 28: a question's inversion ("va-t-il redevenir payant ?") gave an "il" speaker that the next sentences
// (a quote) carried as an anonymous source. Same page (journaldemillau); invented sentences.
describe('fr: the inverted subject of a question is no speaker', () => {
  it('the quote after "… va-t-il redevenir payant ?" is not given to "il"', () => {
    const t = 'Le stationnement reste gratuit\n\nGratuit pendant le confinement, le stationnement va-t-il redevenir payant ?\n\nC’est la question que nous avons posée au premier adjoint, Claude Assier. "Pour l’instant, il reste gratuit jusqu’au 18 mai. Pour la suite la décision n’est pas encore prise". Les places sont souvent occupées.'
    expect(claimOf(t, 'il reste gratuit', 'fr').sourcing.type).not.toBe('anonymous-source')
    expect(claimOf(t, 'Pour la suite', 'fr').sourcing.type).not.toBe('anonymous-source')
  })
  it('must not: an incise after a quoted question still names its speaker', () => {
    expect(type('Nous avons posé la question au premier adjoint, Claude Assier. « Le parking sera-t-il payant ? Pas avant le 18 mai », répond-il.', 'Pas avant', 'fr')).toBe('official')
  })
})
