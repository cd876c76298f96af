// The two Admiralty grades of a claim (source reliability A–F, information credibility 1–6):
// one select each, "Not graded" allowed, the grade shown before its label, help on the scale.
import { CREDIBILITY_GRADES, RELIABILITY_GRADES } from '../../../electron/core/vocabulary'
import { CREDIBILITY_LABELS, RELIABILITY_LABELS } from '../i18n/vocabulary'
import type { Claim } from '../../../electron/core/schema'
import { Select } from './fields'
import { t } from '../i18n'

const GRADES = {
  reliability: { options: RELIABILITY_GRADES, labels: RELIABILITY_LABELS },
  credibility: { options: CREDIBILITY_GRADES, labels: CREDIBILITY_LABELS },
} as const

export function GradeSelect({ grade, claim, onChange, onMore }: { grade: keyof typeof GRADES; claim: Claim; onChange(value: unknown): void; onMore(): void }) {
  const g = GRADES[grade]
  return (
    <Select<string | number>
      label={t(`grades.${grade}`)}
      value={claim[grade]}
      options={g.options}
      labels={g.labels as Record<string | number, string>}
      help={{ hint: t(`hints.fields.${grade}`), onMore }}
      none={t('hints.notGraded')}
      prefixValue
      onChange={onChange}
    />
  )
}
