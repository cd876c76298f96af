import { readFileSync } from 'node:fs'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { koreanArticleFile, sampleArticleFile } from './__fixtures__/sample'
import type { ArticleFile } from '../schema'
import { CSV_COLUMNS, renderCsv } from './csv'
import { prepareReport } from './model'

const text = readFileSync(new URL('../../../data/chongjin-explosion.txt', import.meta.url), 'utf8')
const files = [sampleArticleFile(text), koreanArticleFile()]
const options = { reportedAt: '2026-11-24T10:00:00.000Z', reviewer: 'Kim Min-ji' }

function parse(csv: string): Record<string, string>[] {
  const result = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true })
  expect(result.errors).toEqual([])
  return result.data
}

/** What a spreadsheet user sees once the protective apostrophe is read as "text". */
const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell)

describe('renderCsv', () => {
  const csv = renderCsv(files, options)

  it('matches the reviewed golden file', async () => {
    await expect(csv).toMatchFileSnapshot('./__golden__/report.csv')
  })

  it('starts with a UTF-8 BOM and uses CRLF line ends', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(new TextEncoder().encode(csv).subarray(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]))
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${CSV_COLUMNS.join(',')}`)
    expect(csv.endsWith('\r\n')).toBe(true)
  })

  it('parses back (papaparse) to the same values, one row per listed claim', () => {
    const rows = parse(csv)
    const listed = prepareReport(files, options).articles.flatMap((a) => a.claims.map((c) => ({ file: a.file, ...c })))
    expect(rows).toHaveLength(7)
    expect(Object.keys(rows[0])).toEqual([...CSV_COLUMNS])
    rows.forEach((row, i) => {
      const { file, claim, number, independentSupport, singleAnonymousSource, lastReviewer } = listed[i]
      expect(row.article_id).toBe(file.article.id)
      expect(row.article_title).toBe(file.article.title)
      expect(row.article_outlet).toBe(file.article.outlet ?? '')
      expect(row.claim_id).toBe(claim.id)
      expect(Number(row.claim_number)).toBe(number)
      expect(row.quote).toBe(claim.anchor.quote.exact)
      // Code points: slicing the article's code points gives the quote back.
      expect([...file.article.text].slice(Number(row.start), Number(row.end)).join('')).toBe(claim.anchor.quote.exact)
      expect(row.sourcing_type).toBe(claim.sourcing.type)
      expect(row.sourcing_confirmed).toBe(claim.sourcing.confirmed ? 'yes' : 'no')
      expect(row.attribution).toBe(claim.sourcing.attribution ?? '')
      expect(row.hedged).toBe(claim.hedge.hedged ? 'yes' : 'no')
      expect(row.hedge_cue).toBe(claim.hedge.cue ?? '')
      expect(row.reliability).toBe(claim.reliability ?? '')
      expect(row.credibility).toBe(claim.credibility === null ? '' : String(claim.credibility))
      expect(row.corroboration).toBe(claim.corroboration)
      expect(Number(row.evidence_count)).toBe(claim.evidence.length)
      expect(Number(row.independent_supporting_count)).toBe(independentSupport)
      expect(row.single_anonymous_source).toBe(singleAnonymousSource ? 'yes' : 'no')
      expect(unguard(row.notes)).toBe(claim.note)
      expect(unguard(row.tags)).toBe(claim.tags.join('; '))
      expect(unguard(row.last_reviewer)).toBe(lastReviewer)
      expect(row.last_changed).toBe(claim.updatedAt)
    })
  })

  it('keeps Korean, commas, quotes and newlines intact', () => {
    const rows = parse(csv)
    const korean = rows.find((r) => r.article_id === 'ko-1')!
    expect(korean.article_title).toBe('청진 폭발, "부상자 7명"')
    expect(korean.notes).toBe('두 번째 출처 없음, "확인 중"\r\n+1 more')
    expect(rows.find((r) => r.claim_id === 'c2')!.notes).toBe('See [x](javascript:alert(1)) — numbers differ, by 1.')
  })

  it('neutralises every cell a spreadsheet would run as a formula', () => {
    const rows = parse(csv)
    const c3 = rows.find((r) => r.claim_id === 'c3')!
    expect(c3.notes).toBe("'=cmd|' /C calc'!A0")
    expect(c3.tags).toBe("'-dates; timeline")
    expect(c3.last_reviewer).toBe("'@reviewer")
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
  })

  it('counts offsets in code points, like the annotations export, even after an emoji', () => {
    const korean = parse(csv).find((r) => r.article_id === 'ko-1')!
    const position = files[1].claims[0].anchor.position
    expect(Number(korean.start)).toBe(position.start - 1) // one emoji (two UTF-16 units) before the claim
    expect(Number(korean.end)).toBe(position.end - 1)
  })

  it('neutralises a leading full-width equals sign (U+FF1D) and its kin like their ASCII forms', () => {
    const fullWidth: ArticleFile = { ...files[1], claims: [{ ...files[1].claims[0], note: '＝HYPERLINK("http://x")', tags: ['＋1', '－2', '＠me'] }] }
    const [row] = parse(renderCsv([fullWidth], options))
    expect(row.notes).toBe('\'＝HYPERLINK("http://x")')
    expect(row.tags).toBe("'＋1; －2; ＠me")
  })

  it('writes only the header for an empty selection', () => {
    expect(renderCsv([], options)).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`)
  })
})
