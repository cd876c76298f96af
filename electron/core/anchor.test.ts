import { describe, expect, it } from 'vitest'
import { makeAnchor, reanchorClaims, resolveAnchor, similarity } from './anchor'
import type { Anchor, Change, Claim } from './schema'

const ARTICLE =
  'A source in North Hamgyong Province told Daily NK on Tuesday that an explosion hit a munitions factory in Chongjin. ' +
  'At least 12 workers were reportedly injured in the blast, the source said. ' +
  'Local authorities have not commented. The factory produces artillery shells, according to the source.'

function anchorOf(text: string, quote: string, from = 0): Anchor {
  const start = text.indexOf(quote, from)
  if (start < 0) throw new Error(`quote not in text: ${quote}`)
  return makeAnchor(text, start, start + quote.length)
}

describe('makeAnchor', () => {
  it('records the quote, 32 characters of context and the position', () => {
    const anchor = anchorOf(ARTICLE, 'At least 12 workers were reportedly injured in the blast')
    expect(anchor.quote.exact).toBe('At least 12 workers were reportedly injured in the blast')
    expect(anchor.quote.prefix).toBe(ARTICLE.slice(anchor.position.start - 32, anchor.position.start))
    expect(anchor.quote.suffix).toBe(', the source said. Local authori')
    expect(anchor.position.end - anchor.position.start).toBe(anchor.quote.exact.length)
  })

  it('clamps and orders offsets, and gives empty context at the edges', () => {
    const anchor = makeAnchor('short text', 20, -5)
    expect(anchor).toEqual({ quote: { exact: 'short text', prefix: '', suffix: '' }, position: { start: 0, end: 10 } })
  })
})

describe('resolveAnchor', () => {
  it('uses the position when the text is unchanged', () => {
    const anchor = anchorOf(ARTICLE, 'Local authorities have not commented.')
    expect(resolveAnchor(ARTICLE, anchor)).toEqual({ ...anchor.position, method: 'position' })
  })

  it('finds the quote after text was inserted before it', () => {
    const anchor = anchorOf(ARTICLE, 'Local authorities have not commented.')
    const edited = 'UPDATED 3 March: corrects the date. ' + ARTICLE
    const found = resolveAnchor(edited, anchor)
    expect(found?.method).toBe('quote')
    expect(edited.slice(found!.start, found!.end)).toBe('Local authorities have not commented.')
  })

  it('re-attaches a quote edited slightly, bounded by its context', () => {
    const quote = 'At least 12 workers were reportedly injured in the blast'
    const anchor = anchorOf(ARTICLE, quote)
    const edited = ARTICLE.replace(quote, 'At least 14 workers were reportedly injured in the explosion')
    const found = resolveAnchor(edited, anchor)
    expect(found?.method).toBe('context')
    expect(edited.slice(found!.start, found!.end)).toBe('At least 14 workers were reportedly injured in the explosion')
  })

  it('re-attaches fuzzily when the quote and its context were both edited', () => {
    const quote = 'an explosion hit a munitions factory in Chongjin'
    const anchor = anchorOf(ARTICLE, quote)
    const edited = ARTICLE.replace('told Daily NK on Tuesday that an explosion hit a munitions', 'said on Wednesday that a blast hit a munitions').replace(
      'Chongjin. At least',
      'Chongjin city. Some',
    )
    const found = resolveAnchor(edited, anchor)
    expect(found?.method).toBe('fuzzy')
    expect(edited.slice(found!.start, found!.end)).toContain('a munitions factory in Chongjin')
  })

  it('uses prefix and suffix to choose between duplicates of the quote', () => {
    const text = 'The source said so. Officials deny it. Later, a second report appeared and the source said so. Nobody else confirmed it.'
    const anchor = anchorOf(text, 'the source said so.', 60)
    // Text inserted at the start moves both occurrences; the second must still be chosen.
    const edited = 'Editor\u2019s note: this story has been updated. ' + text.replace('The source said so.', 'the source said so.')
    const found = resolveAnchor(edited, anchor)
    expect(found?.method).toBe('quote')
    expect(found!.start).toBeGreaterThan(edited.indexOf('appeared and'))
    expect(edited.slice(found!.start, found!.end)).toBe('the source said so.')
  })

  it('prefers the occurrence nearest the old position when the context cannot decide', () => {
    const text = 'Yes. No. Yes. No. Yes. No. Yes.'.replace(/Yes/g, 'Reportedly, twelve were hurt')
    const anchor = anchorOf(text, 'Reportedly, twelve were hurt', 40)
    const edited = 'X' + text
    const found = resolveAnchor(edited, anchor)!
    expect(found.start).toBe(anchor.position.start + 1)
  })

  it('returns null when the quote was deleted', () => {
    const quote = 'Local authorities have not commented. '
    const anchor = anchorOf(ARTICLE, quote)
    expect(resolveAnchor(ARTICLE.replace(quote, ''), anchor)).toBeNull()
  })

  it('does not attach a short quote to an unrelated occurrence', () => {
    const text = 'Injured: 12 people. Elsewhere, prices rose.'
    const anchor = anchorOf(text, '12 people')
    const edited = 'Prices rose for 12 people who trade rice in the market, the report says.'
    expect(resolveAnchor(edited, anchor)).toBeNull()
  })

  it('handles emoji and other surrogate pairs', () => {
    const text = '🚀🚀 Rockets 🚀 were launched 🇰🇵 from the coast, 😀 officials said.'
    const start = text.indexOf('were launched')
    const end = text.indexOf('coast') + 5
    // Context never splits a surrogate pair: 2 UTF-16 units before "were" are half a rocket and a space.
    const narrow = makeAnchor(text, start, end, 2)
    expect(narrow.quote.prefix).toBe(' ')
    expect(makeAnchor(text, start - 1, start, 1).quote.prefix).toBe('')
    expect(makeAnchor(text, text.indexOf('😀') - 1, text.indexOf('😀'), 1).quote.suffix).toBe('')
    expect(makeAnchor(text, text.indexOf('😀') - 2, text.indexOf('😀') - 1, 2).quote.suffix).toBe(' ')

    const anchor = makeAnchor(text, start, end)
    expect(anchor.quote.exact).toBe('were launched 🇰🇵 from the coast')
    const edited = '🇺🇳 ' + text
    const found = resolveAnchor(edited, anchor)!
    expect(edited.slice(found.start, found.end)).toBe('were launched 🇰🇵 from the coast')

    // An offset inside a pair widens to the whole character.
    const inside = makeAnchor(text, 1, 3)
    expect(inside.quote.exact).toBe('🚀🚀')
    expect(inside.position).toEqual({ start: 0, end: 4 })
  })

  it('finds a CRLF quote in text re-imported with LF line ends', () => {
    const crlf = 'Title line\r\n\r\nFirst paragraph says one thing.\r\nSecond line of it.\r\n\r\nLast paragraph.'
    const anchor = anchorOf(crlf, 'one thing.\r\nSecond line')
    const lf = crlf.replace(/\r\n/g, '\n')
    const found = resolveAnchor(lf, anchor)!
    expect(lf.slice(found.start, found.end)).toBe('one thing.\nSecond line')
  })

  // Its speed is measured in bench/adversarial.bench.ts; here only that every anchor resolves.
  it('resolves hundreds of anchors in a large edited article', () => {
    const sentences = Array.from({ length: 40000 }, (_, i) => `Sentence number ${i} reports that ${i % 97} people were seen at site ${i % 13}.`)
    const text = sentences.join(' ') // ~2.7 MB
    const anchors = Array.from({ length: 300 }, (_, k) => {
      const quote = sentences[k * 133]
      return anchorOf(text, quote, text.indexOf(`Sentence number ${k * 133} `))
    })
    const edited = text.replace('Sentence number 5000 ', 'Sentence number 5000 (corrected) ').replace(/site 7\./g, 'site seven.')
    const found = anchors.map((a) => resolveAnchor(edited, a))
    expect(found.every((f) => f !== null)).toBe(true)
  })
})

describe('reanchorClaims', () => {
  type TestClaim = Pick<Claim, 'id' | 'anchor' | 'state' | 'history' | 'updatedAt'>
  const claim = (id: string, quote: string, state: Claim['state'] = 'active', history: Change[] = []): TestClaim => ({
    id,
    anchor: anchorOf(ARTICLE, quote),
    state,
    history,
    updatedAt: '2026-01-01T00:00:00.000Z',
  })

  it('moves anchors, orphans what is gone, never drops a claim', () => {
    const claims = [
      claim('a', 'an explosion hit a munitions factory in Chongjin'),
      claim('b', 'Local authorities have not commented.'),
      claim('c', 'The factory produces artillery shells'),
    ]
    const edited = ('Correction appended. ' + ARTICLE).replace('Local authorities have not commented. ', '')
    const result = reanchorClaims(ARTICLE, edited, claims, { at: '2026-02-02T00:00:00.000Z', by: 'reviewer' })
    expect(result.map((c) => c.id)).toEqual(['a', 'b', 'c'])
    expect(result.map((c) => c.state)).toEqual(['active', 'orphaned', 'active'])
    expect(edited.slice(result[0].anchor.position.start, result[0].anchor.position.end)).toBe(claims[0].anchor.quote.exact)
    expect(result[0].anchor.quote.prefix).toBe(edited.slice(result[0].anchor.position.start - 32, result[0].anchor.position.start))
    expect(result[0].updatedAt).toBe('2026-02-02T00:00:00.000Z')
    expect(result[1].anchor).toEqual(claims[1].anchor) // an orphan keeps its last known anchor
    expect(result[1].history).toEqual([{ field: 'state', from: 'active', to: 'orphaned', at: '2026-02-02T00:00:00.000Z', by: 'reviewer' }])
    expect(result[2].anchor.quote.exact).toBe('The factory produces artillery shells')
  })

  it('returns unchanged claims as they were when the text is the same', () => {
    const claims = [claim('a', 'Local authorities have not commented.')]
    expect(reanchorClaims(ARTICLE, ARTICLE, claims)[0]).toBe(claims[0])
  })

  it('restores the state an orphan had once its text is back', () => {
    const gone = claim('d', 'Local authorities have not commented.', 'dismissed')
    const without = ARTICLE.replace('Local authorities have not commented. ', '')
    const [orphan] = reanchorClaims(ARTICLE, without, [gone], { at: '2026-02-02T00:00:00.000Z' })
    expect(orphan.state).toBe('orphaned')
    const [back] = reanchorClaims(without, ARTICLE, [orphan], { at: '2026-02-03T00:00:00.000Z' })
    expect(back.state).toBe('dismissed')
    expect(back.history.map((h) => `${h.from}->${h.to}`)).toEqual(['dismissed->orphaned', 'orphaned->dismissed'])
  })

  it('keeps claims after an insertion exactly at their start on the position path', () => {
    const quote = 'Local authorities have not commented.'
    const claims = [claim('a', quote)]
    const at = ARTICLE.indexOf(quote)
    const edited = ARTICLE.slice(0, at) + 'NEW SENTENCE HERE. ' + ARTICLE.slice(at)
    const [moved] = reanchorClaims(ARTICLE, edited, claims)
    expect(moved.anchor.position.start).toBe(at + 'NEW SENTENCE HERE. '.length)
    expect(moved.anchor.quote.exact).toBe(quote)
  })
})

describe('similarity', () => {
  it('is 1 for equal strings and falls with edits', () => {
    expect(similarity('reportedly injured', 'reportedly injured')).toBe(1)
    expect(similarity('At least 12 workers were injured', 'At least 14 workers were injured')).toBeGreaterThan(0.85)
    expect(similarity('At least 12 workers were injured', 'Prices rose in the market')).toBeLessThan(0.3)
  })
})
