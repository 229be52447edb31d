import { expect, test } from '@playwright/test'
import { demoControl } from './support/demoControl.ts'

test.describe.configure({ mode: 'serial' })

test.afterEach(async ({ request }) => {
  await demoControl(request).reset()
})

test('a rejected key shows what to do, not a blank page', async ({ page, request }) => {
  await demoControl(request).fault('401')
  await page.goto('/')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('The API key is missing or was rejected')
  await expect(alert).toContainText('ARK_API_KEY')
  await expect(alert).toContainText('Request id')
})
