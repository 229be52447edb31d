import { expect, test } from '@playwright/test'
import { rows } from './support/tasksPage.ts'

test('lists the demo tasks and says plainly that they are demo data', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('complementary', { name: 'Demo mode' })).toContainText('ARK_API_KEY')
  const rows = page.locator('tbody tr[data-task-id]')
  await expect(rows.first()).toBeVisible()
  // The rows in view are drawn first; the scroll margin's follow a frame later.
  await expect.poll(() => rows.count()).toBeGreaterThan(10)
  // The end of the ID tells tasks apart; the whole is on hover and in the row's data.
  await expect(rows.first().locator('code')).toHaveAttribute('title', /^cgt-\d{14}-[a-z0-9]{5}$/)
  await expect(rows.first().locator('code')).toHaveText(/^…\d{4}-[a-z0-9]{5}$/)
  await expect(page.getByRole('columnheader', { name: 'Status' })).toBeVisible()
})

test('the demo notice is a slim bar that can be dismissed, and comes back from the Demo badge', async ({ page }) => {
  await page.goto('/')
  const notice = page.getByRole('complementary', { name: 'Demo mode' })
  await expect(notice).toBeVisible()
  expect((await notice.boundingBox())!.height).toBeLessThan(60)
  await notice.getByRole('button', { name: 'Dismiss the demo notice' }).click()
  await expect(notice).toHaveCount(0)
  await page.reload()
  await expect(rows(page).first()).toBeVisible()
  await expect(notice).toHaveCount(0)
  await page.getByRole('button', { name: 'Demo data: show what this means' }).click()
  await expect(notice).toContainText('ARK_API_KEY')
})

test.describe('with the clipboard', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test("a row's copy button copies the whole task ID, and its icon is drawn", async ({ page }) => {
    await page.goto('/')
    const row = page.locator('tbody tr[data-task-id]').first()
    const id = await row.getAttribute('data-task-id')
    const copy = row.getByRole('button', { name: `Copy ${id}` })
    // The icon is a CSS mask on a 13 px box: present, sized and painted in the text colour.
    const icon = copy.locator('[data-icon="copy"]')
    const look = await icon.evaluate((element) => {
      const style = getComputedStyle(element)
      return { mask: style.maskImage, width: element.getBoundingClientRect().width }
    })
    expect(look.mask).toContain('data:image/svg+xml')
    expect(look.width).toBe(13)
    await copy.click()
    await expect(copy).toHaveText('✓')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(id)
    // Copying does not open the task.
    await expect(page).not.toHaveURL(/task=/)
    await expect(copy.locator('[data-icon="copy"]')).toBeVisible()
  })
})
