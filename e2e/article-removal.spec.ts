// Issue 11 (workspaces): remove an article from the UI. It asks first, naming the article;
// the file is moved aside, not deleted; Undo (the banner's button or Ctrl+Z) and
// "Removed articles" bring it back with its review work.
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { launchApp, test, expect as baseExpect, SCREENSHOT_DIR } from './fixtures'

const expect = baseExpect.configure({ timeout: 30_000 })
test.setTimeout(240_000)
const claimItems = (page: Page) => page.getByRole('list', { name: 'Claims' }).getByRole('listitem')
const removedFiles = (dir: string) => readdirSync(join(dir, 'articles')).filter((n) => n.includes('.removed-'))

test('remove an article after a confirmation naming it; Undo, Ctrl+Z and Removed articles bring it back', async ({ workspaceDir }) => {
  const app = await launchApp({ workspaceDir, viewport: { width: 1600, height: 1000 } })
  const { page } = app
  await expect(claimItems(page).first()).toBeVisible()
  const articles = page.getByRole('navigation', { name: 'Articles' })
  const title = (await articles.locator('.article-title').first().textContent())!
  const claimCount = await claimItems(page).count()
  const removeButton = page.getByRole('button', { name: `Remove “${title}” from the workspace` })

  // Asked first, naming the article; "Keep it" changes nothing.
  await removeButton.click()
  const dialog = page.getByRole('alertdialog')
  await expect(dialog.getByRole('heading')).toHaveText(`Remove “${title}” from the workspace?`)
  await expect(dialog).toContainText('moved aside')
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'remove-confirm-1600-light.png') })
  await dialog.getByRole('button', { name: 'Keep it' }).click()
  await expect(dialog).toBeHidden()
  await expect(articles.locator('.article-title')).toHaveText([title])

  // Remove: gone from the list, its file moved aside (not deleted), undo offered.
  await removeButton.click()
  await page.getByRole('alertdialog').getByRole('button', { name: 'Remove article' }).click()
  await expect(articles.locator('.article-title')).toHaveCount(0)
  const banner = page.getByRole('status').filter({ hasText: `Removed “${title}”.` })
  await expect(banner).toBeVisible()
  expect(removedFiles(workspaceDir)).toHaveLength(1)
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveAttribute('title', 'Undo: Remove article (Ctrl+Z)')
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'remove-undo-banner-1600-light.png') })

  // The banner's Undo restores it, claims and all.
  await banner.getByRole('button', { name: `Undo: bring “${title}” back` }).click()
  await expect(articles.locator('.article-title')).toHaveText([title])
  await expect(claimItems(page)).toHaveCount(claimCount)
  expect(removedFiles(workspaceDir)).toHaveLength(0)

  // Ctrl+Z does the same while the removal is the latest action.
  await removeButton.click()
  await page.getByRole('alertdialog').getByRole('button', { name: 'Remove article' }).click()
  await expect(articles.locator('.article-title')).toHaveCount(0)
  await page.locator('body').press('Control+z')
  await expect(articles.locator('.article-title')).toHaveText([title])

  // Later: Removed articles (under the workspace) lists it with Restore.
  await removeButton.click()
  await page.getByRole('alertdialog').getByRole('button', { name: 'Remove article' }).click()
  await expect(articles.locator('.article-title')).toHaveCount(0)
  await page.getByRole('button', { name: 'Dismiss message' }).first().click()
  await page.getByText('Removed articles (1)').click()
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'removed-articles-1600-dark.png') })
  await page.getByRole('button', { name: `Restore “${title}”` }).click()
  await expect(articles.locator('.article-title')).toHaveText([title])
  await expect(claimItems(page)).toHaveCount(claimCount)
  await expect(page.getByText(/^Removed articles/)).toHaveCount(0)
  const id = (await page.evaluate(() => window.api.articles.list()))[0].id
  expect(existsSync(join(workspaceDir, 'articles', `${id}.json`))).toBe(true)
  await app.close()
})
