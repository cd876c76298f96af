// Whether a linked report is independent evidence for a claim: two outlets quoting the
// same wire agency or the same ministry are one source, not two (issue 12). Judged from
// the outlets and from the origins each report rests on (origins.ts); the reason is
// written out so the evidence item says why.
import { ORIGIN_LABELS } from './origin-labels'
import { originsIn } from './origins'
import { formatMessage, message, type Message } from '../messages'

export interface ReportSide {
  outlet: string | null
  /** The claim's text and who it cites. */
  text: string
  attribution: string | null
  /** The article's opening (title and lede): the fallback when the claim names no source. */
  lede: string
}

export interface Independence {
  independent: boolean
  /** Why, in English (evidence notes, reports); `why` is the same as a message code for the window. */
  reason: string
  why: Message
  sharedOrigins: string[]
}

function originsOf(side: ReportSide): Set<string> {
  const own = new Set([...originsIn(side.attribution), ...originsIn(side.text)])
  return own.size > 0 ? own : originsIn(side.lede)
}

const norm = (outlet: string | null) => (outlet ? outlet.toLowerCase().replace(/^the\s+/, '').trim() : null)

export function judgeIndependence(claim: ReportSide, linked: ReportSide): Independence {
  const a = norm(claim.outlet)
  const b = norm(linked.outlet)
  if (a && b && a === b) return judged(false, message('independence.sameOutlet', { outlet: linked.outlet ?? '' }), [])
  const mine = originsOf(claim)
  const shared = [...originsOf(linked)].filter((o) => mine.has(o)).sort()
  if (shared.length > 0) {
    const names = shared.map((o) => ORIGIN_LABELS[o] ?? o).join(', ')
    return judged(false, message('independence.sharedOrigin', { names }), shared)
  }
  if (!a || !b) return judged(false, message('independence.unknownOutlet'), [])
  return judged(true, message('independence.independent', { outlet: linked.outlet ?? '' }), [])
}

function judged(independent: boolean, why: Message, sharedOrigins: string[]): Independence {
  return { independent, reason: formatMessage(why), why, sharedOrigins }
}
