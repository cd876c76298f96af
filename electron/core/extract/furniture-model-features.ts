// The shape of a stretch of text that tells page furniture (menus, captions, credits, teasers,
// prompts) from body sentences, in any language: length, punctuation, case and symbol mix, where
// its line stands from the top of the page and whether a blank line isolates it. (Not from the
// bottom: the stored pages end in chrome, so the model learnt that a page's last line is furniture,
// and dropped short last claims: "The vote was 12 to 3.") No word lists: the phrase
// rules of the packs fit the pages they came from; these signals are meant to carry over.
// Since session 24 also two of the page's layout as the rules left it (pageLayout): the run of
// title-shaped lines a line is in (other stories' headlines, one per line) and whether the next body
// paragraphs retell a top paragraph (a standfirst). Tried and left out, as they changed nothing out
// of fold (grouped by outlet) or cost claims on small pages: the share of furniture lines around, a
// dateline opening a paragraph below, HTML left in the text, a photo credit inside the line, the
// distance to a long paragraph, the paragraph's rank, items run together by a repeated separator.
// Shared by the scorer (furniture-model.ts) and the trainer (scripts/train-furniture.ts).
import type { Line } from './segment'
import { spanIndexAt } from '../spans'

/** The text and its lines, computed once per article. */
export interface FurniturePage {
  text: string
  lines: Line[]
  /** Line texts seen more than once (a caption or block printed twice). */
  repeated?: Set<string>
  /** Starts of sentences whose text the page prints more than once, and of those printed before. */
  twice?: Set<number>
  again?: Set<number>
  /** Median length of the page's lines, and the share of its lines that are short and unfinished. */
  medianLine?: number
  choppy?: number
  /** Per line, the first and last line of its paragraph (so a long paragraph is not walked per sentence). */
  blockFirst?: Int32Array
  blockLast?: Int32Array
  /** The page's layout (pageLayout): which lines hold body sentences, and the shape of the lines around each. */
  layout?: PageLayout
}

/** Per line of the page, what its neighbourhood looks like (computed once per article by pageLayout). */
export interface PageLayout {
  /** 1 when the line holds a sentence the rules kept as body (not a byline, caption, menu line …). */
  body: Uint8Array
  /** Length of the run of title-shaped lines (short, no closing stop, not starting in lower case) the line is in; 0 if it is not one. */
  titleRun: Uint8Array
  /** Rank of the line's paragraph among the paragraphs holding body sentences (capped at 3). */
  bodyRank: Uint8Array
  /** 1 on a line of three or more title-shaped items joined by one separator: a ticker or a menu ("A +++ B +++ C", "A | B | C"). */
  itemLine: Uint8Array
  /** 1 on a line holding a photo agency's credit with the photographer in capitals ("Keystone/JEAN DUPONT"): a caption line. */
  creditLine: Uint8Array
  /** 1 on the lines of the first two body paragraphs when a later one of the first three opens with a wire dateline: the story starts there. */
  aboveDateline: Uint8Array
  /** Word stems of the paragraphs of body rank 1 to 3, to see whether a top paragraph is retold below it. */
  stemsBelow: Map<number, Set<string>>
  /** 1 on the bulleted lines (two to four) that open the body above its first prose paragraph: a summary, not the story (session 25). */
  bulletLead?: Uint8Array
  /** 1 on the lines of a standfirst: the first body paragraph, set apart by furniture lines, that the body below retells (session 26). */
  standfirst?: Uint8Array
  /** 1 on a lone bulleted line (a bullet glyph, no bulleted line above or below it): a summary point or a sidebar, not a list (session 27). */
  loneBullet?: Uint8Array
  /** 1 on a headline with its kicker ("HAGUENAU : La piscine rouvre ses portes.") above the page's first long paragraph (session 28). */
  kickerHeadline?: Uint8Array
}

export const FEATURE_NAMES = [
  'len<25',
  'len<50',
  'len<100',
  'len<160',
  'len>=250',
  'words<=3',
  'words<=8',
  'words<=15',
  'endsStop',
  'endsColon',
  'endsQuote',
  'endsBracket',
  'endsDigit',
  'endsLetter',
  'innerStops',
  'startsLower',
  'startsSymbol',
  'startsDigit',
  'upperShare',
  'capitalisedWords',
  'lowerWords',
  'digitShare',
  'symbolShare',
  'hangul',
  'link',
  'pipeOrBullet',
  'arrowOrSlash',
  'copyright',
  'quoteInside',
  'wholeLine',
  'lineAlone',
  'blockOneLine',
  'blockLong',
  'sentenceOfPara',
  'top0',
  'top1to2',
  'top3to5',
  'nextLower',
  'prevUnfinished',
  'nextUnfinished',
  'repeated',
  'nameTail',
  'creditTail',
  'dateLike',
  'timeLike',
  'shortNeighbours',
  'sentenceTwice',
  'sentenceAgain',
  'shortForPage',
  'choppyPage',
  'titleRun2',
  'titleRun3',
  'retoldBelow',
] as const

export const FEATURE_COUNT = FEATURE_NAMES.length

const LETTER = /\p{L}/u
/** A closing stop, maybe followed by closing quotes or brackets (in French after a thin or plain space: « … mai. »). */
const STOP = /[.!?。！？…](?:[ \u00a0\u202f]?["”’»)\]])*$/u
const LINK = /https?:\/\/|www\.|\S@\S|(?:^|\s)@\w|\.(?:com|org|net|de|fr|ru|kr|es)\b/iu
const PIPE = /[|•·▪►▶◆■□●○※☞]/u
const ARROW = /\s[>»›/]\s|^[>»›]/u
const COPYRIGHT = /[©ⓒ®™]/u
const DATE = /\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b(?:19|20)\d{2}\b|\d{4}년|\d{1,2}월 ?\d{1,2}일/u
const TIME = /\b\d{1,2}[:h]\d{2}\b/u
/** A capitalised name or agency closing the line after a separator: "… / AFP", "Foto: Markus Utke", "(dpa)". */
const CREDIT_TAIL = /(?:[/|©:–—-]|\()\s*\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,3}\)?$/u
/** Ends in one to three capitalised words without a full stop: "… Markus Utke", "Reuters". */
const NAME_TAIL = /(?:^|\s)\p{Lu}[\p{Ll}'’.-]+(?:\s+\p{Lu}[\p{Ll}'’.-]+){0,2}$/u

type CharKind = 'upper' | 'lower' | 'digit' | 'hangul' | 'caseless' | 'symbol'
const KINDS: CharKind[] = ['upper', 'lower', 'digit', 'hangul', 'caseless', 'symbol']
const kindCache = new Uint8Array(0x10000) // per unit, 1 + its index in KINDS: case mapping made two strings per letter

/** ASCII by code, the rest by case mapping (a letter with no case counts as a letter, not upper). */
function kindOf(c: number): CharKind {
  if (c < 128) return c >= 65 && c <= 90 ? 'upper' : c >= 97 && c <= 122 ? 'lower' : c >= 48 && c <= 57 ? 'digit' : 'symbol'
  if (c >= 0xac00 && c <= 0xd7a3) return 'hangul'
  const cached = kindCache[c]
  if (cached !== 0) return KINDS[cached - 1]
  const ch = String.fromCharCode(c)
  const kind: CharKind = ch !== ch.toLowerCase() ? 'upper' : ch !== ch.toUpperCase() ? 'lower' : LETTER.test(ch) ? 'caseless' : 'symbol'
  kindCache[c] = KINDS.indexOf(kind) + 1
  return kind
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || c === 0x202f || (c >= 0x2000 && c <= 0x200b)
}

/** Index of the line holding `pos` (binary search over line starts). */
export const lineAt: (lines: readonly Line[], pos: number) => number = spanIndexAt

function unfinished(s: string): boolean {
  return !/[.!?。！？…:;"”»)\]]$/u.test(s)
}

/** The repeated lines of a page (each at least 20 characters), for the 'repeated' signal. */
export function repeatedLines(text: string, lines: Line[]): Set<string> {
  const seen = new Set<string>()
  const twice = new Set<string>()
  for (const l of lines) {
    if (l.end - l.start < 20) continue
    const s = text.slice(l.start, l.end)
    if (seen.has(s)) twice.add(s)
    else seen.add(s)
  }
  return twice
}

/** Per line, the first and last line of its paragraph. */
export function blockBounds(lines: Line[]): { blockFirst: Int32Array; blockLast: Int32Array } {
  const blockFirst = new Int32Array(lines.length)
  const blockLast = new Int32Array(lines.length)
  for (let i = 0; i < lines.length; i++) blockFirst[i] = i > 0 && lines[i - 1].block === lines[i].block ? blockFirst[i - 1] : i
  for (let i = lines.length - 1; i >= 0; i--) blockLast[i] = i + 1 < lines.length && lines[i + 1].block === lines[i].block ? blockLast[i + 1] : i
  return { blockFirst, blockLast }
}

/** The page's typical line: a broadcast script cut into clauses is not a page of headings. */
export function lineShape(text: string, lines: Line[]): { medianLine: number; choppy: number } {
  if (!lines.length) return { medianLine: 0, choppy: 0 }
  const lengths = lines.map((l) => l.end - l.start).sort((a, b) => a - b)
  let choppy = 0
  for (const l of lines) if (l.end - l.start < 60 && unfinished(text.slice(Math.max(l.start, l.end - 2), l.end))) choppy++
  return { medianLine: lengths[lengths.length >> 1], choppy: choppy / lines.length }
}

/** Sentences (at least 15 characters) the page prints twice: `twice` holds every copy, `again` the later ones. */
export function repeatedSentences(text: string, sentences: readonly { start: number; end: number }[]): { twice: Set<number>; again: Set<number> } {
  const first = new Map<string, number>()
  const twice = new Set<number>()
  const again = new Set<number>()
  for (const s of sentences) {
    if (s.end - s.start < 15) continue
    const key = text.slice(s.start, s.end)
    const at = first.get(key)
    if (at === undefined) first.set(key, s.start)
    else {
      twice.add(at).add(s.start)
      again.add(s.start)
    }
  }
  return { twice, again }
}

const CLOSERS = '"”’»)] \u00a0\u202f'

/** A line shaped like a title: short, no closing stop or comma, not starting in lower case ("Man held after fire", "Elch schwimmt im Peenestrom"). */
function titleShaped(text: string, l: Line): boolean {
  const len = l.end - l.start
  if (len < 6 || len > 140) return false
  let end = l.end
  // a bracketed tag after the line's text ("… the mayor said. [AFP]") says nothing of its shape
  if (text.charCodeAt(end - 1) === 93) {
    const open = text.lastIndexOf('[', end - 1)
    if (open > l.start && end - open <= 40) end = open
    while (end > l.start && text.charCodeAt(end - 1) === 32) end--
  }
  // closing quotes and brackets after a stop: « … mai. », "… 뛰어나왔어요."
  while (end - 1 > l.start && CLOSERS.includes(text[end - 1])) end--
  const last = text.charCodeAt(end - 1)
  // . , : ; 。 and a hyphen cut off at the line's end
  if (last === 46 || last === 44 || last === 58 || last === 59 || last === 0x3002 || last === 45) return false
  return !/^\p{Ll}/u.test(text.slice(l.start, l.start + 2))
}

/** An agency and the photographer in capitals, as agencies credit pictures: "Keystone/JEAN DUPONT", "AFP/ANNA SMITH". */
const AGENCY_CREDIT = /(?:^|\s)\p{Lu}[\p{L}-]+ ?\/ ?\p{Lu}{2,}(?:[ -]\p{Lu}{2,})+(?=[\s).,]|$)/u

const ITEM_SEPARATORS = [' +++ ', ' | ', ' • ', ' · ', ' ▪ ']

/** Three or more title-shaped items joined by one separator printed between them. */
function itemsJoined(line: string): boolean {
  for (const sep of ITEM_SEPARATORS) {
    if (line.indexOf(sep) < 0) continue
    let titled = 0
    for (const part of line.split(sep)) {
      const p = part.trim()
      if (p.length >= 3 && p.length <= 120 && !/[.:;,]$/.test(p) && !/^\p{Ll}/u.test(p)) titled++
    }
    if (titled >= 3) return true
  }
  return false
}

/** Word stems for the "retold below" signal: lower-cased, cut to five letters (three syllables in Hangul), short words left out. */
export function stemsOf(s: string, into = new Set<string>()): Set<string> {
  for (const m of s.matchAll(/\p{L}{3,}/gu)) {
    const w = m[0]
    const hangul = w.charCodeAt(0) >= 0xac00 && w.charCodeAt(0) <= 0xd7a3
    if (hangul) into.add(w.slice(0, Math.min(3, w.length - 1)))
    else if (w.length >= 4) into.add(w.slice(0, 5).toLowerCase())
  }
  return into
}

/**
 * The page's layout for the learned signals, from its lines and the sentences the rules kept as body
 * (the extractor's would-be claims and skipped sentences; a line holding none is furniture by rule).
 */
export function pageLayout(
  text: string,
  lines: Line[],
  sentences: readonly { start: number; end: number }[],
  opensWithDateline: (line: string) => boolean = () => false,
): PageLayout {
  const n = lines.length
  const body = new Uint8Array(n)
  for (const s of sentences) {
    if (s.end <= s.start) continue
    const a = lineAt(lines, s.start)
    const b = lineAt(lines, s.end - 1)
    for (let i = a; i <= b; i++) body[i] = 1
  }
  const itemLine = new Uint8Array(n)
  for (let i = 0; i < n; i++) if (body[i] && itemsJoined(text.slice(lines[i].start, Math.min(lines[i].end, lines[i].start + 2000)))) itemLine[i] = 1
  const creditLine = new Uint8Array(n)
  for (let i = 0; i < n; i++) {
    if (!body[i]) continue
    const line = text.slice(lines[i].start, Math.min(lines[i].end, lines[i].start + 2000))
    if (line.includes('/') && AGENCY_CREDIT.test(line)) creditLine[i] = 1
  }
  const titleRun = new Uint8Array(n)
  for (let i = 0; i < n; ) {
    if (!titleShaped(text, lines[i])) {
      i++
      continue
    }
    let j = i
    while (j + 1 < n && titleShaped(text, lines[j + 1])) j++
    for (let k = i; k <= j; k++) titleRun[k] = Math.min(255, j - i + 1)
    i = j + 1
  }
  // paragraphs holding body sentences, in page order: the first two may be a standfirst the next ones retell
  const bodyRank = new Uint8Array(n).fill(3)
  const stemsBelow = new Map<number, Set<string>>()
  const aboveDateline = new Uint8Array(n)
  let rank = -1
  for (let i = 0; i < n; i++) {
    if (!body[i]) continue
    if (rank < 0 || lines[i].block !== lines[i - 1].block || !body[i - 1]) {
      rank++
      if (rank > 3) break
      // a wire dateline opens the story's first paragraph: the body paragraphs above it are a standfirst or teasers
      // (from the line's first character as printed: the rules may have cut the dateline off the line already)
      let from = text.lastIndexOf('\n', lines[i].start - 1) + 1
      while (from < lines[i].start && (text.charCodeAt(from) === 32 || text.charCodeAt(from) === 9)) from++
      // (a paragraph of its own: a dateline on a line run on from a block of teasers is not the story's start)
      const opensBlock = i > 0 && lines[i].block !== lines[i - 1].block
      if (rank >= 1 && rank <= 2 && opensBlock && opensWithDateline(text.slice(from, Math.min(lines[i].end, from + 140)))) {
        for (let k = 0; k < i; k++) if (body[k] && bodyRank[k] < rank) aboveDateline[k] = 1
      }
    }
    bodyRank[i] = rank
    if (rank < 1) continue
    let stems = stemsBelow.get(rank)
    if (!stems) stemsBelow.set(rank, (stems = new Set()))
    stemsOf(text.slice(lines[i].start, lines[i].end), stems)
  }
  const layout: PageLayout = { body, titleRun, itemLine, creditLine, bodyRank, aboveDateline, stemsBelow, bulletLead: bulletLead(text, lines, body) }
  layout.standfirst = standfirstLines(text, lines, layout)
  layout.loneBullet = loneBullets(text, lines, body)
  layout.kickerHeadline = kickerHeadlines(text, lines, body)
  return layout
}

/**
 * A kicker and its headline: a place, a topic or a rubric of one to four words, then a colon, then the headline
 * ("HAGUENAU : La piscine de plein air rouvre ses portes.", "Réfection des chaussées : vigilance !"), on a line above the
 * page's first long paragraph. On the tuned corpus and the fresh sets' readable parts, 46 of the 47 lines of the kicker
 * shape (colon, pipe or bracket) among a page's first four labelled lines are furniture; the one claim is "A spokesperson
 * said: “…”" (a report verb before the colon, left out here). Left out too: the pipe ("Osterby | Die Gemeinde …" is a
 * dateline run into the lede) and the bracket ("[충북일보] 개막을 …": a Korean outlet tag run into the lede; taking it lost
 * a tuned and a fresh dev Korean lede).
 */
const KICKER_HEADLINE = /^\p{Lu}[\p{L}'’.-]*(?:[ -][\p{L}'’.-]+){0,3}\s?:\s+\S/u
/** A report verb before the colon ("A spokesperson said:", "Le maire a déclaré :"): a quote follows, not a headline. */
const REPORT_BEFORE_COLON = /(?<![\p{L}])(?:said|says|told|added|stated|wrote|asked|sagte|sagt|erklärte|betonte|schrieb|dijo|afirmó|señaló|explicó|déclare|déclaré|dit|explique|précise|сказал\p{L}*|заявил\p{L}*|отметил\p{L}*|пишет)\s?[:|]/iu
/**
 * A word in lower case right before the colon ("Marie Dupont insiste :", "Un voisin raconte :", "Ein Anwohner berichtet:"):
 * most often a speaker and a report verb, so the kicker must end in a capitalised word (a place, a name, a German noun).
 */
const NAME_AND_VERB = /^[^:]*\s\p{Ll}[\p{L}'’-]*\s?:/u
/**
 * An article first ("Das Fazit der Polizei: …", "Die Bilanz der Stadt: …", "The verdict of the jury: …"): a frame that
 * introduces a source's statement, not a kicker.
 */
const ARTICLE_FIRST = /^(?:der|die|das|den|dem|des|ein|eine|einer|the|an?|le|la|les|l['’]|une?|el|los|las|una?)\s/iu
/** A figure right after the colon ("Stand: 12. März 2024 Die Polizei …", "Updated: 10:15"): a stamp run into a sentence, not a kicker. */
const STAMP_AFTER_COLON = /^[^:]{1,40}:\s*\d/u
/** Longest kicker headline: a lede with a dateline and a colon ("LONDON: The council approved …, officials said.") runs longer. */
const MAX_KICKER_HEADLINE = 120
/** The first paragraph at least this long is the story: a kicker headline sits above it. */
const STORY_LINE = 150

function kickerHeadlines(text: string, lines: Line[], body: Uint8Array): Uint8Array {
  const n = lines.length
  const out = new Uint8Array(n)
  for (let i = 0; i < n; i++) {
    // the line as printed: the rules may have cut a kicker off its start already
    const from = text.lastIndexOf('\n', lines[i].start - 1) + 1
    const to = text.indexOf('\n', lines[i].start)
    const line = text.slice(from, to < 0 ? text.length : to).trim()
    if (line.length >= STORY_LINE) break
    if (!body[i] || line.length > MAX_KICKER_HEADLINE) continue
    if (!KICKER_HEADLINE.test(line) || REPORT_BEFORE_COLON.test(line) || NAME_AND_VERB.test(line) || ARTICLE_FIRST.test(line) || STAMP_AFTER_COLON.test(line)) continue
    // a line that names its source ("…, the council said.") is a lede, whatever precedes it
    if (/(?<![\p{L}])(?:said|says|according to|sagte|teilte|laut|dijo|según|selon|a (?:indiqué|annoncé|déclaré)|сообщ\p{L}*|по данным|밝혔다|전했다)(?![\p{L}])/iu.test(line)) continue
    out[i] = 1
  }
  return out
}

/** A bullet glyph opening a line (not a hyphen or a star: a dialogue dash opens a line of speech in Russian or Spanish). */
const BULLET_GLYPH = /^[ \t]*[•▪●■◆►▶][ \t]*\S/u
/** Any bullet, for the neighbours: a line next to one is an item of a list. */
const ANY_BULLET = /^[ \t]*[-*•▪●■◆►▶][ \t]+\S/u
/** Longest lone bulleted line taken as a summary point. */
const MAX_LONE_BULLET = 300

/**
 * Body lines that open with a bullet glyph while the lines above and below them do not: a summary point under the
 * headline ("• Los vecinos llevan años quejándose …") or one point of a sidebar, never an item of a list (session 27).
 */
function loneBullets(text: string, lines: Line[], body: Uint8Array): Uint8Array {
  const n = lines.length
  const out = new Uint8Array(n)
  const opens = (i: number, re: RegExp) => i >= 0 && i < n && re.test(text.slice(lines[i].start, Math.min(lines[i].end, lines[i].start + 8)))
  for (let i = 0; i < n; i++) {
    if (!body[i] || lines[i].end - lines[i].start > MAX_LONE_BULLET || !opens(i, BULLET_GLYPH)) continue
    if (opens(i - 1, ANY_BULLET) || opens(i + 1, ANY_BULLET)) continue
    out[i] = 1
  }
  return out
}

/** Share of a standfirst's word stems that must come back in the body below it (it sums the story up). */
const STANDFIRST_RETOLD = 0.5
const STANDFIRST_MAX_CHARS = 400
const STANDFIRST_MAX_SENTENCES = 3

let bylineLike: (line: string) => boolean = () => false
/** Set by furniture-model.ts: whether a line is a byline, a date line or a dateline (boilerplate.ts's verdicts; a hook avoids an import cycle). */
export function setBylineLike(f: (line: string) => boolean): void {
  bylineLike = f
}

/**
 * A standfirst (teaser, deck, chapô) printed between the headline and the byline or date line: the page's first body
 * paragraph when
 * - the line above it is furniture (the headline, a kicker, a caption) and the line below it is a byline, a date line
 *   or a dateline, so the story itself starts after the byline;
 * - it is short (at most three sentences, 400 characters) and three or more body paragraphs follow;
 * - the body below retells it: at least half of its word stems (five or more) come back in the next three body
 *   paragraphs (a lede printed above the byline, as Korean broadcasters print theirs, is retold less).
 * Tried and left out (session 26): the same without the byline below (a top paragraph the body retells). On the tuned
 * corpus ledes and standfirsts overlap at every share from .5 to .9, so it lost ledes at every threshold.
 */
function standfirstLines(text: string, lines: Line[], layout: PageLayout): Uint8Array {
  const n = lines.length
  const out = new Uint8Array(n)
  const { body, bodyRank, stemsBelow } = layout
  let a = 0
  while (a < n && !body[a]) a++
  if (a === 0 || a >= n || bodyRank[a] !== 0 || !stemsBelow.get(3)) return out
  let b = a
  while (b + 1 < n && body[b + 1] && lines[b + 1].block === lines[a].block) b++
  if (b + 1 >= n || body[b + 1] || !bylineLike(text.slice(lines[b + 1].start, Math.min(lines[b + 1].end, lines[b + 1].start + 201)).trim())) return out
  const s = text.slice(lines[a].start, lines[b].end).trim()
  if (s.length > STANDFIRST_MAX_CHARS || s.split(/(?<=[.!?。…]["”’»]?)\s+(?=\S)/u).length > STANDFIRST_MAX_SENTENCES) return out
  const own = stemsOf(s)
  if (own.size < 5) return out
  let found = 0
  for (const w of own) if (stemsBelow.get(1)?.has(w) || stemsBelow.get(2)?.has(w) || stemsBelow.get(3)?.has(w)) found++
  if (found / own.size < STANDFIRST_RETOLD) return out
  for (let k = a; k <= b; k++) out[k] = 1
  return out
}

/** A summary bullet: a hyphen, star or dot, a space, then text that is not a line of dialogue (", - said he"). */
const BULLET = /^[-*•▪]\s+\S/u
const SPEECH_TAG = /[,.!?…»"”]\s[-–—]\s\p{Ll}/u

/**
 * The body's first lines when two to four of them are bullets above its first prose paragraph (a line of 100
 * characters or more): the page's summary of the story ("- El individuo fue sorprendido …"), which the story retells.
 * Bullets further down (a list of advice inside the story) are not touched.
 */
function bulletLead(text: string, lines: Line[], body: Uint8Array): Uint8Array {
  const n = lines.length
  const out = new Uint8Array(n)
  let i = 0
  while (i < n && !body[i]) i++
  const marked: number[] = []
  for (; i < n; i++) {
    if (!body[i]) continue
    const line = text.slice(lines[i].start, Math.min(lines[i].end, lines[i].start + 400))
    if (!BULLET.test(line)) break
    if (SPEECH_TAG.test(line)) return out
    marked.push(i)
  }
  if (marked.length < 2 || marked.length > 4 || i >= n || lines[i].end - lines[i].start < 100) return out
  for (const k of marked) out[k] = 1
  return out
}

/** Share of the stretch's stems found in the next two body paragraphs below it (a standfirst the lede retells). */
function retoldBelow(layout: PageLayout, rank: number, s: string): number {
  if (rank > 1) return 0
  const own = stemsOf(s)
  if (own.size < 3) return 0
  const a = layout.stemsBelow.get(rank + 1)
  const b = layout.stemsBelow.get(rank + 2)
  let found = 0
  for (const w of own) if (a?.has(w) || b?.has(w)) found++
  return found / own.size
}

/** The signals of the stretch text[start, end) (already trimmed), each 0..1, in FEATURE_NAMES order. */
export function furnitureFeatures(page: FurniturePage, start: number, end: number, out = new Float64Array(FEATURE_COUNT)): Float64Array {
  const { text, lines, layout } = page
  const s = text.slice(start, Math.min(end, start + 600))
  const len = end - start
  let letters = 0
  let upper = 0
  let digits = 0
  let symbols = 0
  let hangul = 0
  let words = 0
  let capWords = 0
  let lowerWords = 0
  let inWord = false
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (isSpace(c)) {
      inWord = false
      continue
    }
    const kind = kindOf(c)
    if (!inWord) {
      words++
      if (kind === 'upper') capWords++
      else if (kind === 'lower') lowerWords++
    }
    inWord = true
    if (kind === 'digit') digits++
    else if (kind === 'hangul') {
      hangul++
      letters++
    } else if (kind === 'upper') {
      upper++
      letters++
    } else if (kind === 'symbol') symbols++
    else letters++
  }
  const chars = Math.max(1, s.length)
  const li = lineAt(lines, start)
  const lj = lineAt(lines, Math.max(start, end - 1))
  const line = lines[li]
  const first = lines[li]
  const last = lines[lj]
  const alone = (li === 0 || lines[li - 1].block !== first.block) && (lj === lines.length - 1 || lines[lj + 1].block !== last.block)
  let blockFirst = li
  let blockLast = lj
  if (page.blockFirst && page.blockLast) {
    blockFirst = page.blockFirst[li]
    blockLast = page.blockLast[lj]
  } else {
    while (blockFirst > 0 && lines[blockFirst - 1].block === line.block) blockFirst--
    while (blockLast + 1 < lines.length && lines[blockLast + 1].block === last.block) blockLast++
  }
  const blockChars = lines[blockLast].end - lines[blockFirst].start
  const next = lj + 1 < lines.length ? text.slice(lines[lj + 1].start, Math.min(lines[lj + 1].end, lines[lj + 1].start + 4)) : null
  const nextEnd = lj + 1 < lines.length ? text.slice(Math.max(lines[lj + 1].start, lines[lj + 1].end - 4), lines[lj + 1].end) : null
  const prev = li > 0 ? text.slice(Math.max(lines[li - 1].start, lines[li - 1].end - 4), lines[li - 1].end) : null
  // the end of the stretch: ending patterns are tried at every position, so on a short tail only
  const trimmedEnd = text.slice(Math.max(start, end - 80), end)
  const lastChar = trimmedEnd[trimmedEnd.length - 1] ?? ''
  const innerStops = (s.match(/[.!?。][”"»)]?\s+\S/gu) ?? []).length
  const isStop = STOP.test(trimmedEnd)
  const shortNeighbour = (k: number) => k >= 0 && k < lines.length && lines[k].end - lines[k].start < 60
  const v = [
    len < 25,
    len < 50,
    len < 100,
    len < 160,
    len >= 250,
    words <= 3,
    words <= 8,
    words <= 15,
    isStop,
    /[:;]$/.test(trimmedEnd),
    /["”’»“]$/u.test(trimmedEnd),
    /[)\]]$/.test(trimmedEnd),
    /\d$/.test(trimmedEnd),
    /\p{L}$/u.test(lastChar),
    Math.min(innerStops, 3) / 3,
    /^\p{Ll}/u.test(s),
    /^[^\p{L}\p{N}"“„«'‘(]/u.test(s),
    /^\d/.test(s),
    letters - hangul > 0 ? upper / (letters - hangul) : 0,
    words > 0 ? capWords / words : 0,
    words > 0 ? lowerWords / words : 0,
    Math.min(1, (digits / chars) * 4),
    Math.min(1, (symbols / chars) * 4),
    letters > 0 && hangul / letters > 0.5,
    LINK.test(s),
    PIPE.test(s),
    ARROW.test(s),
    COPYRIGHT.test(s),
    /["“”«»„]/u.test(s),
    start === first.start && end === last.end,
    alone,
    blockFirst === blockLast,
    blockChars > 400,
    !(start === first.start && end === last.end) && blockChars > len * 1.5,
    li === 0,
    li >= 1 && li <= 2,
    li >= 3 && li <= 5,
    next !== null && /^\p{Ll}/u.test(next),
    prev !== null && unfinished(prev),
    nextEnd !== null && unfinished(nextEnd),
    page.repeated !== undefined && page.repeated.has(text.slice(first.start, first.end)),
    !isStop && NAME_TAIL.test(trimmedEnd),
    CREDIT_TAIL.test(trimmedEnd),
    DATE.test(s),
    TIME.test(s),
    shortNeighbour(li - 1) && shortNeighbour(lj + 1),
    page.twice !== undefined && page.twice.has(start),
    page.again !== undefined && page.again.has(start),
    page.medianLine !== undefined && len * 2 < page.medianLine,
    page.choppy ?? 0,
    layout !== undefined && layout.titleRun[li] >= 2,
    layout !== undefined && layout.titleRun[li] >= 3,
    layout !== undefined ? retoldBelow(layout, layout.bodyRank[li], s) : 0,
  ]
  for (let k = 0; k < FEATURE_COUNT; k++) {
    const x = v[k]
    out[k] = typeof x === 'boolean' ? (x ? 1 : 0) : x
  }
  return out
}
