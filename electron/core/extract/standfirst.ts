// A standfirst (deck, teaser, chapô, 리드) above the story's lede, which the story below retells sentence for sentence:
// "Walkers and cyclists can cross the Mill River on a new footbridge from Friday." over "Walkers and cyclists crossed the
// Mill River on the new footbridge for the first time on Friday, the county said."
// Decided by the page's structure (session 35): a retold sentence is furniture only ABOVE the lede, never in the body.
// The lede is the first body paragraph that reads as one: a paragraph the rules cut a dateline or run-in byline from
// ("MILLTOWN (AP) — …", "[해솔=연합뉴스] 김철수 기자 = …"), the first paragraph of two or more sentences, or the first
// paragraph after a byline or date line. A page that shows none of these in its first three paragraphs has no lede to
// stand above: nothing on it is taken. A sentence in or below the lede stays the story's, whatever retells it.
// Retelling is one later sentence holding most of the top sentence's word stems (session 34, furniture12: a later
// sentence holds 60% of the stems of 89 of 666 furniture lines and of 10 of 2,950 claims on the spent sets and the
// tuned corpus); a copy word for word is a paragraph pasted twice and stays with furniture-model.ts nearCopies.
import type { Line } from './segment'
import { lineAt, stemsOf } from './furniture-model-features'

/** Share of the top sentence's word stems one sentence below it must hold. */
const RETOLD_SHARE = 0.6
/** Fewest word stems a top sentence needs for the share to mean anything. */
const MIN_STEMS = 5
/** How many paragraphs below its own the retelling may come. */
const RETOLD_WITHIN = 4
/** Fewest sentences of a paragraph that reads as the story's body. */
const BODY_PARAGRAPH_SENTENCES = 2
/**
 * Most paragraphs above the lede (a deck and a standfirst): a lede found further down is a second story or wire copy
 * quoted in the page, and the paragraphs above it are the story (as furniture-model-features.ts aboveDateline).
 */
const MAX_ABOVE_LEDE = 2

/**
 * Starts of the sentences above the page's lede that one sentence of the lede or a paragraph below it retells.
 * `sentences` are the body sentences the rules kept, in page order; `bylineLike` tells a byline, date line or dateline.
 */
export function standfirstsAboveLede(
  text: string,
  lines: readonly Line[],
  sentences: readonly { start: number; end: number }[],
  bylineLike: (line: string) => boolean,
): Set<number> {
  const out = new Set<number>()
  if (sentences.length < 2) return out
  // the body paragraphs in page order, with their first and last lines and their number of sentences
  const para: number[] = []
  const firstLine: number[] = []
  const lastLine: number[] = []
  const count: number[] = []
  let block = -1
  let lastEnd = -1
  for (const s of sentences) {
    const a = lineAt(lines, s.start)
    const b = lines[a].block
    // a paragraph is a block, or a line of one when the page prints one paragraph a line with no blank line between
    // (a sentence that starts on a later line than the one before it ended on)
    if (b !== block || a > lastEnd) {
      block = b
      firstLine.push(a)
      lastLine.push(a)
      count.push(0)
    }
    const p = count.length - 1
    para.push(p)
    count[p]++
    lastLine[p] = lastEnd = lineAt(lines, Math.max(s.start, s.end - 1))
  }
  const lede = ledeParagraph(text, lines, sentences, para, firstLine, lastLine, count, bylineLike)
  if (lede <= 0 || lede > MAX_ABOVE_LEDE) return out
  for (let i = 0; i < sentences.length && para[i] < lede; i++) {
    const top = text.slice(sentences[i].start, sentences[i].end)
    const own = stemsOf(top)
    if (own.size < MIN_STEMS) continue
    for (let j = i + 1; j < sentences.length && para[j] <= para[i] + RETOLD_WITHIN; j++) {
      if (para[j] < lede) continue
      const laterText = text.slice(sentences[j].start, sentences[j].end)
      if (laterText === top) continue
      const later = stemsOf(laterText)
      let found = 0
      for (const w of own) if (later.has(w)) found++
      if (found / own.size >= RETOLD_SHARE) {
        out.add(sentences[i].start)
        break
      }
    }
  }
  return out
}

/**
 * Index of the lede among the body paragraphs: the first one opened by a cut dateline or byline, of two or more
 * sentences, or standing below a byline or date line; -1 when no paragraph reads as the story's start.
 */
function ledeParagraph(
  text: string,
  lines: readonly Line[],
  sentences: readonly { start: number; end: number }[],
  para: readonly number[],
  firstLine: readonly number[],
  lastLine: readonly number[],
  count: readonly number[],
  bylineLike: (line: string) => boolean,
): number {
  let i = 0
  for (let p = 0; p < count.length; p++) {
    while (para[i] < p) i++
    // the rules cut something from the line's first characters (a dateline, a run-in byline): the story starts here
    const from = text.lastIndexOf('\n', sentences[i].start - 1) + 1
    if (text.slice(from, sentences[i].start).trim() !== '') return p
    if (count[p] >= BODY_PARAGRAPH_SENTENCES) return p
    // a byline or date line between the paragraph above (or the page's top) and this one
    const above = p === 0 ? 0 : lastLine[p - 1] + 1
    for (let k = above; k < firstLine[p]; k++) {
      const line = text.slice(lines[k].start, Math.min(lines[k].end, lines[k].start + 201)).trim()
      if (line && bylineLike(line)) return p
    }
  }
  return -1
}
