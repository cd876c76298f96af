// Session 32 (ruko5): Korean and Russian sourcing classes and carry, from the confusion table of the spent carry check set 7 (dev
// and check read as dev) and the dev part of carry check set 8 (its check part is never read). Each class is written from the
// language's grammar with invented sentences: ones that must change (they failed on main before the rule) and nearby ones that
// must not.
import { describe, expect, it } from 'vitest'
import { ko, ru } from './__fixtures__/sourcing-in'

describe('Korean: a quote closed by a subordinate -자 clause is an act inside the event, not the sentence’s source', () => {
  // the connective ending -자 ("when/as soon as X did …") closes a subordinate clause; its subject (marked 이/가) is a party to
  // the event the main clause tells
  it('must change: the quote’s speaker in the -자 clause is no source; the main clause tells an act', () => {
    expect(ko('목격자가 “무슨 일이냐”고 묻자 김씨는 곧바로 달아났다.', '목격자가')).toBe('unattributed')
    expect(ko('관리인이 “나가 달라”고 하자 A씨는 흉기를 휘둘렀다.', '관리인이')).toBe('unattributed')
    expect(ko('김씨가 계속 “살인을 저질렀다”고 진술하자 경찰은 김씨를 지구대로 데려갔다.', '김씨가')).toBe('unattributed')
    // a quoted question set before as an adnominal (“…”는 물음에) and an adnominal verb (사는) open no topic
    expect(ko('“왜 들어왔냐”는 물음에 김씨가 “살인을 저질렀다”고 답하자 관리자는 문을 잠갔다.', '“왜')).toBe('unattributed')
    expect(ko('인근에 사는 주민이 “불이야”라고 외치자 주민들이 대피했다.', '인근에')).toBe('unattributed')
  })
  it('must change: after the -자 clause, the main clause’s own speaker speaks', () => {
    expect(ko('경찰이 “이름이 뭐냐”고 묻자 A씨는 “없다”고 답했다.', '경찰이')).toBe('anonymous-source')
    expect(ko('김씨가 “돈을 달라”고 하자 주민들은 “경찰을 부르겠다”고 말했다.', '김씨가')).toBe('anonymous-source')
  })
  it('must not: a quote in the main clause keeps its speaker; a topic (은/는) before the -자 clause still speaks', () => {
    expect(ko('김씨는 “살인을 저질렀다”고 진술했다.', '김씨는')).toBe('named-source')
    expect(ko('경찰이 신분증을 요구하자 A씨는 “없다”고 답했다.', '경찰이')).toBe('anonymous-source')
    expect(ko('주민 A씨는 “불이 났다”고 외치자마자 밖으로 뛰어나갔다고 말했다.', '주민 A씨는')).toBe('anonymous-source')
    expect(ko('서울 마포경찰서는 “피의자가 범행을 인정했다”고 15일 밝혔다.', '서울 마포경찰서는')).toBe('official')
  })
})

describe('Russian: unnamed media and unofficial information are unnamed sources (lead decision s32; README)', () => {
  it('must change: "СМИ" with no outlet named, "по неофициальной информации / неофициальным данным"', () => {
    expect(ru('По данным СМИ, задержанный дал показания.', 'По данным')).toBe('anonymous-source')
    expect(ru('Ранее СМИ сообщили, что подозреваемый скрылся.', 'Ранее')).toBe('anonymous-source')
    expect(ru('По неофициальной информации, задержанный дал показания.', 'По неофициальной')).toBe('anonymous-source')
    expect(ru('По неофициальным данным, в квартире находились двое.', 'По неофициальным')).toBe('anonymous-source')
  })
  it('must not: a named outlet is named; a press office is official; preliminary findings keep the office in play', () => {
    expect(ru('Как пишет «Коммерсантъ», задержанный дал показания.', 'Как пишет')).toBe('named-source')
    expect(ru('По данным ГУ МВД, задержанный дал показания.', 'По данным')).toBe('official')
    expect(ru('В МЧС сообщили о пожаре. По предварительным данным, пострадавших нет.', 'По предварительным')).toBe('official')
  })
})

describe('Russian: forms of verbs of saying the list lacked (Русская грамматика 1980, глаголы речи)', () => {
  it('must change: present 3rd person of писать, подтверждать, опровергать; "заключить" of a conclusion spoken', () => {
    expect(ru('Местные СМИ пишут, что погибли двое.', 'Местные')).toBe('anonymous-source')
    expect(ru('В МВД опровергают сообщения о задержании.', 'В МВД')).toBe('official')
    expect(ru('На месте работает следственная группа, заключили в ведомстве.', 'На месте')).toBe('official')
    expect(ru('Эксперты заключили, что пожар начался на кухне.', 'Эксперты')).toBe('anonymous-source')
  })
  it('must not: "заключить под стражу / в СИЗО / договор" is an act, not speech', () => {
    expect(ru('Подозреваемого заключили под стражу.', 'Подозреваемого')).toBe('unattributed')
    expect(ru('Суд заключил его в СИЗО на два месяца.', 'Суд')).toBe('unattributed')
    expect(ru('Стороны заключили мировое соглашение.', 'Стороны')).toBe('unattributed')
  })
})

describe('the Q&A page: after a header naming the one who answers, the answers are theirs (ko, ru)', () => {
  const koPage = [
    '서울 마포경찰서 박민수 서장은 15일 브리핑에서 사건 경위를 설명했다.',
    '다음은 박 서장과의 일문일답.',
    '-공범이 있나.',
    '△현재까지 공범은 확인되지 않았다. 피의자는 혼자 범행했다.',
    '-도난품은 어디서 찾았나.',
    '피의자의 집 창고에서 대부분을 찾았다.',
    '경찰은 16일 현장검증을 할 예정이다.',
  ].join('\n\n')
  const ruPage = [
    'В Твери задержали троих подозреваемых в поджоге.',
    'Интервью с начальником полиции Иваном Петровым',
    'Вопрос: Сколько человек задержано?',
    'Ответ: Задержаны трое. Все они местные жители.',
    '— Были ли пострадавшие?',
    '— Пострадавших нет. Ущерб оценивается в миллион рублей.',
  ].join('\n\n')
  it('must change: an answer marked "△" / "Ответ:", or a paragraph right after a question, is the interviewee’s', () => {
    expect(ko(koPage, '△현재까지')).toBe('official')
    expect(ko(koPage, '피의자는 혼자')).toBe('official')
    expect(ko(koPage, '피의자의 집')).toBe('official')
    expect(ru(ruPage, 'Ответ: Задержаны')).toBe('official')
    expect(ru(ruPage, 'Все они')).toBe('official')
    expect(ru(ruPage, 'Ущерб оценивается')).toBe('official')
  })
  it('must not: the page before the header, and a paragraph that is neither question nor answer after it, stay the reporter’s', () => {
    expect(ru(ruPage, 'В Твери')).toBe('unattributed')
    expect(ko(koPage, '경찰은 16일')).toBe('unattributed')
  })
  it('must not: with no header, a paragraph after a question is no answer of anyone', () => {
    expect(ru('В Твери задержали троих подозреваемых.\n\nСколько человек задержано?\n\nЗадержаны трое. Все они местные жители.', 'Все они')).toBe('unattributed')
    expect(ko('서울에서 절도범이 검거됐다.\n\n-공범이 있나.\n\n△현재까지 공범은 확인되지 않았다.', '△현재까지')).toBe('unattributed')
  })
})

describe('Korean: an adnominal verb form ("사는", "운영하는", "난") is no topic, and a subject before one belongs to a relative clause', () => {
  it('must change: the speaker is the topic after the relative clause, not the clause’s subject nor the adnominal "-는"', () => {
    expect(ko('불이 난 동 1층에 사는 40대 오모씨는 연기에 놀라 대피하기 시작했다고 말했다.', '불이 난')).toBe('named-source')
    expect(ko('10층에 사는 이모(25)씨는 “갑자기 소리가 났다”고 했다.', '10층에')).toBe('named-source')
    expect(ko('서울 마포구 아파트에서 불이 났다. 경찰관 박모씨는 “출동했다”고 말했다. 인근에서 가게를 운영하는 주민 B씨는 “평소에 잘 알던 집”이라고 말했다.', '인근에서')).toBe('anonymous-source')
  })
  it('must not: a topic that opens the sentence, and a noun with the topic particle ("변호사는"), are read as before', () => {
    expect(ko('경찰은 불이 난 원인을 조사하고 있다고 밝혔다.', '경찰은')).toBe('official')
    expect(ko('소방당국은 화재가 난 집에 사람이 없었다고 설명했다.', '소방당국은')).toBe('official')
    expect(ko('이날 현장에서 만난 주민 김 모씨는 “무서웠다”고 말했다.', '이날')).toBe('named-source')
    expect(ko('변호사는 “억울하다”고 말했다.', '변호사는')).toBe('named-source')
  })
})
