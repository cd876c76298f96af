// The claim extractor: article text in, claims (with sourcing, hedge and check-worthiness),
// non-claim furniture and metadata out. Pure TypeScript, no node: or electron imports.
// Language knowledge lives in the packs of core/lang; this engine reads them.
import type { NonClaim } from '../schema'
import { classifySentence, isAppeal, wireDateline } from './boilerplate'
import { isCallSign } from './author-lines'
import { findHedge } from './hedge'
import { applySpeakerLines } from './speaker-lines'
import { detectLanguage, paragraphLanguage } from './language'
import { applyVerdict, classifyLines, itemNotChrome, MAX_FURNITURE_LINE } from './lines'
import { createSegmenter, segmentLines, splitLines, trimSpan } from './segment'
import { splitStampedLines } from './stamps'
import { headDate } from './dates'
import { isNonFactual, isPureOpinion, isQuestion, scoreSentence, wordCountOf } from './checkworthiness'
import { analyseSentences, type SentenceWork } from './carry'
import { applyCarryModel, shippedCarryModel } from './carry-model'
import { furniturePage, isLearnedFurniture, shippedFurnitureModel, type FurniturePage } from './furniture-model'
import { isSuspectStatement } from './suspect-statements'
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
/**
 * CUT_OFF, asked only of a sentence holding an ellipsis: the pattern opens on a Unicode class and ends at the end, so V8
 * tries it at every position (ten times the time of the two searches, on the bench's sentences).
 */
const cutOff = (text: string): boolean => (text.includes('…') || text.includes('...')) && CUT_OFF.test(text)

/**
 * Too short to be a claim: fewer than three words (six characters in Korean and unspaced scripts), or no letter or digit.
 * Not on a line that lines.ts `contentLines` marks as content by its place (session 32): an item of a list under its
 * lead-in or a field line states its fact in one or two words ("• Atlampa", "— Хохольском;", "5 Августа,", "Freitag"),
 * which elsewhere would be a fragment; a lone "Share", "Фото" or "더보기" is on no such line.
 */
function isFragment(sentence: string, language: string, listItem?: () => boolean): boolean {
  if (!/[\p{L}\p{N}]/u.test(sentence.slice(0, 200))) return true
  const short = spaced(language) && language !== 'ko' ? wordCountOf(sentence, 3) < 3 : sentence.length < 6
  return short && !listItem?.()
}

/**
 * A bullet opening a sentence, and so its line: "- Elm", "• 96 Spielplätze", "– Chompers: Is a new app …" (session 33: an
 * item of a list, see checkworthiness.ts isNonFactual). A line of a list printed without the bullet its items carry is a
 * group's heading ("Clinton" over "- Liberty Street …"), and stays to the model.
 */
const OPENS_WITH_BULLET = /^[-–—•·▪●◦*]\s*(?=\S)/u

/**
 * An item of a list: the sentence opens its line with a bullet, and read without it is no page chrome ("- Follow us …");
 * a short item all in lower case ("• the county archive") is an item, not a keyword line (session 34, lines.ts itemNotChrome).
 */
function isListItem(sentence: string): boolean {
  const bullet = OPENS_WITH_BULLET.exec(sentence)
  return bullet !== null && itemNotChrome(sentence.slice(bullet[0].length))
}

/** Whether text[start, end) lies on one of the `content` lines (lines.ts contentLines: list items and field lines). */
function onContentLine(lines: readonly { start: number; end: number }[], content: ReadonlySet<number>, start: number, end: number): boolean {
  for (const i of content) if (lines[i].start <= start && end <= lines[i].end) return true
  return false
}

function shortenTitle(sentence: string): string {
  if (sentence.length <= TITLE_FROM_LEDE) return sentence.replace(/[.。]$/, '')
  const cut = sentence.lastIndexOf(' ', TITLE_FROM_LEDE)
  return `${sentence.slice(0, cut > 30 ? cut : TITLE_FROM_LEDE).replace(/[,;:]$/, '')}…`
}


/** Word starts where a dateline run into its headline may begin: a capital, "(" or "[" after a space. */
const DATELINE_START = /\s(?=[\p{Lu}([])/gu

/**
 * "Flood warning for the Rhine valley BERLIN (dpa) - Heavy rain …", "폭우 경보 [서울=연합뉴스] …": a headline pasted
 * on one line with the dateline that opens the story. Only at the top of the page (no body sentence before it). The
 * dateline must name its outlet or its place in capitals, and the headline before it has at least three words (two in
 * Korean) and no closing punctuation. Returns the headline's length and the dateline found after it (lengths in `head`).
 */
export function headlineDatelineCut(head: string, language: string): { headline: number; dateline: number; outlet: string; author?: string } | null {
  const minWords = language === 'ko' ? 2 : 3
  // a dateline read from the first word may have swallowed the headline's last words: "Lluvias en Valencia MADRID, 27 Nov. (…) -"
  const first = wireDateline(head)
  let found: { at: number; end: number; outlet: string; author?: string } | null = first ? { at: 0, end: first.length, outlet: first.outlet } : null
  DATELINE_START.lastIndex = 0
  for (let m = DATELINE_START.exec(head); m; m = DATELINE_START.exec(head)) {
    const at = m.index + 1
    if (found && at >= found.end) break
    const title = head.slice(0, m.index).trimEnd()
    if (!title || /[.!?:;,。…"”»)\]–—\d-]$/u.test(title) || title.split(/\s+/).length < minWords) continue
    const d = wireDateline(head.slice(at))
    if (!d) continue
    const tail = head.slice(at)
    const capitals = /^\p{Lu}{3,}(?![\p{Ll}])/u.test(tail)
    if (!d.outlet && !capitals) continue
    // the rest is the story: a word follows the dateline
    if (!/^[\p{L}\p{N}"“„«‘'(]/u.test(head.slice(at + d.length))) continue
    const end = at + d.length
    // the same dateline from a later word: "… dans le Gard PARIS, 27 nov (Reuters) -" is PARIS's
    if (!found || found.end === end) found = { at, end, outlet: d.outlet, ...(d.author ? { author: d.author } : {}) }
  }
  if (!found) return callSignCut(head, minWords)
  if (found.at === 0) return null
  // a place of several words in capitals: "… NEW YORK (AP) —"
  let at = found.at
  for (;;) {
    const before = /(\p{Lu}{2,})\s+$/u.exec(head.slice(0, at))
    if (!before || !/^\p{Lu}/u.test(head.slice(at)) || !/^\p{Lu}{2,}[\s,]/u.test(head.slice(at))) break
    const title = head.slice(0, before.index).trimEnd()
    if (title.split(/\s+/).length < minWords) break
    at = before.index
  }
  return { headline: head.slice(0, at).trimEnd().length, dateline: found.end - at, outlet: found.outlet, ...(found.author ? { author: found.author } : {}) }
}

/** "… volunteers (WTNH) — More than …": a broadcaster's call sign in brackets and a dash, the dateline with no place. */
const CALL_SIGN_DATELINE = /\s\((\p{Lu}{3,4}(?:-\p{Lu}{2})?)\)\s*[-–—]{1,2}\s+(?=[\p{L}\p{N}"“„«‘'(])/u
/**
 * A headline pasted on one line with a station's dateline that names no place ("Park cleanup draws volunteers (WTNH) —
 * More than …"): the call sign (a pack's bylines.callSign) is the outlet, the words before it the headline (session 33).
 */
function callSignCut(head: string, minWords: number): { headline: number; dateline: number; outlet: string } | null {
  const m = CALL_SIGN_DATELINE.exec(head)
  if (!m || !isCallSign(m[1])) return null
  const title = head.slice(0, m.index).trimEnd()
  if (/[.!?:;,。…"”»)\]–—\d-]$/u.test(title) || title.split(/\s+/).length < minWords) return null
  return { headline: title.length, dateline: m[0].length - 1, outlet: m[1] }
}

/**
 * The line reader cut a dateline from the first body line that swallowed the headline before it ("Hochwasser am Rhein
 * Köln (dpa) – " read as one place): the same dateline from a later word leaves the headline as the title.
 */
function splitSwallowedHeadline(input: string, bodyStart: number, meta: ExtractedMeta, nonClaims: NonClaim[], language: string): void {
  let k = nonClaims.length - 1
  while (k >= 0 && !(nonClaims[k].kind === 'byline' && nonClaims[k].end <= bodyStart)) k--
  if (k < 0) return
  const byline = nonClaims[k]
  if (trimSpan(input, byline.end, bodyStart).start !== bodyStart) return
  const lineEnd = input.slice(bodyStart, bodyStart + 400).search(/[\r\n\u2028\u2029\u0085]/)
  const head = input.slice(byline.start, lineEnd < 0 ? bodyStart + 400 : bodyStart + lineEnd)
  const cut = headlineDatelineCut(head, language)
  if (!cut) return
  const at = head.length - head.slice(cut.headline).trimStart().length
  const span = trimSpan(input, byline.start + at, byline.start + at + cut.dateline)
  if (span.end !== byline.end) return
  const title = { kind: 'title' as const, text: input.slice(byline.start, byline.start + cut.headline), start: byline.start, end: byline.start + cut.headline }
  nonClaims.splice(k, 1, title, { kind: 'byline', text: input.slice(span.start, span.end), start: span.start, end: span.end })
  if (!meta.title) meta.title = title.text
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
  const lines = splitStampedLines(input, splitLines(input))
  const { body: bodyLines, content: contentLineSet, questions: questionLines } = classifyLines(input, lines, meta, nonClaims, options.repeatedLines)
  if (bodyLines.length > 0) splitSwallowedHeadline(input, lines[bodyLines[0]].start, meta, nonClaims, language)
  // the date a furniture line prints at the head of the page, over a teaser's further down (session 34, dates.ts)
  const captionStarts = new Set<number>()
  const titleStarts = new Set<number>()
  for (const n of nonClaims) {
    if (n.kind === 'caption' || n.kind === 'credit') captionStarts.add(n.start)
    else if (n.kind === 'title') titleStarts.add(n.start)
  }
  meta.publishedAt = headDate(input, lines, bodyLines, language, meta.publishedAt, captionStarts, titleStarts)
  const sentences = segmentLines(input, lines, bodyLines, createSegmenter(language))
  // a paragraph in another script or language than the article gets its own pack
  const blockLanguage = options.language ? () => language : paragraphLanguage(input, lines, language)

  const work: SentenceWork[] = []
  let blurbBlock = -1
  let lastBlock = -1
  let cutUntil = -1
  for (const sentence of sentences) {
    let { start } = sentence
    const { end } = sentence
    const firstInBlock = sentence.para !== lastBlock
    lastBlock = sentence.para
    let own = input.slice(start, end)
    if (start < cutUntil) {
      if (end <= cutUntil) continue
      start = trimSpan(input, cutUntil, end).start
      own = input.slice(start, end)
    }
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
    if (firstInBlock && work.length === 0) {
      const lineEnd = input.slice(start, start + 400).search(/[\r\n\u2028\u2029\u0085]/)
      const head = input.slice(start, lineEnd < 0 ? start + 400 : start + lineEnd)
      const cut = headlineDatelineCut(head, blockLanguage(sentence.block) ?? language)
      if (cut) {
        const title = trimSpan(input, start, start + cut.headline)
        nonClaims.push({ kind: 'title', text: input.slice(title.start, title.end), start: title.start, end: title.end })
        if (!meta.title) meta.title = input.slice(title.start, title.end)
        const at = head.length - head.slice(cut.headline).trimStart().length
        const span = trimSpan(input, start + at, start + at + cut.dateline)
        nonClaims.push({ kind: 'byline', text: input.slice(span.start, span.end), start: span.start, end: span.end })
        if (!meta.outlet && cut.outlet) meta.outlet = cut.outlet
        if (!meta.author && cut.author) meta.author = cut.author
        cutUntil = start + at + cut.dateline
        if (end <= cutUntil) continue
        start = trimSpan(input, cutUntil, end).start
        own = input.slice(start, end)
      }
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
    const reason = w.attributionOnly ? 'attribution' : isFragment(w.text, lang, () => onContentLine(lines, contentLineSet, w.start, w.end)) || (endsBlock && cutOff(w.text)) ? 'fragment' : isQuestion(w.text) || onContentLine(lines, questionLines, w.start, w.end) ? 'question' : isAppeal(w.text) ? 'appeal' : null
    const sourcing = w.sourcing!
    // an impersonal report with an office or a person in play is that reporter's, not a hedge (session 29 decision)
    const hedge = findHedge(w.text, lang, undefined, { sourcing })
    const scoring = scoreSentence({
      sentence: w.text,
      language: lang,
      attributed: sourcing.type !== 'unattributed',
      hedged: hedge.hedged,
      quoted: w.quoted ?? false,
      opensBlock,
      listItem: isListItem(w.text),
    })
    // (session 33) a suspect's own admission or denial heard by the police is N (lead decision s32); reported through a hedge of
    // its own ("…인정한 것으로 전해졌다", "il aurait avoué") it stays the hedged report it was labelled
    const suspect = !reason && !hedge.hedged && isSuspectStatement(w.text, lang, sourcing)
    const why = reason ?? (suspect ? 'suspect-statement' : null) ?? (isPureOpinion(scoring.signals) || isNonFactual(scoring) ? 'opinion' : null)
    if (why) {
      skipped.push({ text: w.text, start: w.start, end: w.end, reason: why, reasons: scoring.reasons })
      continue
    }
    // the learned furniture model (data/model/furniture.json) may still find a would-be claim shaped like page furniture
    if (furnitureModel && isLearnedFurniture(furnitureModel, (page ??= furniturePage(input, lines, work, contentLineSet)), w.start, w.end)) {
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
  // (session 34) a first-person quotation nobody is named for, still unsourced after the model, is an unnamed person's words
  for (const c of claims) if (c.sourcing.type === 'unattributed' && c.sourcing.cue === 'quote') c.sourcing = { type: 'anonymous-source', attribution: null, cue: 'quote' }

  if (!meta.title && claims.length > 0) {
    meta.title = shortenTitle(claims[0].text)
    meta.titleDerived = true
  }
  nonClaims.sort((a, b) => a.start - b.start)
  return { meta, claims, nonClaims, skipped }
}
