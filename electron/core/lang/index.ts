// The language packs the extractor knows. Adding a language: write its pack, add it here.
import { de } from './de'
import { en } from './en'
import { es } from './es'
import { fr } from './fr'
import { ko } from './ko'
import { findNumbers, parseNumber, type FoundNumber } from './numbers'
import { ru } from './ru'
import type { LanguagePack } from './types'
import { unicodeBoundaries } from './word-boundary'

export type * from './types'
export type { FoundNumber } from './numbers'

export const PACKS: Record<string, LanguagePack> = { en, ko, de, es, fr, ru }

/** The pack for a BCP 47 tag ("de-AT" → de); English when the language has no pack. */
export function packFor(language: string | null | undefined): LanguagePack {
  const tag = language ?? 'en'
  // the extractor asks for every sentence, with a handful of tags: each is read once
  let pack = packByTag.get(tag)
  if (pack === undefined) {
    pack = PACKS[tag.toLowerCase().split(/[-_]/)[0]] ?? en
    if (packByTag.size < 256) packByTag.set(tag, pack)
  }
  return pack
}
const packByTag = new Map<string, LanguagePack>()

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

// letters of the scripts the packs cover, as a plain class: \p{L} under the i flag is slow to compile
const L = 'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF\\u1100-\\u11FF\\u3130-\\u318F\\uAC00-\\uD7AF'
/** Replaces \b by its Unicode-aware form (word-boundary.ts), then \p{L} (inside or outside a character class) by a plain class. */
function widen(source: string): string {
  const bounded = unicodeBoundaries(source)
  let out = ''
  let inClass = false
  for (let i = 0; i < bounded.length; i++) {
    const c = bounded[i]
    if (c === '\\') {
      if (bounded.startsWith('\\p{L}', i)) {
        out += inClass ? L : `[${L}]`
        i += 4
      } else {
        out += c + bounded[i + 1]
        i += 1
      }
      continue
    }
    if (c === '[') inClass = true
    else if (c === ']') inClass = false
    // Swiss and Liechtenstein German write ss for ß ("heisst es", "gemäss", "äusserte"): every German cue reads both
    if (c === 'ß' && !inClass) {
      out += '(?:ß|ss)'
      continue
    }
    out += c
  }
  return out
}

const compiled = new WeakMap<RegExp, RegExp>()

/**
 * The pattern with `\b` made Unicode-aware, so "ministère\b" and "policía\b" work: in JavaScript
 * `\b` only knows ASCII letters. Flags are kept, `u` is added. Cached per pattern.
 */
export function wordBounded(re: RegExp): RegExp {
  let out = compiled.get(re)
  if (!out) {
    const flags = re.flags.includes('u') ? re.flags : `${re.flags}u`
    // only patterns with letters beyond ASCII need the wider boundary; \p{L} becomes a plain
    // class because V8 compiles (and re-compiles when it tiers up) \p{L} under /iu very slowly
    const wide = /[^\x00-\x7f]|\\p\{L\}/.test(re.source)
    out = wide ? new RegExp(widen(re.source), flags) : re
    compiled.set(re, out)
  }
  return out
}
