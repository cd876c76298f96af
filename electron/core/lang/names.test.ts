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
