// The unsaved state's words: English for the CLI, the same as codes for the window, one source.
import { expect, it, vi } from 'vitest'
import { coreMessages, formatMessage, knownCode, message } from '../core/messages'
import { CLAIM_KEYS } from './article-rebase'
import { describeFileError } from './file-system'
import { WriteGuard } from './write-guard'

const failed = (code: string) => Object.assign(new Error(`${code}: refused`), { code })

it('says how many changes are not saved and why, in English and as a code, each reason once', () => {
  const heard = vi.fn()
  const guard = new WriteGuard(heard)
  guard.mark('a', describeFileError(failed('ENOSPC')))
  guard.mark('b', describeFileError(failed('EBUSY')))
  guard.mark('c', describeFileError(failed('ENOSPC')))
  const state = guard.state()!
  expect(state.message).toBe('3 changes not saved: the disk is full; the file is locked by another program (or permission was denied)')
  expect(state.why).toEqual(message('unsaved.andAlso', { first: message('fileError.diskFull'), rest: message('fileError.locked') }))
  expect(state.text).toEqual(message('unsaved.summary', { count: 3, reasons: state.why! }))
  expect(formatMessage(state.text!)).toBe(state.message)
  expect(heard).toHaveBeenLastCalledWith(state)
  guard.mark('b', null)
  guard.mark('c', null)
  expect(guard.state()!.message).toBe('1 change not saved: the disk is full')
})

it('a write refused while another process holds the workspace names it, and keeps the change', () => {
  const guard = new WriteGuard(() => undefined)
  guard.block(message('unsaved.inUseBy', { holder: 'claimdesk merge (process 42)' }))
  const error = guard.refuseBlocked('a')
  expect(error.message).toBe(
    '1 change not saved: the workspace is in use by claimdesk merge (process 42). The change is kept and will be saved once this window has the workspace again.',
  )
  expect(error.detail).toEqual(message('error.keptUntilLock', { unsaved: guard.state()!.text! }))
  expect(() => guard.assertWritable()).toThrow('Not done: the workspace is in use by claimdesk merge (process 42); nothing was changed.')
})

it('a file-system error the store has no words for keeps the system’s code as a value', () => {
  expect(describeFileError(failed('EXDEV'))).toEqual(message('fileError.refused', { detail: 'EXDEV' }))
  expect(formatMessage(describeFileError(failed('EXDEV')))).toBe('the file system refused (EXDEV)')
  expect(formatMessage(describeFileError(failed('EROFS')))).toBe('the workspace folder is read-only')
})

it('every part of a claim a rebase can name has words in the catalogue', () => {
  expect(CLAIM_KEYS.filter((key) => !knownCode(`claimPart.${key}`))).toEqual([])
  expect(Object.keys(coreMessages.claimPart).sort()).toEqual([...CLAIM_KEYS].sort())
})
