// Language from the writing system: Ukrainian and Russian share the script, and Ukrainian's own letters decide.
import { describe, expect, it } from 'vitest'
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
