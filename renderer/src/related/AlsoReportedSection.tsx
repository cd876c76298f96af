// The inspector's "Also reported in" (issue 12): the claims in other articles linked to
// this one, with their article, outlet, date, sourcing and status; the figures side by
// side; conflicts and updates in words; and the reviewer's actions: confirm or reject a
// link, or add the linked claim as evidence in one step (its independence shown first).
// Article text is only ever rendered as text.
import { useState } from 'react'
import type { RelatedChange, RelatedClaimView } from '../../../electron/core/related-views'
import type { Claim } from '../../../electron/core/schema'
import { SOURCING_LABELS } from '../i18n/vocabulary'
import { CorroborationBadge } from '../components/StatusBadge'
import { formatDate } from '../format'
import { Disagreements, type ReportLabel } from './Disagreements'
import { FigureTable } from './FigureTable'
import { useAlsoReported } from './useAlsoReported'
import './related.css'
import { t } from '../i18n'
import { LINK_STATUS_GLYPHS } from './glyphs'
import { tm } from '../i18n/messages'

export interface OpenArticle {
  id: string
  title: string
  outlet: string | null
  publishedAt: string | null
}

interface Props {
  claim: Claim
  article: OpenArticle
  /** How many articles the workspace holds: an import or a removal asks again. */
  articleCount: number
  /** Runs a change with the save indicator and undo, applies the returned claim; undefined when it failed. */
  run(label: string, call: () => Promise<RelatedChange>): Promise<RelatedChange | undefined>
  onOpen(articleId: string, claimId: string): void
}

/** Whether this linked claim is already among the claim's evidence (added from here before). */
function alreadyEvidence(claim: Claim, r: RelatedClaimView): boolean {
  return claim.evidence.some((e) => e.citation.includes(`“${r.articleTitle}”`) && e.citation.includes(`“${r.text}”`))
}

export function AlsoReportedSection({ claim, article, articleCount, run, onOpen }: Props) {
  const state = useAlsoReported(article.id, claim, articleCount)
  const [busy, setBusy] = useState<string | null>(null)
  const data = state.data && state.data.claimId === claim.id ? state.data : null

  const act = async (r: RelatedClaimView, label: string, call: () => Promise<RelatedChange>) => {
    setBusy(`${r.articleId}/${r.claimId}`)
    try {
      const result = await run(label, call)
      if (result) state.accept(result.alsoReported, result.claim)
    } finally {
      setBusy(null)
    }
  }
  const decide = (r: RelatedClaimView, status: RelatedClaimView['status'], label: string) =>
    act(r, label, () => window.api.related.decide(article.id, claim.id, r.articleId, r.claimId, status))
  const addAsEvidence = (r: RelatedClaimView) =>
    act(r, t('related.addAsEvidence'), () => window.api.related.addAsEvidence(article.id, claim.id, r.articleId, r.claimId))

  const linked = data?.related.filter((r) => r.status !== 'rejected') ?? []
  const rejected = data?.related.filter((r) => r.status === 'rejected') ?? []
  const reportOf = (key: string): ReportLabel | null => {
    if (key === `${article.id}/${claim.id}`) return article
    const r = data?.related.find((x) => `${x.articleId}/${x.claimId}` === key)
    return r ? { outlet: r.outlet, publishedAt: r.publishedAt } : null
  }

  const item = (r: RelatedClaimView) => {
    const key = `${r.articleId}/${r.claimId}`
    const titleId = `related-title-${r.articleId}-${r.claimId}`
    const added = alreadyEvidence(claim, r)
    const disabled = busy !== null
    return (
      <li key={key} className={`related-item link-${r.status}`} aria-labelledby={titleId}>
        <div className="related-head">
          <span className="link-status">
            <span aria-hidden="true">{LINK_STATUS_GLYPHS[r.status]}</span> {t(`related.status.${r.status}`)}
          </span>
          <span className={r.independence.independent ? 'independence' : 'independence not'}>
            {r.independence.independent ? t('related.independent') : t('related.notIndependent')}
          </span>
        </div>
        <button type="button" id={titleId} className="link related-title" title={t('related.open', { title: r.articleTitle })} onClick={() => onOpen(r.articleId, r.claimId)}>
          {r.articleTitle}
        </button>
        <div className="related-meta">
          {r.outlet ?? t('related.unknownOutlet')} · {formatDate(r.publishedAt) ?? t('related.undated')}
        </div>
        <blockquote className="related-quote">{r.text}</blockquote>
        <div className="related-facts">
          <span className="badge">
            {t('related.sourcing')}: {SOURCING_LABELS[r.sourcing]}
          </span>
          <CorroborationBadge value={r.corroboration} />
        </div>
        <p className="related-independence">{r.independence.why ? tm(r.independence.why) : r.independence.reason}</p>
        <div className="item-actions">
          {r.status !== 'confirmed' && (
            <button type="button" disabled={disabled} aria-describedby={titleId} onClick={() => void decide(r, 'confirmed', t('related.confirm'))}>
              {t('related.confirm')}
            </button>
          )}
          {r.status !== 'rejected' && (
            <button type="button" disabled={disabled} aria-describedby={titleId} onClick={() => void decide(r, 'rejected', t('related.reject'))}>
              {t('related.reject')}
            </button>
          )}
          {r.status !== 'suggested' && (
            <button type="button" disabled={disabled} aria-describedby={titleId} onClick={() => void decide(r, 'suggested', t('related.withdraw'))}>
              {t('related.withdraw')}
            </button>
          )}
          {r.status !== 'rejected' && (
            <button type="button" disabled={disabled || added} aria-describedby={titleId} onClick={() => void addAsEvidence(r)}>
              {added ? t('related.addedAsEvidence') : t('related.addAsEvidence')}
            </button>
          )}
        </div>
      </li>
    )
  }

  return (
    <section className="also-reported" aria-label={t('related.section')}>
      <h3>
        {t('related.section')} <span className="count">{linked.length}</span>
      </h3>
      {state.error && (
        <p className="error" role="alert">
          {state.error}
        </p>
      )}
      <p className="hint related-progress" role="status">
        {!data ? (state.error ? '' : t('related.looking')) : !data.complete ? t('related.inProgress') : linked.length + rejected.length === 0 ? t('related.none') : ''}
      </p>
      {data && (
        <>
          <Disagreements disagreements={data.disagreements} reportOf={reportOf} />
          {linked.length > 0 && <FigureTable claim={claim} related={linked} disagreements={data.disagreements} />}
          {linked.length > 0 && <ul className="related-list">{linked.map(item)}</ul>}
          {rejected.length > 0 && (
            <>
              <h4 className="related-subtitle">{t('related.rejectedList')}</h4>
              <ul className="related-list rejected">{rejected.map(item)}</ul>
            </>
          )}
        </>
      )}
    </section>
  )
}
