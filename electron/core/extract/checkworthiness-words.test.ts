// Check-worthiness's coarse signals read their words from the packs (session 32: moved out of the engine). Each
// language's invented sentence shows each kind of word; a nearby sentence without them shows none.
import { describe, expect, it } from 'vitest'
import { scoreSentence, SIGNALS } from './checkworthiness'

const signalsOf = (sentence: string, language: string) => scoreSentence({ sentence, language, attributed: false, hedged: false, quoted: false }).signals

const CASES: [string, string, string[]][] = [
  ['en', 'Three workers were injured on Monday.', [SIGNALS.number, SIGNALS.date, SIGNALS.factualVerb]],
  ['en', 'The council should apologise.', [SIGNALS.opinion]],
  ['de', 'Am Montag wurden fünf Arbeiter verletzt.', [SIGNALS.number, SIGNALS.date, SIGNALS.factualVerb]],
  ['de', 'Die Stadt sollte sich entschuldigen.', [SIGNALS.opinion]],
  ['fr', 'Deux ouvriers ont été blessés en février.', [SIGNALS.number, SIGNALS.date, SIGNALS.factualVerb]],
  ['fr', 'La mairie devrait présenter des excuses.', [SIGNALS.opinion]],
  ['ko', '지난달 공장에서 수백 명이 부상했다.', [SIGNALS.number, SIGNALS.date, SIGNALS.factualVerb]],
  ['ko', '그런 결정은 잘못이다.', [SIGNALS.opinion]],
]

describe('check-worthiness words from the packs', () => {
  for (const [language, sentence, want] of CASES) {
    it(`${language}: ${sentence}`, () => {
      const signals = signalsOf(sentence, language)
      for (const s of want) expect(signals, s).toContain(s)
    })
  }

  it('finds none of the four kinds in a sentence without their words, in each language', () => {
    for (const [language, sentence] of [['en', 'The bridge is blue.'], ['de', 'Die Brücke ist blau.'], ['fr', 'Le pont est bleu.'], ['ko', '다리는 파랗다.']]) {
      const signals = signalsOf(sentence, language)
      for (const s of [SIGNALS.number, SIGNALS.date, SIGNALS.factualVerb, SIGNALS.opinion]) expect(signals, `${language}: ${s}`).not.toContain(s)
    }
  })

  it('keeps Korean words inside longer words (no word boundary) and reads a year as a date in any language', () => {
    expect(signalsOf('폭발사고가 났다.', 'ko')).toContain(SIGNALS.factualVerb)
    expect(signalsOf('El puente se abrió en 1998.', 'es')).toContain(SIGNALS.date)
    // the Latin words keep their boundaries: "often" holds "ten", and is no number
    expect(signalsOf('It often rains.', 'en')).not.toContain(SIGNALS.number)
  })
})
