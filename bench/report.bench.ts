// Export benchmark: 10,000 claims over 50 articles in every text format, and the PDF as
// the export makes it: Chromium prints the print layout (renderPrintHtml) tagged while it
// can (500 and 2,000 claims; structuredPdf), pdfkit writes larger reports
// (services/pdf-writer.ts; target for 10,000 claims: under 15 s). pdfkit is also timed at
// 500 and 2,000 claims for comparison. Chromium times include loading the HTML; the
// browser is launched (and left to settle) before the clock starts. Every PDF row gives
// the CPU seconds spent (Chromium's processes from /proc, or this process for pdfkit) and
// the load average when it started, because on a shared 2-core machine the wall clock says
// more about the other work than about the export.
//   npx tsx bench/report.bench.ts
// Prints a table, then one JSON line for machines.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { generateArticles } from '../electron/core/report/__fixtures__/generate'
import { renderPrintHtml, renderReport, TEXT_REPORT_FORMATS, type ReportOptions } from '../electron/core/report'
import { structuredPdf } from '../electron/core/report/print'
import { prepareReport } from '../electron/core/report/model'
import { chromiumLaunchOptions, launchChromium, renderPdf } from '../electron/services/report-pdf'
import { writeReportPdf } from '../electron/services/pdf-writer'

const CLAIMS = 10_000
const ARTICLES = 50
const RUNS = 5
const PDF_LIMIT_MS = Number(process.env.PDF_LIMIT_MS ?? 120_000)
const PDF_TARGET_MS = 15_000

interface Row {
  name: string
  claims: number
  ms: number
  bytes: number
  pages?: number
  cpuMs?: number
  tagged?: boolean
  /** The 1-minute load average when the row started. */
  load?: number
}

/** utime+stime of this process's descendants (Chromium's processes), from /proc; null elsewhere. */
function childCpuMs(): number | null {
  if (!existsSync('/proc/self/stat')) return null
  const stat = (pid: string) => {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return text.slice(text.lastIndexOf(')') + 2).split(' ')
  }
  const parents = new Map<number, number>()
  const ticks = new Map<number, number>()
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const fields = stat(pid)
      parents.set(Number(pid), Number(fields[1]))
      ticks.set(Number(pid), Number(fields[11]) + Number(fields[12]))
    } catch {
      // the process ended meanwhile
    }
  }
  let total = 0
  const walk = (parent: number) => {
    for (const [pid, ppid] of parents) if (ppid === parent) (total += ticks.get(pid) ?? 0), walk(pid)
  }
  walk(process.pid)
  return (total * 1000) / 100 // USER_HZ is 100 on Linux
}

const publisher = { organisationName: 'Claimdesk Desk', url: 'https://factcheck.example.org/', logoUrl: null, factCheckUrlPattern: 'https://factcheck.example.org/{article}/{claim}' }
const options: ReportOptions = { reportedAt: '2026-11-24T10:00:00.000Z', reviewer: 'Kim Min-ji', organization: 'Claimdesk Desk', publisher }
const rows: Row[] = []

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

const files = generateArticles(CLAIMS, ARTICLES)
for (const format of TEXT_REPORT_FORMATS) {
  renderReport(format, files, options) // warm-up (JIT)
  const times: number[] = []
  let bytes = 0
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    const output = renderReport(format, files, options)
    times.push(performance.now() - start)
    bytes = Buffer.byteLength(output)
  }
  rows.push({ name: format, claims: CLAIMS, ms: median(times), bytes })
}

async function timePdf(claims: number, articles: number): Promise<Row | null> {
  const html = renderPrintHtml(generateArticles(claims, articles), options)
  const browser = await launchChromium()
  await new Promise((done) => setTimeout(done, 2000)) // Chromium's own start-up work, not the export's
  let timer: NodeJS.Timeout | undefined
  try {
    const load = loadavg()[0]
    const cpuStart = childCpuMs()
    const start = performance.now()
    const pdf = await Promise.race([
      renderPdf(html, { browser, footer: 'Claim report', timeoutMs: PDF_LIMIT_MS }),
      new Promise<null>((done) => (timer = setTimeout(() => done(null), PDF_LIMIT_MS))),
    ])
    if (!pdf) return null
    const ms = performance.now() - start
    const cpuEnd = childCpuMs()
    const cpuMs = cpuStart !== null && cpuEnd !== null ? cpuEnd - cpuStart : undefined
    const pages = (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
    return { name: structuredPdf(html) ? 'chromium tagged' : 'chromium', claims, ms, bytes: pdf.byteLength, pages, cpuMs, tagged: structuredPdf(html), load }
  } finally {
    clearTimeout(timer)
    await browser.close().catch(() => {})
  }
}

/** The pdfkit writer in this process: wall and CPU time (its GC threads included). */
async function timeWriter(claims: number, articles: number): Promise<Row> {
  const report = prepareReport(generateArticles(claims, articles), options)
  const load = loadavg()[0]
  const cpuStart = process.cpuUsage()
  const start = performance.now()
  const pdf = await writeReportPdf(report, { footer: 'Claim report' })
  const ms = performance.now() - start
  const cpu = process.cpuUsage(cpuStart)
  const pages = (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
  return { name: 'pdfkit tagged', claims, ms, bytes: pdf.byteLength, pages, cpuMs: (cpu.user + cpu.system) / 1000, tagged: true, load }
}

const pdfNotes: string[] = [`load average at the start: ${loadavg()[0].toFixed(1)} (${process.platform})`]
if (existsSync(chromiumLaunchOptions().executablePath ?? '')) {
  for (const [claims, articles] of [[500, 10], [2000, 10]]) {
    const row = await timePdf(claims, articles)
    if (row) rows.push(row)
    else pdfNotes.push(`chromium pdf of ${claims} claims: over ${PDF_LIMIT_MS / 1000} s, stopped`)
  }
} else {
  pdfNotes.push('chromium pdf: no Chromium (set CHROMIUM_PATH)')
}
for (const [claims, articles] of [[500, 10], [2000, 10]]) rows.push(await timeWriter(claims, articles))
const large = await timeWriter(CLAIMS, ARTICLES)
rows.push(large)
pdfNotes.push(
  `pdf of ${CLAIMS} claims (pdfkit, tagged, with outline): ${(large.ms / 1000).toFixed(1)} s wall, CPU ${(large.cpuMs! / 1000).toFixed(1)} s, ` +
    `${large.pages} pages, load average ${large.load!.toFixed(1)} → ${loadavg()[0].toFixed(1)}; target ${PDF_TARGET_MS / 1000} s: ${large.ms <= PDF_TARGET_MS ? 'met' : 'MISSED'}`,
)

const pad = (s: string, n: number) => s.padEnd(n)
console.log(`${pad('format', 17)}${pad('claims', 8)}${pad('ms', 10)}${pad('MB', 8)}${pad('pages', 7)}${pad('cpu ms', 9)}load`)
for (const r of rows) console.log(`${pad(r.name, 17)}${pad(String(r.claims), 8)}${pad(r.ms.toFixed(1), 10)}${pad((r.bytes / 1e6).toFixed(2), 8)}${pad(String(r.pages ?? ''), 7)}${pad(r.cpuMs?.toFixed(0) ?? '', 9)}${r.load?.toFixed(1) ?? ''}`)
pdfNotes.push(`load average at the end: ${loadavg()[0].toFixed(1)}`)
for (const note of pdfNotes) console.log(note)
console.log(
  JSON.stringify({
    bench: 'report',
    claims: CLAIMS,
    articles: ARTICLES,
    results: rows.map((r) => ({ format: r.name, claims: r.claims, ms: Math.round(r.ms * 10) / 10, bytes: r.bytes, ...(r.pages ? { pages: r.pages } : {}), ...(r.cpuMs !== undefined ? { cpuMs: Math.round(r.cpuMs) } : {}), ...(r.tagged !== undefined ? { tagged: r.tagged } : {}), ...(r.load !== undefined ? { load: r.load } : {}) })),
    notes: pdfNotes,
  }),
)
