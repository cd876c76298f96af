import { describe, expect, it } from 'vitest'
import { blockAt, groupIntoBlocks, regroupBlocks, type BlockGrouping, type TextBlock } from './text-blocks'
import { segmentText, type Run } from './segments'
import type { Claim } from '../../electron/core/schema'

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

describe('regroupBlocks', () => {
  // A seeded random article: words, line breaks (single and double), claims over words (some across a break).
  function article(seed: number) {
    let state = seed
    const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
    let text = ''
    while (text.length < 6000) text += random() < 0.12 ? (random() < 0.5 ? '\n' : '\n\n') : `word${Math.floor(random() * 100)} `
    const claims: Claim[] = []
    for (let at = 0; at < text.length - 60; at += 20 + Math.floor(random() * 120)) {
      const end = at + 5 + Math.floor(random() * 50)
      claims.push({ id: `c${at}`, state: 'active', anchor: { position: { start: at, end } } } as Claim)
    }
    return { text, claims }
  }

  it('gives what grouping the whole does, as the text arrives in parts and the claims in pages', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const { text, claims } = article(seed)
      let grouping: BlockGrouping | null = null
      let kept = 0
      // The text in parts (the first with 20 claims), then the claims in pages, as article-loading.ts reads them.
      const steps: [number, number][] = [[900, 20], [2500, 20], [4100, 20], [text.length, 20], [text.length, 45], [text.length, claims.length]]
      for (const [length, count] of steps) {
        const part = text.slice(0, length)
        const runs = segmentText(part.length, claims.slice(0, count), [])
        const before: TextBlock[] = grouping?.blocks ?? []
        grouping = regroupBlocks(grouping, part, runs)
        expect(grouping.blocks).toEqual(groupIntoBlocks(part, runs))
        kept += grouping.blocks.filter((b) => before.includes(b)).length
      }
      // It did keep blocks (the same objects) rather than regroup everything each time.
      expect(kept).toBeGreaterThan(10)
    }
  })

  it('groups afresh when the text is not a continuation (another article, an edit)', () => {
    const { text, claims } = article(7)
    const first = regroupBlocks(null, text, segmentText(text.length, claims, []))
    const edited = `X${text.slice(1)}`
    const again = regroupBlocks(first, edited, segmentText(edited.length, claims, []))
    expect(again.blocks).toEqual(groupIntoBlocks(edited, segmentText(edited.length, claims, [])))
    expect(again.blocks[0]).not.toBe(first.blocks[0])
  })
})
