// Figures side by side: one row per report (this claim first), one column per counted
// thing. A figure that cannot be true alongside this claim's is marked with a glyph and
// words, never by colour alone.
import type { AlsoReported, RelatedClaimView } from '../../../electron/core/related-views'
import type { Claim } from '../../../electron/core/schema'
import { countedLabel, figuresAgree, formatFigure } from './figure-format'
import { t } from '../i18n'
import { CONFLICT_GLYPH, UPDATE_GLYPH } from './glyphs'

type Figures = NonNullable<Claim['figures']>

interface Props {
  claim: Claim
  related: RelatedClaimView[]
  disagreements: AlsoReported['disagreements']
}

export function FigureTable({ claim, related, disagreements }: Props) {
  const mine: Figures = claim.figures ?? []
  const rows: { key: string; label: string; figures: Figures; self: boolean }[] = [
    { key: 'self', label: t('related.thisClaim'), figures: mine, self: true },
    ...related.map((r) => ({ key: `${r.articleId}/${r.claimId}`, label: r.outlet ?? t('related.unknownOutlet'), figures: r.figures, self: false })),
  ]
  const things = [...new Set(rows.flatMap((r) => r.figures.map((f) => f.counted)))]
  if (things.length === 0) return null
  const kindOf = (thing: string) => disagreements.find((d) => d.quantity === thing)?.kind ?? null
  return (
    <table className="related-figures">
      <caption>{t('related.figures')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('related.report')}</th>
          {things.map((thing) => {
            const kind = kindOf(thing)
            return (
              <th scope="col" key={thing}>
                {countedLabel(thing)}
                {kind === 'conflict' && (
                  <span className="figure-flag conflict">
                    <span aria-hidden="true">{CONFLICT_GLYPH}</span> {t('related.conflictWord')}
                  </span>
                )}
                {kind === 'update' && (
                  <span className="figure-flag update">
                    <span aria-hidden="true">{UPDATE_GLYPH}</span> {t('related.updateWord')}
                  </span>
                )}
              </th>
            )
          })}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className={row.self ? 'self' : undefined}>
            <th scope="row">{row.label}</th>
            {things.map((thing) => {
              const figures = row.figures.filter((f) => f.counted === thing)
              if (figures.length === 0) return <td key={thing} className="none">—</td>
              const own = mine.filter((f) => f.counted === thing)
              const clash = !row.self && kindOf(thing) === 'conflict' && figures.some((f) => own.some((o) => !figuresAgree(f, o)))
              return (
                <td key={thing} className={clash ? 'clash' : undefined}>
                  {clash && <span aria-hidden="true">{CONFLICT_GLYPH} </span>}
                  {figures.map((f) => formatFigure(f)).join(', ')}
                  {clash && <span className="clash-words"> {t('related.conflictsWithThis')}</span>}
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
