import { describe, expect, it } from 'vitest'
import { distinctiveNumbers, namesIn } from './profile'

describe('names across languages and scripts', () => {
  it('gives a city one key in every spelling, wherever it stands in the sentence', () => {
    const keys = ['Moscow police said.', 'Die Polizei in Moskau sagte.', 'Теракт в Москве.', '모스크바 경찰은 밝혔다.', 'Explosión en Moscú.'].map((t) => [...namesIn(t)].filter((n) => n.startsWith('n:@')))
    for (const k of keys) expect(k).toEqual(['n:@moscow'])
    expect([...namesIn('Le Caire et New York.')].filter((n) => n.startsWith('n:@')).sort()).toEqual(['n:@cairo', 'n:@new-york'])
  })
  it('does not take a German noun for a name, but keeps German names', () => {
    const names = [...namesIn('Bei dem Anschlag in einer Konzerthalle wurden laut Angaben der Behörden viele Menschen getötet, sagte Putin in Krasnogorsk.', 'de')]
    expect(names).toContain('n:@krasnogorsk')
    expect(names.some((n) => n.includes('knktlll') || n === 'n:=zahl')).toBe(false)
    expect(names.length).toBeLessThanOrEqual(3)
  })
  it('keeps uneven numbers, leaves out days, round numbers and years', () => {
    expect([...distinctiveNumbers('On 29 December 2024, 179 of the 181 people aboard died; 2,315 injured; 1 419 in Syria; 100 homes.')].sort()).toEqual(['1419', '179', '181', '2315'])
  })
})
