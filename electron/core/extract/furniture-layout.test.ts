// The furniture model's page-layout signals (session 24): runs of title-shaped lines (a block of other
// stories' headlines) and a top paragraph the next ones retell (a standfirst). Each with an invented page that must change and a nearby one that must not.
import { describe, expect, it } from 'vitest'
import { extract } from './index'
import { FEATURE_NAMES, furnitureFeatures, lineAt, pageLayout } from './furniture-model-features'
import { splitLines } from './segment'
import { spanIndexAt } from '../spans'

const layoutOf = (text: string, body: string[]) => {
  const lines = splitLines(text)
  const sentences = body.map((b) => ({ start: text.indexOf(b), end: text.indexOf(b) + b.length }))
  return { lines, layout: pageLayout(text, lines, sentences) }
}

describe('page layout for the furniture model', () => {
  it('finds the line holding an offset with the helper the renderer uses for its blocks', () => {
    const text = 'First line.\n\nSecond line.\nThird line.\n'
    const lines = splitLines(text)
    expect(lineAt).toBe(spanIndexAt)
    expect([0, 11, 13, 26, 30].map((p) => lineAt(lines, p))).toEqual([0, 0, 1, 2, 2])
  })

  it('counts a run of title-shaped lines; lines that end in a full stop are no titles, with or without a tag after them', () => {
    const teasers = 'More local news\nCouncil approves budget for the library\nPolice seek driver after crash on Route 9\n'
    const { layout } = layoutOf(teasers, [])
    expect([...layout.titleRun]).toEqual([3, 3, 3])
    const body = 'Two men were arrested.\nThey were charged with burglary.\nBoth were released on bail. [AFP]\n'
    expect([...layoutOf(body, []).layout.titleRun]).toEqual([0, 0, 0])
  })

  it('marks the lines that hold a sentence the rules kept as body', () => {
    const text = 'Share\nTweet\nA fire destroyed a barn on Tuesday.\nEmail\nPrint\n'
    expect([...layoutOf(text, ['A fire destroyed a barn on Tuesday.']).layout.body]).toEqual([0, 0, 1, 0, 0])
  })
})

describe('a top paragraph the next ones retell (a standfirst)', () => {
  const retold = (text: string, body: string[], sentence: string) => {
    const { lines, layout } = layoutOf(text, body)
    const at = text.indexOf(sentence)
    return furnitureFeatures({ text, lines, layout }, at, at + sentence.length)[FEATURE_NAMES.indexOf('retoldBelow')]
  }
  it('is high when the lede repeats the first paragraph\'s words, low when the second paragraph goes on', () => {
    const standfirst = 'Firefighters rescued eleven residents from a burning apartment building in Oakville.'
    const lede = 'Eleven residents were rescued by firefighters on Tuesday night when fire swept through an apartment building in Oakville, the fire chief said.'
    const next = 'The blaze started in a kitchen on the third floor and spread to the roof within minutes.'
    expect(retold(`${standfirst}\n\n${lede}\n\n${next}\n`, [standfirst, lede, next], standfirst)).toBeGreaterThan(0.6)
    expect(retold(`${lede}\n\n${next}\n`, [lede, next], lede)).toBeLessThan(0.3)
  })
})

describe('the story starts at its wire dateline', () => {
  const standfirst = 'Firefighters rescued eleven residents from a burning building in Oakville on Tuesday.'
  const lede = 'Eleven residents were rescued by firefighters on Tuesday night when fire swept through a building, the fire chief said.'
  const next = 'The blaze started in a kitchen on the third floor and spread to the roof within minutes.'
  it('a body paragraph above the paragraph a dateline opens is not a claim', () => {
    const claims = extract(`${standfirst}\n\nOAKVILLE (AP) — ${lede}\n\n${next}\n`, { language: 'en' }).claims.map((c) => c.text)
    expect(claims).toEqual([lede, next])
  })
  it('without the dateline, or with it further down the page, the top paragraph stays a claim', () => {
    expect(extract(`${standfirst}\n\n${lede}\n\n${next}\n`, { language: 'en' }).claims.map((c) => c.text)).toContain(standfirst)
    const deeper = `${standfirst}\n\n${next}\n\nPolice closed the road for three hours.\n\nOAKVILLE (AP) — ${lede}\n`
    expect(extract(deeper, { language: 'en' }).claims.map((c) => c.text)).toContain(standfirst)
  })
})

describe('a line of title-shaped items joined by one separator (a ticker, a menu)', () => {
  const body = 'A fire destroyed a barn on Miller Road in Oakville on Tuesday night, the fire chief said.'
  it('is furniture', () => {
    const ticker = 'Oakville: Barn burns down +++ Springfield: Bridge closed after crash +++ Riverton: Mayor resigns +++ More news from the region.'
    const claims = extract(`${ticker}\n\n${body}\n`, { language: 'en' }).claims.map((c) => c.text)
    expect(claims).toEqual([body])
  })
  it('a wire dateline with its parts, or one separator in a sentence, is not', () => {
    const wire = 'Lyon, France | AFP | mardi 12/03/2024 - Deux personnes ont été blessées dans un incendie.'
    expect(extract(`${wire}\n`, { language: 'fr' }).claims.map((c) => c.text).join(' ')).toContain('Deux personnes ont été blessées')
    const one = 'The council voted 7 | 2 to close the bridge on Tuesday, the mayor said.'
    expect(extract(`${one}\n`, { language: 'en' }).claims.map((c) => c.text)).toEqual([one])
  })
})

describe('a line holding a photo agency credit with the photographer in capitals', () => {
  const body = 'A fire destroyed a barn on Miller Road in Oakville on Tuesday night, the fire chief said.'
  it('is a caption line', () => {
    const captions = 'The barn burned for four hours. Agence/JEAN DUPONT Firefighters sprayed water on the roof.'
    expect(extract(`${captions}\n\n${body}\n`, { language: 'en' }).claims.map((c) => c.text)).toEqual([body])
  })
  it('a poll named after two firms, or a name with a slash in lower case, is not', () => {
    const poll = 'Support for the plan fell to 41 percent in a Reuters/Ipsos poll published on Tuesday.'
    const pair = 'The Smith/Jones family lost their home in the fire on Tuesday, the chief said.'
    expect(extract(`${poll}\n\n${pair}\n`, { language: 'en' }).claims.map((c) => c.text)).toEqual([poll, pair])
  })
})

describe('the shipped model on invented pages', () => {
  const story =
    'Fire destroys barn in Oakville\n\nA fire destroyed a barn on Miller Road in Oakville on Tuesday night, the fire chief said.\n\n' +
    'Firefighters from three towns fought the blaze for four hours.\n\nNo animals were hurt, according to the owner.\n\n'
  it('a block of other stories\' headlines after the story is furniture', () => {
    const teasers = 'More local news\nCouncil approves new budget for the library\nPolice seek driver after crash on Route 9\nSchool board names new principal for Oak Elementary\n'
    const claims = extract(story + teasers, { language: 'en' }).claims.map((c) => c.text)
    expect(claims).toContain('Firefighters from three towns fought the blaze for four hours.')
    expect(claims).toContain('No animals were hurt, according to the owner.')
    for (const t of ['Council approves new budget for the library', 'Police seek driver after crash on Route 9', 'School board names new principal for Oak Elementary']) {
      expect(claims.some((c) => c.includes(t))).toBe(false)
    }
  })

  it('short body lines that end in full stops stay claims', () => {
    const body = 'Two men were arrested on Wednesday.\nThey were charged with burglary and theft.\nBoth were released on bail on Thursday.\n'
    const claims = extract(story + body, { language: 'en' }).claims.map((c) => c.text)
    expect(claims).toEqual(expect.arrayContaining(['Two men were arrested on Wednesday.', 'They were charged with burglary and theft.', 'Both were released on bail on Thursday.']))
  })
})
