// The learned furniture classifier: a logistic regression over the shape signals of
// furniture-model-features.ts, trained on the tuned corpus by scripts/train-furniture.ts and
// shipped as data in data/model/furniture.json. The extractor asks it only about a sentence it
// would otherwise keep as a claim; above the cross-validated threshold the sentence is furniture.
import modelFile from '../../../data/model/furniture.json' with { type: 'json' }
import { blockBounds, FEATURE_COUNT, FEATURE_NAMES, furnitureFeatures, lineAt, lineShape, pageLayout, repeatedLines, repeatedSentences, type FurniturePage } from './furniture-model-features'
import type { Line } from './segment'
import { checkLinearModel, linearProbability, type LinearModel } from './linear-model'
import { classifyLine, isCreditLine, isSupportAppeal, isTeaser, wireDateline } from './boilerplate'
import { setBylineLike } from './furniture-model-features'
import { parseDate } from './dates'
import { contentLines } from './lines'
import { standfirstsAboveLede } from './standfirst'

/** "03/03/2024", "2024.03.03": a date in figures. */
const NUMERIC_DATE = /(?<!\d)(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}|(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2})(?!\d)/

/** A byline, a dateline or a short line that gives a date: where a standfirst ends and the story starts. */
const bylineLike = (line: string): boolean =>
  line.length <= 200 &&
  (classifyLine(line, { first: false, alone: true, moreFollow: true })?.kind === 'byline' ||
    wireDateline(line) !== null ||
    // "Updated March 3, 2024, 4:15 p.m.", "Mis à jour le 03/03/2024": a short line that gives a date
    (line.length <= 80 && line.split(/\s+/).length <= 9 && /\d/.test(line) && (NUMERIC_DATE.test(line) || parseDate(line) !== null)))

// a standfirst ends where the byline, date line or dateline starts (furniture-model-features.ts, standfirstLines)
setBylineLike(bylineLike)

export type { FurniturePage } from './furniture-model-features'

/** Its threshold is the probability at or above which a would-be claim is furniture. */
export type FurnitureModel = LinearModel

export function checkFurnitureModel(model: FurnitureModel): FurnitureModel {
  return checkLinearModel(model, FEATURE_NAMES, 'furniture model')
}

let shipped: FurnitureModel | null = null

export function shippedFurnitureModel(): FurnitureModel {
  shipped ??= checkFurnitureModel(modelFile as unknown as FurnitureModel)
  return shipped
}

/** The page with the furniture the rules find on it by structure: support blocks (by block), second copies (by start), caption copies (by line). */
export type RulesPage = FurniturePage & { supportBlocks?: Set<number>; nearCopies?: Set<number>; captionCopies?: Set<number>; contentLines?: Set<number>; standfirsts?: Set<number> }

/**
 * The page as the model sees it: its lines, and the sentences the rules kept as body (to find those printed twice, and the lines
 * the rules made furniture). `content` is classifyLines' set when the caller has it (the extractor), so it is found once per page.
 */
export function furniturePage(
  text: string,
  lines: Line[],
  sentences: readonly { start: number; end: number }[],
  content: Set<number> = contentLines(text, lines),
): Required<Pick<RulesPage, 'supportBlocks' | 'nearCopies' | 'captionCopies' | 'contentLines' | 'standfirsts'>> & FurniturePage {
  return {
    contentLines: content,
    supportBlocks: supportBlocks(text, lines, sentences),
    captionCopies: captionCopies(text, lines),
    nearCopies: nearCopies(text, sentences),
    standfirsts: standfirstsAboveLede(text, lines, sentences, bylineLike),
    text,
    lines,
    repeated: repeatedLines(text, lines),
    ...repeatedSentences(text, sentences),
    ...lineShape(text, lines),
    ...blockBounds(lines),
    layout: pageLayout(text, lines, sentences, (line) => wireDateline(line) !== null),
  }
}

const scratch = new Float64Array(FEATURE_COUNT)

/** Probability that text[start, end) is page furniture rather than body text. */
export function furnitureProbability(model: FurnitureModel, page: FurniturePage, start: number, end: number): number {
  return linearProbability(model, furnitureFeatures(page, start, end, scratch))
}


/**
 * Lines of a caption printed twice: a line that the page prints again within the next three lines, the second copy standing
 * right over a credit line (boilerplate.ts isCreditLine: "Das Festgelände … \n3 Bilder\nDas Festgelände …\nFoto: …"): the picture's text and its
 * caption, both furniture (session 30). Line indexes, not paragraphs: a page pasted with no blank lines is one paragraph.
 */
function captionCopies(text: string, lines: Line[]): Set<number> {
  const out = new Set<number>()
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i]
    if (a.end - a.start < MIN_SECOND_COPY) continue
    const own = text.slice(a.start, a.end)
    for (let j = i + 1; j <= i + 3 && j + 1 < lines.length; j++) {
      // (lengths first: most lines differ in length, and a slice is a copy)
      if (lines[j].end - lines[j].start !== own.length || text.slice(lines[j].start, lines[j].end) !== own) continue
      if (isCreditLine(text.slice(lines[j + 1].start, lines[j + 1].end))) out.add(i).add(j)
      break
    }
  }
  return out
}

/** Shortest sentence (or caption line, captionCopies) whose second copy is furniture by rule (shorter ones repeat by chance: "Police said no one was hurt."); half that in Hangul. */
const MIN_SECOND_COPY = 40
/**
 * Farthest a second copy may start after the first copy's end: a paragraph or a quote pasted twice on a page repeats
 * within a paragraph's length. A sentence that recurs farther down (a file made of copies of one article) is not taken.
 */
const MAX_COPY_GAP = 1500

/** Starts of sentences that repeat, word for word, a sentence ending at most MAX_COPY_GAP characters before them. */
function nearCopies(text: string, sentences: readonly { start: number; end: number }[]): Set<number> {
  const lastEnd = new Map<string, number>()
  const out = new Set<number>()
  for (const s of sentences) {
    const len = s.end - s.start
    if (len < MIN_SECOND_COPY / 2) continue
    const key = text.slice(s.start, s.end)
    const before = lastEnd.get(key)
    const hangul = /^[\uac00-\ud7a3]/.test(key)
    if (before !== undefined && s.start - before <= MAX_COPY_GAP && (len >= MIN_SECOND_COPY || hangul)) out.add(s.start)
    lastEnd.set(key, s.end)
  }
  return out
}

/** A short paragraph's sentences, cut at a stop, "?" or "!" followed by a space (or "다." in Korean). */
const SENTENCE_END = /(?<=[.!?。…]["”’»]?)\s+(?=\S)/u
/** Longest paragraph a support block may be ("Our reporting costs us … Support independent journalism today."). */
const MAX_SUPPORT_BLOCK = 400
/** A teaser paragraph is furniture when at least this many body paragraphs of this length follow it: the story is below. */
const TEASER_STORY_PARAGRAPHS = 2
const TEASER_STORY_PARAGRAPH = 80

/**
 * An editor's note tag closing a paragraph, in brackets of its own: "[편집자 주]", "<편집자주>", "(Editor's note)",
 * "(Anm. d. Red.)", "(NDLR)", "(N. de la R.)", "(прим. ред.)". A tag with words after it inside the brackets ("(NDLR : le
 * maire)") is a clarification inside a sentence, not a note.
 */
const EDITOR_NOTE_END = /[[<(（]\s*(?:편집자\s?주|편집자\s?註|editor['’]s note|anm\. d\. red\.|ndlr|n\. de la r\.|n\. del e\.|nota del editor|прим\. ред\.|от редакции)\s*[\]>)）]\s*$/iu
/** The same tag opening a paragraph, then its text: "[편집자 주] 본지는 …", "(Editor's note) This story …". */
const EDITOR_NOTE_START = /^\s*[[<(（]\s*(?:편집자\s?주|편집자\s?註|editor['’]s note|anm\. d\. red\.|ndlr|n\. de la r\.|n\. del e\.|nota del editor|прим\. ред\.|от редакции)\s*[\]>)）]/iu

/**
 * Paragraphs of at most three sentences in which one asks the reader to support, donate to or subscribe to the outlet
 * (a donation or newsletter box): every sentence in it is furniture, the ones that read like claims ("Our reporting
 * costs us $8,000 a month", "Independent journalism costs money") included.
 * Session 27: also a paragraph of at most three sentences that one promises the story instead of telling it ("Ein
 * Anwohner beklagt sich … Die Stadt erklärt, warum …": a teaser), when two or more body paragraphs follow it (a page
 * that is only the teaser keeps its claims).
 */
function supportBlocks(text: string, lines: Line[], sentences: readonly { start: number; end: number }[]): Set<number> {
  const out = new Set<number>()
  // the body paragraphs (by their first line's block) and their lengths, in page order
  const bodyBlocks: { block: number; chars: number }[] = []
  for (const s of sentences) {
    const block = lines[lineAt(lines, s.start)].block
    const last = bodyBlocks[bodyBlocks.length - 1]
    if (last && last.block === block) last.chars += s.end - s.start
    else bodyBlocks.push({ block, chars: s.end - s.start })
  }
  let i = 0
  while (i < lines.length) {
    let j = i
    while (j + 1 < lines.length && lines[j + 1].block === lines[i].block) j++
    const start = lines[i].start
    const end = lines[j].end
    // session 29: an editor's note, tagged at its end or its start ("… 카메라에 담았다.[편집자 주]", "(Anm. d. Red.)")
    if (EDITOR_NOTE_END.test(text.slice(Math.max(start, end - 24), end)) || EDITOR_NOTE_START.test(text.slice(start, start + 24))) {
      out.add(lines[i].block)
      i = j + 1
      continue
    }
    if (end - start <= MAX_SUPPORT_BLOCK) {
      const parts = text.slice(start, end).trim().split(SENTENCE_END)
      if (parts.length <= 3 && parts.some((p) => isSupportAppeal(p.trim()))) out.add(lines[i].block)
      else if (parts.length <= 3 && parts.some((p) => isTeaser(p.trim()))) {
        const block = lines[i].block
        const story = bodyBlocks.filter((b) => b.block > block && b.chars >= TEASER_STORY_PARAGRAPH).length
        if (story >= TEASER_STORY_PARAGRAPHS) out.add(block)
      }
    }
    i = j + 1
  }
  return out
}

/**
 * A would-be claim is furniture when it sits in a support block (above), when it sits above the paragraph a wire dateline opens (in the first
 * body paragraphs: the story starts at its dateline, so what comes before is a standfirst or teasers), when it is a
 * standfirst above the lede that the story retells (standfirst.ts),
 * when its line is a ticker or menu of title-shaped items ("A +++ B +++ C") or holds a photo agency's
 * credit ("Keystone/JEAN DUPONT": a caption line), or when the model's
 * probability reaches its threshold.
 */
export function isLearnedFurniture(model: FurnitureModel, page: RulesPage, start: number, end: number): boolean {
  const line = lineAt(page.lines, start)
  if (page.supportBlocks?.has(page.lines[line].block) || page.captionCopies?.has(line)) return true
  // the second copy of a sentence the page printed just before (a paragraph or quote pasted twice): the first stays the claim
  if (page.nearCopies?.has(start)) return true
  // a field line with a content value, an item of a list under its lead-in (lines.ts contentLines, session 31): content by
  // its place, though short and verbless as furniture is
  if (page.contentLines?.has(line)) return false
  // a standfirst above the lede that the story below retells (standfirst.ts, session 35)
  if (page.standfirsts?.has(start)) return true
  if (page.layout && (page.layout.aboveDateline[line] || page.layout.itemLine[line] || page.layout.creditLine[line] || page.layout.bulletLead?.[line] || page.layout.standfirst?.[line] || page.layout.loneBullet?.[line] || page.layout.kickerHeadline?.[line])) return true
  return furnitureProbability(model, page, start, end) >= model.threshold
}
