// Furniture labels for the byline set (session 25, furniture3): beside each byline-set page
// data/corpus/bylines/<lang>/<id>.txt, an `<id>.furniture` file labels every sentence or line as page furniture (F)
// or article text (B: a claim or not, not told apart), keyed as in the `.labels` files (a distinctive prefix, in text
// order). `split: dev` pages may be read and trained on; `split: check` pages are scored only (before and after).
// See data/corpus/README.md, "Furniture labels for the byline set (session 25)".
import { claimAt, heldByClaim } from '../../electron/core/extract/published-corpus'
import { BYLINE_DIR } from './bylines'
import { locateKeys, readLabelFile, readLabelledPages } from './load'

/** dev: trained on; check: scored before and after session 25's change; check3: session 25's fresh byline pages, scored once. */
export type FurnitureSplit = 'dev' | 'check' | 'check3'

export interface FurnitureLine {
  kind: 'furniture' | 'body'
  key: string
}

export interface FurniturePage {
  /** "<lang>/<id>" */
  id: string
  language: string
  text: string
  /** The page's host (www. dropped): the split's unit, so one outlet's pages stay on one side. */
  host: string
  split: FurnitureSplit
  lines: FurnitureLine[]
}

export function parseFurnitureLabels(id: string, language: string, text: string, file: string): FurniturePage {
  const { field, lines: labelLines } = readLabelFile(id, file)
  const split = field('split')
  if (split !== 'dev' && split !== 'check' && split !== 'check3') throw new Error(`${id}: split must be dev, check or check3, not ${split}`)
  const lines: FurnitureLine[] = []
  for (const line of labelLines) {
    const m = /^([FB]) \| (.+)$/.exec(line)
    if (!m) throw new Error(`${id}: cannot read furniture label line: ${line}`)
    lines.push({ kind: m[1] === 'F' ? 'furniture' : 'body', key: m[2] })
  }
  return { id, language, text, host: field('host'), split, lines }
}

export function loadFurnitureSet(dir = BYLINE_DIR): FurniturePage[] {
  return readLabelledPages(dir, '.furniture', parseFurnitureLabels)
}

export interface FurnitureScore {
  id: string
  split: FurnitureSplit
  furniture: number
  /** F lines that come out as claims: a claim holds the key's first character (as `scoreArticle` counts them). */
  furnitureAsClaims: number
  body: number
  /** B lines no claim holds and that the extractor put out as furniture (a non-claim holds their start). */
  bodyAsFurniture: number
  /** B lines no claim holds, dropped otherwise (skipped as opinion, question, fragment …; or nowhere). */
  bodyDroppedOther: number
  problems: string[]
}

interface Span {
  start: number
  end: number
}

/** Scores one page against an extraction (`claims`, `nonClaims`: any object with start/end offsets into the text). */
export function scoreFurniturePage(page: FurniturePage, extraction: { claims: (Span & { text: string })[]; nonClaims: Span[] }): FurnitureScore {
  const s: FurnitureScore = { id: page.id, split: page.split, furniture: 0, furnitureAsClaims: 0, body: 0, bodyAsFurniture: 0, bodyDroppedOther: 0, problems: [] }
  const short = (x: string) => (x.length > 60 ? `${x.slice(0, 60)}…` : x)
  for (const l of locateKeys(page)) {
    const claim = claimAt(extraction.claims, l.start, l.end)
    if (l.line.kind === 'furniture') {
      s.furniture++
      if (heldByClaim(claim, l.start)) {
        s.furnitureAsClaims++
        s.problems.push(`furniture as claim: ${short(l.line.key)}`)
      }
      continue
    }
    s.body++
    if (claim) continue
    if (extraction.nonClaims.some((n) => n.start <= l.start && l.start < n.end)) {
      s.bodyAsFurniture++
      s.problems.push(`body as furniture: ${short(l.line.key)}`)
    } else s.bodyDroppedOther++
  }
  return s
}

export function sumFurnitureScores(scores: FurnitureScore[]): { pages: number; furniture: number; furnitureAsClaims: number; rate: number; body: number; bodyAsFurniture: number; bodyDroppedOther: number } {
  const sum = (k: 'furniture' | 'furnitureAsClaims' | 'body' | 'bodyAsFurniture' | 'bodyDroppedOther') => scores.reduce((a, s) => a + s[k], 0)
  const furniture = sum('furniture')
  return { pages: scores.length, furniture, furnitureAsClaims: sum('furnitureAsClaims'), rate: furniture ? sum('furnitureAsClaims') / furniture : 0, body: sum('body'), bodyAsFurniture: sum('bodyAsFurniture'), bodyDroppedOther: sum('bodyDroppedOther') }
}
