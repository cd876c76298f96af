// Cue phrases matched on the sentence's tokens instead of by regular expression: one pass
// with a hash lookup per token. Twenty regular expressions per sentence, each rescanning
// the text, cost 3 s per MB under load (measured); this costs a small fraction of that.
//
// A phrase is tokens separated by spaces; a token is alternatives separated by "|", each
// an exact word or a word with one "*" (3+ more letters: "*ed", "ge*t"); a token that ends
// in "?" may be absent. Example: "has|have not|never? been|*ed".

interface Alternative {
  exact?: string
  prefix?: string
  suffix?: string
}

interface TokenSpec {
  alternatives: Alternative[]
  optional: boolean
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

function specOf(text: string): TokenSpec {
  const optional = text.endsWith('?') && text.length > 1
  const body = optional ? text.slice(0, -1) : text
  return { alternatives: body.split('|').map(alternativeOf), optional }
}

export function compilePhrases(phrases: string[]): CompiledPhrases {
  const byFirst = new Map<string, TokenSpec[][]>()
  const wildcard: TokenSpec[][] = []
  for (const phrase of phrases) {
    const specs = phrase.toLowerCase().trim().split(/\s+/).map(specOf)
    const first = specs[0]
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

function tokenMatches(spec: TokenSpec, token: string): boolean {
  for (const a of spec.alternatives) {
    if (a.exact !== undefined) {
      if (a.exact === token) return true
    } else if (token.length >= a.prefix!.length + a.suffix!.length + MIN_STEM && token.startsWith(a.prefix!) && token.endsWith(a.suffix!)) return true
  }
  return false
}

/** Number of tokens matched from `at` (0 = no match). */
function matchAt(specs: TokenSpec[], tokens: string[], at: number, s = 0): number {
  let i = at
  for (let k = s; k < specs.length; k++) {
    const spec = specs[k]
    if (i < tokens.length && tokenMatches(spec, tokens[i])) {
      if (spec.optional) {
        // prefer taking the optional token, fall back to skipping it
        const rest = matchAt(specs, tokens, i + 1, k + 1)
        if (rest > 0 || k + 1 === specs.length) return i + 1 - at + rest
        continue
      }
      i++
    } else if (!spec.optional) return 0
  }
  return i - at
}

/** The first match as [start token, token count], or null. */
export function findPhrase(compiled: CompiledPhrases, tokens: string[]): [number, number] | null {
  for (let i = 0; i < tokens.length; i++) {
    const candidates = compiled.byFirst.get(tokens[i])
    if (candidates) {
      for (const specs of candidates) {
        const n = matchAt(specs, tokens, i)
        if (n > 0) return [i, n]
      }
    }
    for (const specs of compiled.wildcard) {
      const n = matchAt(specs, tokens, i)
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
export function findPhrases(sets: PhraseSets, tokens: string[]): ([number, number] | null)[] {
  const found: ([number, number] | null)[] = new Array(sets.count).fill(null)
  let missing = sets.count
  for (let i = 0; i < tokens.length && missing > 0; i++) {
    // a set's exact-first phrases before its wildcard phrases at the same token, as findPhrase tries them
    const candidates = sets.byFirst.get(tokens[i])
    if (candidates) {
      for (const [k, specs] of candidates) {
        if (found[k] !== null) continue
        const n = matchAt(specs, tokens, i)
        if (n > 0) {
          found[k] = [i, n]
          missing--
        }
      }
    }
    for (const [k, list] of sets.wildcard) {
      if (found[k] !== null) continue
      for (const specs of list) {
        const n = matchAt(specs, tokens, i)
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
