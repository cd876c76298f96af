// Language from the writing system, honestly simple: count letters per script in a
// sample; for Latin script, a handful of function words (lang/detection.ts) tell en, de, fr, es apart.

import { FUNCTION_WORDS } from '../lang/detection'

const SAMPLE = 20000

// one pattern per language; `\b` is the ASCII word boundary the detector has always counted with
const FUNCTION_PATTERNS: [string, RegExp][] = FUNCTION_WORDS.map(([code, words]) => [code, new RegExp(`\\b(?:${words.join('|')})\\b`, 'g')])

function count(re: RegExp, text: string): number {
  re.lastIndex = 0
  let n = 0
  while (re.exec(text)) n++
  return n
}

/** Script of one UTF-16 code unit, as an index into SCRIPT_TAGS; -1 for none. */
function scriptOf(c: number): number {
  if (c < 0x41) return -1
  if (c <= 0x7a) return (c <= 0x5a || c >= 0x61) ? 9 : -1
  if (c >= 0xc0 && c <= 0x24f) return c === 0xd7 || c === 0xf7 ? -1 : 9
  if (c >= 0xac00 && c <= 0xd7af) return 0
  if ((c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) return 0
  if (c >= 0x3040 && c <= 0x30ff) return 1
  if (c >= 0x4e00 && c <= 0x9fff) return 2
  if (c >= 0x400 && c <= 0x4ff) return 3
  if (c >= 0x600 && c <= 0x6ff) return 4
  if (c >= 0x590 && c <= 0x5ff) return 5
  if (c >= 0xe00 && c <= 0xe7f) return 6
  if (c >= 0x900 && c <= 0x97f) return 7
  if (c >= 0x370 && c <= 0x3ff) return 8
  return -1
}
const SCRIPT_TAGS = ['ko', 'ja', 'zh', 'ru', 'ar', 'he', 'th', 'hi', 'el', 'latin']

const UKRAINIAN_LETTER = /[іїєґІЇЄҐ]/g
/**
 * Ukrainian by its own letters, as a share of the Cyrillic ones: "і" alone is about one letter in twenty of Ukrainian
 * text. One Ukrainian footer line ("Опублікував …") under a Russian article must not make the article Ukrainian (session 32,
 * ruko5: the Russian pack was then never used on that page).
 */
function ukrainian(sample: string, cyrillic: number): boolean {
  const n = sample.match(UKRAINIAN_LETTER)?.length ?? 0
  return n >= 3 && n * 100 >= cyrillic
}

/** BCP 47 primary tag, e.g. "en", "ko", "ru"; "und" when there is no letter at all. */
export function detectLanguage(text: string): string {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text
  // one pass over the code units: this runs per paragraph, so it must stay cheap
  const counts = new Array<number>(SCRIPT_TAGS.length).fill(0)
  for (let i = 0; i < sample.length; i++) {
    const k = scriptOf(sample.charCodeAt(i))
    if (k >= 0) counts[k]++
  }
  let bestIndex = -1
  for (let k = 0; k < counts.length; k++) if (counts[k] > 0 && (bestIndex < 0 || counts[k] > counts[bestIndex])) bestIndex = k
  if (bestIndex < 0) return 'und'
  let best = SCRIPT_TAGS[bestIndex]
  // Japanese text is mostly kanji; any kana makes it Japanese rather than Chinese
  if (best === 'zh' && counts[1] > 0) best = 'ja'
  if (best === 'ru' && ukrainian(sample, counts[3])) best = 'uk'
  if (best !== 'latin') return best
  const lower = sample.toLowerCase()
  let lang = 'en'
  let langCount = 0
  for (const [tag, re] of FUNCTION_PATTERNS) {
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
const PARAGRAPH_SAMPLE = 600

/** The dominant script of a sample (index into SCRIPT_TAGS) and its letter count. */
function dominantScript(text: string, start: number, end: number): { script: number; letters: number } {
  const counts = new Array<number>(SCRIPT_TAGS.length).fill(0)
  let letters = 0
  for (let i = start; i < end; i++) {
    const k = scriptOf(text.charCodeAt(i))
    if (k >= 0) {
      counts[k]++
      letters++
    }
  }
  let script = -1
  for (let k = 0; k < counts.length; k++) if (counts[k] > 0 && (script < 0 || counts[k] > counts[script])) script = k
  return { script, letters }
}

/**
 * The language of each paragraph (block index → tag). A paragraph in another script than the
 * article's (a Korean paragraph on an English Daily NK page) gets its own language; paragraphs in
 * the article's script keep the article's language, which keeps this one cheap pass per paragraph.
 */
export function paragraphLanguage(text: string, lines: { start: number; end: number; block: number }[], fallback: string): (block: number) => string {
  const byBlock = new Map<number, string>()
  const docScript = SCRIPT_TAGS.indexOf(['en', 'de', 'fr', 'es'].includes(fallback) ? 'latin' : fallback === 'ru' || fallback === 'uk' ? 'ru' : fallback)
  let i = 0
  while (i < lines.length) {
    const block = lines[i].block
    let j = i
    while (j + 1 < lines.length && lines[j + 1].block === block) j++
    const end = Math.min(lines[j].end, lines[i].start + PARAGRAPH_SAMPLE)
    const { script, letters } = dominantScript(text, lines[i].start, end)
    if (letters >= MIN_PARAGRAPH_LETTERS && script >= 0 && script !== docScript) {
      const tag = detectLanguage(text.slice(lines[i].start, end))
      if (tag !== 'und' && tag !== fallback) byBlock.set(block, tag)
    }
    i = j + 1
  }
  return (block) => byBlock.get(block) ?? fallback
}
