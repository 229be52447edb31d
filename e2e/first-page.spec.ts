import { expect, test } from '@playwright/test'

test('lists the demo tasks and says plainly that they are demo data', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('complementary', { name: 'Demo mode' })).toContainText('ARK_API_KEY')
  const rows = page.locator('tbody tr')
  await expect(rows.first()).toBeVisible()
  expect(await rows.count()).toBeGreaterThan(10)
  await expect(rows.first().locator('code')).toHaveText(/^cgt-\d{14}-[a-z0-9]{5}$/)
  await expect(page.getByRole('columnheader', { name: 'Status' })).toBeVisible()
})
