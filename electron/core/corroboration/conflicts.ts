// Figures for the same counted thing that cannot both be true within their bounds.
// "At least 12" and "15" do not conflict; "12 dead" and "4 dead" do. A later figure
// from the same source (same outlet, or the same cited source) is an update instead.
import type { CountedThing } from './counted-things'
import type { Figure } from './figures'

export interface FigureHolder {
  articleId: string
  claimId: string
  figures: readonly Figure[]
  /** The article's outlet, lower case. */
  outlet: string | null
  /** Who the claim cites, lower case. */
  attribution: string | null
  /** Publication day of the article. */
  day: number | null
  /** Origins the figure rests on (the claim's, else its article's): see origins.ts. */
  origins: ReadonlySet<string>
}

export interface FigureValue {
  value: number
  upper: number | null
  bound: Figure['bound']
  text: string
  articleId: string
  claimId: string
}

export interface FigureDisagreement {
  quantity: CountedThing
  /** conflict: cannot both be true; update: a later (or revised) figure from the same source. */
  kind: 'conflict' | 'update'
  values: FigureValue[]
}

/** The values a figure allows. Round thousands ("1,400") are read as rounded. */
export function interval(f: Pick<Figure, 'value' | 'upper' | 'bound'>): [number, number] {
  const v = f.value
  switch (f.bound) {
    case 'at-least':
      return [v, Number.POSITIVE_INFINITY]
    case 'at-most':
      return [0, v]
    case 'range':
      return [v, f.upper ?? v]
    case 'about': {
      const slack = Math.max(1, v * 0.1)
      return [v - slack, v + slack]
    }
    default:
      return v >= 1000 && v % 100 === 0 ? [v * 0.95, v * 1.05] : [v, v]
  }
}

export function compatible(a: Pick<Figure, 'value' | 'upper' | 'bound'>, b: Pick<Figure, 'value' | 'upper' | 'bound'>): boolean {
  const [a0, a1] = interval(a)
  const [b0, b1] = interval(b)
  return a0 <= b1 && b0 <= a1
}

function sameSource(x: FigureHolder, y: FigureHolder): boolean {
  if (x.outlet && y.outlet && x.outlet === y.outlet) return true
  for (const o of x.origins) if (y.origins.has(o)) return true
  return x.attribution !== null && x.attribution.length > 3 && x.attribution === y.attribution
}

function valueOf(holder: FigureHolder, f: Figure): FigureValue {
  return { value: f.value, upper: f.upper, bound: f.bound, text: f.text, articleId: holder.articleId, claimId: holder.claimId }
}

/**
 * Conflicts and updates among the claims of one group, per counted thing. A quantity
 * is a conflict when any two claims from different articles disagree and are not an
 * update; all values for that quantity are listed, so the reviewer sees the whole picture.
 */
export function disagreements(holders: FigureHolder[]): FigureDisagreement[] {
  const byThing = new Map<CountedThing, { holder: FigureHolder; figure: Figure }[]>()
  for (const holder of holders) {
    for (const figure of holder.figures) {
      const list = byThing.get(figure.counted) ?? []
      list.push({ holder, figure })
      byThing.set(figure.counted, list)
    }
  }
  const out: FigureDisagreement[] = []
  for (const [quantity, list] of [...byThing].sort(([a], [b]) => (a < b ? -1 : 1))) {
    let conflict = false
    let update = false
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const x = list[i]
        const y = list[j]
        if (x.holder.articleId === y.holder.articleId || compatible(x.figure, y.figure)) continue
        // One source revising its own figure is an update, dated or not: it cannot contradict itself.
        if (sameSource(x.holder, y.holder)) update = true
        else conflict = true
      }
    }
    if (!conflict && !update) continue
    const values = list.map(({ holder, figure }) => valueOf(holder, figure))
    out.push({ quantity, kind: conflict ? 'conflict' : 'update', values })
  }
  return out
}
