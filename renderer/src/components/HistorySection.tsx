import type { Claim } from '../../../electron/core/schema'
import { UNNAMED_REVIEWER } from '../../../electron/core/settings-values'
import { EVIDENCE_STANCES } from '../../../electron/core/vocabulary'
import { formatDateTime } from '../format'
import { t } from '../i18n'
import { en } from '../i18n/en'

type LabelledField = keyof typeof en.history.fields

/** A history entry's field in words; a field the catalogue does not name is shown as stored. */
function fieldLabel(field: string): string {
  return Object.hasOwn(en.history.fields, field) ? t(`history.fields.${field as LabelledField}`) : field
}

interface ConflictSide {
  field: string
  value: unknown
  by: string
}

function describe(h: Claim['history'][number]): { label: string; from: string; to: string } {
  if (h.field === 'merge-conflict') {
    const kept = h.to as ConflictSide
    const lost = h.from as ConflictSide
    return {
      label: t('history.mergeConflict', { field: fieldLabel(kept.field), by: kept.by }),
      from: `${show(lost.value)} (${lost.by})`,
      to: `${show(kept.value)} (${kept.by})`,
    }
  }
  return { label: fieldLabel(h.field), from: show(h.from), to: show(h.to) }
}

/** A stance as the catalogue names it; one it does not know, as stored. */
function stanceLabel(stance: string | undefined): string {
  return stance && (EVIDENCE_STANCES as readonly string[]).includes(stance) ? t(`evidence.stances.${stance as (typeof EVIDENCE_STANCES)[number]}`) : (stance ?? '')
}

/**
 * Who made a change, as stored ("Kim (undo)", "Unnamed reviewer"): the audit trail keeps the
 * words it was written with; the window shows the app's own words in its language.
 */
function shownReviewer(by: string): string {
  const marked = /^(.*) \((undo|redo)\)$/.exec(by)
  const name = marked ? marked[1] : by
  const shown = name === UNNAMED_REVIEWER ? t('history.unnamed') : name
  return marked ? t(marked[2] === 'undo' ? 'history.byUndo' : 'history.byRedo', { name: shown }) : shown
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—'
  if (Array.isArray(value)) return value.join(', ') || '—'
  if (typeof value === 'object') {
    const v = value as { citation?: string; stance?: string }
    return v.citation ? t('history.evidenceValue', { stance: stanceLabel(v.stance), citation: v.citation }) : JSON.stringify(value)
  }
  const text = String(value)
  return text.length > 80 ? `${text.slice(0, 77)}…` : text
}

export function HistorySection({ claim }: { claim: Claim }) {
  const entries = [...claim.history].reverse()
  return (
    <section className="history" aria-label={t('history.title')}>
      <h3>{t('history.title')}</h3>
      {entries.length === 0 ? (
        <p className="empty">{t('history.none')}</p>
      ) : (
        <ol>
          {entries.slice(0, 50).map((h, i) => {
            const d = describe(h)
            return (
              <li key={i}>
                <time dateTime={h.at}>{formatDateTime(h.at)}</time>{' '}
                <span className="who">{shownReviewer(h.by)}</span> · {d.label}: <span className="from">{d.from}</span> → <span className="to">{d.to}</span>
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}
