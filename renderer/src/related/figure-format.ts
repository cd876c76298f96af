// How figures, conflicts and updates read in "Also reported in" and the conflicts view:
// the bound in words ("at least 12"), and reports put in date order so that a later
// figure reads as an update of an earlier one when the dates say so.
import { compatible } from '../../../electron/core/corroboration/conflicts'
import type { CountedThing } from '../../../electron/core/corroboration/counted-things'
import type { FigureBound } from '../../../electron/core/corroboration/bounds'
import { t } from '../i18n'
import { tm } from '../i18n/messages'

const number = new Intl.NumberFormat('en', { maximumFractionDigits: 2 })

export interface FigureLike {
  value: number
  upper: number | null
  bound: FigureBound
}

/** "12", "at least 12", "about 850", "1,000–1,100". */
export function formatFigure(f: FigureLike): string {
  const n = number.format(f.value)
  switch (f.bound) {
    case 'at-least':
      return t('related.bound.atLeast', { n })
    case 'at-most':
      return t('related.bound.atMost', { n })
    case 'about':
      return t('related.bound.about', { n })
    case 'range':
      return f.upper === null ? n : t('related.bound.range', { from: n, to: number.format(f.upper) })
    default:
      return n
  }
}

export function countedLabel(thing: CountedThing): string {
  return tm({ code: `counted.${thing}` })
}

/** Whether two figures can both be true within their bounds (core/corroboration/conflicts). */
export function figuresAgree(a: FigureLike, b: FigureLike): boolean {
  return compatible(a, b)
}

/** The calendar day of a publication date ("2023-08-22…"), or null when it is not given as one. */
export function publicationDay(value: string | null | undefined): string | null {
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null
}

export interface DatedValue<T> {
  item: T
  day: string | null
}

/**
 * Reports in publication order, and whether the dates say which figure is later: every
 * report dated and not all on one day. Undated reports go last, in the order given.
 */
export function inDateOrder<T>(values: readonly DatedValue<T>[]): { ordered: DatedValue<T>[]; datesSayLater: boolean } {
  const ordered = values
    .map((v, i) => ({ v, i }))
    .sort((a, b) => {
      if (a.v.day === b.v.day) return a.i - b.i
      if (a.v.day === null) return 1
      if (b.v.day === null) return -1
      return a.v.day < b.v.day ? -1 : 1
    })
    .map(({ v }) => v)
  const days = new Set(values.map((v) => v.day))
  return { ordered, datesSayLater: !days.has(null) && days.size > 1 }
}
