// The merge report the reviewer reads: Markdown lines, each a message (core/messages
// `mergeReport.*`), so the app's Merge dialog shows it in the window's language while the
// CLI prints the same English it always did (formatMergeReport).
import { formatMessage, isMessage, joinMessages, knownCode, message, type Message, type MessageValue } from '../core/messages'
import type { MergeConflict, MergeValue } from '../core/merge'
import { sourceLabel } from '../core/merge-source'
import type { MergeResult } from './merge'

const clip = (text: string, max = 80): string => {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

function show(value: unknown): MessageValue {
  if (value === null || value === undefined || value === '') return message('mergeReport.empty')
  if (Array.isArray(value)) return value.length ? value.map(String).join(', ') : message('mergeReport.none')
  if (typeof value === 'object') {
    const v = value as { citation?: string; stance?: string; exact?: string }
    if (v.citation !== undefined) return message('mergeReport.evidence', { stance: v.stance ?? 'evidence', citation: clip(v.citation) })
    if (v.exact !== undefined) return message('mergeReport.quoted', { text: clip(v.exact) })
    return clip(JSON.stringify(value))
  }
  return typeof value === 'string' ? message('mergeReport.quoted', { text: clip(value) }) : String(value)
}

function whose(v: MergeValue): Message {
  const values = {
    who: v.by ? message('mergeReport.by', { name: v.by }) : '',
    when: v.at ? message('mergeReport.atUtc', { at: v.at.replace('T', ' ').slice(0, 19) }) : message('mergeReport.timeUnknown'),
  }
  return message(v.side === 'ours' ? 'mergeReport.ours' : 'mergeReport.theirs', values)
}

/** A claim field by its name (field.*: 'sourcing.type' is field.sourcing_type), 'span', else as it is. */
function fieldName(field: string): MessageValue {
  if (field === 'span') return message('mergeReport.span')
  const code = `field.${field.replace('.', '_')}`
  return knownCode(code) ? message(code) : field
}

function conflictLine(c: MergeConflict, title: string): Message {
  return message('mergeReport.conflict', {
    field: c.field === 'evidence' ? message('mergeReport.evidenceItem', { id: String(c.evidenceId) }) : fieldName(c.field),
    quote: clip(c.quote, 60),
    title,
    kept: show(c.kept.value),
    keptBy: whose(c.kept),
    overridden: show(c.overridden.value),
    overriddenBy: whose(c.overridden),
  })
}

// The report's line for a skipped file, as a code, beside the entry (not in it: the CLI prints the entries as JSON).
const skippedLines = new WeakMap<object, Message>()

export function withSkippedLine<T extends object>(entry: T, line: Message): T {
  skippedLines.set(entry, line)
  return entry
}

/** The report's lines: a message each ('' for a blank line). */
export function mergeReportLines(result: MergeResult): MessageValue[] {
  const t = result.totals
  const lines: MessageValue[] = [
    message('mergeReport.title'),
    '',
    message('mergeReport.merged', { source: sourceLabel(result.source), at: result.at.replace('T', ' ').slice(0, 16), by: result.by }),
    '',
  ]
  if (!result.mergeId) lines.push(message('mergeReport.nothing'), '')
  else lines.push(message('mergeReport.mergeId', { id: result.mergeId }), '')
  lines.push(
    message('mergeReport.articles', {
      added: t.articlesAdded,
      merged: t.articlesMerged,
      unchanged: t.articlesUnchanged,
      skipped: t.skipped ? message('mergeReport.articlesSkipped', { n: t.skipped }) : '',
    }),
    message('mergeReport.claims', {
      added: t.claimsAdded,
      orphaned: t.claimsOrphaned ? message('mergeReport.claimsOrphaned', { n: t.claimsOrphaned }) : '',
      updated: t.claimsUpdated,
      unchanged: t.claimsUnchanged,
      conflicts: message('mergeReport.conflicts', { count: t.conflicts }),
    }),
    '',
  )
  const titled = result.articles.flatMap((a) => a.conflicts.map((c) => conflictLine(c, a.title)))
  if (titled.length) lines.push(message('mergeReport.conflictsTitle'), '', ...titled, '')
  const changed = result.articles.filter((a) => a.status !== 'unchanged')
  if (changed.length) {
    lines.push(message('mergeReport.articlesTitle'), '')
    for (const a of changed) {
      if (a.status === 'added') {
        lines.push(message('mergeReport.added', { title: a.title, count: a.counts.added }))
        continue
      }
      const parts: MessageValue[] = [
        message('mergeReport.claimsAdded', { n: a.counts.added }),
        message('mergeReport.updated', { n: a.counts.updated }),
        message('mergeReport.unchanged', { n: a.counts.unchanged }),
      ]
      if (a.counts.orphaned) parts.push(message('mergeReport.addedOrphaned', { n: a.counts.orphaned }))
      if (a.metadataFilled.length) parts.push(message('mergeReport.filledIn', { fields: a.metadataFilled.join(', ') }))
      if (a.textDiffers) parts.push(message('mergeReport.textDiffers'))
      lines.push(message('mergeReport.article', { title: a.title, parts: joinMessages(parts, 'mergeReport.andAlso') }))
    }
    lines.push('')
  }
  if (result.skipped.length) {
    lines.push(message('mergeReport.skippedTitle'), '', ...result.skipped.map((s) => skippedLines.get(s) ?? message('mergeReport.skipped', { file: s.file, reason: s.reason })), '')
  }
  const files = result.evidenceFiles
  if (files.copied.length || files.missing.length) {
    lines.push(message('mergeReport.evidenceTitle'), '')
    if (files.copied.length) lines.push(message('mergeReport.copied', { files: files.copied.join(', ') }))
    if (files.missing.length) lines.push(message('mergeReport.missing', { files: files.missing.join(', ') }))
    lines.push('')
  }
  return lines
}

/** The merge report as Markdown, in English, for the CLI (and older callers). */
export function formatMergeReport(result: MergeResult): string {
  return mergeReportLines(result)
    .map((line) => (isMessage(line) ? formatMessage(line) : String(line)))
    .join('\n')
}
