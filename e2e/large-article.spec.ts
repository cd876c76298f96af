// Issue 11 (fluid at 2,000 claims): selecting a large article shows the start of its text and its
// first claims from the first answer and brings the rest of the text, then of the claims, part by part (services/article-parts.ts), never the whole
// file in one message; the list, the text and edits then work on every claim. The timings
// are in `npm run bench ui`; this spec checks the behaviour only.
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'
import { openWithSample } from '../electron/services/seed'
import { Workspace } from '../electron/services/workspace'
import { launchApp, test, expect as baseExpect, articleButton } from './fixtures'

const expect = baseExpect.configure({ timeout: 60_000 })
test.setTimeout(300_000)
const DATA = resolve(dirname(fileURLToPath(import.meta.url)), '../data')
const claimItems = (page: Page) => page.getByRole('list', { name: 'Claims' }).getByRole('listitem')

/** The sample plus one long article (the sample's body 16 times, each line made unique). */
async function seedLongArticle(dir: string): Promise<{ title: string; claims: number }> {
  const ws = await openWithSample(() => Workspace.open(dir), DATA)
  const body = readFileSync(resolve(DATA, 'chongjin-explosion.txt'), 'utf8').split('\n\nPlease direct')[0]
  const copies = Array.from({ length: 16 }, (_, n) => body.replace(/Chongjin/g, `Chongjin-${n}`).replace(/(\S)[ \t]*$/gm, `$1 (report ${n})`))
  const result = await ws.importText({ text: `Factory accidents in the north: a long report\n\n${copies.join('\n\n')}`, format: 'text', sourceName: 'long-report.txt' })
  const claims = ws.getArticle(result.article.id).claims.length
  await ws.close()
  return { title: result.article.title, claims }
}

test('a large article is read in parts: the start of the text and the first claims at once, the rest of the text part by part, then the claims page by page; every claim can be reached and edited', async ({ workspaceDir }) => {
  const { claims } = await seedLongArticle(workspaceDir)
  expect(claims).toBeGreaterThan(200) // more than the first part and one page
  const app = await launchApp({ workspaceDir, viewport: { width: 1600, height: 1000 } })
  const { page } = app
  await expect(claimItems(page).first()).toBeVisible()
  // Record what the window asks main for while the article opens.
  await page.evaluate(() => {
    const api = window.api.articles
    const calls: string[] = ((window as unknown as { __calls: string[] }).__calls = [])
    const open = api.open.bind(api)
    const claimPage = api.claimPage.bind(api)
    const textPart = api.textPart.bind(api)
    const get = api.get.bind(api)
    api.open = (id, first) => (calls.push(`open ${first}`), open(id, first))
    api.claimPage = (id, from, count) => (calls.push(`page ${from}+${count}`), claimPage(id, from, count))
    api.textPart = (id, from, count) => (calls.push(`text ${from}+${count}`), textPart(id, from, count))
    api.get = (id) => (calls.push('get'), get(id))
  })
  await articleButton(page, /^Factory accidents in the north/).click()
  const heading = page.locator('#claims-heading .count')
  await expect(heading).toHaveText(String(claims))
  await expect(page.getByRole('status').filter({ hasText: 'Loading claims' })).toHaveCount(0)
  const calls = await page.evaluate(() => (window as unknown as { __calls: string[] }).__calls)
  // One opening with a screenful, then the text's parts, then pages that follow on from it; the whole file never travels at once.
  expect(calls[0]).toBe('open 60')
  expect(calls).not.toContain('get')
  const textCalls = calls.filter((c) => c.startsWith('text '))
  expect(calls.slice(1, 1 + textCalls.length)).toEqual(textCalls) // the text before the claims
  const textLength = await page.evaluate(async (title) => {
    const entry = (await window.api.articles.list()).find((a) => a.title.startsWith(title))!
    return (await window.api.articles.get(entry.id)).article.text.length
  }, 'Factory accidents')
  const firstText = Number(/^text (\d+)\+/.exec(textCalls[0] ?? `text ${textLength}+`)![1])
  expect(firstText).toBeLessThan(textLength) // the opening carried only the start of the text
  let at = firstText
  for (const call of textCalls) {
    expect(call).toBe(`text ${at}+64000`)
    at += 64000
  }
  expect(at).toBeGreaterThanOrEqual(textLength)
  let from = 60
  for (const call of calls.slice(1 + textCalls.length)) {
    expect(call).toBe(`page ${from}+150`)
    from += 150
  }
  expect(from).toBeGreaterThanOrEqual(claims)

  // The list holds every claim: the last row can be scrolled to, chosen and edited.
  await page.locator('.claim-scroll').evaluate((el) => (el.scrollTop = el.scrollHeight))
  const last = page.locator(`.claim-list li[aria-posinset="${claims}"]`)
  await expect(last).toBeVisible()
  await last.getByRole('button').click()
  await page.keyboard.press('4') // contradicted
  await expect(page.getByRole('status', { name: 'Save status' })).toContainText('Saved')
  const stored = await page.evaluate(async (title) => {
    const entry = (await window.api.articles.list()).find((a) => a.title.startsWith(title))!
    const file = await window.api.articles.get(entry.id)
    return file.claims.at(-1)!.corroboration
  }, 'Factory accidents')
  expect(stored).toBe('contradicted')
  await app.close()
})
