// The two Admiralty grades of a claim (source reliability A–F, information credibility 1–6):
// one select each, "Not graded" allowed, the grade shown before its label, help on the scale.
import { CREDIBILITY_GRADES, CREDIBILITY_LABELS, RELIABILITY_GRADES, RELIABILITY_LABELS } from '../../../electron/core/vocabulary'
import type { Claim } from '../../../electron/core/schema'
import { FIELD_HINTS } from '../help-text'
import { Select } from './fields'

const GRADES = {
  reliability: { label: 'Source reliability', options: RELIABILITY_GRADES, labels: RELIABILITY_LABELS, hint: FIELD_HINTS.reliability },
  credibility: { label: 'Information credibility', options: CREDIBILITY_GRADES, labels: CREDIBILITY_LABELS, hint: FIELD_HINTS.credibility },
} as const

export function GradeSelect({ grade, claim, onChange, onMore }: { grade: keyof typeof GRADES; claim: Claim; onChange(value: unknown): void; onMore(): void }) {
  const g = GRADES[grade]
  return (
    <Select<string | number>
      label={g.label}
      value={claim[grade]}
      options={g.options}
      labels={g.labels as Record<string | number, string>}
      help={{ hint: g.hint, onMore }}
      none="Not graded"
      prefixValue
      onChange={onChange}
    />
  )
}
