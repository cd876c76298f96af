import type { EvidenceInput } from '../../../electron/core/api'
import type { Claim } from '../../../electron/core/schema'
import {
  CORROBORATION_LABELS,
  CORROBORATION_STATUSES,
  SOURCING_LABELS,
  SOURCING_TYPES,
  type Corroboration,
} from '../../../electron/core/vocabulary'
import type { ReactNode } from 'react'
import type { ClaimSetter } from '../useWorkbench'
import { EvidenceSection } from './EvidenceSection'
import { GradeSelect } from './GradeSelect'
import { CommitField, Select, TagsField } from './fields'
import { FIELD_HINTS } from '../help-text'
import type { HelpTopic } from './HelpDialog'
import { HistorySection } from './HistorySection'
import { CorroborationBadge } from './StatusBadge'
import { CheckworthinessSection } from '../features/CheckworthinessSection'
import { HeadlineField } from '../features/HeadlineField'

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
      <aside className="inspector" aria-label="Claim inspector">
        <p className="empty">Select a claim in the list or in the text, or select text in the article and press “Make claim”.</p>
      </aside>
    )
  }
  const set = (setter: ClaimSetter) => (value: unknown) => onChange(claim.id, setter, value)
  const help = (hint: string, topic?: HelpTopic) => ({ hint, onMore: topic ? () => props.onHelp(topic) : undefined })
  return (
    <aside className="inspector" aria-label="Claim inspector">
      <h2 className="pane-title">Claim</h2>
      <blockquote className="claim-quote">{claim.anchor.quote.exact}</blockquote>
      <div className="claim-facts">
        <CorroborationBadge value={claim.corroboration} />
        {claim.hedge.hedged && <span className="badge hedge">Hedged: “{claim.hedge.cue}”</span>}
        {claim.state === 'orphaned' && <span className="badge orphaned">Orphaned: text no longer found</span>}
        {claim.state === 'dismissed' && <span className="badge dismissed">Not a claim</span>}
      </div>
      <div className="claim-actions" role="toolbar" aria-label="Claim actions">
        <button type="button" onClick={() => set('setState')(claim.state === 'dismissed' ? 'active' : 'dismissed')}>
          {claim.state === 'dismissed' ? 'Restore as claim' : 'Not a claim'}
        </button>
        <button type="button" onClick={() => props.onMergeWithNext(claim.id)}>
          Merge with next
        </button>
        <button type="button" className="danger" onClick={() => props.onDelete(claim.id)}>
          Delete claim
        </button>
      </div>

      <h3 className="section-title">Sourcing</h3>
      <Select
        id={INSPECTOR_IDS.sourcing}
        label="Sourcing"
        value={claim.sourcing.type}
        options={SOURCING_TYPES}
        labels={SOURCING_LABELS}
        help={help(FIELD_HINTS.sourcing, 'sourcing')}
        onChange={(v) => v && set('setSourcing')(v)}
      />
      <p className="hint">
        {claim.sourcing.confirmed
          ? `Confirmed by a reviewer${claim.sourcing.type !== claim.sourcing.suggested ? ` (suggested: ${SOURCING_LABELS[claim.sourcing.suggested]})` : ''}.`
          : 'Suggested from the text; choose a value to confirm it.'}
      </p>
      <CommitField
        label="Attribution"
        value={claim.sourcing.attribution ?? ''}
        placeholder="Who says so, as the article puts it"
        help={help(FIELD_HINTS.attribution)}
        onCommit={(v) => set('setAttribution')(v.trim() || null)}
      />
      <CommitField
        label="Hedge"
        value={claim.hedge.hedged ? (claim.hedge.cue ?? '') : ''}
        placeholder="e.g. reportedly (empty: not hedged)"
        help={help(FIELD_HINTS.hedge)}
        onCommit={(v) => set('setHedge')(v.trim() || null)}
      />
      <GradeSelect grade="reliability" claim={claim} onChange={set('setReliability')} onMore={() => props.onHelp('admiralty')} />

      <h3 className="section-title">Corroboration</h3>
      <Select
        id={INSPECTOR_IDS.corroboration}
        label="Corroboration"
        value={claim.corroboration}
        options={CORROBORATION_STATUSES}
        labels={CORROBORATION_LABELS}
        help={help(FIELD_HINTS.corroboration, 'corroboration')}
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

      <h3 className="section-title">Notes</h3>
      <HeadlineField claim={claim} onCommit={set('setHeadline')} />
      <TagsField tags={claim.tags} known={props.knownTags} onChange={set('setTags')} />
      <CommitField
        key={claim.id}
        id={INSPECTOR_IDS.note}
        label="Note"
        multiline
        value={claim.note}
        placeholder="What you checked, whom you asked, what is still open…"
        onCommit={set('setNote')}
      />

      <CheckworthinessSection claim={claim} />
      <HistorySection claim={claim} />
    </aside>
  )
}
