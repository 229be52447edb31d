import { expect, test } from '@playwright/test'

test('lists the demo tasks and says plainly that they are demo data', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('complementary', { name: 'Demo mode' })).toContainText('ARK_API_KEY')
  const rows = page.locator('tbody tr')
  await expect(rows.first()).toBeVisible()
  expect(await rows.count()).toBeGreaterThan(10)
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
  await expect(page.locator('tbody tr').first()).toBeVisible()
  await expect(notice).toHaveCount(0)
  await page.getByRole('button', { name: 'Demo data: show what this means' }).click()
  await expect(notice).toContainText('ARK_API_KEY')
})
