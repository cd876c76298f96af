import { describe, expect, it } from 'vitest'
import { blockAt, groupIntoBlocks } from './text-blocks'
import type { Run } from './segments'

describe('groupIntoBlocks', () => {
  const text = 'First para.\n\nSecond para has a claim.\nThird.'
  const claimStart = text.indexOf('has a claim')
  const runs: Run[] = [
    { kind: 'text', start: 0, end: claimStart },
    { kind: 'claim', start: claimStart, end: claimStart + 'has a claim.\nThird'.length, claimId: 'c1' },
    { kind: 'text', start: claimStart + 'has a claim.\nThird'.length, end: text.length },
  ]

  it('cuts plain text after line breaks and keeps every character once', () => {
    const blocks = groupIntoBlocks(text, runs)
    expect(blocks.map((b) => text.slice(b.start, b.end))).toEqual(['First para.\n\n', 'Second para has a claim.\nThird.'])
    expect(blocks.flatMap((b) => b.runs).reduce((n, r) => n + r.end - r.start, 0)).toBe(text.length)
  })

  it('never cuts a claim, even one that spans a line break', () => {
    const blocks = groupIntoBlocks(text, runs)
    expect(blocks.filter((b) => b.claimIds.has('c1'))).toHaveLength(1)
    expect(blocks[1].runs.filter((r) => r.kind === 'claim')).toHaveLength(1)
  })

  it('finds the block of an offset', () => {
    const blocks = groupIntoBlocks(text, runs)
    expect(blockAt(blocks, 0)).toBe(0)
    expect(blockAt(blocks, 12)).toBe(0)
    expect(blockAt(blocks, 13)).toBe(1)
    expect(blockAt(blocks, text.length - 1)).toBe(1)
  })
})
