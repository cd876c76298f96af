import type { EvidenceInput } from '../../../electron/core/api'
import type { Claim } from '../../../electron/core/schema'
import { CORROBORATION_STATUSES, SOURCING_TYPES, type Corroboration } from '../../../electron/core/vocabulary'
import { CORROBORATION_LABELS, SOURCING_LABELS } from '../i18n/vocabulary'
import type { ReactNode } from 'react'
import type { ClaimSetter } from '../useWorkbench'
import { EvidenceSection } from './EvidenceSection'
import { GradeSelect } from './GradeSelect'
import { CommitField, Select, TagsField } from './fields'
import type { HelpTopic } from './HelpDialog'
import { HistorySection } from './HistorySection'
import { CorroborationBadge } from './StatusBadge'
import { CheckworthinessSection } from '../features/CheckworthinessSection'
import { HeadlineField } from '../features/HeadlineField'
import { t } from '../i18n'

export const INSPECTOR_IDS = { sourcing: 'inspector-sourcing', note: 'inspector-note', corroboration: 'inspector-corroboration' }

interface Props {
  claim: Claim | null
  knownTags: string[]
  evidenceFormOpen: boolean
  setEvidenceFormOpen(open: boolean): void
  onChange(claimId: string, setter: ClaimSetter, value: unknown): void
  onAddEvidence(claimId: string, input: EvidenceInput): Promise<unknown>
  onUpdateEvidence(claimId: string, evidenceId: string, patch: Partial<EvidenceInput>): Promise<unknown>
  onRemoveEvidence(claimId: string, evidenceId: string): Promise<unknown>
  onMergeWithNext(claimId: string): void
  onDelete(claimId: string): void
  onHelp(topic: HelpTopic): void
  /** "Also reported in" (renderer/src/related), shown after the evidence. */
  alsoReported?: ReactNode
}

export function Inspector(props: Props) {
  const { claim, onChange } = props
  if (!claim) {
    return (
      <aside className="inspector" aria-label={t('inspector.label')}>
        <p className="empty">{t('inspector.empty')}</p>
      </aside>
    )
  }
  const set = (setter: ClaimSetter) => (value: unknown) => onChange(claim.id, setter, value)
  const help = (hint: string, topic?: HelpTopic) => ({ hint, onMore: topic ? () => props.onHelp(topic) : undefined })
  return (
    <aside className="inspector" aria-label={t('inspector.label')}>
      <h2 className="pane-title">{t('inspector.title')}</h2>
      <blockquote className="claim-quote">{claim.anchor.quote.exact}</blockquote>
      <div className="claim-facts">
        <CorroborationBadge value={claim.corroboration} />
        {claim.hedge.hedged && <span className="badge hedge">{t('inspector.hedged', { cue: claim.hedge.cue ?? '' })}</span>}
        {claim.state === 'orphaned' && <span className="badge orphaned">{t('inspector.orphaned')}</span>}
        {claim.state === 'dismissed' && <span className="badge dismissed">{t('inspector.notAClaim')}</span>}
      </div>
      <div className="claim-actions" role="toolbar" aria-label={t('inspector.actions')}>
        <button type="button" onClick={() => set('setState')(claim.state === 'dismissed' ? 'active' : 'dismissed')}>
          {claim.state === 'dismissed' ? t('inspector.restore') : t('inspector.notAClaim')}
        </button>
        <button type="button" onClick={() => props.onMergeWithNext(claim.id)}>
          {t('inspector.mergeWithNext')}
        </button>
        <button type="button" className="danger" onClick={() => props.onDelete(claim.id)}>
          {t('inspector.delete')}
        </button>
      </div>

      <h3 className="section-title">{t('inspector.sourcing')}</h3>
      <Select
        id={INSPECTOR_IDS.sourcing}
        label={t('inspector.sourcing')}
        value={claim.sourcing.type}
        options={SOURCING_TYPES}
        labels={SOURCING_LABELS}
        help={help(t('hints.fields.sourcing'), 'sourcing')}
        onChange={(v) => v && set('setSourcing')(v)}
      />
      <p className="hint">
        {!claim.sourcing.confirmed
          ? t('inspector.suggested')
          : claim.sourcing.type !== claim.sourcing.suggested
            ? t('inspector.confirmedOverSuggestion', { suggested: SOURCING_LABELS[claim.sourcing.suggested] })
            : t('inspector.confirmed')}
      </p>
      <CommitField
        label={t('inspector.attribution')}
        value={claim.sourcing.attribution ?? ''}
        placeholder={t('inspector.attributionPlaceholder')}
        help={help(t('hints.fields.attribution'))}
        onCommit={(v) => set('setAttribution')(v.trim() || null)}
      />
      <CommitField
        label={t('inspector.hedge')}
        value={claim.hedge.hedged ? (claim.hedge.cue ?? '') : ''}
        placeholder={t('inspector.hedgePlaceholder')}
        help={help(t('hints.fields.hedge'))}
        onCommit={(v) => set('setHedge')(v.trim() || null)}
      />
      <GradeSelect grade="reliability" claim={claim} onChange={set('setReliability')} onMore={() => props.onHelp('admiralty')} />

      <h3 className="section-title">{t('inspector.corroboration')}</h3>
      <Select
        id={INSPECTOR_IDS.corroboration}
        label={t('inspector.corroboration')}
        value={claim.corroboration}
        options={CORROBORATION_STATUSES}
        labels={CORROBORATION_LABELS}
        help={help(t('hints.fields.corroboration'), 'corroboration')}
        onChange={(v) => v && set('setCorroboration')(v)}
      />
      <GradeSelect grade="credibility" claim={claim} onChange={set('setCredibility')} onMore={() => props.onHelp('admiralty')} />
      <EvidenceSection
        claim={claim}
        formOpen={props.evidenceFormOpen}
        setFormOpen={props.setEvidenceFormOpen}
        onAdd={(input) => props.onAddEvidence(claim.id, input)}
        onUpdate={(id, patch) => props.onUpdateEvidence(claim.id, id, patch)}
        onRemove={(id) => props.onRemoveEvidence(claim.id, id)}
        onApplySuggestion={(value: Corroboration) => set('setCorroboration')(value)}
      />
      {props.alsoReported}

      <h3 className="section-title">{t('inspector.notes')}</h3>
      <HeadlineField claim={claim} onCommit={set('setHeadline')} />
      <TagsField tags={claim.tags} known={props.knownTags} onChange={set('setTags')} />
      <CommitField
        key={claim.id}
        id={INSPECTOR_IDS.note}
        label={t('inspector.note')}
        multiline
        value={claim.note}
        placeholder={t('inspector.notePlaceholder')}
        onCommit={set('setNote')}
      />

      <CheckworthinessSection claim={claim} />
      <HistorySection claim={claim} />
    </aside>
  )
}
