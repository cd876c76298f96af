// The export dialog's preview of the chosen format: the HTML report rendered (sanitised,
// without its own styles, which the window's CSP would refuse anyway), the PDF's first
// page as the PDF itself (PdfFirstPage), a CSV as a table, the other formats as their text.
// The preview region is focusable, so a keyboard user can scroll it.
import DOMPurify from 'dompurify'
import Papa from 'papaparse'
import { useEffect, useState } from 'react'
import type { ReportFormat } from '../../../electron/core/report'
import { PdfFirstPage } from './PdfFirstPage'
import { t } from '../i18n'
import { errorText } from '../i18n/messages'

const CSV_ROWS = 50

interface Props {
  format: ReportFormat
  /** The request without its format, as a stable key. */
  requestKey: string
  onError(message: string): void
}

export function ReportPreview({ format, requestKey, onError }: Props) {
  const [contents, setContents] = useState<{ format: ReportFormat; text: string } | null>(null)
  useEffect(() => {
    let stale = false
    // A PDF is previewed as the PDF itself (its first page, drawn by PdfFirstPage).
    const request = { ...JSON.parse(requestKey), format }
    ;(format === 'pdf' ? window.api.reports.previewPdf(request) : window.api.reports.preview(request))
      .then((text) => !stale && setContents({ format, text }))
      .catch((e: unknown) => !stale && onError(errorText(e)))
    return () => {
      stale = true
    }
  }, [requestKey, format, onError])

  const ready = contents && contents.format === format ? contents.text : null
  return (
    <section className={`export-preview preview-${format}`} aria-label={t('exportPreview.label')} tabIndex={0}>
      {ready === null ? <p className="preview-wait">{t('exportPreview.preparing')}</p> : <PreviewBody format={format} text={ready} onError={onError} />}
    </section>
  )
}

function PreviewBody({ format, text, onError }: { format: ReportFormat; text: string; onError(message: string): void }) {
  if (format === 'pdf') return <PdfFirstPage base64={text} onError={onError} />
  if (format === 'html') {
    const html = DOMPurify.sanitize(text, { FORBID_TAGS: ['style', 'link', 'img', 'script'], FORBID_ATTR: ['style'], WHOLE_DOCUMENT: false })
    return <div className="report-render" dangerouslySetInnerHTML={{ __html: html }} />
  }
  if (format === 'csv') {
    const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data
    const [head, ...body] = rows
    if (!head) return <pre>{text}</pre>
    return (
      <>
        <p className="preview-note">{CSV_ROWS < body.length ? t('exportPreview.csvFirst', { shown: CSV_ROWS, total: body.length }) : t('exportPreview.csvAll', { total: body.length })}</p>
        <table className="csv-table">
          <thead>
            <tr>
              {head.map((h, i) => (
                <th key={i} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {body.slice(0, CSV_ROWS).map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <td key={c}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </>
    )
  }
  return <pre>{text}</pre>
}
