// The optional "headline claim": the reviewer's short form of the claim, published as the
// Claim's name in ClaimReview (claims.setHeadline); the whole claim is kept as well.
import type { Claim } from '../../../electron/core/schema'
import { CommitField } from '../components/fields'
import { t } from '../i18n'

export function HeadlineField({ claim, onCommit }: { claim: Pick<Claim, 'id' | 'headline'>; onCommit(value: string): void }) {
  const value = claim.headline ?? ''
  return (
    <div className="headline-field">
      <CommitField key={claim.id} label={t('headline.label')} value={value} placeholder={t('headline.placeholder')} help={{ hint: t('headline.hint') }} onCommit={(v) => onCommit(v.trim().slice(0, 300))} />
      {value.length > 75 && <p className="hint warn-text">{t('headline.length', { count: value.length })}</p>}
    </div>
  )
}
