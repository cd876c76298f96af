// One character standing for all those a case-insensitive (/iu) pattern treats as the same
// ("s", "S" and "ſ"; "k", "K" and the Kelvin sign). The classes are asked of the regex engine
// itself, so a literal test built on them agrees with the engine's matching by construction,
// without a copy of Unicode's case-folding table that could drift from it.

/** Per UTF-16 unit, its class's stand-in; a unit whose class was never asked stands for itself. */
const STAND_IN = Uint16Array.from({ length: 0x10000 }, (_, i) => i)
const ASKED = new Uint8Array(0x10000)
let everyUnit: string | undefined

/** Every BMP character but the surrogate halves, once. */
function allUnits(): string {
  if (everyUnit === undefined) {
    const parts: string[] = []
    for (let start = 0; start < 0x10000; start += 0x1000) {
      const codes: number[] = []
      for (let c = start; c < start + 0x1000; c++) if (c < 0xd800 || c > 0xdfff) codes.push(c)
      parts.push(String.fromCharCode(...codes))
    }
    everyUnit = parts.join('')
  }
  return everyUnit
}

const unit = (c: number) => `\\u{${c.toString(16)}}`

/**
 * Asks the classes of many units at once: one scan of every unit for any of them, then the few
 * units found are sorted into classes among themselves (a class met holds only units found).
 */
export function askClasses(codes: Iterable<number>): void {
  const fresh = [...new Set(codes)].filter((c) => !ASKED[c] && (c < 0xd800 || c > 0xdfff))
  if (fresh.length === 0) return
  const found = [...allUnits().matchAll(new RegExp(`[${fresh.map(unit).join('')}]`, 'giu'))].map((m) => m[0].charCodeAt(0))
  for (const c of fresh) if (!found.includes(c)) found.push(c)
  const pool = String.fromCharCode(...found)
  for (const code of found) {
    if (ASKED[code]) continue
    const members = [...pool.matchAll(new RegExp(unit(code), 'giu'))].map((m) => m[0].charCodeAt(0))
    const lower = members.find((c) => String.fromCharCode(c).toLowerCase() === String.fromCharCode(c))
    const rep = lower ?? Math.min(...members)
    for (const c of members) {
      STAND_IN[c] = rep
      ASKED[c] = 1
    }
  }
}

/** The stand-in of `code`'s class (its lowercase member where there is one); never for a surrogate half. */
export function standIn(code: number): number {
  if (!ASKED[code]) askClasses([code])
  return STAND_IN[code]
}

/**
 * Per unit, the stand-in to use while scanning a text. A unit whose class was never asked stands
 * for itself, and cannot equal a stand-in that was asked (every stand-in belongs to its own class).
 */
export const STAND_INS: Readonly<Uint16Array> = STAND_IN
