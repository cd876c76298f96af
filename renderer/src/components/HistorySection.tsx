import type { Claim } from '../../../electron/core/schema'
import { formatDateTime } from '../format'

const FIELD_LABELS: Record<string, string> = {
  'sourcing.type': 'Sourcing',
  'sourcing.attribution': 'Attribution',
  'hedge.cue': 'Hedge',
  corroboration: 'Corroboration',
  reliability: 'Source reliability',
  credibility: 'Information credibility',
  note: 'Note',
  tags: 'Tags',
  state: 'State',
  evidence: 'Evidence',
  span: 'Span',
  created: 'Created',
  restored: 'Restored',
  'merge-conflict': 'Merge conflict',
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
      label: `Merge conflict on ${FIELD_LABELS[kept.field] ?? kept.field}: kept ${kept.by}’s`,
      from: `${show(lost.value)} (${lost.by})`,
      to: `${show(kept.value)} (${kept.by})`,
    }
  }
  return { label: FIELD_LABELS[h.field] ?? h.field, from: show(h.from), to: show(h.to) }
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
    <section className="history" aria-label="History">
      <h3>History</h3>
      {entries.length === 0 ? (
        <p className="empty">No changes yet.</p>
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
