// A press release that names its speaker once at the top ("Please attribute to Inspector Marty James:") puts
// every later sentence in that speaker's mouth (README, round 6: the release's narration is the speaker's).
import { classifySpeaker } from './sourcing'
import type { SentenceWork } from './carry'

const ATTRIBUTE_TO = /^[ \t]*(?:please\s+)?attribute\s+(?:this\s+|the following\s+|all\s+(?:comments|quotes)\s+)?to\s+([^:.!?\n]{2,80}?)[ \t]*[:.]?[ \t]*$/im
/** The line stands at the top, before the release's text. */
const HEAD = 600

/** Sentences with no source of their own after a release's "attribute to" line take its speaker; the line itself states no fact. */
export function applyReleaseSpeaker(text: string, work: SentenceWork[]): void {
  const head = text.slice(0, HEAD)
  if (!/attribute/i.test(head)) return
  const m = ATTRIBUTE_TO.exec(head)
  if (!m) return
  const speaker = m[1].trim()
  const sourcing = { type: classifySpeaker(speaker, 'attribute to', null), attribution: speaker, cue: 'attribute to' }
  const after = m.index + m[0].length
  for (const w of work) {
    if (w.end <= after) {
      if (w.start >= m.index) w.attributionOnly = true
      continue
    }
    if (!w.sourcing || w.sourcing.type === 'unattributed') w.sourcing = sourcing
  }
}
