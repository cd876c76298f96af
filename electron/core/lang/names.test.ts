// The packs' `names` words (session 31: moved out of sourcing.ts). Each language's patterns find its own invented
// examples, whole, and the age in the one group; sourcing-grammar.test.ts checks what the engine does with them.
import { describe, expect, it } from 'vitest'
import { PACKS } from '.'

const CASES: Record<string, { body: string; bodyNoun: string; club: string; age: [string, string]; opener?: string }> = {
  en: { body: 'Department', bodyNoun: 'the agency', club: 'the club', age: ['the 34-year-old woman', '34'], opener: 'According' },
  de: { body: 'Landratsamt', bodyNoun: 'die Einrichtung', club: 'der Verein', age: ['der 34-Jährige', '34'], opener: 'Laut' },
  es: { body: 'Ayuntamiento', bodyNoun: 'la entidad', club: 'el club', age: ['la joven de 34 años', '34'], opener: 'Según' },
  fr: { body: 'Préfecture', bodyNoun: "l'organisme", club: "l'association", age: ['le jeune homme âgé de 34 ans', '34'], opener: 'Selon' },
}

describe('pack names words', () => {
  for (const [code, c] of Object.entries(CASES)) {
    it(`${code}: body head, body noun, private body, age noun and sentence opener`, () => {
      const n = PACKS[code].names!
      const whole = (re: RegExp | undefined, text: string) => new RegExp(`^(?:${re!.source})$`, re!.flags.replace('g', '')).test(text)
      expect(whole(n.bodyHeads, c.body)).toBe(true)
      expect(whole(n.bodyNouns, c.bodyNoun)).toBe(true)
      expect(whole(n.privateBodyNouns, c.club)).toBe(true)
      expect(whole(n.privateBodyNouns, c.bodyNoun)).toBe(false)
      const m = n.ageNouns!.exec(c.age[0])
      expect(m?.slice(1).find((g) => g !== undefined)).toBe(c.age[1])
      if (c.opener) expect(whole(n.openers, c.opener)).toBe(true)
      // a name is not an opener
      expect(whole(n.openers, 'Martinez')).toBe(false)
    })
  }
  it('ru: an age adjective and an age noun', () => {
    const n = PACKS.ru.names!
    expect(n.ageNouns!.exec('34-летний мужчина')?.[1]).toBe('34')
    expect(new RegExp(`^(?:${n.ageAdjectives!.source})$`, 'u').test('летняя')).toBe(true)
  })
})

// session 32: the weak roles, the words that name nobody and the connectors inside a name moved here from sourcing.ts
const PEOPLE: Record<string, { weak: string[]; notName?: [string, string]; connector?: [string, string] }> = {
  en: { weak: ['residents', 'a witness', 'neighbours'], notName: ['Police', 'Martinez'], connector: ['of', 'Martinez'] },
  de: { weak: ['Anwohnerinnen', 'Augenzeugen'], notName: ['Der', 'Brandt'], connector: ['von', 'Brandt'] },
  es: { weak: ['vecinas', 'testigos', 'los habitantes'], notName: ['Los', 'López'], connector: ['del', 'López'] },
  fr: { weak: ['riverains', 'un témoin'], notName: ['Les', 'Dupont'], connector: ['du', 'Dupont'] },
  ru: { weak: ['местные жители', 'очевидцы', 'соседка'] },
  ko: { weak: ['인근 주민'] },
}

describe('pack names words for people', () => {
  for (const [code, c] of Object.entries(PEOPLE)) {
    it(`${code}: weak roles found inside a span; words that name nobody and name connectors, whole`, () => {
      const n = PACKS[code].names!
      for (const w of c.weak) expect(new RegExp(n.weakRoles!.source, 'iu').test(w), w).toBe(true)
      expect(new RegExp(n.weakRoles!.source, 'iu').test('Martinez'), 'a name is no role').toBe(false)
      const whole = (re: RegExp, text: string) => new RegExp(`^(?:${re.source})$`, re.flags).test(text)
      if (c.notName) {
        expect(whole(n.notNames!, c.notName[0])).toBe(true)
        expect(whole(n.notNames!, c.notName[1])).toBe(false)
      }
      if (c.connector) {
        expect(whole(n.nameConnectors!, c.connector[0])).toBe(true)
        expect(whole(n.nameConnectors!, c.connector[1])).toBe(false)
      }
    })
  }
})
