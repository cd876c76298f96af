// Attribution across sentences: quotes that span sentences keep their speaker, "he added"
// resolves to the last speaker, and a paragraph that rests on one source carries it.
import { findAttribution, inciseInQuote, type AttributionContext, type FoundAttribution } from './attribution'
import { make } from './attribution-span'
import { mayMatch } from './required-literals'
import { scanQuotes } from './quotes'
import { antecedentBefore, classifySpeaker, givenName, hasFunctionWord, hasPersonName, introducedNames, isNameWord, looksLikeOutlet, personSurnames } from './sourcing'
import { packFor, PACKS, wordBounded, type AttributionCues } from '../lang'
import type { SourcingType } from '../vocabulary'
import type { ExtractedMeta, ExtractedSourcing } from './types'

export interface SentenceWork {
  start: number
  end: number
  block: number
  text: string
  /** The paragraph's language (Daily NK pages mix Korean and English). */
  language?: string
  sourcing?: ExtractedSourcing
  quoted?: boolean
  /** The sentence only names the source of the one before ("Об этом сообщил X."): no fact of its own. */
  attributionOnly?: boolean
}

const MASK_LIMIT = 3000
/** A pronoun finds its speaker at most this many paragraphs back. */
const PRONOUN_REACH = 3
const UNATTRIBUTED: ExtractedSourcing = { type: 'unattributed', attribution: null, cue: null }

/**
 * (session 31) The alternation of one attribution field over every pack (the words live in the packs, PROTOCOL s31), for a rule
 * the engine applies whatever the sentence's language; a field no pack fills matches nothing.
 */
function packUnion(pick: (a: AttributionCues) => RegExp | undefined): string {
  const parts = Object.values(PACKS)
    .map((p) => pick(p.attribution))
    .filter((r): r is RegExp => r !== undefined)
    .map((r) => `(?:${r.source})`)
  return parts.length > 0 ? parts.join('|') : '(?!)'
}

function rememberNames(attribution: string, type: SourcingType, names: Map<string, SourcingType>): void {
  for (const word of attribution.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []) if (isNameWord(word) && !names.has(word)) names.set(word, type)
}

/** (session 32) A Q&A page's header on a line of its own, in any pack (asked once per page: the turns are read only after one). */
const INTERVIEW_HEADER = new RegExp(`(?:${packUnion((a) => a.interviewHeader)})`, 'mu')

/** A recap of earlier reports ("Ранее сообщалось", "как сообщалось"): not the office of the paragraphs before going on. */
const RECAP_CUE = new RegExp(`(?:${packUnion((a) => a.recapCues)})`, 'iu')

function sourcingOf(a: FoundAttribution): ExtractedSourcing {
  return { type: a.type, attribution: a.attribution, cue: a.cue }
}

/**
 * Resolves "he added", "they said" to the last explicit speaker. With none, a singular pronoun
 * stands for the person or office named just before it ("Nathalie tient un salon … elle raconte",
 * "… полковника полиции. По словам докладчика …").
 */
function resolvePronoun(
  a: FoundAttribution,
  last: { sourcing: ExtractedSourcing; block: number } | null,
  block: number,
  context: string,
  antecedent: () => SourcingType | null,
  partyBetween = false,
): ExtractedSourcing {
  // "Police said a driver was stopped. The driver was questioned. …, he said.": a party that opens a sentence after the last
  // speaker's is the nearer antecedent, unnamed (README: a party's own account is its source)
  if (partyBetween && a.pronoun === 'singular') return { type: 'anonymous-source', attribution: a.attribution, cue: a.cue }
  if (last && block - last.block <= PRONOUN_REACH) {
    if (a.pronoun === 'singular') return { ...last.sourcing, cue: a.cue }
    const type = last.sourcing.type === 'named-source' ? 'anonymous-source' : last.sourcing.type
    return { type, attribution: a.attribution, cue: a.cue }
  }
  const type = a.pronoun === 'singular' ? (antecedent() ?? (hasPersonName(context) ? 'named-source' : 'anonymous-source')) : 'anonymous-source'
  return { type, attribution: a.attribution, cue: a.cue }
}

/** A clip's speaker label at the start of the line, still open at the sentence: "[목격자] “… . 난리가 났죠.", "[이원구 / 서울 관악구 : … . …". */
const KO_CLIP_LINE = /^\[([^\[\]:\/“”"]{1,24}?)\s*(?:\/\s*([^\[\]:“”"]{1,40}?)\s*)?(:|\][ \t]*[“"]?)/u
/**
 * (session 28, ruko1) Korean broadcast copy names the speaker of a clip in brackets, and the clip runs over several sentences on
 * its line: a sentence with no cue of its own inside an open "[label : …" bracket or an open quote after "[label]" is the
 * label's (a bare role unnamed, a name with its role after a slash named, an office official).
 */
function clipSpeaker(text: string | undefined, w: SentenceWork, actx: AttributionContext): FoundAttribution | null {
  const labels = text === undefined ? undefined : packFor(w.language ?? actx.language).attribution.broadcastLabels
  if (text === undefined || !labels) return null
  const lineStart = text.lastIndexOf('\n', w.start - 1) + 1
  const line = text.slice(lineStart, w.start)
  const m = KO_CLIP_LINE.exec(line)
  if (!m || labels.anchor.test(m[1].trim())) return null
  const rest = line.slice(m[0].length)
  // "[목격자] “…": the quote opened after the label is still open; "[목격자] " then the sentence itself opens the quote
  if (m[3] === ':' ? rest.includes(']') : /[“"]$/u.test(m[3]) ? /[”"]/u.test(rest) : rest.trim() !== '' || !/^[“"]/u.test(w.text)) return null
  const found = make(m[2] ? `${m[2].trim()} ${m[1].trim()}` : m[1].trim(), '“', actx)
  if (found.type !== 'official') found.type = m[2] ? 'named-source' : 'anonymous-source'
  return found
}

/**
 * (session 29, ruko2) Broadcast scripts set the speaker on a line of its own, before the words: "[경찰 관계자]", "⊙ 피해주민 :",
 * "◀INT▶김태순/아파트 주민", "▶ 인터뷰 : 송준호 / 경남 창원중부경찰서 강력팀". The line after it (blank lines between) is that speaker's;
 * the reporter's and the anchor's own labels ("⊙ 이재환 기자 :", "[앵커]", "【 기자 】") are the outlet narrating.
 */
function labelLineSpeaker(text: string | undefined, w: SentenceWork, actx: AttributionContext): FoundAttribution | null {
  const labels = text === undefined ? undefined : packFor(w.language ?? actx.language).attribution.broadcastLabels
  if (text === undefined || !labels) return null
  const lineStart = text.lastIndexOf('\n', w.start - 1) + 1
  // the previous line that is not blank
  let end = lineStart - 1
  while (end > 0 && /\s/u.test(text.charAt(end - 1))) end--
  if (end <= 0) return null
  const from = text.lastIndexOf('\n', end - 1) + 1
  const m = labels.line.exec(text.slice(from, end))
  if (!m) return null
  const raw = (m[1] ?? m[2] ?? m[3] ?? m[4]).trim()
  // (a bracketed line of words heard on the tape, "[칼 내려놓으세요. 칼 내려놓으시라고.]", is a sound bite, no speaker's label)
  if (/[.?!…]/u.test(raw) || raw.split(/\s+/u).length > 6) return null
  const parts = raw.split(/\s*\/\s*/u)
  if (labels.outlet.test(parts[0]) || labels.anchor.test(parts[0])) return null
  // "송준호 / 경남 …경찰서 강력팀", "김태순/아파트 주민": the role after the slash; "장홍택 (CCTV설치 주민)": the role in brackets
  const role = parts[1] ?? /\(([^()]{1,30})\)\s*$/u.exec(parts[0])?.[1]
  const name = parts[1] !== undefined ? parts[0] : parts[0].replace(/\s*\([^()]*\)\s*$/u, '')
  const found = make(role ? `${role} ${name}` : name, '“', actx)
  if (found.type !== 'official') found.type = role ? 'named-source' : 'anonymous-source'
  return found
}

/**
 * (session 34, ruko7) A line that introduces a quote with a colon ("О позиции Савельева сообщила его адвокат Татьяна Лупандина:",
 * "Son avocat a déclaré :", "His lawyer said:") gives its speaker to the quote that opens the next line ("— Вину наш подзащитный не
 * признаёт.", "« Mon client conteste les faits. »"): README, "A quote's attribution carries". Only a sentence that opens its line
 * with a quote mark or a dialogue dash, right under a line ending in a colon whose last sentence names a speaker.
 */
function colonIntroSpeaker(text: string | undefined, w: SentenceWork, actx: AttributionContext): FoundAttribution | null {
  // (a hyphen opens a list item as often as a line of dialogue: "What readers told us:\n- A new bakery" is a list, no quotation)
  if (text === undefined || !/^[“"«„‘—–]/u.test(w.text)) return null
  const lineStart = text.lastIndexOf('\n', w.start - 1) + 1
  if (text.slice(lineStart, w.start).trim()) return null
  let end = lineStart - 1
  while (end > 0 && /\s/u.test(text.charAt(end - 1))) end--
  if (end <= 0 || !/[:：]$/u.test(text.slice(0, end))) return null
  const line = text.slice(text.lastIndexOf('\n', end - 1) + 1, end)
  const last = line.split(/(?<=[.!?…»”"])\s+/u).pop() ?? line
  const scan = scanQuotes(last, false, MASK_LIMIT, { low: false, inner: 0 })
  const found = findAttribution(last, scan.masked, { ...actx, language: w.language ?? actx.language })
  if (!found || found.speakerless || found.type === 'unattributed' || firstPersonSpeaker(found)) return null
  return found
}

/**
 * (session 31) A testimony reported as a noun, with no verb of saying: "…들렸다는 주민의 증언이 공개됐다" (the residents), "…왔다는
 * 증언도 이어졌다" (nobody named: the unnamed people who gave it), "Появились свидетельства очевидцев, что …". The pack's
 * `testimonyFrame` names the givers in its group 1 when the sentence does; tried only on a sentence with no cue of its own.
 */
function testimonySpeaker(w: SentenceWork, masked: string, actx: AttributionContext): FoundAttribution | null {
  const frame = packFor(w.language ?? actx.language).attribution.testimonyFrame
  const m = frame && mayMatch(frame, masked) ? frame.exec(masked) : null
  if (!m) return null
  const cue = m[0].trim()
  const found = m[1] ? make(m[1].trim(), cue, actx) : null
  return found && found.type !== 'unattributed' ? found : { type: 'anonymous-source', attribution: m[1]?.trim() ?? null, cue, pronoun: null, outletMention: null, trailing: false }
}

/**
 * (session 34, ruko7; lead ruling 6) The finding of an official examination is the office's that ran it: "감식결과 칼 등에서는 지문이
 * 나오지 않았다", "Вскрытие показало, что …", "L'autopsie a révélé …" (the pack's `examinationFinding`). Tried on a sentence with no
 * cue of its own, and on one whose speaker is the examination noun itself ("L'autopsie", "L'enquête" before "a révélé").
 */
function examinationFinding(w: SentenceWork, masked: string, found: FoundAttribution | null, actx: AttributionContext): FoundAttribution | null {
  const frame = packFor(w.language ?? actx.language).attribution.examinationFinding
  const m = frame && mayMatch(frame, masked) ? frame.exec(masked) : null
  if (!m) return null
  const cue = m[0].trim().replace(/[,\s]+$/u, '')
  const said = found?.attribution?.trim()
  if (found && !(said && (cue.includes(said) || said.startsWith(cue)))) return null
  return { type: 'official', attribution: cue, cue, pronoun: null, outletMention: null, trailing: false }
}

/** The cue is a verb of saying of the language ("said", "erklärte"), not a pointer phrase. */
// (session 28) word edges that know accented letters ("declaró", "informó", "déclaré"): the pack's \b failed after them
function saysVerb(cue: string | null, language: string): boolean {
  if (!cue) return false
  const verb = verbOfSaying(language)
  return verb.test(cue) || verb.test(cue.split(/\s+/)[0]) || verb.test(cue.split(/\s+/).at(-1) ?? '')
}

/** A sentence after the last speaker's and before `i`, in i's paragraph, whose subject is an unnamed party ("The driver was questioned."). */
function partyOpensSentenceBetween(work: SentenceWork[], from: number, i: number, language: string): boolean {
  const party = packFor(language).attribution.partyNouns
  if (!party) return false
  for (let k = from + 1; k < i; k++) {
    if (work[k].block !== work[i].block) continue
    const m = party.exec(work[k].text.slice(0, 80))
    if (m && m.index <= 1) return true
  }
  return false
}

/**
 * (session 30, ruko3) Provisional findings with no office of their own, the lead decision of session 28: "according to
 * preliminary findings", "nach bisherigen Erkenntnissen", "по предварительным данным", "D'après les premiers éléments", "Según
 * las primeras investigaciones". Such a phrase is the investigating office's when one is in play, else it stays unnamed. Tested
 * only on an attribution already found (not on every sentence).
 */
const PROVISIONAL_FINDINGS = new RegExp(`^(?:${packUnion((a) => a.provisionalFindings)})$`, 'iu')

/**
 * (session 30) The addressee of a verb of saying is the inquiry: "a déclaré aux enquêteurs", "told police", "sagte den Ermittlern",
 * "declaró a los agentes", "рассказал полицейским/следователям". The speaker is then a party to the case (the README's party rule),
 * never the office that heard it.
 */
const TOLD_THE_INQUIRY = new RegExp(`(?<![\\p{L}])(?:${packUnion((a) => a.toldTheInquiry)})(?![\\p{L}])`, 'iu')

/** A speaker's words that name a person ("Адам Диаб", "Галины"), not an outlet or a quoted title ("РИА Новости", "Telegram-канал «112»"). */
function namesPerson(attribution: string): boolean {
  return !/[«»“”"„]/u.test(attribution) && !looksLikeOutlet(attribution) && (hasPersonName(attribution) || /(?:^|\s)\p{Lu}\p{Ll}{2,}(?=\s|$)/u.test(attribution))
}

/** (session 30) "очевидец", "пенсионер момент": a bare noun for a private person by role (the pack's `personRoleNouns`). */
function isPersonRole(attribution: string | null, language: string): boolean {
  const role = packFor(language).attribution.personRoleNouns
  return attribution !== null && role !== undefined && attribution.length <= 40 && role.test(attribution.trim())
}

/** "докладчика", "the speaker", "l'élu": a role noun that points back like a pronoun. */
function isRoleNoun(attribution: string | null, language: string): boolean {
  const role = packFor(language).attribution.roleNouns
  return attribution !== null && role !== undefined && attribution.length <= 80 && role.test(attribution)
}

export function analyseSentences(work: SentenceWork[], ctx: { language: string; meta: ExtractedMeta; text?: string }): void {
  const n = work.length
  const names = new Map<string, SourcingType>()
  const surnames = new Map<string, number>()
  const actx: AttributionContext = { language: ctx.language, outlet: ctx.meta.outlet, names, surnames, sentenceIndex: 0 }
  const own: (FoundAttribution | null)[] = new Array(n)
  const openEnd: boolean[] = new Array(n)
  /** linked[i]: sentence i continues the quote of sentence i - 1. */
  const linked: boolean[] = new Array(n)
  const opener = { low: false, inner: 0 }
  let open = false

  /** Sentences whose source is an examination's finding: it covers its own sentence and opens no account over the paragraph. */
  const findingAt = new Set<number>()
  // pass 1: quote state and each sentence's own attribution
  for (let i = 0; i < n; i++) {
    const w = work[i]
    const newBlock = i === 0 || work[i - 1].block !== w.block
    // a quote running over paragraphs reopens each paragraph and closes only at its end
    linked[i] = i > 0 && (newBlock ? open && /^[“"„«『「]/u.test(w.text) : open)
    if (newBlock) open = false
    const scan = scanQuotes(w.text, open, MASK_LIMIT, opener)
    open = scan.openAtEnd
    openEnd[i] = scan.openAtEnd
    w.quoted = scan.quoted
    actx.outlet = ctx.meta.outlet
    actx.language = w.language ?? ctx.language
    // "el alcalde Julio Alicea Vasallo", "Police Chief Mike Arnold": a later "Santana dijo" is official
    for (const [word, type] of introducedNames(w.text)) if (!names.has(word)) names.set(word, type)
    for (const surname of personSurnames(w.text)) if (!surnames.has(surname)) surnames.set(surname, i)
    actx.sentenceIndex = i
    const found = findAttribution(w.text, scan.masked, actx)
    // "- После моего звонка я сообщила о …": a speaker telling of her own report names no new source; the quote's speaker holds
    // ("Gegen 23 Uhr sei er so eingestiegen", "So habe der Täter …": an adverb "so" is no ", so die Polizei")
    const finding = examinationFinding(w, scan.masked, found, actx)
    if (finding) findingAt.add(i)
    const a = finding ?? (found && !firstPersonSpeaker(found) && !adverbSo(w.text, found, actx.language) ? found : null) ?? (scan.quoted ? inciseInQuote(w.text, actx) : null) ?? clipSpeaker(ctx.text, w, actx) ?? labelLineSpeaker(ctx.text, w, actx) ?? colonIntroSpeaker(ctx.text, w, actx) ?? testimonySpeaker(w, scan.masked, actx)
    own[i] = a
    if (a?.outletMention && !ctx.meta.outlet) ctx.meta.outlet = a.outletMention
    // (an examination's finding names no body a later mention could point back to)
    if (a && a !== finding && !a.pronoun && (a.type === 'named-source' || a.type === 'official') && a.attribution) rememberNames(a.attribution, a.type, names)
  }

  // pass 2: explicit attributions and pronouns
  const resolved: (ExtractedSourcing | null)[] = new Array(n).fill(null)
  let last: { sourcing: ExtractedSourcing; block: number; index: number } | null = null
  /** The last speaker named as a person ("Очевидец Адам Диаб", "Владимир Изотов"): what a bare role noun for a person points back to. */
  let lastPerson: { sourcing: ExtractedSourcing; block: number } | null = null
  /** A subjectless report ("Se informó que …"): its source must still be in play after pass 3 (see below). */
  const implied: boolean[] = new Array(n).fill(false)
  for (let i = 0; i < n; i++) {
    const a = own[i]
    if (!a) continue
    const role = !a.pronoun && isRoleNoun(a.attribution, work[i].language ?? ctx.language)
    // (only on a page with a speaker before it: with none, the noun phrase just before stands in, as it did)
    implied[i] = a.pronoun !== null && last !== null && impliedSubject(work[i].text, a, work[i].language ?? ctx.language)
    if (a.pronoun || role) {
      const context = work
        .slice(Math.max(0, i - 3), i + 1)
        .map((w) => w.text.slice(0, 500))
        .join(' ')
      const before = ctx.text !== undefined ? ctx.text : work.slice(0, i + 1).map((w) => w.text).join(' ')
      const at = ctx.text !== undefined ? work[i].start : before.length - work[i].text.length
      // (a pronoun with a verb of saying: "den Angaben zufolge", "demnach" point back to the last source, not to a person)
      const party =
        (!role && last !== null && saysVerb(a.cue, work[i].language ?? ctx.language) && partyOpensSentenceBetween(work, last.index, i, work[i].language ?? ctx.language)) ||
        // (session 30) "Il a déclaré aux enquêteurs être …", "Он рассказал полицейским, что …": one who tells the investigators is a party, not the office
        (!role && last?.sourcing.type === 'official' && TOLD_THE_INQUIRY.test(work[i].text))
      resolved[i] = resolvePronoun(role ? { ...a, pronoun: 'singular' } : a, last, work[i].block, context, () => antecedentBefore(before, at, names), party)
    } else if (a.speakerless) {
      // "Von einem Unfall berichtete die Polizei … "…", heißt es.": the paragraph's source goes on; with none named, nobody is
      let k = i - 1
      while (k >= 0 && work[k].block === work[i].block && !(own[k] && !own[k]!.speakerless && resolved[k])) k--
      if (k >= 0 && work[k].block === work[i].block) resolved[i] = { ...resolved[k]!, cue: a.cue }
      else {
        // (session 29, ruko2) "Уточняется, что …" opening a paragraph of wire copy cut one sentence a line: an office named in
        // the two paragraphs before is still in play (the reach of a subjectless report, below); a person or an outlet is not
        // (lead decision s28: "the office in play", else anon)
        let m = i - 1
        while (m >= 0 && work[i].block - work[m].block <= 2 && !(own[m] && !own[m]!.speakerless && resolved[m])) m--
        const recap = RECAP_CUE.test(a.cue ?? '')
        // (session 30) "X, по предварительной информации, получил травму. Об этом заявил Y.": a backward cue right after names the source
        if (i + 1 < n && work[i + 1].block === work[i].block && backward(i + 1)) continue
        const office = !recap && PROVISIONAL_FINDINGS.test(a.attribution ?? a.cue ?? '') ? officeInPlay(i) : null
        resolved[i] = !recap && m >= 0 && work[i].block - work[m].block <= 2 && resolved[m]!.type === 'official' ? { ...resolved[m]!, cue: a.cue } : office ? { type: 'official', attribution: office, cue: a.cue } : sourcingOf(a)
      }
    } else if (PROVISIONAL_FINDINGS.test(a.attribution ?? '') && officeInPlay(i)) {
      // (session 30) lead decision s28: "D'après les premiers éléments, …" is the investigating office's when one is in play
      resolved[i] = { type: 'official', attribution: officeInPlay(i), cue: a.cue }
      last = { sourcing: resolved[i]!, block: work[i].block, index: i }
    } else if (lastPerson && work[i].block - lastPerson.block <= PRONOUN_REACH && isPersonRole(a.attribution, work[i].language ?? ctx.language)) {
      // (session 30) "— добавил очевидец", "— вспомнил пенсионер момент, когда …" after the witness was named: the same person
      resolved[i] = { ...lastPerson.sourcing, cue: a.cue }
      last = { sourcing: resolved[i]!, block: work[i].block, index: i }
    } else {
      resolved[i] = sourcingOf(a)
      last = { sourcing: resolved[i]!, block: work[i].block, index: i }
      if (a.type === 'named-source' && a.attribution && namesPerson(a.attribution)) lastPerson = { sourcing: resolved[i]!, block: work[i].block }
    }
  }

  /**
   * The office in play for a provisional finding at sentence i: an office already given as a source in its paragraph or the two
   * before, else one named in their text ("Alertés, les gendarmes ont bouclé le quartier."), the nearest first; null for none.
   */
  function officeInPlay(i: number): string | null {
    for (let k = i - 1; k >= 0 && work[i].block - work[k].block <= 2; k--) {
      if (resolved[k]?.type === 'official') return resolved[k]!.attribution ?? resolved[k]!.cue
      const pack = packFor(work[k].language ?? ctx.language)
      const office = wordBounded(pack.sources.official).exec(work[k].text) ?? wordBounded(pack.titles.official).exec(work[k].text)
      if (office) return office[0]
    }
    return null
  }

  /**
   * (session 30) The speaker of a quote cut into sentences i..j, read on their text joined (none when a piece already named one).
   * Korean only: it is verb-final, so the speaker stands before the quote and the verb after it ("A씨는 “… . …”고 말했다"); in the
   * other languages the closing piece names the speaker itself ("«… . …», — сказал X").
   */
  function wholeQuoteSpeaker(i: number, j: number): ExtractedSourcing | null {
    if (j - i > 8) return null
    const joined = work.slice(i, j + 1).map((w) => w.text).join(' ')
    const scan = scanQuotes(joined, false, MASK_LIMIT, { low: false, inner: 0 })
    const found = findAttribution(joined, scan.masked, { ...actx, language: work[i].language ?? ctx.language })
    if (!found || found.speakerless || firstPersonSpeaker(found)) return null
    // (session 34) the speaker of a quote stands outside it: words inside the quote ("“… 현재 시체가 현장에 있다.”") are not its speaker
    const at = found.attribution ? joined.indexOf(found.attribution) : -1
    if (at >= 0 && scan.masked.length > at && scan.masked[at] === 'x') return null
    // a speaker left out ("또한 “… . …”고 밝혔다": Korean drops the subject that goes on) is the one before
    return found.pronoun ? lastSpeakerBefore(i) : sourcingOf(found)
  }

  function lastSpeakerBefore(i: number): ExtractedSourcing | null {
    for (let k = i - 1; k >= 0 && work[i].block - work[k].block <= 1; k--) if (own[k] && resolved[k]) return resolved[k]
    return null
  }

  /**
   * (session 35, src14) The heading right above a quotation's paragraph, when it names a person: a line of its own (no sentence of
   * the page), short, with no closing stop, that reads, once the pack's heading words are off ("La réaction de"), as a named person
   * or an officeholder (README s34: "a coach's quote under the subheading 'La réaction de David Le Moal' is his").
   */
  function headingSpeaker(i: number): ExtractedSourcing | null {
    const text = ctx.text
    if (!text) return null
    const from = i > 0 ? work[i - 1].end : 0
    const gap = text.slice(from, work[i].start)
    const lines = gap.split(/\n/u).map((l) => l.trim()).filter(Boolean)
    // the heading stands alone: a blank line or the line break right before the quote, no other line between
    if (lines.length !== 1 || !/\n\s*$/u.test(gap)) return null
    const heading = lines[0].replace(/\s*:$/u, '')
    if (heading.length > 70 || /[.!?…"“”„«»]$/u.test(heading) || /[“”"„«»]/u.test(heading)) return null
    const words = heading.replace(packFor(work[i].language ?? ctx.language).attribution.speakerHeading ?? /^$/u, '').trim()
    if (!words || words.split(/\s+/u).length > 6 || !hasPersonName(words)) return null
    const type = classifySpeaker(words, '', null, names)
    // a person, not a place or a section: the heading's own words ("La réaction de"), a title of office, or a given name in it
    // ("Niklas Moisander" is a name, "Springfield Road" is not)
    const person = words !== heading || type === 'official' || words.split(/[\s-]+/u).some((w) => givenName(w))
    return person && (type === 'named-source' || type === 'official') ? { type, attribution: words, cue: 'heading' } : null
  }

  /** First-person quotations nobody is named for (pass 3): an unnamed person's words if no later pass finds their source. */
  const unnamedQuote = new Set<number>()
  // pass 3: every sentence of a quote shares the speaker named anywhere in it
  for (let i = 0; i < n; ) {
    let j = i
    while (j + 1 < n && linked[j + 1]) j++
    const opensWithQuote = /^[“"„«『「]/u.test(work[i].text)
    if (j > i || opensWithQuote) {
      let speaker: ExtractedSourcing | null = null
      for (let k = i; k <= j && !speaker; k++) speaker = resolved[k]
      if (!speaker && j > i && packFor(work[i].language ?? ctx.language).attribution.quoteThenSpeaker) speaker = wholeQuoteSpeaker(i, j)
      // (session 35, src14) a quotation opening its paragraph under a heading line that names a person is that person's
      // ("La réaction de David Le Moal" / "Trainer Florian Kohfeldt" above "„…“"), before the last speaker goes on
      if (!speaker && opensWithQuote) speaker = headingSpeaker(i)
      // a quote nobody is named for continues the last speaker ("A quote's attribution carries")
      if (!speaker && opensWithQuote) speaker = lastSpeakerBefore(i)
      // "Hadrien, lui, a bien cru que … « Nous avons été réveillés … »": a first-person quote with no speaker, right after a
      // sentence of its paragraph whose subject is a person named by name, is that person's (the README's speaker's stretch)
      if (!speaker && opensWithQuote && i > 0 && work[i - 1].block === work[i].block) speaker = namedSubjectOf(work[i - 1].text, work.slice(i, j + 1), names)
      // (session 34, ruko7) a quotation in the first person that nobody is named for, none before it either, is someone's words all the
      // same: an unnamed person speaks ("\"Ma voisine et moi nous sommes sortis …\"" after "L'un de ses voisins l'interpelle")
      // (only where nothing else, later, gives the quote a source: it is the last resort, taken after every pass)
      if (!speaker && opensWithQuote && work.slice(i, j + 1).some((w) => FIRST_PERSON.test(w.text))) for (let k = i; k <= j; k++) unnamedQuote.add(k)
      // (a sentence that opens by closing the quote, "» Ce n'est qu'une fois …", is the reporter's narration again)
      if (speaker) for (let k = i; k <= j; k++) if (!resolved[k] && !(speaker.cue === 'quote' && CLOSES_THEN_NARRATES.test(work[k].text))) resolved[k] = speaker
    }
    i = j + 1
  }

  // "Finalmente, se informó que …" after two paragraphs of narration: a subjectless report goes on with a source still in
  // play (one paragraph without a source may come between: a quote whose cue was missed, a line of narration), not one
  // that two whole paragraphs of narration have closed; with none, the sentence is left to the carry rules of its own
  // paragraph (over-carry across paragraphs)
  for (let i = 0; i < n; i++) {
    if (!implied[i] || !resolved[i]) continue
    let inPlay = false
    for (let k = i - 1; k >= 0 && work[i].block - work[k].block <= 2 && !inPlay; k--) inPlay = resolved[k] !== null
    if (!inPlay) resolved[i] = null
  }

  // pass 4: a paragraph rests on its source: carry forward, or back from a closing ", said the source."
  // Where the language marks reported speech (German "sei", "habe"), a closing ", so Wild." covers
  // only the sentences in that mood; the reporter's own narration around it stays unattributed.
  // (reportive "soll … haben" counts inside its paragraph only: "A 'soll' in a sentence with no source of its own and no
  // opening source in its paragraph would be none h", round 6)
  const reported = (i: number, modal = true): boolean | null => {
    const language = work[i].language ?? ctx.language
    const marker = packFor(language).attribution.reportedSpeech
    return marker ? marker.test(work[i].text) || (modal && reportiveModal(work[i].text, language)) : null
  }
  // (a sentence that opens with a dialogue dash is a quotation too: "- Когда …, - рассказал X.", "—Cuando llegamos …")
  const direct: boolean[] = work.map((w, i) => isDirectQuote(w.text, linked[i]) || DIALOGUE_DASH.test(w.text))
  const closing: boolean[] = own.map((a, i) => a !== null && a !== undefined && isClosingAttribution(work[i].text, a, work[i].language ?? ctx.language))
  const firstOf = (i: number): number => {
    let first = i
    while (first > 0 && work[first - 1].block === work[i].block) first--
    return first
  }
  /** Sentences that took a quote's speaker by their mood alone: narration after them does not. */
  const afterQuote = new Set<number>()
  const answers = interviewAnswers()
  for (let i = 0; i < n; i++) {
    if (resolved[i]) continue
    const carried =
      answers[i] ??
      dialogueDashParagraph(i) ??
      dashRunSpeaker(i) ??
      paragraphOpenerCarries(i) ??
      closingAttributionCarriesBack(i) ??
      backwardCueAcrossParagraph(i) ??
      konjunktivParagraphContinues(i)
    if (carried) resolved[i] = carried
  }

  /**
   * (session 32, ruko5) The Q&A page (README, set 8 calls: "a header naming the police officer makes his answers his"): after a header
   * naming the one who answers ("[다음은 김 서장과의 일문일답]", the pack's `interviewHeader`), a paragraph that opens an answer (the
   * pack's `interviewTurns.answer`) or follows a question (its turn marker, or a paragraph ending in "?") is the interviewee's; a
   * paragraph that is neither ends the Q&A. Sentences with a cue of their own keep it (only uncued sentences are asked).
   */
  function interviewAnswers(): (ExtractedSourcing | null)[] {
    const out: (ExtractedSourcing | null)[] = new Array(n).fill(null)
    const text = ctx.text
    // (the page's lines, not its sentences: a header or a question with no full stop is no sentence of `work`)
    if (text === undefined || n === 0 || !mayMatch(INTERVIEW_HEADER, text) || !INTERVIEW_HEADER.test(text)) return out
    let speaker: ExtractedSourcing | null = null
    let afterQuestion = false
    // (session 33) no question yet since the header: a paragraph of introduction ("Le 6 juin, le maire nous a reçus …") keeps the Q&A open
    let asked = false
    let k = 0
    const lineRe = /[^\r\n]+/gu
    for (let m = lineRe.exec(text); m && k < n; m = lineRe.exec(text)) {
      const line = m[0].trim()
      const end = m.index + m[0].length
      if (!line) continue
      const language = work[Math.min(k, n - 1)].language ?? ctx.language
      const cues = packFor(language).attribution
      const header = cues.interviewHeader?.exec(line)
      let answering = false
      if (header) {
        const found = make((header[1] ?? header[2] ?? '').trim(), 'interview', { ...actx, language })
        speaker = found.pronoun ? null : sourcingOf(found)
        afterQuestion = false
        asked = false
      } else if (speaker) {
        const question = cues.interviewTurns?.question.test(line) === true || /[?？]\s*["”»]?\s*$/u.test(line)
        answering = !question && (afterQuestion || cues.interviewTurns?.answer.test(line) === true)
        if (!question && !answering && asked) speaker = null
        afterQuestion = question
        asked ||= question
      }
      while (k < n && work[k].start < end) {
        if (answering && work[k].start >= m.index) out[k] = speaker
        k++
      }
    }
    return out
  }

  /**
   * README, round 5: "Dialogue-style quotes ('- … , - рассказывает Галина Торчик. - …'): the sentences after the attribution are
   * the same speaker's". A paragraph that opens with a dialogue dash is the quotation, with its speaker set in a dash incise
   * (", — рассказали в пресс-службе. —"); every sentence of it without a cue of its own is that speaker's.
   */
  function dialogueDashParagraph(i: number): ExtractedSourcing | null {
    const first = firstOf(i)
    if (!DIALOGUE_DASH.test(work[first].text)) return null
    let speaker: ExtractedSourcing | null = null
    for (let k = first; k < n && work[k].block === work[i].block && !speaker; k++) if (own[k] && resolved[k] && DASH_INCISE.test(work[k].text)) speaker = resolved[k]
    return speaker
  }

  /**
   * The same at the sentence level: inside a paragraph of narration, a run of sentences that each open with a dialogue dash
   * ("Жилец вызвал милицию. - Когда наряд подъехал, …, - рассказал X. - Проводится проверка.") is one quotation, so each
   * sentence of the run without a cue is the speaker of the dash incise in it. The narration before the run is not: a
   * quote's attribution covers the quote only (the dash sentence counts as a direct quote in `direct`).
   */
  function dashRunSpeaker(i: number): ExtractedSourcing | null {
    if (!DIALOGUE_DASH.test(work[i].text)) return null
    const block = work[i].block
    let from = i
    while (from > 0 && work[from - 1].block === block && DIALOGUE_DASH.test(work[from - 1].text)) from--
    for (let k = from; k < n && work[k].block === block && DIALOGUE_DASH.test(work[k].text); k++) if (own[k] && resolved[k] && DASH_INCISE.test(work[k].text)) return resolved[k]
    return null
  }

  /**
   * README, "How the labels were decided": a sentence with no cue inherits "the paragraph it sits in when that paragraph
   * opened with an indirect attribution", also when the attribution closes the paragraph's first sentence (session 21).
   * A sentence of narration after a direct quote does not inherit the quote's speaker; a source named midway does not
   * carry forward ("Mid-paragraph attribution does not carry forward", round 5), but the opener's still governs the
   * sentences after it. Where the language marks reported speech (German), only sentences in that mood carry.
   */
  function paragraphOpenerCarries(i: number): ExtractedSourcing | null {
    if (writerSumsUp(work[i].text)) return null
    const mood = reported(i)
    // "Parallèlement, une enquête a été ouverte": a second strand in the reporter's voice (reported speech goes on)
    if (SECOND_STRAND.test(work[i].text) && mood !== true) return null
    // German mood (session 21): "an indicative sentence after an indirect attribution is the writer's narration"
    if (mood === false && !direct[i]) return null
    const first = firstOf(i)
    for (let k = i - 1; k >= first; k--) {
      if (!resolved[k]) continue
      // German reported speech goes on with the last speaker before it, after a quote too ("…“, sagte Söder. Der Freistaat werde helfen.")
      if (mood === true) {
        if (direct[k] && !direct[i]) afterQuote.add(i)
        return resolved[k]
      }
      // narration after a direct quote is the reporter's (a sentence that opens by closing the quote, "» Ce n'est qu'une fois …", is narration after it)
      const narratesAfterQuote = !direct[i] || CLOSES_THEN_NARRATES.test(work[i].text)
      if ((direct[k] && narratesAfterQuote) || afterQuote.has(k)) return null
      // a quote with no speaker inside a speaker's stretch belongs to that speaker (README, round 5)
      if (direct[i] && direct[k]) return resolved[k]
    }
    // only the paragraph's opener carries: a sentence with its own cue, or one closed by its own attribution; a negated
    // report ("Las autoridades no han reportado lesionados") opens no account to carry
    return first < i && own[first] && !findingAt.has(first) && resolved[first] && !negatedReport(work[first].text, own[first]!) ? resolved[first] : null
  }

  /**
   * README, "The closing source, stated as a rule" (session 21): a closing attribution after narration or indirect speech
   * (", said X.", "…, сообщила X", "…, avait précisé le parquet") covers the sentences before it in its paragraph, back to
   * the previous sentence with a cue of its own. A direct quote's closing attribution covers the quote only: narration
   * before a direct quote stays the reporter's. In German it covers only the sentences in the reported-speech mood. A
   * backward cue ("Об этом сообщил X.", "Das teilte die Polizei mit.") names the source of the sentence just before it.
   */
  function closingAttributionCarriesBack(i: number): ExtractedSourcing | null {
    const block = work[i].block
    for (let k = i + 1; k < n && work[k].block === block; k++) {
      if (!own[k]) continue
      const pointsHere = backward(k) && k === i + 1
      if (pointsHere) return resolved[k]
      if (!closing[k] || reported(i) === false) return null
      if (direct[k] !== direct[i]) return directQuoteClosingCovers(i, k) ? resolved[k] : null
      return resolved[k]
    }
    return null
  }

  /**
   * Decided in session 26 (README, "Decided in session 26"): a direct quote's closing attribution covers the quote only;
   * narration before a direct quote stays the reporter's unless that narration is itself in the reported-speech mood
   * (German Konjunktiv, reportive "soll … haben"). The round-5 reading that a closing attribution on a quote ending a
   * paragraph carries back over the paragraph's narration ("… nadie hace nada", dicen los vecinos.) is overruled.
   */
  function directQuoteClosingCovers(i: number, k: number): boolean {
    return direct[k] && !direct[i] && reported(i) === true
  }

  /** A backward cue ("Das teilte die Polizei mit.") that really points back, not a German article before a noun ("Das Kind sei …"). */
  function backward(k: number): boolean {
    return own[k]?.backward === true && !articleNotPronoun(work[k].text, work[k].language ?? ctx.language)
  }

  /**
   * README, round 4 and session 21: "Об этом сообщил X." says who said the sentence before it, which takes X as its source;
   * so does "Así lo revelaron fuentes policiales, …" opening the paragraph after the lead (lavoz: "the lead and the cue
   * sentence are both anon"). The sentence before is the last of the previous paragraph.
   */
  function backwardCueAcrossParagraph(i: number): ExtractedSourcing | null {
    const k = i + 1
    if (k >= n || work[k].block === work[i].block || !backward(k) || firstOf(k) !== k) return null
    return resolved[k]
  }

  /**
   * README, round 5 (German): "A Konjunktiv paragraph with no speaker, right after the spokesman's paragraphs, is his"; and
   * (carry set 1) "German Konjunktiv carries the last source also mid-paragraph". The Konjunktiv I of a main clause with no
   * cue of its own is reported speech, so it goes on with the report in play: the last source named before it, in its own
   * paragraph or the one before, across indicative narration in between ("Wenig später trafen drei Streifenwagen ein.
   * Verletzt worden sei niemand."). An unsourced reportive "soll" in between opens a report of its own, with no source,
   * and the Konjunktiv after it belongs to that report ("Ein Nachbar soll das Feuer gelegt haben. Er sei …": none).
   */
  function konjunktivParagraphContinues(i: number): ExtractedSourcing | null {
    if (reported(i, false) !== true || direct[i]) return null
    const language = work[i].language ?? ctx.language
    for (let k = i - 1; k >= 0 && work[i].block - work[k].block <= 1; k--) {
      if (resolved[k]) return resolved[k]
      if (reportiveModal(work[k].text, work[k].language ?? language)) return null
    }
    return null
  }

  for (let i = 0; i < n; i++) {
    // (a first-person quotation nobody is named for keeps no source here but its cue, 'quote': extract() makes it an unnamed person's
    // words once the learned carry model has had its turn)
    work[i].sourcing = resolved[i] ?? (unnamedQuote.has(i) ? { ...UNATTRIBUTED, cue: 'quote' } : UNATTRIBUTED)
    // (session 33) …unless it confirms: "Das bestätigte ein Polizeisprecher." asserts the fact again, now on the source's word (a claim)
    if (backward(i) && i > 0 && work[i - 1].block === work[i].block && BARE_ATTRIBUTION.test(work[i].text) && !confirms(work[i].text, work[i].language ?? ctx.language)) work[i].attributionOnly = true
  }
}

/**
 * German "so" attributes only after the words it attributes, set off by a comma, a dash or a closing quotation mark
 * (", so die Polizei.", "…“, so Marxsen."). An adverb "so" inside a clause ("Gegen 23 Uhr sei er so eingestiegen", "Das
 * Feuer sei so schnell gewachsen") or opening a sentence ("So habe der Täter …", "thus") names nobody: the sentence keeps
 * the source of the report it belongs to. (The root is the de pack's verb list, where "so" matches anywhere.)
 */
export function adverbSo(text: string, a: FoundAttribution, language: string): boolean {
  const adverb = packFor(language).attribution.adverbCue
  return adverb !== undefined && a.cue === adverb.cue && !adverb.afterWords.test(text)
}

/**
 * A pro-drop report with no subject written ("Dijo que …", "Se informó que …", "En el escrito indicaron que …"): the finder
 * supplies the pack's pronoun for it, which the sentence does not contain. Pointer phrases ("según la misma fuente") are
 * not verbs of saying and keep their reach.
 */
export function impliedSubject(text: string, a: FoundAttribution, language: string): boolean {
  const pack = packFor(language)
  if (!pack.attribution.proDrop || a.attribution !== pack.attribution.pronouns.singular[0] || !a.cue || !verbOfSaying(language).test(a.cue)) return false
  return !new RegExp(`(?<![\\p{L}])${a.attribution}(?![\\p{L}])`, 'iu').test(text)
}
const sayingVerbs = new Map<string, RegExp>()
/** The pack's verbs of saying as a test of the whole cue, with word edges that know accented letters ("informó", "señaló"). */
function verbOfSaying(language: string): RegExp {
  let re = sayingVerbs.get(language)
  if (!re) {
    const verbs = wordBounded(packFor(language).attribution.verbs)
    sayingVerbs.set(language, (re = new RegExp(`^(?:${verbs.source})$`, verbs.flags.replace('g', ''))))
  }
  return re
}

/** The attribution's subject is the speaker herself, in the first person singular ("я", "I", "je", "ich", "yo", "나는", "저는"). */
const FIRST_PERSON_SUBJECT = new RegExp(`(?:^|[\\s,(-])(?:${packUnion((a) => a.firstPersonSubject)})\\s*$`, 'u')
export function firstPersonSpeaker(a: FoundAttribution): boolean {
  return a.attribution !== null && !a.pronoun && FIRST_PERSON_SUBJECT.test(a.attribution)
}

/**
 * German word order puts the finite verb second: a backward "Das"/"Dies" is the object of the verb right after it ("Das
 * teilte die Polizei mit", "Dies bestätigte ein Sprecher"). Anything else after it makes it an article ("Das Kind sei …",
 * "Das im Juni gestartete Konzept zeige …"), which points at nothing.
 */
export function articleNotPronoun(text: string, language: string): boolean {
  const backward = backwardPronoun(language)
  if (!backward) return false
  const m = backward.pronoun.exec(text)
  if (!m) return false
  const next = m[1].replace(/[^\p{L}]+$/u, '')
  return !(backward.finite.test(next) || finalVerb(language).test(next))
}
const backwardPronouns = new Map<string, { pronoun: RegExp; finite: RegExp } | null>()
/** The pack's backward pronoun opening a sentence, with the word after it captured, and its finite verb forms as whole words. */
function backwardPronoun(language: string): { pronoun: RegExp; finite: RegExp } | null {
  let out = backwardPronouns.get(language)
  if (out === undefined) {
    const b = packFor(language).attribution.backwardPronoun
    out = b ? { pronoun: new RegExp(`^\\s*(?:${b.pronoun.source})\\s+(\\S+)`, 'u'), finite: new RegExp(`^(?:${b.finite.source})$`, 'u') } : null
    backwardPronouns.set(language, out)
  }
  return out
}

/** A negation right before the cue: "no han reportado", "did not say", "n'a pas précisé", "hat nicht mitgeteilt", "не сообщили". */
const NEGATION_BEFORE = new RegExp(
  `(?:^|[\\s,])(?:${packUnion((a) => a.negation)})(?:\\s+\\p{L}+){0,2}\\s*$|(?:${packUnion((a) => a.negationClitic)})(?:\\s+\\p{L}+){0,2}\\s*$`,
  'iu',
)
/** A report in the negative opens no account for the paragraph to rest on: the source said nothing that could carry. */
export function negatedReport(text: string, a: FoundAttribution): boolean {
  if (!a.cue || a.cue === 'quote') return false
  const at = text.toLowerCase().indexOf(a.cue.toLowerCase())
  return at > 0 && NEGATION_BEFORE.test(text.slice(0, at))
}

/**
 * The writer sets aside what was said and sums up ("Quoi qu'il en soit, l'arme est en lieu sûr", "In any case", "En
 * cualquier caso", "Так или иначе"): the sentence is the reporter's own, not the paragraph's source's. (Session 29, ruko2) So is the
 * writer's recap of what was reported before ("Напомним, что …", "Pour rappel, …", "Recordemos que …", "Zur Erinnerung: …").
 */
const WRITER_SUMS_UP = new RegExp(`^[\\s«“"„]*(?:${packUnion((a) => a.writerSumsUp)})(?![\\p{L}])`, 'iu')
/**
 * A second strand of the story opened by the writer ("Parallèlement, …", "Meanwhile, …", "Separately, …", "Между тем, …",
 * "Unterdessen …", "Mientras tanto, …", "한편 …"): not the paragraph's source going on. Additive "Además", "Zudem",
 * "Außerdem" are not in it: they go on with the same account.
 */
const SECOND_STRAND = new RegExp(`^[\\s«“"„]*(?:${packUnion((a) => a.secondStrand)})(?![\\p{L}])`, 'iu')

export function writerSumsUp(text: string): boolean {
  return WRITER_SUMS_UP.test(text)
}

/** A person's name opening a sentence as its subject: "Marie Durand a vu …", "Hadrien, lui, a …", "Peter Vogel, der Nachbar, …". */
const NAME_SUBJECT = new RegExp(
  `^(\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){1,2})(?=[\\s,])(?!\\s+\\p{Lu})|^(\\p{Lu}\\p{Ll}{2,}),\\s(?:${packUnion((a) => a.stressedPronouns)})\\s?,`,
  'u',
)
const CLOSES_THEN_NARRATES = /^[»”“"]\s*\p{Lu}/u
/** The first person inside a quote: a witness speaking for themself. */
const FIRST_PERSON = new RegExp(`(?:^|[\\s«“"„'’])(?:${packUnion((a) => a.firstPerson)})(?=[\\s,.!?;:»”"])`, 'iu')

function namedSubjectOf(previous: string, quote: SentenceWork[], names: Map<string, SourcingType>): ExtractedSourcing | null {
  const m = NAME_SUBJECT.exec(previous)
  if (!m || !quote.some((w) => FIRST_PERSON.test(w.text))) return null
  const name = m[1] ?? m[2]
  if (!isNameWord(name.split(/[\s-]/)[0]) || hasFunctionWord(name)) return null
  const type = classifySpeaker(name, '', null, names)
  return type === 'named-source' || type === 'official' ? { type, attribution: name, cue: 'quote' } : null
}

/** A backward attribution with nothing after its speaker but a short tail: no "что …", "dass …", ", добавив". */
/** (session 33) The pack's verbs of confirming in a sentence (types.ts `confirmingVerbs`). */
function confirms(text: string, language: string): boolean {
  return packFor(language).attribution.confirmingVerbs?.test(text) === true
}

const BARE_ATTRIBUTION = /^[^,;:«»“”"„]{0,160}(?:«[^»]{0,60}»[^,;:«»“”"„]{0,100})?[.!]?\s*$/u

/** A paragraph of dialogue opens with a dash: "— Подъехав ближе, …", "- Когда …". */
const DIALOGUE_DASH = /^[—–-]\s*\p{Lu}/u
/** The speaker set in by a dash after the words: ", — рассказали в пресс-службе", ". - добавил Корнаухов". */
const DASH_INCISE = /[,.!?…]\s*[—–-]\s*\p{Ll}/u

const OPENING_MARK = /^[\s—–-]*[“"„«『「‹]/u
/** A speaker introduces the quotation: `X said: "…"`, `X dijo: «…»`, `He went on, “In Majeon-dong …”`. */
const INTRODUCED_QUOTE = /[:：,，]\s*[“"„«『「‹][^“”"„«»『』「」‹›]{12,}[”"“»』」›]?[\s.!?…]*$/u
/** A Korean or Japanese quotation closed by its quotative particle: `X는 『…』고 말했다`, `"…"라며`. */
const QUOTATIVE_CLOSE = new RegExp(`[”"』」’'»]\\s?(?:${packUnion((a) => a.quotativeParticles)})`, 'u')

/**
 * A direct quote (README: "A sentence of narration after a direct quote does not inherit the quote's speaker"; "A direct
 * quote's closing attribution covers the quote only"): a sentence that opens with its quotation or inside one, or whose
 * speaker introduces the quotation. Words quoted inside narration or indirect speech («tentative de meurtre», "gran
 * cantidad", L'élu « présente trois plaies … », avait précisé le parquet) do not make one.
 */
export function isDirectQuote(text: string, continuesQuote = false): boolean {
  return continuesQuote || OPENING_MARK.test(text) || INTRODUCED_QUOTE.test(text) || QUOTATIVE_CLOSE.test(text)
}

/** A Korean reported clause's quotative ending right before the speaker: "…이라고 ", "…없다고 ", "…하냐고 ", "…”고 ". */
const CLAUSE_AFTER = new RegExp(`^[^.!?]{0,60}?\\b(?:${packUnion((a) => a.complementizers)})\\b`, 'iu')

/**
 * A closing attribution (README, "The closing source, stated as a rule"): the cue and its speaker come after the reported
 * content, set off by a comma, a dash or a closing quotation mark (", said X.", "…, según estableció Bomberos.", "…,
 * сообщила пресс-служба", "…, wie die Polizei mitteilte."), and no clause of content follows them (", añadió que …" opens
 * its content instead). English attributions mark it themselves (`trailing`).
 */
export function isClosingAttribution(text: string, a: FoundAttribution, language = 'en'): boolean {
  if (a.trailing) return true
  // (session 30) Korean is verb-final: the closing is the speaker named after the reported clause's quotative ending ("…회복 중이라고
  // 경찰은 설명했다", "…없다고 소방 관계자가 전했다"); with the speaker first ("경찰은 … 밝혔다") the attribution opens the sentence
  const quotativeEnd = packFor(language).attribution.quotativeEnd
  if (quotativeEnd && a.attribution && a.attribution !== 'quote') {
    const who = text.lastIndexOf(a.attribution)
    if (who > 0) {
      const before = text.slice(0, who)
      if (quotativeEnd.test(before) && (before.match(/[가-힣]+/gu)?.length ?? 0) >= 3) return true
    }
  }
  const lower = text.toLowerCase()
  let at = -1
  for (const part of [a.cue, a.attribution]) {
    if (!part || part === 'quote') continue
    const k = lower.lastIndexOf(part.toLowerCase())
    if (k > 0 && (at < 0 || k < at)) at = k
  }
  if (at < 0) return false
  const before = text.slice(0, at)
  if (!/(?:[,;—–]|[»”"“])\s*$/u.test(before) || (before.match(/\p{L}+/gu)?.length ?? 0) < 3) return false
  // what follows the speaker is a short tail ("am Samstag", "ce mercredi", "on Tuesday"), not the rest of the content
  // (", как сообщают соседи, начался …" and ", согласно … статистике, превышает …" are parentheses, not closings)
  let end = at
  for (const part of [a.cue, a.attribution]) {
    if (!part || part === 'quote') continue
    const k = lower.lastIndexOf(part.toLowerCase())
    if (k >= 0) end = Math.max(end, k + part.length)
  }
  const tail = text.slice(end)
  const words = tail.match(/\p{L}+/gu) ?? []
  // (session 31) a pointer set off inside its clause, before the clause's predicate ("его второй этаж, по словам жильцов, пустует",
  // "El segundo piso, según los vecinos, estaba vacío", "The second floor, according to residents, was empty"): the clause goes on
  // after the speaker's comma, so the cue is a parenthesis of this sentence, not a closing over the sentences before it
  // (up to three words; where the pack lists its relative pronouns, up to a closing's six unless the tail opens with one: ", по словам
  // соседей, в доме особо никто не общался" is the clause going on, ", по словам соседей, которые …" a relative clause on the speaker)
  if (a.cue && a.attribution && !saysVerb(a.cue, language) && lower.lastIndexOf(a.cue.toLowerCase()) < lower.lastIndexOf(a.attribution.toLowerCase()) && PREDICATE_AFTER_ASIDE.test(tail)) {
    const relative = relativePronoun(language)
    if (!relative?.test(words[0] ?? '') && (words.length <= 3 || (relative !== null && words.length <= 6))) return false
  }
  // a verb-final attribution clause runs to the sentence's end ("…, wie Polizei und Staatsanwaltschaft in Dessau am Montag mitteilten.")
  const verbFinal = words.length > 0 && finalVerb(language).test(words[words.length - 1])
  return (words.length <= 6 || verbFinal) && !CLAUSE_AFTER.test(text.slice(at))
}

const relativePronouns = new Map<string, RegExp | null>()
/** The pack's relative pronouns as a test of one whole word, or null when the pack lists none. */
function relativePronoun(language: string): RegExp | null {
  let re = relativePronouns.get(language)
  if (re === undefined) {
    const words = packFor(language).attribution.relativePronouns
    relativePronouns.set(language, (re = words ? new RegExp(`^(?:${words.source})$`, 'iu') : null))
  }
  return re
}
/** The rest of the clause after a speaker set off by commas: ", пустует.", ", estaba vacío." (shape only). */
const PREDICATE_AFTER_ASIDE = /^\s*,\s*\p{Ll}[^,;:«»“”"]*$/u

const finalVerbs = new Map<string, RegExp>()
/** The pack's reporting verbs, as a test of one whole word. */
function finalVerb(language: string): RegExp {
  let re = finalVerbs.get(language)
  if (!re) finalVerbs.set(language, (re = new RegExp(`^(?:${packFor(language).attribution.verbs.source})$`, 'iu')))
  return re
}

/** The sentence is in the language's reported-speech mood (German Konjunktiv, reportive "soll … haben"). */
export function inReportedMood(text: string, language: string): boolean {
  const marker = packFor(language).attribution.reportedSpeech
  return marker !== undefined && (marker.test(text) || reportiveModal(text, language))
}

/**
 * The decided rule (session 26) for the learned carry model too: a direct quote's speaker never passes to narration before
 * or after the quote ("narration after a direct quote does not inherit", "a direct quote's closing attribution covers the
 * quote only"), unless the narration is in the reported-speech mood.
 */
export function quoteSpeakerMayPass(claim: string, source: string, language: string): boolean {
  // the rest of a quotation that opened in an earlier sentence ("Some of them could not leave.”") is still the quote
  const quote = isDirectQuote(claim) || (QUOTE_ENDS.test(claim) && !QUOTE_OPENS.test(claim))
  return !(isDirectQuote(source) && !quote && !inReportedMood(claim, language))
}
const QUOTE_ENDS = /[”"»』」›][\s.,!?…)]*$/u
const QUOTE_OPENS = /[“„«『「‹]|(?:^|\s)"/u

/**
 * README, round 6 (label-d): "soll … haben" is the reported-speech mood the German rule covers ("I took the reportive
 * 'soll' as the reported-speech mood"), unlike a planned "soll … vorgeführt werden".
 */
export function reportiveModal(text: string, language: string): boolean {
  return packFor(language).attribution.reportiveModal?.test(text) ?? false
}

