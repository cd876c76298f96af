// The labelled corpus: short original news texts of different kinds.
import { germanPlant } from './german-plant'
import { governmentStatement } from './government-statement'
import { heldoutCourt } from './heldout-court'
import { koreanMarket } from './korean-market'
import { longQuotes } from './long-quotes'
import { studyReport } from './study-report'
import type { LabelledText } from './types'
import { wireMissiles } from './wire-missiles'

export type { LabelledClaim, LabelledText } from './types'

export const CORPUS: LabelledText[] = [wireMissiles, governmentStatement, studyReport, longQuotes, koreanMarket, germanPlant, heldoutCourt]
