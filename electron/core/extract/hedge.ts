// Hedges: words that tell the reader the outlet does not vouch for the claim itself.
// English is covered well; Korean, German and French get their most common cues.
import type { ExtractedHedge } from './types'

const ENGLISH =
  /\b(?:according to (?:unconfirmed|unverified) reports|(?:is|are|was|were) (?:said|believed|thought|rumou?red|understood|alleged|reported|claimed) to|reportedly|allegedly|purportedly|apparently|supposedly|seemingly|ostensibly|presumably|rumou?red|(?:it )?(?:seems|seem|seemed|appears|appear|appeared) (?:to|that|as if)|(?:seems|seem|seemed)\b|it appears|unconfirmed reports?|unverified reports?)\b/i

// Korean hedges sit at the end of the clause; no \b around Hangul
const KOREAN = /(?:것으로 알려졌다|것으로 전해졌다|것으로 보인다|것으로 추정된다|것으로 추정|로 알려졌다|라고 한다|다고 한다|는 후문이다|는 소문|의혹|주장이 제기)/
const GERMAN = /\b(?:angeblich|mutmaßlich|offenbar|scheinbar|vermutlich|Berichten zufolge|soll(?:en|te|ten)? (?:\S+ ){0,8}?(?:haben|sein|worden))\b/iu
const FRENCH = /\b(?:aurait|auraient|apparemment|prétendument|présumée?s?|semble(?:nt)?|selon des informations non confirmées|selon certaines sources)\b/i

const NO_HEDGE: ExtractedHedge = { hedged: false, cue: null }

/** Longest useful hedge scan: hedges govern the main clause, so the head of a huge sentence is enough. */
const MAX_SCAN = 2000

export function findHedge(sentence: string, language: string): ExtractedHedge {
  const head = sentence.length > MAX_SCAN ? sentence.slice(0, MAX_SCAN) : sentence
  const patterns = [ENGLISH]
  if (language === 'ko') patterns.unshift(KOREAN)
  else if (language === 'de') patterns.unshift(GERMAN)
  else if (language === 'fr') patterns.unshift(FRENCH)
  for (const re of patterns) {
    const m = re.exec(head)
    if (m) return { hedged: true, cue: normaliseCue(m[0]) }
  }
  return NO_HEDGE
}

function normaliseCue(cue: string): string {
  const lower = cue.toLowerCase()
  // "seems to" → "seems": the cue is the hedging word, not its complement
  return lower.replace(/ (?:to|that|as if)$/, '')
}
