// Session 33 (suspects1): a suspect's own statement relayed by the police is not a claim (lead decision s32: "A suspect's own
// statement relayed by police (motive, admission, self-description) is N"; README, carry set 8: "with no relayer's cue in the
// sentence"). Invented cells from each language's grammar: ones that must change (a claim on main 87e24f4, typed as the
// suspect's or nobody's) and near misses that must not (the police's own cue, another source, a witness, a defendant in court,
// a hedged report, an admission narrated with no custody or questioning, an act of the police).
import { describe, expect, it } from 'vitest'
import { extract } from './index'

const HEAD: Record<string, string> = { en: 'Headline', de: 'Titel', es: 'Título', fr: 'Titre', ru: 'Заголовок', ko: '제목' }

/** How the extractor treats the sentence as the body of a short page: a claim (with its sourcing type) or a skipped reason. */
function fate(language: string, sentence: string): string {
  const result = extract(`${HEAD[language]}\n\n${sentence}`, { language })
  const claim = result.claims.find((c) => c.text === sentence)
  if (claim) return claim.sourcing.type
  return result.skipped?.find((s) => s.text === sentence)?.reason ?? 'gone'
}

describe('a suspect’s own admission, denial or motive, heard by the police, is N', () => {
  const cells: [string, string][] = [
    ['en', 'The suspect admitted during questioning that he had set the fire.'],
    ['en', 'The suspect told detectives he stabbed the man because he owed him money.'],
    ['en', 'During police questioning, the 34-year-old confessed to the robbery.'],
    ['de', 'Der Tatverdächtige gestand bei seiner Vernehmung die Tat.'],
    ['de', 'Bei der Vernehmung räumte der 31-Jährige die Einbrüche ein.'],
    ['de', 'Der Beschuldigte sagte gegenüber den Ermittlern, er habe aus Eifersucht gehandelt.'],
    ['es', 'El detenido confesó en su declaración que había robado el coche.'],
    ['es', 'El sospechoso dijo a los agentes que actuó por celos.'],
    ['es', 'En su declaración, el joven negó haber participado en la agresión.'],
    ['fr', 'Le suspect a avoué en garde à vue avoir mis le feu à la voiture.'],
    ['fr', 'Lors de son audition, le mis en cause a expliqué avoir agi par jalousie.'],
    ['fr', 'Cet homme de 40 ans a reconnu en garde à vue son implication dans trois cambriolages.'],
    ['ru', 'На допросе подозреваемый признался в краже.'],
    ['ru', 'Задержанный объяснил полицейским, что хотел отомстить соседу.'],
    ['ru', 'В ходе допроса мужчина признал свою вину.'],
    ['ko', '피의자는 경찰 조사에서 범행을 자백했다.'],
    ['ko', 'A씨는 경찰 조사에서 “돈이 필요해 범행을 저질렀다”고 진술했다.'],
    ['ko', '용의자는 경찰 조사에서 혐의를 모두 인정했다.'],
  ]
  it.each(cells)('must change (%s): %s', (language, sentence) => {
    expect(fate(language, sentence)).toBe('suspect-statement')
  })
})

describe('near misses stay claims with their sourcing', () => {
  const cells: [string, string, string][] = [
    // the police relaying with a cue of their own (s32 decision: official)
    ['en', 'According to police, the suspect admitted the robbery.', 'official'],
    ['de', 'Laut Polizei gestand der Tatverdächtige die Tat.', 'official'],
    ['es', 'Según la Policía Nacional, el detenido confesó el robo.', 'official'],
    ['fr', 'Selon les gendarmes, le suspect a avoué les faits.', 'official'],
    ['ru', 'По данным полиции, задержанный признался в краже.', 'official'],
    ['ko', '서울 마포경찰서는 “피의자가 범행을 인정했다”고 15일 밝혔다.', 'official'],
    // another source before the suspect: that source's
    ['fr', 'Selon une source proche de l’enquête, le suspect a avoué.', 'anonymous-source'],
    // a witness's account to the police: the witness's (anon)
    ['en', 'A witness told police she saw the car speed away.', 'anonymous-source'],
    // a suspect's account of other facts outside custody (README: the party's)
    ['ko', '김씨는 “살인을 저질렀다”고 진술했다.', 'named-source'],
    ['ru', 'Задержанный сообщил, что скрывался в лесу, а также признал свою вину.', 'anonymous-source'],
    // a defendant in court: a protest of innocence is the event (README carry set 8), no suspect of the police stage
    ['de', 'Der Angeklagte bestritt vor Gericht die Vorwürfe.', 'unattributed'],
    ['es', 'Sin embargo, los tres acusados han negado cualquier participación en el crimen.', 'unattributed'],
    // a report through a hedge of its own stays the hedged report
    ['ko', 'A씨는 경찰 조사에서 자신의 혐의를 인정한 것으로 전해졌다.', 'unattributed'],
    // an admission narrated with no custody or questioning: the event, a claim with no source (README, "Words that are the event")
    ['en', 'The suspect admitted the theft of the car.', 'unattributed'],
    ['fr', 'Le suspect a avoué le vol de la voiture.', 'unattributed'],
    ['ko', '용의자는 혐의를 모두 인정했다.', 'unattributed'],
    // an act of the police, not a statement
    ['fr', 'Le suspect a été placé en garde à vue à la gendarmerie de Privas.', 'unattributed'],
    ['en', 'The suspect was taken into custody after a short chase.', 'unattributed'],
  ]
  it.each(cells)('must not (%s): %s', (language, sentence, sourcing) => {
    expect(fate(language, sentence)).toBe(sourcing)
  })
})
