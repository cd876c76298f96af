// Per-article summary: a bar for each corroboration status, with its count and label
// written out (readable without colour), plus the counts an editor asks for first.
import { memo } from 'react'
import { isWorthChecking } from '../../../electron/core/claim-filter'
import { restsOnSingleAnonymousSource } from '../../../electron/core/report/summary'
import type { Claim } from '../../../electron/core/schema'
import { CORROBORATION_LABELS, CORROBORATION_STATUSES } from '../../../electron/core/vocabulary'
import { CORROBORATION_GLYPHS } from './StatusBadge'
import { ConflictCount } from '../related/ConflictCount'

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
    <section className="summary-panel" aria-label="Article summary">
      <h2 className="pane-title">Summary</h2>
      <p className="summary-line">
        <strong>{active.length}</strong> claims · <strong>{single}</strong> rest on a single anonymous source · <strong>{hedged}</strong> hedged · <strong>{worth}</strong> worth checking
        {conflicting !== undefined && <ConflictCount count={conflicting} />}
      </p>
      <table className="chart" aria-label="Claims by corroboration">
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
