// 10,000 claims in every text format render completely. How long it takes is measured in
// bench/report.bench.ts, never here: a loaded CI machine would fail a duration.
import { describe, expect, it } from 'vitest'
import { generateArticles } from './__fixtures__/generate'
import { renderReport, TEXT_REPORT_FORMATS } from './index'

// Generous limit: on a loaded 2-core machine the JSON-LD formats take tens of seconds.
describe('10,000 claims', { timeout: 180_000 }, () => {
  const files = generateArticles(10_000, 50)
  const publisher = { organisationName: 'NK Fact Desk', url: null, logoUrl: null, factCheckUrlPattern: 'https://factcheck.example.org/{article}/{claim}' }
  const options = { reportedAt: '2026-11-24T10:00:00.000Z', reviewer: 'Kim Min-ji', publisher }

  it.each(TEXT_REPORT_FORMATS)('renders %s without failing', (format) => {
    const output = renderReport(format, files, options)
    expect(output.length).toBeGreaterThan(1_000_000)
  })
})
