// Main's error boxes say a refusal in main's language when the service gave its code: a
// workspace in use by another program, one from a newer version (issue 11).
import { hostname } from 'node:os'
import { expect, it } from 'vitest'
import { ClaimdeskError } from '../core/errors'
import { coreMessages } from '../core/messages'
import { pseudoCatalogue, pseudoMessage } from '../core/__fixtures__/pseudo-locale'
import { describeOwner, WorkspaceLockedError } from '../store/workspace-lock'
import { createMainTranslator, errorWords } from './i18n'

const pseudo = createMainTranslator('x-pseudo', { 'x-pseudo': { translation: { msg: pseudoCatalogue(coreMessages) as Record<string, unknown> } } })
const english = createMainTranslator('en')

it('a refusal with a code is translated, its values and the messages inside it too; English reads as the CLI prints it', () => {
  const locked = new WorkspaceLockedError('/w', describeOwner({ holder: 'claimdesk merge', pid: 42, host: hostname(), since: '2026-11-26T06:04:46.000Z' }))
  expect(errorWords(locked, english)).toBe(locked.message)
  expect(locked.message).toBe('The workspace /w is in use by claimdesk merge (process 42, since 2026-11-26 06:04:46 UTC); nothing was changed. Close it there first.')
  // Every word from the catalogue, the messages inside it too; the path, the command, the pid and the time are values.
  const since = pseudoMessage(coreMessages.time.utc).replace('{{at}}', '2026-11-26 06:04:46')
  const holder = pseudoMessage(coreMessages.workspaceLock.here).replace('{{holder}}', 'claimdesk merge').replace('{{pid}}', '42').replace('{{since}}', since)
  expect(errorWords(locked, pseudo)).toBe(pseudoMessage(coreMessages.workspaceLock.inUse).replace('{{dir}}', '/w').replace('{{holder}}', holder))
})

it('an error without a code keeps its text', () => {
  expect(errorWords(new Error('plain words'), pseudo)).toBe('plain words')
  expect(errorWords(new ClaimdeskError('conflict', 'old refusal'), pseudo)).toBe('old refusal')
  expect(errorWords('odd', pseudo)).toBe('odd')
})
