// Session 35 (src14): sourcing by mechanism. The largest mechanism on the diagnosis sets (speakers dev10/check10, carry set 10, carry
// set 11 dev) after "cue not found" is "cue found, type wrong", and its largest part is a private body's voice read as an office's:
// "officials with the clinic", "a spokesperson with the clinic", "the union said". Written from the README's rules (s33: a company's
// spokesman is `named`; s34: an organisation the text identifies is `named`, its unnamed members are `anon`; "a job's employer
// decides"), with invented sentences: cells that must change (they fail on main 6958edf) and near misses that must not.
import { describe, expect, it } from 'vitest'
import { de, en, es, fr } from './__fixtures__/sourcing-in'

describe("a private body's voice: the body by its generic noun, its spokesperson, its unnamed members", () => {
  it('must change: a union, a company, a clinic by its noun is named; its unnamed members are anon; "with" joins a spokesperson to it', () => {
    expect(en('FairPoint is laying off 110 workers. The union said 28 workers would be laid off in Vermont.', 'The union')).toBe('named-source')
    expect(en('The clinic reopened on Monday. Staff called every patient, according to the clinic.', 'Staff')).toBe('named-source')
    expect(en('The clinic reopened on Monday. On Friday, officials with the clinic said staff took precautions.', 'On Friday')).toBe('anonymous-source')
    expect(en('FairPoint is laying off 110 workers. A union representative told NBC5 that 144 workers were being cut.', 'A union')).toBe('anonymous-source')
    expect(en('The clinic reopened on Monday. "The clinic will call everyone," said Kelly Love, a spokesperson with the clinic.', '"The clinic')).toBe('named-source')
    expect(es('La fábrica cerrará en marzo. Según la empresa, los despidos afectarán a 60 personas.', 'Según')).toBe('named-source')
    expect(fr("L'usine fermera en mars. Selon le syndicat, 60 salariés seront licenciés.", 'Selon')).toBe('named-source')
    expect(de('Das Werk schließt im März. Laut der Gewerkschaft sind 60 Beschäftigte betroffen.', 'Laut')).toBe('named-source')
  })
  it('must not: an office, its officials and its spokesperson stay official; a company spokesperson stays named; people with no body stay anon', () => {
    expect(en('The bridge closed. Officials with the county health department said the water was safe.', 'Officials')).toBe('official')
    expect(en('The bridge closed. County officials said the trucks were rerouted.', 'County')).toBe('official')
    expect(en('The bridge closed. A spokeswoman for the sheriff’s office said the road was icy.', 'A spokeswoman')).toBe('official')
    expect(en('The bridge closed. A spokeswoman for Alder Freight said the trucks were rerouted.', 'A spokeswoman')).toBe('named-source')
    expect(en('The bridge closed. Residents said the trucks were rerouted.', 'Residents')).toBe('anonymous-source')
    expect(es('El puente cerró. Los trabajadores del ayuntamiento aseguraron que el agua es potable.', 'Los trabajadores')).toBe('official')
  })
})

describe('a heading line that names a person gives its speaker to the quotation right below it (README s34, "La réaction de David Le Moal")', () => {
  it('must change: a heading of the pack\'s words and a name, a title and a name, a name with a given name, above a quote', () => {
    expect(fr('Les U17 ont perdu 1-2 face à Clermont.\n\nLa réaction de David Le Moal\n\n"Malheureusement, on paye encore une mauvaise entame. On a eu beaucoup de mal parce qu\'on était vite sous pression."', 'On a eu')).toBe('named-source')
    expect(en('The team lost 0-3 on Sunday.\n\nReaction from coach Tom Reyes\n\n"We were not good enough. We lost our captain to injury in the first half."', 'We lost')).toBe('named-source')
    expect(de('Werder verliert 0:5 in Mainz.\n\nSportchef Frank Baumann\n\n„Ich bin schon ein Stück weit sprachlos. Wir haben zwei Spieler verletzt verloren.“', '„Ich bin')).toBe('named-source')
    expect(es('El equipo perdió 0-3 el domingo.\n\nPalabras de Juan Pérez\n\n"No estuvimos bien. Perdimos al capitán por una lesión en la primera parte."', 'Perdimos')).toBe('named-source')
  })
  it('must not: a place or a section heading names nobody; a quote with no heading above it is read as before', () => {
    expect(en('The team lost 0-3 on Sunday.\n\nSpringfield Road\n\n"We were not good enough. We lost our captain to injury in the first half."', 'We lost')).toBe('anonymous-source')
    expect(en('The team lost 0-3 on Sunday.\n\nWhat happened next\n\n"We were not good enough. We lost our captain to injury in the first half."', 'We lost')).toBe('anonymous-source')
    expect(en('The team lost 0-3 on Sunday, coach Tom Reyes said.\n\n"We were not good enough. We lost our captain to injury in the first half."', 'We lost')).toBe('named-source')
    expect(fr('Les U17 ont perdu 1-2 face à Clermont.\n\nLe match en bref.\n\n"Malheureusement, on paye encore une mauvaise entame. On a eu beaucoup de mal parce qu\'on était vite sous pression."', 'On a eu')).toBe('unattributed')
  })
})
