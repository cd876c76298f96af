// The report formats the Export dialog and Settings offer, with what each is for (words in the catalogue).
import type { ReportFormat } from '../../electron/core/report'
import { t } from './i18n'

const ORDER = ['html', 'pdf', 'md', 'csv', 'json', 'claimreview', 'annotations'] as const satisfies readonly ReportFormat[]

export const EXPORT_FORMATS: { value: ReportFormat; label: string; hint: string }[] = ORDER.map((value) => ({
  value,
  label: t(`export.formats.${value}.label`),
  hint: t(`export.formats.${value}.hint`),
}))
