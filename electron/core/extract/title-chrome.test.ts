// Chrome printed where the headline would be: an image's file name left on the line where a picture stood when the
// page was copied ("2018071501001019500049241.jpg") is not the headline, and the headline below it still is.
import { describe, expect, it } from 'vitest'
import { extract } from './index'

const body = 'Heavy rain closed two roads in the valley on Sunday, the county said. Crews cleared the second road by noon.'

describe('an image file name above the headline', () => {
  for (const name of ['2018071501001019500049241.jpg', 'IMG_0412.JPG', 'flood-photo_1(2).webp', 'rain.PNG']) {
    it(`"${name}" is a caption, the headline below it the title`, () => {
      const x = extract(`${name}\nRoads closed after heavy rain\n\n${body}`)
      expect(x.meta.title).toBe('Roads closed after heavy rain')
      expect(x.claims.some((c) => c.text.includes(name))).toBe(false)
      // a one-word name is already taken for a section label above the headline: either way it is furniture, not the title
      expect(x.nonClaims.find((n) => n.text.includes(name))?.kind).toMatch(/^(caption|tagline)$/)
    })
  }
  it('must not: a headline that names a file among other words stays the headline', () => {
    const x = extract(`Leak of passwords.jpg file shocks city hall\n\n${body}`)
    expect(x.meta.title).toBe('Leak of passwords.jpg file shocks city hall')
  })
  it('must not: a headline with a dotted word that is no image stays the headline', () => {
    const x = extract(`Storm.Watch warns St. Louis of more rain\n\n${body}`)
    expect(x.meta.title).toBe('Storm.Watch warns St. Louis of more rain')
  })
})
