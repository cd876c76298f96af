// Messages made outside the renderer reach the window in its language, values and all.
import { describe, expect, it } from 'vitest'
import { createTranslator } from '.'
import { en } from './en'
import { errorText, fieldLabel, shownSource, shownUndo, tm, translateMessage } from './messages'
import { pseudoCatalogue, pseudoMessage } from './__fixtures__/pseudo-locale'
import { ApiError, readApiError } from '../../../electron/core/api'
import { message } from '../../../electron/core/messages'
import { formatDateTime } from '../format'

const pseudo = createTranslator('x-pseudo', { 'x-pseudo': { translation: pseudoCatalogue(en) as Record<string, unknown> } })
const inPseudo = (m: Parameters<typeof tm>[0]) => translateMessage(pseudo.t as never, m)

describe('messages from core, services and main', () => {
  it('are translated with their values, also a message inside a message', () => {
    const notice = message('notice.leftUntouched', { file: '/w/a.json', reason: message('notice.keptChanging') })
    const [before, after] = pseudoMessage(en.msg.notice.leftUntouched).split('{{reason}}')
    expect(inPseudo(notice)).toBe(`${before.replace('{{file}}', '/w/a.json')}${pseudoMessage(en.msg.notice.keptChanging)}${after}`)
    expect(inPseudo(message('undo.setField', { field: message('field.corroboration') }))).toBe('[Sét [çörröbörátíöñ]]')
    expect(inPseudo(message('suggestion.contradicted', { count: 1 }))).toBe('[1 íñdépéñdéñt çöñtrádíçtíñg ítém]')
  })

  it('read in English by default', () => {
    expect(tm(message('suggestion.oneSupport'))).toBe('one independent supporting item; a second from another origin would corroborate it')
    expect(fieldLabel('sourcing.type')).toBe('sourcing.type')
    expect(fieldLabel('no-such-field')).toBe('no-such-field')
  })

  it('a refusal with a code shows its translation; one without shows its text', () => {
    expect(errorText(new ApiError('not-found', 'No claim with id c1 in this article.', message('error.noClaim', { id: 'c1' })))).toBe('No claim with id c1 in this article.')
    expect(errorText(new ApiError('internal', 'plain text'))).toBe('plain text')
    // Across Electron's contextBridge only the message survives: the code travels inside it.
    const bridged = new Error(new ApiError('not-found', 'No such evidence item.', message('error.noEvidence')).message)
    expect(errorText(bridged)).toBe('No such evidence item.')
    expect(translateMessage(pseudo.t as never, readApiError(bridged).detail!)).toBe(pseudoMessage('No such evidence item.'))
    expect(errorText('odd')).toBe('odd')
  })

  it('a moment main gives in UTC reads in the reader’s own zone: who holds the workspace lock', () => {
    const since = message('time.utc', { at: '2026-11-26 06:04:46' })
    const holder = message('workspaceLock.here', { holder: message('workspaceLock.app'), pid: 42, since })
    const local = formatDateTime('2026-11-26T06:04:46Z')
    expect(tm(holder)).toBe(`the Claimdesk app (process 42, since ${local})`)
    expect(inPseudo(holder)).toBe(pseudoMessage('{{holder}} (process {{pid}}, since {{since}})').replace('{{holder}}', pseudoMessage('the Claimdesk app')).replace('{{pid}}', '42').replace('{{since}}', local))
    // A command's name stays as typed; a time in another shape is left to the catalogue.
    expect(tm(message('workspaceLock.here', { holder: 'claimdesk merge', pid: 7, since: message('time.utc', { at: 'soon' }) }))).toBe('claimdesk merge (process 7, since soon UTC)')
  })

  it('a merge’s source: an export by when it was made, in the reader’s zone; a folder as its path', () => {
    expect(shownSource('export of 2026-11-26T06:04:46.000Z')).toBe(`export of ${formatDateTime('2026-11-26T06:04:46.000Z')}`)
    expect(shownSource('/home/kim/reviewer-b')).toBe('/home/kim/reviewer-b')
  })

  it('undo labels come from their codes; an old journal entry keeps its English label', () => {
    const state = shownUndo({ undo: 'Set note', redo: 'Old label', undoMessage: message('undo.createClaim'), redoMessage: null })
    expect(state).toMatchObject({ undo: 'Create claim', redo: 'Old label' })
  })
})
