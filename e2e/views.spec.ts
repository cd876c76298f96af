// Issue 11, "done when": screenshots of every main view in both themes at 960x600 and
// 1600x1000 (written to .tmp/screenshots/views/ for a person to open and look at), and the
// findings that a screenshot alone does not prove: the Help panel explains the Admiralty
// grades, the sourcing and corroboration values, with About and the docs (finding 9); dates in
// the UI go through Intl in the OS locale (finding 11); the export preview shows the chosen
// format rendered (finding 7).
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { CORROBORATION_LABELS, CREDIBILITY_LABELS, RELIABILITY_LABELS, SOURCING_LABELS } from '../electron/core/vocabulary'
import { launchApp, test, expect as baseExpect, SCREENSHOT_DIR } from './fixtures'

const expect = baseExpect.configure({ timeout: 60_000 })
test.setTimeout(600_000)
const claimItems = (page: Page) => page.getByRole('list', { name: 'Claims' }).getByRole('listitem')

for (const [width, height] of [
  [960, 600],
  [1600, 1000],
] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`every main view at ${width}x${height}, ${theme} theme: screenshots; Help, dates and export previews`, async ({ workspaceDir }) => {
      const app = await launchApp({ workspaceDir, viewport: { width, height } })
      const { page } = app
      await page.emulateMedia({ colorScheme: theme })
      await expect(claimItems(page).first()).toBeVisible()
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
      const shot = async (view: string) => {
        await page.evaluate(() => document.fonts.ready.then(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))))
        await page.screenshot({ path: join(SCREENSHOT_DIR, 'views', `${view}-${width}x${height}-${theme}.png`) })
      }
      await shot('first-start')
      await page.getByRole('form', { name: 'Welcome to Claimdesk' }).getByRole('button', { name: 'Skip for now' }).click()

      // The workbench with a reviewed claim: its history entry's time is the OS locale's (Intl), not "11/25/26, 10:41 PM".
      await claimItems(page).nth(1).getByRole('button').click()
      await page.keyboard.press('4')
      await expect(page.getByRole('status', { name: 'Save status' })).toContainText('Saved')
      const entry = page.getByRole('region', { name: 'History' }).locator('time').last()
      const at = (await entry.getAttribute('datetime'))!
      const expected = await page.evaluate((iso) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)), at)
      await expect(entry).toHaveText(expected)
      expect(at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/)
      await shot('workbench')
      await page.getByRole('region', { name: 'History' }).scrollIntoViewIfNeeded()
      await shot('inspector-history')

      if (width < 1000) {
        const filters = page.getByRole('group', { name: 'Filter claims' })
        await filters.getByRole('button', { name: 'Filters', exact: true }).click()
        await shot('filters-open')
        await filters.getByRole('button', { name: 'Filters', exact: true }).click()
        await page.getByRole('button', { name: 'Menu' }).click()
        await expect(page.getByRole('menu')).toBeVisible()
        await shot('header-menu')
        await page.keyboard.press('Escape')
      }

      await page.getByRole('combobox', { name: 'Search claims' }).fill('factory')
      await expect(page.getByRole('listbox', { name: 'Search results' })).toBeVisible()
      await shot('search-results')
      await page.getByRole('combobox', { name: 'Search claims' }).fill('zeppelin')
      await expect(page.getByRole('status').filter({ hasText: 'No claims match' })).toBeVisible()
      await shot('search-no-match')
      await page.keyboard.press('Escape')

      // Help from a field's "?" opens at the Admiralty scale: every grade with its label, every value explained, About and the docs.
      await page.getByRole('button', { name: 'About Source reliability' }).click()
      const help = page.getByRole('dialog', { name: 'Help' })
      await expect(help).toBeVisible()
      for (const [grade, label] of Object.entries(RELIABILITY_LABELS)) await expect(help.getByRole('row', { name: `${grade} ${label}` })).toBeVisible()
      for (const [grade, label] of Object.entries(CREDIBILITY_LABELS)) await expect(help.getByRole('row', { name: `${grade} ${label}` })).toBeAttached()
      // Each value is a term of the Help's lists, with its explanation beside it.
      for (const label of [...Object.values(SOURCING_LABELS), ...Object.values(CORROBORATION_LABELS)]) {
        const term = help.locator('dt').filter({ hasText: new RegExp(`(^|\\s)${label}$`) })
        await expect(term).toHaveCount(1)
        await expect(term.locator('+ dd')).not.toBeEmpty()
      }
      await expect(help.getByRole('heading', { name: 'About' })).toBeAttached()
      await expect(help.getByRole('button', { name: /docs|guide/i })).toBeAttached()
      await shot('help-admiralty')
      await page.keyboard.press('Escape')

      const dialogs: [string, Parameters<typeof app.emit>[0], string][] = [
        ['settings', 'menu.settings', 'Settings'],
        ['shortcuts', 'menu.shortcuts', 'Keyboard shortcuts'],
        ['paste', 'menu.importPaste', 'Paste article'],
      ]
      for (const [view, event, name] of dialogs) {
        await app.emit(event)
        await expect(page.getByRole('dialog', { name })).toBeVisible()
        await shot(view)
        await page.keyboard.press('Escape')
        await expect(page.getByRole('dialog', { name })).toBeHidden()
      }
      await page.getByRole('button', { name: 'Edit details' }).click()
      await expect(page.getByRole('dialog')).toBeVisible()
      await shot('article-details')
      await page.keyboard.press('Escape')
      await page.getByRole('button', { name: /^Remove “Explosion/ }).click()
      await expect(page.getByRole('alertdialog')).toBeVisible()
      await shot('remove-article')
      await page.getByRole('alertdialog').getByRole('button', { name: 'Keep it' }).click()

      // The export preview shows the chosen format itself: the HTML report rendered, a CSV as a table, the PDF's first page.
      await app.emit('menu.export')
      const exportDialog = page.getByRole('dialog', { name: 'Export report' })
      const preview = exportDialog.getByRole('region', { name: 'Report preview' })
      await exportDialog.getByRole('radio', { name: /^HTML/ }).check()
      await expect(preview.locator('.report-render h1')).toContainText('Explosion at Chongjin')
      await shot('export-html')
      await exportDialog.getByRole('radio', { name: /^CSV/ }).check()
      await expect(preview.getByRole('table').getByRole('columnheader').first()).toBeVisible()
      await shot('export-csv')
      await exportDialog.getByRole('radio', { name: /^PDF/ }).check()
      await expect(preview.getByRole('img', { name: 'First page of the PDF report' })).toBeVisible({ timeout: 120_000 })
      await expect(preview).toContainText('Page 1, as the PDF will be saved', { timeout: 120_000 })
      await shot('export-pdf')
      await page.keyboard.press('Escape')
      await app.close()
    })
  }
}
