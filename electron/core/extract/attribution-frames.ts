// Frames with no reporting verb of their own: a speaker label before a colon and a quote, an office's "own account"
// ("nach eigenen Angaben"), and a speakerless "wie es hieß".
import { wordBounded, type LanguagePack } from '../lang'
import type { AttributionContext, FoundAttribution } from './attribution-types'
import { make } from './attribution-span'
import { gatedExec } from './required-literals'
import { hasSourceWord } from './sourcing'

/** A name (and its role) set before a colon and a quote, as transcripts and interviews print it (a dot inside is an abbreviation: the segmenter has cut sentences). */
const SPEAKER_LABEL = /^(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2})(?:,\s*[^:«»“”"„!?]{1,80})?:\s*[«"“„]/u

/**
 * Session 28: a verdict or answer of someone before a colon, "Das Fazit der Ermittler: „…“", "La respuesta del ayuntamiento:
 * …", "La réponse de la préfecture : …", "The answer from the county: …": what follows the colon is theirs.
 */
const VERDICT_LABEL =
  /^(?:Das|Die|Der|El|La|Le|L['’]|The)\s?(?:Fazit|Bilanz|Einschätzung|Antwort|Reaktion|Erklärung|Urteil|conclusión|respuesta|valoración|explicación|versión|conclusion|réponse|explication|verdict|version|answer|response|explanation)\s+(?:der|des|von|vom|del|de la|de l['’]|du|des|de|of|from)\s?([^:«»“”"„!?.]{2,60}?)\s?:\s*(?:[«"“„]|\p{L})/u

/**
 * (session 34) The label's wider shape: a noun phrase of up to eight words opening the sentence before a colon ("Meteorologe Andreas
 * Friedrich vom DWD: „…", "Dazu OB Neudert: „…", "Die Personenbeschreibung der Polizei: „…"). Group 1 the phrase, group 2 the
 * opening quote mark, if any.
 */
const LABEL_PHRASE = /^((?:\p{L}[\p{L}.'’-]*\s+){0,7}\p{Lu}[\p{L}.'’-]*)\s?:\s*([«"“„]?)/u

/** (session 34) A surname first met in an earlier sentence: a label's own words ("Berlin Mitte: …") are no person met before. */
function metBefore(word: string, ctx: AttributionContext): boolean {
  const here = ctx.sentenceIndex ?? 0
  return (ctx.surnames?.get(word) ?? here) < here
}

/**
 * (session 34) A speaker label as transcripts, interviews and quote-led copy print it: the phrase before the colon names who speaks
 * when it reads as an office, a title or a person (not an unnamed one), and a quote follows; with no quote, the turn of an
 * interview or transcript ("Jean Blandin: Non.", "Neudert: …") counts only when its last word is a name met before on the page (a
 * place or a heading before a colon, "Saarlouis: Nach …", "Fazit: …", names nobody met before).
 */
function widerLabel(sentence: string, ctx: AttributionContext): FoundAttribution | null {
  const m = LABEL_PHRASE.exec(sentence)
  if (!m) return null
  const phrase = m[1]
  const last = phrase.split(/\s+/u).pop() ?? ''
  const known = ctx.names.has(last) || metBefore(last, ctx)
  if (!m[2] && !known) return null
  const found = make(phrase, ':', ctx)
  return found.type === 'official' || found.type === 'named-source' || (found.type === 'document' && m[2] !== '') ? found : null
}

/** "Марина Любченко, житель дома № 3: «…»": the label names who speaks; a name with no source word in it is a person. */
export function speakerLabel(sentence: string, ctx: AttributionContext): FoundAttribution | null {
  const verdict = VERDICT_LABEL.exec(sentence)
  if (verdict) return make(verdict[1], ':', ctx)
  const m = SPEAKER_LABEL.exec(sentence)
  if (!m) return widerLabel(sentence, ctx)
  const found = make(m[0].replace(/:\s*[«"“„]$/u, '').trim(), ':', ctx)
  if (found.type === 'anonymous-source' && !hasSourceWord(m[1])) found.type = 'named-source'
  return found
}

/** "Die Polizei nahm nach eigenen Angaben einen Mann fest": the office the sentence names tells it itself. */
export function ownAccount(sentence: string, masked: string, ctx: AttributionContext, pack: LanguagePack): FoundAttribution | null {
  const cue = pack.attribution.ownAccount ? gatedExec(wordBounded(pack.attribution.ownAccount), masked) : null
  if (!cue) return null
  const office = wordBounded(pack.titles.official).exec(masked) ?? wordBounded(pack.sources.official).exec(masked)
  return office ? make(sentence.slice(office.index, office.index + office[0].length), cue[0].toLowerCase(), ctx, null, 'official') : null
}

/** "…, wie es hieß.", "как отмечается": reported, but nobody is named. */
export function speakerless(masked: string, ctx: AttributionContext, pack: LanguagePack): FoundAttribution | null {
  const m = pack.attribution.speakerless ? gatedExec(wordBounded(pack.attribution.speakerless), masked) : null
  if (!m) return null
  return { type: 'anonymous-source', attribution: null, cue: m[0].replace(/^[,\s]+/, '').trim().toLowerCase(), pronoun: null, outletMention: null, speakerless: true, trailing: /^[^.!?]{0,3}[.!?…]?["”»’)]*\s*$/u.test(masked.slice(m.index + m[0].length)) }
}
