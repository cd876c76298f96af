// Hedge classes from the grammar of news prose, one per describe block: each has invented sentences the class must hedge and
// nearby invented ones it must leave alone (a prediction, an obligation, ability, a legal status, a corrected report, a
// manner adverb), following the label rules in data/corpus/README.md ("Scope of a hedge", "Decided in session 23").
// None of these sentences comes from the corpus.
import { describe, expect, it } from 'vitest'
import { findHedge, type HedgeContext } from './hedge'

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
    // session 28 (lead decision): the state of the inquiry is a provisional finding too (was a must-not until session 27)
    'Nach derzeitigen Erkenntnissen wurde niemand verletzt.',
  ], [
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

// Session 25 (hedges3): attributive alleged-words by the README's rule "Attributive alleged-words": a definite description
// names someone or something already in view (no hedge); an indefinite, a number or a role ("como / als / as / comme")
// asserts (a hedge). The adverbs are unchanged.
describe('alleged-words: a definite description names, an indefinite or a role asserts', () => {
  check('es', [
    'Los vecinos retuvieron a un presunto ladrón hasta que llegó la patrulla.',
    'La Guardia Civil detuvo a un hombre como presunto autor de tres robos.',
    'Fue detenido como el presunto autor del incendio.',
    'Dos supuestos estafadores fueron arrestados en la terminal.',
  ], [
    'El presunto ladrón fue trasladado a la comisaría.',
    'Los agentes registraron la vivienda del presunto autor.',
    'La jueza envió a prisión a su supuesto cómplice.',
    'Por supuesto, la calle quedó cortada durante dos horas.',
    'El alcalde fue detenido por presunto desvío de fondos.',
  ])
  check('de', [
    'Die Polizei nahm zwei mutmaßliche Taschendiebe am Bahnhof fest.',
    'Als mutmaßlichen Fahrer ermittelte die Polizei einen 30-Jährigen.',
    'Im Kofferraum lagen vermeintliche Markenuhren.',
    'Die Polizei stellte mutmaßlich gestohlene Fahrräder sicher.',
  ], [
    'Die mutmaßlich gestohlenen Fahrräder standen im Hof.',
    'Der mutmaßliche Dieb wurde noch am Abend gefasst.',
    'Die Anwältin des mutmaßlichen Schützen äußerte sich nicht.',
    'Die Polizei nahm die beiden mutmaßlichen Diebe fest.',
  ])
  check('en', [
    'Deputies arrested a suspected shoplifter outside the store.',
    'Three suspected cases of measles were reported at the school.',
    'He was charged as the alleged driver of the getaway car.',
  ], [
    'The suspected shoplifter was booked into the county jail.',
    'Police released a photo of the alleged getaway car.',
    'The man is suspected of breaking into six cars.',
    'A neighbour suspected that something was wrong.',
  ])
  check('fr', [
    'Les gendarmes ont interpellé un cambrioleur présumé à la gare.',
    'Cet homme, considéré comme l’auteur présumé des tirs, a été écroué.',
  ], [
    'L’auteur présumé des tirs a été placé en détention provisoire.',
    'Le tireur présumé sera présenté à un juge mardi.',
    'Il reste présumé innocent jusqu’à son procès.',
  ])
})

// The README's written rule on the future: a forecast is N (not scored), a planned step is a claim, and a likelihood adverb on
// a planned step is a hedge ("pasará probablemente hoy", farodevigo); an expectation ("devraient", "voraussichtlich",
// "is expected to", "se espera que") is a prediction marker, not a hedge.
describe('the future: a likelihood adverb hedges a planned step, an expectation does not', () => {
  check('es', ['El detenido pasará probablemente mañana a disposición judicial.'], [
    'El detenido pasará mañana a disposición judicial.',
    'Se espera que el detenido pase mañana a disposición judicial.',
  ])
  check('de', ['Der Festgenommene wird wahrscheinlich am Montag dem Haftrichter vorgeführt.'], [
    'Der Festgenommene wird voraussichtlich am Montag dem Haftrichter vorgeführt.',
  ])
  check('en', ['The suspect will probably be arraigned on Monday.'], ['The suspect is expected to be arraigned on Monday.'])
  check('fr', ['Le suspect sera probablement présenté à un juge lundi.'], ['Le suspect devrait être présenté à un juge lundi.'])
  check('ru', ['Задержанного, вероятно, отправят в СИЗО в понедельник.'], ['Задержанного отправят в СИЗО в понедельник.'])
})

// Quotes: the README's "I think inside a quote is not a hedge" is about a speaker's own opinion; an impersonal hedge inside
// a quote still governs the quoted fact (README: "semblent limités … probablement" inside a quote is h, "것으로 보인다"
// inside quotes governing a fact is h).
describe('quotes: an impersonal hedge counts, a first-person opinion does not', () => {
  check('en', ['"The fire was probably set on purpose," the chief said.'], ['"I think we did a good job," the chief said.'])
  check('fr', ['« Les dégâts semblent limités », a indiqué le maire.'], ['« Je pense que nous avons bien travaillé », a dit le maire.'])
  check('es', ['"Al parecer, el ladrón entró por la ventana", dijo el agente.'], ['"Creo que hicimos un buen trabajo", dijo el agente.'])
  check('de', ['„Der Täter ist vermutlich über den Zaun geflüchtet“, sagte der Sprecher.'], ['„Ich glaube, wir haben gute Arbeit geleistet“, sagte der Sprecher.'])
})

// Reported belief of the inquiry or of no one ("is believed to", "wird vermutet", "se cree que", "on croit savoir que",
// "следствие полагает, что", "것으로 보인다"), against a person's own statement or a belief that is not about the claim.
describe('reported belief', () => {
  check('en', ['The gunman is believed to have known the victim.'], ['The gunman knew the victim, his sister said.'])
  check('de', [
    'Es wird vermutet, dass die Täter durch ein Kellerfenster eindrangen.',
    'Die Polizei vermutet einen Zusammenhang mit einer Serie von Einbrüchen.',
  ], ['Die Täter drangen durch ein Kellerfenster ein.', 'Die Polizei ermittelt wegen Einbruchs.'])
  check('es', ['La policía cree que el ladrón conocía la casa.', 'Se cree que el ladrón conocía la casa.'], ['El ladrón conocía la casa, según la policía.'])
  check('fr', ['On croit savoir que le suspect connaissait la victime.', 'On pense que le feu est parti du garage.'], [
    'Le suspect connaissait la victime, selon le parquet.',
  ])
  check('ru', ['Следствие полагает, что ссора произошла из-за денег.', 'В полиции считают, что грабитель знал хозяев.'], [
    'Ссора произошла из-за денег, сообщили в полиции.',
  ])
  check('ko', ['경찰은 범인이 피해자를 알고 있었던 것으로 보고 있다.', '범인은 피해자를 알고 있었던 것으로 보인다.'], ['경찰은 범인을 현장에서 체포했다.'])
})

// Estimates of a figure are not hedges (README: "geschätzt" on a damage figure), in every language.
describe('estimates of a figure are not hedges', () => {
  check('en', [], ['An estimated 200 people attended the vigil.', 'The damage was estimated at $5,000.'])
  check('de', [], ['Rund 50 Einsatzkräfte waren vor Ort.', 'Der Schaden wird auf etwa 10.000 Euro geschätzt.'])
  check('es', [], ['Unos 30 vecinos participaron en la protesta.'])
  check('fr', [], ['Environ 40 pompiers ont été mobilisés.'])
  check('ru', [], ['На место прибыли около 100 человек.'])
  check('ko', [], ['이 불로 약 300만 원의 재산 피해가 났다.'])
})

// Unconfirmed reports, first information and an unnamed media frame in every language; a named channel or outlet is a
// source, not a hedge.
describe('unconfirmed reports, first information, an unnamed media frame', () => {
  check('en', ['According to unconfirmed reports, two people were detained.', 'According to initial information, the driver fled.'], [
    'According to the sheriff, two people were detained.',
  ])
  check('de', ['Nach unbestätigten Informationen wurden zwei Männer festgenommen.', 'Nach ersten Informationen flüchtete der Fahrer.'], [
    'Nach Informationen der Polizei wurden zwei Männer festgenommen.',
  ])
  check('es', ['Según informaciones no confirmadas, hay dos detenidos.', 'Según los primeros informes, el conductor huyó.'], [
    'Según la Fiscalía, hay dos detenidos.',
  ])
  check('fr', ['Selon nos premières informations, le conducteur a pris la fuite.', 'Selon des informations non confirmées, deux hommes ont été interpellés.'], [
    'Selon nos informations, le conducteur a pris la fuite.',
  ])
  check('ru', ['Согласно информации СМИ, задержаны двое мужчин.', 'По данным телеграм-каналов, задержаны двое мужчин.', 'По первым данным, водитель скрылся.'], [
    'По данным телеграм-канала «Шот», задержаны двое мужчин.',
    'По данным телеграм-канала Mash, задержаны двое мужчин.',
    'По данным МВД, задержаны двое мужчин.',
  ])
  check('ko', ['미확인 정보에 따르면 두 명이 체포됐다.'], ['경찰에 따르면 두 명이 체포됐다.'])
})

// Evidential verbs of appearance: "appears to", "scheint", "parece", "semble", "похоже", "듯하다", and epistemic "may be".
describe('evidential verbs and epistemic "may be"', () => {
  check('en', ['The outbreak may be linked to a food stall.', 'The illness may be influenza rather than measles.', 'The lock appears to have been forced.'], [
    'Anyone with information may be reached at the station.',
    'Residents may be able to return tomorrow.',
  ])
  check('es', ['El fuego parece haberse originado en la cocina.', 'Los daños parecen ser menores.'], ['El fuego se originó en la cocina.'])
  check('fr', ['La serrure semble avoir été forcée.'], ['La serrure a été forcée.'])
  check('de', ['Das Schloss scheint aufgebrochen worden zu sein.'], ['Das Schloss wurde aufgebrochen.'])
  check('ru', ['Похоже, замок взломали ночью.'], ['Замок взломали ночью.'])
  check('ko', ['자물쇠가 부서진 듯하다.'], ['자물쇠가 부서졌다.'])
})

// French conditional of report of any "-er" verb, outside "que/si" clauses (the future in the past, a condition) and wishes.
describe('fr: the conditional of report of "-er" verbs', () => {
  check('fr', ['La victime présenterait des traces de coups.', 'Les cambrioleurs utiliseraient une voiture volée.'], [
    'Le maire a annoncé qu’il démissionnerait en juin.',
    'Si la pluie continue, la commune fermerait le pont.',
    'Le maire aimerait rouvrir la piscine.',
    'Les enquêteurs considéraient cette piste comme sérieuse.',
  ])
})

// ru: belief of the inquiry; "мог" in a relative clause that defines a group ("все, кто мог контактировать") is not a hedge.
describe('ru: a relative "кто мог" defines a group', () => {
  check('ru', ['Пожар мог начаться из-за неисправной проводки.'], ['Врачи осмотрели всех, кто мог контактировать с больным.'])
})

// Session 25, second batch (hedges3), from grammar: unnamed reports, adverbial "likely", a cause called probable, an epistemic
// modal with the copula, an assumption "geht von … aus", "se presume que", possible involvement in Russian.
describe('unnamed reports, adverbial "likely", a probable cause', () => {
  check('en', [
    'According to local reports, the bridge was closed for two hours.',
    'The fire likely started in a bedroom.',
    'Investigators are still looking for the probable cause of the blaze.',
  ], [
    'According to the police report, the bridge was closed for two hours.',
    'Officers had probable cause to search the car.',
    'The lawyer said the suspect will appear in court on Monday.',
  ])
  check('es', ['Los peritos establecieron la causa probable del incendio.'], ['Los peritos establecieron la causa del incendio.'])
  check('fr', ["Les enquêteurs ont identifié la cause probable de l'incendie."], ["Les enquêteurs ont identifié la cause de l'incendie."])
})

describe('de: an epistemic modal with the copula, an assumption', () => {
  check('de', [
    'Die Ursache könnte ein technischer Defekt sein.',
    'Bei dem Toten könnte es sich um den vermissten Rentner handeln.',
    'Die Polizei geht von einem Unfall aus.',
  ], [
    'Die Ursache war ein technischer Defekt.',
    'Die Polizei geht in dem Fall allen Hinweisen nach.',
    'Bei dem Toten handelt es sich um den vermissten Rentner.',
  ])
})

describe('es "se presume que", ru possible involvement', () => {
  check('es', ['Según la policía, se presume que el ladrón huyó en moto.'], ['Según la policía, el ladrón huyó en moto.'])
  check('ru', ['Задержанные могут быть причастны к другим кражам.'], ['Задержанные причастны к другим кражам, сообщили в полиции.'])
})

// Session 26 (hedges4): classes from reference grammar (the French conditionnel journalistique against the conditionals that
// report nothing; Russian reportive particles and parentheticals against "предварительно" = beforehand, "возможно" as a
// predicate and "мочь" of ability) and the two false hedges left by session 25 (a hedge inside an indirect question; Korean
// "의혹을 받고 있다", a legal status like "혐의를 받고 있다").
describe('fr: the conditionnel journalistique (aurait/serait + participle, "pourrait avoir")', () => {
  check('fr', [
    'Le suspect aurait pris la fuite à bord d’une voiture grise.',
    'Plusieurs bijoux auraient été dérobés dans la nuit de samedi.',
    'Les deux hommes seraient originaires de Marseille.',
    'La victime serait décédée sur le coup.',
    'Le feu pourrait avoir pris dans la cuisine.',
    'Le procureur a indiqué que le suspect aurait agi seul.',
    'Des élus auraient reçu des enveloppes, selon le journal.',
    // "si" that opens no hypothesis: "si l'on en croit" (itself a report frame), an indirect question after the report, "si" = so
    'Si l’on en croit la presse, le ministre aurait démissionné.',
    'Le suspect aurait demandé si la victime était seule.',
    'Le choc a été si violent que la voiture aurait fait trois tonneaux.',
  ], [
    // future in the past after a verb of announcing or promising
    'Le maire a annoncé qu’il serait candidat en mars.',
    'La préfecture avait promis que la route serait rouverte lundi.',
    'Le club a assuré que le joueur serait absent trois semaines.',
    'Il a dit qu’il viendrait à l’audience.',
    'Le ministre a assuré qu’il y aurait des contrôles tout l’été.',
    // hypothesis after "si" (before or after the main clause)
    'Si la digue avait cédé, tout le quartier aurait été inondé.',
    'S’il avait plu, le match aurait été annulé.',
    'Le village serait sous l’eau si la digue avait cédé.',
    // politeness and a modal judgment
    'Il serait souhaitable que les habitants restent chez eux, a déclaré le préfet.',
    'Il serait temps de réparer ce pont, estime le maire.',
  ])
})

describe('fr: report adverbs and phrases; "a priori" as a noun is not one', () => {
  check('fr', [
    'Selon des informations non confirmées, le directeur a démissionné.',
    'Le conducteur était vraisemblablement ivre au moment des faits.',
    'Le cambrioleur est probablement entré par la fenêtre.',
    'Il semblerait que la victime connaissait son agresseur.',
    'D’après les premiers éléments, le conducteur roulait trop vite.',
    'A priori, aucun passant n’a été blessé.',
    'À priori, aucun passant n’a été blessé.',
    'Un cambrioleur présumé a été interpellé à la gare.',
  ], [
    'Les enquêteurs ont travaillé sans a priori sur ce dossier.',
    'Le cambrioleur présumé a été interpellé à la gare.',
    'Le conducteur était ivre au moment des faits.',
  ])
})

describe('ru: reportive particles, parentheticals and sources of unconfirmed information', () => {
  check('ru', [
    'Водитель якобы уснул за рулем.',
    'Пожар, предположительно, начался на кухне.',
    'По предварительным данным, пострадавших нет.',
    'По неподтвержденным данным, мэр подал в отставку.',
    'Вероятно, злоумышленник проник через окно.',
    'Возможно, причиной пожара стала неисправная проводка.',
    'Вполне возможно, что пожар начался из-за проводки.',
    'По некоторым данным, похищено около миллиона рублей.',
    'По слухам, директор уже покинул страну.',
    'Водитель мог уснуть за рулем.',
    'Пожар мог начаться из-за неисправной проводки.',
  ], [
    // "предварительно" = beforehand, before a gerund or as a manner adverb
    'Предварительно записавшись, жители смогут получить прививку в поликлинике.',
    'Предварительно договорившись по телефону, мужчины встретились у вокзала.',
    'Все помещения были предварительно продезинфицированы.',
    // "возможно" as a predicate of possibility or permission
    'Возможно ли получить справку онлайн, уточнили в МФЦ.',
    'Записаться на прием стало возможно через портал госуслуг.',
    'Возможно получить компенсацию за задержку рейса, сообщили в авиакомпании.',
    // "мочь" of ability or purpose
    'Теперь жители могут оплатить проезд картой.',
    'Пассажиры могли свободно передвигаться по вокзалу.',
    'Власти открыли пункт, чтобы каждый мог получить помощь.',
    'Следователи выясняют, мог ли водитель уснуть за рулем.',
  ])
})

describe('a hedge inside an indirect question (or a condition) does not hedge the claim', () => {
  check('de', [
    'Der Mann hatte möglicherweise einen Komplizen.',
    'Der Brand wurde womöglich gelegt, sagte ein Sprecher.',
    'Ob er flüchten wollte, ist unklar, der Mann ist offenbar verletzt.',
  ], [
    'Die Ermittler prüfen, ob der Mann möglicherweise einen Komplizen hatte.',
    'Die Polizei untersucht, ob der Brand womöglich gelegt wurde.',
    'Ob der Fahrer vielleicht zu schnell war, ist noch unklar.',
  ])
  check('en', [
    'The driver was possibly drunk, police said.',
    'The fire may have been set, investigators said.',
    'It seems as if the driver fell asleep.',
    'Police do not know whether the driver was drunk; he was possibly speeding.',
  ], [
    'Investigators are trying to determine whether the driver was possibly drunk.',
    'Police are checking whether the fire may have been set.',
    'Detectives want to know if the burglar perhaps had help.',
  ])
  check('es', ['El conductor posiblemente iba ebrio.', 'El incendio habría sido provocado, según vecinos.'], [
    'La policía investiga si el conductor posiblemente iba ebrio.',
    'Los peritos determinarán si el incendio pudo haber sido provocado.',
  ])
  check('fr', ['Le voleur a peut-être eu un complice.', 'Le conducteur aurait bu avant de prendre le volant.'], [
    'Les enquêteurs cherchent à savoir si le voleur a peut-être eu un complice.',
    'Les gendarmes doivent vérifier si le conducteur avait éventuellement bu.',
  ])
  check('ko', ['경찰은 방화 가능성이 있다고 밝혔다.', '화재는 누전으로 추정된다.'], [
    '경찰은 방화 가능성이 있는지 조사하고 있다.',
    '소방당국은 누전 가능성이 높은지 확인하고 있다.',
  ])
})

describe('ko: "의혹을 받고 있다" is a legal status (as "혐의를 받고 있다"); an allegation raised is a hedge', () => {
  check('ko', [
    '김 시장이 업무추진비를 빼돌렸다는 의혹이 제기됐다.',
    '선거 과정에서 금품이 오갔다는 의혹이 나왔다.',
  ], [
    '김 시장은 업무추진비를 빼돌린 의혹을 받고 있다.',
    '김 시장은 업무추진비를 빼돌린 혐의를 받고 있다.',
    '박 구청장은 사전선거운동 의혹도 받고 있다.',
    '검찰은 관련 의혹을 수사하고 있다.',
  ])
})

describe('unverified information and rumour as the frame, not as the object', () => {
  check('fr', [
    'D’après des informations non vérifiées, deux personnes ont été blessées.',
    'Selon des sources non officielles, le maire a démissionné.',
    'De source officieuse, deux personnes ont été blessées.',
    'Selon la rumeur, le directeur a quitté le pays.',
    'Des rumeurs font état de deux blessés.',
  ], [
    'La rumeur a été démentie par la préfecture.',
    'Selon nos informations, deux personnes ont été blessées.',
    'Les informations ont été confirmées par la préfecture.',
  ])
  check('ru', [
    'Ходят слухи, что директор уволен.',
    'В городе поползли слухи о том, что завод закроют.',
    'По непроверенным слухам, мэр покинул страну.',
  ], ['Слухи об отставке опровергли в мэрии.', 'Мэр прокомментировал слухи о своей отставке.'])
})

describe('impersonal likelihood predicates and rumour frames', () => {
  check('fr', [
    'Il est probable que le feu soit parti de la cuisine.',
    'Il est peu probable que le voleur ait agi seul.',
    'Selon toute probabilité, le feu est parti de la cuisine.',
    'Le feu est présumément d’origine électrique.',
    'À ce qu’il paraît, le maire a démissionné.',
  ], ['Il est possible de déposer plainte en ligne.', 'Il est certain que le feu est parti de la cuisine.'])
  check('ru', [
    'Водитель, кажется, уснул за рулем.',
    'Вроде бы никто не пострадал.',
    'Есть основания полагать, что пожар был поджогом.',
  ], ['Мне кажется, решение суда несправедливо.', 'Мужчина подозревается в убийстве.', 'Вроде меня там было человек двадцать.'])
  check('de', [
    'Es ist möglich, dass der Brand in der Küche ausbrach.',
    'Es ist gut denkbar, dass der Täter über den Zaun flüchtete.',
    'Es gibt Gerüchte, dass der Bürgermeister zurückgetreten ist.',
  ], ['Es ist möglich, online Anzeige zu erstatten.', 'Der Bürgermeister wies die Gerüchte zurück.'])
  check('en', [
    'It is possible that the fire started in the kitchen.',
    'The fire was in all likelihood started deliberately.',
    'Rumors say the mayor resigned on Monday.',
  ], ['It is possible to file a complaint online.', 'The mayor denied the rumors on Monday.'])
  check('es', [
    'Se rumora que el alcalde renunció.',
    'Se dice que el alcalde renunció el lunes.',
    'Según rumores, el alcalde renunció.',
    'Corre el rumor de que el alcalde renunció.',
  ], ['El alcalde se dice satisfecho con el resultado.', 'El alcalde desmintió los rumores.'])
})

describe('reportive particles, "feared dead", speculation', () => {
  check('fr', ['Il se pourrait que le feu soit d’origine criminelle.'], ['Le feu est d’origine criminelle, a indiqué le parquet.'])
  check('ru', [
    'Соседи говорят, будто мэр уволен.',
    'Он, мол, ничего не знал о долгах.',
    'Водитель, дескать, не заметил пешехода.',
  ], ['Выглядит так, будто дом заброшен.', 'Холм будто вырос за ночь.', 'Молодой водитель не заметил пешехода.'])
  check('en', ['Three fishermen are feared dead after the storm.', 'The painting is reputedly worth millions.'], [
    'Residents feared the river would flood.',
    'Three fishermen were found dead after the storm.',
  ])
  check('de', ['Es wird gemunkelt, dass der Trainer entlassen wurde.', 'Spekulationen zufolge ist der Trainer entlassen.'], [
    'Der Verein wies die Spekulationen zurück.',
  ])
  check('es', ['Se especula que el alcalde renunció.', 'Según especulaciones, el alcalde renunció.'], ['El alcalde rechazó las especulaciones.'])
})

// written at the end of session 26 after reading check3's misses (in-sample for check3): grammatical gaps, with invented sentences
describe('fr "pourrait s\'être", de contracted articles name, en wh- indirect questions', () => {
  check('fr', ['Le loup pourrait s’être déplacé vers le canton voisin.', 'Les voleurs pourraient s’y être introduits par la cave.'], [
    'Le loup s’est déplacé vers le canton voisin.',
  ])
  check('de', ['Die Polizei nahm zwei mutmaßliche Betrüger fest.'], [
    'Im mutmaßlichen Betrugsfall ermittelt die Staatsanwaltschaft.',
    'Zum mutmaßlichen Tatort fuhren zwei Streifen.',
  ])
  check('en', ['The stolen art might be in Romania, police said.'], [
    'There is still no word on where the stolen art might be, police said.',
    'Police did not know who might have helped the thieves.',
  ])
})

// session 27 (hedges5): complication classes sorted from check3's misses (dev since session 26) and check4-dev's misses; each class
// is written from the README's label rules and the grammar, with invented sentences across the languages (none from a corpus)

// unnamed reports as the claim's frame are hedges, as "Medienberichten zufolge" and "Согласно информации СМИ" are (README); a named
// outlet is a source, not a hedge, and a report that is the claim's object (denied, not confirmed) hedges nothing
describe('unnamed reports as the frame', () => {
  check('en', [
    'Reports said the mayor had resigned before the vote.',
    'Local reports say the bridge was closed for a week.',
    'Media reports suggested the striker had signed a new contract.',
    'Local reports, mostly on social media, are showing that the square was full.',
  ], [
    'The police report said the driver was speeding.',
    'The Times reported that the mayor had resigned.',
    'Reporters said the hall was full.',
  ])
  check('es', [
    'Según reportes, el delantero firmó un nuevo contrato.',
    'Según informaron medios locales, el alcalde presentó su renuncia.',
    'De acuerdo con medios locales, el puente permaneció cerrado.',
    'Los medios locales reportaron que el alcalde había renunciado.',
  ], [
    'Según informes oficiales, el puente permaneció cerrado.',
    'Según el diario El Universal, el alcalde renunció.',
    'El alcalde desmintió los reportes de su renuncia.',
  ])
  check('de', ['Wie mehrere Medien berichten, hat der Trainer gekündigt.', 'Es gibt Berichte, wonach der Trainer gekündigt haben soll.'], [
    'Wie die „Süddeutsche Zeitung“ berichtet, hat der Trainer gekündigt.',
    'Medienberichte, wonach der Trainer gekündigt haben soll, bestätigte der Verein nicht.',
    'Berichte, wonach der Bürgermeister zurückgetreten sein soll, wies die Stadt zurück.',
  ])
  check('ru', [
    'Как пишут местные СМИ, губернатор подал в отставку.',
    'Как утверждают турецкие СМИ, клуб уже подписал контракт.',
    'Если верить журналистам, сделка уже согласована.',
  ], ['Как пишет «Коммерсантъ», губернатор подал в отставку.', 'Губернатор опроверг сообщения СМИ о своей отставке.'])
  check('fr', [
    'Selon plusieurs médias, le maire a démissionné.',
    'D’après la presse locale, le pont est resté fermé une semaine.',
    'Si l’on en croit la presse locale, le maire a démissionné.',
  ], ['Selon Le Parisien, le maire a démissionné.', 'Le maire a démenti les informations parues dans plusieurs médias.'])
  check('ko', ['외신 보도에 따르면 대통령은 이미 출국했다.', '현지 언론에 따르면 다리는 일주일간 폐쇄됐다.'], [
    '연합뉴스 보도에 따르면 대통령은 어제 출국했다.',
    '경찰에 따르면 다리는 일주일간 폐쇄됐다.',
  ])
})

// a belief stated impersonally or held by the authorities, in forms the earlier classes lacked: "It is believed" without "that", the
// progressive "were presuming", a cause "is suspected", a fronted passive participle ("Vermutet wurde"), "se piensa que", the past
// "предположили, что", "как предварительно установило следствие"; not a legal status ("suspected of"), a plan ("se piensa reabrir")
// or a motion carried ("Der Antrag wurde angenommen")
describe('impersonal and authorities\' belief', () => {
  check('en', [
    'It is believed the suspect crossed the river into the next county.',
    'Police were presuming the robbers were still in the country.',
    'Arson is suspected in the fire that destroyed the barn.',
    'An officer radioed that he believed the driver was armed.',
  ], ['She was suspected of arson and arrested on Friday.', 'The suspect believed nobody was home, he told the court.'])
  check('de', [
    'Vermutet wurde zunächst ein Blitzeinschlag.',
    'Angenommen wird, dass der Mann allein handelte.',
    'Es wird angenommen, dass der Mann allein handelte.',
  ], ['Der Antrag wurde angenommen.', 'Angenommen wurde der Vorschlag mit großer Mehrheit.'])
  check('es', ['Se piensa que las víctimas fueron asesinadas por otro grupo.'], ['Se piensa reabrir el puente en mayo.'])
  check('ru', [
    'Сотрудники ведомства предположили, что рыбак выпал из лодки.',
    'Как предварительно установило следствие, конвоир вывел подсудимого в туалет.',
  ], ['Следствие установило, что конвоир вывел подсудимого в туалет.', 'Сотрудники ведомства установили, что рыбак выпал из лодки.'])
})

// preliminary findings and available information in English forms the first class lacked ("Preliminary reports released last Friday
// show", "According to available information", as "по имеющейся информации"); not "preliminary hearings", not a named source
describe('en: preliminary reports and available information', () => {
  check('en', [
    'Preliminary reports released last Friday show that 29 homes burned.',
    'According to available information, 18 residents were hurt.',
  ], ['Preliminary hearings are set for Friday.', 'According to information from the police, 18 residents were hurt.'])
})

// the reportive "soll" with "wollen": one cannot plan someone's wanting, so "soll … bleiben wollen" reports; a planned "soll … kommen" and
// "soll … fahren können" stay out (README: "a planned 'soll … vorgeführt werden' is a step")
describe('de: reportive "soll … wollen"', () => {
  check('de', [
    'Laut Infos soll der Stadtchef nicht mehr im Amt bleiben wollen.',
    'Der Trainer soll den Verein verlassen wollen.',
    'Laut Insidern soll der 61-jährige Trainer nicht mehr bis zum Ende der Saison 2027 im Verein bleiben wollen.',
  ], [
    'Der Mann soll am Mittwoch vor einen Haftrichter kommen.',
    'Der Bus soll künftig schneller fahren können.',
  ])
})

// "якобы" marking a fraudster's pretext (README, check2 and check3: not a hedge): after a verb of calling, introducing or presenting,
// and "о якобы …" after telling the victims; "якобы" on the claim itself stays a hedge
describe('ru: the pretext "якобы"', () => {
  check('ru', ['Подозреваемый якобы угрожал соседям ножом.', 'Министр якобы не сработался с губернатором.'], [
    'Пенсионерке позвонил якобы сотрудник банка.',
    'Мужчине позвонили якобы из поликлиники.',
    'Мошенник представился якобы сотрудником полиции.',
    'Аферисты сообщали жертвам о якобы проведении проверки.',
  ])
})

// fr: the epistemic "a pu être" + a participle of causing or of a theft ("a pu être dérobée", "ont pu être provoquées"), and "a pu
// provoquer"; the "managed to" reading stays out ("ont pu être évacués", "a pu être interpellé", "a pu être maîtrisé")
describe('fr: epistemic "a pu être" + causing or theft', () => {
  check('fr', [
    'La toile a pu être dérobée durant la nuit.',
    'Les blessures ont pu être provoquées par des coups de pied.',
    'Un court-circuit a pu provoquer l’incendie.',
  ], ['Les habitants ont pu être évacués à temps.', 'Le suspect a pu être interpellé dans la soirée.', 'Le feu a pu être maîtrisé vers minuit.'])
})

// fr: suspicion and a favoured hypothesis as the frame with words between ("L'hypothèse du jet de mégot est actuellement privilégiée",
// "de fortes suspicions que"); not a hypothesis set aside, nor suspicions lifted
describe('fr: suspicion and favoured hypothesis as the frame', () => {
  check('fr', [
    'L’hypothèse du jet de mégot est actuellement privilégiée.',
    'Il y a de fortes suspicions que le feu soit d’origine criminelle.',
  ], ['L’hypothèse d’un acte criminel a été écartée.', 'Les soupçons pesant sur le maire ont été levés.'])
})

// en: adverbial "likely" before a past-tense verb the earlier list lacked ("likely headed", "likely drowned")
describe('en: adverbial "likely" before a past verb', () => {
  check('en', ['The pilot likely headed to the airport on personal business.', 'The hikers likely drowned in the flooded creek.'], [
    'The pilot headed to the airport on personal business.',
  ])
})

// fr: the restrictive "ne … qu'à / qu'au" is no "que" clause, so a report conditional after it stays a hedge; the future in the past after
// "qu'il" stays out
describe('fr: the conditional of report after a restrictive "ne … qu\'à"', () => {
  check('fr', [
    'Nous ne sommes pourtant qu’à mi-parcours mais déjà, des élus exploreraient une autre liste.',
    'Le club n’a gagné qu’à domicile, et des joueurs envisageraient de partir.',
  ], [
    'Le maire a annoncé qu’il démissionnerait en juin.',
  ])
})

// fr: the conditionnel journalistique of verbs outside the "-er" group, by endings that no imperfect shares ("vivrait", "connaîtrait",
// "appartiendrait", "conduirait", "souffrirait"); left out: the future in the past after "a promis que / a annoncé qu'il", a hypothesis, a
// consequence after "cela" and the modals "faudrait / conviendrait", and imperfects ("ouvraient", "livrait")
describe('fr: the conditional of report beyond "-er" verbs', () => {
  check('fr', [
    'Le suspect vivrait depuis des années à Lyon.',
    'L’homme connaîtrait bien la victime, selon une source proche.',
    'Le chauffeur souffrirait de troubles psychiatriques.',
    'Le commerçant appartiendrait à un réseau de faussaires.',
    'Le tireur conduirait une voiture grise.',
    'La victime suivrait un traitement contre la dépression.',
  ], [
    'Le maire a promis que la route rouvrirait en juin.',
    'Le chauffeur a annoncé qu’il suivrait une formation.',
    'Si la digue avait cédé, le quartier vivrait un drame.',
    'Cela prendrait des années, estime le maire.',
    'Il faudrait deux ans pour reconstruire le pont.',
    'Il conviendrait de revoir la procédure, selon l’avocat.',
    'Les pompiers ouvraient les portes une à une.',
    'Le bateau livrait du poisson au port.',
  ])
})

// es: "habría" hedges as the conditional perfect of report ("habría huido", "se habría producido"), not as the existential "habría
// elecciones" after "dijo que" (the future in the past); de: "soll … vorgeführt werden" (a present passive infinitive) is a planned step
// (README round 6), "soll … festgenommen worden sein" a report; en: "police think"
describe('es "habría" + participle, de planned "soll … werden", en "police think"', () => {
  check('es', ['El conductor habría perdido el control del vehículo.', 'El robo se habría producido de madrugada.'], [
    'El alcalde dijo que habría elecciones en mayo.',
    'Habría que revisar el reglamento, dijo el regidor.',
  ])
  check('de', ['Der Mann soll schon vorher festgenommen worden sein.'], [
    'Der Mann soll am Freitag dem Haftrichter vorgeführt werden.',
    'Die Straße soll im Sommer erneuert werden.',
  ])
  check('en', ['Police think the fire was set deliberately.'], ['Police think about new patrols every winter, the chief said.'])
})

// fr: a report conditional inside an adverbial clause ("parce qu'il utiliserait", "alors qu'il fréquenterait", "tandis que son complice se
// cacherait"), not the future in the past after a verb of saying; es: an investigative suspicion with any subject ("Fuentes policiales
// presumen que"), not a private belief ("Los vecinos creen que"); ko: "~했을 수도 있다", "~ㄹ지도 모른다", not the ability "할 수 있다"
describe('fr adverbial clauses, es investigative suspicion, ko epistemic possibility', () => {
  check('fr', [
    'L’homme est recherché, alors qu’il fréquenterait encore le quartier.',
    'Le maire est visé par une enquête parce qu’il utiliserait des fonds publics.',
    'Le premier suspect a été arrêté, tandis que son complice se cacherait en Belgique.',
  ], ['Le maire a dit qu’il utiliserait des fonds publics.', 'Le maire a annoncé qu’il démissionnerait en juin.'])
  check('es', ['Fuentes policiales presumen que los ladrones conocían la casa.'], ['Los vecinos creen que el barrio necesita más patrullas.'])
  check('ko', ['범인이 현장을 미리 답사했을 수도 있다.', '피해자가 더 있을지도 모른다고 경찰은 밝혔다.'], [
    '경찰은 현장을 다시 답사할 수 있다고 밝혔다.',
    '경찰은 A씨가 범행을 저질렀는지 조사하고 있다.',
  ])
})

// hearsay said impersonally, as "dit-on", "se dice que" and "es wird gemunkelt" already are: en "It is alleged that", es "se comenta que",
// fr "on dit que / on raconte que", ru sentence-initial or parenthetical "говорят" (not "Жители говорят, что", a source, nor "Как говорят
// в полиции"), de "man munkelt"; "Es heißt …" stays out (README: "wie es hieß" is an unnamed source, not a hedge)
describe('impersonal hearsay', () => {
  check('en', ['It is alleged that the mayor accepted the money.'], ['The mayor accepted the money, the court found.'])
  check('es', ['Se comenta que el alcalde aceptó el dinero.'], ['Se comenta la noticia en el barrio.'])
  check('fr', ['On dit que le maire a accepté l’argent.', 'On raconte que le maire a accepté l’argent.'], [
    'On raconte des histoires aux enfants.',
    'On dit souvent que la ville est calme.',
  ])
  check('ru', ['Говорят, что мэр уходит в отставку.', 'Мэр, говорят, уходит в отставку.'], [
    'Жители говорят, что мэр уходит в отставку.',
    'Как говорят в полиции, мэр уходит в отставку.',
  ])
  check('de', ['Man munkelt, der Trainer habe gekündigt.'], ['Es heißt, der Trainer habe gekündigt.'])
})

// ---- session 28 (hedges6): the lead's decisions (impersonal report verbs; provisional findings), rule D as a pack field, and grammar classes.
// Invented sentences. Some cells restate what the packs already did (the decisions' older cues: ru "сообщается", ko "전해졌다", "по предварительным
// данным", "según las primeras investigaciones"); the others failed before (checked with main 2761882's hedge code); the rule-D cells and
// "It was reported to police" were hedged before and are not now.

describe('session 28 lead decision: an impersonal report verb with no reporter is a hedge', () => {
  check('en', [
    'It was reported that the mayor had left the country.',
    'It is also said that the two men knew each other.',
    'It has been reported that shots were fired near the school.',
  ], [
    'It was reported to police shortly after midnight.',
    'It was not reported that anyone was hurt.',
    'The fire was reported at 3 a.m. by a neighbour.',
  ])
  check('de', [
    'Es wird berichtet, dass der Bürgermeister zurücktreten will.',
    'Wie berichtet wird, hatte der Fahrer keinen Führerschein.',
    'Gemeldet wurde, dass zwei Häuser beschädigt sind.',
  ], [
    'Wie berichtet, ist die Straße seit Montag gesperrt.',
    'Der Unfall wurde der Polizei gegen 14 Uhr gemeldet.',
    'Es wurde nicht berichtet, dass jemand verletzt wurde.',
  ])
  check('es', [
    'Se informó que el detenido tiene antecedentes por robo.',
    'Según se informó, el fuego comenzó en la cocina.',
    'Se dio a conocer que hay dos policías heridos.',
    'Se habla de al menos tres personas lesionadas.',
  ], [
    'No se informó si hubo personas detenidas.',
    'La identidad de la víctima no se dio a conocer.',
    'Se informó a la población sobre el corte de agua.',
    'El alcalde informó que el agua volverá el lunes.',
  ])
  check('fr', [
    "Il est rapporté que le suspect connaissait la victime.",
    "On rapporte que deux voitures ont été incendiées.",
    "Le maire, est-il rapporté, aurait quitté la réunion.",
    "Il a été signalé que la porte était ouverte.",
  ], [
    "Le vol a été signalé à la gendarmerie lundi.",
    "La préfecture a indiqué que la route était rouverte.",
  ])
  check('ru', [
    'Сообщается, что пострадавший госпитализирован.',
    'Передаётся, что в доме находились двое детей.',
    'По сообщениям, огонь охватил второй этаж.',
  ], [
    'Об этом сообщает пресс-служба МВД.',
    'По сообщению МВД, огонь охватил второй этаж.',
  ])
  check('ko', [
    '화재 당시 집 안에는 아무도 없었던 것으로 전해졌다.',
    '두 사람은 평소 알고 지내던 사이였다고 전해졌다.',
  ], [
    '경찰은 화재 당시 집 안에 아무도 없었다고 밝혔다.',
    '소방당국은 불이 40분 만에 꺼졌다고 전했다.',
  ])
})

describe('session 28 lead decision: a provisional finding is a hedge', () => {
  check('en', [
    'According to the initial investigation, the driver was not wearing a seat belt.',
    'Based on what is known so far, the fire started in the kitchen.',
    'The preliminary autopsy found that the man died of a head injury.',
  ], [
    'The initial charges were dropped on Monday.',
    'The investigation was closed in March.',
  ])
  check('de', [
    'Nach bisherigen Erkenntnissen hatte der Mann die Frau bedroht.',
    'Nach derzeitigem Kenntnisstand wurde niemand verletzt.',
    'Nach dem bisherigen Stand der Ermittlungen brach das Feuer im Keller aus.',
    'Bisherigen Ermittlungen zufolge war der Fahrer betrunken.',
  ], [
    'Die bisherigen Ermittlungen haben drei Monate gedauert.',
    'Der derzeitige Stand der Bauarbeiten wird am Montag vorgestellt.',
  ])
  check('es', [
    'Según las primeras investigaciones, el conductor iba a exceso de velocidad.',
    'De acuerdo con la información preliminar, hay dos heridos.',
    'Los datos preliminares indican que el fuego comenzó en la cocina.',
  ], [
    'La audiencia preliminar se celebró el lunes.',
    'Las investigaciones concluyeron en marzo.',
  ])
  check('fr', [
    "Selon les premiers éléments de l'enquête, le conducteur roulait trop vite.",
    "Les premières indications évoquent une fuite de gaz dans la cuisine.",
    "En l'état actuel de l'enquête, rien ne permet de parler d'un acte criminel.",
  ], [
    "Les premiers éléments du dossier ont été transmis au parquet.",
    "L'enquête a été confiée à la brigade de recherches.",
  ])
  check('ru', [
    'По предварительным данным, причиной пожара стало короткое замыкание.',
    'Предварительно это произошло из-за неисправной проводки.',
  ], [
    'Посетить музей можно, предварительно записавшись на сайте.',
    'Помещения были предварительно продезинфицированы.',
  ])
  check('ko', [
    '1차 부검 소견에서 A씨는 질식사한 것으로 나타났다.',
    '초동 수사 결과 두 사람은 평소 알던 사이였다.',
  ], [
    '경찰은 다음 주 2차 조사를 진행할 예정이다.',
    '조사 결과 두 사람은 평소 알던 사이로 확인됐다.',
  ])
})

describe('session 28: rule D as a pack field, a report the same sentence corrects is not a hedge', () => {
  check('en', ['The object was believed to be a life raft.'], [
    'An object that was believed to be a life raft turned out to be a cable reel.',
    'Their supposedly dead friend later called and revealed he wasn\'t dead.',
  ])
  check('de', ['Der Gegenstand war vermutlich eine Rettungsinsel.'], [
    'Der Gegenstand wurde zunächst für eine Rettungsinsel gehalten, vermutlich wegen der Farbe, stellte sich aber als Kabeltrommel heraus.',
    'Der angeblich entführte Junge entpuppte sich als Ausreißer.',
  ])
  check('es', ['El objeto sería una balsa salvavidas.'], [
    'El objeto, que supuestamente era una balsa, resultó ser un carrete de cable.',
    'El hombre al que presuntamente habían secuestrado apareció con vida en su casa.',
  ])
  check('fr', ["L'objet serait un radeau de sauvetage."], [
    "L'objet qui serait un radeau s'est avéré être un touret de câble.",
    "Le tableau qui aurait été volé était en réalité en restauration.",
  ])
  check('ru', ['Предположительно, это спасательный плот.'], [
    'Якобы погибший мужчина оказался жив.',
    'Предположительно это был плот, однако догадки не подтвердились.',
  ])
  check('ko', ['당초 7명이 실종된 것으로 알려졌다.', '부상자는 3명인 것으로 알려졌지만, 경찰은 구체적인 내용을 밝히지 않았다.'], [
    '당초 7명이 실종된 것으로 알려졌으나 이후 10명으로 늘었다.',
    '숨진 것으로 알려졌던 A씨는 살아 있는 것으로 확인됐다.',
  ])
})

describe('session 28: de "soll", "gingen … davon aus", "will … nicht … können", a long middle field', () => {
  check('de', [
    '300 Stunden soll der Profi hochgerechnet das Spiel «Fortnite» gespielt haben.',
    'Der Mann soll das Auto (ein Kombi) gestohlen haben.',
    'Derzeit gingen die Ermittler davon aus, dass es sich um einen Unfall handle.',
    'Die Polizei ging zunächst von einem Einbruch aus.',
    'An den Abend will sich der Angeklagte nicht mehr erinnern können.',
    'Die Frau muss in der Nacht in ihrem Schlafzimmer im ersten Stock des alten Hauses am Rand des Dorfes lange um Hilfe gerufen haben.',
  ], [
    'Die Polizei ging nicht von einer politisch motivierten Tat aus.',
    'Die Straße soll im Herbst saniert werden.',
    'Der Nachbar will den Schaden selbst bezahlen.',
    'Sie gingen gemeinsam nach Hause.',
  ])
})

describe('session 28: es existential "habría", a hypothesis under investigation, "se podría tratar de"', () => {
  check('es', [
    'Lo que se pudo determinar es que habría participación de terceros.',
    'Extraoficialmente se habla de un herido y habría dos personas detenidas.',
    'Se investiga la hipótesis de que el cuerpo fue trasladado desde otro lugar.',
    'Expertos explicaron que se podría tratar de un hueso humano.',
    'Trascendió que los hechos pudieran estar relacionados con el robo.',
  ], [
    'El gobernador dijo que habría elecciones en junio.',
    'Habría que revisar el contrato, opinó el regidor.',
    'Los heridos fueron trasladados para que pudieran ser atendidos.',
  ])
})

describe('session 28: ko connective hearsay, a possibility kept in mind, a forecast is not a hedge', () => {
  check('ko', [
    '경찰은 A씨가 졸음운전을 했을 가능성을 염두에 두고 있다.',
    '두 사람이 크게 다툰 것으로 알려지면서 경찰이 수사에 나섰다.',
  ], [
    '이 사실이 알려지면서 주민들이 항의했다.',
    '경찰은 모든 가능성을 염두에 두고 수사하고 있다.',
    '경찰은 A씨가 졸음운전을 했다고 밝혔다.',
  ])
})

describe('session 28: ru "о якобы" after a noun of information or rumour names the report (the claim\'s object)', () => {
  check('ru', ['Задержанный якобы причастен к нападениям.'], [
    'Жители делятся в сетях слухами о якобы причастности задержанного к нападениям.',
    'В полиции опровергли сообщения о якобы взрыве в центре города.',
  ])
})

describe('session 28 (batch 2): belief and analysis frames, the reportive Konjunktiv "solle", an epistemic "could be"', () => {
  check('de', [
    'Der Kassierer solle das Geld aus dem Tresor genommen haben, hieß es aus Ermittlerkreisen.',
    'Die Polizei hält es für möglich, dass der Täter ortskundig war.',
    'Nach Einschätzung der Ermittler war der Täter ortskundig.',
  ], [
    'Die Polizei hält es nicht für möglich, dass er allein war.',
    'Er solle sich bei der Polizei melden, sagte der Sprecher.',
    'Die Einschätzung der Ermittler wird am Montag vorgestellt.',
  ])
  check('en', [
    'The Sheriff\'s Office says the suspect could be armed and dangerous.',
    'Investigators are working on the theory that the fire was set.',
    'The leading theory is that the driver fell asleep.',
  ], [
    'The road could be closed until Friday.',
    'He could be charged with arson, the prosecutor said.',
  ])
  check('es', [
    'A juicio de los investigadores, el fuego fue intencional.',
    'Para la policía, el incendio fue provocado.',
  ], [
    'El operativo fue montado para la policía municipal, informó el alcalde.',
    'La opinión de los peritos se conocerá el lunes.',
  ])
  check('fr', [
    'La piste accidentelle reste envisagée.',
    "L'hypothèse d'un règlement de comptes est étudiée par les enquêteurs.",
  ], [
    "La piste accidentelle n'est plus envisagée.",
    "L'enquête a été confiée à la police judiciaire.",
  ])
  check('ko', [
    '범행 동기는 금전 문제였을 것이라는 분석이 나온다.',
    '경찰은 A씨가 범행을 저지른 것으로 판단하고 있다.',
  ], [
    '경찰은 A씨를 범행을 저지른 혐의로 구속했다.',
    '전문가들은 대책 마련이 시급하다고 분석했다.',
  ])
})

describe('session 28 (batch 3): de unofficial information, a standing allegation, inference from traces; ko adnominal appearance, rumours in -설', () => {
  check('de', [
    'Nach inoffiziellen Angaben wurden drei Männer festgenommen.',
    'Im Raum steht der Vorwurf der Untreue gegen den Bürgermeister.',
    'Gegen den Bürgermeister steht der Vorwurf der Untreue im Raum.',
    'Alles deutet darauf hin, dass der Brand gelegt wurde.',
    'Die Ermittler hegen den Verdacht, dass der Mann gelogen hat.',
  ], [
    'Die Feuerwehr stand im Raum bereit.',
    'Nach offiziellen Angaben wurden drei Männer festgenommen.',
    'Der Pfeil deutet auf den Eingang hin.',
  ])
  check('ko', [
    '현장에서 범인으로 보이는 남성이 붙잡혔다.',
    '구단 안팎에서 감독 경질설이 나온다.',
  ], [
    '설이 다가오면서 전통시장이 붐빈다.',
    '잘 보이는 곳에 안내문을 붙였다.',
    '새 복지시설이 문을 열었다.',
  ])
})

describe('session 28 (batch 4): ru parenthetical "очевидно," / "наверное,"; fr "il se dit que"', () => {
  check('ru', ['Очевидно, пожар начался на кухне.', 'Мужчина, наверное, был пьян.'], [
    'Очевидно, что пожар начался на кухне, заявил глава МЧС.',
    'Он очевидно волновался, сказал свидетель.',
  ])
  check('fr', ['Il se dit que le suspect connaissait la victime.', 'Il se raconte que le maire va démissionner.'], [
    'Il se dit prêt à collaborer avec la justice.',
    'Le maire se dit inquiet de la situation.',
  ])
})

describe('session 28: ko a finding after a hedge corrects it only after a concessive', () => {
  check('ko', ['경찰은 자살일 가능성이 높은 것으로 보고 있으며 유서는 발견되지 않은 것으로 확인됐다.'], [
    '당초 숨진 것으로 알려졌으나 A씨는 병원에서 치료를 받고 있는 것으로 확인됐다.',
  ])
})

// Lead, session 28: a Spanish passive tally ("se reportan 300 viviendas con daños") counts; it reports no proposition.
// Found through a held-out false hedge (disclosed in the closing note); the tests are invented.
describe('es: a tally with "se reportan" is no impersonal report', () => {
  // a count after the verb is not hedged; a that-clause or "según se reportó" still is
  {
    check(
      'es',
      ['Se reporta que el puente cayó durante la noche.', 'Según se reportó, el alcalde renunció el lunes.', 'Se reportaron daños en el tendido eléctrico de la zona.'],
      [
        'En la provincia se reportan 300 viviendas con daños severos.',
        'Se reportaron dos heridos leves en el choque de la avenida.',
        'Se reportan al menos 10 personas evacuadas en la región.',
        'Hasta el mediodía se reportaban cientos de árboles caídos.',
      ],
    )
  }
})

// Session 29 (hedges7). Lead decision: a verb of becoming known with no source named (and none in play) is a hedge; with a source it
// is not. Sentence-level here: findHedge sees one sentence, so "in play" is the caller's (see the impersonal-report tests below).
describe('session 29 (lead decision): verbs of becoming known with no source', () => {
  check('de', [
    'Wie am Montag bekannt wurde, hat der Bürgermeister sein Amt niedergelegt.',
    'Am Dienstag wurde bekannt, dass der Trainer entlassen worden ist.',
    'Der Verdächtige wurde, wie es hieß, noch in der Nacht festgenommen.',
    'Die Schule bleibt bis Freitag geschlossen, heißt es.',
    'Es hieß, der Kassenwart habe Geld abgezweigt.',
  ], [
    'Wie aus Polizeikreisen bekannt wurde, hat der Mann gestanden.',
    'Die Schule bleibt geschlossen, heißt es in einer Mitteilung der Stadt.',
    'Der Täter sei geflüchtet, hieß es.',
    '"Wir ermitteln in alle Richtungen", heißt es.',
    'Im Mai war der Skandal bekannt geworden.',
    'Wie die Polizei bekannt gab, wurde niemand verletzt.',
  ])
  check('en', ['It emerged on Friday that the councillor had been suspended.', 'It later emerged that the boy had been found safe.'], [
    'It emerged in court that the councillor had lied.',
    'The suspect emerged from the house with his hands up.',
    'It emerged from documents seen by the paper that the firm had paid.',
  ])
  check('es', ['Trascendió que el alcalde renunció el lunes.', 'Según trascendió, el detenido tiene 25 años.', 'Se supo que la víctima había recibido amenazas.'], [
    'Según trascendió de fuentes de la Fiscalía, el detenido tiene 25 años.',
    'No trascendió que hubiera heridos.',
    'El caso trascendió a la prensa nacional.',
    'Ayer se conoció la lesión del delantero.',
  ])
  check('fr', ['Le maire a démissionné, a-t-on appris jeudi.', 'Il est apparu que le suspect avait déjà été condamné.', 'On a appris que deux employés avaient été licenciés.'], [
    'Le maire a démissionné, a-t-on appris jeudi auprès de la préfecture.',
    'Le maire a démissionné, a-t-on appris de source proche du dossier.',
    "Il est apparu fatigué à l'audience.",
  ])
  check('ru', ['Как стало известно, глава поселения подал в отставку.', 'Накануне стало известно, что мэра задержали.'], [
    'Как стало известно «Известиям», мэра задержали.',
    'Из источников в полиции стало известно, что мэра задержали.',
    'Об этом стало известно из сообщения пресс-службы МВД.',
    'Как стало известно РБК, мэра задержали.',
    'Выяснилось, что мэр был в отпуске.',
  ])
})

// Session 29: a forecast is not a hedge (README, "The future"). Korean puts the prospective adnominal ㄹ before 것 ("풀릴 것으로 보입니다");
// a past or present conjecture keeps the hedge ("쓰인 것으로 보입니다", "계획했을 것으로 보고", "20대일 것으로", "숨어 있을 것으로").
describe('session 29: ko forecast "~ㄹ 것으로 보인다" is no hedge; a conjecture still is', () => {
  check('ko', [
    '현장에서 발견된 흉기는 범행에 쓰인 것으로 보입니다.',
    '경찰은 A씨가 미리 범행을 계획했을 것으로 보고 있다.',
    '숨진 남성은 50대일 것으로 보인다.',
    '용의자는 아직 인근 야산에 숨어 있을 것으로 보인다.',
    '화재 원인은 방화로 보인다.',
    '사고 원인은 과속인 것으로 관측된다.',
  ], [
    '귀성길 정체는 오후 늦게 풀릴 것으로 보입니다.',
    '내일 아침 기온은 영하로 떨어질 것으로 보인다.',
    '올해 집값은 서울이 4% 오를 것으로 보여 상승세가 이어질 전망이다.',
    '도로공사는 40만대가 서울로 돌아올 것으로 보고 있습니다.',
    '정체는 밤늦게 해소될 것으로 관측된다.',
    '피해 규모는 더 커질 것으로 예상된다.',
  ])
})

// Session 29: French concessive "Si + présent / passé composé, …" asserts its main clause: a hedge there counts; the hypothetical "si +
// imparfait / plus-que-parfait" still blocks it, and so does an indirect question.
describe('session 29: fr concessive "Si … a …," does not block the main clause\'s hedge', () => {
  check('fr', [
    "Si les gendarmes ont interpellé deux hommes, le troisième aurait pris la fuite vers l'Espagne.",
    'Si le parquet a ouvert une enquête, le maire semble avoir quitté la commune.',
    'Si la mairie a porté plainte, le trésorier aurait déjà remboursé une partie des sommes.',
  ], [
    'Si la digue avait cédé, le quartier aurait été inondé.',
    'Si le suspect avait été relâché, il aurait sans doute fui.',
    'Les enquêteurs cherchent à savoir si le suspect aurait agi seul.',
    "S'il était resté chez lui, il aurait vu le voleur.",
    'Si le maire a démissionné, son adjoint assure l\'intérim.',
  ])
})

// Session 29: fr a stance of a closed inquiry in a relative ("l'enquête, qui privilégiait la thèse de l'accident, a été classée"), and a
// conditional that describes what is sought ("à la recherche de fichiers qui confirmeraient les faits") hedge no claim.
describe('session 29: fr closed-inquiry relative and sought-evidence conditional', () => {
  check('fr', [
    "Le parquet, qui privilégie la thèse de l'accident, a ouvert une enquête.",
    'Les gendarmes privilégient la piste criminelle.',
    'Selon Mediapart, des documents prouveraient que le maire a menti.',
  ], [
    "L'enquête, qui privilégiait alors la thèse du suicide, a été classée sans suite en 2019.",
    'Les enquêteurs recherchent des témoins qui confirmeraient la présence du suspect sur place.',
    'La police est à la recherche de documents qui établiraient ou infirmeraient les versements.',
  ])
})

// Session 29: es an indirect wh-question after a verb of not knowing or inquiring ("se desconoce quién …", "se investiga cómo …") asserts
// nothing, as the "si" question already did (session 26).
describe('session 29: es indirect wh-questions', () => {
  check('es', ['Se desconoce quién disparó, pero el agresor habría huido en una motocicleta.', 'El conductor habría perdido el control, según testigos.'], [
    'Se desconoce quién o quiénes pudieron haber provocado el incendio.',
    'Se investiga cómo habría ingresado el arma al penal.',
    'Se desconoce por qué el conductor habría perdido el control.',
  ])
})

// Session 29 (lead decision): the impersonal-report hedge needs no reporter in play. findHedge takes the sentence's sourcing as decided
// (its own cue or carried from the paragraph); with an office or a person named there, "il est indiqué que", "сообщается", "trascendió
// que", "heißt es" report that source and hedge nothing; with none (unattributed, or only the impersonal verb itself), they hedge.
describe('session 29 (lead decision): an impersonal report is a hedge only with no reporter in play', () => {
  const office = (attribution: string): HedgeContext => ({ sourcing: { type: 'official', attribution, cue: 'said' } })
  const none: HedgeContext = { sourcing: { type: 'unattributed', attribution: null, cue: null } }
  const bare = (cue: string): HedgeContext => ({ sourcing: { type: 'anonymous-source', attribution: null, cue } })
  const cases: [string, string, string][] = [
    ['fr', 'Mais il est indiqué que le conducteur avait déjà été condamné.', 'la gendarmerie'],
    ['fr', 'Il est rapporté que deux personnes ont été blessées.', 'la préfecture'],
    ['ru', 'Сообщается, что пострадавшего госпитализировали.', 'пресс-служба МВД'],
    ['ru', 'Как стало известно, мэра задержали.', 'прокуратура'],
    ['es', 'Trascendió que el sujeto tenía una orden de aprehensión.', 'la Fiscalía'],
    ['es', 'Se informó que el hombre fue trasladado al hospital.', 'la Policía Municipal'],
    ['de', 'Kurz darauf kam der Anhänger von der Fahrbahn ab, heißt es.', 'die Polizei'],
    ['de', 'Es wird berichtet, dass zwei Männer festgenommen wurden.', 'die Polizei'],
    ['en', 'It was reported that the councillor had resigned.', 'the council'],
    ['en', 'It emerged on Friday that the councillor had been suspended.', 'the council'],
  ]
  for (const [lang, s, who] of cases) {
    it(`hedged with no reporter in play: ${s}`, () => {
      expect(findHedge(s, lang, undefined, none).hedged).toBe(true)
      expect(findHedge(s, lang).hedged).toBe(true)
    })
    it(`hedged when the impersonal verb is the only cue: ${s}`, () => expect(findHedge(s, lang, undefined, bare('x')).hedged).toBe(true))
    it(`not hedged with ${who} in play: ${s}`, () => expect(findHedge(s, lang, undefined, office(who))).toEqual({ hedged: false, cue: null }))
  }
  // another hedge in the same sentence still counts with a reporter in play
  it('a second hedge still counts: es "tendrían"', () =>
    expect(findHedge('Trascendió que los detectives tendrían más de un nombre en la mira.', 'es', undefined, office('la Fiscalía')).hedged).toBe(true))
  it('a second hedge still counts: fr "aurait"', () =>
    expect(findHedge('Il est indiqué que le conducteur aurait pris la fuite.', 'fr', undefined, office('la gendarmerie')).hedged).toBe(true))
  // a named relay in the same sentence is a reporter in play (its sourcing names it)
  it('ru: "Сообщается, что …, пишет Акцент" with the outlet named', () =>
    expect(findHedge('Сообщается, что пострадавшего госпитализировали, пишет Акцент.', 'ru', undefined, { sourcing: { type: 'named-source', attribution: 'Акцент', cue: 'пишет' } }).hedged).toBe(false))
})

// Session 29: a hedge inside the object of a denial ("a démenti l'information selon laquelle il aurait …") or of a report noun ("информация о
// том, что … якобы") reports the rumour, which is the claim's object; the claim (the denial, the rumour spreading) is not hedged.
describe('session 29: a hedge inside the object of a denial or of a report noun', () => {
  check('fr', ["Selon la presse locale, l'entraîneur aurait quitté ses fonctions.", "L'entraîneur aurait quitté ses fonctions, selon RMC."], [
    "Le club a démenti jeudi l'information selon laquelle l'entraîneur aurait quitté ses fonctions.",
    'La mairie dément les rumeurs qui voudraient que le maire serait malade.',
  ])
  check('ru', ['Мэр якобы уехал за границу.', 'По непроверенным данным, мэр уехал за границу.'], [
    'В полиции опровергли информацию о том, что мэр якобы уехал за границу.',
    'В соцсетях распространилась информация о том, что в городе якобы готовится нападение.',
  ])
  check('en', ['The mayor reportedly left the country.'], [
    'The club denied reports that the coach had allegedly quit.',
    'Police dismissed rumours that the suspect was reportedly armed.',
  ])
  check('es', ['El alcalde habría salido del país.'], [
    'La Fiscalía desmintió la información de que el alcalde habría salido del país.',
    'El club negó los rumores de que el técnico habría renunciado.',
  ])
  check('de', ['Der Bürgermeister soll Geld genommen haben.'], [
    'Die Stadt dementierte Berichte, wonach der Bürgermeister Geld genommen haben soll.',
    'Der Verein wies die Gerüchte zurück, wonach der Trainer angeblich gehen will.',
  ])
})

describe('session 29: only an office or a person is a reporter in play', () => {
  it('unnamed reports or documents carried in ("los reportes") are no reporter: the impersonal report stays a hedge', () =>
    expect(findHedge('Asimismo, se indicó que el hombre amenazaba a los peatones.', 'es', undefined, { sourcing: { type: 'document', attribution: 'los reportes', cue: 'de acuerdo con' } }).hedged).toBe(true))
  it('a clitic the impersonal verb left as attribution ("se") is no reporter', () =>
    expect(findHedge('Los barrios más afectados, se informó, son tres.', 'es', undefined, { sourcing: { type: 'anonymous-source', attribution: 'se', cue: 'informó' } }).hedged).toBe(true))
  it('an unnamed person named as such ("un vecino") is a reporter in play', () =>
    expect(findHedge('Se informó que el hombre amenazaba a los peatones.', 'es', undefined, { sourcing: { type: 'anonymous-source', attribution: 'un vecino', cue: 'dijo' } }).hedged).toBe(false))
})

// Session 29 (batch 3), from misses of the spent check5 (in-sample): an unnamed media frame in other nouns ("Nach Medieninformationen",
// "Laut Medienangaben"), an adverb inside the Russian unconfirmed frame ("по неподтвержденной пока информации"), the Korean view with its
// holder between ("~것으로 주민들은 보고 있다"; a forecast stays out).
describe('session 29 (batch 3): media frames, unconfirmed frames with an adverb, ko view with its holder between', () => {
  check('de', ['Nach Medieninformationen soll der Vertrag bis 2027 laufen.', 'Laut Medienangaben wurde der Trainer entlassen.'], [
    'Die Medieninformationen wurden am Montag veröffentlicht.',
    'Nach Angaben der Stadt wurde der Vertrag verlängert.',
  ])
  check('ru', ['По неподтвержденной пока информации, мэр подал в отставку.', 'По неофициальной пока информации, погибших нет.'], [
    'Информация пока не подтверждена, заявили в полиции.',
  ])
  check('ko', ['화재는 전기 합선으로 발생한 것으로 소방당국은 보고 있다.', '범행 동기는 금전 문제인 것으로 경찰은 보고 있다.'], [
    '정체는 밤늦게 풀릴 것으로 도로공사는 보고 있다.',
    '주민들은 당분간 불안해할 것으로 보인다.',
  ])
})

// Session 30 (lead decision): "Уточняется, что" / "Отмечается, что" with no office or person in play are impersonal reports, a hedge (as
// "Сообщается, что" and "Ранее сообщалось", README carry set 5); with a reporter in play they are that reporter's (session 29's wiring).
// A reporter closing the sentence ("…, пишет «Коммерсантъ»") or named before the verb ("В пресс-службе сообщается") is in play in the
// sentence itself. Invented sentences.
describe('session 30 (lead decision): ru "Уточняется / Отмечается / Указывается, что", "Ранее сообщалось"', () => {
  check('ru', [
    'Уточняется, что водитель автобуса не пострадал.',
    'Отмечается, что в доме никого не было.',
    'Также отмечается, что огонь перекинулся на сарай.',
    'Указывается, что мужчина был пьян.',
    'Как уточняется, пожар потушили за час.',
    'Ранее сообщалось, что мэра вызвали на допрос.',
    'Ранее сообщалось о задержании главы поселка.',
    'Как сообщалось, сгорели три дома.',
    'Сообщается, что пострадавшего доставили в больницу.',
    'Стало известно, что сумма сделки превысила миллион рублей.',
  ], [
    'Отмечается, что в доме никого не было, пишет «Коммерсантъ».',
    'Сообщается, что пострадавшего доставили в больницу, передает ТАСС.',
    'Ранее сообщалось в пресс-службе МВД, что мэра вызвали на допрос.',
    'В пресс-службе сообщается, что мэра вызвали на допрос.',
    'Сообщается о двух погибших.',
    'Специалисты отмечают, что пожар потушили за час.',
    'В МВД уточнили, что водитель не пострадал.',
    'Как стало известно «Известиям», мэра задержали.',
  ])
  const office: HedgeContext = { sourcing: { type: 'official', attribution: 'пресс-служба МВД', cue: 'рассказали' } }
  for (const s of ['Уточняется, что нападавший задержан.', 'Отмечается, что в доме никого не было.', 'Ранее сообщалось, что мэра вызвали на допрос.']) {
    it(`with the office in play, no hedge: ${s}`, () => expect(findHedge(s, 'ru', undefined, office)).toEqual({ hedged: false, cue: null }))
    it(`with nothing in play, a hedge: ${s}`, () =>
      expect(findHedge(s, 'ru', undefined, { sourcing: { type: 'unattributed', attribution: null, cue: null } }).hedged).toBe(true))
  }
})

// Session 30: Russian "мочь": the epistemic past "мог + infinitive" (could have) is a hedge; the conditional mood "мог бы" (a counterfactual
// or a hypothesis), "смог" and a restrictive "только / лишь" (ability) are not. "якобы" inside the object of a payment or transfer ("перевести
// деньги на якобы безопасный счёт") marks the fraudster's pretext, as after verbs of calling (README session 27); "Данных о том, что … не
// поступало" is a report noun whose content is the claim's object (session 29's reportedObject). Invented sentences.
describe('session 30: ru "мог" of conjecture vs "мог бы" / "смог" / "могли только"; the pretext "якобы" after a transfer; "данных о том, что"', () => {
  check('ru', [
    'Пожар мог возникнуть из-за неисправной проводки.',
    'Водитель мог уснуть за рулём.',
    'Мужчина якобы перевёл деньги на чужой счёт.',
    'Подозреваемый может быть связан с поджогами машин.',
  ], [
    'Если бы соседи вызвали скорую раньше, мужчина мог бы выжить.',
    'Ему грозит срок, он мог бы получить до десяти лет колонии.',
    'Во время драки подросток смог убежать.',
    'Спасатели могли только наблюдать за пожаром с берега.',
    'Мошенники уговорили пенсионерку перевести деньги на якобы безопасный счёт.',
    'Женщина заплатила за якобы выигранный автомобиль.',
    'Данных о том, что мужчина может быть связан с поджогами, не поступало.',
  ])
})

// Session 30: the French epistemic "pourrait / pourraient" (may) on a state, a cause, a figure or a past event is a hedge, with an adverb or
// a clitic between; the future event, the next procedural step and verbs of change are predictions (as "devrait", README), and so is a
// clause that names a time to come. Invented sentences.
describe('session 30: fr epistemic "pourrait" on a cause, a figure or a state vs a prediction', () => {
  check('fr', [
    'Une cigarette mal éteinte pourrait aussi être à l’origine du feu.',
    'Le préjudice pourrait s’élever à plusieurs milliers d’euros.',
    'Le montant du vol pourrait dépasser 100 000 euros.',
    'Le conducteur pourrait en faire partie, selon un témoin.',
    'Le fugitif pourrait se trouver encore dans le quartier.',
    'Le décès pourrait être dû à une chute.',
    'L’agression pourrait avoir eu lieu vers 3 heures.',
    'Les deux incendies pourraient être liés.',
  ], [
    'La réunion pourrait avoir lieu jeudi.',
    'La fermeture de la route pourrait avoir des conséquences sur le trafic.',
    'Le suspect pourrait être mis en examen pour vol.',
    'Le prévenu pourrait être jugé en mars.',
    'Le bilan pourrait s’alourdir.',
    'Le nombre de sinistrés pourrait augmenter encore.',
    'Le corps a été retrouvé près du canal et la victime pourrait être identifiée dans les prochains jours.',
    'Si les faits sont confirmés, les deux hommes pourraient être déférés au parquet.',
  ])
})

// Session 30: German "sollen" where the earlier classes did not reach it (quotes or brackets in the middle field, the identification frame
// "soll es sich um … handeln", coordinated perfect infinitives, the Konjunktiv "solle" after a stative verb closing a subordinate clause),
// "könnte … sein" with a longer middle field, and what is not a hedge: a planned step ("soll … werden"), a reported command ("forderte, dass
// er sich melden solle"), a forecast with a time to come, a clause that is the subject of "ist unklar". Invented sentences.
describe('session 30: de reportive "sollen" reach, "könnte … sein", forecasts and subject clauses', () => {
  check('de', [
    'Neuer Trainer soll laut „Kicker“ ausgerechnet der frühere Co-Trainer Max Muster (51) sein.',
    'Bei dem Toten soll es sich um einen 30 Jahre alten Mann aus dem Ort handeln.',
    'Der Mann soll am Sonntag gegen 2.15 Uhr in einer grauen Jacke vor der Haustür der Nachbarn gestanden, in den Briefkasten geschaut und dann die Flucht ergriffen haben.',
    'Die Leitstelle war informiert worden, dass sich ein Bewaffneter im Park aufhalten solle.',
    'Den Zeugen zufolge könnte der Fahrer auch für einen zweiten Unfall in der Innenstadt am Samstagabend verantwortlich sein.',
  ], [
    'Die Brücke soll im Mai gesperrt, die Umleitung ausgeschildert werden.',
    'Die Polizei forderte, dass sich der Fahrer umgehend melden solle.',
    'Die nächsten Tage könnten für die Ermittlungen entscheidend sein.',
    'Wie der Mann in das Haus gelangt sein soll, ist noch unklar.',
    'Warum der Fahrer geflüchtet sein soll, bleibt offen.',
  ])
  check('de', ['Der Mann soll geflüchtet sein, der Grund ist noch unklar.', 'Offenbar hatte der Mann einen Schlüssel – wie er daran kam, ist noch unklar.'], [])
})

// Session 30: Spanish unnamed versions and unofficial information as the frame, an authority's belief over "se trata de" with "que" dropped,
// "parecer" + any infinitive; French unnamed media in an incise and the conditional of report of "faire". Invented sentences.
describe('session 30: es unnamed versions, unofficial information, "parecer" + infinitive; fr media incise, "ferait"', () => {
  check('es', [
    'Según versiones, el detenido viajaba sin esposas.',
    'De acuerdo con las versiones recabadas en el lugar, el chofer iba a exceso de velocidad.',
    'Versiones apuntan que el incendio comenzó en la cocina.',
    'Por lo que se indica extraoficialmente, el agente resultó herido en un enfrentamiento.',
    'Los investigadores, que sospechan se trata de un ajuste de cuentas, detuvieron a dos hombres.',
    'El conductor parecía encontrarse en estado de ebriedad.',
  ], [
    'Según versiones de testigos, el conductor huyó a pie.',
    'Según las versiones oficiales, no hubo heridos.',
    'El conductor se encontraba en estado de ebriedad.',
    'La casa parecía abandonada desde hace años.',
  ])
  check('fr', [
    'Le maire a démissionné jeudi, ont rapporté des médias locaux.',
    'Deux hommes ont été interpellés, rapportent plusieurs journaux.',
    'Connu des services de police, le suspect ferait face à une nouvelle plainte.',
    'Les deux hommes feraient affaire avec un receleur de Lyon.',
  ], [
    'Le maire a démissionné jeudi, rapporte Le Parisien.',
    'Il a promis qu’il ferait tout pour retrouver le coupable.',
    'Cela ferait de lui le plus jeune maire du département.',
  ])
})

// Session 30: a question asserts nothing, so nothing in it is hedged (README: a question is `-`; the session-29 decision gives it no speaker).
describe('session 30: a question is never hedged', () => {
  check('es', ['El hombre habría huido a pie.'], ['¿Habría huido el hombre a pie?', '¿Sería para ocultar pruebas?'])
  check('fr', ['Le suspect aurait menti aux enquêteurs.'], ['Le suspect aurait-il menti aux enquêteurs ?', '« Aurait-il menti ? »'])
  check('en', ['The fire was allegedly set by a neighbor.'], ['Was the fire allegedly set by a neighbor?'])
  check('de', ['Der Mann soll geflüchtet sein.'], ['Soll der Mann geflüchtet sein?'])
})

// Session 30: "selon plusieurs / certaines sources" qualified by where the sources sit is an anonymous attribution (as "selon une source proche
// de l'enquête"), not a hedge; bare, it stays one. Invented sentences.
describe('session 30: fr qualified "selon plusieurs sources" is an attribution', () => {
  check('fr', ['Selon certaines sources, le suspect était armé.', 'Selon plusieurs sources, le maire a démissionné.'], [
    'Selon plusieurs sources proches de l’enquête, les voleurs sont entrés par le garage.',
    'Selon certaines sources policières, le suspect était armé.',
  ])
})

// Session 31 (hedges9): classes from reference grammar, each with invented must-change cells (every one failed on main 158eafe) and nearby
// must-not cells. None of these sentences comes from the corpus or a set.
describe('session 31: ru present "может / могут" of possibility vs ability and permission', () => {
  check('ru', [
    'Ущерб от кражи может составить около двух миллионов рублей.',
    'За нападением могут стоять конкуренты владельца кафе.',
    'Речь может идти о крупной партии контрабандных сигарет.',
    'Причиной аварии может быть неисправность тормозов.',
    'Число пострадавших может достигать двадцати человек.',
    'Задержанный может являться членом банды, орудовавшей в области.',
  ], [
    'Пострадавшие могут обратиться в администрацию за компенсацией.',
    'Жители могут подать заявление на выплату до конца месяца.',
    'Владелец может получить страховку только после экспертизы.',
    'Решение суда может быть обжаловано в течение десяти дней.',
    'Теперь каждый может стать донором крови.',
    'Нарушителям может грозить штраф до пяти тысяч рублей.',
    'Штраф может составить до пяти тысяч рублей.',
    'Членом клуба может являться любой житель города.',
    'Ущерб не может превышать стоимость автомобиля.',
    'Автомобиль может стоять на парковке до утра.',
  ])
})

describe('session 31: ru unnamed media closing or with an insertion, unofficial or unconfirmed information as subject or predicate', () => {
  check('ru', [
    'Подозреваемого уже доставили в отдел полиции, сообщают СМИ.',
    'Местные СМИ, в свою очередь, пишут, что пострадавших больше десяти.',
    'Неофициальная информация указывает на то, что водитель был пьян.',
    'В полиции сообщили о двух задержанных, но эти данные пока не подтверждены.',
  ], [
    'Подозреваемого уже доставили в отдел полиции, сообщает ТАСС.',
    'Местные СМИ в понедельник опубликовали списки пострадавших.',
    'Информация о втором пострадавшем не подтвердилась.',
    'В полиции официально подтвердили задержание двух человек.',
  ])
})

describe('session 31: de "sollen" of report (stative verb closing a relative clause) vs "sollen" of plan (a state with a time to come)', () => {
  check('de', [
    'Im Zug fiel den Schaffnern ein Mann auf, der dem Gesuchten ähnlich sehen soll.',
    'Zwei Männer, bei denen es sich um Angestellte des Hotels handeln soll, wurden festgenommen.',
    'Der Verdächtige, der in Berlin wohnen soll, ist seit Montag verschwunden.',
    // the reportive perfect stays hedged with a time word that could be past or future
    'Der Mann soll im Sommer in Spanien untergetaucht sein.',
    'Der Täter soll Ende Mai in der Wohnung gewesen sein.',
    'Die Frau soll den Einbrecher überrascht haben.',
  ], [
    'Der Neubau soll im Frühjahr fertig sein.',
    'Die Brücke soll ab Mai 2026 wieder befahrbar sein.',
    'Bis Ende des Jahres soll die Sanierung abgeschlossen sein.',
    'Die Schule soll nach den Ferien wieder geöffnet werden.',
    'Die Flüchtlinge, die ab Mai in der Halle wohnen sollen, kommen aus Syrien.',
    'Eine Schule, die im Herbst eröffnet werden soll, bekommt einen neuen Namen.',
  ])
})

describe('session 31: es impersonal "se asegura que" / "según se pudo saber"; a report the sentence contrasts', () => {
  check('es', [
    'Se asegura que el detenido tenía antecedentes por robo.',
    'Según se pudo saber, el conductor huyó a pie.',
    'La fiscalía adelantó que los detenidos estarían vinculados al robo.',
  ], [
    'Según se pudo saber por la policía, el conductor huyó a pie.',
    'La versión del alcalde contrasta con la información de la fiscalía, que adelantó que los detenidos estarían vinculados al robo.',
    'Se asegura la zona con vallas antes de cada partido.',
  ])
})

describe('session 31: en "it\'s possible" without "that"; a belief the sentence shows was a misunderstanding', () => {
  check('en', [
    "It's possible the burglar escaped through the back garden, police said.",
    'It is possible that the fire started in the kitchen.',
    'A boy who was thought to have been kidnapped by his father was found in a motel.',
  ], [
    'It is possible to apply for compensation online.',
    "It's possible now to apply for compensation online.",
    'A boy who was thought to have been kidnapped has come home and told police it was a misunderstanding.',
  ])
})

describe('session 31: fr suspicion frame and epistemic "pourrait être" with guillemets or a comma between', () => {
  check('fr', [
    'Il existe de grandes suspicions » que le maire ait favorisé son frère.',
    'Les enquêteurs ont « de sérieux soupçons » que l’incendie soit criminel.',
    'La vidéo montre un homme qui pourrait être, de manière « très probable », le fugitif.',
  ], [
    'La vidéo montre un homme qui pourrait être interrogé, selon « une source proche », dans les prochains jours.',
    'Les soupçons ont été levés après l’audition du maire.',
  ])
})

describe('session 31: fr counterfactual of a worse outcome ("aurait pu être évité / pire", "aurait pu arriver à n\'importe qui")', () => {
  check('fr', ['Le suspect aurait pu s’enfuir par la fenêtre de la cuisine.', 'Le voleur aurait pu être aidé par un complice.'], [
    'Cela aurait pu arriver à n’importe qui, a déclaré le maire.',
    'Le bilan aurait pu être bien plus lourd.',
    'Le drame aurait pu être évité si la porte avait été fermée.',
    'La soirée aurait pu tourner au drame.',
  ])
})

describe('session 31: ru epistemic "мог" after a fronted infinitive', () => {
  check('ru', ['Спровоцировать пожар могла непотушенная сигарета.', 'Стать причиной аварии мог гололёд на трассе.'], [
    'Помочь пострадавшим никто не мог.',
    'Покинуть здание могли только сотрудники охраны.',
    'Открыть дверь мог бы любой сосед.',
  ])
})

// Session 32 (hedges10). Classes from the s32 lead decision (unnamed media are a hedge), from reference grammar and the README's written
// label rules, sorted by the confusion table of the spent sets' misses (check8, the residue of check2..check7) and check9-dev (in the hedges10
// note). Every must-change cell below failed on main b58c791's hedge code; the must-not cells sit next to them.
describe('session 32: unnamed media as the frame or the subject of a verb of reporting, in six languages (s32 lead decision)', () => {
  check('en', [
    'According to local media, the driver had been drinking.',
    'Local media reported that the man was arrested at his home.',
    'Several newspapers said the suspect had fled abroad.',
    'Some media outlets reported that two people were detained.',
  ], [
    'According to the Guardian, the man was arrested at his home.',
    'According to state media, the missile was launched at dawn.',
    'The sheriff told local media that the man was arrested at his home.',
    'The mayor spoke to several newspapers on Monday.',
    'Media reported the arrest on Monday.',
  ])
  check('fr', ["La presse locale rapporte que l'homme était connu des services de police."], [
    "Le procureur a indiqué à la presse locale que l'homme était connu des services de police.",
    "Le Parisien rapporte que l'homme était connu des services de police.",
  ])
  check('de', ['Mehrere Zeitungen berichteten, der Täter sei geflohen.', 'Lokale Medien berichten, dass der Fahrer betrunken war.'], [
    'Die „Bild“ berichtete, der Täter sei geflohen.',
    'Ein Polizeisprecher sagte den Medien, der Täter sei geflohen.',
  ])
  check('es', ['Varios periódicos publicaron que el alcalde había dimitido.'], [
    'El alcalde dijo a los medios locales que no había dimitido.',
    'El diario El País publicó que el alcalde había dimitido.',
  ])
  check('ru', ['Некоторые СМИ также пишут, что у него было оружие.', 'Ряд СМИ сообщил, что чиновник задержан.'], [
    'В полиции рассказали СМИ, что чиновник задержан.',
    '«Коммерсантъ» также пишет, что у него было оружие.',
  ])
  check('ko', [
    '외신 보도에 따르면 용의자는 범행 직후 국외로 달아났다.',
    '현지 매체들은 용의자가 범행 직후 달아났다고 보도했다.',
    '일부 언론은 용의자가 국외로 달아났다고 보도했다.',
  ], ['뉴욕타임스는 용의자가 범행 직후 달아났다고 보도했다.', '경찰은 언론에 용의자가 달아났다고 밝혔다.'])
})

describe('session 32: ru epistemic "может/могут" with a verb of being somewhere, staying or turning out; not permission with a limit', () => {
  check('ru', [
    'Под завалами могут оставаться ещё несколько человек.',
    'Пропавший может находиться в лесном массиве у деревни.',
    'Часть документов может оказаться поддельной.',
  ], [
    'В зале могут находиться не более 50 человек.',
    'Дети могут оставаться в лагере до конца августа.',
    'Посетители могут находиться на территории только в сопровождении сотрудника.',
  ])
})

describe('session 32: ru a version the inquiry leans to or that exists, an authority admitting a possibility, unconfirmed data with words between', () => {
  check('ru', [
    'Следствие склоняется к версии о поджоге.',
    'Есть версия, что пожар начался из-за проводки.',
    'Полиция допускает, что злоумышленник действовал не один.',
    'Эксперты допустили, что документы могли быть подделаны.',
    'По неподтверждённым официальными источниками данным, задержаны трое.',
  ], [
    'Следствие отвергло версию, что пожар был поджогом.',
    'Суд допустил к процессу журналистов.',
    'Водитель допустил наезд на пешехода.',
    'По данным официальных источников, задержаны трое.',
  ])
})

describe('session 32: ru the fraudster\'s pretext ("якобы" in what fraudsters persuade the victim of, a call "из/от якобы …"); a forecast after "не исключено"', () => {
  check('ru', ['Соседи уверяют, что его якобы видели у дома.', 'Не исключено, что пожар начался из-за проводки.'], [
    'Мошенники уверяли пенсионерку, что её счёт якобы взломан.',
    'Неизвестные, представившись сотрудниками банка, убедили женщину, что её деньги якобы пытаются похитить.',
    'Участились звонки из якобы службы безопасности банка.',
    'Не исключено, что число задержанных увеличится.',
    'Поиски продолжаются, поэтому не исключено, что список пострадавших может пополниться.',
  ])
})

describe('session 32: fr inference ("laissent penser à", "permet de penser", "font penser"), a favoured motive, the conditional of short stems', () => {
  check('fr', [
    'Des traces de sang sur ses mains laissent penser à une bagarre.',
    'Des traces de pneus laissent supposer que les voleurs sont repartis en voiture.',
    "Il avait du sang sur les mains, ce qui permet de penser qu'il a porté les coups.",
    'La piste criminelle reste privilégiée.',
    "Néanmoins, le mobile de l'agression reste privilégié.",
    "L'homme arrêté lundi ne nierait plus son implication, assure RTL.",
  ], [
    'Rien ne permet de penser que le suspect ait agi seul.',
    'Il ne faut pas laisser penser que la police est absente.',
    'La piste criminelle a été écartée par les enquêteurs.',
    'Le mobile reste inconnu.',
    'Les enquêteurs ont privilégié le dialogue avec la famille.',
  ])
})

describe('session 32: de provisional findings with a postposed "nach", the impersonal belief with its object, inference from traces, reportive "soll … bestehen"', () => {
  check('de', [
    'Ersten Erkenntnissen nach, war dem Angriff ein Streit vorausgegangen.',
    'Bisherigen Aussagen zufolge flüchtete der Mann mit einem Auto.',
    'Derzeit wird von einem technischen Defekt ausgegangen.',
    'Lebensgefahr soll derzeit nicht bestehen.',
    'Die Spuren ließen sowohl auf Vandalismus als auch auf Diebstahl schließen.',
  ], [
    'Den Aussagen der Zeugin zufolge flüchtete der Mann mit einem Auto.',
    'Ersten Erkenntnissen nach dem Brand suchte die Polizei Zeugen.',
    'Es wird von einer Sperrung bis Freitag ausgegangen.',
    'Der Vertrag soll bis 2030 bestehen.',
    'Die Spuren lassen nicht auf einen Einbruch schließen.',
    'Die Ermittler schließen Brandstiftung aus.',
  ])
})

describe('session 32: de an estimate of a figure and an expectation of a step to come are not hedges (README check8 calls)', () => {
  check('de', ['Die Polizei geht davon aus, dass der Brand durch einen Defekt ausgelöst wurde.'], [
    'Der Schaden beläuft sich ersten Schätzungen zufolge auf rund 3.000 Euro.',
    'Die Polizei geht davon aus, dass die Straße am Montag wieder freigegeben wird.',
  ])
})

describe('session 32: es an authority\'s belief with words between or negated, "se presume" in a relative; an indirect question after a noun of knowing', () => {
  check('es', [
    'La policía en Ohio no cree que el sospechoso siga en la zona.',
    'El ataque, que se presume iba dirigido contra el empresario, dejó dos heridos.',
  ], [
    'La policía tiene una idea de quién podría ser el sospechoso.',
    'Nadie cree que el alcalde vaya a dimitir.',
    'El alcalde negó los rumores de que protege a quien se presume disparó.',
  ])
})

describe('session 32: en an agency\'s belief named by its initials or with an adverb; a counterfactual "could have" after "if … had" or "Had …"', () => {
  check('en', [
    'The RCMP currently believes the fire was accidental.',
    'Police currently believe the man was alone.',
    'The burglar could have entered through the garage, police said.',
    'Police said the man could have been hit by a car.',
  ], [
    'She still believes in the justice system.',
    'Firefighters said if he had stayed inside much longer, he could have died.',
    'Had the door been locked, the child could have died.',
    'If the alarm had worked, the thieves could have been caught.',
  ])
})

describe('session 32: de a coordinated perfect infinitive closed by "soll" (report), not a plan with a time to come; a season as the predicate of "könnte … sein" is a schedule', () => {
  check('de', [
    'Die Nachbarin meldete, dass ein Mann die Tür eingetreten haben und die Bewohner bedrohen soll.',
    'Derzeit wird von einer auf offener Straße ausgetragenen häuslichen Gewalt ausgegangen.',
    'Die Ursache könnte ein technischer Defekt sein.',
  ], [
    'Der Plan sieht vor, dass die Firma die Halle umgebaut haben und ab Mai eröffnen soll.',
    'Baubeginn könnte dann im Sommer sein.',
  ])
})

describe('session 32: fr the conditional in a relative describing a sought witness is not a report ("le témoignage d\'un voisin qui l\'aurait reconnu")', () => {
  check('fr', ["Un voisin l'aurait reconnu sur les images."], [
    "Les enquêteurs comptent aussi sur le témoignage d'un voisin qui l'aurait reconnu.",
    'Un appel à témoins est lancé pour retrouver toute personne qui aurait vu le véhicule.',
  ])
})

// session 33 (hedges11), lead decision 3: a version the inquiry considers is a hedge ("barajan la hipótesis", "explorent la piste", "gehen der
// Spur … nach", "가능성도 살피고 있다"); examining whether something holds stays an indirect question (README session 32), and so does a
// possibility under investigation ("investigating the possibility of arson", tuned `-`); an open inquiry with no version ("no se descarta
// ninguna hipótesis", "모든 가능성을 열어두고") asserts none
describe('session 33: a version the inquiry considers (lead decision 3), not an examination of whether nor an open inquiry', () => {
  check('es', [
    'La Guardia Civil baraja la hipótesis de un ajuste de cuentas.',
    'La segunda hipótesis que se baraja es que el hombre se cayó por la escalera.',
    'Los agentes trabajan sobre la hipótesis de un robo que salió mal.',
  ], [
    'Los investigadores barajan varias hipótesis.',
    'Se investiga su posible relación con otros robos en la zona.',
    'La policía descartó la hipótesis de un robo.',
    'No se descarta ninguna hipótesis, dijo el fiscal.',
  ])
  check('fr', [
    "Les enquêteurs explorent la piste d'un règlement de comptes.",
    "Les gendarmes étudient la piste d'un incendie criminel.",
    "Les enquêteurs n'écartent pas la piste criminelle.",
    'Le procureur a confirmé que les enquêteurs étudiaient bien cette hypothèse.',
  ], [
    "Les gendarmes ont remonté la piste d'un jeune homme grâce à des témoins.",
    'Les enquêteurs ont écarté la piste criminelle.',
    "Aucune hypothèse n'est écartée à ce stade de l'enquête.",
    'Les enquêteurs examinent si le feu a pu être allumé volontairement.',
  ])
  check('de', [
    'Die Ermittler gehen der Spur eines Beziehungsdramas nach.',
    'Die Polizei verfolgt die These, dass der Täter ortskundig war.',
    'Die Ermittler gehen von der Annahme aus, dass der Mann allein handelte.',
  ], [
    'Die Ermittler gehen 187 Hinweisen nach.',
    'Die Polizei geht der Frage nach, ob der Mann allein war.',
    'Von dem Fahrer fehlte jede Spur.',
    'Die Polizei sicherte Spuren am Tatort.',
  ])
  check('ko', [
    '경찰은 A씨가 불을 질렀을 가능성도 살피고 있습니다.',
    '경찰은 방화 가능성에 무게를 두고 수사하고 있다.',
    '경찰은 타살 가능성을 열어두고 조사하고 있다.',
  ], [
    '경찰은 모든 가능성을 열어두고 수사하고 있다.',
    '경찰은 공범이 있는지 살피고 있다.',
    '경찰은 방화 가능성은 없다고 밝혔다.',
    '경찰은 타살 가능성을 수사하고 있다.',
  ])
  check('en', [
    'Investigators are exploring the possibility that the fire was set.',
    'Detectives are pursuing the theory that the victim knew her killer.',
    'The chief said there was a strong possibility someone had died in the fire.',
  ], [
    'Police are looking into whether the two cases are linked.',
    'Police have ruled out the possibility of foul play.',
    'Police are investigating the possibility of arson.',
    'There is a good chance the road will reopen on Friday.',
  ])
  check('ru', ['Следователи отрабатывают версию о поджоге.', 'Одна из версий — короткое замыкание.'], ['Официальных версий власти пока не выдвигали.'])
})

// session 33 (hedges11): fr "a/ont pu être" + a participle of harm or of a body carried off is the epistemic "may have been" (README check7:
// "ont pu être emportées par les torrents" h); a participle of an achievement (secouru, identifié, réanimé, retrouvé …), "a pu" + an active
// infinitive say what happened (README session 32: "Le suspect a pu être appréhendé" -)
describe('session 33: fr "a pu être" of possibility (harm, carried off, a fire\'s start), not of achievement', () => {
  check('fr', [
    'La victime a pu être frappée avec un objet contondant.',
    'Les victimes ont pu être emportées par le courant.',
    "Le feu a pu partir d'une cigarette mal éteinte.",
  ], [
    'Trois personnes ont pu être secourues par les pompiers.',
    "L'auteur des coups de feu a pu être identifié dans la soirée.",
    'Le blessé a pu être réanimé par les secours.',
    'Le véhicule volé a pu être retrouvé le lendemain.',
    'Quatre personnes ont pu évacuer le véhicule à temps.',
    'Les habitants ont pu partir à temps.',
  ])
})

// session 33 (hedges11): a hedge inside a direct quote hedges the claim (README check4: «il ne s'agirait pas de blessure par balles» h): an
// office's belief in the first person plural ("We believe …", "Wir glauben, dass …", "Nous pensons que …", "Creemos que …", "Мы полагаем"), as
// "police believe"; not "we think" or a self-evaluation (an opinion, as "I think", README), a belief in something, nor a forecast
describe('session 33: a hedge inside a direct quote, an office\'s belief in the first person plural', () => {
  check('en', [
    '"We believe this is a domestic-violence homicide," the police chief said.',
    '"We suspect the fire was set on purpose," the fire marshal said.',
  ], [
    '"We think we did a good job," the chief said.',
    '"We believe in this community," the mayor said.',
    '"We believe the road will reopen on Monday," the mayor said.',
  ])
  check('de', [
    '„Wir glauben, dass es sich um einen Einzeltäter handelt“, sagte er.',
    '„Wir vermuten, dass der Täter ortskundig war“, sagte der Sprecher.',
    '„Er soll über den Balkon geflohen sein“, sagte der Sprecher.',
  ], [
    '„Wir glauben an unsere Stadt“, sagte der Bürgermeister.',
    '„Wir glauben, dass die Straße bald wieder frei sein wird“, sagte der Sprecher.',
  ])
  check('fr', [
    "« Nous pensons que le feu est d'origine criminelle », a indiqué le procureur.",
    '« Il aurait été frappé à la tête », a dit le policier.',
  ], [
    '« Nous pensons que nous avons bien travaillé », a dit le maire.',
    '« Nous pensons que la route sera rouverte demain », a dit le maire.',
  ])
  check('es', [
    '«Creemos que el incendio fue provocado», dijo el jefe de bomberos.',
    '"Sospechamos que el ladrón conocía la casa", explicó el comisario.',
    'Este aspecto lo hizo suponer que los atacantes buscaban dólares.',
  ], [
    '"Creemos en la justicia", dijo la madre.',
    '"Creemos que mañana estará resuelto", dijo el alcalde.',
    '"Creemos que hicimos un buen trabajo", dijo el alcalde.',
    'Nada hace pensar que el incendio fuera provocado.',
  ])
  check('ru', ['«Мы полагаем, что пожар начался из-за проводки», — сказал представитель МЧС.'], [
    '«Мы считаем, что сделали всё правильно», — сказал глава района.',
  ])
})

// session 33 (hedges11): provisional findings attributed to an office stay a hedge with that office in play (the s28 decision; speakers12 owns
// the sourcing side): the office may stand between the findings and their verb ("Les premières constatations des gendarmes indiquent",
// "Las primeras investigaciones de la Policía Nacional apuntan", "Preliminary findings from the fire marshal's office indicate", "Den ersten
// Ermittlungen der Kripo zufolge"), and a French verb of report inside them is not the impersonal report the s29 decision gives to the office
describe('session 33: provisional findings attributed to an office, with that office in play', () => {
  const office = (attribution: string): HedgeContext => ({ sourcing: { type: 'official', attribution, cue: 'said' } })
  const cases: [string, string, string][] = [
    ['fr', 'Les premières constatations des gendarmes indiquent que le feu est parti de la cuisine.', 'la gendarmerie'],
    ['fr', "Les premiers éléments de l'enquête indiquent que le conducteur roulait trop vite.", 'le parquet'],
    ['es', 'Las primeras investigaciones de la Policía Nacional apuntan a un cortocircuito.', 'la Policía Nacional'],
    ['en', "Preliminary findings from the fire marshal's office indicate the fire started in the kitchen.", 'the fire marshal'],
    ['de', 'Den ersten Ermittlungen der Kripo zufolge war die Tür nicht verschlossen.', 'die Kripo'],
  ]
  for (const [lang, s, who] of cases) it(`hedged with ${who} in play: ${s}`, () => expect(findHedge(s, lang, undefined, office(who)).hedged).toBe(true))
  // not a finding: an office's report in its own words stays the office's (the s29 decision)
  it('not hedged: "Le parquet a indiqué que …" with the parquet in play', () =>
    expect(findHedge('Le parquet a indiqué que le conducteur roulait trop vite.', 'fr', undefined, office('le parquet')).hedged).toBe(false))
})

// session 33 (hedges11), batch 2, from the residue of check9's misses (spent, read as dev), each class written from grammar with its near misses
describe('session 33: unnamed media, assumptions and beliefs, provisional data, epistemic forms left over from check9', () => {
  check('de', [
    'Medien berichten, der Angreifer habe gerufen.',
    'Als Brandursache wurde laut Polizei ein technischer Defekt angenommen.',
    'Die Polizei geht von einem technischen Defekt an einem elektronischen Gerät oder Fahrlässigkeit aus.',
  ], [
    'Eine Untersuchung soll nun auch seinen Zustand ermitteln.',
    'Der Antrag wurde am Montag angenommen.',
    'Eine Gefahr für die Anwohner geht von dem Brand in der Lagerhalle nicht aus.',
    'Die Polizei ging nicht von einer politisch motivierten Tat aus.',
    'Der Bürgermeister sagte den Medien, die Straße bleibe gesperrt.',
  ])
  check('en', [
    "The man climbed in through a window, and it's believed he was alone.",
    "Police said it doesn't appear the man meant to burn the building.",
  ], ["It's believed to be the oldest house in town, a plaque says.", "Police said it doesn't matter who started the fight."])
  check('es', [
    'La puerta estaba rota, por lo que podía haberse convertido en la vía de acceso.',
    'Según todos los indicios, el ladrón entró por la ventana.',
  ], ['La investigación sigue abierta y no se descartan más detenciones.', 'Los vecinos podían haber llamado antes si hubieran oído algo.'])
  check('fr', [
    "La consommation de stupéfiants n'est pas non plus exclue.",
    "Les enquêteurs estiment qu'une équipe venue de l'est tourne dans le département.",
    'Les gendarmes pensent que le cambrioleur connaissait les lieux.',
  ], [
    'Les enquêteurs estiment le préjudice à plusieurs milliers d’euros.',
    "L'ambulance a signalé l'incendie et a pu prendre en charge des personnes avant l'arrivée des renforts.",
  ])
  check('ru', [
    'Согласно предварительным данным, причиной гибели является переохлаждение.',
    'По сообщению российских СМИ, 60 тел уже опознаны.',
    'Это может говорить о том, что у полицейских нет подозрений.',
    'По предположению участников группы, водитель заснул за рулем.',
  ], ['По сообщению пресс-службы МВД, задержаны двое.', 'Согласно данным МЧС, пожар потушен.'])
})

// session 33 (hedges11), batch 3, from the last of check9's residue (spent, read as dev): a version voiced by the authorities, a belief with its
// subject dropped, the epistemic "может" on a figure, an animate supposition in the present; the counterfactual of a death or a figure
describe('session 33: versions voiced, dropped-subject beliefs, a figure that may exceed; a death or a figure that did not happen', () => {
  check('fr', ['Les gendarmes évoquent de la délinquance locale plutôt que des cambrioleurs de passage.'], [
    'Le maire a évoqué la mémoire des victimes.',
    'Le policier aurait pu être tué, a déploré le préfet.',
    "Le préjudice aurait pu atteindre plusieurs milliers d'euros.",
  ])
  check('es', ['Sin embargo, creen que actuaron al menos cuatro personas.'], ['Nadie cree que el alcalde vaya a dimitir.'])
  check('ru', ['Количество жертв может значительно превышать 150.', 'Так что очевидцы предполагают потерю сознания.'], [
    'Число жертв может вырасти.',
    'Проект предполагает строительство нового моста.',
    'Специалисты предполагали, что там было поселение, однако их догадки подтвердились.',
  ])
})

// session 33 (hedges11), batch 4, false hedges of check9 (spent): an estimate of an amount (README: estimates of a figure are not hedges) and a
// possibility inside the description of who is sought (README check9) are not the claim's hedge; the belief and the plain modal stay
describe('session 33: es an estimate of an amount, a possibility describing who is sought', () => {
  check('es', ['Se estima que el fuego comenzó en la cocina.', 'Los sospechosos podrían estar vinculados a los robos, según la policía.'], [
    'No hay heridos, pero se estima que son millonarias las pérdidas.',
    'La policía allanó cuatro casas en busca de sospechosos que podrían estar vinculados a los robos.',
  ])
})

// session 34 (hedges12): classes from the aggregate hedge confusion of the carry sets (spent, whole pages through extract()), each written
// from grammar as a word class or construction. On main 322ac9e 19 hedged cells and 4 unhedged ones fail (must-change: "Как сообщается на
// сайте …", "… в пресс-релизе …", "sin motivo / razón aparente" were false hedges); 3 hedged cells ("Как сообщается, в квартире …", "supposément",
// "présumément") and 15 unhedged ones hold there and after (controls and must-not)
describe('session 34: ru a verb of saying with no subject, set off as a parenthetical or opening a quoted clause; the particle "вроде"', () => {
  check('ru', [
    'Водитель, как говорят, был пьян.',
    '«Сказали, сосед поджёг эту квартиру.',
    '«Нас до утра, сказали, не пустят домой.',
    'Хозяин дома, рассказывают, давно враждовал с соседями.',
    'Мужчина вроде держался за голову.',
    'Злоумышленник вроде уже скрылся с места происшествия.',
  ], [
    'Об этом рассказывают соседи погибшего.',
    'Как говорят соседи, мужчина жил один.',
    'Полицейские сказали, что мужчина задержан.',
    'В полиции сказали, что возбуждено уголовное дело.',
    'Похитили вещи вроде телефонов и ноутбуков.',
    'Грабитель забрал ценности вроде золотых украшений.',
  ])
})

describe('session 34: ru narration hearsay with a reporter in play is that reporter\'s account (s29/s30 decisions)', () => {
  const neighbours: HedgeContext = { sourcing: { type: 'anonymous-source', attribution: 'соседи', cue: null } }
  it('not hedged with the neighbours in play: Из квартиры, рассказывают, постоянно доносился шум.', () =>
    expect(findHedge('Из квартиры, рассказывают, постоянно доносился шум.', 'ru', undefined, neighbours).hedged).toBe(false))
  it('hedged with nobody in play: Из квартиры, рассказывают, постоянно доносился шум.', () =>
    expect(findHedge('Из квартиры, рассказывают, постоянно доносился шум.', 'ru').hedged).toBe(true))
  it('hedged inside a quote whoever is in play: «Сказали, сосед поджёг эту квартиру.', () =>
    expect(findHedge('«Сказали, сосед поджёг эту квартиру.', 'ru', undefined, neighbours).hedged).toBe(true))
})

describe('session 34: ru "как сообщается" with its source after it is that source\'s report', () => {
  check('ru', ['Как сообщается, в квартире находились двое детей.'], [
    'Как сообщается на сайте ГУ МВД, пострадали два человека.',
    'Как сообщается в пресс-релизе ведомства, пожар потушен.',
  ])
})

describe('session 34: fr the epistemic adverbs in -ment as one word class', () => {
  check('fr', [
    'Les faits se sont manifestement produits vendredi matin.',
    'Le feu est possiblement dû à un problème électrique.',
    'Le cambrioleur est supposément entré par la fenêtre.',
    'Le conducteur, présumément ivre, a percuté un arbre.',
  ], [
    'Le maire a manifesté son soutien aux familles.',
    'Les pompiers sont intervenus rapidement.',
  ])
})

describe('session 34: ko hearsay in the polite style and appearance after an adnominal verb', () => {
  check('ko', [
    '누군가가 던지는 물건 가운데는 자전거까지 있었다고 합니다.',
    '범인은 이미 달아났다고 해요.',
    '이들은 짐을 챙기지 못한 채 뛰어나온 듯한 모습이었다.',
    '불은 주방에서 시작된 모양이다.',
    '누가 불을 지른 모양이야.',
  ], [
    '선물 상자는 하트 모양이었다.',
    '경찰은 그가 범인이라고 했다.',
    '경찰은 화재 원인을 조사하고 있다고 밝혔습니다.',
  ])
})

describe('session 34: de appearance with any subject ("… sieht aus, als hätte …")', () => {
  check('de', [
    'Die Spur sieht aus, als hätte sich eine Person vom Haus weg geschleppt.',
    'Der Tatort sah so aus, als wäre dort gekämpft worden.',
  ], [
    'Das Haus sieht nach dem Brand schlimm aus.',
    'Der Wagen sieht aus wie neu, sagte der Besitzer.',
  ])
})

describe('session 34: es "podría haberse" with its clitic; "sin motivo aparente" is no hedge', () => {
  check('es', ['El altercado podría haberse producido por una amenaza a su madre.', 'El fuego podría haberle alcanzado mientras dormía.'], [
    'Un individuo agredió a una persona sin motivo aparente.',
    'El hombre atacó a los agentes sin razón aparente.',
  ])
})

describe('session 34: en "apparent" as an attributive alleged-word (README, "Attributive alleged-words")', () => {
  check('en', ['Four people were killed, including two apparent neighbors of the gunman.', 'Police are investigating an apparent suicide.'], [
    'He attacked a passer-by for no apparent reason.',
    'The apparent suicide was ruled a homicide a week later.',
  ])
})

describe('session 34: ko "것 같다" closing a direct quote is the speaker\'s impression, as "I think" (README), not a hedge', () => {
  // reported indirectly ("…것 같다고 주민들은 말했다") it stays a hedge: rules3.test.ts holds that cell
  check('ko', ['불은 주방에서 시작된 것 같다.', '불은 부엌에서 시작된 것 같다고 주민들은 말했다.'], [
    '주민 A씨는 "새총에 맞은 것 같다"며 112에 신고했다.',
    '그는 "인명피해는 없을 것 같다"고 말했다.',
  ])
})

describe('session 34: ru a supposition or suspicion as the subject of an existential verb', () => {
  check('ru', [
    'Среди соседей бытуют предположения, что пожар устроили намеренно.',
    'Есть предположение, что нападавший был пьян.',
    'Высказываются подозрения, что кражу совершил сосед.',
  ], [
    'Никаких предположений о причинах пожара пока нет.',
    'Официальных версий не выдвигается.',
    'Подозрения соседей не подтвердились.',
  ])
})

describe('session 34: fr inference and distancing frames, suspicion with a noun object, "il n\'est pas impossible que"', () => {
  check('fr', [
    'Tout indique que l’incendie est accidentel.',
    'Selon toute apparence, le feu est parti d’une cigarette.',
    'De toute évidence, les cambrioleurs connaissaient les lieux.',
    'À en croire les voisins, l’homme était violent.',
    'Les gendarmes soupçonnent un règlement de comptes.',
    'On soupçonne un acte criminel.',
    'Il n’est pas impossible que l’incendie soit criminel.',
  ], [
    'Le suspect est soupçonné d’avoir frappé sa compagne.',
    'Tout indique la direction de la sortie, a précisé le maire.',
    'Les gendarmes ont interpellé un suspect.',
    'Il est impossible que le pont rouvre avant l’été, a dit le maire.',
  ])
})

describe('session 34: ru "как утверждают," with no subject, "надо полагать," and a cause called supposed', () => {
  check('ru', ['Как утверждают, хозяин был пьян.', 'Надо полагать, злоумышленник знал код.', 'Предполагаемой причиной аварии стал гололёд.'], [
    'Как утверждают в полиции, задержанный ранее судим.',
    'Предполагаемого убийцу задержали в аэропорту.',
    'Надо полагаться на себя, сказал он.',
  ])
})

// Session 35 (hedges13). The spent whole-page sets' hedge errors sorted by where they went wrong (README, "Whole-page hedge set,
// hedges-pages-s35"): the context mechanism (a reporter in play, session 29) missed the English complex passive of a verb of saying, "X was
// reported to be …", the raised form of "it was reported that …" which is already a report frame.
describe('session 35: en complex passive of a verb of saying is an impersonal report (a hedge only with no reporter in play)', () => {
  const office = (attribution: string): HedgeContext => ({ sourcing: { type: 'official', attribution, cue: 'said' } })
  const none: HedgeContext = { sourcing: { type: 'unattributed', attribution: null, cue: null } }
  const raised: [string, string][] = [
    ['The man was reported to be in custody on Tuesday, according to police.', 'police'],
    ['The driver is said to have fled on foot, the sheriff’s office said.', 'the sheriff’s office'],
    ['Two of the victims were reported to be in critical condition, hospital officials said.', 'hospital officials'],
  ]
  for (const [s, who] of raised) {
    it(`not hedged with ${who} in play: ${s}`, () => expect(findHedge(s, 'en', undefined, office(who))).toEqual({ hedged: false, cue: null }))
    it(`hedged with no reporter in play: ${s}`, () => expect(findHedge(s, 'en', undefined, none).hedged).toBe(true))
  }
  // belief verbs raised the same way stay the office's belief, a hedge (README: "an authority's belief governing the claim is h")
  const beliefs = ['The fire is believed to have started in the kitchen, fire officials said.', 'The suspect is thought to have known the victim, police said.']
  for (const s of beliefs) it(`still hedged with an office in play: ${s}`, () => expect(findHedge(s, 'en', undefined, office('police')).hedged).toBe(true))
  // a report to an office is the event, not a report of the claim (session 28), with or without a reporter
  it('not hedged: "was reported to police"', () =>
    expect(findHedge('The burglary was reported to police on Monday.', 'en', undefined, none)).toEqual({ hedged: false, cue: null }))
})
