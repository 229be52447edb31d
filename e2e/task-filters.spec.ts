import { expect, test } from '@playwright/test'
import { arkReceivedQueries, expectArkReceived, listTasks, row, rows } from './support/tasksPage.ts'

const SEED3D_1_ENDPOINT = 'ep-20251001103022-q7m2x'
const SEED3D_2_ENDPOINT = 'ep-20251112094511-h4k8p'

test('Status filter: UI → filter.status in the address and in the request; only that status listed', async ({
  page,
  request,
}) => {
  await page.goto('/')
  await page.getByRole('combobox', { name: 'Status' }).selectOption('failed')
  await expect(page).toHaveURL(/[?&]filter\.status=failed(&|$)/)
  await expectArkReceived(request, 'page_num=1&page_size=50&filter.status=failed')
  await expect(rows(page).first()).toBeVisible()
  const statuses = await rows(page).locator('[data-status]').allInnerTexts()
  expect(statuses.length).toBeGreaterThan(0)
  expect(statuses.every((s) => s.includes('Failed'))).toBe(true)
  // "Which of yesterday's tasks failed, and why?": the reason is on the row.
  await expect(rows(page).first().locator('td[data-column="error"]')).not.toBeEmpty()
})

test('Model endpoint ID filter: sends filter.model, says it takes an endpoint ID, remembers it', async ({
  page,
  request,
}) => {
  await page.goto('/')
  const input = page.getByLabel('Model endpoint ID')
  await expect(input).toHaveAccessibleDescription('The inference endpoint ID (ep-…), not the model name.')
  await input.fill('doubao-seed3d-1-0-250928')
  await expect(page.getByText(/looks like a model name/)).toBeVisible()
  // A model name is not sent to Ark: Enter shows the library filtered by it, and says so.
  await input.press('Enter')
  await expect(page).toHaveURL(/view=library/)
  await expect(page).toHaveURL(/model=doubao-seed3d-1-0-250928/)
  await expect(page.getByRole('status').filter({ hasText: 'not model name' })).toBeVisible()
  await expect(rows(page).first().locator('td[data-column="model"] span')).toHaveAttribute(
    'title',
    'doubao-seed3d-1-0-250928',
  )
  await page.goto('/')
  await input.fill(SEED3D_1_ENDPOINT)
  await input.press('Enter')
  await expect(page).toHaveURL(new RegExp(`filter\\.model=${SEED3D_1_ENDPOINT}`))
  // The endpoint can be given a name, kept in this browser and offered with its ID.
  await page.getByRole('button', { name: 'Name it (endpoint name)' }).click()
  await page.getByRole('textbox', { name: `A name for ${SEED3D_1_ENDPOINT}` }).fill('Seed3D 1.0 prod')
  await page.getByRole('textbox', { name: `A name for ${SEED3D_1_ENDPOINT}` }).press('Enter')
  await expect(page.getByRole('button', { name: 'Seed3D 1.0 prod (endpoint name)' })).toBeVisible()
  await expect(page.locator(`#known-endpoints option[value="${SEED3D_1_ENDPOINT}"]`)).toHaveAttribute(
    'label',
    'Seed3D 1.0 prod',
  )
  await expectArkReceived(request, `page_num=1&page_size=50&filter.model=${SEED3D_1_ENDPOINT}`)
  await expect(rows(page).first().locator('td[data-column="model"] span')).toHaveAttribute(
    'title',
    'doubao-seed3d-1-0-250928',
  )
  // The previous filter's rows stand in while the answer comes: wait until every row is this one's.
  await expect
    .poll(async () => {
      const models = await rows(page)
        .locator('td[data-column="model"] span')
        .evaluateAll((cells) => cells.map((c) => c.getAttribute('title')))
      return models.length > 0 && models.every((m) => m === 'doubao-seed3d-1-0-250928')
    })
    .toBe(true)

  await page.goto('/')
  await expect(page.locator(`#known-endpoints option[value="${SEED3D_1_ENDPOINT}"]`)).toHaveCount(1)
})

test('Task IDs filter: pasted IDs split, deduplicated, sent as repeated keys', async ({ page, request }) => {
  const { items } = await listTasks(request, 'page_size=20')
  const [a, b] = [items[2]!.id, items[7]!.id]
  await page.goto('/')
  const input = page.getByLabel('Task IDs')
  await input.fill(`${a}, ${b}\n${a}  cgt-unknown`)
  await expect(page.getByText('3 IDs; Enter applies.')).toBeVisible()
  await input.press('Enter')
  await expect(page).toHaveURL(
    new RegExp(`filter\\.task_ids=${a}&filter\\.task_ids=${b}&filter\\.task_ids=cgt-unknown`),
  )
  await expectArkReceived(
    request,
    `page_num=1&page_size=50&filter.task_ids=${a}&filter.task_ids=${b}&filter.task_ids=cgt-unknown`,
  )
  await expect(rows(page)).toHaveCount(2)
  await expect(row(page, a)).toBeVisible()
  await expect(row(page, b)).toBeVisible()
  // Three asked, two listed: the note names the one Ark does not list.
  await expect(page.getByRole('status', { name: 'Task IDs not listed' })).toContainText(
    'Ark does not list this asked ID: cgt-unknown',
  )
})

test('Rows per page and paging: page_size, page_num, first/previous/next/last and jump, with totals', async ({
  page,
  request,
}) => {
  // On an endpoint no other test adds tasks to, so the total holds still while this test runs.
  const filter = `filter.model=${SEED3D_2_ENDPOINT}`
  const { total } = await listTasks(request, `page_size=1&${filter}`)
  const pageCount = Math.ceil(total / 20)
  expect(pageCount).toBeGreaterThan(3)
  await page.goto(`/?${filter}`)
  await page.getByLabel('Rows per page').selectOption('20')
  await expect(page).toHaveURL(/page_size=20/)
  await expect(page.getByText(`Page 1 of ${pageCount}`)).toBeVisible()
  await expect(page.getByText(`1–20 of ${total} tasks`)).toBeVisible()
  // The next page is fetched before it is asked for.
  await expectArkReceived(request, `page_num=2&page_size=20&${filter}`)

  await page.getByRole('button', { name: 'Next page' }).click()
  await expect(page).toHaveURL(/page_num=2&page_size=20/)
  await expect(page.getByText(`Page 2 of ${pageCount}`)).toBeVisible()
  await expect(page.getByText(`21–40 of ${total} tasks`)).toBeVisible()

  await page.getByRole('button', { name: 'Last page' }).click()
  await expect(page.getByText(`Page ${pageCount} of ${pageCount}`)).toBeVisible()
  await expectArkReceived(request, `page_num=${pageCount}&page_size=20&${filter}`)
  await expect(page.getByRole('button', { name: 'Next page' })).toBeDisabled()

  await page.getByRole('button', { name: 'Previous page' }).click()
  await expect(page.getByText(`Page ${pageCount - 1} of ${pageCount}`)).toBeVisible()

  await page.getByLabel('Go to page').fill('3')
  await page.getByRole('button', { name: 'Go', exact: true }).click()
  await expect(page).toHaveURL(/page_num=3/)
  await expect(page.getByText(`41–60 of ${total} tasks`)).toBeVisible()

  await page.getByRole('button', { name: 'First page' }).click()
  await expect(page).not.toHaveURL(/page_num=/)
  await expect(page.getByText(`Page 1 of ${pageCount}`)).toBeVisible()

  await page.goto('/?page_size=500')
  await expectArkReceived(request, 'page_num=1&page_size=500')
  // The demo holds more than 500 tasks: a full page.
  await expect(page.locator('[data-scroll="tasks"] table')).toHaveAttribute('aria-rowcount', '501')
})

test('the address restores the whole view, and back/forward move through it', async ({ page, request }) => {
  const { items } = await listTasks(request, `page_size=50&filter.model=${SEED3D_2_ENDPOINT}&filter.status=succeeded`)
  const ids = [items[0]!.id, items[1]!.id]
  const query = `page_num=1&page_size=10&filter.status=succeeded&filter.task_ids=${ids[0]}&filter.task_ids=${ids[1]}&filter.model=${SEED3D_2_ENDPOINT}`
  await page.goto(`/?${query}&task=${ids[1]}`)
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('succeeded')
  await expect(page.getByLabel('Model endpoint ID')).toHaveValue(SEED3D_2_ENDPOINT)
  await expect(page.getByLabel('Task IDs')).toHaveValue(ids.join(' '))
  await expect(page.getByLabel('Rows per page')).toHaveValue('10')
  await expect(page.getByRole('complementary', { name: `Task ${ids[1]}` })).toBeVisible()
  await expectArkReceived(request, query)
  await expect(rows(page)).toHaveCount(2)

  await page.goto('/?filter.status=failed')
  await page.getByRole('combobox', { name: 'Status' }).selectOption('queued')
  await expect(page).toHaveURL(/filter\.status=queued/)
  await page.goBack()
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('failed')
  await page.goForward()
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('queued')
  await page.reload()
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('queued')
})

test('invalid values in the address are corrected with a note and never sent to Ark', async ({ page, request }) => {
  await page.goto('/?page_num=0&page_size=9000&filter.status=done')
  const note = page.getByRole('status', { name: 'Address corrected' })
  await expect(note).toContainText('page_size=9000')
  await expect(note).toContainText('filter.status=done')
  await expect(note).toContainText('page_num=0')
  await expect(page).toHaveURL(/\?page_size=500$/)
  await expect(rows(page).first()).toBeVisible()
  const sent = await arkReceivedQueries(request)
  expect(sent.some((q) => q.includes('9000') || q.includes('done') || q.includes('page_num=0'))).toBe(false)
})
