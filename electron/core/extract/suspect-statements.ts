// A suspect's own statement is not a claim (lead decision s32, README "Carry check set 8"): an admission, a denial, a stated
// motive or a self-description that the police relay with no cue of their own ("Cet homme … a reconnu en garde à vue son
// implication", "В управлении уголовного розыска подозреваемый заявил, что утопил ребенка") is N. Relayed with the police's own
// cue it stays their claim (`official`); an account by a source who is not the suspect stays that source's. The words live in
// the packs' `suspects` section; this file only reads the sentence's shape.
import { packFor } from '../lang'
import type { ExtractedSourcing } from './types'

/** The subject's span and the verb may be apart by a short run of words, not by a clause (a comma or a quote). */
const SUBJECT_GAP = /^[^,;:«»"“”„]{0,40}$/u
/** A whole quote between them is the statement itself (SOV: "A씨는 경찰 조사에서 “…”고 진술했다"). */
const WHOLE_QUOTE = /“[^“”]*”|«[^«»]*»|„[^„“”]*[“”]|"[^"]*"/gu

function subjectGap(gap: string): boolean {
  return SUBJECT_GAP.test(gap.replace(WHOLE_QUOTE, ''))
}

/** Only a sentence whose speaker is the suspect himself: nobody named, or the sentence's own subject before the verb. */
function speakerIsSubject(sentence: string, sourcing: ExtractedSourcing, verb: RegExpExecArray, accused: RegExp): boolean {
  const verbAt = verb.index
  const verbEnd = verb.index + verb[0].length
  if (sourcing.type === 'unattributed') return true
  if (sourcing.type !== 'anonymous-source' && sourcing.type !== 'named-source') return false
  const attribution = sourcing.attribution?.trim()
  if (!attribution) return true
  if (accused.test(attribution)) return true
  const at = sentence.indexOf(attribution)
  // a carried source (the attribution is another sentence's) or a source before the suspect ("selon une source, le suspect a avoué")
  if (at < 0) return false
  if (at + attribution.length <= verbAt) return subjectGap(sentence.slice(at + attribution.length, verbAt))
  // the subject after the verb (German verb second, "räumte der 31-Jährige … ein"; "confesó el detenido")
  return at < verbEnd || subjectGap(sentence.slice(verbEnd, at))
}

/** Each pack's suspect nouns with the global flag, built once (a new pattern per sentence showed the cost of compiling it). */
const globalOf = new WeakMap<RegExp, RegExp>()

/** A suspect noun is the verb's subject: the last one before the verb, with no clause between them. */
function suspectOpens(before: string, accused: RegExp): boolean {
  let all = globalOf.get(accused)
  if (!all) globalOf.set(accused, (all = new RegExp(accused.source, accused.flags.includes('g') ? accused.flags : accused.flags + 'g')))
  all.lastIndex = 0
  let last: RegExpExecArray | null = null
  for (let m = all.exec(before); m; m = all.exec(before)) {
    last = m
    if (m[0].length === 0) all.lastIndex++
  }
  return last !== null && subjectGap(before.slice(last.index + last[0].length))
}

/** True when the sentence is a suspect's own statement with no relayer's cue of its own: the extractor leaves it out (N). */
export function isSuspectStatement(sentence: string, language: string, sourcing: ExtractedSourcing): boolean {
  const words = packFor(language).suspects
  if (!words) return false
  // only what the police heard (custody, questioning): an admission narrated with no such frame ("The suspect admitted the theft",
  // "Задержанный признался в краже велосипеда") stays the event, a claim with no source (README, "Words that are the event")
  if (!words.questioning.test(sentence)) return false
  // an admission or a denial heard in custody
  const admission = words.admits.exec(sentence)
  if (admission && speakerIsSubject(sentence, sourcing, admission, words.accused)) return true
  // a verb of saying: a suspect as its subject (what he says of himself there is his version of the act)
  const saying = words.says.exec(sentence)
  if (!saying) return false
  const before = sentence.slice(0, saying.index)
  const suspect = suspectOpens(before, words.accused) || (words.ownOffence?.test(sentence) ?? false)
  return suspect && speakerIsSubject(sentence, sourcing, saying, words.accused)
}
