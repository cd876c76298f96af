// The optional "headline claim": the reviewer's short form of the claim, published as the
// Claim's name in ClaimReview (claims.setHeadline); the whole claim is kept as well.
import type { Claim } from '../../../electron/core/schema'
import { CommitField } from '../components/fields'
import { FEATURE_STRINGS } from './strings'

export function HeadlineField({ claim, onCommit }: { claim: Pick<Claim, 'id' | 'headline'>; onCommit(value: string): void }) {
  const s = FEATURE_STRINGS.headline
  const value = claim.headline ?? ''
  return (
    <div className="headline-field">
      <CommitField key={claim.id} label={s.label} value={value} placeholder={s.placeholder} help={{ hint: s.hint }} onCommit={(v) => onCommit(v.trim().slice(0, 300))} />
      {value.length > 75 && <p className="hint warn-text">{s.length(value.length)}</p>}
    </div>
  )
}
