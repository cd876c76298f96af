// Language from the writing system, honestly simple: count letters per script in a
// sample; for Latin script, a handful of function words tell en, de, fr, es apart.

const SAMPLE = 20000

const SCRIPTS: [RegExp, string][] = [
  [/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/g, 'ko'],
  [/[\u3040-\u30ff]/g, 'ja'],
  [/[\u4e00-\u9fff]/g, 'zh'],
  [/[\u0400-\u04ff]/g, 'ru'],
  [/[\u0600-\u06ff]/g, 'ar'],
  [/[\u0590-\u05ff]/g, 'he'],
  [/[\u0e00-\u0e7f]/g, 'th'],
  [/[\u0900-\u097f]/g, 'hi'],
  [/[\u0370-\u03ff]/g, 'el'],
  [/[A-Za-z\u00c0-\u024f]/g, 'latin'],
]

// words frequent in one language and rare in the others (no "la", "que", "en": they are shared)
const FUNCTION_WORDS: Record<string, RegExp> = {
  en: /\b(?:the|and|of|to|is|was|that|with|for|are|by|it|were|has|have)\b/g,
  de: /\b(?:der|die|das|und|ist|nicht|mit|sich|dem|den|wurde|ein|eine|auf|im|zu|von|des)\b/g,
  fr: /\b(?:le|les|des|est|et|une|dans|pour|qui|du|au|sur|pas|il|elle|ont|été|aux|ces)\b/g,
  es: /\b(?:el|los|las|del|por|una|con|para|según|y|al|lo|como|más|fue|han|sus|entre|se)\b/g,
}

function count(re: RegExp, text: string): number {
  re.lastIndex = 0
  let n = 0
  while (re.exec(text)) n++
  return n
}

/** BCP 47 primary tag, e.g. "en", "ko", "ru"; "und" when there is no letter at all. */
export function detectLanguage(text: string): string {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text
  let best = 'und'
  let bestCount = 0
  const counts: Record<string, number> = {}
  for (const [re, tag] of SCRIPTS) {
    const n = count(re, sample)
    counts[tag] = n
    if (n > bestCount) {
      best = tag
      bestCount = n
    }
  }
  // Japanese text is mostly kanji; any kana makes it Japanese rather than Chinese
  if (best === 'zh' && counts.ja > 0) best = 'ja'
  if (best === 'ru' && /[іїєґ]/.test(sample)) best = 'uk'
  if (best !== 'latin') return best
  const lower = sample.toLowerCase()
  let lang = 'en'
  let langCount = 0
  for (const [tag, re] of Object.entries(FUNCTION_WORDS)) {
    const n = count(re, lower)
    if (n > langCount) {
      lang = tag
      langCount = n
    }
  }
  return lang
}

/** Below this many letters a paragraph is too short to judge: it takes the article's language. */
const MIN_PARAGRAPH_LETTERS = 40

/**
 * The language of each paragraph (block index → tag), detected on its own text when it is long
 * enough, else the article's. Daily NK pages mix Korean paragraphs with English ones.
 */
export function paragraphLanguage(text: string, lines: { start: number; end: number; block: number }[], fallback: string): (block: number) => string {
  const byBlock = new Map<number, string>()
  let i = 0
  while (i < lines.length) {
    const block = lines[i].block
    let j = i
    while (j + 1 < lines.length && lines[j + 1].block === block) j++
    const sample = text.slice(lines[i].start, Math.min(lines[j].end, lines[i].start + 2000))
    let letters = 0
    for (let k = 0; k < sample.length && letters < MIN_PARAGRAPH_LETTERS; k++) if (/\p{L}/u.test(sample[k])) letters++
    if (letters >= MIN_PARAGRAPH_LETTERS) {
      const tag = detectLanguage(sample)
      if (tag !== 'und' && tag !== fallback) byBlock.set(block, tag)
    }
    i = j + 1
  }
  return (block) => byBlock.get(block) ?? fallback
}
