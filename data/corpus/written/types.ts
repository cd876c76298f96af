// A labelled text written for the first corpus (not published copy; see data/corpus/README.md).
export type { LabelledClaim, LabelledText } from '../../../electron/core/extract/evaluate'
