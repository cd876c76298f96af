// Literal strings one of which every match of a (case-sensitive, /u) pattern must contain. A cheap
// includes() over the lowercased text then rules a large pattern out before the regex engine tries
// it at every position: the title union of all packs cost a fifth of extraction time that way.
// Sound by construction: anything the reader does not understand counts as "nothing required".

interface Info {
  /** Every match, lowercased, is one of these few texts; undefined when there are more or they vary. */
  finite?: string[]
  /** Every match contains one of these (lowercased); null when nothing is known. */
  req: string[] | null
  /** Matches nothing (an assertion): literals on either side stay adjacent. */
  zeroWidth?: boolean
}

const UNKNOWN: Info = { req: null }
/** Past this many texts a finite set is dropped (cross products grow fast). */
const FINITE_LIMIT = 256
const ASSERTION: Info = { req: null, zeroWidth: true }

/** A character whose lowercase is one fixed character, whatever surrounds it (not a sigma, not "İ"). */
function lowerOf(c: string): string | undefined {
  if (c.length !== 1 || /[\u03a3\u03c3\u03c2\ud800-\udfff]/.test(c)) return undefined
  const lower = c.toLowerCase()
  return lower.length === 1 ? lower : undefined
}

/** Better: longer shortest literal (rarer), then fewer literals. */
function better(a: string[], b: string[] | null): boolean {
  if (b === null) return true
  const minA = Math.min(...a.map((s) => s.length))
  const minB = Math.min(...b.map((s) => s.length))
  return minA > minB || (minA === minB && a.length < b.length)
}

function literal(lower: string | undefined): Info {
  return lower === undefined ? UNKNOWN : { finite: [lower], req: [lower] }
}

/** Every a + b, or undefined past FINITE_LIMIT. */
function product(as: string[], bs: string[]): string[] | undefined {
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
      if (term.zeroWidth) continue
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
    return literal(lowerOf(c))
  }

  group(): Info {
    const head = /^\((\?(?:<=|<!|=|!|:|<[A-Za-z_$][\w$]*>))?/.exec(this.src.slice(this.i, this.i + 64))!
    this.i += head[0].length
    const inner = this.disjunction()
    if (this.src[this.i] !== ')') throw new Error(`required-literals: unbalanced group at ${this.i}`)
    this.i++
    return head[1] && /^\?(?:<=|<!|=|!)$/.test(head[1]) ? ASSERTION : inner
  }

  /** "[gG]", "[Dd]" (one letter in both cases) is that letter; any other class is unknown. */
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
    const lowers = members.map(lowerOf)
    if (!plain || lowers.length === 0 || lowers.some((l) => l === undefined || l !== lowers[0])) return UNKNOWN
    return literal(lowers[0])
  }

  escape(): Info {
    const rest = this.src.slice(this.i, this.i + 16)
    const m = /^\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|k<[^>]*>|\d+|[\s\S])/.exec(rest)!
    this.i += m[0].length
    const e = m[0].slice(1)
    if (e === 'b' || e === 'B') return ASSERTION
    // an escaped syntax character ("\.", "\-", "\/") is itself; every other escape is unknown
    return literal(/^[\^$\\.*+?()[\]{}|/\-'’]$/.test(e) ? lowerOf(e) : undefined)
  }
}

/**
 * Lowercased literals one of which every match of `source` contains, or null when the pattern
 * requires none this reader can name. For patterns compiled with /u and without /i.
 */
export function requiredLiterals(source: string): string[] | null {
  const reader = new Reader(source)
  const info = reader.disjunction()
  if (reader.i !== source.length) throw new Error(`required-literals: stray ")" at ${reader.i}`)
  // a literal holding another is redundant: "bundespräsident" is found whenever "präsident" is
  const req = info.req && [...new Set(info.req)].sort((a, b) => a.length - b.length)
  return req && req.filter((s, k) => !req.slice(0, k).some((t) => s.includes(t)))
}

/**
 * Which of several literal lists a lowercased text may satisfy, in one pass over the text: each
 * literal is filed under its first two characters. Hundreds of includes() per sentence cost more
 * than the regex time they saved.
 */
export class LiteralIndex {
  private readonly byPair = new Map<number, { literal: string; bit: number }[]>()
  private readonly bySingle = new Map<number, number>()
  /** Lists with no literal known (null): always possible. */
  private readonly always: number
  private readonly full: number

  /** `lists[k]` is bit k of the mask `possible` returns. */
  constructor(lists: (string[] | null)[]) {
    let always = 0
    lists.forEach((list, k) => {
      const bit = 1 << k
      if (list === null || list.includes('')) {
        always |= bit
        return
      }
      for (const literal of list) {
        if (literal.length === 1) {
          this.bySingle.set(literal.charCodeAt(0), (this.bySingle.get(literal.charCodeAt(0)) ?? 0) | bit)
          continue
        }
        const key = literal.charCodeAt(0) * 0x10000 + literal.charCodeAt(1)
        const slot = this.byPair.get(key)
        if (slot) slot.push({ literal, bit })
        else this.byPair.set(key, [{ literal, bit }])
      }
    })
    this.always = always
    this.full = lists.length >= 31 ? -1 : (1 << lists.length) - 1
  }

  /** A mask of the lists one of whose literals occurs in `lowerText` (the text lowercased), plus those with none known. */
  possible(lowerText: string): number {
    let mask = this.always
    for (let i = 0; i < lowerText.length; i++) {
      const c = lowerText.charCodeAt(i)
      const single = this.bySingle.get(c)
      if (single !== undefined) mask |= single
      if (i + 1 >= lowerText.length) break
      const slot = this.byPair.get(c * 0x10000 + lowerText.charCodeAt(i + 1))
      if (!slot) continue
      for (const { literal, bit } of slot) if (!(mask & bit) && lowerText.startsWith(literal, i)) mask |= bit
      if (mask === this.full) break
    }
    return mask
  }
}
