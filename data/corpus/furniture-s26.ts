// Fresh furniture set (session 26, furniture4): 38 published pages from the `search` tool's `pages` store, pasted as
// stored (headline, standfirst, captions, share bars, related links, comment prompts, bylines, footers), every sentence
// or page line labelled C (claim), N (not a claim) or F (furniture) by reading, before the extractor ran on them.
// `split: dev` pages may be read; `split: check` pages are scored once before and once after the session's change and
// their misses are never printed. See data/corpus/README.md, "Fresh furniture set (session 26, furniture4)".
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { claimAt, heldByClaim } from '../../electron/core/extract/published-corpus'
import { locateKeys, readLabelFile, readLabelledPages } from './load'

export const FURNITURE_S26_DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), 'furniture-s26')

export type FreshSplit = 'dev' | 'check'
export type FreshKind = 'claim' | 'not-claim' | 'furniture'

export interface FreshLine {
  kind: FreshKind
  key: string
}

export interface FreshPage {
  /** "<lang>/<id>" */
  id: string
  language: string
  text: string
  url: string
  outlet: string
  date: string
  genre: string
  host: string
  split: FreshSplit
  lines: FreshLine[]
}

const KIND: Record<string, FreshKind> = { C: 'claim', N: 'not-claim', F: 'furniture' }

export function parseFreshLabels(id: string, language: string, text: string, file: string): FreshPage {
  const { field, lines: labelLines } = readLabelFile(id, file)
  const split = field('split')
  if (split !== 'dev' && split !== 'check') throw new Error(`${id}: split must be dev or check, not ${split}`)
  const lines: FreshLine[] = []
  for (const line of labelLines) {
    const m = /^([CNF]) \| (.+)$/.exec(line)
    if (!m) throw new Error(`${id}: cannot read label line: ${line}`)
    lines.push({ kind: KIND[m[1]], key: m[2] })
  }
  return { id, language, text, url: field('url'), outlet: field('outlet'), date: field('date'), genre: field('genre'), host: field('host'), split, lines }
}

export function loadFreshFurnitureSet(dir = FURNITURE_S26_DIR): FreshPage[] {
  return readLabelledPages(dir, '.labels', parseFreshLabels)
}

export interface FreshScore {
  id: string
  language: string
  split: FreshSplit
  furniture: number
  /** F lines a claim holds (the key's first character, as `scoreArticle` counts them). */
  furnitureAsClaims: number
  claims: number
  /** C lines no claim overlaps. */
  claimsLost: number
  problems: string[]
}

interface Span {
  start: number
  end: number
}

export function scoreFreshPage(page: FreshPage, extraction: { claims: Span[] }): FreshScore {
  const s: FreshScore = { id: page.id, language: page.language, split: page.split, furniture: 0, furnitureAsClaims: 0, claims: 0, claimsLost: 0, problems: [] }
  const short = (x: string) => (x.length > 60 ? `${x.slice(0, 60)}…` : x)
  for (const l of locateKeys(page)) {
    const claim = claimAt(extraction.claims, l.start, l.end)
    if (l.line.kind === 'furniture') {
      s.furniture++
      if (heldByClaim(claim, l.start)) {
        s.furnitureAsClaims++
        s.problems.push(`furniture as claim: ${short(l.line.key)}`)
      }
    } else if (l.line.kind === 'claim') {
      s.claims++
      if (!claim) {
        s.claimsLost++
        s.problems.push(`claim lost: ${short(l.line.key)}`)
      }
    }
  }
  return s
}

export function sumFreshScores(scores: FreshScore[]): { pages: number; furniture: number; furnitureAsClaims: number; rate: number; claims: number; claimsLost: number } {
  const sum = (k: 'furniture' | 'furnitureAsClaims' | 'claims' | 'claimsLost') => scores.reduce((a, s) => a + s[k], 0)
  const furniture = sum('furniture')
  return { pages: scores.length, furniture, furnitureAsClaims: sum('furnitureAsClaims'), rate: furniture ? sum('furnitureAsClaims') / furniture : 0, claims: sum('claims'), claimsLost: sum('claimsLost') }
}
