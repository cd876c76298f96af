// Reads the speaker set of data/corpus/speakers/<lang>/ (session 25): published sentences with a speech or report cue,
// each in the stored page text around it, with the sourcing its text gives by the README's rules, labelled by reading
// before the extractor ran on them. Only the labelled sentences are scored (sourcing only; the hedge column is always `-`).
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseLabels, type PublishedArticle } from '../../electron/core/extract/published-corpus'
import { readLabelledPages } from './load'

export const SPEAKER_DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), 'speakers')

/** `dev`: the first collection (its misses were read and worked from); `check`: the second (session 25), labelled and
 * committed after the first rules had landed and before the extractor ran on it, scored once with its misses unread.
 * `dev2` / `check2` (session 26): a fresh collection on other topics (courts, politics, health, sport, weather), labelled
 * and committed before the extractor ran on it; dev2's misses may be read, check2's are never printed.
 * `dev3` / `check3` (session 27): a third, larger fresh collection (courts, politics, health, sport, weather, crime),
 * labelled and committed before the extractor ran on it; dev3's misses may be read, check3's are never printed.
 * `dev4` / `check4` (session 28): a fourth fresh collection in de/en/es/fr only (courts, politics, health, sport, weather,
 * crime, culture), sentences with and without a cue of their own, split by host with a seeded shuffle, labelled and
 * committed before the extractor ran on it; dev4's misses may be read, check4's are never printed.
 * `dev5` / `check5` (session 29): a fifth fresh collection in de/en/es/fr (crime and courts, councils and residents' groups,
 * schools, animal shelters, sport, health, transport, festivals), every sentence of a kept passage labelled, split by host
 * with a seeded shuffle and committed before the extractor ran on it; dev5's misses may be read, check5's are never printed.
 * `dev6` / `check6` (session 30): a sixth fresh collection in de/en/es/fr (wolves and wild boar, road works and council
 * costs, cycling accidents and police appeals, courts, public baths, forests, school budgets), every sentence of a kept
 * passage labelled, split by host with a seeded shuffle and committed before the extractor ran on it; dev6's misses may
 * be read, check6's are never printed.
 * `dev7` / `check7` (session 31): a seventh fresh collection in de/en/es/fr (public offices and their heads: veterinary,
 * health, water and public-order offices, prosecutors, prefectures, sheriffs, fire services, school offices; drinking-water
 * and drought orders, food recalls, council budgets, police tickers), every sentence of a kept passage labelled, split by
 * host with a seeded shuffle and committed before the extractor ran on it; dev7's misses may be read, check7's are never
 * printed.
 * `dev8` / `check8` (session 32): an eighth fresh collection in de/en/es/fr (public bodies named with an acronym in brackets
 * and used alone after: RKI, DWD, FGE, ARS, OFB, CDC; prosecutors and police declining to give details; provisional
 * findings with the office named or in play; neighbours and residents named and unnamed, and role nouns pointing back to
 * them; sheriffs' offices), every sentence of a kept passage labelled, split by host with a seeded shuffle and committed
 * before the extractor ran on it; dev8's misses may be read, check8's are never printed.
 * `dev9` / `check9` (session 33): a ninth fresh collection in de/en/es/fr (state agencies by name and private bodies beside
 * them, provisional findings attributed to an office, interview Q&A, short confirmations and refusals), split by host
 * (sha1 of 's33-speakers12:' + host, % 100 < 50 -> dev9) and committed before the extractor ran on it; dev9's misses may be
 * read, check9's are never printed.
 * `dev10` / `check10` (session 34): a tenth fresh collection in de/en/es/fr from varied genres (town councils and their minutes,
 * hospitals and emergency-room waits, layoffs and unions, storms and weather services, sport clubs and a transfer, museum statistics,
 * residents and blogs), split by host (sha1 of 's34-speakers13:' + host read as a whole number, % 100 < 50 -> dev10) and committed
 * before the extractor ran on it; dev10's misses may be read, check10's are never printed. */
export type SpeakerPart = 'dev' | 'check' | 'dev2' | 'check2' | 'dev3' | 'check3' | 'dev4' | 'check4' | 'dev5' | 'check5' | 'dev6' | 'check6' | 'dev7' | 'check7' | 'dev8' | 'check8' | 'dev9' | 'check9' | 'dev10' | 'check10'

export function loadSpeakerSet(dir = SPEAKER_DIR): (PublishedArticle & { part: SpeakerPart })[] {
  return readLabelledPages(dir, '.speakers', (id, language, text, labels) => ({
    ...parseLabels(id, language, text, labels),
    part: (/^part:\s*(check|dev2|check2|dev3|check3|dev4|check4|dev5|check5|dev6|check6|dev7|check7|dev8|check8|dev9|check9|dev10|check10)\s*$/m.exec(labels.split(/^---$/m)[0])?.[1] as SpeakerPart | undefined) ?? 'dev',
  }))
}
