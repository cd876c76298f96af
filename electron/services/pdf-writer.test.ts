// The PDF that pdfkit writes for reports too large for Chromium to tag (pdf-writer.ts),
// checked as the Chromium print is (report-pdf.test.ts): its text, the embedded CJK fonts
// (the machine has none, so only embedded fonts can draw them), tags, /Lang, title and
// outline, read with pdf-lib and with the tools the issue named (pdfinfo, qpdf).
// Pages go to /tmp/claimdesk-shots/ for a human look.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { chineseArticleFile, japaneseArticleFile, koreanArticleFile, sampleArticleFile } from '../core/report/__fixtures__/sample'
import { prepareReport, type ReportOptions } from '../core/report/model'
import { expectCjkDrawnByEmbeddedFonts, pdfText } from './__fixtures__/pdf-cjk'
import { pdfStructure } from './__fixtures__/pdf-inspect'
import { expectTwoArticleReportStructure } from './__fixtures__/pdf-report-structure'
import { writeReportPdf } from './pdf-writer'

const SHOTS = '/tmp/claimdesk-shots'
mkdirSync(SHOTS, { recursive: true })
const text = readFileSync(new URL('../../data/chongjin-explosion.txt', import.meta.url), 'utf8')
const files = [sampleArticleFile(text), koreanArticleFile()]
const options: ReportOptions = { reportedAt: '2026-11-24T10:00:00.000Z', reviewer: 'Kim Min-ji', organization: 'Claimdesk Desk' }

function save(name: string, pdf: Uint8Array): string {
  const path = `${SHOTS}/${name}.pdf`
  writeFileSync(path, pdf)
  return path
}


describe('PDF writer', () => {
  it('writes the summary, every claim with its details, and the footer with page numbers', async () => {
    const path = save('writer-report', await writeReportPdf(prepareReport(files, options), { footer: 'Claim report · "청진"' }))
    const written = pdfText(path)
    expect(written).toContain('Claim report · "청진"')
    expect(written).toMatch(/Resting on a single anonymous source 5/)
    expect(written).toMatch(/Contradicted 1/)
    expect(written).toContain('Two people received serious injuries, while five received minor injuries.')
    expect(written).toContain('Tried to check <script>alert(1)</script> and found nothing.')
    expect(written).toContain('Rests on a single anonymous source (no independent supporting evidence).')
    expect(written).toContain('Reliability: C – Fairly reliable')
    expect(written).toContain('https://example.org/imagery/chongjin-2020-10-20')
    expect(written).toMatch(/1 ?\/ ?3/)
    expect(written).toMatch(/3 ?\/ ?3/)
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '2', path, `${SHOTS}/writer-report`])
  })

  it('is tagged, in English, titled after its articles, with an outline of articles and claims', async () => {
    const report = prepareReport(files, options)
    const pdf = await writeReportPdf(report, { footer: 'Claim report' })
    const { objects, outline: qTop } = await expectTwoArticleReportStructure(pdf, save('writer-outline', pdf), report, ['Document', 'H1', 'H2', 'H3', 'P', 'Table', 'TH', 'TD', 'BlockQuote', 'L', 'LI'])
    // The viewer shows the title, not the file name.
    const preferences = objects.map((o) => o.value).find((v) => v && '/DisplayDocTitle' in v)
    expect(preferences?.['/DisplayDocTitle']).toBe(true)
    const markInfo = objects.map((o) => o.value).find((v) => v && '/Marked' in v)
    expect(markInfo?.['/Marked']).toBe(true)
    // Each quote carries its article's language (the Korean one is read as Korean).
    const korean = objects.map((o) => o.value).filter((v) => v?.['/S'] === '/BlockQuote' && v['/Lang'] === 'u:ko')
    expect(korean).toHaveLength(1)
    // A claim's bookmark opens its page at the claim's heading (XYZ, left edge), not only the page.
    const claim2 = qTop.kids[2].kids[1]
    expect(claim2.destpageposfrom1).toBe(2)
    expect(claim2.dest[1]).toBe('/XYZ')
    expect(claim2.dest[2]).toBe(0)

    const single = await pdfStructure(await writeReportPdf(prepareReport([files[1]], { ...options, reviewer: 'x' }), { footer: '' }))
    expect(single.title).toBe('청진 폭발, "부상자 7명"')
    expect(single.outline[0].title).toBe('Claim report: 청진 폭발, "부상자 7명"')
  })

  // This machine (and CI) has no CJK font: fc-list :lang=ko prints nothing. Only fonts the
  // writer embeds can draw these; the text layer alone would pass on a page of boxes.
  it('writes Korean, Japanese and Chinese with embedded Noto Sans fonts that hold those characters', async () => {
    const cjk = prepareReport([koreanArticleFile(), japaneseArticleFile(), chineseArticleFile()], { reportedAt: '2026-11-24T10:00:00.000Z', reviewer: '김민지' })
    const pdf = await writeReportPdf(cjk, { footer: '청진 보고서' })
    const path = save('writer-cjk', pdf)
    await expectCjkDrawnByEmbeddedFonts(pdf, path)
    expect(pdfText(path)).toContain('청진 보고서')
    expect(execFileSync('pdffonts', [path], { encoding: 'utf8' })).not.toMatch(/\bno\s+(yes|no)\s+(yes|no)\s+\d+\s+0$/m) // every font embedded
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '4', path, `${SHOTS}/writer-cjk`])
  })

  it('stops when the export is cancelled', async () => {
    const controller = new AbortController()
    controller.abort()
    const many = prepareReport(Array.from({ length: 40 }, () => sampleArticleFile(text)), options)
    await expect(writeReportPdf(many, { footer: '', signal: controller.signal })).rejects.toThrow(/cancelled/)
  })
})
