// The language packs the extractor knows. Adding a language: write its pack, add it here.
import { de } from './de'
import { en } from './en'
import { es } from './es'
import { fr } from './fr'
import { ko } from './ko'
import { findNumbers, parseNumber, type FoundNumber } from './numbers'
import { ru } from './ru'
import type { LanguagePack } from './types'

export type * from './types'
export type { FoundNumber } from './numbers'

export const PACKS: Record<string, LanguagePack> = { en, ko, de, es, fr, ru }

/** The pack for a BCP 47 tag ("de-AT" → de); English when the language has no pack. */
export function packFor(language: string | null | undefined): LanguagePack {
  const primary = (language ?? 'en').toLowerCase().split(/[-_]/)[0]
  return PACKS[primary] ?? en
}

/** True when a pack exists for the language (not the English fallback). */
export function hasPack(language: string): boolean {
  return language.toLowerCase().split(/[-_]/)[0] in PACKS
}

/** A number word or phrase in the language to its value: ("quince", "es") → 15, ("열두", "ko") → 12. */
export function parseNumberWords(phrase: string, language: string): number | null {
  return parseNumber(phrase, packFor(language).numbers)
}

/** Every number in a text, digits or words, with value and bound ("al menos quince" → 15, at-least). */
export function numbersIn(text: string, language: string): FoundNumber[] {
  return findNumbers(text, packFor(language).numbers)
}
