// Second-round rules, one invented example each: names introduced with an office, the subject
// after the verb, pro-drop continuations, reported speech and what a paragraph carries, Korean
// bylines at the end, pull quotes and teaser runs, segmentation repairs.
import { describe, expect, it } from 'vitest'
import { extract } from './index'
import { claimOf, isClaim } from './__fixtures__/claim-of'
import { analyseSentences, quoteSpeakerMayPass, type SentenceWork } from './carry'

describe('names introduced with an office keep it', () => {
  it('a surname after "la portavoz de la Policía, Wanda Santana" is official', () => {
    const text =
      'Unos disparos se escucharon cerca del ayuntamiento, confirmó la portavoz de la Policía Municipal, Wanda Santana.\n\nSantana dijo que la Policía investiga si los disparos iban dirigidos al alcalde.'
    expect(claimOf(text, 'investiga si', 'es').sourcing.type).toBe('official')
  })

  it('a surname after "Police Chief Mike Arnold" is official, not a named private person', () => {
    const text = 'Police Chief Mike Arnold praised the neighbours on Tuesday.\n\nArnold says the suspect broke in through an unlocked back door.'
    expect(claimOf(text, 'unlocked back door').sourcing.type).toBe('official')
  })

  it('German: an adverbial in front puts the speaker after the verb, with her office', () => {
    const text =
      'Auf Nachfrage erklärt Corinna Wild, Pressesprecherin am Polizeipräsidium, dass der Mann den Eimer bereits bei sich hatte.\n\nLaut Wild dürfte der Schaden im unteren vierstelligen Bereich liegen.'
    expect(claimOf(text, 'den Eimer', 'de').sourcing.type).toBe('official')
    const second = claimOf(text, 'vierstelligen', 'de')
    expect(second.sourcing.type).toBe('official')
    expect(second.hedge.hedged).toBe(true)
  })

  it('Korean: a resident named with 씨 is a named source', () => {
    expect(claimOf('주민 최종수씨(25)는 『총소리가 들려 밖을 내다봤다』고 말했다.', '총소리가', 'ko').sourcing.type).toBe('named-source')
  })
})

describe('what a sentence without its own cue inherits', () => {
  it('Spanish pro-drop: "Dijo que ..." and "Se añadió que ..." continue the last source', () => {
    const text =
      'El alcalde Pedro Pérez aseguró que sus policías detuvieron a dos hombres.\n\nDijo que en la avenida los dos hombres increparon a la familia.\n\nSe añadió que uno de ellos llevaba un arma.'
    expect(claimOf(text, 'increparon', 'es').sourcing.type).toBe('official')
    expect(claimOf(text, 'llevaba un arma', 'es').sourcing.type).toBe('official')
  })

  it('a paragraph rests on the source it opens with, not on one named midway', () => {
    const text = 'Residents called police on Tuesday. Police say the residents did not know about the break-in. An officer spotted the suspect at the station.'
    expect(claimOf(text, 'An officer spotted').sourcing.type).toBe('unattributed')
    const opened = 'Police say the residents did not know about the break-in. An officer spotted the suspect at the station.'
    expect(claimOf(opened, 'An officer spotted').sourcing.type).toBe('official')
  })

  it('German: a closing ", so Wild." covers reported speech (sei), not the narration around it', () => {
    const text =
      'Die Pressesprecherin Corinna Wild äußerte sich am Freitag. Im Anschluss verließ der Mann das Rathaus. Nach der Aufnahme des Falles sei der Mann wieder entlassen worden, so Wild.'
    expect(claimOf(text, 'verließ der Mann', 'de').sourcing.type).toBe('unattributed')
    expect(claimOf(text, 'wieder entlassen', 'de').sourcing.type).toBe('official')
  })

  it('German: after "sagt ein Polizist" the indicative narration is the reporter’s', () => {
    const text = 'Es habe lichterloh gebrannt, sagt ein Polizist. Nur wenige Einsatzkräfte betreten das Haus. Es sei von hohen Temperaturen auszugehen.'
    expect(claimOf(text, 'lichterloh', 'de').sourcing.type).toBe('official')
    expect(claimOf(text, 'Nur wenige', 'de').sourcing.type).toBe('unattributed')
    expect(claimOf(text, 'hohen Temperaturen', 'de').sourcing.type).toBe('official')
  })

  it('Korean: narration after a 『…』 quote does not inherit its speaker', () => {
    const text = '주민 최종수씨는 『총소리가 들렸다』고 말했다. 경찰과 군부대 병력이 긴급출동해 현장조사에 나섰다.'
    expect(claimOf(text, '긴급출동', 'ko').sourcing.type).toBe('unattributed')
  })
})

describe('hedges of the second round', () => {
  it.each([
    ['de', 'Darüber hinaus sollen die Unbekannten, deren genaue Anzahl noch unbekannt ist, gegen 6 Uhr mit Trillerpfeifen vor dem Haus gelärmt haben.', 'Trillerpfeifen'],
    ['de', 'Die Polizei geht derzeit davon aus, dass der Vorfall mit dem Amt zusammenhängt.', 'Vorfall'],
    ['ko', '경찰은 허위신고일 가능성도 없지 않는 것으로 보고 신고 경위 등을 조사하고 있다.', '허위신고'],
  ] as const)('%s: %s', (language, text, fragment) => {
    expect(claimOf(text, fragment, language).hedge.hedged).toBe(true)
  })

  it('Korean: "경찰은 … 것으로 보고" is the police’s view', () => {
    expect(claimOf('경찰은 부엌에서 불이 시작된 것으로 보고 화재 원인을 조사하고 있습니다.', '부엌에서', 'ko').sourcing.type).toBe('official')
  })
})

describe('furniture and bylines of the second round', () => {
  it.each([
    ['〈이철용·성동기기자〉', '이철용'],
    ['[디지털뉴스국 이유현 인턴기자]', '이유현'],
    ['coddy@fnnews.com 예병정 기자', '예병정'],
  ])('Korean byline at the end: %s', (line, author) => {
    const text = `서울 종로구에서 총소리가 네 차례 들렸다고 주민들이 신고했다. 경찰이 출동해 조사에 나섰다.\n${line}`
    const result = extract(text)
    expect(result.meta.author).toBe(author)
    expect(result.claims.some((c) => c.text.includes(line))).toBe(false)
  })

  it('Korean portal notices and bracketed copyright lines are furniture', () => {
    const text = '불은 50여 분 만에 잡혔습니다.\n이 기사의 카테고리는 언론사의 분류를 따릅니다.\n[ⓒ 매일경제 & mk.co.kr, 무단전재 및 재배포 금지]'
    expect(extract(text).claims.map((c) => c.text)).toEqual(['불은 50여 분 만에 잡혔습니다.'])
  })

  it('a quotation standing alone as a subheading is furniture; the same words quoted in the body are not', () => {
    const text =
      'Le maire a été agressé mercredi devant son domicile.\n\n"On est anéantis, on est complétement catastrophés"\n\nLes gendarmes recherchent le suspect depuis jeudi.'
    expect(isClaim(text, 'On est anéantis', 'fr')).toBe(false)
    expect(extract(text, { language: 'fr' }).nonClaims.some((n) => n.kind === 'subheading' && n.text.includes('anéantis'))).toBe(true)
  })

  it('every line of a teaser block under "Más Información" is furniture', () => {
    const text = [
      'Vecinos de Atenco cerraron la presidencia municipal el jueves pasado.',
      '',
      'Más Información',
      'Denuncian agresión de presuntos militares contra trabajadores en Tamaulipas; una de las víctimas falleció',
      'Yasmín Esquivel defiende la reforma judicial en Con los de Casa; alejado de la realidad pensar que es una venganza política, afirma',
      'México hablará con Trump sobre el T-MEC en febrero; no es obligación del país tener órganos autónomos, afirma Ebrard',
      'San Salvador Atenco, Méx.— Vecinos y policías locales protagonizaron conatos de enfrentamiento el jueves.',
    ].join('\n')
    const claims = extract(text, { language: 'es' }).claims
    expect(claims.map((c) => c.text.slice(0, 20))).toEqual(['Vecinos de Atenco ce', 'Vecinos y policías l'])
    expect(claims[1].sourcing.type).toBe('unattributed')
  })

  it('German comment prompts and "Das könnte dich auch interessieren" are furniture', () => {
    const text = 'Der Brandschaden dürfte bei 50.000 Euro liegen.\n\nDas könnte dich auch interessieren:\n\nKommentare\nUm Kommentare verfassen zu können, müssen Sie sich anmelden.\nBitte beachten Sie unsere Nutzungsregeln.'
    expect(extract(text, { language: 'de' }).claims.map((c) => c.text)).toEqual(['Der Brandschaden dürfte bei 50.000 Euro liegen.'])
  })
})

describe('sentence boundaries the segmenter misses', () => {
  it('"Baronne St. The NOFD said ..." is two sentences; "St. Louis" stays one', () => {
    const claims = extract('The fire was reported in the 1800 block of Baronne St. The NOFD said the fire started at an abandoned building.').claims
    expect(claims).toHaveLength(2)
    expect(claims[1].sourcing.type).toBe('official')
    expect(extract('The plane landed in St. Louis on Monday after a long delay.').claims).toHaveLength(1)
  })

  it('"sagte der Hausbesitzer.Die Ermittlungen ..." is split where the page lost its space; addresses are not', () => {
    const text = 'Er wisse nicht, wo er schlafe, sagte der Hausbesitzer.Die Ermittlungen zur Brandursache dauern derzeit noch an.'
    expect(extract(text, { language: 'de' }).claims.map((c) => c.text.slice(0, 15))).toEqual(['Er wisse nicht,', 'Die Ermittlunge'])
    expect(extract('Die Polizei ist unter www.polizei.mvnet.de erreichbar und nimmt Hinweise entgegen.', { language: 'de' }).claims).toHaveLength(1)
  })
})

// Session 25 (carry3): the README's written carry rules, one function each in carry.ts, each with an invented sentence
// that must change and a nearby one that must not. Asked of the rules alone (no carry model).
function sourcingOf(text: string, fragment: string, language?: string): string {
  const claims = extract(text, { language, carryModel: null }).claims
  const claim = claims.find((c) => c.text.includes(fragment))
  expect(claim, `${fragment} in ${JSON.stringify(claims.map((c) => c.text))}`).toBeDefined()
  return claim!.sourcing.type
}

describe('paragraphOpenerCarries: the opener governs past a source named midway', () => {
  it('a sentence after a mid-paragraph source takes the paragraph’s opening source', () => {
    const text = 'According to police, the man broke in through a kitchen window. He took two laptops, a neighbour said. The laptops were later found in a parked car on Elm Street.'
    expect(sourcingOf(text, 'parked car', 'en')).toBe('official')
  })
  it('must not: with no source opening the paragraph, the sentence stays unattributed', () => {
    const text = 'The man broke in through a kitchen window. He took two laptops, a neighbour said. The laptops were later found in a parked car on Elm Street.'
    expect(sourcingOf(text, 'parked car', 'en')).toBe('unattributed')
  })
  it('German: indicative narration after a chain of reported speech stays the reporter’s', () => {
    const text = 'Wie die Polizei mitteilte, sei der Mann über den Zaun geflohen. Er habe eine schwarze Tasche getragen. Kurz darauf kam die Feuerwehr an.'
    expect(sourcingOf(text, 'Feuerwehr an', 'de')).toBe('unattributed')
    // must not: the reported-speech sentence in the same chain carries
    expect(sourcingOf(text, 'schwarze Tasche', 'de')).toBe('official')
  })
})

describe('closingAttributionCarriesBack: a closing source covers its paragraph before it, in every language', () => {
  it.each([
    ['es', 'Su padre fue hospitalizado en Valencia. Su hijo fue trasladado a Madrid. Una investigación debe aclarar el origen del fuego, según la fiscalía.', 'Su hijo'],
    ['fr', "Son père a été hospitalisé à Lyon. Son fils a été transporté à Valence. Une enquête doit préciser l'origine du sinistre, selon le parquet.", 'Son fils'],
    ['ru', 'Мужчина получил ожоги рук. Его сына доставили в больницу. Причиной пожара стала неисправная проводка, сообщили в пресс-службе МЧС.', 'Его сына'],
    ['de', 'Der Mann sei über den Balkon eingestiegen. Er habe Schmuck gestohlen, teilte die Polizei mit.', 'über den Balkon'],
  ] as const)('%s: %s', (language, text, fragment) => {
    expect(sourcingOf(text, fragment, language)).not.toBe('unattributed')
  })
  it.each([
    // a source set in parentheses mid-sentence is not a closing one
    ['es', 'Los vecinos oyeron gritos en la escalera. El incendio, según la fiscalía, empezó en la cocina y se extendió después a todo el salón de la vivienda.', 'oyeron gritos'],
    // a direct quote's closing attribution covers the quote only
    ['es', 'Los vecinos oyeron gritos en la escalera. «Todo empezó en la cocina», dijo el jefe de bomberos.', 'oyeron gritos'],
    // German indicative narration before a closing source stays the reporter's
    ['de', 'Der Mann stieg über den Balkon ein. Er habe Schmuck gestohlen, teilte die Polizei mit.', 'über den Balkon'],
  ] as const)('must not, %s: %s', (language, text, fragment) => {
    expect(sourcingOf(text, fragment, language)).toBe('unattributed')
  })
})

describe('isDirectQuote: words quoted inside narration do not make a direct quote', () => {
  it('narration with a quoted charge after a direct quote does not inherit its speaker', () => {
    const text = '« Les violences contre nos élus sont intolérables », a ajouté le ministre. Le suspect était recherché pour « tentative de meurtre ».'
    expect(sourcingOf(text, 'recherché pour', 'fr')).toBe('unattributed')
  })
  it('a closing source after indirect speech with quoted words covers the sentence before', () => {
    const text = "Les faits se sont déroulés devant la mairie. L'élu « présente trois plaies au thorax », a précisé le parquet."
    expect(sourcingOf(text, 'devant la mairie', 'fr')).toBe('official')
  })
  it('must not: before a direct quote, the narration stays the reporter’s', () => {
    const text = "Les faits se sont déroulés devant la mairie. « L'élu présente trois plaies au thorax », a précisé le parquet."
    expect(sourcingOf(text, 'devant la mairie', 'fr')).toBe('unattributed')
  })
})

describe('reportiveModal: German "soll … haben" is reported speech', () => {
  it('a closing source covers a "soll … haben" sentence before it', () => {
    const text = 'In einem Haus soll ein Mann seine Frau mit einem Hammer geschlagen haben. Die Frau wurde verletzt, wie die Polizei am Montag mitteilte.'
    expect(sourcingOf(text, 'Hammer', 'de')).toBe('official')
  })
  it('must not: a planned "soll … vorgeführt werden" is not reported speech', () => {
    const text = 'Der Mann soll am Dienstag einem Haftrichter vorgeführt werden. Die Frau wurde verletzt, wie die Polizei am Montag mitteilte.'
    expect(sourcingOf(text, 'Haftrichter', 'de')).toBe('unattributed')
  })
})

describe('konjunktivParagraphContinues: a Konjunktiv paragraph goes on with the speaker before it', () => {
  it('a paragraph in reported speech with no cue is the previous paragraph’s source', () => {
    const text = 'Die Frau sei durch die Balkontür ins Haus gekommen, sagte ein Polizeisprecher.\n\nOffenbar habe sie nichts mitgenommen.'
    expect(sourcingOf(text, 'nichts mitgenommen', 'de')).toBe('official')
  })
  it('must not: an indicative paragraph after it is the reporter’s', () => {
    const text = 'Die Frau sei durch die Balkontür ins Haus gekommen, sagte ein Polizeisprecher.\n\nDie Frau wurde am Abend in Freiburg gefunden.'
    expect(sourcingOf(text, 'in Freiburg gefunden', 'de')).toBe('unattributed')
  })
  it('must not: a reportive "soll" opening the next paragraph is not carried over from the one before (round 6)', () => {
    const text = 'Der Mann sei durch die Balkontür gekommen, sagte ein Polizeisprecher.\n\nDas Haus soll bereits im Vorjahr zweimal kontrolliert worden sein.'
    expect(sourcingOf(text, 'im Vorjahr', 'de')).toBe('unattributed')
  })
})

describe('backwardCueAcrossParagraph: "Así lo revelaron …" opening the next paragraph names the source of the one before', () => {
  it.each([
    ['es', 'Un joven fue detenido ayer con explosivos en la estación.\n\nAsí lo revelaron fuentes policiales, que destacaron el trabajo de la comisaría.', 'con explosivos'],
    ['ru', 'Мужчину задержали у вокзала с крупной суммой денег.\n\nОб этом сообщили в пресс-службе регионального МВД.', 'у вокзала'],
  ] as const)('%s: %s', (language, text, fragment) => {
    expect(sourcingOf(text, fragment, language)).not.toBe('unattributed')
  })
  it('must not: a source in the next paragraph that does not point back', () => {
    const text = 'Un joven fue detenido ayer con explosivos en la estación.\n\nFuentes policiales destacaron el trabajo de la comisaría.'
    expect(sourcingOf(text, 'con explosivos', 'es')).toBe('unattributed')
  })
})

describe('dialogueDashParagraph: a dialogue paragraph is its incise speaker’s throughout', () => {
  it('the sentences after a dash incise go on with its speaker', () => {
    const text = '— Мы подъехали ближе и увидели большой мешок. Однако молодые люди попытались скрыться, — рассказали в пресс-службе полиции. — Подозреваемых задержали у реки. Погоня продолжалась долго.'
    expect(sourcingOf(text, 'Погоня продолжалась', 'ru')).toBe('official')
  })
  it('must not: a paragraph of narration that does not open with a dash', () => {
    const text = 'Полицейские подъехали ближе и увидели большой мешок. Однако молодые люди попытались скрыться, — рассказали в пресс-службе полиции. — Подозреваемых задержали у реки. Погоня продолжалась долго.'
    expect(sourcingOf(text, 'Погоня продолжалась', 'ru')).toBe('unattributed')
  })
})

// Session 26 (carry4): the lead's decision on the closing attribution of a direct quote, and the classes of over-carry
// (a sentence with no cue of its own given a source the README's rules do not give it). Invented sentences.

describe('directQuoteClosingCovers (decided in session 26): a direct quote’s closing attribution covers the quote only', () => {
  it('must not: narration before a quote that ends its paragraph stays the reporter’s (the overruled "dicen los vecinos" reading)', () => {
    const text = 'Los robos se repiten cada semana en el barrio. Los comercios cierran antes de que oscurezca. “Estamos cansados, nadie hace nada”, dicen los vecinos.'
    expect(sourcingOf(text, 'cada semana', 'es')).toBe('unattributed')
    expect(sourcingOf(text, 'cierran antes', 'es')).toBe('unattributed')
    expect(sourcingOf(text, 'Estamos cansados', 'es')).toBe('anonymous-source')
  })
  it('must not: the same in English and Russian', () => {
    expect(sourcingOf('The fire started in the kitchen. The family escaped through a window. "We lost everything," said the owner.', 'in the kitchen')).toBe('unattributed')
    expect(sourcingOf('Пожар начался на кухне. Семья выбралась через окно. «Мы потеряли всё», — рассказала хозяйка дома.', 'на кухне', 'ru')).toBe('unattributed')
  })
  it('German narration in the reported-speech mood before the quote is the speaker’s', () => {
    const text = 'Der Mann sei über den Gartenzaun geklettert. „Wir haben sofort eine Streife geschickt“, sagte ein Polizeisprecher.'
    expect(sourcingOf(text, 'Gartenzaun', 'de')).toBe('official')
  })
  it('must not: German indicative narration before the quote stays the reporter’s', () => {
    const text = 'Der Mann kletterte über den Gartenzaun. „Wir haben sofort eine Streife geschickt“, sagte ein Polizeisprecher.'
    expect(sourcingOf(text, 'Gartenzaun', 'de')).toBe('unattributed')
  })
  it('must not: the learned carry model does not carry a quote’s speaker to narration after it', () => {
    const text = '“We will find the person who did this,” the mayor said on Friday. The suspect had fled on foot before officers arrived at the scene.'
    // with the shipped carry model (the other tests here ask the rules alone)
    expect(claimOf(text, 'fled on foot').sourcing.type).toBe('unattributed')
    const lead = 'The suspect had fled on foot before officers arrived at the scene. “We will find the person who did this,” the mayor said on Friday.'
    expect(claimOf(lead, 'fled on foot').sourcing.type).toBe('unattributed')
  })
})

describe('quoteSpeakerMayPass: the learned carry model keeps the decided rule', () => {
  it('a direct quote’s speaker does not pass to narration, before or after it', () => {
    expect(quoteSpeakerMayPass('Le suspect, en fuite depuis l’agression, était recherché.', '« Les violences ne resteront jamais impunies », a ajouté M. Martin.', 'fr')).toBe(false)
    expect(quoteSpeakerMayPass('The suspect had fled on foot.', '“We will find him,” the mayor said.', 'en')).toBe(false)
  })
  it('must not: narration to narration, a quote to a quote, and German reported speech still may', () => {
    expect(quoteSpeakerMayPass('The suspect had fled on foot.', 'The suspect ran off, police said.', 'en')).toBe(true)
    expect(quoteSpeakerMayPass('“He was gone in seconds.”', '“We will find him,” the mayor said.', 'en')).toBe(true)
    expect(quoteSpeakerMayPass('Der Mann sei zu Fuß geflohen.', '„Wir finden ihn“, sagte der Bürgermeister.', 'de')).toBe(true)
  })
})

describe('a German article "Das"/"Dies" before a noun is no backward cue ("Das teilte die Polizei mit")', () => {
  it('must change: "Das Kind sei …, sagte X" does not name the source of the sentence before', () => {
    const text = 'Nach dem Unfall auf der Landstraße ist ein Junge gestorben. Das Kind sei am Morgen in einer Klinik gestorben, sagte ein Polizeisprecher.'
    expect(sourcingOf(text, 'Landstraße', 'de')).toBe('unattributed')
    expect(sourcingOf(text, 'in einer Klinik', 'de')).toBe('official')
  })
  it('must change: an article before an attributive phrase ("Das im Mai gestartete Programm")', () => {
    const text = 'In der Stadt wurden drei Wohnungseinbrecher gefasst. Das im Mai gestartete Programm zeige erste Erfolge, teilte die Polizei mit.'
    expect(sourcingOf(text, 'Wohnungseinbrecher', 'de')).toBe('unattributed')
  })
  it('must not: the pronoun before its verb still points back', () => {
    const text = 'In der Stadt wurden drei Wohnungseinbrecher gefasst. Das teilte die Polizei am Mittwoch mit.'
    expect(sourcingOf(text, 'Wohnungseinbrecher', 'de')).toBe('official')
    const dies = 'In der Stadt wurden drei Wohnungseinbrecher gefasst. Dies bestätigte ein Sprecher der Polizei.'
    expect(sourcingOf(dies, 'Wohnungseinbrecher', 'de')).toBe('official')
  })
})

describe('a negated report opens no account: "Authorities have not reported injuries" carries nothing forward', () => {
  it.each([
    ['es', 'Las autoridades no han reportado lesionados. Se mantiene un operativo en la zona para dar con los responsables.', 'Se mantiene'],
    ['en', 'Police did not say whether anyone was hurt. Firefighters stayed at the scene until midnight.', 'Firefighters stayed'],
    ['fr', 'Le parquet n’a pas précisé l’identité du suspect. Les pompiers sont restés sur place jusqu’à minuit.', 'Les pompiers'],
  ] as const)('%s: %s', (language, text, fragment) => {
    expect(sourcingOf(text, fragment, language)).toBe('unattributed')
  })
  it('must not: the same openers without the negation carry', () => {
    expect(sourcingOf('Las autoridades han reportado dos lesionados. Se mantiene un operativo en la zona para dar con los responsables.', 'Se mantiene', 'es')).toBe('official')
    expect(sourcingOf('Police said no one was hurt. Firefighters stayed at the scene until midnight.', 'Firefighters stayed')).toBe('official')
  })
})

describe('the writer sums up: "In any case …", "Quoi qu’il en soit …" does not inherit the paragraph’s source', () => {
  it.each([
    ['fr', 'Selon le colonel de gendarmerie, le cambrioleur fait partie des suspects. Quoi qu’il en soit, l’arme est désormais en lieu sûr.', 'en lieu sûr'],
    ['en', 'According to the sheriff, the suspect may have acted alone. In any case, the weapon is now in police hands.', 'the weapon is now'],
    ['es', 'Según la policía, el detenido actuó solo. En cualquier caso, el arma ya está en manos de los agentes.', 'el arma ya'],
    ['ru', 'По словам представителя полиции, задержанный действовал один. Так или иначе, оружие уже изъято.', 'оружие уже'],
  ] as const)('%s: %s', (language, text, fragment) => {
    expect(sourcingOf(text, fragment, language)).toBe('unattributed')
  })
  it('must not: a plain continuation still carries', () => {
    expect(sourcingOf('Selon le colonel de gendarmerie, le cambrioleur fait partie des suspects. L’arme est désormais en lieu sûr.', 'en lieu sûr', 'fr')).toBe('official')
  })
})

describe('a second strand opened by the writer ("Parallèlement", "Meanwhile", "Между тем") does not inherit the paragraph’s source', () => {
  it.each([
    ['fr', 'Selon le parquet, la victime a été retrouvée dimanche à son domicile. Parallèlement, une enquête a été ouverte pour meurtre.', 'une enquête a été ouverte'],
    ['en', 'According to police, the victim was found at her home on Sunday. Meanwhile, the city council voted on the new budget.', 'the city council voted'],
    ['ru', 'По данным полиции, пострадавшую нашли дома в воскресенье. Между тем эта квартира уже не первый год пользуется дурной славой.', 'дурной славой'],
    ['es', 'Según la fiscalía, la víctima fue hallada el domingo en su casa. Mientras tanto, el ayuntamiento aprobó el presupuesto.', 'aprobó el presupuesto'],
  ] as const)('%s: %s', (language, text, fragment) => {
    expect(sourcingOf(text, fragment, language)).toBe('unattributed')
  })
  it('must not: an additive "Además"/"Zudem" goes on with the account, and German reported speech after "Unterdessen" too', () => {
    expect(sourcingOf('Según la fiscalía, la víctima fue hallada el domingo en su casa. Además, el detenido tenía antecedentes por robo.', 'antecedentes por robo', 'es')).toBe('official')
    expect(sourcingOf('Wie die Polizei mitteilte, wurde die Frau am Sonntag gefunden. Unterdessen sei der Tatverdächtige in Haft genommen worden.', 'in Haft genommen', 'de')).toBe('official')
  })
})

describe('a speaker telling of her own report ("я сообщила", "I told", "j’ai signalé") names no new source: the quote’s speaker holds', () => {
  it.each([
    ['ru', 'Жители пожаловались на подтопление.\n\n- Я одна из пострадавших, - рассказывает Галина Торчик. - После моего звонка 8 апреля я сообщила о затоплении. Никто не приехал.', 'я сообщила о затоплении'],
    ['en', 'Residents complained about the flooding.\n\n"I am one of the victims," said Grace Turner. "After my call on April 8, I told the dispatcher about the water. Nobody came."', 'I told the dispatcher'],
    ['fr', 'Des habitants se plaignent des inondations.\n\n« Je suis une des victimes », raconte Claire Martin. « Après mon appel du 8 avril, j’ai signalé l’inondation. Personne n’est venu. »', 'signalé l’inondation'],
  ] as const)('%s: %s', (language, text, fragment) => {
    expect(sourcingOf(text, fragment, language)).toBe('named-source')
  })
  it('must not: a third person in the same place is a source of her own', () => {
    expect(sourcingOf('Жители пожаловались на подтопление.\n\n- Я одна из пострадавших, - рассказывает Галина Торчик. Соседка сообщила о затоплении в полицию.', 'Соседка сообщила', 'ru')).toBe('anonymous-source')
  })
})

// Session 27 (carry5): complication classes sorted from the misses of carry check set 2 (spent) and set 3's dev part,
// each with invented sentences (no corpus text): a must-change that failed before its rule, and a nearby must-not.

describe('German "so" is an attribution only after the words it attributes (", so die Polizei"); an adverb "so" names nobody', () => {
  it.each([
    // the Konjunktiv continuation of an unsourced "soll" report stays without a source (it had taken "Gegen 23 Uhr sei er" for one)
    ['Ein Jugendlicher wurde festgenommen, der zuvor in eine Werkstatt eingebrochen sein soll. Gegen 23 Uhr sei er so durch ein Fenster eingestiegen.', 'durch ein Fenster', 'unattributed'],
    // an adverb opening a Konjunktiv sentence: the resident's account goes on (it had been read as a document, "So: habe der Täter")
    ['Die Anwohnerin Petra Kuhn berichtet von großen Schäden. So habe der Mann auch die Scheiben ihres Autos zertrümmert.', 'die Scheiben ihres Autos', 'named-source'],
    ['Ein Sprecher der Feuerwehr schilderte den Einsatz. Das Feuer sei so schnell gewachsen, dass die Nachbarn fliehen mussten.', 'so schnell gewachsen', 'official'],
  ] as const)('must change: %s', (text, fragment, expected) => {
    expect(sourcingOf(text, fragment, 'de')).toBe(expected)
  })
  it('must not: ", so X" after the words still names X, after a quote or a comma', () => {
    expect(sourcingOf('Der Mann sei über den Zaun geklettert, so die Polizei.', 'über den Zaun', 'de')).toBe('official')
    expect(sourcingOf('„Wir haben das Haus sofort geräumt“, so Kommandant Peter Maier.', 'sofort geräumt', 'de')).toBe('official')
    expect(sourcingOf('Die Täter flüchteten zu Fuß, so ein Polizeisprecher am Montag.', 'zu Fuß', 'de')).toBe('official')
  })
})

describe('German reported speech goes on with the report in play, across indicative narration and into the next paragraph', () => {
  it('must change: a Konjunktiv sentence after indicative narration, in a paragraph with no source, is the last source’s', () => {
    const text =
      'Nach Angaben von Anwohnern hatte sich der Streit gegen 20 Uhr ereignet. Den Augenzeugen zufolge hielten zwei Männer den Angreifer fest.\n\nWenig später trafen drei Streifenwagen ein. Verletzt worden sei niemand.'
    expect(sourcingOf(text, 'Verletzt worden sei', 'de')).toBe('anonymous-source')
    const police = 'Der Brand brach am Morgen aus, teilte die Polizei mit.\n\nDie Feuerwehr rückte mit vier Fahrzeugen an. Das Haus sei nicht mehr bewohnbar.'
    expect(sourcingOf(police, 'nicht mehr bewohnbar', 'de')).toBe('official')
  })
  it('must not: the indicative narration itself stays the reporter’s', () => {
    const text = 'Der Brand brach am Morgen aus, teilte die Polizei mit.\n\nDie Feuerwehr rückte mit vier Fahrzeugen an. Das Haus sei nicht mehr bewohnbar.'
    expect(sourcingOf(text, 'vier Fahrzeugen', 'de')).toBe('unattributed')
  })
  it('must not: after an unsourced "soll" report, its Konjunktiv sentences are the same report (no earlier source)', () => {
    const text =
      'Der Brand brach am Morgen aus, teilte die Polizei mit.\n\nEin Nachbar soll das Feuer gelegt haben. Er sei schon länger mit dem Besitzer zerstritten gewesen.'
    expect(sourcingOf(text, 'zerstritten gewesen', 'de')).toBe('unattributed')
  })
  it('must not: with no source anywhere before it, a Konjunktiv sentence has none', () => {
    expect(sourcingOf('Die Feuerwehr rückte mit vier Fahrzeugen an. Das Haus sei nicht mehr bewohnbar.', 'nicht mehr bewohnbar', 'de')).toBe('unattributed')
  })
  it('must not: two paragraphs of narration in between end the report', () => {
    const text =
      'Der Brand brach am Morgen aus, teilte die Polizei mit.\n\nDie Feuerwehr rückte mit vier Fahrzeugen an.\n\nAm Nachmittag kamen die Nachbarn zurück. Das Haus sei nicht mehr bewohnbar.'
    expect(sourcingOf(text, 'nicht mehr bewohnbar', 'de')).toBe('unattributed')
  })
})

/** Runs the carry rules on sentences already cut (one paragraph per inner array), as a splitter that cuts at a dialogue dash would hand them over. */
function carried(paragraphs: string[][], language: string): string[] {
  const work: SentenceWork[] = []
  let at = 0
  paragraphs.forEach((sentences, block) => {
    for (const text of sentences) {
      work.push({ start: at, end: at + text.length, block, text, language })
      at += text.length + 1
    }
  })
  analyseSentences(work, { language, meta: { title: null, author: null, outlet: null, language, publishedAt: null } })
  return work.map((w) => w.sourcing?.type ?? 'unattributed')
}

describe('a dash quote inside a paragraph of narration: the dash run is the incise speaker’s, the narration before it is not', () => {
  it.each([
    ['ru', ['Соседи заметили дым и вызвали пожарных.', '- Когда расчёт прибыл, огонь уже охватил крышу, - рассказал представитель МЧС Иван Петров.', '- Никто не пострадал.']],
    ['ru', ['Жилец вызвал милицию.', '— Грабитель залез в багажник одной из машин.', '— Его задержали через час, — добавил пресс-секретарь ГУВД Антон Смирнов.']],
    ['es', ['Los vecinos llamaron a los bomberos.', '—Cuando llegamos, el fuego ya había alcanzado el tejado —explicó el jefe de bomberos, Juan Pérez.', '—No hubo heridos.']],
    ['fr', ['Les voisins ont appelé les pompiers.', '— Quand nous sommes arrivés, le toit brûlait déjà, raconte le lieutenant Marc Durand.', '— Personne n’a été blessé.']],
  ] as const)('%s: %s', (language, sentences) => {
    const types = carried([['Пожар начался ночью.'], [...sentences]], language)
    // the narration that opens the paragraph stays the reporter's; every sentence of the dash run is the speaker's
    expect(types[1]).toBe('unattributed')
    expect(types[2]).toBe('official')
    expect(types[3]).toBe('official')
  })
  it('must not: narration after the dash run, with no dash, is the reporter’s', () => {
    const types = carried([['Соседи заметили дым и вызвали пожарных.', '- Когда расчёт прибыл, огонь уже охватил крышу, - рассказал представитель МЧС Иван Петров.', 'Причину пожара выясняют.']], 'ru')
    expect(types).toEqual(['unattributed', 'official', 'unattributed'])
  })
  it('must not: a dash run nobody is named for keeps no source', () => {
    const types = carried([['Соседи заметили дым и вызвали пожарных.', '- Когда расчёт прибыл, огонь уже охватил крышу.', '- Никто не пострадал.']], 'ru')
    expect(types).toEqual(['unattributed', 'unattributed', 'unattributed'])
  })
})

describe('a subjectless report ("Se informó que …", "Dijo que …") goes on with a source still in play, not one paragraphs back', () => {
  it('must change: two whole paragraphs of narration after the last source, the subjectless report has no speaker', () => {
    const text =
      'El portavoz de la Policía, Juan Pérez, dijo que el incendio comenzó en la cocina.\n\nLos bomberos tardaron una hora en apagar el fuego.\n\nLos vecinos pasaron la noche en un albergue.\n\nFinalmente, se informó que la vivienda quedó inhabitable.'
    expect(sourcingOf(text, 'quedó inhabitable', 'es')).toBe('unattributed')
    const dijo =
      'El alcalde Pedro Pérez aseguró que sus policías detuvieron a dos hombres.\n\nLa familia del joven pidió justicia.\n\nLos vecinos organizaron una marcha el lunes.\n\nDijo que la investigación sigue abierta.'
    expect(sourcingOf(dijo, 'sigue abierta', 'es')).toBe('unattributed')
  })
  it('must not: one paragraph without a source in between leaves it in play', () => {
    const one =
      'Según el jefe de bomberos, Luis Gómez, el fuego empezó en el garaje.\n\nLos vecinos salieron a la calle en pijama.\n\nAsimismo, se señaló que el propietario no tenía seguro.'
    expect(sourcingOf(one, 'no tenía seguro', 'es')).toBe('official')
  })
  it('must not: in the next paragraph the source is still in play', () => {
    const text = 'El portavoz de la Policía, Juan Pérez, dijo que el incendio comenzó en la cocina.\n\nSe informó que la vivienda quedó inhabitable.'
    expect(sourcingOf(text, 'quedó inhabitable', 'es')).toBe('official')
    const chain = 'El portavoz de la Policía, Juan Pérez, dijo que el incendio comenzó en la cocina.\n\nDijo que los bomberos tardaron una hora.\n\nSe añadió que la vivienda quedó inhabitable.'
    expect(sourcingOf(chain, 'quedó inhabitable', 'es')).toBe('official')
  })
  it('must not: a pronoun written out ("él", "ella") still finds its speaker further back', () => {
    const text =
      'El portavoz de la Policía, Juan Pérez, dijo que el incendio comenzó en la cocina.\n\nLos bomberos tardaron una hora en apagar el fuego.\n\nLos vecinos pasaron la noche en un albergue.\n\nÉl dijo que la vivienda quedó inhabitable.'
    expect(sourcingOf(text, 'quedó inhabitable', 'es')).toBe('official')
  })
})

describe('a quote inside a quote printed with the same guillemets (session 27, lead)', () => {
  const ru =
    'Фестиваль прошёл в Заречном с 5 по 11 августа. Каждый день фестиваль менял площадку. «Мы не ожидали, что будет так много людей. На показ «Ромео и Джульетты» собралась толпа. Думаю, что фестиваль удался», – рассказала одна из участниц фестиваля.'
  const fr =
    "Le festival s'est tenu à Valclair du 5 au 11 août. Chaque soir, il changeait de lieu. « Nous n'attendions pas autant de monde. La projection de « Roméo et Juliette » a attiré une foule. Je pense que c'est réussi », a raconté une participante."
  it('the inner » closes only the inner quote: the sentence holding it stays in the speaker’s quote, the narration before stays the reporter’s', () => {
    expect(claimOf(ru, 'Ромео').sourcing.type).toBe('anonymous-source')
    expect(claimOf(ru, 'Каждый день').sourcing.type).toBe('unattributed')
    expect(claimOf(fr, 'Roméo').sourcing.type).toBe('anonymous-source')
    expect(claimOf(fr, 'Chaque soir').sourcing.type).toBe('unattributed')
  })
  it('must not: two quoted titles side by side in narration open no quote', () => {
    const text =
      'Фестиваль показал фильмы «Ромео и Джульетта» и «Гамлет». «Мы не ожидали, что будет так много людей», – рассказала одна из участниц фестиваля. Каждый день фестиваль менял площадку.'
    expect(claimOf(text, 'Гамлет').sourcing.type).toBe('unattributed')
    expect(claimOf(text, 'Каждый день').sourcing.type).toBe('unattributed')
  })
})

describe('session 28 (ruko1): the party-pronoun rule knows verbs ending in an accented letter', () => {
  // saysVerb anchored the pack's verb list with \b, which fails after "ó"/"é": the rule was off for "declaró", "informó", "déclaré"
  it('a pronoun after a sentence whose subject is an unnamed party stands for the party with "declaró" / "a déclaré" too', () => {
    const es = 'La Policía Nacional informó que un conductor fue detenido en el muelle. El conductor fue interrogado en la comisaría. No había visto las señales, declaró él.'
    expect(claimOf(`Titular\n\n${es}`, 'visto las señales', 'es').sourcing.type).toBe('anonymous-source')
    const fr = "La police a indiqué qu'un conducteur avait été arrêté sur le quai. Le conducteur a été entendu au commissariat. Il a déclaré qu'il n'avait pas vu les panneaux."
    expect(claimOf(`Titre\n\n${fr}`, 'vu les panneaux', 'fr').sourcing.type).toBe('anonymous-source')
  })
  it('must not: with no party sentence between, the pronoun stays the official speaker\'s', () => {
    const es = 'El comisario Juan Ortega informó que un conductor fue detenido en el muelle. No había visto las señales, declaró él.'
    expect(claimOf(`Titular\n\n${es}`, 'visto las señales', 'es').sourcing.type).toBe('official')
    const fr = "Le commissaire Jean Morel a indiqué qu'un conducteur avait été arrêté sur le quai. Il a déclaré qu'il n'avait pas vu les panneaux."
    expect(claimOf(`Titre\n\n${fr}`, 'vu les panneaux', 'fr').sourcing.type).toBe('official')
  })
})
