// A labelled text for measuring the extractor. Claims are identified by a distinctive
// substring (`key`) of the sentence; `notClaims` lists substrings that must not be claims.
import type { SourcingType } from '../../vocabulary'

export interface LabelledClaim {
  key: string
  sourcing: SourcingType
  hedged: boolean
}

export interface LabelledText {
  id: string
  kind: string
  language: string
  text: string
  claims: LabelledClaim[]
  notClaims: string[]
  author?: string
  outlet?: string
  title?: string
}
