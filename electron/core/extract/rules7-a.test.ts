// Session 22 rules for German, French and Russian (extraction-a), one invented example each, with the case
// that must not change: broad office and title lexicons (compounds, inflections, ranks, heads of offices), a
// title that opens the sentence names an official, offices at work ("schätzt den Schaden"), reports with no
// speaker ("wie es hieß"), a surname met after a first name, more reporting verbs.
import { describe, expect, it } from 'vitest'
import { claimOf } from './__fixtures__/claim-of'

const type = (text: string, fragment: string, language: string) => claimOf(`Meldung\n\n${text}`, fragment, language).sourcing.type

describe('German offices and titles', () => {
  it('offices inside compounds: Kriminalpolizei, Ordnungsamt, Gemeindeverwaltung, Berufsfeuerwehr', () => {
    expect(type('Laut Kriminalpolizei wurde niemand verletzt.', 'niemand', 'de')).toBe('official')
    expect(type('Das Ordnungsamt teilte mit, dass niemand verletzt wurde.', 'niemand', 'de')).toBe('official')
    expect(type('Wie die Gemeindeverwaltung mitteilte, sind drei Straßen gesperrt.', 'Straßen', 'de')).toBe('official')
    expect(type('Die Berufsfeuerwehr teilte mit, dass niemand verletzt wurde.', 'niemand', 'de')).toBe('official')
    // "insgesamt" ends in "amt" and is no office
    expect(type('Insgesamt brannten drei Häuser nieder.', 'Häuser', 'de')).toBe('unattributed')
  })

  it('a spokeswoman of an office is official, a club president is not', () => {
    expect(type('Der Schaden liegt bei 20.000 Euro, sagte die Sprecherin des Landratsamts.', 'Schaden', 'de')).toBe('official')
    expect(type('"Zwei Verletzte kamen ins Krankenhaus", erklärte Revierleiter Jens Hoff.', 'Verletzte', 'de')).toBe('official')
    expect(type('Ortsbürgermeister Hans Meier sagte, die Straße sei gesperrt.', 'Straße', 'de')).toBe('official')
    expect(type('Der Vereinspräsident Hans Maier sagte, das Fest falle aus.', 'Fest', 'de')).toBe('named-source')
  })

  it('"Ersten Ermittlungen zufolge" and "nach ersten Schätzungen der Polizei" are the office\'s', () => {
    expect(type('Ersten Ermittlungen zufolge brach das Feuer in der Küche aus.', 'Feuer', 'de')).toBe('official')
    expect(type('Der Schaden beläuft sich nach ersten Schätzungen der Polizei auf 10.000 Euro.', 'Schaden', 'de')).toBe('official')
    expect(type('Nach ersten Schätzungen beläuft sich der Schaden auf 10.000 Euro.', 'Schaden', 'de')).not.toBe('official')
  })

  it('a name after a party in brackets keeps its office: "Peter Brandt (CDU), Landrat des Kreises"', () => {
    expect(type('"Zwei Verletzte kamen ins Krankenhaus", sagte Peter Brandt (CDU), Landrat des Kreises.', 'Verletzte', 'de')).toBe('official')
    expect(type('"Zwei Verletzte kamen ins Krankenhaus", sagte Peter Brandt (54), ein Nachbar.', 'Verletzte', 'de')).toBe('named-source')
  })

  it('a title that opens the sentence names an official: "Landrat Peter Brandt …", then "sagte Brandt"', () => {
    const text = 'Landrat Peter Brandt war vor Ort.\n\n"Zwei Verletzte kamen ins Krankenhaus", sagte Brandt.'
    expect(type(text, 'Verletzte', 'de')).toBe('official')
  })

  it('"Die Polizei schätzt den Schaden": an office at work reports; a resident who "schätzt" does not', () => {
    expect(type('Die Polizei schätzt den Schaden auf rund 50.000 Euro.', 'Schaden', 'de')).toBe('official')
    expect(type('Der Nachbar schätzt die Ruhe im Dorf sehr.', 'Ruhe', 'de')).toBe('unattributed')
  })

  it('"wie es hieß" reports with nobody named; "hieß es von der Polizei" names the office', () => {
    expect(type('Zwei Verletzte kamen ins Krankenhaus, wie es hieß.', 'Verletzte', 'de')).toBe('anonymous-source')
    expect(type('Zwei Verletzte kamen ins Krankenhaus, hieß es von der Polizei.', 'Verletzte', 'de')).toBe('official')
    expect(type('Zwei Verletzte kamen ins Krankenhaus, heißt es im Polizeibericht.', 'Verletzte', 'de')).toBe('official')
  })

  it('", heißt es" after the paragraph named its source is that source; "teilen" (share) and "gab … ab" do not report', () => {
    const text = 'Von einem Unfall berichtete die Polizei am Donnerstag. "Der Anhänger prallte gegen einen Mast", heißt es. Als Ursache gab die Polizei an, die Kupplung sei lose gewesen.'
    expect(type(text, 'Anhänger prallte', 'de')).toBe('official')
    expect(type(text, 'Kupplung', 'de')).toBe('official')
    expect(type('Auch in anderen Orten teilen die Menschen das Schicksal der Flut.', 'Schicksal', 'de')).toBe('unattributed')
    expect(type('Die Polizei gab den Wagen an der Tankstelle ab.', 'Wagen', 'de')).toBe('unattributed')
  })

  it('more verbs: erzählt, meinte, informierte, gab … bekannt', () => {
    expect(type('"Zwei Fenster waren offen", erzählt Maria Schulz.', 'Fenster', 'de')).toBe('named-source')
    expect(type('Zwei Verletzte kamen ins Krankenhaus, informierte die Polizei.', 'Verletzte', 'de')).toBe('official')
    expect(type('Die Polizei gab bekannt, dass zwei Verletzte ins Krankenhaus kamen.', 'Verletzte', 'de')).toBe('official')
    expect(type('Die Polizei gab den Wagen am Abend wieder frei.', 'Wagen', 'de')).toBe('unattributed')
  })

  it('a surname met after a first name is that person: "Maria Schulz …", then "erzählt Schulz"', () => {
    const text = 'Maria Schulz wohnt nebenan.\n\n"Zwei Fenster waren offen", erzählt Schulz.'
    expect(type(text, 'Fenster', 'de')).toBe('named-source')
    // "Laut Angaben" is no first name and surname
    expect(type('Laut Angaben wurde eine Person verletzt.', 'Person', 'de')).toBe('anonymous-source')
  })

  it('"nach eigenen Angaben" is a noun, not the verb "angaben"; "wie die Beamten angaben" is the verb', () => {
    expect(type('Als Täter ermittelte die Polizei nach eigenen Angaben einen 26-jährigen Mann.', 'Täter', 'de')).toBe('official')
    expect(type('Zwei Verletzte kamen ins Krankenhaus, wie die Beamten angaben.', 'Verletzte', 'de')).toBe('official')
  })

  it('indicative narration after a paragraph\'s opening source is the reporter\'s; Konjunktiv goes on with the source', () => {
    const text = 'Laut Polizeiangaben waren dieselben Täter am Werk. Zudem versuchte jemand, in eine Drogerie einzubrechen. Der Schaden sei gering.'
    expect(type(text, 'Drogerie', 'de')).toBe('unattributed')
    expect(type(text, 'Schaden', 'de')).toBe('official')
  })

  it('"Gegenüber unserer Redaktion bestätigte ein Polizeisprecher": the speaker follows the verb', () => {
    expect(type('Gegenüber unserer Redaktion bestätigte ein Polizeisprecher, dass zwei Straßen gesperrt sind.', 'Straßen', 'de')).toBe('official')
  })
})

describe('French offices and titles', () => {
  it('SDIS, DDSP, municipalité, Météo-France are offices; "une source policière" stays anonymous', () => {
    expect(type('Deux personnes ont été blessées, selon le SDIS 83.', 'blessées', 'fr')).toBe('official')
    expect(type('Deux personnes ont été blessées, selon la DDSP.', 'blessées', 'fr')).toBe('official')
    expect(type('Deux personnes ont été blessées, selon la municipalité.', 'blessées', 'fr')).toBe('official')
    expect(type('Deux personnes ont été blessées, selon Météo-France.', 'blessées', 'fr')).toBe('official')
    expect(type('Deux personnes ont été blessées, selon une source policière.', 'blessées', 'fr')).toBe('anonymous-source')
  })

  it('ranks and local titles: capitaine, adjudant-chef, bourgmestre', () => {
    expect(type('Deux personnes ont été blessées, précise le capitaine Pierre Durand, du SDIS.', 'blessées', 'fr')).toBe('official')
    expect(type("Deux personnes ont été blessées, précise l'adjudant-chef Pierre Durand.", 'blessées', 'fr')).toBe('official')
    expect(type('Deux personnes ont été blessées, indique le bourgmestre.', 'blessées', 'fr')).toBe('official')
    expect(type('Deux personnes ont été blessées, indique Pierre Durand, un voisin.', 'blessées', 'fr')).toBe('named-source')
  })

  it('more verbs: lâche, relate, détaille, s\'exclame, se souvient', () => {
    expect(type('« Tout a brûlé en dix minutes », lâche un voisin.', 'brûlé', 'fr')).toBe('anonymous-source')
    expect(type('Deux personnes ont été blessées, relate une source policière.', 'blessées', 'fr')).toBe('anonymous-source')
    expect(type('Les secours ont pris en charge deux blessés, détaille la préfecture.', 'blessés', 'fr')).toBe('official')
    expect(type('« Tout a brûlé en dix minutes », se souvient Marie Dupont.', 'brûlé', 'fr')).toBe('named-source')
    // "a lancé un appel" is an act, the storm ("la tempête") and causes that "expliquent" report nothing
    expect(type('Le parquet a lancé un appel à témoins après les faits.', 'appel', 'fr')).not.toBe('official')
    expect(type('Une branche a balayé l’échelle. Elle a poursuivi sa course et a brisé une véranda.', 'véranda', 'fr')).toBe('unattributed')
    expect(type('Vers 7 heures, la tempête a arraché le toit de la maison.', 'toit', 'fr')).toBe('unattributed')
    expect(type('Une vitesse excessive et la pluie expliquent la gravité de cet accident.', 'gravité', 'fr')).toBe('unattributed')
  })
})

describe('Russian offices and titles', () => {
  it('agencies and local government in any case: Минздрав, Роспотребнадзор, горсовет, спасатели', () => {
    expect(type('Пострадали два человека, сообщили в региональном Минздраве.', 'Пострадали', 'ru')).toBe('official')
    expect(type('Пострадали два человека, сообщили в Роспотребнадзоре.', 'Пострадали', 'ru')).toBe('official')
    expect(type('Пострадали два человека, сообщили в горсовете.', 'Пострадали', 'ru')).toBe('official')
    expect(type('Пострадали два человека, сообщили спасатели.', 'Пострадали', 'ru')).toBe('official')
    expect(type('Пострадали два человека, рассказала соседка.', 'Пострадали', 'ru')).toBe('anonymous-source')
  })

  it('the head, deputy or commander of an office is official', () => {
    expect(type('Пострадали два человека, рассказал руководитель следственного управления Иван Петров.', 'Пострадали', 'ru')).toBe('official')
    expect(type('Пострадали два человека, рассказал командир пожарной части Иван Петров.', 'Пострадали', 'ru')).toBe('official')
    expect(type('Пострадали два человека, рассказал врио губернатора Иван Петров.', 'Пострадали', 'ru')).toBe('official')
    expect(type('Пострадали два человека, рассказал директор магазина Иван Петров.', 'Пострадали', 'ru')).toBe('named-source')
  })

  it('a title that opens the sentence names an official: "Глава района Иван Петров …", then "сказал Петров"', () => {
    const text = 'Глава района Иван Петров приехал на место.\n\n«Пострадали два человека», — сказал Петров.'
    expect(type(text, 'Пострадали', 'ru')).toBe('official')
    const resident = 'Иван Петров приехал на место.\n\n«Пострадали два человека», — сказал Петров.'
    expect(type(resident, 'Пострадали', 'ru')).toBe('named-source')
  })

  it('present-tense verbs of dialogue: рассказывает, вспоминает, делится', () => {
    expect(type('«Пострадали два человека», — рассказывает Анна Смирнова.', 'Пострадали', 'ru')).toBe('named-source')
    expect(type('«Пострадали два человека», — вспоминает соседка.', 'Пострадали', 'ru')).toBe('anonymous-source')
    // a dash line alone on a two-line page is list-shaped to the furniture model; inside an article it is dialogue
    const page = 'Пожар на улице Ленина\n\nВ среду вечером в жилом доме загорелась квартира.\n\n- Пострадали два человека, - делится Анна.\n\nПричины пожара устанавливаются.'
    expect(claimOf(page, 'Пострадали', 'ru').sourcing.type).toBe('named-source')
    // "заметил" (noticed) is seeing, not saying
    expect(type('Подозрительного гражданина заметил житель одного из домов.', 'гражданина', 'ru')).toBe('unattributed')
  })
})
