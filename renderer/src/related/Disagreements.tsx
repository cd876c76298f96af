// The conflicts and updates among the linked reports, each a line of words with a glyph:
// "⚠ Conflicting figures for missing: 1,000–1,100 (Hawaii News Now, 22 Aug 2023) · …".
// Values are listed in publication order; an update reads as one ("114 → 115") only when
// the dates say which report is later, and a conflict across days says that a later
// figure may update an earlier one, so a rising toll is shown, not hidden.
import type { AlsoReported } from '../../../electron/core/related-views'
import { formatDate } from '../format'
import { countedLabel, formatFigure, inDateOrder, publicationDay } from './figure-format'
import { t } from '../i18n'
import { CONFLICT_GLYPH, UPDATE_GLYPH } from './glyphs'

export interface ReportLabel {
  outlet: string | null
  publishedAt: string | null
}

interface Props {
  disagreements: AlsoReported['disagreements']
  /** Who reported a claim ("articleId/claimId"), for the words next to each figure. */
  reportOf(key: string): ReportLabel | null
}

export function Disagreements({ disagreements, reportOf }: Props) {
  if (disagreements.length === 0) return null
  return (
    <ul className="related-disagreements" aria-label={t('related.disagreements')}>
      {disagreements.map((d) => {
        const dated = d.values.map((v) => {
          const report = reportOf(`${v.articleId}/${v.claimId}`)
          return { item: { figure: formatFigure(v), report }, day: publicationDay(report?.publishedAt) }
        })
        const { ordered, datesSayLater } = inDateOrder(dated)
        const label = (entry: (typeof ordered)[number]) => {
          const who = [entry.item.report?.outlet ?? t('related.unknownOutlet'), formatDate(entry.item.report?.publishedAt) ?? t('related.undated')].join(', ')
          return `${entry.item.figure} (${who})`
        }
        const conflict = d.kind === 'conflict'
        return (
          <li key={`${d.kind}-${d.quantity}`} className={conflict ? 'related-conflict' : 'related-update'}>
            <span className="glyph" aria-hidden="true">
              {conflict ? CONFLICT_GLYPH : UPDATE_GLYPH}
            </span>{' '}
            <strong>{conflict ? t('related.conflict') : datesSayLater ? t('related.update') : t('related.revised')}</strong> {t('related.for')} {countedLabel(d.quantity)}:{' '}
            {conflict || !datesSayLater ? ordered.map(label).join(' · ') : ordered.map(label).join(' → ')}
            {conflict && datesSayLater && <span className="related-note"> {t('related.differentDays')}</span>}
            {!conflict && !datesSayLater && <span className="related-note"> {t('related.sameSourceUndated')}</span>}
          </li>
        )
      })}
    </ul>
  )
}
