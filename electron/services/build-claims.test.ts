import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildClaims, buildClaimsOffThread, OFF_THREAD_CHARS, warmUpExtractor, type ImportStage } from './build-claims'

const sample = readFileSync(resolve(__dirname, '../../data/chongjin-explosion.txt'), 'utf8')

describe('buildClaimsOffThread', () => {
  it('gives a large article the same claims from a worker thread as inline, and reports its stages', async () => {
    const paragraphs: string[] = []
    for (let i = 0; paragraphs.join('\n\n').length < OFF_THREAD_CHARS + 1000; i++) paragraphs.push(sample.split('\n\nPlease direct')[0].replace(/Chongjin/g, `Chongjin-${i}`))
    const text = paragraphs.join('\n\n')
    const input = { text, hash: 'f'.repeat(64), at: '2026-11-25T12:00:00.000Z' }
    const stages: ImportStage[] = []
    const threaded = await buildClaimsOffThread(input, (s) => stages.push(s))
    const inline = buildClaims(input)
    expect(threaded.claims.length).toBeGreaterThan(100)
    expect(threaded).toEqual(inline)
    expect(stages).toEqual(['finding claims', 'anchoring claims'])
  }, 120_000)
})

describe('buildClaims with the repeated lines of a workspace', () => {
  it('leaves a line other articles share out of the claims', () => {
    const chrome = 'Get our free newsletter with the week in local news every Friday morning.'
    const text = `Pool reopens\n\nThe pool reopened on Saturday after a $2 million repair, the city said.\n\n${chrome}`
    const input = { text, hash: 'h', at: '2026-11-26T00:00:00.000Z', language: 'en' }
    expect(buildClaims(input).claims.map((c) => c.anchor.quote.exact)).toContain(chrome)
    const built = buildClaims({ ...input, repeatedLines: [chrome] })
    expect(built.claims.map((c) => c.anchor.quote.exact)).not.toContain(chrome)
    expect(built.extraction.nonClaims.map((n) => n.text)).toContain(chrome)
  })
})

describe('warmUpExtractor', () => {
  it('runs one step per macrotask, so other work interleaves, and a step that throws does not stop the rest', async () => {
    const order: string[] = []
    const steps = [1, 2, 3].map((n) => () => {
      order.push(`step ${n}`)
      setImmediate(() => order.push(`other after ${n}`))
      if (n === 2) throw new Error('boom')
    })
    const { done } = warmUpExtractor(steps)
    expect(order).toEqual([]) // nothing runs in the caller's turn
    await done
    expect(order.filter((o) => o.startsWith('step'))).toEqual(['step 1', 'step 2', 'step 3'])
    expect(order.indexOf('other after 1')).toBeLessThan(order.indexOf('step 2'))
    expect(order.indexOf('other after 2')).toBeLessThan(order.indexOf('step 3'))
  })

  it('stops at the next step once cancelled', async () => {
    const ran: number[] = []
    const run = warmUpExtractor([1, 2, 3].map((n) => () => void ran.push(n)))
    run.cancel()
    await run.done
    expect(ran).toEqual([])
  })
})
