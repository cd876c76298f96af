// The structure both PDF writers (the Chromium print, report-pdf.ts, and pdfkit, pdf-writer.ts)
// must give a two-article report: tagged, in English, titled after its articles, with an outline
// of articles and claims; read with pdf-lib and with the tools the issue named (pdfinfo, qpdf).
import { execFileSync } from 'node:child_process'
import { expect } from 'vitest'
import type { PreparedReport } from '../../core/report/model'
import { CORROBORATION_LABELS } from '../../core/vocabulary'
import { pdfStructure } from './pdf-inspect'

export type QpdfObject = { value?: Record<string, unknown> }
export type QpdfOutline = { title: string; kids: QpdfOutline[]; dest: unknown[]; destpageposfrom1: number }

/** Checks the shared structure of the PDF at `path`; returns qpdf's objects and outline for a writer's own checks. */
export async function expectTwoArticleReportStructure(pdf: Uint8Array, path: string, report: PreparedReport, structureTypes: readonly string[]) {
  const structure = await pdfStructure(pdf)
  expect(structure.title).toBe('Claim report: 2 articles')
  expect(structure.lang).toBe('en')
  expect(structure.tagged).toBe(true)
  for (const type of structureTypes) expect(structure.structureTypes, type).toContain(type)
  const [top] = structure.outline
  expect(top.title).toBe('Claim report: 2 articles')
  expect(top.children.map((c) => c.title)).toEqual(['Summary', 'Contents', ...report.articles.map((a, i) => `${i + 1}. ${a.file.article.title}`)])
  // Each claim's bookmark is its heading: number and verdict.
  const headings = report.articles.map((a) => a.claims.map((c) => `Claim ${c.number} ${CORROBORATION_LABELS[c.claim.corroboration]}`))
  expect(headings[0]).toHaveLength(6)
  expect(top.children[2].children.map((c) => c.title)).toEqual(headings[0])
  expect(top.children[3].children.map((c) => c.title)).toEqual(headings[1])

  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
  expect(info).toMatch(/^Title:\s+Claim report: 2 articles$/m)
  expect(info).toMatch(/^Tagged:\s+yes$/m)
  const json = execFileSync('qpdf', ['--json', '--json-key=qpdf', path], { encoding: 'utf8', maxBuffer: 1 << 28 })
  const objects = Object.values(JSON.parse(json).qpdf[1]) as QpdfObject[]
  const catalog = objects.map((o) => o.value).find((v) => v?.['/Type'] === '/Catalog')!
  expect(catalog['/Lang']).toBe('u:en')
  expect(catalog['/StructTreeRoot']).toBeDefined()
  const [qTop] = JSON.parse(execFileSync('qpdf', ['--json', '--json-key=outlines', path], { encoding: 'utf8' })).outlines as QpdfOutline[]
  expect(qTop.title).toBe('Claim report: 2 articles')
  expect(qTop.kids.map((k) => k.title)).toEqual(top.children.map((c) => c.title))
  expect(qTop.kids[2].kids.map((k) => k.title)).toEqual(headings[0])
  return { objects, catalog, outline: qTop }
}
