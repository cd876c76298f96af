// The claim extractor: article text in, claims (with sourcing, hedge and check-worthiness),
// non-claim furniture and metadata out. Pure TypeScript, no node: or electron imports.
// Language knowledge lives in the packs of core/lang; this engine reads them.
import type { NonClaim } from '../schema'
import { classifySentence, isAppeal, wireDateline } from './boilerplate'
import { findHedge } from './hedge'
import { applySpeakerLines } from './speaker-lines'
import { detectLanguage, paragraphLanguage } from './language'
import { applyVerdict, classifyLines, MAX_FURNITURE_LINE } from './lines'
import { createSegmenter, segmentLines, splitLines, trimSpan } from './segment'
import { isNonFactual, isPureOpinion, isQuestion, scoreSentence, wordCountOf } from './checkworthiness'
import { analyseSentences, type SentenceWork } from './carry'
import { applyCarryModel, shippedCarryModel } from './carry-model'
import { furniturePage, isLearnedFurniture, shippedFurnitureModel, type FurniturePage } from './furniture-model'
import type { ExtractedClaim, ExtractedMeta, Extraction, ExtractOptions, SkippedSentence } from './types'

export type * from './types'
export { countLineKeys, lineKeys, repeatedLinesIn, REPEATED_IN_ARTICLES } from './repeated'

const TITLE_FROM_LEDE = 90

function primaryTag(language: string): string {
  return language.toLowerCase().split(/[-_]/)[0] || 'en'
}

function spaced(language: string): boolean {
  return language !== 'zh' && language !== 'ja' && language !== 'th'
}

/** "… 소식통은 데일리NK에 “6월 중순 창성군에서도...": a teaser cut off mid-word or mid-clause at its paragraph's end. */
const CUT_OFF = /\p{L}(?:\.{3,}|…)[\])]?\s*$/u

function isFragment(sentence: string, language: string): boolean {
  if (!/[\p{L}\p{N}]/u.test(sentence.slice(0, 200))) return true
  return spaced(language) && language !== 'ko' ? wordCountOf(sentence, 3) < 3 : sentence.length < 6
}

function shortenTitle(sentence: string): string {
  if (sentence.length <= TITLE_FROM_LEDE) return sentence.replace(/[.。]$/, '')
  const cut = sentence.lastIndexOf(' ', TITLE_FROM_LEDE)
  return `${sentence.slice(0, cut > 30 ? cut : TITLE_FROM_LEDE).replace(/[,;:]$/, '')}…`
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
  const { body: bodyLines } = classifyLines(input, lines, meta, nonClaims, options.repeatedLines)
  const sentences = segmentLines(input, lines, bodyLines, createSegmenter(language))
  // a paragraph in another script or language than the article gets its own pack
  const blockLanguage = options.language ? () => language : paragraphLanguage(input, lines, language)

  const work: SentenceWork[] = []
  let blurbBlock = -1
  let lastBlock = -1
  for (const sentence of sentences) {
    let { start } = sentence
    const { end } = sentence
    const firstInBlock = sentence.para !== lastBlock
    lastBlock = sentence.para
    let own = input.slice(start, end)
    if (sentence.para === blurbBlock) {
      nonClaims.push({ kind: 'author-blurb', text: own, start, end })
      continue
    }
    const verdict = own.length <= MAX_FURNITURE_LINE ? classifySentence(own) : null
    if (verdict) {
      if (verdict.kind === 'author-blurb') blurbBlock = sentence.para
      applyVerdict(meta, verdict)
      nonClaims.push({ kind: verdict.kind, text: own, start, end })
      continue
    }
    if (firstInBlock) {
      const dateline = wireDateline(own)
      if (dateline) {
        const span = trimSpan(input, start, start + dateline.length)
        nonClaims.push({ kind: 'byline', text: input.slice(span.start, span.end), start: span.start, end: span.end })
        if (!meta.outlet && dateline.outlet) meta.outlet = dateline.outlet
        if (!meta.author && dateline.author) meta.author = dateline.author
        start = trimSpan(input, start + dateline.length, end).start
        own = input.slice(start, end)
      }
    }
    work.push({ start, end, block: sentence.para, text: own, language: blockLanguage(sentence.block) })
  }

  analyseSentences(work, { language, meta, text: input })
  applySpeakerLines(input, work)

  const claims: ExtractedClaim[] = []
  const furnitureModel = options.furnitureModel === undefined ? shippedFurnitureModel() : options.furnitureModel
  let page: FurniturePage | null = null
  let previousBlock = -1
  for (let k = 0; k < work.length; k++) {
    const w = work[k]
    const endsBlock = k + 1 >= work.length || work[k + 1].block !== w.block
    const opensBlock = w.block !== previousBlock
    previousBlock = w.block
    const lang = w.language ?? language
    const reason = w.attributionOnly ? 'attribution' : isFragment(w.text, lang) || (endsBlock && CUT_OFF.test(w.text)) ? 'fragment' : isQuestion(w.text) ? 'question' : isAppeal(w.text) ? 'appeal' : null
    const hedge = findHedge(w.text, lang)
    const sourcing = w.sourcing!
    const scoring = scoreSentence({
      sentence: w.text,
      language: lang,
      attributed: sourcing.type !== 'unattributed',
      hedged: hedge.hedged,
      quoted: w.quoted ?? false,
      opensBlock,
    })
    const why = reason ?? (isPureOpinion(scoring.signals) || isNonFactual(scoring) ? 'opinion' : null)
    if (why) {
      skipped.push({ text: w.text, start: w.start, end: w.end, reason: why, reasons: scoring.reasons })
      continue
    }
    // the learned furniture model (data/model/furniture.json) may still find a would-be claim shaped like page furniture
    if (furnitureModel && isLearnedFurniture(furnitureModel, (page ??= furniturePage(input, lines, work)), w.start, w.end)) {
      nonClaims.push({ kind: 'boilerplate', text: w.text, start: w.start, end: w.end })
      continue
    }
    claims.push({
      text: w.text,
      start: w.start,
      end: w.end,
      checkworthiness: scoring.score,
      signals: scoring.signals,
      reasons: scoring.reasons,
      sourcing,
      hedge,
    })
  }

  // the learned carry model (data/model/carry.json): an unattributed claim may continue the source before it
  const carryModel = options.carryModel === undefined ? shippedCarryModel() : options.carryModel
  if (carryModel) applyCarryModel(carryModel, input, claims, language)

  if (!meta.title && claims.length > 0) {
    meta.title = shortenTitle(claims[0].text)
    meta.titleDerived = true
  }
  nonClaims.sort((a, b) => a.start - b.start)
  return { meta, claims, nonClaims, skipped }
}
