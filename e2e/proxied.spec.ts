import { expect, test } from '@playwright/test'
import { rows } from './support/tasksPage.ts'
import { PROXIED_ARK_KEY, PROXIED_ARK_PORT } from './support/ports.ts'

test("lists the Ark-compatible server's tasks through the proxy; the browser never sees the key", async ({
  page,
  request,
}) => {
  const bodies: string[] = []
  page.on('response', async (response) => {
    bodies.push(JSON.stringify(await response.allHeaders()))
    bodies.push(await response.text().catch(() => ''))
  })
  page.on('request', (request) => bodies.push(JSON.stringify(request.headers())))
  await page.goto('/')
  await expect(rows(page).first()).toBeVisible()
  await expect(page.getByRole('complementary', { name: 'Demo mode' })).toHaveCount(0)

  const received = (await (await request.get(`http://127.0.0.1:${PROXIED_ARK_PORT}/__control/requests`)).json()) as {
    requests: Array<{ path: string; authorization: string }>
  }
  const listCalls = received.requests.filter((r) => r.path === '/contents/generations/tasks')
  expect(listCalls.length).toBeGreaterThan(0)
  expect(listCalls.every((r) => r.authorization === `Bearer ${PROXIED_ARK_KEY}`)).toBe(true)

  const html = await page.content()
  const storage = await page.evaluate(
    () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie,
  )
  for (const text of [...bodies, html, storage]) expect(text).not.toContain(PROXIED_ARK_KEY)

  // This Ark's tasks, and its create queue, are kept apart from the demo's.
  await expect
    .poll(() => page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name).sort()))
    .toEqual([`ark3d-archive:ark:127.0.0.1:${PROXIED_ARK_PORT}`, `ark3d-create:ark:127.0.0.1:${PROXIED_ARK_PORT}`])
})
