import type { Claim } from '../../../electron/core/schema'
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

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—'
  if (Array.isArray(value)) return value.join(', ') || '—'
  if (typeof value === 'object') {
    const v = value as { citation?: string; stance?: string }
    return v.citation ? `${v.stance}: ${v.citation}` : JSON.stringify(value)
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
                <span className="who">{h.by}</span> · {d.label}: <span className="from">{d.from}</span> → <span className="to">{d.to}</span>
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}
