// A claim as the PDF prints it: the same facts as the HTML report's claim card
// (html.ts), in as few elements as possible. Chromium's PDF cost grows with the number
// of boxes and, for a tagged PDF, of accessibility nodes: the card's header, badge,
// definition list of seven dt/dd pairs and evidence table were about 40 elements per
// claim; here a claim is a heading, the quote and one paragraph per kind of detail.
import type { Claim } from '../schema'
import { CORROBORATION_LABELS } from '../vocabulary'
import { escapeHtml as h, safeHttpUrl } from './escape'
import { credibilityText, evidenceKind, reliabilityText, sourcingText } from './labels'
import { formatTime, type ReportedClaim } from './model'

function evidenceLine(e: Claim['evidence'][number]): string {
  const url = safeHttpUrl(e.url)
  const parts = [`${h(evidenceKind(e))}: ${h(e.citation)}`]
  if (e.url) parts.push(url ? `<a href="${h(url)}">${h(e.url)}</a>` : h(e.url))
  if (e.file) parts.push(`file ${h(e.file.name)}`)
  if (e.note.trim()) parts.push(h(e.note))
  parts.push(`added ${h(formatTime(e.addedAt))}`)
  return parts.join(' · ')
}

/** One claim for print: `<h3>` (number and verdict), `<blockquote>`, a details paragraph, then evidence and notes paragraphs when there are any. */
export function printClaim(item: ReportedClaim, articleId: string, lang: string): string {
  const c = item.claim
  let sourcing = h(sourcingText(c))
  if (c.sourcing.attribution) sourcing += ` — “${h(c.sourcing.attribution)}”`
  if (c.sourcing.cue) sourcing += ` (cue: ${h(c.sourcing.cue)})`
  const details = [
    ...(c.headline?.trim() ? [`Headline claim: ${h(c.headline.trim())}`] : []),
    `Sourcing: ${sourcing}`,
    `Hedged: ${c.hedge.hedged ? `yes${c.hedge.cue ? ` (“${h(c.hedge.cue)}”)` : ''}` : 'no'}`,
    `Reliability: ${h(reliabilityText(c))}`,
    `Credibility: ${h(credibilityText(c))}`,
    `Evidence: ${c.evidence.length}, of which ${item.independentSupport} independent supporting`,
    ...(c.tags.length > 0 ? [`Tags: ${c.tags.map(h).join(', ')}`] : []),
    `Last changed: ${h(formatTime(c.updatedAt))}${item.lastReviewer ? ` by ${h(item.lastReviewer)}` : ''} · characters ${item.position.start}–${item.position.end}`,
  ]
  const flag = item.singleAnonymousSource ? '<b class="flag">⚠ Rests on a single anonymous source (no independent supporting evidence).</b> ' : ''
  return (
    `<h3 class="pc status-${c.corroboration}" id="claim-${h(articleId)}-${h(c.id)}">Claim ${item.number} <span class="badge">${CORROBORATION_LABELS[c.corroboration]}</span></h3>` +
    `<blockquote class="pc"${lang}>${h(c.anchor.quote.exact)}</blockquote>` +
    `<p class="pc">${flag}${details.join(' · ')}</p>` +
    (c.evidence.length > 0 ? `<p class="pc">Evidence — ${c.evidence.map(evidenceLine).join('<br>')}</p>` : '') +
    (c.note.trim() ? `<p class="pc note">Notes: ${h(c.note)}</p>` : '')
  )
}
