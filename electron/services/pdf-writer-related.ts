// The related-claims sections of the PDF writer (pdf-writer.ts), as the HTML report's
// (core/corroboration/report-sections.ts): "Conflicting reports" and "Also reported in".
import { COUNTED_THING_LABELS } from '../core/corroboration/counted-things'
import { describeFigures, reportedLinks, type RelatedReport } from '../core/corroboration/report-entries'
import type { PreparedReport } from '../core/report/model'
import { safeHttpUrl } from '../core/report/escape'
import { COLOURS, type StructElement, type Typesetter } from './pdf-typeset'

export function relatedBlocks(t: Typesetter, root: StructElement, report: PreparedReport, related: RelatedReport, heading: (section: StructElement, text: string) => void): void {
  const listed = report.articles.flatMap((a) => a.claims.map((c) => ({ article: a.file.article, number: c.number, claim: c.claim, entry: related[`${a.file.article.id}/${c.claim.id}`] })))
  const withLinks = listed.filter((c) => reportedLinks(c.entry).length > 0)
  if (withLinks.length === 0) return
  const outlets = new Map<string, string | null>()
  for (const entry of Object.values(related)) for (const l of entry.linked) outlets.set(l.articleId, l.outlet)
  const outletOf = (id: string) => outlets.get(id) ?? null

  const conflicts = t.doc.struct('Sect')
  root.add(conflicts)
  heading(conflicts, 'Conflicting reports')
  const conflicting = withLinks.filter((c) => c.entry!.conflicts.length > 0)
  t.paragraph(conflicts, 'P', [{ text: conflicting.length === 0 ? 'No linked reports give conflicting figures.' : `${conflicting.length} claim${conflicting.length === 1 ? ' has' : 's have'} reports elsewhere whose figures conflict.` }])
  for (const c of conflicting) {
    t.keepSpace(40)
    t.paragraph(conflicts, 'H3', [{ text: `${c.article.title || 'Untitled article'}, claim ${c.number}` }], { weight: 700, before: 5, lang: c.article.language })
    t.paragraph(conflicts, 'P', [{ text: c.claim.anchor.quote.exact }], { indent: 7.5, lang: c.article.language })
    for (const f of c.entry!.conflicts) t.paragraph(conflicts, 'P', [{ text: 'Conflicting figures', weight: 700 }, { text: ` for ${COUNTED_THING_LABELS[f.quantity]}: ${describeFigures(f, outletOf).replace(/^[^:]+: /, '')}` }], { indent: 7.5 })
    for (const f of c.entry!.updates) t.paragraph(conflicts, 'P', [{ text: `Updated figures for ${COUNTED_THING_LABELS[f.quantity]}: ${describeFigures(f, outletOf).replace(/^[^:]+: /, '')}` }], { indent: 7.5 })
  }
  conflicts.end()

  const also = t.doc.struct('Sect')
  root.add(also)
  heading(also, 'Also reported in')
  for (const c of withLinks) {
    t.keepSpace(40)
    t.paragraph(also, 'H3', [{ text: `${c.article.title || 'Untitled article'}, claim ${c.number}: “${c.claim.anchor.quote.exact}”` }], { weight: 700, before: 5, lang: c.article.language })
    const list = t.doc.struct('L')
    also.add(list)
    for (const l of reportedLinks(c.entry)) {
      const li = t.doc.struct('LI')
      list.add(li)
      const url = safeHttpUrl(l.url)
      t.paragraph(li, 'LBody', [
        { text: `${l.outlet ?? 'Unknown outlet'}${l.publishedAt ? `, ${l.publishedAt}` : ''}: ` },
        { text: l.title || 'Untitled article', link: url, colour: url ? COLOURS.link : undefined },
        { text: ` — “${l.text}” ` },
        { text: `(${l.status === 'confirmed' ? 'confirmed by the reviewer' : 'suggested'})`, colour: COLOURS.muted },
      ], { indent: 10 })
      li.end()
    }
    list.end()
  }
  also.end()
}
