// Invented sentences for the sentence cut and the headline+dateline cut (segment5, session 26, second round).
// Each class has sentences that must change and nearby ones that must not. Invented, not corpus text; the rules were
// written for these classes, so the grid is in-sample for them: it guards, it does not measure.
import { describe, expect, it } from 'vitest'
import { extract } from './index'

function cut(text: string, language: string): { title: string | null; claims: string[]; bylines: string[] } {
  const r = extract(text, { language })
  return {
    title: r.nonClaims.find((n) => n.kind === 'title')?.text ?? null,
    claims: r.claims.map((c) => c.text),
    bylines: r.nonClaims.filter((n) => n.kind === 'byline').map((n) => n.text),
  }
}

const BODY: Record<string, string> = {
  en: 'Heavy rain flooded three villages on Tuesday, the regional government said. Around 200 residents were moved to a school.',
  de: 'Starker Regen hat am Dienstag drei Dörfer überflutet, wie die Landesregierung mitteilte. Rund 200 Bewohner wurden in eine Schule gebracht.',
  es: 'Las lluvias inundaron el martes tres pueblos, según informó el gobierno regional. Unos 200 vecinos fueron trasladados a una escuela.',
  fr: "De fortes pluies ont inondé mardi trois villages, a indiqué la préfecture. Quelque 200 habitants ont été hébergés dans une école.",
  ko: '폭우로 화요일 세 마을이 물에 잠겼다고 도 당국이 밝혔다. 주민 200여 명이 학교로 대피했다.',
  ru: 'Сильные дожди во вторник затопили три села, сообщили в региональном правительстве. Около 200 жителей переселили в школу.',
}

describe('headline run together with its dateline (must change)', () => {
  it.each([
    ['en', 'Flood warning for the Rhine valley', 'BERLIN (dpa) - '],
    ['en', 'Storm closes schools across the state', 'NEW YORK (AP) — '],
    ['de', 'Hochwasser am Rhein', 'Köln (dpa) – '],
    ['fr', 'Inondations dans le Gard', 'PARIS, 27 nov (Reuters) - '],
    ['es', 'Lluvias en Valencia', 'MADRID, 27 Nov. (EUROPA PRESS) - '],
    ['ko', '폭우 경보', '[서울=연합뉴스] '],
    ['ru', 'Паводок в Якутии', 'МОСКВА, 27 ноя — РИА Новости. '],
  ])('%s: %s %s', (language, headline, dateline) => {
    const r = cut(`${headline} ${dateline}${BODY[language]}\n`, language)
    expect(r.title).toBe(headline)
    expect(r.bylines).toEqual([dateline.trim()])
    expect(r.claims[0].startsWith(BODY[language].slice(0, 12))).toBe(true)
  })
})

describe('headline run together with its dateline (must not change)', () => {
  it.each([
    // a dateline that opens the line: no headline before it
    ['en', 'BERLIN (dpa) - '],
    ['es', 'MADRID, 27 Nov. (EUROPA PRESS) - '],
    ['ru', 'МОСКВА, 27 ноя — РИА Новости. '],
  ])('%s: a dateline alone, %s', (language, dateline) => {
    const r = cut(`${dateline}${BODY[language]}\n`, language)
    expect(r.title).toBeNull()
    expect(r.bylines).toEqual([dateline.trim()])
  })

  it('a title-case place with no outlet in the middle of a line is not a dateline', () => {
    const text = `Die Lage in Witten – Starker Regen hat am Dienstag drei Dörfer überflutet, wie die Landesregierung mitteilte.\n`
    expect(cut(text, 'de').title).toBeNull()
  })

  it('a capitalised word after a sentence stop is not a headline cut; nor a cut below the first body sentence', () => {
    const en = `${BODY.en}\n\nOfficials warned of more rain in the Rhine valley BERLIN (dpa) - The weather service said so.\n`
    expect(cut(en, 'en').title).toBeNull()
    const short = `Floods BERLIN (dpa) - ${BODY.en}\n`
    expect(cut(short, 'en').title).toBeNull()
  })
})

describe('dialogue paragraph: the quote run after the attribution is its own sentence and keeps the speaker', () => {
  it.each([
    ['- Вода пришла ночью, мы ничего не успели вынести, - рассказывает Галина Петрова. - Мы три дня жили у соседей.', 'Галина Петрова'],
    ['— Вода пришла ночью и залила весь первый этаж, — сказал глава поселения Иван Сидоров. — Дома остались без света.', 'глава поселения Иван Сидоров'],
  ])('%s', (paragraph, speaker) => {
    const claims = extract(`Жители села пострадали от паводка.\n\n${paragraph}\n`, { language: 'ru' }).claims
    expect(claims.length).toBe(3)
    expect(claims[0].sourcing.type).toBe('unattributed')
    expect(claims.slice(1).map((c) => c.sourcing.attribution)).toEqual([speaker, speaker])
  })
})
