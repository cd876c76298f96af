// Guards against accidental quadratic work: 10,000 claims in every text format.
// The budget is generous: CI has 2 cores shared with Chromium tests running in parallel,
// and quadratic work at this size would take minutes. bench/report.bench.ts measures properly.
import { describe, expect, it } from 'vitest'
import { generateArticles } from './__fixtures__/generate'
import { renderReport, TEXT_REPORT_FORMATS } from './index'

describe('10,000 claims', () => {
  const files = generateArticles(10_000, 50)
  const options = { reportedAt: '2026-11-24T10:00:00.000Z', reviewer: 'Kim Min-ji' }

  it.each(TEXT_REPORT_FORMATS)('renders %s in well under the budget', (format) => {
    renderReport(format, files.slice(0, 2), options) // warm-up
    const start = performance.now()
    const output = renderReport(format, files, options)
    const ms = performance.now() - start
    expect(output.length).toBeGreaterThan(1_000_000)
    expect(ms).toBeLessThan(8000)
  })
})
