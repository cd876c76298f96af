// Which language to declare on article text. Chromium picks CJK glyph shapes by `lang`: without
// it, Korean Hanja and shared ideographs may be drawn with Chinese or Japanese forms, and screen
// readers read Korean with an English voice. The article's own tag wins (from the page's
// metadata); otherwise the text's script decides.
import { detectLanguage } from '../../electron/core/extract/language'

const LATIN = new Set(['en', 'de', 'fr', 'es'])

/** The article's language as a BCP 47 tag, or undefined when no letter says. */
export function articleLanguage(declared: string | null | undefined, text: string): string | undefined {
  if (declared) return declared
  const detected = detectLanguage(text)
  return detected === 'und' ? undefined : detected
}

/**
 * A paragraph's own tag, only where its script differs from the article's (a Korean paragraph on
 * an English Daily NK page). Latin paragraphs of a Latin article keep the article's tag: a short
 * line without function words would otherwise be guessed English.
 */
export function paragraphLanguageTag(articleLang: string | undefined, paragraph: string): string | undefined {
  const detected = detectLanguage(paragraph)
  if (detected === 'und' || detected === articleLang) return undefined
  const base = articleLang?.split('-')[0]
  if (base && LATIN.has(base) && LATIN.has(detected)) return undefined
  if (base === detected) return undefined
  return detected
}
