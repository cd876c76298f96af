// Session 34 (speakers13): sourcing classes in de/en/es/fr chosen from the aggregate confusion over every spent set (the largest
// cells: an official source read as no source, as an unnamed one, as a named one), each written from grammar, the layout shapes of
// published copy and the README's rules, with invented sentences: cells that must change (they fail on main 322ac9e) and near
// misses that must not.
import { describe, expect, it } from 'vitest'
import { de, en, es, fr } from './__fixtures__/sourcing-in'

describe('the speaker label (a noun phrase before a colon and a quote; a name met before, before a colon)', () => {
  it('must change: a title, an office or a name with its employer before the colon; a name met before opens a turn', () => {
    expect(de('Der Wetterdienst hatte vor Starkregen gewarnt. Meteorologe Andreas Friedrich vom DWD: „Wir lagen mit unseren Warnungen diesmal richtig.“', 'Meteorologe')).toBe('official')
    expect(de('Der Fahrer flüchtete nach dem Unfall. Die Personenbeschreibung der Polizei: „Der Mann war etwa 1,80 Meter groß.“', 'Die Personen')).toBe('official')
    expect(de('Der Brand brach im Keller aus, sagte Einsatzleiter Tobias Kern.\n\nDie Straße blieb bis zum Abend gesperrt. Kern: „Das Feuer war nach einer Stunde gelöscht. Verletzt wurde niemand.“', 'Kern:')).toBe('official')
    expect(fr('Nous avons rencontré le maire, Jean Roux, dans la salle du conseil.\nJean Roux: Tous les jours sauf le samedi.', 'Jean Roux:')).toBe('official')
    // (English reads the label too, at the end of its chain)
    expect(en('The bridge was closed after the storm. Mayor Ana Diaz: "The road will reopen on Monday."', 'Mayor')).toBe('official')
    expect(fr('Nous avons rencontré le maire, Jean Roux, dans la salle du conseil.\nJean Roux: Au dernier recensement, 2 008 habitants.', 'Jean Roux: Au')).toBe('official')
    // (the sentences inside the label's quote go on with its speaker)
    expect(de('Der Wetterdienst hatte vor Starkregen gewarnt. Meteorologe Andreas Friedrich vom DWD: „Wir lagen mit unseren Warnungen diesmal richtig. Die Modelle zeigten den extremen Regen schon drei Tage vor dem Unwetter an.“', 'Die Modelle')).toBe('official')
  })
  it('must not: a place, a heading or an unnamed role before a colon names nobody; a label with a verb of saying is read as before', () => {
    expect(de('Saarlouis: Nach einem Streit unter Nachbarn ist ein Mann verletzt worden.', 'Saarlouis')).toBe('unattributed')
    expect(de('Fazit: Die Sanierung wird teurer als geplant.', 'Fazit')).toBe('unattributed')
    expect(fr('Bilan : trois blessés légers et une maison détruite.', 'Bilan')).toBe('unattributed')
    expect(fr('Marie Dubois, voisine : « J’ai entendu un grand bruit. »', 'Marie')).toBe('named-source')
  })
})

describe('the Spanish sujeto tácito (RAE-ASALE §33.3): connectors, time adverbials and clitics are no subject (es nonSubjectWords)', () => {
  it('must change: a verb of saying with only closed-class words before it and its clause after it continues the last source', () => {
    expect(es('El alcalde, Juan Pérez, explicó que las obras empezarán en mayo. Sin embargo aclaró que el presupuesto no está cerrado.', 'Sin embargo')).toBe('official')
    expect(es('Los agentes de la Guardia Civil explicaron que el acusado actuó solo. Han añadido también que el acusado tenía antecedentes.', 'Han añadido')).toBe('official')
    expect(es('El portavoz de la Policía Local confirmó el accidente. Esta mañana ha confirmado que el conductor dio positivo.', 'Esta mañana')).toBe('official')
    expect(es('La alcaldesa, Marta Ruiz, explicó que el centro abrirá en junio. Aclaró que, desde el lunes, abrirá por las tardes.', 'Aclaró')).toBe('official')
  })
  it('must not: a subject after the verb, a coordinated verb with its own subject before, and a noun subject are read as before', () => {
    expect(es('Según informaron este domingo fuentes de la investigación, el hecho ocurrió el viernes.', 'Según')).toBe('anonymous-source')
    expect(es('El portavoz de la Policía Local confirmó el accidente. La defensa del acusado reconoce los hechos, pero sostiene que actuó por miedo.', 'La defensa')).toBe('anonymous-source')
    expect(es('El portavoz de la Policía Local confirmó el accidente. Los vecinos aseguran que la calle está cortada.', 'Los vecinos')).toBe('anonymous-source')
    expect(es('El portavoz de la Policía Local confirmó el accidente. Esta mañana ha confirmado un vecino que el conductor huyó.', 'Esta mañana')).toBe('anonymous-source')
  })
})

describe('an office’s belief and its refusal to disclose are the office’s (README s33: refusals; lead decisions 3-4: the version held)', () => {
  it('must change: the office is the subject of a verb of belief or of not disclosing', () => {
    expect(en('Authorities believe the driver was one of several people who called 911.', 'Authorities')).toBe('official')
    expect(en('Firefighters believe the fire started near a wood stove.', 'Firefighters')).toBe('official')
    expect(en('Police have not released his name.', 'Police')).toBe('official')
    expect(en('The sheriff’s office has not identified the suspect.', 'The sheriff')).toBe('official')
    expect(fr('Les enquêteurs privilégient la piste d’un accident domestique.', 'Les enquêteurs')).toBe('official')
    expect(fr('Les gendarmes pensent avoir identifié l’auteur des vols.', 'Les gendarmes')).toBe('official')
    expect(es('La Guardia Civil considera el incendio intencionado.', 'La Guardia')).toBe('official')
    expect(fr('Le parquet n’a ni confirmé ni infirmé ces informations.', 'Le parquet')).toBe('official')
    expect(es('La Policía Nacional no ha facilitado la identidad del detenido.', 'La Policía')).toBe('official')
  })
  it('must not: a resident’s belief is no office’s; the noun "suspect" is no verb; an office inside a clause is no subject', () => {
    expect(en('Some residents believe the bear was drawn by the trash.', 'Some residents')).toBe('unattributed')
    expect(en('The suspect ran from the scene before officers arrived.', 'The suspect')).toBe('unattributed')
    expect(en('Police arrested two burglary suspects on Monday.', 'Police')).toBe('unattributed')
    expect(en('It appears the order was made as the authorities believe that aid is crossing the border.', 'It appears')).toBe('unattributed')
    expect(fr('Les habitants pensent que le feu est parti d’un barbecue.', 'Les habitants')).toBe('anonymous-source')
    expect(fr('Le suspect n’a pas confirmé ses aveux devant le juge.', 'Le suspect')).toBe('unattributed')
  })
})

describe('American initials of an office whose name ends in Office, Bureau, Commission, Authority, Administration or Patrol (en bodyHeads)', () => {
  it('must change: the initials after the office’s full name are the office', () => {
    expect(en('The Florence County Sheriff’s Office said it has a person in custody.\n\nAccording to FCSO, deputies were called to a home on Main Street.', 'According to FCSO')).toBe('official')
    expect(en('The Tennessee Highway Patrol closed the road for hours.\n\nAccording to THP, the driver was not injured.', 'According to THP')).toBe('official')
  })
  it('must not: initials of no office met before stay a named body', () => {
    expect(en('The Springfield Business Office closed on Monday.\n\nAccording to SBO, sales fell by half.', 'According to SBO')).toBe('named-source')
    expect(en('According to ACME, the plant will close in May.', 'According')).toBe('named-source')
  })
})

describe('the Guardia Civil by its epithets, and an English release owned by an office before it (README: an office’s release is the office)', () => {
  it('must change: "el Instituto Armado"; "the Nebraska DHHS press release" (the initials met before)', () => {
    expect(es('Según ha informado el Instituto Armado, los detenidos guardaban armas en una nave.', 'Según')).toBe('official')
    expect(en('The CDC website, along with press releases from Nebraska’s Department of Health and Human Services, or DHHS, listed ten cases.\n\nAccording to the Nebraska DHHS press release, the salad mix was sold in May.', 'According to the Nebraska')).toBe('official')
  })
  it('must not: a private institute stays named, a company’s unnamed release anonymous, unknown initials named', () => {
    expect(es('Según el Instituto Cervantes, el curso empieza en mayo.', 'Según')).toBe('named-source')
    expect(en('According to the company’s press release, sales rose by 10 percent.', 'According')).toBe('anonymous-source')
    expect(en('According to the ACME press release, the plant will close in May.', 'According')).toBe('named-source')
  })
})
