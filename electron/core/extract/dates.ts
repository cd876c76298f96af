// Publication dates in bylines and date lines, as ISO "YYYY-MM-DD".
import { MONTH_NUMBERS } from './date-words'


function month(name: string): number | null {
  const lower = name.toLowerCase().replace(/\.$/, '')
  return MONTH_NUMBERS.get(lower) ?? MONTH_NUMBERS.get(lower.slice(0, 3)) ?? null
}

function iso(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

export function parseDate(text: string): string | null {
  const s = text.slice(0, 200)
  // every form below has a four-digit year: most lines have none, and the month-name patterns scan every position
  if (!/(?:19|20)\d\d/.test(s)) return null
  let m = /\b((?:19|20)\d{2})[-./](\d{1,2})[-./](\d{1,2})\b/.exec(s)
  if (m) return iso(+m[1], +m[2], +m[3])
  m = /\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b/.exec(s)
  if (m) return iso(+m[3], +m[2], +m[1])
  m = /\b((?:19|20)\d{2})\.\s?(\d{1,2})\.\s?(\d{1,2})\.?/.exec(s)
  if (m) return iso(+m[1], +m[2], +m[3])
  m = /((?:19|20)\d{2})년\s*(\d{1,2})월\s*(\d{1,2})일/.exec(s)
  if (m) return iso(+m[1], +m[2], +m[3])
  // "November 3, 2020", "Nov. 3, 2020"
  m = /\b(\p{L}{3,9})\.?\s+(\d{1,2}),?\s+((?:19|20)\d{2})\b/u.exec(s)
  if (m && month(m[1])) return iso(+m[3], month(m[1])!, +m[2])
  // "3 November 2020", "3. November 2020", "3 novembre 2020"
  m = /\b(\d{1,2})\.?\s+(\p{L}{3,9})\.?,?\s+((?:19|20)\d{2})\b/u.exec(s)
  if (m && month(m[2])) return iso(+m[3], month(m[2])!, +m[1])
  return null
}
