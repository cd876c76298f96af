// Session 33 (closings1): sources printed with the verb before the subject, and verbs of stating with a complement (read-by-hand
// class 1), written from the grammars (RAE-ASALE on the indirect object of verbs of communication and on support verbs; Duden on
// the sentence bracket) with invented sentences: cells that must change (they fail on main 9cf1309) and near misses that must not.
import { describe, expect, it } from 'vitest'
import { de, en, es, fr } from './__fixtures__/sourcing-in'

describe('es: a recipient between an inverted verb of saying and its subject ("…, han confirmado a EFE fuentes policiales")', () => {
  it('must change: the subject after the recipient speaks, closing the sentence or in the backward "Así lo …"', () => {
    expect(es('La Guardia Civil mantiene abierta una operación durante la cual ha sido detenido un agente, han confirmado a EFE fuentes policiales.', 'La Guardia')).toBe('anonymous-source')
    // (the subject before the comma is no speaker: the recipient's sentence belongs to the sources after it)
    expect(es('La policía mantiene abierta una operación, han confirmado a EFE fuentes policiales.', 'La policía')).toBe('anonymous-source')
    expect(es('Los vecinos trataron de auxiliarla. Así lo han confirmado a los periodistas un matrimonio que vive en el edificio.', 'Así lo')).toBe('anonymous-source')
    expect(es('Los vecinos trataron de auxiliarla. Así lo han confirmado a los periodistas un matrimonio que vive en el edificio.', 'Los vecinos')).toBe('anonymous-source')
  })
  it('must not: a channel or recipient already read, a verb with its subject after it, and verbs of motion stay as they were', () => {
    expect(es('El hombre fue detenido el lunes, ha confirmado a este periódico un portavoz de la Guardia Civil.', 'El hombre')).toBe('official')
    expect(es('El hombre fue detenido el lunes, han informado a Europa Press fuentes de la investigación.', 'El hombre')).toBe('anonymous-source')
    expect(es('La fiesta será el sábado, han confirmado los vecinos.', 'La fiesta')).toBe('anonymous-source')
    expect(es('Han confirmado los vecinos su asistencia a la reunión.', 'Han confirmado')).toBe('anonymous-source')
    expect(es('A las 10.00 horas han llegado a la calle Mayor los bomberos.', 'A las')).toBe('unattributed')
    expect(es('A las 10.00 horas han llegado al lugar los bomberos.', 'A las')).toBe('unattributed')
  })
})

describe('es: support verbs of stating ("poner de manifiesto", "dejar claro", "dar cuenta de")', () => {
  it('must change: with quoted words or a clause they say; with a noun object an office states', () => {
    expect(es('El delegado de Seguridad, Rubén Pérez, ha puesto de manifiesto “la eficacia del dispositivo”, gracias a la cual se detuvo al autor.', 'El delegado')).toBe('official')
    expect(es('El alcalde ha dejado claro que no habrá subida de impuestos.', 'El alcalde')).toBe('official')
    expect(es('Juan Pérez ha dejado claro que no se presentará.', 'Juan Pérez')).toBe('named-source')
    expect(es('La Policía Local ha dado cuenta de tres detenciones este fin de semana.', 'La Policía')).toBe('official')
    expect(es('El Ayuntamiento puso en valor la labor de los voluntarios.', 'El Ayuntamiento')).toBe('official')
    // ("hacer saber" as "dar a conocer")
    expect(es('La carretera seguirá cortada. Así lo ha hecho saber el Ayuntamiento.', 'La carretera')).toBe('official')
  })
  it('must not: a subject that is no source, or a private person with a noun object, states nothing', () => {
    expect(es('El accidente ha puesto de manifiesto la falta de medios.', 'El accidente')).toBe('unattributed')
    expect(es('El accidente ha puesto de manifiesto que faltan medios.', 'El accidente')).toBe('unattributed')
    expect(es('La vecina ha dejado constancia de su queja en el registro.', 'La vecina')).toBe('unattributed')
    // ("según hizo saber" was read already on main 9cf1309, as "según" opens it)
    expect(es('La carretera seguirá cortada, según hizo saber la Guardia Civil.', 'La carretera')).toBe('official')
  })
})

describe('de: the perfect of announcing with its participle closing the sentence ("hat … bekannt gegeben.")', () => {
  it('must change: subject before the bracket, or inverted after a comma', () => {
    expect(de('Die Polizei hat am Montag die Festnahme eines Mannes bekannt gegeben.', 'Die Polizei')).toBe('official')
    expect(de('Die Brücke bleibt gesperrt, hat die Stadt am Montag bekannt gegeben.', 'Die Brücke')).toBe('official')
  })
  it('must not: the simple past with its particle, a closing with a recipient, and a perfect that announces nothing stay as they were', () => {
    expect(de('Die Stadt gab am Montag die Sperrung der Brücke bekannt.', 'Die Stadt')).toBe('official')
    expect(de('Der Mann wurde am Montag festgenommen, bestätigte ein Sprecher der Polizei der dpa.', 'Der Mann')).toBe('official')
    // ("Die Obduktion hat den Verdacht bestätigt." is named already on main 9cf1309: a false cue left for later, not asserted here)
    expect(de('Die Firma hat ihre Zahlen verbessert.', 'Die Firma')).toBe('unattributed')
  })
})

describe('de: what an outlet learned "aus Polizeikreisen" is the circles’ (README: unnamed sources of an office are anon)', () => {
  it('must change: the learning verb after or before the circles', () => {
    expect(de('Die Brücke bleibt bis Freitag gesperrt, erfuhr der NDR aus Polizeikreisen.', 'Die Brücke')).toBe('anonymous-source')
    expect(de('Die Brücke bleibt bis Freitag gesperrt, wie der NDR aus Polizeikreisen erfuhr.', 'Die Brücke')).toBe('anonymous-source')
  })
  it('must not: circles with no verb of learning report nothing; "hieß es aus …" stays', () => {
    expect(de('Die Gäste kamen aus Fachkreisen und der Politik.', 'Die Gäste')).toBe('unattributed')
    expect(de('Der Mann sei bewaffnet gewesen, hieß es aus Sicherheitskreisen.', 'Der Mann')).toBe('anonymous-source')
  })
})

describe('fr: the recipient before the inverted subject is read already (must not move)', () => {
  it('must not: "ont indiqué à l’AFP des sources policières", "a précisé au Parisien le procureur"', () => {
    expect(fr('Le suspect a été interpellé lundi, ont indiqué à l’AFP des sources policières.', 'Le suspect')).toBe('anonymous-source')
    expect(fr('Le suspect a été interpellé lundi, a précisé au Parisien le procureur.', 'Le suspect')).toBe('official')
    expect(fr('Le suspect a été interpellé lundi, a-t-on appris auprès du parquet.', 'Le suspect')).toBe('official')
  })
})

describe('en: a verb of saying with its hearer after "to" ("…, the sheriff’s office confirmed to KTLA.")', () => {
  it('must change: a name, an outlet or the press after "to" is the hearer, not an infinitive', () => {
    expect(en('The man was arrested on Monday, the sheriff’s office confirmed to KTLA.', 'The man')).toBe('official')
    expect(en('The man was arrested on Monday, police confirmed to The Associated Press.', 'The man')).toBe('official')
    expect(en('The man was arrested on Monday, a neighbor confirmed to KTLA.', 'The man')).toBe('anonymous-source')
    expect(en('The mayor explained to reporters that the bridge would stay closed.', 'The mayor')).toBe('official')
  })
  it('must not: an infinitive after "to", "reported to" a place, and "told" stay as they were', () => {
    expect(en('The man is said to have fled to Canada.', 'The man')).toBe('unattributed')
    expect(en('The victim was confirmed to have died at the scene.', 'The victim')).toBe('unattributed')
    expect(en('Smith reported to Fort Bragg on Monday.', 'Smith')).toBe('unattributed')
    expect(en('The man was arrested on Monday, police told KTLA.', 'The man')).toBe('official')
    expect(en('The man was arrested on Monday, the sheriff’s office confirmed.', 'The man')).toBe('official')
  })
})
