// The reasons a reviewer reads on every claim (session 33, reasons1; the classes of data/corpus/read-by-hand/s33.md): each
// must be true of the words it quotes. Invented sentences, one grid per class: `change` cells read wrong on main
// (2bf665d) and right now; `keep` cells are their near misses, which read right on main and must stay so.
import { describe, expect, it } from 'vitest'
import { featurize, SIGNAL_IDS, type SignalId } from './features'
import { scoreCheckworthiness } from './index'
import { NOTHING_FOUND } from './model'

/** The words a cue matched in the sentence, or null when it did not fire. */
function cue(sentence: string, language: string, id: SignalId): string | null {
  const v = featurize(sentence, { language, opensBlock: false, wording: false, bits: 18 })
  const i = SIGNAL_IDS.indexOf(id)
  return v.index.includes(i) ? (v.matched.get(i) ?? '') : null
}

const reasons = (sentence: string, language: string, opensBlock = false) => scoreCheckworthiness({ sentence, language, opensBlock }).reasons.map((r) => r.text)

type Cell = [language: string, sentence: string, id: SignalId, expected: string | null]

/** change: the cue reads exactly this (null: it does not fire); keep: it still fires on this word (main may quote more or less). */
function grid(cells: Cell[], keep = false) {
  for (const [language, sentence, id, expected] of cells) {
    it(`${language} ${id}: ${sentence} -> ${expected ?? 'none'}`, () => {
      if (keep && expected !== null) expect(cue(sentence, language, id)).toContain(expected.slice(1, -1))
      else expect(cue(sentence, language, id)).toBe(expected)
    })
  }
}

describe('(1) a verb ending is no past event on a noun or a name', () => {
  describe('change', () =>
    grid([
      // a participle alone is an adjective or a noun: past only after an auxiliary
      ['es', 'Los mercados municipales abren de nuevo sus puertas.', 'past', null],
      ['es', 'El delegado visita hoy la zona afectada.', 'past', null],
      ['es', 'Las comidas llegan en perfecto estado al comedor.', 'past', null],
      ['es', 'El hotel está en la calle Santa Brígida de la ciudad.', 'past', null],
      ['fr', 'La criminalité recule dans la ville.', 'past', null],
      ['fr', "L'entrée de la médiathèque reste libre.", 'past', null],
      ['fr', 'Une journée portes ouvertes aura lieu samedi.', 'past', null],
      // German nouns are capitalised: no participle, and "Geplant ist" states a plan
      ['de', 'Geplant ist eine Öffnung im Januar.', 'past', null],
      ['de', 'In den Gebäuden gibt es wieder Strom.', 'past', null],
      // a name, an adverb, agent nouns and a department are not verbs
      ['ru', 'Мальчика зовут Павел.', 'past', null],
      ['ru', 'Сначала он молчал.', 'past', "'молчал'"],
      ['ru', 'Жители дома вызвали полицию.', 'past', "'вызвали'"],
      ['ru', 'Отдел полиции проводит проверку.', 'past', null],
      // the reflexive and the -шло past are past too
      ['ru', 'Он признался в убийстве.', 'past', "'признался'"],
      ['ru', 'Это произошло вечером.', 'past', "'произошло'"],
    ]))
  describe('keep', () =>
    grid([
      ['es', 'El hombre fue detenido ayer por la tarde.', 'past', "'fue'"],
      ['es', 'Dos personas han sido detenidas por la policía.', 'past', "'detenidas'"],
      ['es', 'El alcalde anunció el cierre del mercado.', 'past', "'anunció'"],
      ['es', 'La policía ha detenido a un hombre.', 'perfect', "'ha detenido'"],
      ['fr', 'Le suspect a été interpellé jeudi.', 'past', "'a été'"],
      ['fr', 'Le maire a expliqué sa décision.', 'past', "'expliqué'"],
      ['fr', 'Les pompiers étaient sur place.', 'past', "'étaient'"],
      ['de', 'Die Polizei hat den Mann gestern gefasst.', 'past', "'gefasst'"],
      ['de', 'Der Mann wurde leicht verletzt.', 'past', "'wurde'"],
      ['ru', 'Полиция задержала мужчину.', 'past', "'задержала'"],
      ['en', 'Sales increased last year.', 'past', "'increased'"],
    ], true))
})

describe('(2) a cue word inside a name is no cue', () => {
  describe('change', () =>
    grid([
      ['en', 'The meeting is held at Rose Hill Park.', 'change', null],
      ['en', 'Voters backed Said Ahmed in the race.', 'attribution', null],
      ['en', 'The fair opens in May at the library.', 'speculation', null],
      ['en', 'The band Good Charlotte played downtown.', 'evaluative', null],
    ]))
  describe('keep', () =>
    grid([
      ['en', 'Prices rose by ten percent.', 'change', "'rose'"],
      ['en', 'Officials said the plant may close.', 'speculation', "'may'"],
      ['en', 'Officials said the plant may close.', 'attribution', "'said'"],
      ['en', 'They met Judge Smith on Monday.', 'official', "'Judge'"],
      ['en', 'The hearing is in May.', 'date', null],
      ['en', 'Rose said prices went up.', 'change', "'Rose'"],
    ], true))
})

describe('(3) a shape or a phrase misread', () => {
  describe('change', () =>
    grid([
      // a time is no organisation's initials
      ['en', 'The library opens at 9AM on Monday.', 'acronym', null],
      // Sino-Korean digits are ordinary syllables; "조사" alone is an inquiry, not a source
      ['ko', '사건 현장에 경찰이 출동했다.', 'numberWord', null],
      ['ko', '경찰은 화재 원인을 조사하고 있다.', 'attribution', null],
      ['ko', '경찰은 화재 원인을 조사하고 있다.', 'perfect', null],
      ['ko', '누군가 문을 두드렸다.', 'official', null],
      ['ko', '도서관은 내달 8일까지 휴관한다.', 'change', null],
      // going downstairs is no change; a phrase does not run across a comma; "como si" is "as if"; "gracias a" a cause
      ['es', 'El vecino bajó a la calle corriendo.', 'change', null],
      ['es', 'Llegaron más, de todas partes.', 'change', null],
      ['es', 'Gritó como si le persiguieran.', 'conditional', null],
      ['es', 'Gracias a la denuncia, la policía detuvo al ladrón.', 'greeting', null],
      ['es', 'El mercado abrió gracias al trabajo de los vendedores.', 'greeting', null],
      // "¿" opens a Spanish question: its first word is capitalised for that, not a name
      ['es', 'Nadie sabe nada. ¿Cómo entró el ladrón en la casa?', 'entity', null],
    ]))
  describe('keep', () =>
    grid([
      ['en', 'The FBI opened an inquiry.', 'acronym', "'FBI'"],
      ['ko', '삼백 명이 대피했다.', 'numberWord', "'삼백 명'"],
      ['ko', '여론조사 결과 찬성이 많았다.', 'attribution', "'조사'"],
      ['ko', '예산군은 축제를 취소했다고 밝혔다.', 'official', "'군'"],
      ['ko', '군 당국은 훈련을 중단했다.', 'official', "'군'"],
      ['ko', '입장객은 하루 최대 300명까지 받는다.', 'change', "'까지'"],
      ['ko', '정부는 이 사업을 10년째 해왔다.', 'perfect', "'해왔다'"],
      ['es', 'El paro bajó a 3 millones.', 'change', "'bajó'"],
      ['es', 'Más de 300 personas acudieron.', 'change', "'Más de'"],
      ['es', 'Si llueve, se suspende la fiesta.', 'conditional', "'Si'"],
      ['es', 'Los vecinos avisaron a la Guardia Civil.', 'entity', "'Guardia Civil'"],
      ['es', 'Muchas gracias a todos.', 'greeting', "'gracias'"],
      ['fr', 'Merci à tous.', 'greeting', "'Merci'"],
    ], true))
})

describe('(4) the wording weights are shown as the sentence writes them, once', () => {
  // every quoted span is in the sentence as written; no two reasons quote the same words
  const quotes = (rs: string[]) => rs.flatMap((r) => [...r.matchAll(/'([^']*)'/g)].map((m) => m[1]))
  const sentences: [string, string, 'change' | 'keep'][] = [
    ['en', 'About 75,000 people live in the county, up from 50,000 a decade ago.', 'change'],
    ['en', 'Investigators did not say why the calls were made.', 'change'],
    ['en', 'The deputies did not have lawyers, records show.', 'change'],
    ['en', 'The council approved a $120,000 budget on Monday.', 'change'],
    ['de', 'Der Schaden liegt bei über 10 Millionen Euro.', 'keep'],
    ['es', 'Los daños ascienden a 800 euros.', 'keep'],
  ]
  for (const [language, sentence, kind] of sentences) {
    it(`${kind}: ${sentence}`, () => {
      const rs = reasons(sentence, language)
      for (const q of quotes(rs)) expect(sentence, rs.join(' | ')).toContain(q)
      expect(new Set(quotes(rs)).size, rs.join(' | ')).toBe(quotes(rs).length)
    })
  }
  it('change: one figure read by a digit and a number word is one reason', () => {
    expect(reasons('Der Schaden liegt bei über 10 Millionen Euro.', 'de')).toContain("states a number: '10 Millionen'")
    expect(reasons('About 75,000 people live in the county, up from 50,000 a decade ago.', 'en')).toContain("states a number: '75,000'")
  })
  it('keep: a word pair the model learned is still shown as words', () => {
    expect(reasons('Investigators did not say why the calls were made.', 'en').some((r) => r.startsWith("words: '"))).toBe(true)
  })
  it('change: a claim with nothing to weigh says so instead of showing no reason', () => {
    expect(reasons('La piscina contará con una escalera romana y una zona de sombra para las familias del pueblo.', 'es')).toEqual([NOTHING_FOUND])
  })
  it('keep: a claim with signals shows them, not the fallback', () => {
    expect(reasons('La policía detuvo a dos personas el martes.', 'es')).not.toContain(NOTHING_FOUND)
  })
})

describe('(5) opening a paragraph is a debate turn, not a news lede', () => {
  it('change: the language-independent weights do not lower a sentence that opens a paragraph', () => {
    for (const [language, sentence] of [
      ['de', 'Ein Gymnasium hat wegen Lehrermangels ganze Schultage ausfallen lassen.'],
      ['ru', 'Двойное убийство потрясло жильцов всего дома.'],
      ['fr', 'La médiathèque rouvre ses portes mardi.'],
    ]) {
      const opens = scoreCheckworthiness({ sentence, language, opensBlock: true })
      expect(opens.score).toBe(scoreCheckworthiness({ sentence, language, opensBlock: false }).score)
      expect(opens.reasons.map((r) => r.text)).not.toContain('opens a paragraph')
    }
  })
  it('keep: the English wording weights still read it (the ClaimBuster figures are theirs)', () => {
    const sentence = 'The council approved the budget on Monday.'
    expect(scoreCheckworthiness({ sentence, language: 'en', opensBlock: true }).score).not.toBe(scoreCheckworthiness({ sentence, language: 'en', opensBlock: false }).score)
  })
})
