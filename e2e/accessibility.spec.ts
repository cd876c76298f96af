// Issue 11: an axe-core scan of every main view, in both themes, finds no serious or
// critical issue (contrast, names, roles, focusable scroll regions ...). Screenshots of
// each theme at 960x600 and 1600x1000 go to .tmp/screenshots for a human to look at.
import { join } from 'node:path'
import { expectNoSeriousIssues } from './axe'
import { launchApp, test, expect as baseExpect, SCREENSHOT_DIR } from './fixtures'

// Generous: the machines that run this are shared and slow (the light walk once ran out of
// its 300 s under load); nothing here measures time. The walk is split in three tests per
// theme so that each stays short, and every step waits for the state it scans.
const expect = baseExpect.configure({ timeout: 60_000 })

test.setTimeout(600_000)

for (const theme of ['light', 'dark'] as const) {
  test(`axe: the workbench, the inspector with evidence and search results pass with 0 serious or critical issues, ${theme} theme`, async ({ workspaceDir }) => {
    const app = await launchApp({ workspaceDir, viewport: { width: 1600, height: 1000 } })
    const { page } = app
    await page.emulateMedia({ colorScheme: theme })
    const claims = page.getByRole('list', { name: 'Claims' }).getByRole('listitem')
    await expect(claims.first()).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
    await page.screenshot({ path: join(SCREENSHOT_DIR, `workbench-1600x1000-${theme}.png`) })

    await expectNoSeriousIssues(page, 'workbench')

    // A reviewed claim with evidence: badges, suggestion and evidence items in view.
    await claims.first().getByRole('button').click()
    await page.keyboard.press('4')
    await page.getByRole('button', { name: 'Add evidence' }).click()
    const form = page.getByRole('form', { name: 'New evidence' })
    await form.getByRole('textbox', { name: 'Citation' }).fill('Planet Labs imagery, 20 Oct')
    await form.getByRole('button', { name: 'Add' }).click()
    await expect(page.getByRole('region', { name: 'Evidence' }).getByRole('listitem')).toHaveCount(1)
    await expectNoSeriousIssues(page, 'inspector with evidence')

    await page.getByRole('combobox', { name: 'Search claims' }).fill('factory')
    await expect(page.getByRole('listbox', { name: 'Search results' })).toBeVisible()
    await expectNoSeriousIssues(page, 'search results')
    await page.keyboard.press('Escape')
    await app.close()
  })

  test(`axe: the dialogs pass with 0 serious or critical issues, ${theme} theme`, async ({ workspaceDir }) => {
    const app = await launchApp({ workspaceDir, viewport: { width: 1600, height: 1000 } })
    const { page } = app
    await page.emulateMedia({ colorScheme: theme })
    await expect(page.getByRole('list', { name: 'Claims' }).getByRole('listitem').first()).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
    const dialogs: [string, string][] = [
      ['Export report…', 'Export report'],
      ['Paste article…', 'Paste article'],
      ['Settings', 'Settings'],
      ['Help', 'Help'],
      ['Keyboard shortcuts', 'Keyboard shortcuts'],
    ]
    for (const [button, name] of dialogs) {
      await page.getByRole('button', { name: button, exact: true }).click()
      const dialog = page.getByRole('dialog', { name })
      await expect(dialog).toBeVisible()
      if (name === 'Export report') await expect(dialog.getByRole('region', { name: 'Report preview' })).not.toContainText('Preparing')
      await expectNoSeriousIssues(page, name)
      if (name === 'Export report') await page.screenshot({ path: join(SCREENSHOT_DIR, `export-1600x1000-${theme}.png`) })
      await page.keyboard.press('Escape')
      await expect(dialog).toBeHidden()
    }
    await page.getByRole('button', { name: 'Edit details' }).click()
    await expect(page.getByRole('dialog')).toBeVisible()
    await expectNoSeriousIssues(page, 'article details')
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toBeHidden()
    await app.close()
  })

  test(`axe and screenshot at 960x600, ${theme} theme`, async ({ workspaceDir }) => {
    const app = await launchApp({ workspaceDir, viewport: { width: 960, height: 600 } })
    const { page } = app
    await page.emulateMedia({ colorScheme: theme })
    await expect(page.getByRole('list', { name: 'Claims' }).getByRole('listitem').first()).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
    await page.screenshot({ path: join(SCREENSHOT_DIR, `workbench-960x600-${theme}.png`) })
    await expectNoSeriousIssues(page, 'workbench 960x600')
    await page.getByRole('button', { name: 'Menu' }).click()
    await expect(page.getByRole('menu')).toBeVisible()
    await expectNoSeriousIssues(page, 'header menu')
    await page.screenshot({ path: join(SCREENSHOT_DIR, `menu-960x600-${theme}.png`) })
    await app.close()
  })
}
