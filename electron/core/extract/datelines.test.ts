import { describe, expect, it } from 'vitest'
import { wireDateline } from './boilerplate'
import { extract } from './index'

// Invented leads. Spanish-language agency copy puts a stop between the agency and the dash when
// the dateline has no date ("MADRID (EFE).- "); the dateline is the agency's, not part of the claim.
describe('wire datelines without a date', () => {
  const cases: Array<[string, string, string]> = [
    ['MADRID (EFE).- El pleno aprobó el lunes una nueva línea de autobús.', 'MADRID (EFE).- ', 'EFE'],
    ['LIMA (AFP).- El Congreso votará el jueves la reforma electoral.', 'LIMA (AFP).- ', 'AFP'],
    ['BOGOTÁ (Reuters).— La inflación bajó por tercer mes consecutivo.', 'BOGOTÁ (Reuters).— ', 'Reuters'],
    ['SEVILLA (Europa Press).- La Junta abrirá dos nuevos centros de salud en otoño.', 'SEVILLA (Europa Press).- ', 'Europa Press'],
  ]
  for (const [lead, dateline, outlet] of cases) {
    it(`cuts "${dateline.trim()}" off the claim and takes ${outlet} for the outlet`, () => {
      expect(wireDateline(lead)).toMatchObject({ length: dateline.length, outlet })
      const { claims } = extract(lead, { language: 'es' })
      expect(claims).toHaveLength(1)
      expect(lead.slice(claims[0].start, claims[0].end)).toBe(lead.slice(dateline.length))
    })
  }

  it('leaves a sentence that names the agency in brackets mid-sentence alone', () => {
    expect(wireDateline('Madrid (EFE) informó el lunes de que el pleno aprobó la línea.')).toBeNull()
    expect(wireDateline('Madrid (EFE). El pleno aprobó el lunes la línea.')).toBeNull()
  })
})

// Invented pages whose stored copy has no headline: the first line is the lead under a wire
// dateline. When its words were mostly capitalised it was read as the headline and its claim lost.
describe('a lead under a wire dateline as the first line of the page', () => {
  const pages: Array<[string, string, string]> = [
    ['en', 'SPRINGFIELD TWP., Ohio (WKBN) – ', 'There is a new superintendent for the Springfield Local School District.'],
    ['en', 'DECATUR, Ala. (AP) — ', 'A school board voted on Monday to close two elementary schools.'],
    // many capitalised names make the line title-cased: these failed before
    ['en', 'COLUMBUS, Ohio (WCMH) – ', 'The Ohio State University Wexner Medical Center opened a new Cancer Hospital.'],
    ['en', 'TOLEDO, Ohio (WTOL) – ', 'Toledo Public Schools Board of Education approved a new contract.'],
    ['fr', 'LYON (AFP) - ', 'Le conseil a approuvé lundi une nouvelle ligne de bus.'],
    ['es', 'MADRID (EFE).- ', 'El pleno aprobó el lunes una nueva línea de autobús.'],
    ['de', 'Witten (NRW) – ', 'Die Stadt hat am Montag eine neue Buslinie eröffnet.'],
  ]
  for (const [language, dateline, lead] of pages) {
    it(`${language}: "${dateline.trim()}" opens the page: the lead is a claim, the dateline a byline`, () => {
      const page = `${dateline}${lead}\n\nThe second paragraph has more words in it than four.\n\nA third paragraph ends the page here.`
      const { claims, nonClaims } = extract(page, { language })
      expect(claims.map((c) => c.text)).toContain(lead)
      expect(nonClaims.find((n) => n.kind === 'byline')?.text).toBe(dateline.trim())
      expect(nonClaims.some((n) => n.kind === 'title' && n.text.includes(lead))).toBe(false)
    })
  }

  it('keeps a headline above the dateline as the title', () => {
    const page = 'Council approves new bus route\n\nSPRINGFIELD (AP) — The city council approved a new bus route.\n\nThe route opens in March.'
    const { meta } = extract(page, { language: 'en' })
    expect(meta.title).toBe('Council approves new bus route')
  })
})
