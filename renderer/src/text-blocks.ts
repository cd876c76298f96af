// Groups the article's runs into blocks (paragraphs) for display. A block ends after a
// line break in plain text; a claim or non-claim run is never cut, so each claim keeps
// exactly one highlight. Long articles render only the blocks on screen.
import type { Run } from './segments'
import { spanIndexAt } from '../../electron/core/spans'

export interface TextBlock {
  start: number
  end: number
  runs: Run[]
  claimIds: Set<string>
}

export function groupIntoBlocks(text: string, runs: readonly Run[]): TextBlock[] {
  return groupFrom(text, runs, [])
}

/** Blocks of `runs` appended to `blocks` (which end where the first run starts). */
function groupFrom(text: string, runs: readonly Run[], blocks: TextBlock[]): TextBlock[] {
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
  return spanIndexAt(blocks, offset)
}

/** A grouping and what it was made from, to regroup a text that grew (regroupBlocks). */
export interface BlockGrouping {
  text: string
  runs: readonly Run[]
  blocks: TextBlock[]
}

const sameRun = (a: Run, b: Run) =>
  a.kind === b.kind && a.start === b.start && a.end === b.end && (a.kind !== 'claim' || a.claimId === (b as typeof a).claimId)

/**
 * groupIntoBlocks for a text that arrives part by part, and claims page by page: the blocks
 * before the first place where the text or the runs differ from last time are kept (the same
 * objects), and only the rest is grouped again. Grouping a 290 K-character article whole on
 * every part and page cost a long task when selecting it. Same result as groupIntoBlocks
 * (text-blocks.test.ts).
 */
export function regroupBlocks(previous: BlockGrouping | null, text: string, runs: readonly Run[]): BlockGrouping {
  if (!previous || !text.startsWith(previous.text)) return { text, runs, blocks: groupIntoBlocks(text, runs) }
  let same = 0
  const both = Math.min(previous.runs.length, runs.length)
  while (same < both && sameRun(previous.runs[same], runs[same])) same++
  // Where the grouping may change: the first run that differs, and at the latest the old text's end.
  let changedAt = Math.min(previous.text.length, same < runs.length ? runs[same].start : text.length)
  if (same < previous.runs.length) changedAt = Math.min(changedAt, previous.runs[same].start)
  // Keep the blocks closed by a line break before that point; the last one kept may continue.
  let kept = 0
  while (kept < previous.blocks.length && previous.blocks[kept].end < changedAt) kept++
  kept = Math.max(0, kept - 1)
  const from = kept > 0 ? previous.blocks[kept - 1].end : 0
  const blocks = previous.blocks.slice(0, kept)
  let first = 0
  while (first < runs.length && runs[first].end <= from) first++
  const rest = runs.slice(first)
  // A text run cut by a line break continues in the next block: start it where the kept blocks end.
  if (rest.length && rest[0].start < from) rest[0] = { kind: 'text', start: from, end: rest[0].end }
  return { text, runs, blocks: groupFrom(text, rest, blocks) }
}
