// Issue 11: search that says why a claim matched: highlighted words, status and article
// per hit, quoted phrases and status: filters, and a clear "no claims match".
import type { Page } from '@playwright/test'
import { launchApp, test, expect as baseExpect } from './fixtures'

const expect = baseExpect.configure({ timeout: 30_000 })
test.setTimeout(180_000)

const claimItems = (page: Page) => page.getByRole('list', { name: 'Claims' }).getByRole('listitem')

test('search highlights the matched words, shows status and article, filters by status, and says when nothing matches', async ({ workspaceDir }) => {
  const app = await launchApp({ workspaceDir })
  const { page } = app
  await expect(claimItems(page).first()).toBeVisible()
  const box = page.getByRole('combobox', { name: 'Search claims' })
  const results = page.getByRole('listbox', { name: 'Search results' })

  await box.fill('explosion')
  await expect(results.getByRole('option').first()).toBeVisible()
  const options = results.getByRole('option')
  const count = await options.count()
  for (let i = 0; i < count; i++) {
    const option = options.nth(i)
    await expect(option.locator('mark').first()).toHaveText(/^explo/i)
    await expect(option).toContainText('Unreviewed')
    await expect(option).toContainText('Explosion at Chongjin')
  }
  await expect(results).not.toContainText('Haste had led to misfortune')

  // Mark one claim contradicted, then find it by status alone.
  await box.fill('')
  await claimItems(page).nth(1).getByRole('button').click()
  await page.keyboard.press('4')
  await expect(page.getByRole('combobox', { name: 'Corroboration', exact: true })).toHaveValue('contradicted')
  const contradictedText = (await claimItems(page).nth(1).locator('.claim-text').textContent())!
  await box.fill('status:contradicted')
  await expect(results.getByRole('option')).toHaveCount(1)
  await expect(results.getByRole('option')).toContainText(contradictedText.slice(0, 40))
  await expect(results.getByRole('option')).toContainText('Contradicted')

  // A quoted phrase: only the claim that has those words in that order.
  await box.fill('"serious injuries"')
  await expect(results.getByRole('option')).toHaveCount(1)
  await expect(results.getByRole('option').locator('mark')).toHaveText('serious injuries')

  await box.fill('zeppelin')
  await expect(page.getByRole('status').filter({ hasText: 'No claims match “zeppelin”' })).toBeVisible()
  await expect(results).toHaveCount(0)

  // Enter opens the hit.
  await box.fill('"serious injuries"')
  await expect(results.getByRole('option')).toHaveCount(1)
  await box.press('Enter')
  await expect(page.locator('.claim-quote')).toContainText('serious injuries')
  await app.close()
})

test('while the index is still being built, the search answers from what is indexed, says so, never says "no claims match", then shows the full answer (index state held at window.api)', async ({
  workspaceDir,
}) => {
  const app = await launchApp({ workspaceDir })
  const { page } = app
  await expect(claimItems(page).first()).toBeVisible()
  // The workspace's own index is built at launch: the held answer below takes its first hit from
  // it, so wait until it is complete (on a busy machine it was not yet, and the "partial" answer
  // had no hit: the flake of session 22).
  await expect.poll(() => page.evaluate(() => window.api.search.claimsNow('explosion', 30).then((a) => a.complete && a.hits.length > 1))).toBe(true)
  // The real services answer; the window is told the index holds 1 of 3 articles, with only the
  // first of the hits from that part, and the full answer (search.claims) waits for the test.
  await page.evaluate(() => {
    const search = window.api.search
    const now = search.claimsNow.bind(search)
    const full = search.claims.bind(search)
    const w = window as unknown as { __release: () => void }
    const held = new Promise<void>((release) => (w.__release = release))
    search.claimsNow = async (query, limit) => {
      const answer = await now(query, limit)
      return { ...answer, hits: answer.hits.slice(0, 1), complete: false, indexedArticles: 1, totalArticles: 3 }
    }
    search.claims = async (query, limit) => (await held, full(query, limit))
  })
  const box = page.getByRole('combobox', { name: 'Search claims' })
  const results = page.getByRole('listbox', { name: 'Search results' })
  const building = page.getByRole('status').filter({ hasText: 'Index incomplete — 1 of 3 articles indexed; more hits may follow.' })

  // Nothing found in the indexed part: the window says the index is incomplete, not "no claims match".
  await box.fill('zeppelin')
  await expect(building).toBeVisible()
  await expect(page.getByText('No claims match')).toHaveCount(0)
  await expect(results).toHaveCount(0)

  // Hits from the indexed part are shown at once, with the same line above them.
  await box.fill('explosion')
  await expect(building).toBeVisible()
  await expect(results.getByRole('option')).toHaveCount(1)

  // The index is complete: the full answer replaces the partial one and the line goes.
  await page.evaluate(() => (window as unknown as { __release: () => void }).__release())
  await expect(building).toHaveCount(0)
  await expect.poll(() => results.getByRole('option').count()).toBeGreaterThan(1)
  await expect(page.getByText('No claims match')).toHaveCount(0)
  await app.close()
})
