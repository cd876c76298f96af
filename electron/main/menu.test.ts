import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_SETTINGS } from '../core/settings'
import { coreMessages } from '../core/messages'
import { pseudoCatalogue } from '../core/__fixtures__/pseudo-locale'

vi.mock('electron', () => ({ Menu: {} }))
const { menuTemplate, stepTextSize } = await import('./menu')
const { createMainTranslator } = await import('./i18n')

function actions() {
  return { send: vi.fn(), newWorkspace: vi.fn(), openWorkspace: vi.fn(), openRecent: vi.fn(), clearRecent: vi.fn(), revealWorkspace: vi.fn(), setTheme: vi.fn(), setTextSize: vi.fn(), openDocs: vi.fn() }
}
const items = (menu: MenuItemConstructorOptions | undefined) => (menu?.submenu ?? []) as MenuItemConstructorOptions[]
const top = (template: MenuItemConstructorOptions[], label: string) => template.find((m) => m.label === label || m.role === label)
const click = (item: MenuItemConstructorOptions | undefined) => (item!.click as () => void)()

describe('application menu', () => {
  it('has the macOS app menu (About, Settings, Quit) only on macOS', () => {
    const mac = menuTemplate('darwin', DEFAULT_SETTINGS, actions())
    expect(mac[0].label).toBe('Claimdesk')
    expect(items(mac[0]).map((i) => i.role ?? i.label)).toEqual(expect.arrayContaining(['about', 'Settings…', 'hide', 'quit']))
    expect(items(top(mac, 'File')).some((i) => i.role === 'quit')).toBe(false)
    const win = menuTemplate('win32', DEFAULT_SETTINGS, actions())
    expect(win[0].label).toBe('File')
    expect(items(top(win, 'File')).some((i) => i.role === 'quit')).toBe(true)
    expect(items(top(win, 'Edit')).find((i) => i.label === 'Settings…')?.accelerator).toBe('CmdOrCtrl+,')
  })

  it('File has New, Open, Open recent, Import, Paste, Export, Merge and Close', () => {
    const a = actions()
    const settings = { ...DEFAULT_SETTINGS, recentWorkspaces: ['/w/one', '/w/two'] }
    const file = items(top(menuTemplate('linux', settings, a), 'File'))
    expect(file.map((i) => i.label ?? i.role).filter(Boolean)).toEqual([
      'New workspace…',
      'Open workspace…',
      'Open recent workspace',
      'Show workspace folder',
      'Import article…',
      'Paste article…',
      'Export report…',
      'Merge another reviewer’s work…',
      'close',
      'quit',
    ])
    const recent = items(file.find((i) => i.label === 'Open recent workspace'))
    click(recent.find((i) => i.label === '/w/two'))
    expect(a.openRecent).toHaveBeenCalledWith('/w/two')
    click(file.find((i) => i.label === 'Export report…'))
    expect(a.send).toHaveBeenCalledWith('menu.export')
  })

  it('Edit’s undo and redo go to the app; Windows redoes with Ctrl+Y, others with Shift+Z', () => {
    const a = actions()
    const winEdit = items(top(menuTemplate('win32', DEFAULT_SETTINGS, a), 'Edit'))
    expect(winEdit.filter((i) => i.label === 'Redo').map((i) => i.accelerator)).toEqual(['Ctrl+Y', 'Ctrl+Shift+Z'])
    click(winEdit.find((i) => i.accelerator === 'Ctrl+Y'))
    click(winEdit.find((i) => i.label === 'Undo'))
    expect(a.send.mock.calls).toEqual([['menu.redo'], ['menu.undo']])
    const macEdit = items(top(menuTemplate('darwin', DEFAULT_SETTINGS, a), 'Edit'))
    expect(macEdit.filter((i) => i.label === 'Redo').map((i) => i.accelerator)).toEqual(['Shift+CmdOrCtrl+Z'])
  })

  it('View changes theme (checked as set) and text size through the settings', () => {
    const a = actions()
    const view = items(top(menuTemplate('linux', { ...DEFAULT_SETTINGS, theme: 'dark', textSize: 'large' }, a), 'View'))
    const themes = items(view.find((i) => i.label === 'Theme'))
    expect(themes.filter((i) => i.checked).map((i) => i.label)).toEqual(['Dark'])
    click(themes.find((i) => i.label === 'Light'))
    expect(a.setTheme).toHaveBeenCalledWith('light')
    click(items(view.find((i) => i.label === 'Text size')).find((i) => i.label === 'Larger text'))
    expect(a.setTextSize).toHaveBeenCalledWith('x-large')
    expect(view.map((i) => i.role).filter(Boolean)).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom']))
  })

  it('Help has shortcuts, the guide, the docs and About', () => {
    const a = actions()
    const help = items(top(menuTemplate('win32', DEFAULT_SETTINGS, a), 'help'))
    for (const item of help.filter((i) => i.click)) click(item)
    expect(a.send.mock.calls.map((c) => c[0])).toEqual(['menu.shortcuts', 'menu.help', 'menu.about'])
    expect(a.openDocs).toHaveBeenCalled()
  })

  it('text size steps stop at either end', () => {
    expect(stepTextSize('x-large', 1)).toBe('x-large')
    expect(stepTextSize('small', -1)).toBe('small')
    expect(stepTextSize('medium', -1)).toBe('small')
  })

  it('every label comes from the catalogue: in a pseudo-locale none is left in English', () => {
    const pseudo = createMainTranslator('x-pseudo', { 'x-pseudo': { translation: { msg: pseudoCatalogue(coreMessages) as Record<string, unknown> } } })
    const labels = (menu: MenuItemConstructorOptions[]): string[] =>
      menu.flatMap((item) => [...(item.label ? [item.label] : []), ...labels((item.submenu ?? []) as MenuItemConstructorOptions[])])
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const shown = labels(menuTemplate(platform, { ...DEFAULT_SETTINGS, recentWorkspaces: ['/w/one'] }, actions(), pseudo))
      // The app's name and a workspace's path are names, not words to translate.
      const words = shown.filter((label) => label !== 'Claimdesk' && label !== '/w/one')
      expect(words.length).toBeGreaterThan(20)
      expect(words.filter((label) => !/^\[.*\]$/.test(label))).toEqual([])
    }
    // A translation that lacks a label falls back to English, key by key.
    const partial = createMainTranslator('ko', { ko: { translation: { msg: { appMenu: { file: '파일' } } } } })
    expect(partial('appMenu.file')).toBe('파일')
    expect(partial('appMenu.edit')).toBe('Edit')
  })
})
