// What a reviewer types in the search box, understood: words, "quoted phrases" and
// filters (status:contradicted, sourcing:anonymous-source, tag:casualties). The index
// (core/search.ts, in a worker later) finds candidates by their words; this module
// decides which candidates really match, ranks exact and phrase matches first, and
// says where the match is, for highlighting. No zod, no node: the renderer imports it.
//
// Why a second look after the index: the index scores a claim by its article's title
// too, and by prefix and fuzzy forms, so "explosion" found every claim of the
// explosion article ("Haste had led to misfortune") with nothing to show why. Here a
// claim matches only when each word, or a form of it, is in the claim's own text,
// note, tags, attribution or evidence.
import { tokenize } from './search'
import { CORROBORATION_STATUSES, SOURCING_TYPES, type Corroboration, type SourcingType } from './vocabulary'

export interface SearchQuery {
  /** Single words, folded as the index folds them. */
  words: string[]
  /** Quoted phrases, each as its folded words. */
  phrases: string[][]
  corroboration: Corroboration[]
  sourcing: SourcingType[]
  tags: string[]
  /** Filters that named no known value, to tell the reviewer. */
  unknownFilters: string[]
}

export interface TextRange {
  start: number
  end: number
}

/** The searchable parts of a claim, the same fields the index reads. */
export interface SearchableClaim {
  text: string
  note: string
  tags: string[]
  attribution: string | null
  evidence: string[]
  corroboration: Corroboration
  sourcing: SourcingType
}

/** Rank classes: an exact phrase or every word as typed beats a form of a word. */
export const MATCH_RANK = { phrase: 3, exact: 2, form: 1, none: 0 } as const
export type MatchKind = keyof typeof MATCH_RANK

const FILTER = /(^|\s)(status|corroboration|sourcing|source|tag):("[^"]*"|\S+)/gi
const PHRASE = /"([^"]+)"/g

function matchValue<T extends string>(values: readonly T[], raw: string): T | null {
  const wanted = raw.toLowerCase().replace(/[\s_]+/g, '-')
  return values.find((v) => v === wanted) ?? values.find((v) => v.startsWith(wanted)) ?? null
}

export function parseSearchQuery(input: string): SearchQuery {
  const query: SearchQuery = { words: [], phrases: [], corroboration: [], sourcing: [], tags: [], unknownFilters: [] }
  let rest = input.replace(FILTER, (_all, lead: string, name: string, raw: string) => {
    const value = raw.replace(/^"|"$/g, '')
    const kind = name.toLowerCase()
    if (kind === 'tag') query.tags.push(value.toLowerCase())
    else if (kind === 'sourcing' || kind === 'source') {
      const found = matchValue(SOURCING_TYPES, value)
      if (found) query.sourcing.push(found)
      else query.unknownFilters.push(`${name}:${value}`)
    } else {
      const found = matchValue(CORROBORATION_STATUSES, value)
      if (found) query.corroboration.push(found)
      else query.unknownFilters.push(`${name}:${value}`)
    }
    return lead
  })
  rest = rest.replace(PHRASE, (_all, phrase: string) => {
    const words = tokenize(phrase)
    if (words.length > 1) query.phrases.push(words)
    else if (words.length === 1) query.words.push(words[0])
    return ' '
  })
  query.words.push(...tokenize(rest.replaceAll('"', ' ')))
  query.words = [...new Set(query.words)]
  return query
}

/** Words to ask the index for: every word and every phrase word. */
export function indexQuery(query: SearchQuery): string {
  return [...query.words, ...query.phrases.flat()].join(' ')
}

export function hasTextTerms(query: SearchQuery): boolean {
  return query.words.length > 0 || query.phrases.length > 0
}

export function isEmptyQuery(query: SearchQuery): boolean {
  return !hasTextTerms(query) && !query.corroboration.length && !query.sourcing.length && !query.tags.length
}

// --- matching ----------------------------------------------------------------

interface Token {
  word: string
  start: number
  end: number
}

/** Words of a text with their offsets, folded like tokenize() (diacritics off, lower case). */
export function tokensOf(text: string): Token[] {
  const tokens: Token[] = []
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const raw = m[0]
    const word = /[^\x00-\x7f]/.test(raw) ? raw.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase() : raw.toLowerCase()
    tokens.push({ word, start: m.index!, end: m.index! + raw.length })
  }
  return tokens
}

const SUFFIX = /(?:ies|es|s|ed|ing|ly|er|ers)$/
function stem(word: string): string {
  return word.length > 4 ? word.replace(SUFFIX, '') : word
}

/** Edit distance counting a swap of neighbours as one edit ("explosoin"), stopped early past `max`. */
function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false
  let before: number[] = []
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j], before[j - 2] + 1)
      best = Math.min(best, row[j])
    }
    if (best > max) return false
    before = previous
    previous = row
  }
  return previous[b.length] <= max
}

/** How a text word answers a query word: as typed, as a form of it (plural, tense, a typo), or not. */
export function wordMatch(term: string, word: string): MatchKind {
  if (word === term) return 'exact'
  if (term.length >= 4 && word.startsWith(term) && word.length - term.length <= 3) return 'form'
  if (term.length >= 4 && stem(word) === stem(term)) return 'form'
  if (term.length >= 5 && withinEdits(term, word, 1)) return 'form'
  return 'none'
}

function phraseRanges(tokens: Token[], phrase: string[]): TextRange[] {
  const ranges: TextRange[] = []
  for (let i = 0; i + phrase.length <= tokens.length; i++) {
    if (phrase.every((w, k) => tokens[i + k].word === w)) ranges.push({ start: tokens[i].start, end: tokens[i + phrase.length - 1].end })
  }
  return ranges
}

export interface ClaimMatch {
  kind: MatchKind
  /** Where the query matched in the claim's text (not in its note or evidence). */
  ranges: TextRange[]
}

/**
 * Whether a claim matches the whole query, how well, and where in its text. Every word
 * and phrase must occur in one of the claim's own fields; every filter must hold.
 */
export function matchClaim(query: SearchQuery, claim: SearchableClaim): ClaimMatch | null {
  if (query.corroboration.length && !query.corroboration.includes(claim.corroboration)) return null
  if (query.sourcing.length && !query.sourcing.includes(claim.sourcing)) return null
  if (query.tags.length && !query.tags.every((t) => claim.tags.some((own) => own.toLowerCase() === t))) return null

  const textTokens = tokensOf(claim.text)
  const otherTokens = tokensOf([claim.note, claim.tags.join(' '), claim.attribution ?? '', ...claim.evidence].join('\n'))
  const ranges: TextRange[] = []
  let kind: MatchKind = hasTextTerms(query) ? 'exact' : 'none'
  for (const phrase of query.phrases) {
    const inText = phraseRanges(textTokens, phrase)
    if (!inText.length && !phraseRanges(otherTokens, phrase).length) return null
    ranges.push(...inText)
  }
  let allExact = true
  for (const term of query.words) {
    let best: MatchKind = 'none'
    for (const token of textTokens) {
      const found = wordMatch(term, token.word)
      if (found === 'none') continue
      ranges.push({ start: token.start, end: token.end })
      if (MATCH_RANK[found] > MATCH_RANK[best]) best = found
    }
    if (best === 'none') {
      for (const token of otherTokens) {
        const found = wordMatch(term, token.word)
        if (MATCH_RANK[found] > MATCH_RANK[best]) best = found
        if (best === 'exact') break
      }
    }
    if (best === 'none') return null
    if (best !== 'exact') allExact = false
  }
  if (query.phrases.length) kind = 'phrase'
  else if (!allExact) kind = 'form'
  return { kind, ranges: mergeRanges(ranges) }
}

function mergeRanges(ranges: TextRange[]): TextRange[] {
  const sorted = ranges.slice().sort((a, b) => a.start - b.start)
  const merged: TextRange[] = []
  for (const r of sorted) {
    const last = merged[merged.length - 1]
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end)
    else merged.push({ ...r })
  }
  return merged
}

/** Cuts a text into plain and matched parts, for rendering highlights as text (never HTML). */
export function splitByRanges(text: string, ranges: readonly TextRange[]): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = []
  let at = 0
  for (const r of ranges) {
    if (r.start > at) parts.push({ text: text.slice(at, r.start), match: false })
    parts.push({ text: text.slice(r.start, r.end), match: true })
    at = r.end
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false })
  return parts
}
