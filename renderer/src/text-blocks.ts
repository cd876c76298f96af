// Groups the article's runs into blocks (paragraphs) for display. A block ends after a
// line break in plain text; a claim or non-claim run is never cut, so each claim keeps
// exactly one highlight. Long articles render only the blocks on screen.
import type { Run } from './segments'

export interface TextBlock {
  start: number
  end: number
  runs: Run[]
  claimIds: Set<string>
}

export function groupIntoBlocks(text: string, runs: readonly Run[]): TextBlock[] {
  const blocks: TextBlock[] = []
  let current: Run[] = []
  const close = () => {
    if (!current.length) return
    const claimIds = new Set<string>()
    for (const run of current) if (run.kind === 'claim') claimIds.add(run.claimId)
    blocks.push({ start: current[0].start, end: current[current.length - 1].end, runs: current, claimIds })
    current = []
  }
  const breaks = /\n+/g
  for (const run of runs) {
    if (run.kind !== 'text') {
      current.push(run)
      continue
    }
    let from = run.start
    breaks.lastIndex = run.start
    for (let m = breaks.exec(text); m && m.index < run.end; m = breaks.exec(text)) {
      const end = Math.min(run.end, m.index + m[0].length)
      current.push({ kind: 'text', start: from, end })
      close()
      from = end
    }
    if (from < run.end) current.push({ kind: 'text', start: from, end: run.end })
  }
  close()
  return blocks
}

/** The index of the block holding `offset` (blocks are in text order). */
export function blockAt(blocks: readonly TextBlock[], offset: number): number {
  let lo = 0
  let hi = blocks.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (blocks[mid].start <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}
