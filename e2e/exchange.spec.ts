import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { renderJson } from '../electron/core/report'
import { openWithSample } from '../electron/services/seed'
import { Workspace } from '../electron/services/workspace'
import { launchApp, test, expect, SCREENSHOT_DIR, CHROMIUM_ARGS, CHROMIUM_PATH } from './fixtures'
import { chromium } from '@playwright/test'

mkdirSync(SCREENSHOT_DIR, { recursive: true })
const claimItems = (page: Page) => page.getByRole('list', { name: 'Claims' }).getByRole('listitem')
const saved = (page: Page) => expect(page.getByRole('status', { name: 'Save status' })).toContainText('Saved')

test('export an HTML claim report from the app; it opens offline, with no script and no request', async ({ workspaceDir }) => {
  const saveDir = mkdtempSync(join(tmpdir(), 'claimdesk-export-'))
  const app = await launchApp({ workspaceDir, saveDir })
  const { page } = app
  await claimItems(page).first().getByRole('button').click()
  await page.getByRole('combobox', { name: 'Corroboration', exact: true }).selectOption('contradicted')
  await saved(page)
  await page.getByRole('textbox', { name: 'Note' }).fill('KCNA denies it. <script>alert(1)</script> [x](javascript:alert(1))')
  await page.getByRole('combobox', { name: 'Corroboration', exact: true }).focus()
  await saved(page)

  await page.getByRole('button', { name: 'Export report…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export report' })
  await expect(dialog.getByRole('region', { name: 'Report preview' })).toContainText('KCNA denies it.')
  await dialog.getByRole('radio', { name: /^HTML/ }).check()
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'export-dialog.png') })
  await dialog.getByRole('button', { name: 'Save report…' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Report saved' })).toBeVisible()
  const [file] = readdirSync(saveDir)
  expect(file).toMatch(/^claim-report-.*\.html$/)
  const html = readFileSync(join(saveDir, file), 'utf8')
  expect(html).not.toContain('<script')
  expect(html).toContain('&lt;script&gt;')
  await app.close()

  // The editor opens it: nothing runs, nothing loads from anywhere.
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  const viewer = await browser.newPage()
  const requests: string[] = []
  const errors: string[] = []
  viewer.on('request', (r) => !r.url().startsWith('file:') && !r.url().startsWith('data:') && requests.push(r.url()))
  viewer.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  viewer.on('pageerror', (e) => errors.push(e.message))
  await viewer.goto(`file://${join(saveDir, file)}`)
  await expect(viewer.getByText('KCNA denies it.')).toBeVisible()
  await viewer.screenshot({ path: join(SCREENSHOT_DIR, 'report-html.png'), fullPage: false })
  expect(requests).toEqual([])
  expect(errors).toEqual([])
  await browser.close()
  rmSync(saveDir, { recursive: true, force: true })
})

test('merge another reviewer’s export: the newer change wins, the other is in the history; undo the merge', async ({ workspaceDir }) => {
  // Reviewer B works offline on the same article, an hour later, and sends an export.
  const otherDir = mkdtempSync(join(tmpdir(), 'claimdesk-reviewer-b-'))
  const later = () => new Date(Date.now() + 3600_000)
  const b = await openWithSample(() => Workspace.open(otherDir, { now: later }), resolve(import.meta.dirname, '..', 'data'))
  await b.setReviewerName('Reviewer B')
  const articleId = b.listArticles()[0].id
  const firstClaim = b.getArticle(articleId).claims[0]
  await b.updateClaim(articleId, firstClaim.id, 'note', 'B: confirmed by a second defector, 3 Nov.')
  await b.updateClaim(articleId, firstClaim.id, 'sourcing.type', 'anonymous-source')
  const exportPath = join(otherDir, 'reviewer-b.json')
  writeFileSync(exportPath, renderJson(b.allArticles(), later().toISOString()))
  await b.close()

  const app = await launchApp({ workspaceDir })
  const { page } = app
  await claimItems(page).first().getByRole('button').click()
  await page.getByRole('textbox', { name: 'Note' }).fill('A: could not reach the source.')
  await page.getByRole('combobox', { name: 'Corroboration', exact: true }).selectOption('unverified')
  await saved(page)

  app.chooseMergeSourceNext(exportPath)
  await app.emit('menu.merge')
  const dialog = page.getByRole('dialog', { name: 'Merge another reviewer’s work' })
  await dialog.getByRole('button', { name: 'Merge an export file…' }).click()
  const report = dialog.getByRole('region', { name: 'Merge report' })
  await expect(report).toContainText('conflict')
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'merge-report.png') })
  await dialog.getByRole('button', { name: 'Close' }).click()

  await claimItems(page).first().getByRole('button').click()
  await expect(page.getByRole('textbox', { name: 'Note' })).toHaveValue('B: confirmed by a second defector, 3 Nov.')
  await expect(page.getByRole('combobox', { name: 'Corroboration', exact: true })).toHaveValue('unverified') // only A changed it
  await expect(page.getByRole('combobox', { name: 'Sourcing', exact: true })).toHaveValue('anonymous-source')
  const history = page.getByRole('region', { name: 'History' })
  await expect(history).toContainText('Merge conflict on Note')
  await expect(history).toContainText('A: could not reach the source.')

  await app.emit('menu.merge')
  await dialog.getByRole('button', { name: /Undo merge/ }).click()
  await expect(dialog.getByRole('status')).toContainText('Merge undone')
  await dialog.getByRole('button', { name: 'Close' }).click()
  await claimItems(page).first().getByRole('button').click()
  await expect(page.getByRole('textbox', { name: 'Note' })).toHaveValue('A: could not reach the source.')
  await app.close()
  rmSync(otherDir, { recursive: true, force: true })
})

test('a PDF export shows its progress and can be cancelled; nothing is written', async ({ workspaceDir }) => {
  const saveDir = mkdtempSync(join(tmpdir(), 'claimdesk-export-'))
  const app = await launchApp({ workspaceDir, saveDir, slowPdfMs: 3000 })
  const { page } = app
  await expect(claimItems(page).first()).toBeVisible()
  await page.keyboard.press('Control+e')
  const dialog = page.getByRole('dialog', { name: 'Export report' })
  await dialog.getByRole('radio', { name: /^PDF/ }).check()
  await dialog.getByRole('button', { name: 'Save report…' }).click()
  await expect(dialog.getByRole('status', { name: 'Export progress' })).toContainText('Exporting: printing to PDF')
  await dialog.getByRole('button', { name: 'Cancel export' }).click()
  await expect(dialog.getByRole('alert')).toContainText('cancelled')
  await expect(dialog.getByRole('button', { name: 'Save report…' })).toBeEnabled()
  expect(readdirSync(saveDir)).toEqual([])

  // And without cancelling, the PDF is written.
  await dialog.getByRole('button', { name: 'Save report…' }).click()
  // A generous wait (not a speed check): printing shares 2 cores with the other specs in CI.
  await expect(page.getByRole('status').filter({ hasText: 'Report saved' })).toBeVisible({ timeout: 120_000 })
  const [pdf] = readdirSync(saveDir)
  expect(pdf).toMatch(/\.pdf$/)
  expect(readFileSync(join(saveDir, pdf)).subarray(0, 5).toString()).toBe('%PDF-')
  await app.close()
  rmSync(saveDir, { recursive: true, force: true })
})

test('the PDF preview draws the first page of the very PDF the export writes, under the strict CSP, in both themes', async ({ workspaceDir }) => {
  const app = await launchApp({ workspaceDir, viewport: { width: 1600, height: 1000 } })
  const { page } = app
  const cspViolations: string[] = []
  page.on('console', (message) => /Content Security Policy|Refused to/i.test(message.text()) && cspViolations.push(message.text()))
  await expect(claimItems(page).first()).toBeVisible()
  await page.keyboard.press('Control+e')
  const dialog = page.getByRole('dialog', { name: 'Export report' })
  await dialog.getByRole('radio', { name: /^PDF/ }).check()
  const preview = dialog.getByRole('region', { name: 'Report preview' })
  // Generous (not a speed check): the PDF is printed by Chromium on a shared machine.
  await expect(preview).toContainText('Page 1, as the PDF will be saved', { timeout: 120_000 })
  const pagePicture = preview.getByRole('img', { name: 'First page of the PDF report' })
  await expect(pagePicture).toBeVisible()
  // The canvas holds a drawn page: a white sheet with dark text on it, portrait.
  const drawn = await pagePicture.evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height)
    let white = 0
    let dark = 0
    for (let i = 0; i < data.length; i += 4) {
      const light = (data[i] + data[i + 1] + data[i + 2]) / 3
      if (data[i + 3] > 200 && light > 240) white++
      if (data[i + 3] > 200 && light < 100) dark++
    }
    const pixels = data.length / 4
    return { portrait: canvas.height > canvas.width, white: white / pixels, dark: dark / pixels }
  })
  expect(drawn.portrait).toBe(true)
  expect(drawn.white).toBeGreaterThan(0.5)
  expect(drawn.dark).toBeGreaterThan(0.002)
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'export-pdf-preview-1600-light.png') })
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'export-pdf-preview-1600-dark.png') })
  // Keyboard: the preview region takes the focus (and scrolls).
  await preview.focus()
  await expect(preview).toBeFocused()
  expect(cspViolations).toEqual([])
  expect(app.foreignRequests).toEqual([])
  await app.close()
})
