// Language from the writing system: Ukrainian and Russian share the script, and Ukrainian's own letters decide.
import { describe, expect, it } from 'vitest'
import { PACKS } from '../lang'
import { FUNCTION_WORDS } from '../lang/detection'
import { detectLanguage } from './language'

const RUSSIAN = 'В понедельник в центре города загорелся жилой дом. По словам спасателей, пострадавших нет, жильцов эвакуировали. Причины пожара устанавливаются.'
const UKRAINIAN = 'У понеділок у центрі міста загорівся житловий будинок. За словами рятувальників, постраждалих немає, мешканців евакуювали.'

describe('detectLanguage: Russian and Ukrainian', () => {
  it('reads Ukrainian text as Ukrainian and Russian text as Russian', () => {
    expect(detectLanguage(UKRAINIAN)).toBe('uk')
    expect(detectLanguage(RUSSIAN)).toBe('ru')
  })

  it('keeps a Russian article Russian under a Ukrainian footer line', () => {
    expect(detectLanguage(`${RUSSIAN}\n${RUSSIAN}\n\nОпублікував: Іван Петренко`)).toBe('ru')
  })

  it('reads a short Ukrainian note as Ukrainian', () => {
    expect(detectLanguage('Фото: архів редакції, світлина з місця події')).toBe('uk')
    // two letters of its own are too few to tell
    expect(detectLanguage('Іван Петров')).toBe('ru')
  })
})

describe('detectLanguage: the Latin-script languages', () => {
  it('has a function-word row for every pack written in Latin script, and only for packs', () => {
    const latin = Object.values(PACKS).filter((p) => /^[\p{Script=Latin}\s]+$/u.test(p.name)).map((p) => p.code).sort()
    expect(latin.length).toBeGreaterThanOrEqual(4)
    expect(FUNCTION_WORDS.map(([code]) => code).sort()).toEqual(latin)
  })

  it('tells English, German, French and Spanish apart by their function words', () => {
    expect(detectLanguage('The mayor said that the bridge was closed for repairs and that it has been unsafe for years.')).toBe('en')
    expect(detectLanguage('Der Bürgermeister sagte, die Brücke sei wegen Reparaturen gesperrt und nicht mehr sicher.')).toBe('de')
    expect(detectLanguage('Le maire a déclaré que le pont est fermé pour des travaux et qu’il pose des problèmes depuis des années.')).toBe('fr')
    expect(detectLanguage('El alcalde dijo que el puente está cerrado por obras y que los vecinos se quejan desde hace años.')).toBe('es')
  })

  it('gives a tie to the language listed first (English as the fallback)', () => {
    // one French and one Spanish function word and no English or German one: a real tie, fr and es at one each, and
    // French is listed before Spanish, in either order in the text
    const counts = (text: string) =>
      Object.fromEntries(FUNCTION_WORDS.map(([code, words]) => [code, text.toLowerCase().split(/[^\p{L}]+/u).filter((w) => words.includes(w)).length]))
    for (const text of ['Dans Madrid para Lyon', 'Para Lyon dans Madrid']) {
      expect(counts(text)).toEqual({ en: 0, de: 0, fr: 1, es: 1 })
      expect(detectLanguage(text)).toBe('fr')
    }
    // no function word at all (every count zero): English, listed first, is the fallback
    expect(detectLanguage('Moscow')).toBe('en')
  })
})
