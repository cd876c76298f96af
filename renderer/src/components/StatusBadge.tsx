// Corroboration and sourcing shown by text and shape as well as colour, so the state
// reads without colour vision and in a greyscale print.
import { type Corroboration } from '../../../electron/core/vocabulary'
import { CORROBORATION_LABELS } from '../i18n/vocabulary'

export const CORROBORATION_GLYPHS: Record<Corroboration, string> = {
  unreviewed: '○',
  unverified: '?',
  corroborated: '✓',
  'partly-corroborated': '◐',
  contradicted: '✕',
  unverifiable: '∅',
}

export function CorroborationBadge({ value }: { value: Corroboration }) {
  return (
    <span className={`badge corroboration-${value}`}>
      <span aria-hidden="true" className="glyph">
        {CORROBORATION_GLYPHS[value]}
      </span>
      {CORROBORATION_LABELS[value]}
    </span>
  )
}
