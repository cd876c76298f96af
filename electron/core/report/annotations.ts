// W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/): one
// `assessing` annotation per listed claim, targeting the claim's text with the
// same two selectors the workspace stores, so any annotation tool can re-anchor it.
import { codePointOffsets } from './offsets'
import type { ArticleFile, Claim } from '../schema'
import { CORROBORATION_LABELS, SOURCING_LABELS } from '../vocabulary'
import { relatedAnnotations } from '../corroboration/report-sections'
import { safeHttpUrl } from './escape'
import { articleUrn, prepareReport, type ReportOptions } from './model'

type TextualBody = { type: 'TextualBody'; purpose: 'assessing' | 'classifying' | 'describing' | 'tagging' | 'commenting'; value: string; format?: 'text/plain' }

/** A claim's link to the same fact reported elsewhere (issue 12): the other article is the body. */
export interface LinkingAnnotation {
  id: string
  type: 'Annotation'
  motivation: 'linking'
  body: ({ id: string; type: 'SpecificResource' } | TextualBody)[]
  target: WebAnnotation['target']
}

export interface WebAnnotation {
  id: string
  type: 'Annotation'
  motivation: 'assessing'
  created: string
  modified: string
  creator?: { type: 'Person'; name: string }
  body: TextualBody[]
  target: {
    source: string
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ]
  }
}

export interface AnnotationCollection {
  '@context': 'http://www.w3.org/ns/anno.jsonld'
  id: string
  type: 'AnnotationCollection'
  label: string
  generated: string
  total: number
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: (WebAnnotation | LinkingAnnotation)[] }
}

function bodies(claim: Claim, singleAnonymous: boolean): TextualBody[] {
  const out: TextualBody[] = [
    { type: 'TextualBody', purpose: 'assessing', value: `Corroboration: ${CORROBORATION_LABELS[claim.corroboration]}`, format: 'text/plain' },
    { type: 'TextualBody', purpose: 'classifying', value: `corroboration:${claim.corroboration}` },
    { type: 'TextualBody', purpose: 'classifying', value: `sourcing:${claim.sourcing.type}` },
  ]
  let sourcing = `Sourcing: ${SOURCING_LABELS[claim.sourcing.type]}`
  if (claim.sourcing.attribution) sourcing += ` (${claim.sourcing.attribution})`
  out.push({ type: 'TextualBody', purpose: 'describing', value: sourcing, format: 'text/plain' })
  if (claim.hedge.hedged) out.push({ type: 'TextualBody', purpose: 'classifying', value: 'hedged' })
  if (singleAnonymous) out.push({ type: 'TextualBody', purpose: 'classifying', value: 'single-anonymous-source' })
  if (claim.reliability) out.push({ type: 'TextualBody', purpose: 'classifying', value: `reliability:${claim.reliability}` })
  if (claim.credibility) out.push({ type: 'TextualBody', purpose: 'classifying', value: `credibility:${claim.credibility}` })
  for (const tag of claim.tags) out.push({ type: 'TextualBody', purpose: 'tagging', value: tag })
  for (const evidence of claim.evidence) {
    const url = safeHttpUrl(evidence.url)
    const text = `Evidence (${evidence.stance}${evidence.independent ? ', independent' : ''}): ${evidence.citation}${url ? ` <${url}>` : ''}`
    out.push({ type: 'TextualBody', purpose: 'commenting', value: text, format: 'text/plain' })
  }
  if (claim.note.trim()) out.push({ type: 'TextualBody', purpose: 'commenting', value: claim.note, format: 'text/plain' })
  return out
}

export function buildAnnotations(files: readonly ArticleFile[], options: ReportOptions): AnnotationCollection {
  const report = prepareReport(files, options)
  const items: (WebAnnotation | LinkingAnnotation)[] = []
  for (const { file, claims } of report.articles) {
    const a = file.article
    const source = safeHttpUrl(a.url) ?? articleUrn(a.id)
    const toCodePoints = codePointOffsets(a.text)
    for (const { claim, singleAnonymousSource, lastReviewer } of claims) {
      const { quote, position } = claim.anchor
      const annotation: WebAnnotation = {
        id: `urn:claimdesk:claim:${a.id}:${claim.id}`,
        type: 'Annotation',
        motivation: 'assessing',
        created: claim.createdAt,
        modified: claim.updatedAt,
        body: bodies(claim, singleAnonymousSource),
        target: {
          source,
          selector: [
            { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
            { type: 'TextPositionSelector', start: toCodePoints(position.start), end: toCodePoints(position.end) },
          ],
        },
      }
      if (lastReviewer) annotation.creator = { type: 'Person', name: lastReviewer }
      items.push(annotation)
      items.push(...relatedAnnotations(options.related, a.id, claim.id, annotation.target, articleUrn, safeHttpUrl))
    }
  }
  const id = `urn:claimdesk:report:${options.reportedAt}`
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'AnnotationCollection',
    label: options.title ?? 'Claimdesk claim review',
    generated: options.reportedAt,
    total: items.length,
    first: { id: `${id}:page1`, type: 'AnnotationPage', startIndex: 0, items },
  }
}

export function renderAnnotations(files: readonly ArticleFile[], options: ReportOptions): string {
  return `${JSON.stringify(buildAnnotations(files, options), null, 2)}\n`
}
