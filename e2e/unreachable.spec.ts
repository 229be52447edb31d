import { expect, test } from '@playwright/test'
import { CLOSED_ARK_PORT } from './support/ports.ts'

// The server runs with a key and an ARK_BASE_URL where nothing listens.
test('Ark not reachable: the page says the server could not reach it and why, at once', async ({ page }) => {
  const arkCalls: number[] = []
  page.on('response', (r) => void (r.url().includes('/api/ark/') && arkCalls.push(r.status())))
  await page.goto('/')
  const alert = page.getByRole('alert')
  // Well within the ~30 s the SDK-style retries of a 502 would take.
  await expect(alert).toContainText(
    `The server could not reach Ark at 127.0.0.1:${CLOSED_ARK_PORT}: the connection was refused (nothing listens there).`,
    { timeout: 5_000 },
  )
  await expect(alert).not.toContainText('Ark answered')
  await expect(page.getByText('Loading tasks')).toHaveCount(0)
  // A refused connection is not retried: one request, not seven.
  expect(arkCalls).toEqual([502])
})
