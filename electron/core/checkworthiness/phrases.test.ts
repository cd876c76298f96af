import { describe, expect, it } from 'vitest'
import { combinedCuesFor, CUE_LANGUAGES, cuesFor } from './cues'
import { combinePhrases, compilePhrases, findPhrase, findPhrases, type CompiledPhrases } from './phrases'

const words = (s: string) => s.toLowerCase().split(/\s+/)

describe('cue phrases', () => {
  const cues = compilePhrases(['has|have not|never? been|*ed', '*ly expected', 'very? *est', 'i think'])

  it('finds phrases that open with an exact word, a wildcard or an optional word, at their first position', () => {
    expect(findPhrase(cues, words('The plant has not been reopened since'))).toEqual([2, 3])
    expect(findPhrase(cues, words('The plant has reopened'))).toEqual([2, 2])
    expect(findPhrase(cues, words('Prices rose as widely expected on Monday'))).toEqual([3, 2])
    expect(findPhrase(cues, words('It was the very largest blast'))).toEqual([3, 2])
    expect(findPhrase(cues, words('It was the largest blast'))).toEqual([3, 1])
    expect(findPhrase(cues, words('Honestly I think so'))).toEqual([1, 2])
    // "*ly" needs a stem of three letters: "fly" is not an adverb
    expect(findPhrase(cues, words('Birds fly expected routes'))).toBeNull()
  })

  it('gives the same answers when words come back', () => {
    const sentences = ['Prices rose as widely expected', 'Supply is widely expected to fall', 'The widely read paper', 'Widely expected']
    const first = sentences.map((s) => findPhrase(cues, words(s)))
    expect(sentences.map((s) => findPhrase(cues, words(s)))).toEqual(first)
    expect(first).toEqual([[3, 2], [2, 2], null, [0, 2]])
  })

  it('finds in one pass what each set finds alone (the cue tables, sets searched together)', () => {
    const other = compilePhrases(['*ed by', 'the plant', 'not'])
    const sets = [cues, other]
    const together = combinePhrases(sets)
    for (const s of ['The plant has not been reopened since', 'It was widely expected and then closed by the owners', 'Not the largest', 'nothing here at all']) {
      expect(findPhrases(together, words(s))).toEqual(sets.map((c) => findPhrase(c, words(s))))
    }
    const sentences: Record<string, string[]> = {
      en: ['I think we have not been told the largest figures since last year, according to officials.', 'Thank you, ladies and gentlemen.', 'Prices rose by at least ten percent.'],
      de: ['Ich glaube, die Polizei hat nicht mehr als zwei Männer festgenommen, sagte der Sprecher.', 'Vielen Dank.'],
      fr: ["Selon la police, le maire a déclaré qu'il y a au moins deux blessés.", 'Je pense que non.'],
      es: ['Según la policía, el alcalde dijo que han detenido al menos a dos personas.', 'Creo que no.'],
      ru: ['По словам полиции, мэр заявил, что были задержаны не менее двух человек.', 'Я думаю, нет.'],
    }
    for (const language of CUE_LANGUAGES) {
      const { sets: joined, slot } = combinedCuesFor(language)
      for (const s of sentences[language] ?? []) {
        const tokens = s.toLowerCase().split(/[\s,.]+/).filter(Boolean)
        const found = findPhrases(joined, tokens)
        cuesFor(language).forEach(([, cue], j) => {
          if (!(cue instanceof RegExp)) expect(found[slot[j]]).toEqual(findPhrase(cue as CompiledPhrases, tokens))
        })
      }
    }
  })
})
