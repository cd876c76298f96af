// Readers' comments under an article: where the comment section starts. From there on every line
// is page furniture, not the article's claims. The section shows itself by a header ("3
// commentaires", "댓글 5"), by the chrome of each comment (a handle, "il y a 3 heures", "Reply"),
// or, once the article has closed with its credit ("(D'après AFP)"), by a reader's greeting or a
// line that starts in lowercase. The cues are pack data (`furniture.comments`), from every pack at
// once: a Korean portal can carry English chrome.
import { PACKS, wordBounded, type CommentCues } from '../lang'
import type { Line } from './segment'

function cues(pick: (c: CommentCues) => RegExp | undefined): RegExp[] {
  return Object.values(PACKS)
    .map((p) => (p.furniture.comments ? pick(p.furniture.comments) : undefined))
    .filter((r): r is RegExp => r !== undefined)
    .map(wordBounded)
}

const HEADERS = cues((c) => c.header)
const METAS = cues((c) => c.meta)
const GREETINGS = cues((c) => c.greeting)

/** The article's closing credit: "(D'après AFP)", "(avec AFP)", "(dpa)", "(Source: Reuters)". */
const CLOSING_CREDIT = /^\((?:d['’]après|avec|source\s*:?|sources\s*:?|with|mit|con|según|по материалам|по данным)?\s*[^()]{1,50}\)\.?$/iu
const AGENCY = /AFP|AP|Reuters|dpa|EFE|ANSA|ATS|Belga|Keystone|ТАСС|РИА|Интерфакс|연합뉴스|뉴시스|뉴스1|Europa Press/u

const HEADER_MAX = 80
const META_MAX = 60
/** Body paragraphs that must come first: a "Comments" link by the byline opens no section. */
const BODY_BEFORE = 2
/** A body paragraph: a line this long that ends a sentence (Korean packs a sentence into fewer characters). */
const BODY_LINE = 60
const ENDS_SENTENCE = /[.!?。…"”»)]$/u
/** A comment's chrome comes in groups (handle, time, "Reply"): one lone "Reply" is not enough. */
const META_WINDOW = 6

const any = (res: RegExp[], s: string) => res.some((r) => r.test(s))

/** Index of the first line of the readers' comments, or -1 when the text has none. */
export function commentSectionStart(text: string, lines: Line[]): number {
  const lineText = (k: number) => text.slice(lines[k].start, lines[k].end)
  const isMeta = (k: number) => {
    const t = lineText(k)
    return t.length <= META_MAX && any(METAS, t)
  }
  let body = 0
  for (let i = 0; i < lines.length; i++) {
    const t = lineText(i)
    if (body >= BODY_BEFORE && i >= lines.length * 0.2) {
      if (t.length <= HEADER_MAX && any(HEADERS, t)) return i
      if (t.length <= META_MAX && isMeta(i)) {
        let others = 0
        for (let k = i + 1; k < Math.min(lines.length, i + META_WINDOW); k++) if (isMeta(k)) others++
        if (others > 0) {
          // the commenter's name or handle stands just above its chrome
          const prev = i > 0 ? lineText(i - 1) : ''
          return prev.length > 0 && prev.length <= 40 && !/[.!?。…"”»]$/u.test(prev) ? i - 1 : i
        }
      }
      const prev = i > 0 ? lineText(i - 1) : ''
      if (CLOSING_CREDIT.test(prev) && AGENCY.test(prev) && (/^\p{Ll}/u.test(t) || any(GREETINGS, t))) return i
    }
    if (t.length >= BODY_LINE && ENDS_SENTENCE.test(t)) body++
  }
  return -1
}
