import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { demoControl } from './support/demoControl.ts'
import { archiveRecord } from './support/archive.ts'
import { rows } from './support/tasksPage.ts'

// These tests flip the demo Ark's fault switch, so they run one at a time on a server of their own.
test.describe.configure({ mode: 'serial' })

test.afterEach(async ({ request }) => {
  await demoControl(request).reset()
})

/**
 * Opens the list and waits for the page's own follow-up request (the next page, prefetched at
 * idle), so that a fault switched on next meets the request the test makes, not that one.
 */
async function openSettledList(page: Page, request: APIRequestContext) {
  const sentBefore = (await demoControl(request).requests()).length
  await page.goto('/')
  const before = await firstRowIds(page)
  await expect
    .poll(async () =>
      (await demoControl(request).requests())
        .slice(sentBefore)
        .some((r) => r.path === '/contents/generations/tasks' && r.query.includes('page_num=2')),
    )
    .toBe(true)
  return before
}

/**
 * A counted fault is kept for the page on screen: the next page's prefetch, made again at idle
 * whenever the list's total changes, took all three of a 429 storm's answers once.
 */
const VISIBLE_PAGE = { match: 'page_num=1&' }

async function firstRowIds(page: Page) {
  await expect(rows(page).first()).toBeVisible()
  return rows(page).evaluateAll((trs) => trs.slice(0, 5).map((tr) => tr.getAttribute('data-task-id')))
}

test('a rejected key shows what to do, with Ark’s message and request id, not a blank page', async ({
  page,
  request,
}) => {
  await demoControl(request).fault('401')
  await page.goto('/')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('The API key is missing or was rejected')
  await expect(alert).toContainText('ARK_API_KEY')
  await expect(alert).toContainText('AuthenticationError')
  await expect(alert).toContainText(/Request id: \w+/)
  await expect(page.getByRole('combobox', { name: 'Status' })).toBeVisible()
})

test('403 from Ark is shown as refused access', async ({ page, request }) => {
  await demoControl(request).fault('403')
  await page.goto('/')
  await expect(page.getByRole('alert')).toContainText('Ark refused access')
  await expect(page.getByRole('alert')).toContainText('AccountOverdueError')
})

test('400 names the parameter at fault', async ({ page, request }) => {
  await demoControl(request).fault('400')
  await page.goto('/?filter.model=ep-nope')
  await expect(page.getByRole('alert')).toContainText('Ark rejected a parameter: filter.model')
})

test('a 429 storm is retried with Retry-After, shown, and never blanks what was on screen', async ({
  page,
  request,
}) => {
  const before = await openSettledList(page, request)
  await demoControl(request).fault('429', 3, 3, VISIBLE_PAGE)
  await page.getByRole('button', { name: 'Refresh' }).click()
  await expect(page.locator('[data-note="retry"]')).toContainText('Ark answered 429 (RequestBurstTooFast); retrying')
  await expect(page.locator('[data-note="stale"]')).toContainText('Stale since')
  expect(await firstRowIds(page)).toEqual(before)
  // After three 429s the fourth try goes through.
  await expect(page.locator('[data-note="retry"]')).toHaveCount(0, { timeout: 30_000 })
  await expect(page.getByText(/Updated \d+ s ago/)).toBeVisible()
  await expect(page.locator('[data-note="stale"]')).toHaveCount(0)
  const queries = (await demoControl(request).requests())
    .filter((r) => r.path === '/contents/generations/tasks')
    .slice(-4)
  expect(queries).toHaveLength(4)
})

test('500s are retried; the page keeps its rows meanwhile', async ({ page, request }) => {
  const before = await openSettledList(page, request)
  await demoControl(request).fault('500', 2, undefined, VISIBLE_PAGE)
  await page.getByRole('button', { name: 'Refresh' }).click()
  await expect(page.locator('[data-note="retry"]')).toContainText('Ark answered 500')
  expect(await firstRowIds(page)).toEqual(before)
  await expect(page.locator('[data-note="retry"]')).toHaveCount(0, { timeout: 20_000 })
  await expect(page.getByText(/Updated \d+ s ago/)).toBeVisible()
})

test('a dead server or an offline browser keeps the last data, says since when, and recovers', async ({
  page,
  context,
}) => {
  await page.goto('/')
  const before = await firstRowIds(page)

  await page.route('**/api/ark/**', (route) => route.abort('connectionrefused'))
  await page.getByRole('button', { name: 'Refresh' }).click()
  await expect(page.locator('[data-note="stale"]')).toContainText('Stale since')
  await expect(page.locator('[data-note="stale"]')).toContainText('cannot be reached')
  expect(await firstRowIds(page)).toEqual(before)
  await page.unroute('**/api/ark/**')
  await expect(page.locator('[data-note="stale"]')).toHaveCount(0, { timeout: 30_000 })

  await context.setOffline(true)
  await page.getByRole('button', { name: 'Refresh' }).click()
  await expect(page.locator('[data-note="stale"]')).toContainText('offline')
  expect(await firstRowIds(page)).toEqual(before)
  await context.setOffline(false)
  await expect(page.locator('[data-note="stale"]')).toHaveCount(0, { timeout: 30_000 })
})

for (const [cut, how] of [
  ['the server stopped', 'server'],
  ['Ark unreachable', 'ark'],
] as const) {
  test(`${cut}, a changed filter shows no other filter's rows and no 1970`, async ({ page, request }) => {
    await page.goto('/')
    await firstRowIds(page)
    await expect(rows(page).filter({ hasText: 'Succeeded' }).first()).toBeVisible()
    if (how === 'server') await page.route('**/api/ark/**', (route) => route.abort('connectionrefused'))
    else await demoControl(request).fault('ark-down')
    await page.getByRole('combobox', { name: 'Status' }).selectOption('failed')
    // Why there are no rows: the retry note (a dead server is retried) or the list's error (a refused
    // connection is not).
    await expect(page.getByText(/cannot be reached|could not reach Ark/).first()).toBeVisible()
    await expect(rows(page).filter({ hasText: 'Succeeded' })).toHaveCount(0)
    await expect(page.getByText('1970')).toHaveCount(0)
  })
}

test('reloaded while Ark cannot be reached, the last list opens from this browser, marked cached with its age', async ({
  page,
  request,
}) => {
  await page.goto('/')
  const before = await firstRowIds(page)
  // The query cache is saved about a second after it changes.
  await expect.poll(async () => String(await archiveRecord(page, 'kv', 'query-cache')).includes(before[0]!)).toBe(true)

  await demoControl(request).fault('unreachable')
  await page.reload()
  expect(await firstRowIds(page)).toEqual(before)
  await expect(page.getByRole('status', { name: 'Cached list' })).toContainText(/saved by this browser \d+ s ago/)
  await expect(page.locator('[data-note="stale"]')).toContainText('cannot be reached')
  expect(await firstRowIds(page)).toEqual(before)

  await demoControl(request).clearFault()
  await page.getByRole('button', { name: 'Refresh' }).click()
  await expect(page.getByRole('status', { name: 'Cached list' })).toHaveCount(0, { timeout: 30_000 })
})

test('a hung Ark is given up on after a timeout and retried', async ({ page, request }) => {
  const before = await openSettledList(page, request)
  const sentBefore = (await demoControl(request).requests()).length
  await demoControl(request).fault('hang', 1, undefined, VISIBLE_PAGE)
  await page.getByRole('button', { name: 'Refresh' }).click()
  await expect(page.getByText('Updating…')).toBeVisible()
  expect(await firstRowIds(page)).toEqual(before)
  // The hung request is abandoned after 15 s and retried by itself; the retry gets an answer.
  await expect(page.getByText(/Updated [0-4] s ago/)).toBeVisible({ timeout: 40_000 })
  expect(await firstRowIds(page)).toEqual(before)
  const sent = (await demoControl(request).requests())
    .slice(sentBefore)
    .filter((r) => r.path === '/contents/generations/tasks')
  expect(sent.length).toBeGreaterThanOrEqual(2)
})

test('malformed JSON says so plainly instead of going blank', async ({ page, request }) => {
  await demoControl(request).fault('malformed')
  await page.goto('/')
  await expect(page.getByRole('alert')).toContainText("Ark's answer could not be read")
  await expect(page.getByRole('alert')).toContainText('not valid JSON')
  await demoControl(request).clearFault()
  await page.getByRole('button', { name: 'Refresh' }).click()
  await expect(rows(page).first()).toBeVisible()
})

test('malformed items become rows with what could be read, and a warning', async ({ page, request }) => {
  await demoControl(request).fault('bad-items')
  await page.goto('/')
  await expect(page.getByText(/2 items on this page could not be read in full/)).toBeVisible()
  await expect(page.getByRole('img', { name: 'Partly unreadable' })).toHaveCount(2)
  await expect(rows(page).filter({ hasText: '(item 4)' })).toHaveCount(1)
  // An unknown status is shown as it is.
  await expect(rows(page).filter({ hasText: 'paused-by-operator' })).toHaveCount(1)
  await expect(rows(page).first()).toBeVisible()
})
