// Korean cues: "X에 따르면", "X을 인용해", a final reporting verb ("밝혔다", "말했다") with its topic or the subject
// right before it, a topic that opens a quote, and an office relaying what it found.
import type { LanguagePack } from '../lang'
import type { AttributionContext, FoundAttribution } from './attribution-types'
import { make } from './attribution-span'
import { hasSourceWord, looksLikeOutlet } from './sourcing'

const KO_TOPIC = /^((?:\S+\s){0,4}?\S+?)(?:은|는|이|가)\s/u
const KO_CONTINUES = /^(?:이어|이어서|또|또한|그러면서|아울러|그는|그녀는|[“"‘'])/u
const RELAYED = /(?:다는|라는|이라는)\s\S+(?:을|를)?\s(?:토대로|바탕으로|근거로)|(?:토대로|바탕으로)\s/u
const KO_CITING = /((?:\S+\s){0,3}\S+?)(?:을|를) 인용(?:해|하여|한)/u

export function findKorean(sentence: string, masked: string, ctx: AttributionContext, pack: LanguagePack): FoundAttribution | null {
  const according = pack.attribution.after && pack.attribution.afterCue?.test(masked) !== false ? pack.attribution.after.exec(masked) : null
  if (according) {
    const speaker = according[1] ?? according[2] ?? according[3]
    const at = according.index + according[0].indexOf(speaker)
    return make(sentence.slice(at, at + speaker.length).trim(), according[1] ? '따르면' : according[2] ? '추산' : '취재', ctx)
  }
  // the look-back pattern is costly on every Korean sentence: test the plain word first
  const citing = masked.includes('인용') ? KO_CITING.exec(masked) : null
  if (citing) return make(citing[1], '인용', ctx)
  const verbs = pack.attribution.verbs
  verbs.lastIndex = 0
  const verb = verbs.exec(masked)
  if (!verb) {
    // "하 대표는 인터뷰에서 “...": the speaker opens a quote that ends in a later sentence
    const quote = sentence.search(/[“"]/)
    const topic = quote > 0 ? KO_TOPIC.exec(sentence.slice(0, quote)) : null
    if (topic) return make(topic[1], '“', ctx)
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
  const cut = Math.max(clause.lastIndexOf('고 '), clause.lastIndexOf('며 '))
  const near = cut >= 0 ? /^\s*((?:\S+\s){0,2}?\S+?)(?:이|가|은|는)\s/u.exec(clause.slice(cut + 2)) : null
  const topic = KO_TOPIC.exec(masked)
  // "경북소방본부는 … 추정되고 … 확인했다": a word cut out of the clause is no speaker when an office opens the sentence
  if (near && !hasSourceWord(near[1]) && topic && make(sentence.slice(0, topic[1].length), verb[1] ?? verb[0], ctx).type === 'official') {
    return make(sentence.slice(0, topic[1].length), verb[1] ?? verb[0], ctx)
  }
  if (near) return make(near[1], verb[1] ?? verb[0], ctx)
  const speaker = topic ? sentence.slice(0, topic[1].length) : null
  // Korean leaves the subject out: "이어 “…”고 덧붙였다" goes on with the speaker before
  if (!speaker) return KO_CONTINUES.test(sentence) ? make(pack.attribution.pronouns.singular[0], verb[1] ?? verb[0], ctx) : null
  const outletMention = outlet && looksLikeOutlet(outlet[1]) ? outlet[1] : null
  return make(speaker, verb[1] ?? verb[0], ctx, outletMention)
}
