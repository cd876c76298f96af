// Issue 13 and 14 in the window: the inspector shows the check-worthiness reasons, the
// claim list can be ordered by score, the reviewer writes a headline claim, sets the
// publisher and a default export folder in Settings, and a ClaimReview export says which
// reviews it left out and why.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { launchApp, test, expect as baseExpect, SCREENSHOT_DIR } from './fixtures'

const expect = baseExpect.configure({ timeout: 30_000 })
test.setTimeout(300_000)
const claimItems = (page: Page) => page.getByRole('list', { name: 'Claims' }).getByRole('listitem')
const stripSign = (reason: string) => reason.replace(/^[+\-−]\s*/, '')

test('reasons, order by score, headline claim, publisher, export folder and the ClaimReview left-out list', async ({ workspaceDir }) => {
  const saveDir = mkdtempSync(join(tmpdir(), 'claimdesk-e2e-save-'))
  const folder = mkdtempSync(join(tmpdir(), 'claimdesk-e2e-exports-'))
  const app = await launchApp({ workspaceDir, saveDir, viewport: { width: 1600, height: 1000 } })
  const { page } = app
  try {
    await expect(claimItems(page).first()).toBeVisible()
    const [{ id: articleId, title }] = await page.evaluate(() => window.api.articles.list())
    const file = await page.evaluate((id) => window.api.articles.get(id), articleId)

    // The inspector: score and the model's reasons, not the old signals.
    const first = file.claims.find((c) => c.state === 'active')!
    const section = page.getByRole('region', { name: 'Why it was picked' })
    await expect(section).toContainText(`Check-worthiness ${Math.round(first.checkworthiness * 100)}%`)
    expect(first.reasons?.length).toBeGreaterThan(0)
    await expect(section.getByRole('listitem')).toHaveCount(first.reasons!.length)
    for (const reason of first.reasons!) await expect(section).toContainText(stripSign(reason))
    await expect(page.locator('.signals')).toHaveCount(0)

    // Order by score: highest first, ties in text order; j follows that order.
    const expected = file.claims
      .filter((c) => c.state !== 'dismissed')
      .sort((a, b) => b.checkworthiness - a.checkworthiness || a.anchor.position.start - b.anchor.position.start)
    await page.getByLabel('Order claims').selectOption('score')
    await expect(claimItems(page).locator('.claim-text')).toHaveText(expected.map((c) => c.anchor.quote.exact))
    await claimItems(page).first().getByRole('button').click()
    await page.keyboard.press('j')
    await expect(page.locator('.claim-quote')).toHaveText(expected[1].anchor.quote.exact)
    await page.keyboard.press('k')
    await expect(page.locator('.claim-quote')).toHaveText(expected[0].anchor.quote.exact)

    // A verdict and a headline claim for the top claim.
    await page.keyboard.press('4')
    await expect(page.getByRole('combobox', { name: 'Corroboration', exact: true })).toHaveValue('contradicted')
    const headline = page.getByRole('textbox', { name: 'Headline claim' })
    await headline.fill('Factory blast injured workers, says Daily NK')
    await headline.press('Tab')
    await expect
      .poll(async () => (await page.evaluate(([a, c]) => window.api.articles.get(a).then((f) => f.claims.find((x) => x.id === c)?.headline), [articleId, expected[0].id])))
      .toBe('Factory blast injured workers, says Daily NK')
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'inspector-reasons-order-1600-light.png') })

    // Settings: publisher, and a default export folder chosen in a folder dialog (checked in main).
    await page.getByRole('button', { name: 'Settings', exact: true }).click()
    const settings = page.getByRole('dialog', { name: 'Settings' })
    await settings.getByRole('textbox', { name: 'Organisation', exact: true }).fill('NK Fact Desk')
    await settings.getByRole('textbox', { name: 'Fact-check URL pattern' }).fill('https://factcheck.example.org/reviews/{article}/{claim}')
    await settings.getByRole('textbox', { name: 'Fact-check URL pattern' }).press('Tab')
    await expect.poll(async () => (await page.evaluate(() => window.api.settings.get())).publisher.factCheckUrlPattern).toBe('https://factcheck.example.org/reviews/{article}/{claim}')
    app.chooseFolderNext(join(folder, 'does-not-exist'))
    await settings.getByRole('button', { name: 'Default export folder: Choose…' }).click()
    await expect(settings.getByRole('alert')).toContainText('does not exist; the export folder was not changed')
    app.chooseFolderNext(folder)
    await settings.getByRole('button', { name: 'Default export folder: Choose…' }).click()
    await expect(settings.locator('.export-folder-path')).toHaveText(folder)
    await expect(settings.getByRole('alert')).toHaveCount(0)
    await page.emulateMedia({ colorScheme: 'dark' })
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await settings.locator('.export-folder').scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'settings-export-folder-1600-dark.png') })
    await settings.getByRole('button', { name: 'Close' }).click()

    // ClaimReview: saved in the export folder; the dialog lists what was left out and why.
    await page.getByRole('button', { name: 'Export report…' }).click()
    const exportDialog = page.getByRole('dialog', { name: 'Export report' })
    await exportDialog.getByText('ClaimReview JSON-LD').click()
    await exportDialog.getByRole('button', { name: 'Save report…' }).click()
    const result = exportDialog.locator('.export-result')
    await expect(result).toContainText(`Saved: ${folder}`)
    const leftOut = expected.length - 1
    await expect(result.getByRole('heading')).toHaveText(`${leftOut} reviews left out of the ClaimReview file`)
    await expect(result.getByRole('listitem')).toHaveCount(leftOut)
    await expect(result.getByRole('listitem').first()).toContainText(`· ${title}: not reviewed yet: there is no verdict to publish`)
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'export-claimreview-omitted-1600-dark.png') })
    await exportDialog.getByRole('button', { name: 'Close', exact: true }).click()
    await expect(exportDialog).toHaveCount(0)

    const [saved] = readdirSync(folder)
    expect(readdirSync(saveDir)).toEqual([])
    const reviews = JSON.parse(readFileSync(join(folder, saved), 'utf8'))
    const items = Array.isArray(reviews) ? reviews : (reviews['@graph'] ?? [reviews])
    expect(items).toHaveLength(1)
    expect(items[0].itemReviewed.name).toBe('Factory blast injured workers, says Daily NK')
    expect(items[0].url).toBe(`https://factcheck.example.org/reviews/${articleId}/${expected[0].id}`)
    expect(existsSync(join(folder, saved))).toBe(true)
  } finally {
    await app.close()
    rmSync(saveDir, { recursive: true, force: true })
    rmSync(folder, { recursive: true, force: true })
  }
})
