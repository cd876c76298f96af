import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { koreanArticleFile, sampleArticleFile } from './__fixtures__/sample'
import { ExportParseError, parseExport, renderJson } from './json'

const text = readFileSync(new URL('../../../data/chongjin-explosion.txt', import.meta.url), 'utf8')
const files = [sampleArticleFile(text), koreanArticleFile()]
const exportedAt = '2026-11-24T10:00:00.000Z'

describe('renderJson / parseExport', () => {
  const json = renderJson(files, exportedAt)

  it('round-trips losslessly, dismissed claims and history included', () => {
    const parsed = parseExport(json)
    expect(parsed).toEqual({ format: 'claimdesk-export', schemaVersion: 1, exportedAt, articles: files })
    expect(parsed.articles[0].claims).toHaveLength(7)
    // Exporting what was imported gives the same document again.
    expect(JSON.parse(renderJson(parsed.articles, parsed.exportedAt))).toEqual(JSON.parse(json))
  })

  it('reads an export with a BOM', () => {
    expect(parseExport(`\uFEFF${json}`).articles).toHaveLength(2)
  })

  it('refuses what is not a valid export, with a one-line reason', () => {
    const bad = (value: string) => {
      try {
        parseExport(value)
      } catch (error) {
        expect(error).toBeInstanceOf(ExportParseError)
        const message = (error as Error).message
        expect(message).not.toContain('\n')
        return message
      }
      throw new Error('accepted')
    }
    expect(bad('{')).toMatch(/^not valid JSON/)
    expect(bad('[]')).toMatch(/not a Claimdesk export/)
    expect(bad(JSON.stringify({ format: 'claimdesk-export', schemaVersion: 99, exportedAt, articles: [] }))).toMatch(/schema version 99/)
    const broken = JSON.parse(json)
    broken.articles[0].claims[1].corroboration = 'maybe'
    expect(bad(JSON.stringify(broken))).toMatch(/^invalid export at articles\.0\.claims\.1\.corroboration/)
    const twice = JSON.parse(json)
    twice.articles.push(twice.articles[0])
    expect(bad(JSON.stringify(twice))).toMatch(/appears twice/)
  })
})
