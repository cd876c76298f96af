// Which articles report the same event, kept compact so it stays bounded at 2,000 articles:
//   - every same-event verdict as one bit in a symmetric matrix of article slots (2,000
//     articles: 0.5 MB, where a Map of verdicts held millions of entries when one event
//     was reported over and over);
//   - each article's strongest same-event partners, at most MAX_PARTNERS: claims are
//     matched only between two articles that are among each other's strongest. A
//     reviewer gains nothing from the 500th report of one event, and matching every pair
//     of its reports is quadratic in time and in links.
// The partner lists are a function of the verdicts and scores alone (ties broken by a
// hash of the pair, not by arrival), so a fresh build and a long session agree.

/** Most same-event articles whose claims one article's claims are matched against. */
export const MAX_PARTNERS = 16

export interface Partner {
  id: string
  score: number
  /** pairTie(of, id): breaks equal scores evenly, the same from both sides. */
  tie: number
}

/** A hash of the pair, the same from both sides: ties are broken evenly, not in favour of the first ids. */
export function pairTie(a: string, b: string): number {
  const [x, y] = a < b ? [a, b] : [b, a]
  let h = 0x811c9dc5
  for (let i = 0; i < x.length; i++) h = Math.imul(h ^ x.charCodeAt(i), 0x01000193)
  h = Math.imul(h ^ 0, 0x01000193)
  for (let i = 0; i < y.length; i++) h = Math.imul(h ^ y.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/** Whether partner x ranks before y (for the same article). */
function before(x: Partner, y: Partner): boolean {
  if (x.score !== y.score) return x.score > y.score
  return x.tie !== y.tie ? x.tie < y.tie : x.id < y.id
}

export class EventPartners {
  private readonly slotOf = new Map<string, number>()
  private readonly idOf: (string | null)[] = []
  private readonly free: number[] = []
  private rows: Uint32Array[] = []
  private words = 1
  private readonly strongest = new Map<string, Partner[]>()

  add(id: string): void {
    if (this.slotOf.has(id)) return
    const slot = this.free.pop() ?? this.idOf.length
    if (slot === this.idOf.length) this.idOf.push(id)
    else this.idOf[slot] = id
    this.slotOf.set(id, slot)
    if (slot >= this.words * 32) {
      this.words *= 2
      this.rows = this.rows.map((row) => {
        const wider = new Uint32Array(this.words)
        wider.set(row)
        return wider
      })
    }
    this.rows[slot] = new Uint32Array(this.words)
    this.strongest.set(id, [])
  }

  /** Forgets an article and its verdicts; returns the articles whose strongest list lost it. */
  delete(id: string): string[] {
    const slot = this.slotOf.get(id)
    if (slot === undefined) return []
    const lost: string[] = []
    for (const other of this.sameEventAs(id)) {
      this.set(id, other, false)
      const list = this.strongest.get(other)!
      const at = list.findIndex((p) => p.id === id)
      if (at >= 0) {
        list.splice(at, 1)
        lost.push(other)
      }
    }
    this.slotOf.delete(id)
    this.idOf[slot] = null
    this.rows[slot] = new Uint32Array(0)
    this.free.push(slot)
    this.strongest.delete(id)
    return lost
  }

  same(a: string, b: string): boolean {
    const x = this.slotOf.get(a)
    const y = this.slotOf.get(b)
    if (x === undefined || y === undefined || x === y) return false
    return (this.rows[x][y >>> 5] & (1 << (y & 31))) !== 0
  }

  set(a: string, b: string, same: boolean): void {
    const x = this.slotOf.get(a)
    const y = this.slotOf.get(b)
    if (x === undefined || y === undefined || x === y) return
    if (same) {
      this.rows[x][y >>> 5] |= 1 << (y & 31)
      this.rows[y][x >>> 5] |= 1 << (x & 31)
    } else {
      this.rows[x][y >>> 5] &= ~(1 << (y & 31))
      this.rows[y][x >>> 5] &= ~(1 << (x & 31))
    }
  }

  /** Every article judged the same event as this one. */
  sameEventAs(id: string): string[] {
    const slot = this.slotOf.get(id)
    if (slot === undefined) return []
    const row = this.rows[slot]
    const out: string[] = []
    for (let w = 0; w < row.length; w++) {
      let bits = row[w]
      while (bits !== 0) {
        const bit = 31 - Math.clz32(bits & -bits)
        bits &= bits - 1
        const other = this.idOf[w * 32 + bit]
        if (other !== null && other !== undefined) out.push(other)
      }
    }
    return out
  }

  strongestOf(id: string): readonly Partner[] {
    return this.strongest.get(id) ?? []
  }

  isStrongest(of: string, other: string): boolean {
    return this.strongestOf(of).some((p) => p.id === other)
  }

  /** Both among each other's strongest: their claims are matched. */
  matched(a: string, b: string): boolean {
    return this.isStrongest(a, b) && this.isStrongest(b, a)
  }

  /** Sets an article's strongest partners from all its scored partners. */
  rank(id: string, partners: Partner[]): void {
    const top: Partner[] = []
    for (const p of partners) {
      if (top.length === MAX_PARTNERS && !before(p, top[top.length - 1])) continue
      let at = top.length
      while (at > 0 && before(p, top[at - 1])) at--
      top.splice(at, 0, p)
      if (top.length > MAX_PARTNERS) top.pop()
    }
    this.strongest.set(id, top)
  }

  /**
   * A new same-event partner for `of`: kept when it ranks among the strongest. Returns the
   * partner it pushed out (null when none), whose claims are no longer matched with `of`'s.
   */
  offer(of: string, partner: Partner): string | null {
    const list = this.strongest.get(of)
    if (!list) return null
    const existing = list.findIndex((p) => p.id === partner.id)
    if (existing >= 0) list.splice(existing, 1)
    let at = list.length
    while (at > 0 && before(partner, list[at - 1])) at--
    if (at >= MAX_PARTNERS) return null
    list.splice(at, 0, partner)
    return list.length > MAX_PARTNERS ? list.pop()!.id : null
  }
}
