// The shapes every attribution finder returns and reads (split out of attribution.ts, unchanged).
import type { SourcingType } from '../vocabulary'
import type { PronounKind } from './sourcing'

export interface FoundAttribution {
  type: SourcingType
  attribution: string | null
  cue: string | null
  /** Set when the speaker is a bare pronoun ("he added"): the caller resolves it to an earlier speaker. */
  pronoun: PronounKind | null
  /** An outlet named as the recipient: "told Daily NK" → "Daily NK". */
  outletMention: string | null
  /** A trailing clause (", said the source.") often covers the paragraph's earlier sentences too. */
  trailing: boolean
  /** "Das teilte die Polizei mit", "Об этом сообщили …": points at the sentence just before, whatever its mood. */
  backward?: boolean
  /** "…, heißt es.", "wie es hieß": nobody named; the paragraph's own source, if it named one, is meant. */
  speakerless?: boolean
}

export interface AttributionContext {
  language: string
  outlet: string | null
  /** Words of names already introduced, with the sourcing type they got. */
  names: Map<string, SourcingType>
  /** The sentence being read: a lone capitalised word that opens it may be an ordinary noun. */
  sentence?: string
  /**
   * Surnames met after a first name ("Maria Schulz"): alone later, they are the person, not a noun. Each maps to the index of
   * the sentence where it was first met (session 34: a speaker's label counts only a person met in an earlier sentence).
   */
  surnames?: Map<string, number>
  /** (session 34) The index of the sentence being read. */
  sentenceIndex?: number
}
