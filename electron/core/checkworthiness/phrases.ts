// Cue phrases matched on the sentence's tokens instead of by regular expression: one pass
// with a hash lookup per token. Twenty regular expressions per sentence, each rescanning
// the text, cost 3 s per MB under load (measured); this costs a small fraction of that.
//
// A phrase is tokens separated by spaces; a token is alternatives separated by "|", each
// an exact word or a word with one "*" (3+ more letters: "*ed", "ge*t"); a token that ends
// in "?" may be absent. Example: "has|have not|never? been|*ed". An alternative "!word" or
// "!*ending" keeps such words from matching the token's wildcards ("*ала|!сначала": an adverb;
// "*ели|!*тели": the plural of a noun in -тель, "жители"). A token of "!" alternatives alone
// matches no word: it says which word may not stand there, after the phrase ("gracias !a|al":
// "gracias a" is "thanks to", a cause) or, first, before it ("!como si": "as if", no condition).
//
// What the lower-cased token no longer shows comes in per-token bits (features.ts fills them):
// a phrase does not run across punctuation ("más, de" is no "más de"), and a table may say that
// a name, or a capitalised word, matches none of its endings or words (guards below).

/** Capitalised inside its sentence: a name (in German, also a noun). */
export const TOKEN_NAME = 1
/** Capitalised, the sentence's first word too. */
export const TOKEN_CAPITALISED = 2
/** Punctuation stands between it and the word before: a phrase does not go on across it. */
export const TOKEN_AFTER_PUNCTUATION = 4

/** Token bits that keep a word from matching: a cue table's exact words, and its endings ("*ed"). */
export interface PhraseGuards {
  exact: number
  wildcard: number
}

interface Alternative {
  exact?: string
  prefix?: string
  suffix?: string
}

interface TokenSpec {
  alternatives: Alternative[]
  optional: boolean
  /** Words ("!word") and endings ("!*ending") its wildcards never match. */
  except: Alternative[] | null
  exactGuard: number
  wildcardGuard: number
}

export interface CompiledPhrases {
  /** Phrases whose first token is one exact word, by that word. */
  byFirst: Map<string, TokenSpec[][]>
  /** Phrases whose first token has a wildcard: tried at every position. */
  wildcard: TokenSpec[][]
}

const MIN_STEM = 3

function alternativeOf(text: string): Alternative {
  const star = text.indexOf('*')
  if (star < 0) return { exact: text }
  return { prefix: text.slice(0, star), suffix: text.slice(star + 1) }
}

function specOf(text: string, guards: PhraseGuards): TokenSpec {
  const optional = text.endsWith('?') && text.length > 1
  const body = optional ? text.slice(0, -1) : text
  const parts = body.split('|')
  const except = parts.filter((p) => p.startsWith('!')).map((p) => alternativeOf(p.slice(1)))
  return {
    alternatives: parts.filter((p) => !p.startsWith('!')).map(alternativeOf),
    optional,
    except: except.length > 0 ? except : null,
    exactGuard: guards.exact,
    wildcardGuard: guards.wildcard,
  }
}

const NO_GUARDS: PhraseGuards = { exact: 0, wildcard: 0 }

export function compilePhrases(phrases: string[], guards: PhraseGuards = NO_GUARDS): CompiledPhrases {
  const byFirst = new Map<string, TokenSpec[][]>()
  const wildcard: TokenSpec[][] = []
  for (const phrase of phrases) {
    const specs = phrase.toLowerCase().trim().split(/\s+/).map((t) => specOf(t, guards))
    // a phrase opening with a word that may not come before it is found by its next token
    const first = specs[0].alternatives.length === 0 ? specs[1] : specs[0]
    if (!first.optional && first.alternatives.every((a) => a.exact !== undefined)) {
      for (const a of first.alternatives) {
        const list = byFirst.get(a.exact!) ?? []
        list.push(specs)
        byFirst.set(a.exact!, list)
      }
    } else wildcard.push(specs)
  }
  return { byFirst, wildcard }
}

function excepted(spec: TokenSpec, token: string): boolean {
  if (!spec.except) return false
  return spec.except.some((a) => (a.exact !== undefined ? a.exact === token : token.startsWith(a.prefix!) && token.endsWith(a.suffix!)))
}

function tokenMatches(spec: TokenSpec, token: string, bits: number): boolean {
  for (const a of spec.alternatives) {
    if (a.exact !== undefined) {
      if (a.exact === token && (bits & spec.exactGuard) === 0) return true
    } else if ((bits & spec.wildcardGuard) === 0 && token.length >= a.prefix!.length + a.suffix!.length + MIN_STEM && token.startsWith(a.prefix!) && token.endsWith(a.suffix!) && !excepted(spec, token)) return true
  }
  return false
}

/** Number of tokens matched from `at` (0 = no match); `first` is the phrase's first token. */
function matchAt(specs: TokenSpec[], tokens: string[], at: number, bits: ArrayLike<number> | undefined, s = 0, first = at): number {
  let i = at
  for (let k = s; k < specs.length; k++) {
    const spec = specs[k]
    if (spec.alternatives.length === 0) {
      // a word that may not stand next to the phrase: the one before it (first) or after it; punctuation parts them
      const j = k === 0 ? i - 1 : i
      const apart = j < 0 || j >= tokens.length || (bits !== undefined && (bits[i] & TOKEN_AFTER_PUNCTUATION) !== 0)
      if (!apart && excepted(spec, tokens[j])) return 0
      continue
    }
    const b = bits && i < tokens.length ? bits[i] : 0
    if (i < tokens.length && !(i > first && (b & TOKEN_AFTER_PUNCTUATION) !== 0) && tokenMatches(spec, tokens[i], b)) {
      if (spec.optional) {
        // prefer taking the optional token, fall back to skipping it
        const rest = matchAt(specs, tokens, i + 1, bits, k + 1, first)
        if (rest > 0 || k + 1 === specs.length) return i + 1 - at + rest
        continue
      }
      i++
    } else if (!spec.optional) return 0
  }
  return i - at
}

/** The first match as [start token, token count], or null; `bits` per token as above (none: all 0). */
export function findPhrase(compiled: CompiledPhrases, tokens: string[], bits?: ArrayLike<number>): [number, number] | null {
  for (let i = 0; i < tokens.length; i++) {
    const candidates = compiled.byFirst.get(tokens[i])
    if (candidates) {
      for (const specs of candidates) {
        const n = matchAt(specs, tokens, i, bits)
        if (n > 0) return [i, n]
      }
    }
    for (const specs of compiled.wildcard) {
      const n = matchAt(specs, tokens, i, bits)
      if (n > 0) return [i, n]
    }
  }
  return null
}

/** Several compiled phrase sets searched in one pass: one map lookup per token instead of one per set. */
export interface PhraseSets {
  count: number
  /** Per first word, every set's phrases starting with it: [set, phrase], sets in order, each set's phrases in its order. */
  byFirst: Map<string, [number, TokenSpec[]][]>
  /** Sets with wildcard phrases, in order, with those phrases. */
  wildcard: [number, TokenSpec[][]][]
}

export function combinePhrases(sets: CompiledPhrases[]): PhraseSets {
  const byFirst = new Map<string, [number, TokenSpec[]][]>()
  const wildcard: [number, TokenSpec[][]][] = []
  sets.forEach((set, k) => {
    for (const [word, list] of set.byFirst) {
      const entries = byFirst.get(word) ?? []
      for (const specs of list) entries.push([k, specs])
      byFirst.set(word, entries)
    }
    if (set.wildcard.length > 0) wildcard.push([k, set.wildcard])
  })
  return { count: sets.length, byFirst, wildcard }
}

/** Per set, what `findPhrase` finds with that set alone: its first match as [start token, token count], or null. */
export function findPhrases(sets: PhraseSets, tokens: string[], bits?: ArrayLike<number>): ([number, number] | null)[] {
  const found: ([number, number] | null)[] = new Array(sets.count).fill(null)
  let missing = sets.count
  for (let i = 0; i < tokens.length && missing > 0; i++) {
    // a set's exact-first phrases before its wildcard phrases at the same token, as findPhrase tries them
    const candidates = sets.byFirst.get(tokens[i])
    if (candidates) {
      for (const [k, specs] of candidates) {
        if (found[k] !== null) continue
        const n = matchAt(specs, tokens, i, bits)
        if (n > 0) {
          found[k] = [i, n]
          missing--
        }
      }
    }
    for (const [k, list] of sets.wildcard) {
      if (found[k] !== null) continue
      for (const specs of list) {
        const n = matchAt(specs, tokens, i, bits)
        if (n > 0) {
          found[k] = [i, n]
          missing--
          break
        }
      }
    }
  }
  return found
}
