import { expect, test, type Page } from '@playwright/test'
import { demoControl } from './support/demoControl.ts'

// A fresh profile: no layout picked yet.
test.use({ storageState: { cookies: [], origins: [] } })

test.beforeEach(async ({ page }) => {
  // The e2e servers start with automatic pictures off (they would draw under every other test).
  await page.addInitScript(() => localStorage.setItem('ark3d:pictures', 'on'))
})

const card = (page: Page, id: string) => page.locator(`[data-task-id="${id}"]`)

async function finishedResults(page: Page, kinds: string[]) {
  const demo = demoControl(page.request)
  const made: string[] = []
  for (const zipKind of kinds)
    made.push((await demo.createTask({ queuedSeconds: 0, runningSeconds: 0, outcome: 'succeeded', zipKind })).id)
  return made
}

const galleryOf = (ids: string[]) => `/?layout=gallery&${ids.map((id) => `filter.task_ids=${id}`).join('&')}`

test('every result in view gets its picture with no click; one that cannot says why, without a retry', async ({
  page,
}) => {
  // Every WebGL context the page itself makes: the pictures are drawn by a worker, whatever the format.
  await page.addInitScript(() => {
    const getContext = HTMLCanvasElement.prototype.getContext
    ;(window as unknown as { pageWebgl: number }).pageWebgl = 0
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
      if (kind.startsWith('webgl')) (window as unknown as { pageWebgl: number }).pageWebgl++
      return (getContext as (...args: unknown[]) => RenderingContext | null).call(this, kind, ...rest)
    } as typeof getContext
  })
  const [robot, plant, obj, usdz, usd, noModel] = await finishedResults(page, [
    'glb-robot',
    'glb-plant',
    'obj',
    'usdz',
    'usd',
    'no-model',
  ])
  await page.goto(galleryOf([robot!, plant!, obj!, usdz!, usd!, noModel!]))
  for (const id of [robot!, plant!, obj!, usdz!, usd!])
    await expect(card(page, id).getByRole('img', { name: `Thumbnail of ${id}` })).toBeVisible({ timeout: 60_000 })
  expect(await page.evaluate(() => (window as unknown as { pageWebgl: number }).pageWebgl)).toBe(0)
  await expect(card(page, noModel!)).toContainText('No picture: The zip holds no model')
  await expect(card(page, noModel!).getByRole('button', { name: 'Retry picture' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: /^Make thumbnails/ })).toHaveCount(0)

  // The pictures are stored: with no layout in the address, the gallery is now home, showing them
  // without drawing again; the table, once picked, is remembered.
  await page.goto(galleryOf([robot!, plant!]).replace('layout=gallery&', ''))
  await expect(card(page, robot!).getByRole('img', { name: `Thumbnail of ${robot}` })).toBeVisible()
  await expect(page.getByRole('list', { name: 'Results' })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'Drawing pictures' })).toHaveCount(0)
  await page.getByRole('radio', { name: 'Table' }).click()
  await expect(page).toHaveURL(/layout=table/)
  await page.goto(galleryOf([robot!, plant!]).replace('layout=gallery&', ''))
  await expect(page.locator(`tbody tr[data-task-id="${robot}"]`)).toBeVisible()
})

test('past the day’s download budget a card says its picture waits, and Make thumbnails draws it', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('ark3d:pictureBudgetBytes', '0'))
  const [robot] = await finishedResults(page, ['glb-robot'])
  await page.goto(galleryOf([robot!]))
  await expect(card(page, robot!)).toContainText('Picture waits: over today’s budget')
  await page.getByRole('button', { name: 'Make thumbnails (1)' }).click()
  await page.getByRole('button', { name: 'Make 1 thumbnail' }).click()
  await expect(card(page, robot!).getByRole('img', { name: `Thumbnail of ${robot}` })).toBeVisible({ timeout: 60_000 })
  await expect(card(page, robot!)).not.toContainText('Picture waits')
})

test('the budget is shown with what pictures downloaded today, and can be changed', async ({ page }) => {
  const [plant] = await finishedResults(page, ['glb-plant'])
  await page.goto(galleryOf([plant!]))
  await expect(card(page, plant!).getByRole('img', { name: `Thumbnail of ${plant}` })).toBeVisible({ timeout: 60_000 })
  await page.goto('/?view=library')
  await page.getByText('Storage, pictures, export and import').click()
  const budget = page.getByLabel('Pictures may download')
  await expect(budget).toHaveValue('1')
  await expect(page.getByText(/GB a day; [\d.]+ (KB|MB) today/)).toBeVisible()
  await budget.fill('2.5')
  await page.reload()
  await expect(page.getByLabel('Pictures may download')).toHaveValue('2.5')
})

test('a card’s actions open from the keyboard and by a long press, and select mode selects by tap', async ({
  browser,
}) => {
  const context = await browser.newContext({ hasTouch: true, viewport: { width: 390, height: 844 }, isMobile: true })
  const page = await context.newPage()
  const [robot, plant] = await finishedResults(page, ['glb-robot', 'glb-plant'])
  await page.goto(galleryOf([robot!, plant!]))

  // Keyboard: the card is the tab stop; Shift+F10 opens its actions, arrows and Enter pick one.
  await card(page, robot!).focus()
  await page.keyboard.press('Shift+F10')
  await expect(page.getByRole('menu')).toBeVisible()
  await page.getByRole('menuitem', { name: 'Star' }).press('Enter')
  await expect(card(page, robot!).getByRole('button', { name: 'Star' })).toHaveAttribute('aria-pressed', 'true')

  // Touch: a finger resting on the card opens the same menu, and lifting it opens nothing else.
  const box = (await card(page, plant!).boundingBox())!
  const cdp = await context.newCDPSession(page)
  const point = [{ x: box.x + box.width / 2, y: box.y + 40 }]
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point })
  await expect(page.getByRole('menu')).toBeVisible()
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
  await page.getByRole('menuitem', { name: 'Rename' }).tap()
  const field = page.getByRole('textbox', { name: `Name of ${plant}` })
  await field.fill('Plant on the sill')
  await field.press('Enter')
  await expect(card(page, plant!)).toContainText('Plant on the sill')
  await expect(page.getByRole('complementary', { name: /^Task / })).toHaveCount(0)

  // Select mode: shown on a touch screen, every card's checkbox visible, a tap selects.
  await page.getByRole('button', { name: 'Select', exact: true }).tap()
  await card(page, robot!).tap()
  await expect(card(page, robot!).getByRole('checkbox', { name: `Select ${robot}` })).toBeChecked()
  await expect(card(page, plant!).getByRole('checkbox', { name: `Select ${plant}` })).toBeVisible()
  await expect(page.getByRole('complementary', { name: /^Task / })).toHaveCount(0)
  await context.close()
})
