/** "2026-03-04T07:30:00+09:00" → "2026-03-04"; anything that is not an ISO date is shown as given. */
export function formatDate(value: string | null | undefined): string | null {
  if (!value) return null
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ]|$)/.exec(value)
  return match ? match[1] : value
}
