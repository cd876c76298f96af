import { describe, expect, it } from 'vitest'
import { judgeIndependence, type ReportSide } from './independence'

const report = (outlet: string | null, text: string, attribution: string | null = null, lede = ''): ReportSide => ({ outlet, text, attribution, lede })

describe('independence of a linked report', () => {
  it('two outlets quoting the same ministry, in different languages, are not independent', () => {
    const verdict = judgeIndependence(
      report('Daily Star', 'At least 12 people died, the Interior Ministry said.', 'the Interior Ministry'),
      report('El Diario', 'Murieron 15 personas, según el Ministerio del Interior.', 'el Ministerio del Interior'),
    )
    expect(verdict.independent).toBe(false)
    expect(verdict.sharedOrigins).toEqual(['interior-ministry'])
    expect(verdict.reason).toMatch(/interior ministry/)
  })

  it('a wire agency named only in the lede still counts', () => {
    const verdict = judgeIndependence(report('Courier', '12 dead in the flood.', null, 'BERLIN (AFP) - A flood ...'), report('Gazette', 'Twelve were killed.', null, 'Paris (AFP) — ...'))
    expect(verdict).toMatchObject({ independent: false, sharedOrigins: ['afp'] })
  })

  it('the same outlet is one source; different outlets citing different sources are independent', () => {
    expect(judgeIndependence(report('Agencia Sur', 'a'), report('agencia sur', 'b')).independent).toBe(false)
    const verdict = judgeIndependence(report('Valdoria Courier', 'Twelve people were killed, the mayor said.', 'the mayor'), report('Global Wire', 'At least 12 people were killed, police said.', 'police'))
    expect(verdict.independent).toBe(true)
    expect(verdict.reason).toMatch(/^Independent/)
  })

  it('an unknown outlet is not taken as independent', () => {
    expect(judgeIndependence(report(null, 'a'), report('Gazette', 'b')).independent).toBe(false)
  })
})
