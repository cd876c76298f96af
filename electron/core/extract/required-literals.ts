// Literal strings one of which every match of a pattern must contain. One cheap pass over the text
// then rules a large pattern out before the regex engine tries it at every position: the title
// union of all packs cost a fifth of extraction time that way. Sound by construction: anything the
// reader does not understand counts as "nothing required". Literals are written in stand-ins
// (fold-classes.ts), so "Mayor", "MAYOR" and "mayor" are one literal under /i.
import { askClasses, STAND_INS, standIn } from './fold-classes'

interface Info {
  /** Every match, in stand-ins, is one of these few texts; undefined when there are more or they vary. */
  finite?: string[]
  /** Every match contains one of these (in stand-ins); null when nothing is known. */
  req: string[] | null
  /** Matches nothing (an assertion): literals on either side stay adjacent. */
  zeroWidth?: boolean
}

const UNKNOWN: Info = { req: null }
/** Past this many texts a finite set is dropped (cross products grow fast). */
const FINITE_LIMIT = 256
const ASSERTION: Info = { req: null, zeroWidth: true }

/** The stand-in of one pattern character (not a surrogate half: those are left unknown). */
function standInOf(c: string): string | undefined {
  const code = c.charCodeAt(0)
  return c.length !== 1 || (code >= 0xd800 && code <= 0xdfff) ? undefined : String.fromCharCode(standIn(code))
}

/** Better: longer shortest literal (rarer), then fewer literals. */
function better(a: string[], b: string[] | null): boolean {
  if (b === null) return true
  const minA = Math.min(...a.map((s) => s.length))
  const minB = Math.min(...b.map((s) => s.length))
  return minA > minB || (minA === minB && a.length < b.length)
}

function literal(char: string | undefined): Info {
  return char === undefined ? UNKNOWN : { finite: [char], req: [char] }
}

/** Every a + b, or undefined past FINITE_LIMIT. */
function product(as: string[], bs: string[]): string[] | undefined {
  if (as.length === 1 && bs.length === 1) return [as[0] + bs[0]]
  if (as.length * bs.length > FINITE_LIMIT) return undefined
  const out = new Set<string>()
  for (const a of as) for (const b of bs) out.add(a + b)
  return [...out]
}

class Reader {
  i = 0
  constructor(private readonly src: string) {}

  disjunction(): Info {
    const alts = [this.alternative()]
    while (this.src[this.i] === '|') {
      this.i++
      alts.push(this.alternative())
    }
    if (alts.length === 1) return alts[0]
    const all = alts.every((a) => a.finite !== undefined) ? [...new Set(alts.flatMap((a) => a.finite!))] : undefined
    const finite = all && all.length <= FINITE_LIMIT ? all : undefined
    if (alts.some((a) => a.req === null)) return { finite, req: null }
    return { finite, req: [...new Set(alts.flatMap((a) => a.req!))] }
  }

  /** A sequence: adjacent finite terms join into longer literals ("(?:Gov|Sen)" "\\." gives "gov.", "sen."). */
  alternative(): Info {
    let run: string[] | undefined = ['']
    let whole: string[] | undefined = ['']
    let best: string[] | null = null
    const offer = (req: string[] | null) => {
      if (req && req.length > 0 && !req.includes('') && better(req, best)) best = req
    }
    const flush = () => {
      if (run) offer(run)
      run = ['']
    }
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const term = this.term()
      if (term.zeroWidth) {
        offer(term.req)
        continue
      }
      if (term.finite !== undefined) {
        whole = whole && product(whole, term.finite)
        const joined = product(run!, term.finite)
        if (joined === undefined) {
          // too many combinations: what came before is one candidate, this term starts the next
          offer(run!)
          run = term.finite
        } else run = joined
        continue
      }
      flush()
      whole = undefined
      offer(term.req)
    }
    flush()
    return { finite: whole, req: best }
  }

  term(): Info {
    const atom = this.atom()
    const next = this.src[this.i]
    if (next !== '*' && next !== '+' && next !== '?' && next !== '{') return atom
    const q = /^(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})\??/.exec(this.src.slice(this.i, this.i + 24))
    if (!q) return atom
    this.i += q[0].length
    const min = q[1] ? (q[1] === '+' ? 1 : 0) : Number(q[2])
    const max = q[1] ? (q[1] === '?' ? 1 : Infinity) : q[3] ? (q[4] ? Number(q[4]) : Infinity) : min
    if (atom.zeroWidth) return ASSERTION
    // "x?" over a finite set is that set or nothing; other repeats keep only what one copy requires
    if (min === 0 && max === 1 && atom.finite) return { finite: [...new Set(['', ...atom.finite])], req: null }
    if (min === 0) return UNKNOWN
    const req = atom.finite && !atom.finite.includes('') ? atom.finite : atom.req
    return { finite: atom.finite && min === max && min === 1 ? atom.finite : undefined, req }
  }

  atom(): Info {
    const c = this.src[this.i]
    if (c === '(') return this.group()
    if (c === '[') return this.charClass()
    if (c === '\\') return this.escape()
    this.i++
    if (c === '^' || c === '$') return ASSERTION
    if (c === '.') return UNKNOWN
    if (/[\ud800-\udbff]/.test(c)) {
      this.i++ // the low half of a pair: one code point, matched as one
      return UNKNOWN
    }
    return literal(standInOf(c))
  }

  group(): Info {
    const head = /^\((\?(?:<=|<!|=|!|:|<[A-Za-z_$][\w$]*>))?/.exec(this.src.slice(this.i, this.i + 64))!
    this.i += head[0].length
    const inner = this.disjunction()
    if (this.src[this.i] !== ')') throw new Error(`required-literals: unbalanced group at ${this.i}`)
    this.i++
    // a positive lookaround matches nothing, but what it requires is in the text all the same ("^(?=.*cookies)(?=.*browser)"):
    // every use of these literals scans the same text the pattern runs on, not only the match
    if (head[1] === '?=' || head[1] === '?<=') return { req: inner.req, zeroWidth: true }
    return head[1] && /^\?(?:<!|!)$/.test(head[1]) ? ASSERTION : inner
  }

  /** "[gG]", "[Dd]" (one letter in both cases: one stand-in) is that letter; any other class is unknown. */
  charClass(): Info {
    let j = this.i + 1
    const members: string[] = []
    let plain = this.src[j] !== '^'
    while (j < this.src.length && this.src[j] !== ']') {
      if (this.src[j] === '\\') {
        plain = false
        j += 2
        continue
      }
      if (this.src[j] === '-' && members.length > 0 && this.src[j + 1] !== ']') plain = false
      members.push(this.src[j])
      j++
    }
    this.i = j + 1
    const chars = members.map(standInOf)
    if (!plain || chars.length === 0 || chars.some((l) => l === undefined || l !== chars[0])) return UNKNOWN
    return literal(chars[0])
  }

  escape(): Info {
    const rest = this.src.slice(this.i, this.i + 64) // long enough for "\p{Script_Extensions=Hangul}"
    const m = /^\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|k<[^>]*>|\d+|[\s\S])/.exec(rest)!
    this.i += m[0].length
    const e = m[0].slice(1)
    if (e === 'b' || e === 'B') return ASSERTION
    // an escaped syntax character ("\.", "\-", "\/") is itself; every other escape is unknown
    return literal(/^[\^$\\.*+?()[\]{}|/\-'’]$/.test(e) ? standInOf(e) : undefined)
  }
}

/**
 * Literals (in stand-ins) one of which every match of `source` contains, or null when the pattern
 * requires none this reader can name. /i is read as /iu would match (without /u, only a pattern of ASCII; with /v nothing is known).
 */
export function requiredLiterals(source: string, flags = 'u'): string[] | null {
  // without /u, /i joins a character to its toUpperCase, and never a non-ASCII one to an ASCII one: for a pattern of ASCII
  // alone that is each letter's two cases, inside its /iu class; any other /i pattern is not read
  if ((flags.includes('i') && !flags.includes('u') && /[^\x00-\x7f]/.test(source)) || flags.includes('v')) return null
  const key = `${flags}/${source}`
  if (!read.has(key)) read.set(key, readLiterals(source))
  return read.get(key)!
}

/** Patterns already read (the title union serves three tests). */
const read = new Map<string, string[] | null>()

function readLiterals(source: string): string[] | null {
  // every character the pattern names, in one batch: asked one by one they cost a scan each
  askClasses(Array.from(source, (ch) => ch.charCodeAt(0)))
  const reader = new Reader(source)
  const info = reader.disjunction()
  if (reader.i !== source.length) throw new Error(`required-literals: stray ")" at ${reader.i}`)
  // a literal holding another is redundant: "bundespräsident" is found whenever "präsident" is
  const req = info.req && [...new Set(info.req)].sort((a, b) => a.length - b.length)
  return req && req.filter((s, k) => !req.slice(0, k).some((t) => s.includes(t)))
}

/** `re.test`, skipped (false) when the text holds none of the literals every match needs. For a pattern without /g or /y. */
export function gatedTest(re: RegExp): (text: string) => boolean {
  return (text) => mayMatch(re, text) && re.test(text)
}

/**
 * `res.some((r) => r.test(text))`, trying only the patterns whose required literals the text holds: one pass over the text
 * per 30 patterns instead of one regex scan per pattern (the packs' furniture unions were a tenth of extraction time).
 * Callers ask several unions of one sentence in turn (furniture sentences, support, teasers, credits, appeals): a second
 * ask of a text, or the first by a union of several parts, scans it once for every union's patterns (the shared wide
 * index), and later asks read their bits.
 */
export function gatedSome(res: readonly RegExp[]): (text: string) => boolean {
  let parts: { index: LiteralIndex; res: readonly RegExp[] }[] | undefined
  /** This union's first bit in the shared wide index. */
  let first = -1
  return (text) => {
    parts ??= Array.from({ length: Math.ceil(res.length / 30) }, (_, k) => res.slice(k * 30, k * 30 + 30)).map((part) => ({
      index: new LiteralIndex(part.map((r) => requiredLiterals(r.source, r.flags))),
      res: part,
    }))
    if (first < 0) first = wide.join(res)
    const seen = wide.ask(text, parts.length)
    if (seen?.mask !== undefined && first + res.length <= seen.built) {
      const words = seen.mask
      for (let k = 0, bit = first; k < res.length; k++, bit++) if ((words[bit >> 5] & (1 << (bit & 31))) !== 0 && res[k].test(text)) return true
      return false
    }
    for (const part of parts) {
      const possible = part.index.possible(text)
      if (possible === 0) continue
      for (let k = 0; k < part.res.length; k++) if ((possible & (1 << k)) !== 0 && part.res[k].test(text)) return true
    }
    return false
  }
}

/**
 * A shared index is rebuilt as patterns come, once half as many again as it reads are waiting (at least one): a warm-up
 * pays a few small builds, not one per pattern. Both shared indexes below (gatedSome's and mayMatch's) follow this rule.
 */
function stale(listed: number, built: number): boolean {
  return listed - built >= Math.max(1, built >> 1)
}

/**
 * The patterns of every gatedSome union, read together. Their literals are cut to their first WIDE_CUT stand-ins: the
 * whole literals of the furniture unions make 48k states (a table of 30 MB), the cut ones far fewer, and a cut literal
 * is found wherever the whole one is, so a bit is set whenever the union's own index would set it (a few more patterns
 * are tried, never one fewer). The index is rebuilt as unions come (when half as many patterns again are waiting).
 */
const WIDE_CUT = 8
/** Past this many texts asked, the ones remembered are forgotten (a page's sentences fit many times over). */
const WIDE_SEEN = 16384
const wide = {
  lists: [] as (string[] | null)[],
  index: undefined as WideLiteralIndex | undefined,
  /** How many of `lists` the index reads. */
  built: 0,
  /**
   * Texts asked lately, by content: how often, and their bits once scanned (`built`: how many lists those cover). A
   * sentence is asked again well after its first asks (support and teasers per paragraph part, appeals per claim), so
   * the last text alone would not do.
   */
  seen: new Map<string, { asks: number; built: number; mask: Int32Array | undefined }>(),
  /** Adds a union's patterns; their first bit. */
  join(res: readonly RegExp[]): number {
    const at = this.lists.length
    for (const r of res) {
      const literals = requiredLiterals(r.source, r.flags)
      this.lists.push(literals && [...new Set(literals.map((l) => l.slice(0, WIDE_CUT)))])
    }
    return at
  },
  /**
   * Counts an ask of `text`; its bits from the second ask on, or from the first when the union asking has several parts
   * (which would scan the text once per part); undefined for the first ask by a union of one part.
   */
  ask(text: string, parts: number): { built: number; mask: Int32Array | undefined } | undefined {
    let entry = this.seen.get(text)
    if (entry === undefined) {
      if (this.seen.size >= WIDE_SEEN) this.seen.clear()
      this.seen.set(text, (entry = { asks: 0, built: 0, mask: undefined }))
    }
    if (++entry.asks === 1 && parts === 1) return undefined
    if (entry.mask === undefined) {
      if (this.index === undefined || stale(this.lists.length, this.built)) {
        this.index = new WideLiteralIndex(this.lists)
        this.built = this.lists.length
      }
      entry.mask = new Int32Array(this.index.words)
      this.index.possible(text, entry.mask)
      entry.built = this.built
    }
    return entry
  },
}

/** Per pattern asked through mayMatch: its own index (null: nothing required), and its bit in the shared index (-1: none). */
const indexOf = new WeakMap<RegExp, { own: LiteralIndex; bit: number } | null>()

/**
 * The patterns asked through mayMatch, read together. Callers ask several of them of one text in a row (the cue
 * patterns of attribution of a masked sentence: nine asks of the same text is common), and each ask scanned the whole
 * text again. The first ask of a text scans it with the pattern's own index, which stops at the first literal found; a
 * second ask scans it once with the shared index, and every later ask of that text reads its bit. A bit is set exactly
 * when the pattern's own index would answer non-zero, so the answers are the same. The shared index is rebuilt as
 * patterns come (when half as many again are waiting), so a warm-up pays a few small builds; past 31 patterns a pattern
 * keeps its own index.
 */
const shared = {
  lists: [] as string[][],
  index: undefined as LiteralIndex | undefined,
  /** How many of `lists` the index reads. */
  built: 0,
  text: undefined as string | undefined,
  asks: 0,
  mask: 0,
}

function sharedMask(text: string): number {
  if (shared.index === undefined || stale(shared.lists.length, shared.built)) {
    shared.index = new LiteralIndex(shared.lists)
    shared.built = shared.lists.length
  }
  return shared.index.possible(text)
}

/**
 * False when `text` holds none of the literals every match of `re` needs, so `re` cannot match it: a pack's union of cue
 * verbs scanned at every position of every sentence cost more than all the literal passes together.
 */
export function mayMatch(re: RegExp, text: string): boolean {
  let entry = indexOf.get(re)
  if (entry === undefined) {
    const literals = requiredLiterals(re.source, re.flags)
    const bit = literals === null || shared.lists.length >= 31 ? -1 : shared.lists.push(literals) - 1
    indexOf.set(re, (entry = literals === null ? null : { own: new LiteralIndex([literals]), bit }))
  }
  if (entry === null) return true
  if (text !== shared.text) {
    shared.text = text
    shared.asks = 0
  }
  if (++shared.asks === 2) shared.mask = sharedMask(text)
  // the first ask, a pattern outside the shared index, or one that came after it was built: the pattern's own index
  if (shared.asks === 1 || entry.bit < 0 || entry.bit >= shared.built) return entry.own.possible(text) !== 0
  return (shared.mask & (1 << entry.bit)) !== 0
}

/** `re.exec(text)`, skipped (null) when `text` holds none of the literals every match needs. For a pattern without /g or /y. */
export function gatedExec(re: RegExp, text: string): RegExpExecArray | null {
  return mayMatch(re, text) ? re.exec(text) : null
}

/** A LiteralIndex over `lists()`, built on first use. */
export function lazyIndex(lists: () => (string[] | null)[]): { possible(text: string): number } {
  let index: LiteralIndex | undefined
  return { possible: (text) => (index ??= new LiteralIndex(lists())).possible(text) }
}

/**
 * The automaton both indexes scan (Aho-Corasick over literals in stand-ins), flattened into a table (character class x
 * state), fallbacks resolved when it is built, so a text costs two array reads per character and no Map lookups. The
 * table is laid out column by column with the states numbered breadth first: a text spends most of its characters in the
 * root and the shallow states, and their entries for one character then share a few cache lines (row by row, the union
 * of the furniture patterns read a table of 8 MB at random and cost three times as much per character).
 */
interface Automaton {
  /** Per stand-in, its column in `delta`: 0 for a character no literal holds (it leads back to the root). */
  column: Uint16Array
  /** How many states: the length of one column. */
  states: number
  /** The state after reading a column's character in a state: delta[column * states + state]. */
  delta: Uint16Array | Int32Array
  /** Per state, its fallback (a shorter suffix); states are numbered breadth first, so a fallback comes first. */
  fail: Int32Array
  /** Per state, the lists whose literal ends exactly there. */
  ends: (number[] | undefined)[]
}

/** The automaton of `literals[k]` for every list k that has some (null and empty lists are left to the caller). */
function automaton(lists: (string[] | null)[]): Automaton {
  const column = new Uint16Array(0x10000)
  const next: Map<number, number>[] = [new Map()]
  const endsAt: (number[] | undefined)[] = [undefined]
  let width = 1
  lists.forEach((list, k) => {
    if (list === null || list.includes('')) return
    for (const literal of list) {
      let state = 0
      for (let i = 0; i < literal.length; i++) {
        const c = literal.charCodeAt(i)
        if (column[c] === 0) column[c] = width++
        let to = next[state].get(c)
        if (to === undefined) {
          to = next.length
          next.push(new Map())
          endsAt.push(undefined)
          next[state].set(c, to)
        }
        state = to
      }
      ;(endsAt[state] ??= []).push(k)
    }
  })
  // breadth first: the trie's states in order of depth, numbered by that order (the root stays 0)
  const order = [0]
  for (let q = 0; q < order.length; q++) for (const to of next[order[q]].values()) order.push(to)
  const n = order.length
  const rank = new Int32Array(n)
  order.forEach((state, k) => (rank[state] = k))
  const fail = new Int32Array(n)
  // states fit 16 bits in every index the packs build: half the table's memory
  const delta = n <= 0x10000 ? new Uint16Array(n * width) : new Int32Array(n * width)
  for (const [c, to] of next[0]) delta[column[c] * n] = rank[to]
  for (let k = 1; k < n; k++) {
    const f = fail[k]
    // a character without an edge of its own goes where the fallback's goes
    for (let col = 0, at = 0; col < width; col++, at += n) delta[at + k] = delta[at + f]
    for (const [c, to] of next[order[k]]) {
      const at = column[c] * n
      fail[rank[to]] = delta[at + f]
      delta[at + k] = rank[to]
    }
  }
  return { column, states: n, delta, fail, ends: order.map((state) => endsAt[state]) }
}

/**
 * Which of several literal lists (at most 31) a text may satisfy, in one pass over the text's stand-ins: hundreds of
 * includes() per sentence cost more than the regex time they saved.
 */
export class LiteralIndex {
  private readonly column: Uint16Array
  private readonly states: number
  private readonly delta: Uint16Array | Int32Array
  /** Per state, the lists (bits) of every literal that ends there, or ends in one of its suffixes. */
  private readonly out: Int32Array
  /** Lists with no literal known (null): always possible. */
  private readonly always: number
  private readonly full: number

  /** `lists[k]` is bit k of the mask `possible` returns. */
  constructor(lists: (string[] | null)[]) {
    const a = automaton(lists)
    this.column = a.column
    this.states = a.states
    this.delta = a.delta
    this.always = lists.reduce((m, list, k) => (list === null || list.includes('') ? m | (1 << k) : m), 0)
    this.full = lists.length >= 31 ? -1 : (1 << lists.length) - 1
    const out = new Int32Array(a.states)
    // breadth first, so a state's fallback is complete before the state
    for (let k = 0; k < a.states; k++) {
      out[k] = k === 0 ? 0 : out[a.fail[k]]
      for (const list of a.ends[k] ?? []) out[k] |= 1 << list
    }
    this.out = out
  }

  /** A mask of the lists one of whose literals occurs in `text`, plus those with none known. */
  possible(text: string): number {
    const { column, delta, out, states, full } = this
    let mask = this.always
    let state = 0
    for (let i = 0; i < text.length && mask !== full; i++) {
      state = delta[column[STAND_INS[text.charCodeAt(i)]] * states + state]
      mask |= out[state]
    }
    return mask
  }
}

/**
 * A LiteralIndex for any number of lists, in one pass: list k is bit k % 32 of word k >> 5 of what `possible` fills.
 * Few states end a literal, so each state holds the number of its row of words (0: none) and a text ORs a row only there.
 */
export class WideLiteralIndex {
  readonly words: number
  private readonly column: Uint16Array
  private readonly states: number
  private readonly delta: Uint16Array | Int32Array
  private readonly row: Int32Array
  /** Row r's words at rows[r * words]; row 0 is the lists with no literal known (null): always possible. */
  private readonly rows: Int32Array

  constructor(lists: (string[] | null)[]) {
    const a = automaton(lists)
    const words = (this.words = Math.max(1, Math.ceil(lists.length / 32)))
    this.column = a.column
    this.states = a.states
    this.delta = a.delta
    const always = lists.flatMap((list, k) => (list === null || list.includes('') ? [k] : []))
    const sets: number[][] = [always]
    const rowOf = new Map<string, number>([[always.join(), 0]])
    const setOf: number[][] = []
    const row = new Int32Array(a.states)
    for (let k = 0; k < a.states; k++) {
      // breadth first, so a state's fallback is complete before the state
      const inherited = k === 0 ? [] : setOf[a.fail[k]]
      const own = a.ends[k]
      const set = own ? [...new Set([...inherited, ...own])].sort((x, y) => x - y) : inherited
      setOf.push(set)
      if (set.length === 0) continue
      const key = set.join()
      let r = rowOf.get(key)
      if (r === undefined) rowOf.set(key, (r = sets.push([...new Set([...set, ...always])]) - 1))
      row[k] = r
    }
    this.row = row
    this.rows = new Int32Array(sets.length * words)
    sets.forEach((set, r) => {
      for (const list of set) this.rows[r * words + (list >> 5)] |= 1 << (list & 31)
    })
  }

  /** Fills `into` (this.words long) with the lists one of whose literals occurs in `text`, plus those with none known. */
  possible(text: string, into: Int32Array): void {
    const { column, delta, row, rows, states, words } = this
    for (let w = 0; w < words; w++) into[w] = rows[w]
    let state = 0
    for (let i = 0; i < text.length; i++) {
      state = delta[column[STAND_INS[text.charCodeAt(i)]] * states + state]
      const r = row[state]
      if (r !== 0) for (let w = 0, at = r * words; w < words; w++) into[w] |= rows[at + w]
    }
  }
}
