// What an undone or finished merge says is message codes (issue 11); the CLI prints the same
// English it printed before they were codes, character for character.
import { expect, it } from 'vitest'
import { formatMessage } from '../core/messages'
import { finishMergeLines, undoMergeLines } from './merge-outcome'

const english = (lines: Parameters<typeof formatMessage>[0][]) => lines.map((line) => `${formatMessage(line)}\n`).join('')

it('an undone merge, with and without articles edited since', () => {
  const undone = { mergeId: 'm-1', restored: ['a', 'b'], removed: [{ id: 'c', movedTo: '/w/articles/c.json.removed-1' }], changedSinceMerge: [], savedTo: '/w/.claimdesk/merges/m-1/undone-1' }
  expect(english(undoMergeLines(undone))).toBe('Undid merge m-1: restored 2 article(s), moved aside 1 added article(s).\n')
  expect(english(undoMergeLines({ ...undone, changedSinceMerge: ['a', 'c'] }))).toBe(
    'Undid merge m-1: restored 2 article(s), moved aside 1 added article(s).\n' +
      '2 article(s) had been edited since the merge; those versions are saved in /w/.claimdesk/merges/m-1/undone-1\n',
  )
  expect(undoMergeLines(undone)).toEqual([{ code: 'mergeOutcome.undone', values: { id: 'm-1', restored: 2, removed: 1 } }])
})

it('a finished merge, with and without articles changed since', () => {
  expect(english(finishMergeLines({ mergeId: 'm-2', finished: ['a'], changedSince: [] }))).toBe('Finished merge m-2: 1 article(s) written now.\n')
  expect(english(finishMergeLines({ mergeId: 'm-2', finished: [], changedSince: ['a', 'b'] }))).toBe(
    'Finished merge m-2: 0 article(s) written now.\n2 article(s) had changed since and were left as they are: a, b\n',
  )
  expect(finishMergeLines({ mergeId: 'm-2', finished: [], changedSince: ['a', 'b'] })[1]).toEqual({ code: 'mergeOutcome.changedSince', values: { n: 2, ids: 'a, b' } })
})
