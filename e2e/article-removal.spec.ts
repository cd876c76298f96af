// Issue 11 (workspaces): remove an article from the UI. It asks first, naming the article;
// the file is moved aside, not deleted; Undo (the banner's button or Ctrl+Z) and
// "Removed articles" bring it back with its review work; Redo removes it again. The
// Removed articles list follows a merge undone (which moves the merged-in articles aside).
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'
import { renderJson } from '../electron/core/report/json'
import { openWithSample } from '../electron/services/seed'
import { Workspace } from '../electron/services/workspace'
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

  // Redo (named on the Redo button; Ctrl+Y) removes it again; Undo brings it back once more.
  const redoButton = page.getByRole('button', { name: 'Redo', exact: true })
  await expect(redoButton).toHaveAttribute('title', 'Redo: Remove article (Shift+Ctrl+Z)')
  await page.locator('body').press('Control+y')
  await expect(articles.locator('.article-title')).toHaveCount(0)
  expect(removedFiles(workspaceDir)).toHaveLength(1)
  await expect(redoButton).toBeDisabled()
  await page.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(articles.locator('.article-title')).toHaveText([title])
  await expect(claimItems(page)).toHaveCount(claimCount)
  await redoButton.click()
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

test('Removed articles follows a merge undone: the article the merge added is listed, and restores', async ({ workspaceDir }) => {
  // Another reviewer's export with an article only they have.
  const scratch = mkdtempSync(join(tmpdir(), 'claimdesk-e2e-theirs-'))
  const exportFile = join(scratch, 'lee.json')
  try {
    const data = resolve(dirname(fileURLToPath(import.meta.url)), '../data')
    const theirs = await openWithSample(() => Workspace.open(scratch), data)
    await theirs.importText({ text: 'Officials in Hyesan said on Tuesday that the border market reopened after three weeks.\n', format: 'text', sourceName: 'hyesan.txt' })
    writeFileSync(exportFile, renderJson(theirs.allArticles(), '2026-11-26T08:00:00.000Z'))
    await theirs.close()

    const app = await launchApp({ workspaceDir, viewport: { width: 1280, height: 800 } })
    const { page } = app
    await expect(claimItems(page).first()).toBeVisible()
    const articles = page.getByRole('navigation', { name: 'Articles' })
    app.chooseMergeSourceNext(exportFile)
    await app.emit('menu.merge')
    const dialog = page.getByRole('dialog', { name: 'Merge another reviewer’s work' })
    await dialog.getByRole('button', { name: 'Merge an export file…' }).click()
    await expect(articles.locator('.article-title')).toHaveCount(2)
    await dialog.getByRole('button', { name: /^Undo merge of / }).click()
    await expect(dialog.getByRole('status')).toContainText('Merge undone')
    await dialog.getByRole('button', { name: 'Close' }).click()
    await expect(articles.locator('.article-title')).toHaveCount(1)
    // Without a removal or restore in this window, the list still shows what the undo moved aside.
    await page.getByText('Removed articles (1)').click()
    const restore = page.getByRole('button', { name: /^Restore “/ })
    await expect(restore).toBeVisible()
    await restore.click()
    await expect(articles.locator('.article-title')).toHaveCount(2)
    await app.close()
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
})
