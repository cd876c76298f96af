// Issue 11 (accessibility), the views added since the first scan: the first-start welcome,
// removing an article (its confirmation, the undo banner, Removed articles), the conflicts
// view and the merge dialog. Each is reached and used from the keyboard only, and an axe
// scan in both themes finds no serious or critical issue. (The "Also reported in" panel is
// scanned in related.spec, Settings and the other dialogs in accessibility.spec.)
import { expectNoSeriousIssues } from './axe'
import type { Locator, Page } from '@playwright/test'
import { launchApp, test, expect as baseExpect } from './fixtures'

const expect = baseExpect.configure({ timeout: 60_000 })
test.setTimeout(600_000)

/** Presses Tab until `target` has the focus (at most `limit` times): the control is in the tab order. */
async function tabTo(page: Page, target: Locator, limit = 40) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`not reached by Tab: ${target}`)
}

const focusIsIn = (container: Locator) => container.evaluate((el) => el.contains(document.activeElement))

for (const theme of ['light', 'dark'] as const) {
  test(`added views by keyboard, 0 serious or critical axe issues, ${theme} theme`, async ({ workspaceDir }) => {
    const app = await launchApp({ workspaceDir, viewport: { width: 1600, height: 1000 } })
    const { page } = app
    await page.emulateMedia({ colorScheme: theme })
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
    const articles = page.getByRole('navigation', { name: 'Articles' })
    await expect(page.getByRole('list', { name: 'Claims' }).getByRole('listitem').first()).toBeVisible()

    // First start: the welcome asks for the reviewer's name; Skip is reached and pressed from the keyboard.
    const welcome = page.getByRole('form', { name: 'Welcome to Claimdesk' })
    await expect(welcome).toBeVisible()
    await expectNoSeriousIssues(page, 'welcome')
    await welcome.getByRole('textbox', { name: 'Reviewer name' }).focus()
    await tabTo(page, welcome.getByRole('button', { name: 'Skip for now' }), 5)
    await page.keyboard.press('Enter')
    await expect(welcome).toBeHidden()

    // Remove the article: the confirmation takes the focus, Escape keeps the article, Enter on "Remove article" removes it.
    const title = (await articles.locator('.article-title').first().textContent())!
    const remove = page.getByRole('button', { name: `Remove “${title}” from the workspace` })
    await remove.focus()
    await page.keyboard.press('Enter')
    const confirm = page.getByRole('alertdialog')
    await expect(confirm).toBeVisible()
    expect(await focusIsIn(confirm)).toBe(true)
    await expectNoSeriousIssues(page, 'remove confirmation')
    await page.keyboard.press('Escape')
    await expect(confirm).toBeHidden()
    await expect(articles.locator('.article-title')).toHaveText([title])
    await remove.focus()
    await page.keyboard.press('Enter')
    await expect(confirm).toBeVisible()
    await tabTo(page, confirm.getByRole('button', { name: 'Remove article' }), 5)
    await page.keyboard.press('Enter')
    await expect(confirm).toBeHidden()
    await expect(articles.locator('.article-title')).toHaveCount(0)
    await expect(page.getByRole('button', { name: `Undo: bring “${title}” back` })).toBeVisible()
    await expectNoSeriousIssues(page, 'removal banner')

    // Removed articles: opened and restored from the keyboard.
    const removed = page.locator('.removed-articles summary')
    await tabTo(page, removed)
    await page.keyboard.press('Enter')
    const restore = page.getByRole('button', { name: `Restore “${title}”` })
    await expect(restore).toBeVisible()
    await expectNoSeriousIssues(page, 'removed articles')
    await tabTo(page, restore, 5)
    await page.keyboard.press('Enter')
    await expect(articles.locator('.article-title')).toHaveText([title])

    // The conflicts view: its shortcut opens it, Escape closes it.
    await page.locator('body').focus()
    await page.keyboard.press('Control+Shift+C')
    const conflicts = page.getByRole('dialog', { name: 'Conflicting reports' })
    await expect(conflicts).toBeVisible()
    expect(await focusIsIn(conflicts)).toBe(true)
    await expect(conflicts).not.toContainText('Linking in progress')
    await expectNoSeriousIssues(page, 'conflicts')
    await page.keyboard.press('Escape')
    await expect(conflicts).toBeHidden()

    // The merge dialog (File › Merge): focus inside, its first action reachable, Escape closes it.
    await app.emit('menu.merge')
    const merge = page.getByRole('dialog', { name: 'Merge another reviewer’s work' })
    await expect(merge).toBeVisible()
    await tabTo(page, merge.getByRole('button', { name: 'Merge an export file…' }), 10)
    await expectNoSeriousIssues(page, 'merge')
    await page.keyboard.press('Escape')
    await expect(merge).toBeHidden()
    await app.close()
  })
}
