// The report formats the Export dialog and Settings offer, with what each is for.
import type { ReportFormat } from '../../electron/core/report'

export const EXPORT_FORMATS: { value: ReportFormat; label: string; hint: string }[] = [
  { value: 'html', label: 'HTML', hint: 'one self-contained, printable file for the editor' },
  { value: 'pdf', label: 'PDF', hint: 'printed from the HTML report' },
  { value: 'md', label: 'Markdown', hint: 'clean in any viewer' },
  { value: 'csv', label: 'CSV', hint: 'one row per claim, for spreadsheets' },
  { value: 'json', label: 'Claimdesk JSON', hint: 'complete and re-importable; for another reviewer' },
  { value: 'claimreview', label: 'ClaimReview JSON-LD', hint: 'schema.org, for newsroom tools' },
  { value: 'annotations', label: 'Web Annotations', hint: 'W3C JSON-LD, opens in annotation tools' },
]
