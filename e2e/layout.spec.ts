import { expect, test } from '@playwright/test'
import { rows } from './support/tasksPage.ts'

test('1440×900 with a task open: 14 or more whole rows, and no column cut off', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto('/')
  const fourth = await rows(page).nth(3).getAttribute('data-task-id')
  await page.goto(`/?task=${fourth}`)
  await expect(page.getByRole('complementary', { name: `Task ${fourth}` })).toBeVisible()
  const box = page.locator('[data-scroll="tasks"]')
  // The narrow list gives up columns by priority until the table fits its box.
  await expect.poll(() => box.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1)
  const whole = await box.evaluate((el) => {
    const { top, bottom } = el.getBoundingClientRect()
    const limit = Math.min(bottom, window.innerHeight)
    return [...el.querySelectorAll('tbody tr[data-task-id]')].filter((row) => {
      const r = row.getBoundingClientRect()
      return r.top >= top && r.bottom <= limit
    }).length
  })
  expect(whole).toBeGreaterThanOrEqual(14)
})

test('390×844 phone: the first card starts within 250 px of the top', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })
  const page = await context.newPage()
  await page.goto('/')
  const first = page.getByRole('list', { name: 'Results' }).locator('li[data-task-id]').first()
  await expect(first).toBeVisible()
  expect((await first.boundingBox())!.y).toBeLessThanOrEqual(250)
  // No keyboard hints on a touch screen.
  await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toHaveCount(0)
  await expect(page.getByText('/ jumps here')).toHaveCount(0)
  await context.close()
})
