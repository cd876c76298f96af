// Hedge classes from the grammar of news prose, one per describe block: each has invented sentences the class must hedge and
// nearby invented ones it must leave alone (a prediction, an obligation, ability, a legal status, a corrected report, a
// manner adverb), following the label rules in data/corpus/README.md ("Scope of a hedge", "Decided in session 23").
// None of these sentences comes from the corpus.
import { describe, expect, it } from 'vitest'
import { findHedge } from './hedge'

function check(lang: string, hedged: string[], plain: string[]): void {
  for (const s of hedged) it(`hedged: ${s}`, () => expect(findHedge(s, lang).hedged).toBe(true))
  for (const s of plain) it(`not hedged: ${s}`, () => expect(findHedge(s, lang)).toEqual({ hedged: false, cue: null }))
}

describe('de: the modal particle "wohl"', () => {
  check('de', ['Der Einbrecher ist wohl über den Balkon in die Wohnung gelangt.'], [
    'Die Feuerwehr wusste sehr wohl, wo der Brand ausgebrochen war.',
    'Das Wohl der Bewohner stand an erster Stelle, sagte der Einsatzleiter.',
    'Sowohl der Fahrer als auch die Beifahrerin wurden leicht verletzt.',
  ])
})

describe('de: appearance and likelihood adverbs', () => {
  check('de', [
    'Der Brand ist womöglich in der Küche ausgebrochen.',
    'Wie es derzeit aussieht, hatte der Fahrer keinen Führerschein.',
    'Der Täter war allem Anschein nach mit einem Fahrrad unterwegs.',
  ], ['Der Brand ist in der Küche ausgebrochen.', 'Es sieht im Keller schlimm aus, sagte die Besitzerin.'])
})

describe('de: preliminary findings', () => {
  check('de', [
    'Nach vorläufigen Erkenntnissen war der Fahrer nicht angeschnallt.',
    'Ersten Ermittlungen zufolge löste ein defekter Toaster das Feuer aus.',
    'Erste Untersuchungen deuten auf Brandstiftung hin.',
  ], [
    // the state of the inquiry, not a preliminary finding (as the tuned labels read "nach derzeitigen Erkenntnissen")
    'Nach derzeitigen Erkenntnissen wurde niemand verletzt.',
    'Nach Angaben der Polizei wurde niemand verletzt.',
  ])
})

describe('de: an epistemic modal or "wollen" with a perfect infinitive', () => {
  check('de', [
    'Das Feuer könnte durch eine brennende Kerze ausgelöst worden sein.',
    'Der Täter muss sich in dem Gebäude ausgekannt haben.',
    'Der Nachbar will einen dunklen Wagen gesehen haben.',
  ], [
    'Die Sperrung könnte Folgen haben, sagte der Bürgermeister.',
    'Der Nachbar will den Schaden selbst bezahlen.',
    'Zeugen, die Hinweise geben können oder Beobachtungen gemacht haben, melden sich bei der Polizei.',
  ])
})

describe('de: not ruled out, a standing suspicion, media reports', () => {
  check('de', [
    'Die Polizei schließt Brandstiftung nicht aus.',
    'Ein technischer Defekt ist nicht auszuschließen.',
    'Es besteht der Verdacht, dass der Mann mehrere Autos aufgebrochen hat.',
    'Nach Medienberichten wurde der Mann in seiner Wohnung festgenommen.',
  ], [
    'Die Polizei nahm den Mann wegen des Verdachts auf Diebstahl fest.',
    'Die Polizei schließt die Ermittlungen am Montag ab.',
  ])
})

describe('ru: preliminary, partial or unofficial information in any case form', () => {
  check('ru', [
    'По предварительным сведениям, возгорание произошло из-за короткого замыкания.',
    'По первым данным, в результате пожара никто не пострадал.',
    'По неофициальной информации, задержанный ранее судим.',
    'По одной из версий, поджог мог быть местью соседа.',
    'По версии следствия, мужчина проник в квартиру через окно.',
    'Предварительной причиной пожара называют неисправную проводку.',
  ], [
    'По данным МЧС, в результате пожара никто не пострадал.',
    'По информации пресс-службы, задержанный ранее судим.',
    'Предварительное слушание назначено на понедельник.',
  ])
})

describe('ru: epistemic parentheticals and impersonal reportive verbs', () => {
  check('ru', [
    'Скорее всего, пожар начался на балконе.',
    'Мужчина, по всей видимости, пытался скрыться от полиции.',
    'Похоже, что грабители знали код от подъезда.',
    'Предполагается, что злоумышленники действовали вдвоём.',
    'Следователи не исключают, что пожар был поджогом.',
    'Может быть, он оставил дверь открытой.',
  ], [
    // the modal of a legal possibility, not the parenthetical "может быть,"
    'Приговор может быть обжалован в течение десяти дней.',
    'Пожар начался на балконе.',
  ])
})

describe('ru: the past modal "мог" with an infinitive (epistemic possibility)', () => {
  check('ru', [
    'Пожар мог возникнуть из-за неисправной электропроводки.',
    'Причиной аварии могло стать превышение скорости.',
    'Злоумышленники могли проникнуть в дом через подвал.',
  ], [
    // negated: ability, a fact
    'Пострадавший не мог самостоятельно выбраться из машины.',
    'Мужчина смог выбраться из горящего дома.',
  ])
})

describe('ko: hearsay and reportive endings in all their inflections', () => {
  check('ko', [
    '화재 당시 집 안에는 아무도 없었던 것으로 알려져 다행히 인명피해는 없었다.',
    '경찰은 용의자가 범행 직후 달아난 것으로 전해지고 있다.',
    '이들은 지난달 국경 경비대에 체포됐다는 전언이다.',
    '주민들 사이에서는 간부가 뇌물을 받았다는 얘기가 나온다.',
  ], [
    // a superseded report the sentence corrects (README rule D)
    '당초 3명이 다친 것으로 알려졌으나 부상자는 5명으로 늘었다.',
    // findings, not hearsay
    '조사 결과 화재는 전기 합선으로 발생한 것으로 확인됐다.',
    '경찰은 용의자의 신원을 파악했다.',
  ])
})

describe('ko: estimation, conjecture, provisional and unconfirmed figures', () => {
  check('ko', [
    '현장에서는 40대로 추정되는 남성이 숨진 채 발견됐다.',
    '소방당국은 재산 피해를 약 3천만원으로 추정했다.',
    '잠정 집계 결과 이재민은 120명에 달했다.',
    '미확인 정보에 따르면 사망자가 더 있다.',
  ], ['현장에서는 40대 남성이 숨진 채 발견됐다.', '기상청 관측 이래 가장 많은 비가 내렸다.'])
})

describe('ko: possibility as the frame, "~ㄴ 듯하다" as the predicate', () => {
  check('ko', [
    '경찰은 방화 가능성도 배제하지 않고 있다.',
    '용의자가 이미 국경을 넘었을 가능성이 제기됐다.',
    '범인은 뒷문으로 들어온 듯하다.',
  ], ['총소리와 함께 번개 치는 듯한 불빛이 보였다고 주민은 말했다.', '경찰은 용의자를 현장에서 체포했다.'])
})

describe('es: not ruling out', () => {
  check('es', [
    'Los bomberos no descartan que el fuego fuera intencionado.',
    'No se descarta que haya más víctimas bajo los escombros.',
  ], ['Los bomberos descartaron que el fuego fuera intencionado.', 'Los bomberos apagaron el fuego en una hora.'])
})

describe('es: the epistemic past of "poder"', () => {
  check('es', [
    'El incendio pudo haber comenzado en la cocina.',
    'El conductor puede haber sufrido un desmayo.',
    'El robo pudo estar relacionado con una deuda.',
  ], ['El conductor pudo escapar por la ventanilla.', 'El herido no pudo ser rescatado a tiempo.'])
})

describe('es: the conditional of rumour with stative verbs', () => {
  check('es', [
    'El detenido tendría antecedentes por robo.',
    'Se trataría de un ajuste de cuentas entre bandas.',
    'La banda contaría con al menos seis miembros.',
  ], ['El detenido tendría que presentarse ante el juez el lunes.', 'El detenido tiene antecedentes por robo.'])
})

describe('es: inference and impersonal belief; preliminary findings', () => {
  check('es', [
    'Todo indica que el fuego se originó en un cortocircuito.',
    'Es probable que el ladrón conociera a la víctima.',
    'Según los primeros informes, el camión circulaba a gran velocidad.',
    'Los primeros indicios apuntan a un escape de gas.',
  ], [
    'Según el informe policial, el camión circulaba a gran velocidad.',
    'El primer informe se publicará la semana próxima.',
  ])
})

describe('fr: "peut-être", "il paraît que", inference', () => {
  check('fr', [
    'Le feu est peut-être parti d’un radiateur.',
    'Il paraît que le suspect connaissait la victime.',
    'Tout porte à croire que les cambrioleurs avaient repéré les lieux.',
  ], ['Le feu peut être dangereux pour les riverains.', 'Le feu est parti d’un radiateur.'])
})

describe('fr: not ruled out, a favoured hypothesis', () => {
  check('fr', [
    'Une origine criminelle n’est pas exclue.',
    'Les enquêteurs n’excluent pas que le feu ait été allumé volontairement.',
    'La piste accidentelle est privilégiée.',
  ], [
    // a forecast, and a plain fact
    'On ne peut pas exclure des débordements ce week-end, a prévenu le maire.',
    'La piste cyclable a été fermée.',
  ])
})

describe('fr: the conditional of report with stative verbs', () => {
  check('fr', [
    'Le butin s’élèverait à plusieurs milliers d’euros.',
    'Le suspect ferait partie d’un réseau de cambrioleurs.',
    'Le corps se trouverait encore sous les décombres.',
  ], ['Les pompiers devraient rester sur place toute la nuit.', 'Le butin s’élève à plusieurs milliers d’euros.'])
})

describe('fr: preliminary findings; "soupçonné" is a legal status (README), not a hedge', () => {
  check('fr', [
    'D’après les premières constatations, le conducteur roulait trop vite.',
    'Selon les conclusions provisoires, la chaudière était défectueuse.',
    'Les premiers éléments laissent penser à un acte volontaire.',
  ], [
    'Un homme soupçonné d’avoir cambriolé trois maisons a été placé en garde à vue.',
    'Selon les pompiers, le conducteur roulait trop vite.',
  ])
})

describe('en: not ruled out; an epistemic modal with a perfect infinitive', () => {
  check('en', [
    'Investigators have not ruled out arson.',
    'Foul play cannot be ruled out, the sheriff said.',
    'The fire must have started in the garage.',
    'The driver could have fallen asleep at the wheel.',
  ], [
    'The driver could have a say in the inquiry, the council said.',
    'The fire started in the garage.',
    'Officials ruled out arson on Tuesday.',
  ])
})

describe('en: preliminary findings and impersonal belief', () => {
  check('en', [
    'According to preliminary findings, the boiler had not been serviced.',
    'Initial indications are that the fire was accidental.',
    'It is understood that the man was known to police.',
    'The boy was perhaps trying to reach the road.',
  ], ['He is facing two preliminary charges of burglary.', 'The man was known to police.'])
})

describe('de: possibility adverbs, a cause "in Betracht", a "mögliche Ursache", the modal perfect in verb-final order', () => {
  check('de', [
    'Eventuell war ein defekter Verteilerkasten die Ursache.',
    'Als Ursache kommt eine glimmende Zigarette in Betracht.',
    'Als mögliche Ursache nannte die Feuerwehr einen überhitzten Akku.',
    'Die Ermittler schließen nicht aus, dass ein Kind den Herd eingeschaltet haben könnte.',
    'Die Polizei vermutet, dass der Täter durch ein Kellerfenster eingestiegen sein dürfte.',
  ], [
    'Die Ursache war ein defekter Verteilerkasten.',
    'Ein technischer Defekt kommt nicht in Betracht.',
    'Die Feuerwehr hat alle Bewohner in Sicherheit gebracht.',
  ])
})

describe('ru: a hypothesis under consideration, preliminary damage, a parenthetical "предварительно"', () => {
  check('ru', [
    'Рассматривается версия короткого замыкания.',
    'Основная версия следствия — неосторожное обращение с огнём.',
    'Предварительный ущерб оценивается в два миллиона рублей.',
    'Предварительно, возгорание произошло из-за неисправного обогревателя.',
  ], [
    'Новая версия приложения вышла в понедельник.',
    'Он предварительно позвонил соседям и предупредил их.',
    'Ущерб оценивается в два миллиона рублей.',
  ])
})

describe('ko: low possibility and likelihood, not an open-minded inquiry', () => {
  check('ko', ['경찰은 방화 가능성은 낮다고 밝혔다.', '전열기 문제로 불이 났을 개연성이 크다.'], [
    '경찰은 모든 가능성을 열어두고 화재 원인을 조사하고 있다.',
    '경찰은 화재 원인을 조사하고 있다.',
  ])
})

describe('es: a hypothesis as the frame, "se entiende que"', () => {
  check('es', [
    'La principal hipótesis es que el fuego comenzó en el tablero eléctrico.',
    'Se entiende que el calefactor estaba demasiado cerca de la cama.',
  ], ['Los peritos descartaron la intervención de terceros.', 'El calefactor estaba demasiado cerca de la cama.'])
})

describe('fr: "pas à exclure" with an adverb, the inquiry turning to a lead', () => {
  check('fr', [
    'La thèse d’une surtension n’est donc pas à exclure.',
    'L’enquête s’oriente vers la piste criminelle.',
  ], ['Aucune piste n’est écartée à ce stade.', 'L’enquête a été confiée à la police judiciaire.'])
})

describe('fr: the most cited or favoured lead', () => {
  check('fr', [
    'La piste la plus sérieuse reste celle d’un court-circuit.',
    'Les enquêteurs privilégient la thèse d’un acte de malveillance.',
  ], ['La piste de ski a été fermée après la chute.', 'Les enquêteurs ont retenu trois témoins.'])
})
