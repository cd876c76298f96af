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
