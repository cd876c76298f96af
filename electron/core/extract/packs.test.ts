// The failure classes, one example each, through the whole extractor.
import { describe, expect, it } from 'vitest'
import { extract } from './index'
import { claimOf } from './__fixtures__/claim-of'

function nonClaimKinds(text: string): { kind: string; text: string }[] {
  return extract(text).nonClaims.map((n) => ({ kind: n.kind, text: n.text }))
}

describe('language packs: attribution before and after the fact', () => {
  it.each([
    ['de', 'Drei Arbeiter wurden am Montag verletzt, wie die Polizei mitteilte.', 'Drei Arbeiter', 'official'],
    ['de', 'Laut Polizei wurde einer der Männer schwer verletzt und in eine Klinik gebracht.', 'schwer verletzt', 'official'],
    ['de', 'Der Staatsanwaltschaft zufolge war der Mann seit Jahren bekannt.', 'seit Jahren', 'official'],
    ['de', 'Nach Angaben der Feuerwehr bestand keine Gefahr für die Bevölkerung.', 'keine Gefahr', 'official'],
    ['es', 'Según el Ministerio del Interior, doce personas fueron detenidas el martes.', 'doce personas', 'official'],
    ['es', 'De acuerdo con un informe de la universidad, la pobreza creció un 4 por ciento.', 'la pobreza', 'document'],
    ['fr', 'Selon la préfecture, trois cents personnes ont été évacuées jeudi soir.', 'trois cents', 'official'],
    ['fr', "D'après une source proche du dossier, le suspect a été arrêté mardi.", 'le suspect', 'anonymous-source'],
    ['ru', 'По данным МВД, за неделю было возбуждено 17 уголовных дел.', '17 уголовных', 'official'],
    ['ko', '경찰에 따르면 이날 오후 2시쯤 신고가 접수됐다.', '신고가', 'official'],
    ['ko', '함경북도 소식통은 3일 데일리NK에 “시장이 문을 닫았다”고 밝혔다.', '시장이', 'anonymous-source'],
  ] as const)('%s: %s', (language, text, fragment, type) => {
    expect(claimOf(text, fragment, language).sourcing.type).toBe(type)
  })
})

describe('language packs: named people after a quote, surnames, titles', () => {
  it('a surname after a quote is a named source', () => {
    const text = 'Ana Martinez, who lives nearby, said the roof had been leaking for weeks.\n\n"The roof gave way," Martinez said.'
    expect(claimOf(text, 'leaking').sourcing).toMatchObject({ type: 'named-source', attribution: 'Ana Martinez' })
    expect(claimOf(text, 'roof gave way').sourcing.type).toBe('named-source')
  })

  it('a title of office makes the speaker official, and the surname keeps it', () => {
    const text = 'Fire Chief Tom Brady said two buildings were destroyed.\n\n"We were lucky," Brady said, adding that nobody was hurt.'
    expect(claimOf(text, 'two buildings').sourcing.type).toBe('official')
    expect(claimOf(text, 'nobody was hurt').sourcing.type).toBe('official')
  })

  it('an office after the name: "Artyom Sumaneev, head of the city police"', () => {
    expect(claimOf('В Череповце на 8% снизилось количество убийств, сообщил Артём Суманеев, глава городского УМВД.', 'снизилось', 'ru').sourcing.type).toBe('official')
    expect(claimOf('"Le phénomène est plus important", selon Marcellin Nadeau, le maire du Prêcheur.', 'phénomène', 'fr').sourcing.type).toBe('official')
  })

  it('Korean titles tell official from named', () => {
    expect(claimOf('통일부 대변인은 이날 “북측의 답신은 없었다”고 밝혔다.', '답신', 'ko').sourcing.type).toBe('official')
    expect(claimOf('김철수 교수는 “시장 가격이 두 배로 올랐다”고 말했다.', '시장 가격', 'ko').sourcing.type).toBe('named-source')
  })
})

describe('language packs: hedges, lexical and grammatical', () => {
  it.each([
    ['es', 'Al parecer, el conductor perdió el control del vehículo.', 'al parecer'],
    ['es', 'El hombre presuntamente robó tres coches.', 'presuntamente'],
    ['es', 'Según datos no confirmados, hay cinco heridos.', 'según datos no confirmados'],
    ['de', 'Der Mann ist angeblich geflohen.', 'angeblich'],
    ['de', 'Der Fahrer soll zuvor Alkohol getrunken haben.', 'soll zuvor alkohol getrunken haben'],
    ['fr', 'Trois cents personnes auraient été évacuées dans la nuit.', 'auraient'],
    ['ko', '주민 10여 명이 체포된 것으로 알려졌다.', '것으로 알려졌다'],
    ['ko', '국경 경비가 강화됐다고 전해졌다.', '다고 전해졌다'],
    ['ko', '추가 처벌이 내려질 가능성이 있다.', '가능성이 있다'],
    ['ru', 'Задержанный якобы пытался скрыться.', 'якобы'],
    ['en', 'The factory reportedly closed last week.', 'reportedly'],
  ] as const)('%s: %s', (language, text, cue) => {
    const claim = extract(text, { language }).claims[0]
    expect(claim?.hedge).toEqual({ hedged: true, cue })
  })

  it('no hedge where there is none', () => {
    for (const [language, text] of [
      ['de', 'In wenigen Minuten soll sich dort wieder der Krisenstab treffen.'],
      ['fr', 'La préfecture a ordonné l’évacuation de 500 personnes.'],
      ['es', 'La policía detuvo a dos hombres el viernes.'],
    ] as const) {
      expect(extract(text, { language }).claims[0]?.hedge.hedged, text).toBe(false)
    }
  })
})

describe('language packs: furniture by phrase and by structure', () => {
  it.each([
    'Our reporting costs us $8,000 a month. Please consider donating.',
    'Our journalism is banned in North Korea.',
    '첫 댓글을 작성해보세요',
    'Be the first to comment',
    'Share on Facebook',
    'Translated by Lee Jin-kyung',
    'Edited by Robert Lauler',
    'Please note: information in this release may be out of date.',
    'Lesen Sie auch: Hochwasser in Bayern',
    'Leer noticia completa en El Mundo.',
    'Версия для печати',
  ])('%s', (line) => {
    const text = `Police arrested two men on Friday, the ministry said.\n\n${line}\n\nThe men were released on Sunday, officials said.`
    const result = extract(text)
    expect(result.claims.some((c) => c.text.includes(line.slice(0, 12))), JSON.stringify(result.claims)).toBe(false)
  })

  it('a caption that ends in a credit, and the same caption printed twice', () => {
    const text =
      'Market prices rose in Hyesan, a source said.\n\nTraders at a market in Hyesan in 2019. (AP Photo/Ahn Young-joon)\n\nVehicles wait at a checkpoint on the Amnok River.\nVehicles wait at a checkpoint on the Amnok River. Image: Daily NK\n\nRice sold for 5,000 won, the source said.'
    const kinds = nonClaimKinds(text)
    expect(kinds.filter((k) => k.kind === 'caption' || k.kind === 'credit' || k.kind === 'boilerplate').length).toBeGreaterThanOrEqual(3)
    expect(extract(text).claims.map((c) => c.text)).toEqual(['Market prices rose in Hyesan, a source said.', 'Rice sold for 5,000 won, the source said.'])
  })

  it('a headline run together with its dateline is split off', () => {
    const text = 'N. Korean leader said to order harsher crackdown on defectors\nSEOUL, Dec. 9 (Yonhap) -- North Korea has intensified its surveillance of residents, a source said Sunday.'
    const result = extract(text)
    expect(result.meta.title).toBe('N. Korean leader said to order harsher crackdown on defectors')
    expect(result.claims[0].text.startsWith('North Korea has intensified')).toBe(true)
    expect(result.meta.outlet).toBe('Yonhap')
  })

  it('a line repeated across the workspace is furniture', () => {
    const text = 'Rice prices doubled in Hyesan, a source said.\n\nSupport independent reporting from inside North Korea today\n\nCorn followed, he added.'
    const repeated = new Set(['Support independent reporting from inside North Korea today'])
    expect(extract(text, { repeatedLines: repeated }).claims.map((c) => c.text)).toEqual(['Rice prices doubled in Hyesan, a source said.', 'Corn followed, he added.'])
  })
})

describe('language packs: bylines in other forms', () => {
  it.each([
    ['Von Julia Becker', 'Julia Becker'],
    ['Por María López', 'María López'],
    ['Par Jean Dupont', 'Jean Dupont'],
    ['홍길동 기자', '홍길동'],
    ['정영재 기자 2023. 9. 13. 20:54', '정영재'],
    ['M.C. et M.A.', 'M.C. et M.A.'],
  ])('%s', (line, author) => {
    const text = `Headline of the story\n\n${line}\n\nThe council approved the budget on Monday, the mayor said.`
    expect(extract(text).meta.author).toBe(author)
  })

  it('a byline at the end', () => {
    expect(extract('Die Stadt hat am Montag den Haushalt beschlossen.\n\nVon Julia Becker').meta.author).toBe('Julia Becker')
  })
})
