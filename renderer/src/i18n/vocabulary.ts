// The domain's values in the UI's language, from the catalogue. The same names as
// electron/core/vocabulary.ts (whose English reports and the CLI print), so the UI imports
// its labels from here and its values and types from core.
import {
  CORROBORATION_STATUSES,
  CREDIBILITY_GRADES,
  RELIABILITY_GRADES,
  SOURCING_TYPES,
  type Corroboration,
  type Credibility,
  type Reliability,
  type SourcingType,
} from '../../../electron/core/vocabulary'
import { t } from '.'

export const SOURCING_LABELS = Object.fromEntries(SOURCING_TYPES.map((s) => [s, t(`vocabulary.sourcing.${s}`)])) as Record<SourcingType, string>
export const CORROBORATION_LABELS = Object.fromEntries(CORROBORATION_STATUSES.map((s) => [s, t(`vocabulary.corroboration.${s}`)])) as Record<Corroboration, string>
export const RELIABILITY_LABELS = Object.fromEntries(RELIABILITY_GRADES.map((g) => [g, t(`vocabulary.reliability.${g}`)])) as Record<Reliability, string>
export const CREDIBILITY_LABELS = Object.fromEntries(CREDIBILITY_GRADES.map((g) => [g, t(`vocabulary.credibility.${g}`)])) as Record<Credibility, string>
