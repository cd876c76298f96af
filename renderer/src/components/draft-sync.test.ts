import { describe, expect, it } from 'vitest'
import { draftOnStoreChange } from './draft-sync'

describe('draftOnStoreChange: a text field when the stored value changes under it', () => {
  it('keeps what was typed after a save when that save comes back (the keystrokes are not lost)', () => {
    // "Checked " was saved after a pause; "agai" was typed before the store answered
    expect(draftOnStoreChange('Checked agai', 'Checked ', 'Checked ')).toBe('Checked agai')
  })
  it('adopts a change made elsewhere (undo, merge, another window) when nothing was typed since', () => {
    expect(draftOnStoreChange('Checked ', 'Checked ', '')).toBe('')
    expect(draftOnStoreChange('old note', 'old note', 'merged note')).toBe('merged note')
  })
  it('adopts the stored form of its own save (the store trims) when nothing was typed since', () => {
    expect(draftOnStoreChange('Checked ', 'Checked ', 'Checked')).toBe('Checked')
  })
})
