import { describe, expect, it } from 'vitest'
import { wordBounded } from './index'
import { unicodeBoundaries, WORD_CLASS } from './word-boundary'

const START = `(?<![${WORD_CLASS}])`
const END = `(?![${WORD_CLASS}])`

describe('unicodeBoundaries: one look-around where the pattern shows the word side', () => {
  it('uses a look-behind before a word and a look-ahead after one', () => {
    expect(unicodeBoundaries('\\bselon\\b')).toBe(`${START}selon${END}`)
    expect(unicodeBoundaries('\\b(?:laut|nach)\\b')).toBe(`${START}(?:laut|nach)${END}`)
    // an optional last letter: the word still ends in a letter
    expect(unicodeBoundaries('(?:Zeugen?)\\b')).toBe(`(?:Zeugen?)${END}`)
  })

  it('keeps the two-sided test where either side may be a non-word', () => {
    expect(unicodeBoundaries('\\b(?:\\(foto|EFE)')).toContain('|(?<=')
    expect(unicodeBoundaries('x?\\b')).toContain('|(?<=')
    expect(unicodeBoundaries('[^.]\\b')).toContain('|(?<=')
  })

  it('leaves \\b inside a class (backspace) and escaped backslashes alone', () => {
    expect(unicodeBoundaries('[\\b]a')).toBe('[\\b]a')
    expect(unicodeBoundaries('\\\\b')).toBe('\\\\b')
  })
})

describe('wordBounded: the same matches as a two-sided Unicode boundary', () => {
  const cases: [RegExp, string, boolean][] = [
    [/\bpolicía\b/i, 'la policía dijo', true],
    [/\bpolicía\b/i, 'policías', false],
    [/\bministère\b/iu, 'Le ministère a', true],
    [/\bСК\b/u, 'мужчина скончался', false],
    [/\bСК\b/u, 'в СК заявили', true],
    [/\b(?:Zeugen?|Anwohner(?:in|innen)?)\b/iu, 'eine Anwohnerin sagte', true],
    [/\b(?:Zeugen?|Anwohner(?:in|innen)?)\b/iu, 'Anwohnerinnenschaft', false],
    [/\bFoto\s*:\s*[^.]{1,60}$/iu, 'Bomberos en la calle. Foto: Juan Pérez', true],
    [/\bFoto\s*:\s*[^.]{1,60}$/iu, 'ÁlbumFoto: Juan', false],
  ]
  it.each(cases)('%s on %j', (re, text, expected) => {
    expect(wordBounded(re).test(text)).toBe(expected)
  })
})
