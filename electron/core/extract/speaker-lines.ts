// Speakers named by a line of their own rather than in the sentence: a press release's "Please attribute to
// Inspector Marty James:" puts every later sentence in that speaker's mouth (README, round 6: the release's
// narration is the speaker's); a broadcast interview card ("◀INT▶ 이재승 / 사고 목격자") names the speaker of
// the quote on the next line (README, round 6: the card names the speaker of the quote after it).
import { classifySpeaker } from './sourcing'
import type { SentenceWork } from './carry'
import type { ExtractedSourcing } from './types'

const ATTRIBUTE_TO = /^[ \t]*(?:please\s+)?attribute\s+(?:this\s+|the following\s+|all\s+(?:comments|quotes)\s+)?to\s+([^:.!?\n]{2,80}?)[ \t]*[:.]?[ \t]*$/im
/** The line stands at the top, before the release's text. */
const HEAD = 600
const INTERVIEW_CARD = /^[ \t]*(?:◀INT▶|\[인터뷰\]|<인터뷰>)[ \t]*([^\n]{2,60}?)[ \t]*$/gmu
const KOREAN_NAME = /^\p{Script=Hangul}{2,4}$/u

const unattributed = (w: SentenceWork) => !w.sourcing || w.sourcing.type === 'unattributed'

function releaseSpeaker(text: string, work: SentenceWork[]): void {
  const head = text.slice(0, HEAD)
  if (!/attribute/i.test(head)) return
  const m = ATTRIBUTE_TO.exec(head)
  if (!m) return
  const speaker = m[1].trim()
  const sourcing: ExtractedSourcing = { type: classifySpeaker(speaker, 'attribute to', null), attribution: speaker, cue: 'attribute to' }
  const after = m.index + m[0].length
  for (const w of work) {
    if (w.end <= after) {
      if (w.start >= m.index) w.attributionOnly = true
      continue
    }
    if (unattributed(w)) w.sourcing = sourcing
  }
}

/** "이재승 / 사고 목격자": a name and a role is a named person, or an official when the role is an office's. */
function cardSourcing(card: string): ExtractedSourcing {
  const [name, ...role] = card.split('/').map((p) => p.trim())
  const roleType = role.length > 0 ? classifySpeaker(role.join(' '), 'interview', null) : null
  const type = KOREAN_NAME.test(name) && role.length > 0 ? (roleType === 'official' ? 'official' : 'named-source') : classifySpeaker(card, 'interview', null)
  return { type, attribution: card, cue: 'interview' }
}

function interviewCards(text: string, work: SentenceWork[]): void {
  if (!text.includes('◀INT▶') && !text.includes('인터뷰')) return
  INTERVIEW_CARD.lastIndex = 0
  for (let m = INTERVIEW_CARD.exec(text); m; m = INTERVIEW_CARD.exec(text)) {
    const from = m.index + m[0].length
    // the quote is the next non-empty line
    const start = text.slice(from).search(/\S/)
    if (start < 0) continue
    const lineStart = from + start
    const lineEnd = text.indexOf('\n', lineStart) < 0 ? text.length : text.indexOf('\n', lineStart)
    const sourcing = cardSourcing(m[1])
    for (const w of work) if (w.start >= lineStart && w.start < lineEnd && unattributed(w)) w.sourcing = sourcing
  }
}

export function applySpeakerLines(text: string, work: SentenceWork[]): void {
  releaseSpeaker(text, work)
  interviewCards(text, work)
}
