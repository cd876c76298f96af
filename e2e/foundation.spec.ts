import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { launchApp, test, expect, SCREENSHOT_DIR, articleButton } from './fixtures'

mkdirSync(SCREENSHOT_DIR, { recursive: true })

test('first start shows the sample article and its claims', async ({ workspaceDir }) => {
  const app = await launchApp({ workspaceDir })
  const { page } = app
  await expect(articleButton(page, /^Explosion at Chongjin chemical factory/)).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Chongjin')
  await expect(page.getByText(/Daily NK · by Jong So Yong/)).toBeVisible()

  const claims = page.getByRole('list', { name: 'Claims' }).getByRole('listitem')
  const count = await claims.count()
  expect(count).toBeGreaterThanOrEqual(10)
  await expect(claims.first()).toContainText(/An explosion at Chongjin Chemical and Textile Factory/)
  // Boilerplate is shown in the text but is not a claim.
  await expect(page.getByRole('list', { name: 'Claims' }).getByText('Read in Korean')).toHaveCount(0)
  await expect(page.locator('.non-claim', { hasText: 'Read in Korean' })).toBeVisible()

  const progress = page.getByRole('progressbar', { name: 'Review progress' })
  await expect(progress).toHaveAttribute('aria-valuetext', `0 of ${count} claims reviewed`)
  // the visible text is the short form below 1600 px (the default window is 1440 wide)
  await expect(page.locator('.progress-short')).toBeVisible()
  await expect(page.locator('.progress-short')).toHaveText(`0/${count}`)

  // Every highlight in the text is one claim; clicking selects it in the list and the inspector.
  await expect(page.locator('mark.claim-highlight')).toHaveCount(count)
  await page.locator('mark.claim-highlight').nth(2).click()
  await expect(page.getByRole('list', { name: 'Claims' }).locator('[aria-current="true"]')).toHaveCount(1)
  const thirdText = (await page.locator('mark.claim-highlight').nth(2).textContent())!.trim()
  await expect(page.locator('.claim-quote')).toHaveText(thirdText)
  // ... and the reverse.
  await claims.nth(4).getByRole('button').click()
  await expect(page.locator('mark.claim-highlight.selected')).toHaveCount(1)
  await expect(page.locator('mark.claim-highlight').nth(4)).toHaveClass(/selected/)

  await page.screenshot({ path: join(SCREENSHOT_DIR, 'first-start.png') })
  expect(app.foreignRequests).toEqual([])
  await app.close()
})

test('sourcing, corroboration and note persist across a relaunch', async ({ workspaceDir }) => {
  let app = await launchApp({ workspaceDir })
  let page = app.page
  const claimList = page.getByRole('list', { name: 'Claims' })
  await claimList.getByRole('listitem').nth(1).getByRole('button').click()
  await page.getByRole('combobox', { name: 'Sourcing', exact: true }).selectOption('outlet')
  await expect(page.getByRole('status', { name: 'Save status' })).toContainText('Saved')
  await page.getByRole('combobox', { name: 'Corroboration', exact: true }).selectOption('contradicted')
  await expect(page.getByRole('status', { name: 'Save status' })).toContainText('Saved')
  await page.getByRole('combobox', { name: 'Source reliability' }).selectOption('C')
  await page.getByRole('textbox', { name: 'Note' }).fill('Satellite imagery of 20 Oct shows no damage. <script>alert(1)</script>')
  await page.getByRole('combobox', { name: 'Corroboration', exact: true }).focus() // blur saves the note
  await expect(page.getByRole('status', { name: 'Save status' })).toContainText('Saved')
  await expect(page.getByRole('progressbar', { name: 'Review progress' })).toHaveAttribute('aria-valuenow', '1')
  await expect(page.getByRole('region', { name: 'History' }).getByRole('listitem')).toHaveCount(4)
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'claim-reviewed.png') })
  await app.close()

  app = await launchApp({ workspaceDir })
  page = app.page
  await page.getByRole('list', { name: 'Claims' }).getByRole('listitem').nth(1).getByRole('button').click()
  await expect(page.getByRole('combobox', { name: 'Sourcing', exact: true })).toHaveValue('outlet')
  await expect(page.getByRole('combobox', { name: 'Corroboration', exact: true })).toHaveValue('contradicted')
  await expect(page.getByRole('combobox', { name: 'Source reliability' })).toHaveValue('C')
  await expect(page.getByRole('textbox', { name: 'Note' })).toHaveValue(/Satellite imagery of 20 Oct/)
  await expect(page.getByRole('progressbar', { name: 'Review progress' })).toHaveAttribute('aria-valuenow', '1')
  // The note is text, not markup.
  expect(await page.evaluate(() => document.querySelectorAll('script:not([src])').length)).toBe(0)
  // The article file on disk holds it.
  const [file] = readdirSync(join(workspaceDir, 'articles'))
  expect(readFileSync(join(workspaceDir, 'articles', file), 'utf8')).toContain('"corroboration": "contradicted"')
  await app.close()
})

test('import a text file through File > Import, and the same text again is not duplicated', async ({ workspaceDir }) => {
  const app = await launchApp({ workspaceDir })
  const { page } = app
  const story = join(workspaceDir, '..', `wire-${Date.now()}.txt`)
  writeFileSync(
    story,
    'Floods hit Busan after record rain\n\nHeavy rain flooded 120 homes in Busan on Tuesday, city officials said.\n\n"We evacuated 300 people overnight," Mayor Park Hyung-joon told reporters.\n',
  )
  app.chooseFilesNext([story])
  await app.emit('menu.import')
  await expect(articleButton(page, /^Floods hit Busan/)).toBeVisible()
  await expect(page.getByRole('list', { name: 'Claims' }).getByRole('listitem').first()).toContainText(/120 homes/)
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible()

  app.chooseFilesNext([story])
  await page.getByRole('button', { name: 'Import file…' }).click()
  await expect(page.getByText(/Already in the workspace/)).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Articles' }).getByRole('listitem')).toHaveCount(2)
  await app.close()
})

test('paste an article; a binary file gets a clear message', async ({ workspaceDir }) => {
  const app = await launchApp({ workspaceDir })
  const { page } = app
  await page.getByRole('button', { name: 'Paste article…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Paste article' })
  await dialog.getByRole('textbox', { name: 'Article text' }).fill(
    'The ministry said on Monday that exports rose 12% in October. Analysts reportedly expect a slowdown.',
  )
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'paste-dialog.png') })
  await dialog.getByRole('button', { name: 'Import' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('list', { name: 'Claims' }).getByRole('listitem').first()).toContainText(/exports rose 12%/)

  const binary = join(workspaceDir, '..', `photo-${Date.now()}.png`)
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]))
  app.chooseFilesNext([binary])
  await app.emit('menu.import')
  await expect(page.getByRole('alert')).toContainText(/Could not import .*photo-.*not an article/)
  await expect(page.getByRole('navigation', { name: 'Articles' }).getByRole('listitem')).toHaveCount(2)
  await app.close()
})

test('a corrupt article file is moved aside and reported; the rest opens', async ({ workspaceDir }) => {
  let app = await launchApp({ workspaceDir })
  await app.close()
  const [file] = readdirSync(join(workspaceDir, 'articles'))
  const path = join(workspaceDir, 'articles', file)
  writeFileSync(path, '{ "schemaVersion": 1, "article": { "title": "trunc')

  app = await launchApp({ workspaceDir })
  const { page } = app
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('moved aside, not deleted')
  await expect(alert).toContainText(`${file}.corrupt-`)
  const moved = readdirSync(join(workspaceDir, 'articles')).find((n) => n.startsWith(`${file}.corrupt-`))!
  expect(readFileSync(join(workspaceDir, 'articles', moved), 'utf8')).toBe('{ "schemaVersion": 1, "article": { "title": "trunc')
  await expect(page.getByText(/Import an article to begin/)).toBeVisible()
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'corrupt-file.png') })
  await app.close()
})

test('an invalid API call from the page is refused and nothing is written', async ({ workspaceDir }) => {
  const app = await launchApp({ workspaceDir })
  const { page } = app
  await expect(page.getByRole('list', { name: 'Claims' })).toBeVisible()
  const [file] = readdirSync(join(workspaceDir, 'articles'))
  const before = readFileSync(join(workspaceDir, 'articles', file), 'utf8')
  const errors = await page.evaluate(async () => {
    const list = await window.api.articles.list()
    const id = list[0].id
    const article = await window.api.articles.get(id)
    const claimId = article.claims[0].id
    const attempts = [
      () => window.api.claims.setCorroboration(id, claimId, 'true' as never),
      () => window.api.claims.setSourcing(id, '../../etc/passwd', 'official'),
      () => window.api.claims.setReliability(id, claimId, 'Z' as never),
      () => (window.api.claims.setNote as (...a: unknown[]) => Promise<unknown>)(id, claimId, { toString: 1 }),
    ]
    const messages: string[] = []
    for (const attempt of attempts) {
      try {
        await attempt()
        messages.push('accepted')
      } catch (error) {
        messages.push((error as Error).message)
      }
    }
    return messages
  })
  expect(errors).toHaveLength(4)
  for (const message of errors) expect(message).toMatch(/^Invalid call to claims\./)
  expect(readFileSync(join(workspaceDir, 'articles', file), 'utf8')).toBe(before)
  await app.close()
})
