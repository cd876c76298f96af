// Fifth-round rules, one invented example each (with the case that must not change): English
// offices in lowercase before a name, ranks with a dot, North Korean state media, Korean bylines
// with the outlet or the e-mail, and readers' comments under an article in several languages.
import { describe, expect, it } from 'vitest'
import { extract } from './index'
import { claimOf, isClaim } from './__fixtures__/claim-of'

describe('English offices before a name', () => {
  const text =
    'Burglar hits homes\n\nA man broke into three homes on Elm Street on Monday night.\n\n' +
    'Santa Clara police spokeswoman Sgt. Jane Doe said officers found a ladder at the scene. The man fled on foot, Doe said.\n\n' +
    'Hank Smith, a neighbor, said he heard glass breaking. Smith said he was scared.'

  it('"police spokeswoman Sgt. Jane Doe said" is official, and "Doe said" after it', () => {
    expect(claimOf(text, 'found a ladder', 'en').sourcing.type).toBe('official')
    expect(claimOf(text, 'fled on foot', 'en').sourcing.type).toBe('official')
  })

  it('a private person with a descriptor stays named', () => {
    expect(claimOf(text, 'heard glass', 'en').sourcing.type).toBe('named-source')
    expect(claimOf(text, 'was scared', 'en').sourcing.type).toBe('named-source')
  })
})

describe('Korean: North Korean state media are official', () => {
  it('"선전매체 우리민족끼리는 … 주장했다" and "로동신문은 … 보도했다"', () => {
    expect(claimOf('북한 선전매체 우리민족끼리는 15일 남한 당국이 대결을 부추긴다고 주장했다.', '대결을', 'ko').sourcing.type).toBe('official')
    expect(claimOf('로동신문은 16일 공장이 계획을 넘쳐 수행했다고 보도했다.', '계획을', 'ko').sourcing.type).toBe('official')
  })

  it('"…고 했다", "…고 꼬집었다" report speech', () => {
    expect(claimOf('우리민족끼리는 이날 "남조선 당국이 대결을 부추기고 있다"고 했다.', '대결을', 'ko').sourcing.type).toBe('official')
    expect(claimOf('통일부 관계자는 "대응할 가치가 없다"고 꼬집었다.', '가치가', 'ko').sourcing.type).toBe('official')
  })

  it('a South Korean newspaper stays a named outlet', () => {
    expect(claimOf('조선일보는 16일 시장 물가가 올랐다고 보도했다.', '물가가', 'ko').sourcing.type).toBe('named-source')
  })
})

describe('Korean bylines with the outlet, the e-mail or the date', () => {
  const article = (byline: string) =>
    `홍은동 아파트서 불…주민 대피\n\n오늘 오전 서울 홍은동의 한 아파트에서 불이 나 주민 10명이 대피했습니다.\n\n소방당국은 정확한 화재 원인을 조사하고 있습니다.\n\n${byline}`
  it.each([
    '[ 김태형 기자 / kth@mbn.co.kr ]',
    '[MBN뉴스 김태형 기자 kth@mbn.co.kr]',
    'MBN 김태형 기자(kth@mbn.co.kr)',
    'MBN뉴스 김태형입니다. [kth@mbn.co.kr]',
    '기자 김태형 kth@mbn.co.kr',
    '김태형 기자 kth@mbn.co.kr 2024-05-01 10:00',
    '입력 : 2024-05-01 10:00 김태형 기자',
  ])('%s', (byline) => {
    const result = extract(article(byline), { language: 'ko' })
    expect(result.meta.author).toBe('김태형')
    expect(result.claims.some((c) => c.text.includes('김태형'))).toBe(false)
  })
})

describe("readers' comments under an article are furniture", () => {
  const body =
    'Deux voleurs ont été mis en fuite par un gendarme dans la nuit de mercredi à jeudi, a-t-on appris vendredi auprès de la gendarmerie du Jura.\n' +
    'Vers 23 heures, un gendarme allait se coucher lorsqu’il a été alerté par des bruits suspects dans l’appartement de l’un de ses collègues endormi.\n' +
    'Les cambrioleurs ont volé une montre avant de prendre la fuite par la fenêtre du logement, selon les enquêteurs de la brigade locale.\n'

  it('after the closing credit, a line in lowercase is a reader speaking', () => {
    const text = `Des voleurs chez les gendarmes\n${body}(D’après AFP)\nbonjour, il est vrai que pendant mes 30 années de service, j’ai rarement fermé à clé la porte de mon logement.`
    expect(isClaim(text, 'rarement fermé', 'fr')).toBe(false)
    expect(isClaim(text, 'montre', 'fr')).toBe(true)
  })

  it('a comment header opens the section: "3 commentaires"', () => {
    const text = `Des voleurs chez les gendarmes\n\n${body}\n3 commentaires\n\nJeanMi\nil y a 3 heures\nLes gendarmes ont été cambriolés deux fois cette année déjà.\nRépondre`
    expect(isClaim(text, 'deux fois cette année', 'fr')).toBe(false)
  })

  it("a comment's chrome opens it: the handle, then the time and Reply", () => {
    const text =
      'Burglar flees\n\nA man broke into three homes on Elm Street on Monday night, police said in a statement on Tuesday morning.\n\n' +
      'Officers found a ladder at the scene and a broken window at the back of one of the houses, the statement said.\n\n' +
      'jdoe42\n2 hours ago\nThe same man broke into my garage last week and took two bikes.\nReply'
    expect(isClaim(text, 'two bikes', 'en')).toBe(false)
    expect(isClaim(text, 'ladder', 'en')).toBe(true)
  })

  it('German and Korean chrome: "vor 2 Stunden", "Antworten"; "댓글 3", "답글"', () => {
    const de =
      'Einbruch in Farmsen\n\nUnbekannte sind in der Nacht zu Dienstag in ein Einfamilienhaus in Farmsen eingebrochen, teilte die Polizei am Mittwoch mit.\n\n' +
      'Die Täter erbeuteten Schmuck und Bargeld im Wert von mehreren tausend Euro, sagte ein Polizeisprecher am Mittwochmittag.\n\n' +
      'Hanna K.\nvor 2 Stunden\nBei uns wurde letzte Woche auch eingebrochen.\nAntworten'
    expect(isClaim(de, 'letzte Woche auch', 'de')).toBe(false)
    const ko =
      '아파트 화재\n\n오늘 오전 서울 홍은동의 한 아파트에서 불이 나 주민 10명이 대피했다고 소방당국이 밝혔습니다. 불은 30분 만에 꺼졌고 다친 사람은 없는 것으로 전해졌습니다.\n\n' +
      '소방당국은 정확한 화재 원인을 조사하고 있다고 말했습니다. 경찰도 현장에서 감식을 벌이고 있으며 관리사무소 관계자를 불러 조사할 예정입니다.\n\n' +
      '댓글 3\n\n시민1\n5분 전\n우리 동네에서도 불이 났었어요.\n답글'
    expect(isClaim(ko, '우리 동네에서도', 'ko')).toBe(false)
  })

  it('must not change: a share bar or a lone "Reply" mid-article, and a comments link by the byline', () => {
    const text =
      'Burglar flees\n\nBy Jane Doe | 12 Comments\n\nA man broke into three homes on Elm Street on Monday night, police said in a statement on Tuesday morning.\n\n' +
      'Share\n\nOfficers found a ladder at the scene and a broken window at the back of one of the houses, the statement said.\n\n' +
      'Reply\n\nThe man fled on foot toward the river and was last seen near the bridge, police said.'
    expect(isClaim(text, 'ladder', 'en')).toBe(true)
    expect(isClaim(text, 'fled on foot', 'en')).toBe(true)
  })
})

describe('German offices in one word, and reported speech after a quote', () => {
  const text =
    'Hochwasser in Bayern\n\n' +
    '„Die Lage ist ernst“, sagte Ministerpräsident Markus Söder. Der Freistaat werde den Betroffenen schnell helfen. Danach fuhr er nach Neuburg.\n\n' +
    'Bayerns Innenminister Joachim Herrmann warnte vor steigenden Pegeln.\n\n' +
    '11.30 Uhr: Die Bundesinnenministerin Nancy Faeser kündigte Unterstützung an. Faeser: „Der Bund steht an der Seite der Menschen.“\n\n' +
    'Der Vereinspräsident Hans Maier sagte, das Fest falle aus.'

  it('"Innenminister", "Bundesinnenministerin" are offices', () => {
    expect(claimOf(text, 'steigenden Pegeln', 'de').sourcing.type).toBe('official')
    expect(claimOf(text, 'Unterstützung an', 'de').sourcing.type).toBe('official')
    // a club's president holds no public office
    expect(claimOf(text, 'Fest falle aus', 'de').sourcing.type).toBe('named-source')
  })

  it('Konjunktiv after a quote goes on with its speaker; narration in the indicative does not', () => {
    expect(claimOf(text, 'Freistaat werde', 'de').sourcing.type).toBe('official')
    expect(claimOf(text, 'fuhr er nach Neuburg', 'de').sourcing.type).toBe('unattributed')
  })

  it('a line that ends in a German closing quote “ ends a sentence: no subheading', () => {
    expect(isClaim(text, 'Unterstützung an', 'de')).toBe(true)
  })
})

describe('a credit in brackets closes a caption', () => {
  const text =
    "Paris : le tireur placé en garde à vue\n\nLe suspect a été interpellé mardi soir, a indiqué le parquet de Paris.\n\n" +
    "Des policiers devant l'immeuble où s'est produit la fusillade. [Keystone - Christophe Ena]\n\n" +
    "L'homme était connu des services de police. Une enquête a été ouverte [1] pour tentative de meurtre [sic]"
  it('"… la fusillade. [Keystone - Christophe Ena]" is a caption; a footnote or "[sic]" is not', () => {
    expect(isClaim(text, 'devant l', 'fr')).toBe(false)
    expect(isClaim(text, 'tentative de meurtre', 'fr')).toBe(true)
  })

  it('after a finished sentence, a short capitalised phrase in brackets: "… mardi. [Image tirée de Twitter]"', () => {
    const t = `Le tireur en garde à vue\n\nLe suspect a été interpellé mardi soir, a indiqué le parquet de Paris.\n\nDes enquêteurs devant l'immeuble mardi soir. [Image tirée de Twitter]\n\nIl a été placé en garde à vue pour tentative de meurtre, selon le parquet.`
    expect(isClaim(t, 'enquêteurs devant', 'fr')).toBe(false)
    expect(isClaim(t, 'garde à vue pour', 'fr')).toBe(true)
  })

  it('the second copy of a caption, with its credit, is the caption too', () => {
    const t = `Le tireur en garde à vue\n\nLe suspect a été interpellé mardi soir, a indiqué le parquet de Paris.\n\nDes gendarmes devant la mairie de Collobrières, mardi.\nDes gendarmes devant la mairie de Collobrières, mardi. Photo d'illustration Getty\n\nL'homme était connu des services de police, a précisé le parquet.`
    expect(isClaim(t, 'mairie de Collobrières', 'fr')).toBe(false)
    expect(isClaim(t, 'connu des services', 'fr')).toBe(true)
  })

  it('"VIDÉO - …" teases another page', () => {
    const t = `Le tireur en garde à vue\n\nLe suspect a été interpellé mardi soir, a indiqué le parquet de Paris.\n\nVIDÉO - Les images de l'interpellation filmées par un voisin.\n\nIl a été placé en garde à vue pour tentative de meurtre, selon le parquet.`
    expect(isClaim(t, 'images de l', 'fr')).toBe(false)
  })
})

describe('Spanish police reports are documents', () => {
  it('"según reportes policiacos", "de acuerdo con el reporte", "el parte oficial"; a public complaint stays anonymous', () => {
    const t = 'Hallan a hombre sin vida\n\nUn hombre fue hallado sin vida en un baldío, según reportes policiacos. De acuerdo con el reporte, el cuerpo presentaba golpes.\n\nSegún el parte oficial, agentes municipales acudieron al lugar.\n\nSegún una denuncia pública, el hombre había sido amenazado.'
    expect(claimOf(t, 'baldío', 'es').sourcing.type).toBe('document')
    expect(claimOf(t, 'presentaba golpes', 'es').sourcing.type).toBe('document')
    expect(claimOf(t, 'agentes municipales', 'es').sourcing.type).toBe('document')
    expect(claimOf(t, 'amenazado', 'es').sourcing.type).toBe('anonymous-source')
  })
})

describe('Russian offices and declined surnames', () => {
  const text =
    'Кражи в Люберцах\n\n' +
    'Начальник УМВД по городскому округу Люберцы полковник полиции Иван Петров рассказал о работе за месяц.\n\n' +
    'По словам Петрова, в городе установлено 200 камер.\n\n' +
    'Глава округа Владимир Ружицкий заявил, что работа будет продолжена.\n\n' +
    'Житель Люберец Сергей Иванов рассказал, что у него украли машину. По словам Иванова, полиция нашла её через день.'

  it('"По словам Петрова" is the police chief "Иван Петров" introduced before', () => {
    expect(claimOf(text, '200 камер', 'ru').sourcing.type).toBe('official')
  })

  it('"Глава округа" is an office', () => {
    expect(claimOf(text, 'будет продолжена', 'ru').sourcing.type).toBe('official')
  })

  it('"По словам Иванова, полиция нашла …": the main clause is no apposition of the resident', () => {
    const c = claimOf(text, 'нашла её', 'ru')
    expect(c.sourcing.type).toBe('named-source')
    expect(c.sourcing.attribution).toBe('Иванова')
  })
})
