// Korean cues: "X에 따르면", "X을 인용해", a final reporting verb ("밝혔다", "말했다") with its topic or the subject
// right before it, a topic that opens a quote, and an office relaying what it found.
import type { LanguagePack } from '../lang'
import type { AttributionContext, FoundAttribution } from './attribution-types'
import { make } from './attribution-span'
import { hasSourceWord, looksLikeOutlet } from './sourcing'

const KO_TOPIC = /^((?:\S+\s){0,4}?\S+?)(?:은|는|이|가)\s/u
/** A topic right before a quote, after a clause closed by a connective ("부탁하자", "묻자", "질문에"): "… 묻자 김 감독은 “". */
const KO_TOPIC_BEFORE_QUOTE = /(?:자|는데|으며|며|질문에|물음에|묻자),?\s((?:\S+\s)?\S+?)(?:은|는)\s*$/u
const KO_CONTINUES = /^(?:이어|이어서|또|또한|그러면서|아울러|특히|다만|한편|그는|그녀는|[“"‘'])/u
const RELAYED = /(?:다는|라는|이라는)\s\S+(?:을|를)?\s(?:토대로|바탕으로|근거로)|(?:토대로|바탕으로)\s/u
/** A clause-closing connective: "…뛰었는데", "…상태이지만,", "…했으나". */
const KO_CONNECTIVE = /(?:는데|은데|던데|지만|으나|었으나|았으나)[\s,]/u
/** A bare Korean name: a common surname and one or two syllables ("박민호"). */
const KO_NAME = /^[김이박최정강조윤장임한오서신권황안송류유홍전고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉][가-힣]{1,2}$/u
/** A clip's speaker label opening a line: "[목격자] “", "[목격자 : ", "[이원구 / 서울 관악구 : ". */
const KO_CLIP = /^\[([^\[\]:\/“”"]{1,24}?)\s*(?:\/\s*([^\[\]:“”"]{1,40}?)\s*)?(?::\s*(?=\S)|\]\s*[“"])/u
/** The anchor's and the reporter's own labels: the outlet narrating, not a clip. */
const KO_CLIP_ANCHOR = /^(?:앵커|기자|리포트|리포터|사진|영상|자막|그래픽|인터뷰|현장음|녹취)$/u
/** A subject marked by the additive particle 도 right before a quote, up to five words ("… 자치회 총무도 “"). */
const KO_ADDITIVE_BEFORE_QUOTE = /^\s*((?:\S+\s){0,4}?\S+?)도\s*$/u
/** A person withheld by a letter: "A씨", "B 씨". */
const KO_PERSON_LETTER = /^[A-Z]\s?씨$/u
const KO_CITING = /((?:\S+\s){0,3}\S+?)(?:을|를) 인용(?:해|하여|한)/u

export function findKorean(sentence: string, masked: string, ctx: AttributionContext, pack: LanguagePack): FoundAttribution | null {
  // (session 28, ruko1) broadcast copy names the speaker of a clip in brackets: "[목격자] “…", "[인근 상인] “…", "[목격자 : …]",
  // "[이원구 / 서울 관악구 : …]": the label speaks; a bare role is unnamed, a name with its role after a slash is named, an office is official
  const clip = KO_CLIP.exec(sentence)
  if (clip && !KO_CLIP_ANCHOR.test(clip[1])) {
    const found = make(clip[2] ? `${clip[2].trim()} ${clip[1].trim()}` : clip[1].trim(), '“', ctx)
    if (found.type !== 'official') found.type = clip[2] ? 'named-source' : 'anonymous-source'
    return found
  }
  const according = pack.attribution.after && pack.attribution.afterCue?.test(masked) !== false ? pack.attribution.after.exec(masked) : null
  if (according) {
    const speaker = according[1] ?? according[2] ?? according[3]
    const at = according.index + according[0].indexOf(speaker)
    return make(sentence.slice(at, at + speaker.length).trim(), according[1] ? '따르면' : according[2] ? '추산' : '취재', ctx)
  }
  // the look-back pattern is costly on every Korean sentence: test the plain word first
  const citing = masked.includes('인용') ? KO_CITING.exec(masked) : null
  if (citing) return make(citing[1], '인용', ctx)
  // (session 32, ruko5) "목격자가 “무슨 일이냐”고 묻자 김씨는 달아났다": a quote closed by a -자 clause is an act inside the event; when
  // no topic (은/는) before it scopes over the main clause, the sentence is read again from the main clause on
  // (a quote mark is required: the regex runs only on sentences that hold a closing one)
  const sub = /[”"’]/u.test(sentence) ? pack.attribution.subordinateQuote?.exec(sentence) : undefined
  if (sub) {
    const close = sub.index
    const open = Math.max(sentence.lastIndexOf('“', close), sentence.lastIndexOf('"', close - 1), sentence.lastIndexOf('‘', close))
    const end = sub.index + sub[0].length
    // (a topic is a word of Hangul ending in 은/는 that is no adnominal verb form: "…냐”는 물음에" and "사는" open none)
    const topicBefore = sentence.slice(0, open).split(/\s+/u).some((w) => /[가-힣](?:은|는)$/u.test(w) && !pack.attribution.adnominalWords?.test(w))
    if (open >= 0 && !topicBefore) return end < sentence.length ? findKorean(sentence.slice(end), masked.slice(end), ctx, pack) : null
  }
  const verbs = pack.attribution.verbs
  verbs.lastIndex = 0
  const verb = verbs.exec(masked)
  if (!verb) {
    // "하 대표는 인터뷰에서 “...": the speaker opens a quote that ends in a later sentence
    // (session 34, ruko7) a mark with nothing after it closes a quote ("현재 시체가 현장 안에 있다.\""): the words before it are quoted
    const quote = sentence.search(/[“"](?=\s*\S)/u)
    // (session 28, ruko1) "…평가를 부탁하자 김 감독은 “…": after a clause closed by a connective the topic right before the quote speaks
    const topic = quote > 0 ? KO_TOPIC_BEFORE_QUOTE.exec(sentence.slice(0, quote)) ?? KO_TOPIC.exec(sentence.slice(0, quote)) : null
    // (a quoted title, "극단은 “햄릿”이라는 연극을", is no quotation)
    if (topic && !/^[“"][^”"]{1,40}[”"](?:이)?라는\s/u.test(sentence.slice(quote))) return make(topic[1], '“', ctx)
    // "이상민의 상황에 대해선 “…": a quote about a matter, with no one named, goes on with the speaker before
    if (quote > 0 && /에 대해(?:선|서는|서도|서)?\s*$/u.test(sentence.slice(0, quote))) return make(pack.attribution.pronouns.singular[0], '“', ctx)
    // an office at work is a source only when it relays what it was told or found ("…났다는 진술을 토대로 … 조사하고 있다");
    // "경찰은 화재 원인을 조사하고 있다" alone is the office acting (README: police acting are not a source)
    const work = RELAYED.test(masked) ? pack.attribution.officeVerbs?.exec(masked) : null
    const subject = work ? KO_TOPIC.exec(masked) : null
    const office = subject ? make(sentence.slice(0, subject[1].length), work![0], ctx) : null
    return office?.type === 'official' ? office : null
  }
  const outlet = /(\S+)에 전했다/.exec(sentence)
  // "…구속됐다고 내부 소식통이 1일 알려왔다": the speaker stands right before the verb, after the quoted clause
  const clause = masked.slice(0, verb.index)
  // "…낮을 것으로 기상청은 밝혔다": the reported clause ends in "고", "며" or "것으로", and a subject after it is the speaker
  const ends = [clause.lastIndexOf('고 ') + 2, clause.lastIndexOf('며 ') + 2, clause.lastIndexOf('것으로 ') + 4].filter((k) => k > 3)
  const cut = ends.length > 0 ? Math.max(...ends) : -1
  const near = cut >= 0 ? /^\s*((?:\S+\s){0,2}?\S+?)(?:이|가|은|는)\s/u.exec(clause.slice(cut)) : null
  const topic = koTopic(masked, pack)
  // "박민호가 교체를 하려다가 다시 뛰었는데 이에 대해선 “…”라고 밝혔다", "원인이 … 상태이지만, …다고 설명했다": a subject whose own
  // clause closes with a connective is not the one who speaks; the report has no subject, and the last speaker goes on
  // (likewise a topic that is no source and no name, inside the reported clause: "특히 다리는 … 크다고 관측했다")
  // (session 29, ruko2) a topic set before the quote opens ("지난 10일 MBN은 “…”라고 보도했다", "KBS는 “…”고 전했다") is outside the quoted
  // clause: it speaks, name or not
  const quoteAt = sentence.search(/[“"]/u)
  const beforeQuote = topic !== null && quoteAt > 0 && topic[0].length <= quoteAt && /^\s*$/u.test(sentence.slice(topic[0].length, quoteAt))
  const insideClause = !beforeQuote && cut > (topic?.[0].length ?? 0) && topic !== null && !KO_NAME.test(topic[1].split(/\s+/).pop() ?? '')
  if (!near && topic && !hasSourceWord(topic[1]) && (insideClause || KO_CONNECTIVE.test(clause.slice(topic[0].length, cut >= 0 ? cut : clause.length)))) {
    return make(pack.attribution.pronouns.singular[0], verb[1] ?? verb[0], ctx)
  }
  // "경북소방본부는 … 추정되고 … 확인했다": a word cut out of the clause is no speaker when an office opens the sentence
  if (near && !hasSourceWord(near[1]) && topic && make(sentence.slice(0, topic[1].length), verb[1] ?? verb[0], ctx).type === 'official') {
    return make(sentence.slice(0, topic[1].length), verb[1] ?? verb[0], ctx)
  }
  if (near) return make(near[1], verb[1] ?? verb[0], ctx)
  // (session 29, ruko2) "…사건을 수사 중인 경찰이 “…”며 “…”고 밝혔다": after a clause that describes it, the subject right before the
  // quote is the speaker when it is a source word (the first topic of the sentence is inside that clause)
  const subjectAtQuote = quoteAt > 0 ? /(?:^|\s)(\S+?)(?:이|가|은|는)\s*$/u.exec(sentence.slice(0, quoteAt)) : null
  if (subjectAtQuote && (!topic || topic[0].length < quoteAt - subjectAtQuote[0].length) && hasSourceWord(subjectAtQuote[1])) return make(subjectAtQuote[1], verb[1] ?? verb[0], ctx)
  // (session 33, ruko6) the additive particle 도 ("also") marks the subject as 은/는 does: "김영미 자치회 총무도 “…”고 말했다"; read only
  // right before the quote and only for a person, a role or a source (a time word, "이날도 “…”고 밝혔다", leaves the subject out)
  const additive = !topic && quoteAt > 0 ? KO_ADDITIVE_BEFORE_QUOTE.exec(sentence.slice(0, quoteAt)) : null
  // (a full name has three syllables here: a surname and one syllable is as often a word, "이날", "제주")
  const additiveSpeaker = additive && (hasSourceWord(additive[1]) || additive[1].split(/\s+/u).some((w) => (KO_NAME.test(w) && w.length === 3) || KO_PERSON_LETTER.test(w))) ? additive[1] : null
  const speaker = topic ? sentence.slice(0, topic[1].length) : additiveSpeaker
  // Korean leaves the subject out: "이어 “…”고 덧붙였다" goes on with the speaker before
  if (!speaker) return KO_CONTINUES.test(sentence) ? make(pack.attribution.pronouns.singular[0], verb[1] ?? verb[0], ctx) : null
  const outletMention = outlet && looksLikeOutlet(outlet[1]) ? outlet[1] : null
  return make(speaker, verb[1] ?? verb[0], ctx, outletMention)
}

/**
 * (session 32, ruko5) The sentence's topic or subject, as KO_TOPIC reads it (the words up to the first particle 은/는/이/가, up to
 * five words before it), except that an adnominal verb form ("사는", "운영하는", "난": the pack's adnominalWords) is no word with a
 * particle, and a subject right before one is the subject of a relative clause ("불이 난 동 1층에 사는 40대 오모씨는 …": 오모씨);
 * up to eight words are read then. Without adnominal words in the pack it is KO_TOPIC.
 */
function koTopic(masked: string, pack: LanguagePack): RegExpExecArray | null {
  const adnominal = pack.attribution.adnominalWords
  const plain = KO_TOPIC.exec(masked)
  if (!adnominal || !plain) return plain
  const words = plain[0].trim().split(/\s+/u)
  const particleWord = words[words.length - 1]
  const next = masked.slice(plain[0].length).match(/^\S+/u)?.[0] ?? ''
  if (!adnominal.test(particleWord) && !(/[이가]$/u.test(particleWord) && adnominal.test(next))) return plain
  const re = /\S+/gu
  let k = 0
  for (let m = re.exec(masked); m && k < 9; m = re.exec(masked), k++) {
    const w = m[0]
    if (!/[은는이가]$/u.test(w) || w.length < 2 || adnominal.test(w)) continue
    const after = masked.slice(m.index + w.length).match(/^\s(\S+)/u)
    if (!after) break
    if (/[이가]$/u.test(w) && adnominal.test(after[1])) continue
    const found = [masked.slice(0, m.index + w.length + 1), masked.slice(0, m.index + w.length - 1)] as unknown as RegExpExecArray
    found.index = 0
    return found
  }
  return null
}
