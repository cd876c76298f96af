// Session 33 (ruko6): Russian and Korean sourcing classes, from the session's brief (named channels and outlets, the outlet's own
// reporter, lead decision 1 on state agencies) and the README's written rules. Each class is written from the language's grammar
// with invented sentences: ones that must change (they failed on main 127a662) and nearby ones that must not (they held there).
import { describe, expect, it } from 'vitest'
import { ru } from './__fixtures__/sourcing-in'

describe('Russian: a body’s noun with its quoted name is the subject of a verb of saying (README: a named outlet or channel is named)', () => {
  // the generic noun before a proper name in quotes ("газета «Коммерсантъ»", "Telegram-канал «112»") and the name are one noun phrase
  it('must change: a channel, a newspaper, an outlet, a portal, a company with its quoted name, as the sentence’s first words', () => {
    expect(ru('Telegram-канал «112» пишет, что задержанный дал показания.', 'Telegram-канал')).toBe('named-source')
    expect(ru('Ранее Telegram-канал «112» сообщал, что задержанный дал показания.', 'Ранее')).toBe('named-source')
    expect(ru('Телеграм-канал «База» сообщил, что задержанный дал показания.', 'Телеграм-канал')).toBe('named-source')
    expect(ru('Газета «Коммерсантъ» пишет, что задержанный дал показания.', 'Газета')).toBe('named-source')
    expect(ru('Издание «Фонтанка» сообщает, что задержанный дал показания.', 'Издание')).toBe('named-source')
    expect(ru('Портал «Мой район» уточняет, что пожар начался ночью.', 'Портал')).toBe('named-source')
    expect(ru('Компания «Ольха-Транс» сообщила, что рейсы отменены.', 'Компания')).toBe('named-source')
  })
  it('must change: a correspondent of a named outlet is that outlet cited', () => {
    expect(ru('Корреспондент «Коммерсанта» сообщил, что задержанный дал показания.', 'Корреспондент')).toBe('named-source')
  })
  it('must not: a quoted name in a prepositional phrase is no subject; a closing quote keeps its speaker; no verb of saying, no source', () => {
    expect(ru('В беседе с телеканалом «360» водитель рассказал, что пассажиры не пострадали.', 'В беседе')).toBe('anonymous-source')
    expect(ru('«Мы эвакуировались за три минуты», — сказал житель.', '«Мы')).toBe('anonymous-source')
    expect(ru('Газета «Коммерсантъ» вышла с опозданием.', 'Газета')).toBe('unattributed')
    expect(ru('Представитель компании «Ольха-Транс» сообщил, что рейсы отменены.', 'Представитель')).toBe('named-source')
    expect(ru('Как передает корреспондент «Коммерсанта», на месте работают следователи.', 'Как передает')).toBe('named-source')
  })
})

describe('Russian: the outlet’s own reporter by a generic noun is the outlet (README s31: "Как передает корреспондент издания" is outlet)', () => {
  it('must change: "корреспондент издания / портала / агентства / редакции", nominative or genitive', () => {
    expect(ru('Как передает корреспондент издания, на месте работают следователи.', 'Как передает')).toBe('outlet')
    expect(ru('По сообщению корреспондента портала, на месте работают следователи.', 'По сообщению')).toBe('outlet')
    expect(ru('На месте работают следователи, сообщает корреспондент агентства.', 'На месте')).toBe('outlet')
    expect(ru('Как сообщил корреспондент редакции, на месте работают следователи.', 'Как сообщил')).toBe('outlet')
  })
  it('must not: the outlet’s interlocutor, an office or a witness telling the reporter (dative), a named outlet’s reporter', () => {
    expect(ru('Как рассказал собеседник издания, на месте работают следователи.', 'Как рассказал')).toBe('anonymous-source')
    expect(ru('Как рассказали корреспонденту издания в МЧС, пожар потушен.', 'Как рассказали')).toBe('official')
    expect(ru('Очевидец рассказал корреспонденту издания, что пожар начался ночью.', 'Очевидец')).toBe('anonymous-source')
    expect(ru('Как передает корреспондент РИА Новости, на месте работают следователи.', 'Как передает')).toBe('named-source')
    expect(ru('Как передает наш корреспондент, на месте работают следователи.', 'Как передает')).toBe('outlet')
  })
})

describe('Russian: "по сообщению X" names its source as "по данным X" does (Русская грамматика 1980: по + dative of a noun of speech)', () => {
  it('must change: an office, an agency, unnamed witnesses after "по сообщению / по сообщениям"', () => {
    expect(ru('По сообщению пресс-службы МВД, задержан мужчина.', 'По сообщению')).toBe('official')
    expect(ru('По сообщению ТАСС, задержан мужчина.', 'По сообщению')).toBe('named-source')
    expect(ru('По сообщениям очевидцев, задержан мужчина.', 'По сообщениям')).toBe('anonymous-source')
  })
  it('must not: "по сообщению о / от …" is acting on a call about the event, not a source', () => {
    expect(ru('По сообщению о пожаре на место выехали спасатели.', 'По сообщению')).toBe('unattributed')
    expect(ru('По сообщению от соседей полицейские выехали на место.', 'По сообщению')).toBe('unattributed')
  })
})
