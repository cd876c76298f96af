// V8 stops optimising a regular expression once its source passes about 20 KB: the packs' unions of titles of office
// (45 KB) and of offices (29 KB) ran some fifteen times slower as one RegExp than as their parts (session 32). An
// alternation tried in order is the same as its parts tried in order, so the large unions are kept as parts of a
// bounded size and asked through `PartsUnion`, which answers as the one RegExp would: the leftmost match, and at that
// position the earliest part.
import { LiteralIndex, requiredLiterals } from './required-literals'

/** Parts of at most this many characters stay well under V8's limit. */
export const PART_LIMIT = 12_000

interface Scan {
  /** Indexes of `|` at depth 0. */
  bars: number[]
  /** Top-level groups as [open, close] indexes of their parentheses. */
  groups: [number, number][]
  captures: boolean
}

function scan(source: string): Scan | null {
  const bars: number[] = []
  const groups: [number, number][] = []
  const stack: number[] = []
  let captures = false
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') {
      i++
      continue
    }
    if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++
      continue
    }
    if (c === '(') {
      if (source[i + 1] !== '?' || source[i + 2] === '<' && /[A-Za-z_$]/.test(source[i + 3] ?? '')) captures = true
      stack.push(i)
    } else if (c === ')') {
      const open = stack.pop()
      if (open === undefined) return null
      if (stack.length === 0) groups.push([open, i])
    } else if (c === '|' && stack.length === 0) bars.push(i)
  }
  return stack.length === 0 ? { bars, groups, captures } : null
}

const LOOK = /^\(\?(?:<=|<!|=|!)/

/** Joins alternatives, in order, into as few parts of at most `limit` characters as they fit in. */
function chunk(alternatives: string[], limit: number): string[] {
  const out: string[] = []
  let current: string[] = []
  let size = 0
  for (const a of alternatives) {
    if (current.length > 0 && size + a.length + 1 > limit) {
      out.push(current.join('|'))
      current = []
      size = 0
    }
    current.push(a)
    size += a.length + 1
  }
  if (current.length > 0) out.push(current.join('|'))
  return out
}

/**
 * Alternatives whose union, tried in order, matches what `source` matches, each at most `limit` characters where the
 * pattern allows it: split at top-level `|`, inside a group around the whole, and inside a group that only zero-width
 * assertions precede ("(?<!W)(?:a|b)(?!W)" gives "(?<!W)(?:a)(?!W)" and "(?<!W)(?:b)(?!W)": the assertions are tried
 * the same way before each). A pattern with capturing groups is returned whole (the parts would number them apart).
 */
export function splitAlternation(source: string, limit = PART_LIMIT): string[] {
  if (source.length <= limit) return [source]
  const s = scan(source)
  if (!s || s.captures) return [source]
  if (s.bars.length > 0) {
    const alternatives: string[] = []
    let from = 0
    for (const bar of [...s.bars, source.length]) {
      alternatives.push(...splitAlternation(source.slice(from, bar), limit))
      from = bar + 1
    }
    return chunk(alternatives, limit)
  }
  // one alternative: a group around the whole, or assertions, a group, and what follows it
  let k = 0
  while (k < s.groups.length && LOOK.test(source.slice(s.groups[k][0])) && (k === 0 ? s.groups[k][0] === 0 : s.groups[k][0] === s.groups[k - 1][1] + 1)) k++
  const group = s.groups[k]
  const lookEnd = k === 0 ? 0 : s.groups[k - 1][1] + 1
  if (!group || group[0] !== lookEnd || !source.startsWith('(?:', group[0])) return [source]
  const after = source.slice(group[1] + 1)
  // a quantified group ("(?:a|b)+") repeats its choice: it cannot be split
  if (/^[?*+{]/.test(after)) return [source]
  const before = source.slice(0, group[0])
  const inner = splitAlternation(source.slice(group[0] + 3, group[1]), Math.max(1, limit - before.length - after.length - 4))
  if (inner.length === 1) return [source]
  return inner.map((part) => `${before}(?:${part})${after}`)
}

/** An ordered alternation kept as parts: `test`, and the successive matches of a global scan with their groups. */
export class PartsUnion {
  private readonly plain: RegExp[]
  private global: RegExp[] | undefined
  /** Bit k: part k may match (the text holds a literal its matches need); one pass over the text for every part. */
  private index: LiteralIndex | undefined

  constructor(
    readonly sources: readonly string[],
    readonly flags: string,
  ) {
    if (sources.length > 31) throw new Error(`PartsUnion: ${sources.length} parts, at most 31`)
    this.plain = sources.map((s) => new RegExp(s, flags))
  }

  /** The parts that may match in `text`, as bits. */
  possible(text: string): number {
    this.index ??= new LiteralIndex(this.sources.map((s) => requiredLiterals(s, this.flags)))
    return this.index.possible(text)
  }

  /** Any part matches somewhere (a part is skipped when the text lacks the literals it needs). */
  test(text: string): boolean {
    const mask = this.possible(text)
    if (mask === 0) return false
    for (let k = 0; k < this.plain.length; k++) if ((mask & (1 << k)) !== 0 && this.plain[k].test(text)) return true
    return false
  }

  /**
   * The union's successive, non-overlapping matches with their groups, as `exec` with /g gives them. Each part numbers its own groups: the caller's parts must hold the same groups
   * in the same places (splitAlternation never splits a pattern with captures; a common suffix may hold them).
   */
  execAll(text: string): RegExpExecArray[] {
    this.global ??= this.sources.map((s) => new RegExp(s, `${this.flags}g`))
    const out: RegExpExecArray[] = []
    const mask = this.possible(text)
    const parts = this.global.filter((_, k) => (mask & (1 << k)) !== 0)
    if (parts.length === 0) return out
    // each part's next match at or after `from` (null: none left), found again only once `from` passes it
    const next: (RegExpExecArray | null | undefined)[] = parts.map(() => undefined)
    let from = 0
    while (from <= text.length) {
      let best = -1
      for (let k = 0; k < parts.length; k++) {
        let m = next[k]
        if (m === undefined || (m !== null && m.index < from)) {
          parts[k].lastIndex = from
          m = next[k] = parts[k].exec(text)
        }
        // the leftmost match wins; at the same position the earlier part, as in the alternation
        if (m && (best < 0 || m.index < next[best]!.index)) best = k
      }
      if (best < 0) break
      const m = next[best]!
      out.push(m)
      from = m.index + m[0].length + (m[0].length === 0 ? 1 : 0)
    }
    return out
  }
}
