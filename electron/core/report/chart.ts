// A small inline SVG bar chart of corroboration counts. Each bar carries its
// label and count as text, so the chart reads without colour and in greyscale print.
import { CORROBORATION_LABELS, type Corroboration } from '../vocabulary'
import { CORROBORATION_COLOURS } from './html-style'
import { REPORT_STATUS_ORDER } from './model'

const LABEL_WIDTH = 150
const BAR_WIDTH = 200
const ROW = 22

export function corroborationChart(counts: Record<Corroboration, number>): string {
  const max = Math.max(1, ...REPORT_STATUS_ORDER.map((s) => counts[s]))
  const height = REPORT_STATUS_ORDER.length * ROW + 4
  const width = LABEL_WIDTH + BAR_WIDTH + 50
  const rows = REPORT_STATUS_ORDER.map((status, i) => {
    const y = i * ROW + 2
    const count = counts[status]
    const barWidth = count === 0 ? 0 : Math.max(2, Math.round((count / max) * BAR_WIDTH))
    return (
      `<g><text x="${LABEL_WIDTH - 8}" y="${y + 15}" text-anchor="end">${CORROBORATION_LABELS[status]}</text>` +
      `<rect x="${LABEL_WIDTH}" y="${y + 3}" width="${barWidth}" height="${ROW - 8}" fill="${CORROBORATION_COLOURS[status]}"/>` +
      `<text x="${LABEL_WIDTH + barWidth + 6}" y="${y + 15}">${count}</text></g>`
    )
  })
  return (
    `<svg class="chart" role="img" aria-labelledby="chart-title" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="chart-title">Claims by corroboration: ${REPORT_STATUS_ORDER.map((s) => `${CORROBORATION_LABELS[s]} ${counts[s]}`).join(', ')}</title>` +
    `<line x1="${LABEL_WIDTH}" y1="0" x2="${LABEL_WIDTH}" y2="${height}" stroke="#5f6368"/>` +
    rows.join('') +
    '</svg>'
  )
}
