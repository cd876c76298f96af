// Seventh-round rules for English, Spanish and Korean (session 22), one invented example each with a
// case that must not change: office and title lexicons in their forms, reporting verbs that are
// actions (calling in a fire, filing a complaint), the outlet speaking for itself, bylines in more page shapes.
import { describe, expect, it } from 'vitest'
import { extract } from './index'
import { claimOf } from './__fixtures__/claim-of'

const type = (text: string, fragment: string, language: string) => claimOf(text, fragment, language).sourcing.type

describe('English offices and titles', () => {
  it('an abbreviated rank keeps its dot: "Sgt. John Smith said", "said Capt. Mary Jones of …"', () => {
    expect(type('Fire\n\nSgt. John Smith said two people died.', 'two people', 'en')).toBe('official')
    expect(type('Fire\n\nTwo people died, said Capt. Mary Jones of the Springfield Fire Department.', 'Two people', 'en')).toBe('official')
    // a private person with an honorific stays named
    expect(type('Fire\n\nDr. John Smith said two people died.', 'two people', 'en')).toBe('named-source')
  })

  it('a name with an office in apposition is official, and so is its surname later', () => {
    const text = 'Arrest\n\nMike Green, public information officer for the sheriff\'s office, said a man was arrested. Green said he was 34.'
    expect(type(text, 'a man was arrested', 'en')).toBe('official')
    expect(type(text, 'he was 34', 'en')).toBe('official')
    const neighbour = 'Arrest\n\nMike Green, a neighbor of the family, said a man was arrested. Green said he was 34.'
    expect(type(neighbour, 'a man was arrested', 'en')).toBe('named-source')
    expect(type(neighbour, 'he was 34', 'en')).toBe('named-source')
  })

  it('ranks and offices of local government, courts and emergency services', () => {
    for (const speaker of ['Undersheriff Amy Cole', 'Det Insp Ian Moore', 'Cllr Jo Smith', 'Battalion Chief Ron Park', 'Coroner Bill Hart', 'Fire Marshal Joe King', 'County Commissioner Bob Ash'])
      expect(type(`Fire\n\n${speaker} said three engines responded.`, 'three engines', 'en'), speaker).toBe('official')
    expect(type('Fire\n\nJo Smith, a resident, said three engines responded.', 'three engines', 'en')).toBe('named-source')
  })

  it('bodies that speak for an office: investigators, deputies, firefighters, the city', () => {
    for (const speaker of ['Investigators', 'Deputies', 'Firefighters', 'The city', "The coroner's office"])
      expect(type(`Fire\n\n${speaker} said the fire was set on purpose.`, 'set on purpose', 'en'), speaker).toBe('official')
    expect(type('Fire\n\nNeighbors said the fire was set on purpose.', 'set on purpose', 'en')).toBe('anonymous-source')
  })
})

describe('reporting verbs that are actions', () => {
  it('English: reporting a fire, asking residents to stay inside, learning of a death are narration', () => {
    expect(type('Fire\n\nA passerby reported the fire at 3 a.m.', 'passerby', 'en')).toBe('unattributed')
    expect(type('Fire\n\nThe family learned of the death on Friday.', 'family', 'en')).toBe('unattributed')
    // what a witness reports seeing, and a figure an office reports, stay attributed
    expect(type('Fire\n\nA neighbor reported seeing a man running.', 'man running', 'en')).toBe('anonymous-source')
    expect(type('Fire\n\nThe ministry reported 30 new cases.', '30 new cases', 'en')).toBe('official')
  })

  it('Spanish: "denunció el robo", "alertaron a la policía", "contó con", "le apuntó con un arma"', () => {
    for (const s of ['La víctima denunció el robo en la comisaría.', 'Los vecinos alertaron a la policía sobre un olor a gas.', 'El operativo contó con la participación de 30 agentes.', 'El hombre le apuntó con un arma y huyó.'])
      expect(type(`Robo\n\n${s}`, s.slice(0, 12), 'es'), s).toBe('unattributed')
    expect(type('Robo\n\nLa víctima denunció que le robaron el teléfono.', 'teléfono', 'es')).toBe('anonymous-source')
    expect(type('Robo\n\nUn vecino contó que escuchó tres disparos.', 'disparos', 'es')).toBe('anonymous-source')
  })

  it('Spanish: "informó de que" is a verb with its subject before, not "informó X"', () => {
    expect(type('Incendio\n\nLa Guardia Civil informó de que dos personas resultaron heridas.', 'heridas', 'es')).toBe('official')
    expect(type('Incendio\n\nDos personas resultaron heridas, informó la Guardia Civil.', 'heridas', 'es')).toBe('official')
  })
})

describe('Spanish offices and titles', () => {
  it('police forces, local government and their ranks', () => {
    for (const speaker of ['Los Mossos d\'Esquadra', 'La Policía Municipal', 'El Consistorio', 'Los uniformados', 'El subcomisario Pedro Sanz', 'El intendente Jorge Paz', 'La teniente de alcalde, María López,', 'El Ministerio Público'])
      expect(type(`Incendio\n\n${speaker} informó que hay 200 damnificados.`, 'damnificados', 'es'), speaker).toBe('official')
    expect(type('Incendio\n\nEl vecino Jorge Paz informó que hay 200 damnificados.', 'damnificados', 'es')).toBe('named-source')
    expect(type('Incendio\n\nDos agentes resultaron heridos, según fuentes policiales.', 'agentes', 'es')).toBe('anonymous-source')
  })
})

describe('Korean offices, titles and the outlet', () => {
  it('offices of local government, courts, coast guard, ministries and agencies', () => {
    for (const speaker of ['부산시는', '해운대구청 관계자는', '부산지법 관계자는', '해경은', '행정안전부는', '서울중앙지검은', '기상청은'])
      expect(type(`화재\n\n${speaker} 도로 3곳이 통제됐다고 밝혔다.`, '통제', 'ko'), speaker).toBe('official')
    expect(type('화재\n\n그의 친구는 도로 3곳이 통제됐다고 밝혔다.', '통제', 'ko')).toBe('anonymous-source')
  })

  it('police and fire ranks and section heads are official', () => {
    for (const speaker of ['박영희 경위는', '이 과장은', '김철수 소방위는', '마을 이장 최모씨는'])
      expect(type(`화재\n\n${speaker} "용의자가 도주했다"고 설명했다.`, '도주', 'ko'), speaker).toBe('official')
    expect(type('화재\n\n주민 김모(45)씨는 "용의자가 도주했다"고 설명했다.', '도주', 'ko')).toBe('named-source')
  })

  it('the outlet obtaining, confirming or reporting for itself is outlet; another outlet reporting is named', () => {
    expect(type('문건\n\n데일리NK가 최근 북한 내부 문건을 단독 입수했다.', '입수', 'ko')).toBe('outlet')
    expect(type('문건\n\n본지 취재 결과 회의에는 간부 30명이 참석했다.', '참석', 'ko')).toBe('outlet')
    expect(type('문건\n\n연합뉴스는 북한이 미사일을 발사했다고 보도했다.', '발사', 'ko')).toBe('named-source')
  })
})

describe('bylines in more page shapes', () => {
  const en = 'Police arrested two men on Tuesday. Neighbors said they heard shots.\n\nThe fire was put out by 3 a.m.'
  const es = 'La Policía detuvo a dos hombres el martes. Los vecinos dijeron que escucharon disparos.\n\nEl fuego fue controlado a las tres.'
  const ko = '경찰은 20일 A씨를 체포했다고 밝혔다. 피해자는 병원으로 옮겨졌다.\n\n소방당국은 화재 원인을 조사하고 있다.'
  const author = (text: string, language: string) => extract(text, { language }).meta.author

  it('English: top, bottom, signature, contact line, a name beside a date, a press office', () => {
    expect(author(`Two arrested\n\nPosted by Jane Doe on May 3, 2024\n\n${en}`, 'en')).toBe('Jane Doe')
    expect(author(`Two arrested\n\nJane Doe, Special to the Gazette\n\n${en}`, 'en')).toBe('Jane Doe')
    expect(author(`Two arrested\n\n${en}\n\n— Jane Doe`, 'en')).toBe('Jane Doe')
    expect(author(`Two arrested\n\n${en}\n\nContact Jane Doe at 555-1234 or jdoe@gazette.com.`, 'en')).toBe('Jane Doe')
    expect(author(`Two arrested\n\nJane Doe | May 3, 2024\n\n${en}`, 'en')).toBe('Jane Doe')
    expect(author(`Two arrested\n\n${en}\n\nENDS\n\nIssued by Police Media Centre`, 'en')).toBe('Police Media Centre')
    // a dash before a quote's speaker inside the text, and a headline beside a date, name no author
    expect(author(`Two arrested | May 3, 2024\n\n${en}`, 'en')).toBeNull()
  })

  it('Spanish: "(Por X)", "Escrito por X el …", "X | Periodista Digital: …", an agency credit', () => {
    expect(author(`Detienen a dos\n\n${es}\n\n(Por Juan Pérez)`, 'es')).toBe('Juan Pérez')
    expect(author(`Detienen a dos\n\nEscrito por Juan Pérez el 3 de mayo de 2024\n\n${es}`, 'es')).toBe('Juan Pérez')
    expect(author(`Detienen a dos\n\nJuan Pérez | Periodista Digital: Cooperativa.cl\n\n${es}`, 'es')).toBe('Juan Pérez')
    expect(author(`Detienen a dos\n\nJuan Pérez - 03/05/2024 - 10:30\n\n${es}`, 'es')).toBe('Juan Pérez')
    expect(author(`Detienen a dos |\nAgencias DyN y Télam |\n${es}`, 'es')).toBe('Agencias DyN y Télam')
    expect(author(`Detienen a dos\n\n${es}`, 'es')).toBeNull()
  })

  it('Korean: bracketed wire datelines, place before the name, field names, outlet after the name, run-on copyright', () => {
    expect(author(`부산서 화재\n\n[부산=뉴시스] 홍길동 기자 = ${ko}`, 'ko')).toBe('홍길동')
    expect(author(`부산서 화재\n\n[내외신문=홍길동 기자] ${ko}`, 'ko')).toBe('홍길동')
    expect(author(`부산서 화재\n\n${ko}\n\n/부산=홍길동 기자 hong@donga.com`, 'ko')).toBe('홍길동')
    expect(author(`부산서 화재\n\n기자명 홍길동\n\n${ko}`, 'ko')).toBe('홍길동')
    expect(author(`부산서 화재\n\n홍길동 데일리NK 기자 hong@dailynk.com\n\n${ko}`, 'ko')).toBe('홍길동')
    expect(author(`부산서 화재\n\n${ko}\n\n[더팩트ㅣ홍길동 기자 hong@tf.co.kr]`, 'ko')).toBe('홍길동')
    expect(author(`부산서 화재\n\n${ko}\n\n홍길동 객원기자 hong@korea.kr <저작권자 ⓒ 소방방재신문 무단전재 및 재배포 금지>`, 'ko')).toBe('홍길동')
    expect(author(`부산서 화재\n\n경찰관이 사고를 냈습니다.\n홍길동 기자의 보도입니다.\n\n${ko}`, 'ko')).toBe('홍길동')
    expect(author(`부산서 화재\n\n${ko}\n\n글 : 아나운서 홍길동`, 'ko')).toBe('홍길동')
    expect(author(`부산서 화재\n\n${ko}`, 'ko')).toBeNull()
  })
})

describe('who speaks: round-6 classes', () => {
  it('English: "A man police say broke in …" is not the police speaking for the sentence; "a source in X said" is', () => {
    expect(type('Burglar\n\nA man police say broke into six homes was arrested on Friday.', 'six homes', 'en')).toBe('unattributed')
    expect(type('Burglar\n\nA source in Yanggang Province said three locals were punished.', 'three locals', 'en')).toBe('anonymous-source')
  })

  it('English: people who learn are not a source, an outlet that learns is', () => {
    expect(type('Burglar\n\nPolice running the license plate learned that the car was stolen.', 'car was stolen', 'en')).toBe('unattributed')
    expect(type('Burglar\n\nDaily NK has learned that the car was stolen.', 'car was stolen', 'en')).toBe('outlet')
  })

  it('English: "the alleged burglary" is an adjective; "police released photos of him" an act; "As WTVD reports," a cue', () => {
    expect(type('Burglar\n\nThe name of the suspect and the location of the alleged burglary were not released.', 'name of the suspect', 'en')).toBe('unattributed')
    expect(type('Burglar\n\nOn Saturday night, police released photos of the suspect.', 'released photos', 'en')).toBe('unattributed')
    expect(type('Burglar\n\nA source sent photos showing the damaged homes.', 'damaged homes', 'en')).toBe('media')
    expect(type('Missing\n\nAs WTVD reports, the woman was found on Monday.', 'woman was found', 'en')).toBe('named-source')
    expect(type('Missing\n\nAccording to Fox 8, the woman was found on Monday.', 'woman was found', 'en')).toBe('named-source')
  })

  it('English: sworn statements and affidavits are documents', () => {
    expect(type('Burglar\n\nAccording to sworn statements, the man entered through a window.', 'window', 'en')).toBe('document')
    expect(type('Burglar\n\nAccording to witnesses, the man entered through a window.', 'window', 'en')).toBe('anonymous-source')
  })

  it('Spanish: "Así lo ha señalado la Benemérita en un comunicado", "Desde el Ayuntamiento informaron", "el funcionario"', () => {
    const text = 'Incendio\n\nEl fuego quemó 30 hectáreas. Así lo ha señalado la Benemérita en un comunicado.'
    expect(type(text, '30 hectáreas', 'es')).toBe('official')
    expect(type('Incendio\n\nDesde el Ayuntamiento ya informaron entonces de que se cortaría la calle.', 'cortaría', 'es')).not.toBe('anonymous-source')
    expect(type('Lluvias\n\nEl alcalde visitó la zona. “Son 10 barrios afectados”, dijo el funcionario.', '10 barrios', 'es')).toBe('official')
    expect(type('Lluvias\n\n“Son 10 barrios afectados”, dijo un vecino.', '10 barrios', 'es')).toBe('anonymous-source')
    // a police report stays a document
    expect(type('Robo\n\nSegún el parte policial, el hombre huyó.', 'huyó', 'es')).toBe('document')
  })

  it('Spanish: imperfect and other reporting verbs ("informaban", "desveló")', () => {
    expect(type('Robo\n\nFuentes policiales informaban de que el menor fue detenido.', 'menor', 'es')).toBe('anonymous-source')
    expect(type('Robo\n\nLa Policía Local desveló que el menor fue detenido.', 'menor', 'es')).toBe('official')
    expect(type('Incendio\n\nLuego, las llamas avanzaron hacia el monte.', 'llamas', 'es')).toBe('unattributed')
  })

  it('Korean: an office at work is no source unless it relays what it was told; a word cut from the clause is no speaker', () => {
    expect(type('화재\n\n경찰은 정확한 화재 원인을 조사하고 있다.', '화재 원인', 'ko')).toBe('unattributed')
    expect(type('화재\n\n경찰은 부엌에서 불이 났다는 진술을 토대로 화재 원인을 조사하고 있다.', '부엌에서', 'ko')).toBe('official')
    expect(type('화재\n\n소방당국은 거주자가 촛불을 올려놓고 잠든 사이 불이 옮겨붙은 것으로 보고 있다.', '촛불', 'ko')).toBe('official')
    expect(type('화재\n\n경북소방본부는 수색 결과 실종자가 숨진 것으로 추정되고 있다고 확인했다.', '실종자', 'ko')).toBe('official')
    expect(type('화재\n\n불이 났다고 이웃 주민이 확인했다.', '불이 났다고', 'ko')).toBe('anonymous-source')
  })
})
