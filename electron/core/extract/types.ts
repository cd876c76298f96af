// The extractor's output contract. Everything else (services, CLI, UI) depends only on this.
import type { NonClaim } from '../schema'
import type { SourcingType } from '../vocabulary'
import type { CarryModel } from './carry-model'
import type { FurnitureModel } from './furniture-model'

export interface ExtractedSourcing {
  type: SourcingType
  /** The attribution span as it appears in the text, e.g. "A source in North Hamgyong Province". */
  attribution: string | null
  /** The cue that introduces it: "told", "said", "according to", "noted" ... */
  cue: string | null
}

export interface ExtractedHedge {
  hedged: boolean
  cue: string | null
}

export interface ExtractedClaim {
  /** Exactly text.slice(start, end) of the input. */
  text: string
  /** UTF-16 offsets into the input, end exclusive. */
  start: number
  end: number
  /** Check-worthiness in [0, 1]. */
  checkworthiness: number
  /** Human-readable reasons behind the score, e.g. "number", "date", "attribution", "opinion". */
  signals: string[]
  /** The model's strongest reasons, in a reviewer's words: "+ states a number: '50'", "− opinion: 'I think'". */
  reasons: string[]
  sourcing: ExtractedSourcing
  hedge: ExtractedHedge
}

export interface ExtractedMeta {
  title: string | null
  author: string | null
  outlet: string | null
  language: string | null
  publishedAt: string | null
  /** True when no headline was found and `title` was shortened from the lede sentence. */
  titleDerived?: boolean
}

/** Body sentences that are neither claims nor non-claim furniture, and why they were left out. */
export interface SkippedSentence {
  text: string
  start: number
  end: number
  /** 'attribution': the sentence only says who said the one before ("Об этом сообщил X.", "Das teilte die Polizei mit."). */
  /** 'suspect-statement': a suspect's own admission, denial or motive with no relayer's cue (lead decision s32: not a claim). */
  reason: 'question' | 'opinion' | 'fragment' | 'appeal' | 'attribution' | 'suspect-statement'
  /** The check-worthiness model's reasons, when it was scored. */
  reasons?: string[]
}

export interface Extraction {
  meta: ExtractedMeta
  claims: ExtractedClaim[]
  nonClaims: NonClaim[]
  /** Rhetorical questions, pure opinion and fragments: not checkable, kept for the record. */
  skipped?: SkippedSentence[]
}

export interface ExtractOptions {
  /** BCP 47 language tag if known; detected from the script otherwise (and per paragraph). */
  language?: string
  /**
   * Lines (trimmed) that recur across the workspace's other articles: page chrome of the same
   * site. A line found here is furniture.
   */
  repeatedLines?: ReadonlySet<string>
  /** The learned furniture model; the shipped one when absent, none when null (training and comparisons). */
  furnitureModel?: FurnitureModel | null
  /** The learned carry model; the shipped one when absent, none when null (training and comparisons). */
  carryModel?: CarryModel | null
}
