// One claim in the PDF writer (pdf-writer.ts), as the print layout shows it
// (core/report/html-print-claim.ts): a heading with the claim's number and verdict after a
// status-coloured bar and dot, the quote in the article's language, one details paragraph,
// then evidence and notes paragraphs when there are any.
import type { Claim } from '../core/schema'
import { CORROBORATION_LABELS } from '../core/vocabulary'
import { CORROBORATION_COLOURS } from '../core/report/html-style'
import { safeHttpUrl } from '../core/report/escape'
import { credibilityText, evidenceKind, reliabilityText, sourcingText } from '../core/report/labels'
import { formatTime, type ReportedClaim } from '../core/report/model'
import { BASE, COLOURS, PAGE, type Mark, type Piece, type StructElement, type Typesetter } from './pdf-typeset'

/** The print layout's indent of a claim's paragraphs under its heading (7.5pt). */
const INDENT = 7.5
/** " · " with a no-break space before the dot: a wrapped line ends with the separator instead of starting with it. */
const SEP = '\u00a0· '

function details(item: ReportedClaim): string {
  const c = item.claim
  let sourcing = sourcingText(c)
  if (c.sourcing.attribution) sourcing += ` — “${c.sourcing.attribution}”`
  if (c.sourcing.cue) sourcing += ` (cue: ${c.sourcing.cue})`
  return [
    ...(c.headline?.trim() ? [`Headline claim: ${c.headline.trim()}`] : []),
    `Sourcing: ${sourcing}`,
    `Hedged: ${c.hedge.hedged ? `yes${c.hedge.cue ? ` (“${c.hedge.cue}”)` : ''}` : 'no'}`,
    `Reliability: ${reliabilityText(c)}`,
    `Credibility: ${credibilityText(c)}`,
    `Evidence: ${c.evidence.length}, of which ${item.independentSupport} independent supporting`,
    ...(c.tags.length > 0 ? [`Tags: ${c.tags.join(', ')}`] : []),
    `Last changed: ${formatTime(c.updatedAt)}${item.lastReviewer ? ` by ${item.lastReviewer}` : ''} · characters ${item.position.start}–${item.position.end}`,
  ].join(SEP)
}

function evidencePieces(e: Claim['evidence'][number], first: boolean): Piece[] {
  const pieces: Piece[] = [{ text: `${first ? 'Evidence — ' : ''}${evidenceKind(e)}: ${e.citation}` }]
  if (e.url) pieces.push({ text: SEP }, { text: e.url, link: safeHttpUrl(e.url), colour: safeHttpUrl(e.url) ? COLOURS.link : undefined })
  if (e.file) pieces.push({ text: `${SEP}file ${e.file.name}` })
  if (e.note.trim()) pieces.push({ text: `${SEP}${e.note}` })
  pieces.push({ text: `${SEP}added ${formatTime(e.addedAt)}` })
  return pieces
}

/** Draws and tags one claim; `mark` bookmarks its heading. */
export function claimBlock(t: Typesetter, section: StructElement, item: ReportedClaim, lang: string | null, mark: Mark): void {
  const c = item.claim
  const doc = t.doc
  const headingHeight = t.lineHeight(BASE)
  // The heading keeps with the first lines of its quote.
  t.keepSpace(headingHeight * 3 + 5)
  doc.y += 5
  const y = doc.y
  mark(y)
  const label = `Claim ${item.number} `
  const dotX = PAGE.margin + INDENT + t.widthOf(label, 700, BASE) + 3
  const colour = CORROBORATION_COLOURS[c.corroboration]
  t.artifact((d) => {
    d.rect(PAGE.margin, y - 1, 2.5, headingHeight).fill(colour)
    d.circle(dotX, y + BASE * 0.62, 2.6).fill(colour)
  })
  t.line(section, 'H3', [{ text: label }, { text: CORROBORATION_LABELS[c.corroboration], offset: 8 }], PAGE.margin + INDENT, y, BASE)

  const quote = doc.struct('BlockQuote', lang ? { lang } : {})
  section.add(quote)
  t.paragraph(quote, 'P', [{ text: c.anchor.quote.exact }], { size: BASE * 1.05, indent: INDENT, lang })
  quote.end()

  const flag = item.singleAnonymousSource
  const pieces: Piece[] = [
    ...(flag ? [{ text: 'Rests on a single anonymous source (no independent supporting evidence). ', weight: 700 as const, colour: COLOURS.flag }] : []),
    { text: details(item) },
  ]
  if (flag) {
    // The HTML's "⚠" (no report font has it), drawn: a small warning triangle.
    const ty = doc.y + 1.5
    t.keepSpace(headingHeight)
    t.artifact((d) => d.polygon([PAGE.margin + INDENT, ty + 7], [PAGE.margin + INDENT + 4, ty], [PAGE.margin + INDENT + 8, ty + 7]).fill(COLOURS.flag))
  }
  t.paragraph(section, 'P', pieces, { indent: INDENT, firstLine: flag ? 10 : 0 })
  c.evidence.forEach((e, i) => t.paragraph(section, 'P', evidencePieces(e, i === 0), { indent: INDENT }))
  if (c.note.trim()) t.paragraph(section, 'P', [{ text: `Notes: ${c.note}` }], { indent: INDENT, keepLines: true })
}
