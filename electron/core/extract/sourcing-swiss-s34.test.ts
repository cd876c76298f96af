// Session 34 (lead): Swiss and Liechtenstein German write "ss" for "ß" (Duden, "Schweizer Hochdeutsch"), so every German cue
// spelled with "ß" must read both ("heisst es im Communiqué", "gemäss Angaben der Kantonspolizei"); and "gemäß" is the formal
// "laut" when a source's noun follows it, but "in accordance with" before a rule. Invented sentences: cells that fail on main
// 322ac9e and near misses that must stay.
import { describe, expect, it } from 'vitest'
import { de } from './__fixtures__/sourcing-in'

describe('de: Swiss spelling reads every cue written with ß', () => {
  it('must change: "heisst es", "gemäss", "schliesst … nicht aus" as "heißt es", "gemäß", "schließt … nicht aus"', () => {
    expect(de('Zwei Personen wurden verletzt, heisst es im Communiqué der Kantonspolizei Zürich.', 'Zwei Personen')).toBe('official')
    expect(de('Gemäss Angaben der Kantonspolizei wurden zwei Personen verletzt.', 'Gemäss')).toBe('official')
    expect(de('Zwei Personen wurden gemäss einer Mitteilung der Staatsanwaltschaft verletzt.', 'Zwei Personen')).toBe('official')
  })
  it('must not: the same words with ß read as before, and a name or street with ss is no cue', () => {
    expect(de('Zwei Personen wurden verletzt, heißt es im Communiqué der Kantonspolizei Zürich.', 'Zwei Personen')).toBe('official')
    expect(de('Der Fahrer heisst Peter Müller und wohnt an der Bahnhofstrasse.', 'Der Fahrer')).toBe('unattributed')
  })
})

describe('de: "gemäß" names a source only before a source\'s noun', () => {
  it('must change: before Angaben, Mitteilung, a report, an office', () => {
    expect(de('Gemäß Polizeibericht wurden zwei Personen verletzt.', 'Gemäß')).toBe('official')
    expect(de('Gemäß der Kantonspolizei St. Gallen wurde niemand verletzt.', 'Gemäß')).toBe('official')
  })
  it('must not: "in accordance with" a rule or a plan', () => {
    expect(de('Die Anlage wurde gemäß den Vorschriften gebaut.', 'Die Anlage')).toBe('unattributed')
    expect(de('Gemäss dem Reglement darf niemand im Weiher baden.', 'Gemäss')).toBe('unattributed')
    expect(de('Die Arbeiten verlaufen gemäß dem Zeitplan.', 'Die Arbeiten')).toBe('unattributed')
  })
})
