// Session 34 (lead): a speaker's label before a colon with one surname or a short title ("Neudert: „…“", "OB Neudert: „…“"), and a
// transcript's turn with no quote after the colon ("Jean Blandin: Non."), name who speaks when the label is a person met before in
// the text; the first-person sentences of the same turn go on with that speaker. Found from the aggregate sourcing confusion over all
// spent sets (de/fr officials read as unattributed). Invented sentences: cells that fail on main e1d7a27 and near misses that stay.
import { describe, expect, it } from 'vitest'
import { de, fr } from './__fixtures__/sourcing-in'

describe('a label before a colon names a person met before', () => {
  it('must change: a surname alone, a title and a surname, a transcript turn with no quote', () => {
    const mayor = 'Oberbürgermeister Armin Neudert lobte die Ausstellung im Rathaus.'
    expect(de(`${mayor} Neudert: "Wir hatten auf eine gute Resonanz gehofft."`, 'Neudert:')).toBe('official')
    expect(de(`${mayor} OB Neudert: "Den Wunsch können wir erfüllen."`, 'OB Neudert')).toBe('official')
    const chief = 'Die Feuerwehr Nürnberg rückte 2023 zu 4000 Einsätzen aus.\n\nDie Berufsfeuerwehr Nürnberg hat 600 Beschäftigte. Bastian Richter ist dort seit 2015 Einsatzleiter. Welche Aufgaben haben Sie?'
    expect(de(`${chief}\n\nBastian Richter: Als Einsatzleiter bin ich für die Koordination verantwortlich.`, 'Bastian Richter:')).toBe('official')
    expect(de(`${chief}\n\nBastian Richter: Als Einsatzleiter bin ich für die Koordination verantwortlich. Bei Bedarf lasse ich weitere Kräfte alarmieren.`, 'Bei Bedarf')).toBe('official')
    const visit = 'La commune de Vay a ouvert une école en 2005.\n\nJean Blandin habite au village depuis 1980. Combien d’habitants compte la commune ?'
    expect(fr(`${visit}\n\nJean Blandin: Au dernier recensement, 2 008 habitants.`, 'Jean Blandin:')).toBe('named-source')
  })
  it('must not: a word before a colon that is no person met before', () => {
    expect(de('Die Straße war am Morgen gesperrt.\n\nUpdate: Die Straße ist wieder frei.', 'Update:')).toBe('unattributed')
    expect(de('Die Polizei sucht Zeugen.\n\nBerlin Mitte: Ein Radfahrer wurde verletzt.', 'Berlin Mitte')).toBe('unattributed')
    expect(fr('Les pompiers sont intervenus.\n\nAttention: la route reste fermée jusqu’à lundi.', 'Attention')).toBe('unattributed')
  })
})
