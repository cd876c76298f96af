// Dates and times for the UI, in the OS locale through Intl (exports keep ISO with the zone).
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' })

/** A publication date: "2026-03-04" or a full ISO time → the locale's date; anything else as given. */
export function formatDate(value: string | null | undefined): string | null {
  if (!value) return null
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]|$)/.exec(value)
  if (!match) return value
  // The calendar day the article gives, not shifted by the reader's time zone.
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(day)
}

/** A moment (history entries, evidence added): date and time in the local zone. */
export function formatDateTime(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(value) : value
  return Number.isNaN(date.getTime()) ? String(value) : dateTimeFormat.format(date)
}

export function formatTime(value: Date): string {
  return timeFormat.format(value)
}

