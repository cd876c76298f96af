// Session 35 (furniture13): a standfirst above the lede that the story retells (standfirst.ts). Decided by the page's
// structure: the lede is the first paragraph opened by a dateline, of two or more sentences, or below a byline or date
// line; a sentence above it that one sentence of the story retells is furniture, a sentence in the body never is.
// Invented pages (__fixtures__/furniture-standfirst-s35.ts): must-change cells fail on main 3ec8d4a, must-not cells
// pass there and after. None of these sentences comes from a page in the corpus.
import { describe, expect, it } from 'vitest'
import { isClaim, type Lang } from './__fixtures__/furniture-page'
import { STANDFIRST_STORIES, type StandfirstStory } from './__fixtures__/furniture-standfirst-s35'

const LANGS: Lang[] = ['en', 'de', 'es', 'fr', 'ko', 'ru']
const storyOf = (lang: Lang): StandfirstStory => STANDFIRST_STORIES[lang]

/** The story's own sentences stay claims on every page of this file. */
function storyStays(text: string, s: StandfirstStory, lang: Lang, sentences: string[]): void {
  for (const x of sentences) expect(isClaim(text, x, lang), x).toBe(true)
}

describe('must change: a one-sentence standfirst above a lede of two sentences', () => {
  it.each(LANGS)('%s', (lang) => {
    const s = storyOf(lang)
    const text = `${s.headline}\n\n${s.standfirst}\n\n${s.retell} ${s.other}\n\n${s.next}\n`
    expect(isClaim(text, s.standfirst, lang)).toBe(false)
    storyStays(text, s, lang, [s.retell, s.other, s.next])
  })
})

describe('must change: the same page pasted one paragraph a line, with no blank lines', () => {
  it.each(LANGS)('%s', (lang) => {
    const s = storyOf(lang)
    const text = `${s.headline}\n${s.standfirst}\n${s.retell} ${s.other}\n${s.next}\n`
    expect(isClaim(text, s.standfirst, lang)).toBe(false)
    storyStays(text, s, lang, [s.retell, s.other, s.next])
  })
})

describe('must not: the same sentence in the body, below the lede, stays a claim though the story retells it', () => {
  it.each(LANGS)('%s', (lang) => {
    const s = storyOf(lang)
    const text = `${s.headline}\n\n${s.other} ${s.next}\n\n${s.standfirst}\n\n${s.retell}\n\n${s.more}\n`
    storyStays(text, s, lang, [s.standfirst, s.retell, s.other, s.next, s.more])
  })
})

describe('must not: a page of one-sentence paragraphs with no dateline or byline shows no lede: the top sentence stays', () => {
  it.each(LANGS)('%s', (lang) => {
    const s = storyOf(lang)
    const text = `${s.headline}\n\n${s.standfirst}\n\n${s.retell}\n\n${s.other}\n\n${s.next}\n`
    storyStays(text, s, lang, [s.standfirst, s.retell, s.other, s.next])
  })
})

describe('must not: a one-sentence top paragraph the story does not retell stays a claim', () => {
  it.each(LANGS)('%s', (lang) => {
    const s = storyOf(lang)
    const text = `${s.headline}\n\n${s.more}\n\n${s.retell} ${s.other}\n\n${s.next}\n`
    storyStays(text, s, lang, [s.more, s.retell, s.other, s.next])
  })
})

describe('must not: a lede three paragraphs down is no lede to stand above: the top sentence stays', () => {
  it.each(LANGS)('%s', (lang) => {
    const s = storyOf(lang)
    const text = `${s.headline}\n\n${s.standfirst}\n\n${s.next}\n\n${s.more}\n\n${s.retell} ${s.other}\n`
    storyStays(text, s, lang, [s.standfirst, s.next, s.more, s.retell, s.other])
  })
})

describe('guards (pass on main too): a standfirst over a wire dateline or a date line is furniture, the story stays', () => {
  it.each(LANGS)('%s: dateline', (lang) => {
    const s = storyOf(lang)
    const text = `${s.headline}\n\n${s.standfirst}\n\n${s.dateline}${s.retell}\n\n${s.other}\n\n${s.next}\n\n${s.more}\n`
    expect(isClaim(text, s.standfirst, lang)).toBe(false)
    storyStays(text, s, lang, [s.retell, s.other, s.next, s.more])
  })
  it.each(LANGS)('%s: date line', (lang) => {
    const s = storyOf(lang)
    const text = `${s.headline}\n\n${s.standfirst}\n\n${s.dateLine}\n\n${s.retell}\n\n${s.other}\n\n${s.next}\n\n${s.more}\n`
    expect(isClaim(text, s.standfirst, lang)).toBe(false)
    storyStays(text, s, lang, [s.retell, s.other, s.next, s.more])
  })
})
