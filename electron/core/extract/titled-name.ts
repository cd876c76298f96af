// "el alcalde Julio Alicea Vasallo", "Landrat Peter Brandt": a title of office, in either case,
// then a capitalised name. The title part is the union of every pack's titles; tried at every
// position of every sentence it cost a fifth of extraction time. A part of the union runs only
// when the sentence holds one of the literals its matches must contain: a part that cannot match
// anywhere changes nothing, so the matches are the same as the full union's.
import { PACKS, wordBounded } from '../lang'
import { PartsUnion, splitAlternation } from './split-alternation'

/**
 * The pattern's letters in both cases, so a title that opens a sentence ("Глава района", "Landrat") is
 * found by a case-sensitive pattern whose name part must stay capitalised.
 */
export function caseless(source: string): string {
  let out = ''
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') {
      const prop = /^\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2})/.exec(source.slice(i))
      const step = prop ? prop[0].length : 2
      out += source.slice(i, i + step)
      i += step - 1
      continue
    }
    if (c === '[') inClass = true
    else if (c === ']') inClass = false
    const lower = c.toLowerCase()
    const upper = c.toUpperCase()
    // a class is left as written: the packs' classes ([Dd], the widened letter class) hold both cases already
    out += lower === upper || inClass || upper.length > 1 ? c : `[${lower}${upper}]`
  }
  return out
}

/** After the title: up to five lowercase words or acronyms ("de la ville", "CDU"), then the name (group 1). */
export const NAME_AFTER = `[\\s,]+(?:(?:\\p{Ll}[\\p{L}'’-]*|\\p{Lu}{2,}),?\\s+){0,5}?(\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?:\\s+(?:(?:de|del|la|von|van|du|le) )?\\p{Lu}[\\p{L}'’-]+){1,3})`

/** Each pack's titles in the union's order (the packs' order), in either case. */
export const TITLE_PARTS = Object.values(PACKS)
  .map((p) => p.titles.official)
  .filter((r): r is RegExp => r !== undefined)
  .map((r) => ({ source: caseless(`(?:${wordBounded(r).source})`) }))

/**
 * The union of the titles followed by the name, kept in parts of a size V8 still optimises (the German titles in both
 * cases are 31 KB): the parts in order match what the one pattern matches (split-alternation.ts).
 */
let TITLED: PartsUnion | undefined

/** The names (group 1 of each match, in order) that follow a title in `text`. */
export function titledNames(text: string): string[] {
  TITLED ??= new PartsUnion(
    TITLE_PARTS.flatMap((p) => splitAlternation(p.source)).map((title) => `(?:${title})${NAME_AFTER}`),
    'u',
  )
  return TITLED.execAll(text).map((m) => m[1])
}
