// Per-article summary: a bar for each corroboration status, with its count and label
// written out (readable without colour), plus the counts an editor asks for first.
import { memo } from 'react'
import { isWorthChecking } from '../../../electron/core/claim-filter'
import { restsOnSingleAnonymousSource } from '../../../electron/core/report/summary'
import type { Claim } from '../../../electron/core/schema'
import { CORROBORATION_STATUSES } from '../../../electron/core/vocabulary'
import { CORROBORATION_LABELS } from '../i18n/vocabulary'
import { CORROBORATION_GLYPHS } from './StatusBadge'
import { ConflictCount } from '../related/ConflictCount'
import { t } from '../i18n'
import { Markup } from '../i18n/Markup'

/** Memoised: moving the selection does not recount 2,000 claims. */
/** conflicting: claims with a conflicting report in another article (null: linking still running). */
export const SummaryPanel = memo(function SummaryPanel({ claims, conflicting }: { claims: Claim[]; conflicting?: number | null }) {
  const active = claims.filter((c) => c.state === 'active')
  const counts = Object.fromEntries(CORROBORATION_STATUSES.map((s) => [s, 0])) as Record<(typeof CORROBORATION_STATUSES)[number], number>
  for (const c of active) counts[c.corroboration]++
  const max = Math.max(1, ...Object.values(counts))
  const single = active.filter(restsOnSingleAnonymousSource).length
  const hedged = active.filter((c) => c.hedge.hedged).length
  const worth = active.filter(isWorthChecking).length
  return (
    <section className="summary-panel" aria-label={t('summary.label')}>
      <h2 className="pane-title">{t('summary.title')}</h2>
      <p className="summary-line">
        <Markup text={t('summary.line', { claims: active.length, single, hedged, worth })} />
        {conflicting !== undefined && <ConflictCount count={conflicting} />}
      </p>
      <table className="chart" aria-label={t('summary.chart')}>
        <tbody>
          {CORROBORATION_STATUSES.map((s) => (
            <tr key={s} className={`corroboration-${s}`}>
              <th scope="row">
                <span aria-hidden="true" className="glyph">
                  {CORROBORATION_GLYPHS[s]}
                </span>{' '}
                {CORROBORATION_LABELS[s]}
              </th>
              <td className="bar-cell">
                <span className="bar" style={{ width: `${(counts[s] / max) * 100}%` }} />
              </td>
              <td className="num">{counts[s]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
})
