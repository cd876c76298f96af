// Seventh-round rules for English, Spanish and Korean (session 22), one invented example each with a
// case that must not change: office and title lexicons in their forms, reporting verbs that are
// actions (calling in a fire, filing a complaint), the outlet speaking for itself, bylines in more page shapes.
import { describe, expect, it } from 'vitest'
import { extract } from './index'
import { claimOf } from './__fixtures__/claim-of'

const type = (text: string, fragment: string, language: string) => claimOf(text, fragment, language).sourcing.type

describe('English offices and titles', () => {
  it('an abbreviated rank keeps its dot: "Sgt. John Smith said", "said Capt. Mary Jones of …"', () => {
    expect(type('Fire\n\nSgt. John Smith said two people died.', 'two people', 'en')).toBe('official')
    expect(type('Fire\n\nTwo people died, said Capt. Mary Jones of the Springfield Fire Department.', 'Two people', 'en')).toBe('official')
    // a private person with an honorific stays named
    expect(type('Fire\n\nDr. John Smith said two people died.', 'two people', 'en')).toBe('named-source')
  })

  it('a name with an office in apposition is official, and so is its surname later', () => {
    const text = 'Arrest\n\nMike Green, public information officer for the sheriff\'s office, said a man was arrested. Green said he was 34.'
    expect(type(text, 'a man was arrested', 'en')).toBe('official')
    expect(type(text, 'he was 34', 'en')).toBe('official')
    const neighbour = 'Arrest\n\nMike Green, a neighbor of the family, said a man was arrested. Green said he was 34.'
    expect(type(neighbour, 'a man was arrested', 'en')).toBe('named-source')
    expect(type(neighbour, 'he was 34', 'en')).toBe('named-source')
  })

  it('ranks and offices of local government, courts and emergency services', () => {
    for (const speaker of ['Undersheriff Amy Cole', 'Det Insp Ian Moore', 'Cllr Jo Smith', 'Battalion Chief Ron Park', 'Coroner Bill Hart', 'Fire Marshal Joe King', 'County Commissioner Bob Ash'])
      expect(type(`Fire\n\n${speaker} said three engines responded.`, 'three engines', 'en'), speaker).toBe('official')
    expect(type('Fire\n\nJo Smith, a resident, said three engines responded.', 'three engines', 'en')).toBe('named-source')
  })

  it('bodies that speak for an office: investigators, deputies, firefighters, the city', () => {
    for (const speaker of ['Investigators', 'Deputies', 'Firefighters', 'The city', "The coroner's office"])
      expect(type(`Fire\n\n${speaker} said the fire was set on purpose.`, 'set on purpose', 'en'), speaker).toBe('official')
    expect(type('Fire\n\nNeighbors said the fire was set on purpose.', 'set on purpose', 'en')).toBe('anonymous-source')
  })
})
