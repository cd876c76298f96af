// The claim extractor: article text in, claims (with sourcing, hedge and check-worthiness),
// non-claim furniture and metadata out. Pure TypeScript, no node: or electron imports.
import type { NonClaim } from '../schema'
import { classifyLine, classifySentence, wireDateline, type Verdict } from './boilerplate'
import { findHedge } from './hedge'
import { detectLanguage } from './language'
import { createSegmenter, segmentLines, splitLines, trimSpan, type Line } from './segment'
import { isPureOpinion, isQuestion, scoreSentence, wordCountOf } from './checkworthiness'
import { analyseSentences, type SentenceWork } from './carry'
import type { ExtractedClaim, ExtractedMeta, Extraction, ExtractOptions, SkippedSentence } from './types'

export type * from './types'

/** Lines longer than this are body text, never a caption or a byline. */
const MAX_FURNITURE_LINE = 400
const TITLE_FROM_LEDE = 90

function applyVerdict(meta: ExtractedMeta, verdict: Verdict): void {
  if (verdict.author && !meta.author) meta.author = verdict.author
  if (verdict.outlet && !meta.outlet) meta.outlet = verdict.outlet
  if (verdict.publishedAt && !meta.publishedAt) meta.publishedAt = verdict.publishedAt
}

function primaryTag(language: string): string {
  return language.toLowerCase().split(/[-_]/)[0] || 'en'
}

function spaced(language: string): boolean {
  return language !== 'zh' && language !== 'ja' && language !== 'th'
}

function isFragment(sentence: string, language: string): boolean {
  if (!/[\p{L}\p{N}]/u.test(sentence.slice(0, 200))) return true
  return spaced(language) && language !== 'ko' ? wordCountOf(sentence, 3) < 3 : sentence.length < 6
}

function shortenTitle(sentence: string): string {
  if (sentence.length <= TITLE_FROM_LEDE) return sentence.replace(/[.。]$/, '')
  const cut = sentence.lastIndexOf(' ', TITLE_FROM_LEDE)
  return `${sentence.slice(0, cut > 30 ? cut : TITLE_FROM_LEDE).replace(/[,;:]$/, '')}…`
}

function classifyLines(text: string, lines: Line[], meta: ExtractedMeta, nonClaims: NonClaim[]): number[] {
  const body: number[] = []
  const lastBlock = lines.length > 0 ? lines[lines.length - 1].block : 0
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const lineText = text.slice(line.start, line.end)
    const alone = (i === 0 || lines[i - 1].block !== line.block) && (i === lines.length - 1 || lines[i + 1].block !== line.block)
    const verdict =
      lineText.length <= MAX_FURNITURE_LINE ? classifyLine(lineText, { first: i === 0, alone, moreFollow: line.block < lastBlock || i < lines.length - 1 }) : null
    if (!verdict) {
      body.push(i)
      continue
    }
    if (verdict.kind === 'title') meta.title = lineText.replace(/^#+\s*/, '')
    applyVerdict(meta, verdict)
    nonClaims.push({ kind: verdict.kind, text: lineText, start: line.start, end: line.end })
  }
  return body
}

export function extract(text: string, options: ExtractOptions = {}): Extraction {
  const input = typeof text === 'string' ? text : ''
  const detected = options.language ? primaryTag(options.language) : detectLanguage(input)
  const language = detected === 'und' ? 'en' : detected
  const meta: ExtractedMeta = {
    title: null,
    author: null,
    outlet: null,
    language: options.language ?? (detected === 'und' ? null : detected),
    publishedAt: null,
  }
  const nonClaims: NonClaim[] = []
  const skipped: SkippedSentence[] = []
  const lines = splitLines(input)
  const bodyLines = classifyLines(input, lines, meta, nonClaims)
  const sentences = segmentLines(input, lines, bodyLines, createSegmenter(language))

  const work: SentenceWork[] = []
  let blurbBlock = -1
  let lastBlock = -1
  for (const sentence of sentences) {
    let { start } = sentence
    const { end } = sentence
    const firstInBlock = sentence.block !== lastBlock
    lastBlock = sentence.block
    let own = input.slice(start, end)
    if (sentence.block === blurbBlock) {
      nonClaims.push({ kind: 'author-blurb', text: own, start, end })
      continue
    }
    const verdict = own.length <= MAX_FURNITURE_LINE ? classifySentence(own) : null
    if (verdict) {
      if (verdict.kind === 'author-blurb') blurbBlock = sentence.block
      applyVerdict(meta, verdict)
      nonClaims.push({ kind: verdict.kind, text: own, start, end })
      continue
    }
    if (firstInBlock) {
      const dateline = wireDateline(own)
      if (dateline) {
        const span = trimSpan(input, start, start + dateline.length)
        nonClaims.push({ kind: 'byline', text: input.slice(span.start, span.end), start: span.start, end: span.end })
        if (!meta.outlet) meta.outlet = dateline.outlet
        start = trimSpan(input, start + dateline.length, end).start
        own = input.slice(start, end)
      }
    }
    work.push({ start, end, block: sentence.block, text: own })
  }

  analyseSentences(work, { language, meta })

  const claims: ExtractedClaim[] = []
  for (const w of work) {
    const reason = isFragment(w.text, language) ? 'fragment' : isQuestion(w.text) ? 'question' : null
    const hedge = findHedge(w.text, language)
    const sourcing = w.sourcing!
    const scoring = scoreSentence({
      sentence: w.text,
      language,
      attributed: sourcing.type !== 'unattributed',
      hedged: hedge.hedged,
      quoted: w.quoted ?? false,
    })
    const why = reason ?? (isPureOpinion(scoring.signals) ? 'opinion' : null)
    if (why) {
      skipped.push({ text: w.text, start: w.start, end: w.end, reason: why })
      continue
    }
    claims.push({
      text: w.text,
      start: w.start,
      end: w.end,
      checkworthiness: scoring.score,
      signals: scoring.signals,
      sourcing,
      hedge,
    })
  }

  if (!meta.title && claims.length > 0) {
    meta.title = shortenTitle(claims[0].text)
    meta.titleDerived = true
  }
  nonClaims.sort((a, b) => a.start - b.start)
  return { meta, claims, nonClaims, skipped }
}
