// An interview printed as turns (session 33): a question turn ("Q: …", "- 소감은.", "Frage: …") and the answer under it
// ("A: …", "▲ …", "Antwort: …"). The answer states the interviewee's facts whatever its line shape: "▲" opens a photo's
// caption on a Korean page, and the learned furniture model read "A: On Friday." as chrome. The question is no claim,
// even when it ends without a question mark ("- 다리 개통 소감은."). Turn markers come from the packs' attribution section
// (`interviewTurns`): the one description of a page's turns, which the answers' sourcing reads too.
import { PACKS } from '../lang'
import type { Line } from './segment'

function union(pick: (p: (typeof PACKS)[string]) => RegExp | undefined): RegExp | null {
  const sources = Object.values(PACKS).map(pick).filter((r): r is RegExp => r !== undefined).map((r) => r.source)
  return sources.length > 0 ? new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'u') : null
}

const QUESTION = union((p) => p.attribution.interviewTurns?.question)
const ANSWER = union((p) => p.attribution.interviewTurns?.answer)

/** Fewest question-and-answer pairs that make a page an interview: one pair may be a caption under a bulleted line. */
const MIN_PAIRS = 2

export interface InterviewTurns {
  questions: Set<number>
  answers: Set<number>
}

/**
 * The lines of an interview's turns: a question line with the answer line right under it, two pairs or more on the page
 * (a "▲" caption under a list item, or a lone "A:", is no interview). Lines are the page's non-blank lines.
 */
export function interviewTurns(text: string, lines: readonly Line[]): InterviewTurns {
  const questions = new Set<number>()
  const answers = new Set<number>()
  if (!QUESTION || !ANSWER) return { questions, answers }
  const at = (i: number) => text.slice(lines[i].start, lines[i].end).trim()
  for (let i = 0; i + 1 < lines.length; i++) {
    const q = at(i)
    if (!QUESTION.test(q) || ANSWER.test(q)) continue
    const a = at(i + 1)
    if (!ANSWER.test(a) || QUESTION.test(a)) continue
    questions.add(i)
    answers.add(i + 1)
    i++
  }
  if (answers.size < MIN_PAIRS) return { questions: new Set(), answers: new Set() }
  return { questions, answers }
}
