import { describe, expect, it } from 'vitest'
import { compilePhrases, findPhrase } from './phrases'

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
})
