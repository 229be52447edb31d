import { expect, test } from '@playwright/test'
import { demoControl } from './support/demoControl.ts'
import { listTasks, row, rows } from './support/tasksPage.ts'

test('a row opens the detail with every field; a failed task shows its error code and message', async ({
  page,
  request,
}) => {
  const failed = (await listTasks(request, 'page_size=1&filter.status=failed')).items[0]!
  await page.goto('/?filter.status=failed')
  await row(page, failed.id).click()
  await expect(page).toHaveURL(new RegExp(`task=${failed.id}`))
  const detail = page.getByRole('complementary', { name: `Task ${failed.id}` })
  await expect(detail.getByRole('note', { name: 'Task error' })).toContainText(failed.error!.code)
  await expect(detail.getByRole('note', { name: 'Task error' })).toContainText(failed.error!.message)
  for (const label of ['Status', 'Kind', 'Model', 'Created', 'Updated', 'Run time', 'Tokens']) {
    await expect(detail.locator('dt', { hasText: label }).first()).toBeVisible()
  }
  await expect(detail.locator('dd').filter({ hasText: 'UTC' }).first()).toBeVisible()
  await detail.getByText('Raw JSON').click()
  await expect(detail.locator('pre')).toContainText(`"id": "${failed.id}"`)
  await detail.getByRole('button', { name: 'Close details' }).click()
  await expect(page).not.toHaveURL(/task=/)
})

test('a video task plays through the relay', async ({ page, request }) => {
  // A video of its own: a seeded one may be among the few whose file the demo removed early.
  const video = (await demoControl(request).createTask({
    endpointId: 'ep-20251115120044-v9d3s',
    queuedSeconds: 0,
    runningSeconds: 0,
  })) as { id: string; content?: { video_url?: string } }
  const videoRequest = page.waitForRequest((r) =>
    r.url().endsWith(`/api/file?url=${encodeURIComponent(video.content!.video_url!)}`),
  )
  await page.goto(`/?filter.status=succeeded&task=${video.id}`)
  const detail = page.getByRole('complementary', { name: `Task ${video.id}` })
  await expect(detail.locator('dt', { hasText: 'Resolution' })).toBeVisible()
  await videoRequest
  // The demo's video is a real one: it has a length, and plays past its first frame.
  const player = detail.locator('video')
  await expect.poll(() => player.evaluate((v: HTMLVideoElement) => v.duration)).toBeGreaterThan(2)
  await player.evaluate((v: HTMLVideoElement) => {
    v.muted = true
    return v.play()
  })
  await expect.poll(() => player.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThan(0.5)
  await expect(detail.getByText('The video could not be loaded')).toHaveCount(0)
})

test('a video whose file is gone says so, with the cause', async ({ page, request }) => {
  const video = await demoControl(request).createTask({
    endpointId: 'ep-20251115120044-v9d3s',
    queuedSeconds: 0,
    runningSeconds: 0,
  })
  await demoControl(request).expireFile(video.id)
  await page.goto(`/?filter.task_ids=${video.id}&task=${video.id}`)
  const detail = page.getByRole('complementary', { name: `Task ${video.id}` })
  const note = detail.getByRole('status').filter({ hasText: 'The video could not be loaded' })
  await expect(note).toContainText(/The file host refused the file \(403\) although .* of its 24 hours are left/)
})

test('keyboard: / focuses the ID filter, j/k and arrows move, Enter opens, Esc closes', async ({ page }) => {
  await page.goto('/')
  await expect(rows(page).first()).toBeVisible()
  await page.keyboard.press('/')
  await expect(page.getByLabel('Task IDs')).toBeFocused()
  await page.keyboard.press('Escape')
  await page.keyboard.press('j')
  const active = page.locator('tr[data-active]')
  await expect(active).toHaveCount(1)
  const firstId = (await active.getAttribute('data-task-id'))!
  await page.keyboard.press('j')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('k')
  // Tests beside this one add demo tasks to the top of the list meanwhile; the active row follows
  // its task, so the check is on neighbours (the row right after the first one), not on positions.
  await expect
    .poll(() =>
      page.evaluate((first) => {
        const ids = [...document.querySelectorAll<HTMLElement>('tbody tr[data-task-id]')].map((r) => r.dataset.taskId)
        const activeId = document.querySelector<HTMLElement>('tr[data-active]')?.dataset.taskId
        if (!ids.includes(first)) return `${first} is no longer listed`
        const next = ids[ids.indexOf(first) + 1]
        return activeId === next ? 'the row after the first' : `${activeId}, not ${next}`
      }, firstId),
    )
    .toBe('the row after the first')
  const secondId = (await active.getAttribute('data-task-id'))!
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`task=${secondId}`))
  await expect(page.getByRole('complementary', { name: `Task ${secondId}` })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('complementary', { name: `Task ${secondId}` })).toHaveCount(0)
})

test('cancel a queued task and delete a finished one, after a confirm; the list refreshes', async ({
  page,
  request,
}) => {
  const demo = demoControl(request)
  const queued = await demo.createTask({ queuedSeconds: 3600 })
  await page.goto(`/?filter.task_ids=${queued.id}&task=${queued.id}`)
  const detail = page.getByRole('complementary', { name: `Task ${queued.id}` })
  await detail.getByRole('button', { name: 'Cancel task…' }).click()
  const confirm = page.getByRole('alertdialog', { name: 'Cancel task?' })
  await expect(confirm).toContainText(`Cancel ${queued.id}? The task will not run.`)
  await confirm.getByRole('button', { name: 'Keep it' }).click()
  await expect(row(page, queued.id)).toContainText('Queued')
  await detail.getByRole('button', { name: 'Cancel task…' }).click()
  await confirm.getByRole('button', { name: 'Yes, cancel it' }).click()
  await expect(row(page, queued.id)).toContainText('Cancelled')

  const done = await demo.createTask({ queuedSeconds: 0, runningSeconds: 0 })
  await page.goto(`/?filter.task_ids=${done.id}&task=${done.id}`)
  await expect(row(page, done.id)).toContainText('Succeeded')
  // The header's menu leads to the same confirm.
  await page.getByRole('button', { name: 'More actions' }).click()
  await page.getByRole('menuitem', { name: 'Delete task at Ark…' }).click()
  await page.getByRole('button', { name: 'Yes, delete it' }).click()
  await expect(row(page, done.id)).toHaveCount(0)
  await expect(page.getByText('No tasks match these filters')).toBeVisible()
  await expect(page).not.toHaveURL(/task=/)
})

test('summary, column visibility and sort are shown and remembered', async ({ page }) => {
  // Other tests add tasks meanwhile: the summary is checked against the very page this one received.
  const listed = page.waitForResponse((r) =>
    r.url().includes('/api/ark/contents/generations/tasks?page_num=1&page_size=50'),
  )
  await page.goto('/')
  const { items } = (await (await listed).json()) as {
    items: Array<{ id: string; status: string; usage?: { total_tokens?: number } }>
  }
  const failedCount = items.filter((t) => t.status === 'failed').length
  await expect(page.getByLabel('Summary of this page').locator('[data-status="failed"]')).toHaveText(
    `${failedCount} failed`,
  )
  const tokens = items.reduce((sum, t) => sum + (t.usage?.total_tokens ?? 0), 0)
  await expect(page.getByTestId('tokens-used')).toHaveText(`${tokens.toLocaleString('en-US')} tokens`)

  await page.getByRole('button', { name: 'Columns' }).click()
  const tokensItem = page.getByRole('menuitemcheckbox', { name: 'Tokens' })
  await expect(tokensItem).toHaveAttribute('aria-checked', 'true')
  await tokensItem.click()
  await expect(tokensItem).toHaveAttribute('aria-checked', 'false')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('columnheader', { name: 'Tokens' })).toHaveCount(0)
  await page.getByRole('button', { name: 'Created' }).click()
  await expect(page.getByRole('columnheader', { name: /Created/ })).toHaveAttribute('aria-sort', 'descending')
  await page.getByRole('button', { name: /Created/ }).click()
  await expect(page.getByRole('columnheader', { name: /Created/ })).toHaveAttribute('aria-sort', 'ascending')
  // Tasks other tests add refresh page 1 meanwhile, so the check is the order, not given ids.
  const createdOnScreen = () =>
    rows(page)
      .locator('td[data-column="createdAt"] time')
      .evaluateAll((times) => times.slice(0, 8).map((t) => Date.parse(t.getAttribute('datetime')!)))
  const ascending = (times: number[]) => times.length > 1 && times.every((t, i) => i === 0 || times[i - 1]! <= t)
  await expect.poll(async () => ascending(await createdOnScreen())).toBe(true)
  expect(new Set(await createdOnScreen()).size).toBeGreaterThan(1)

  await page.reload()
  await expect(rows(page).first()).toBeVisible()
  const created = await createdOnScreen()
  expect(created).toEqual([...created].sort((a, b) => a - b))
  await expect(page.getByRole('columnheader', { name: 'Tokens' })).toHaveCount(0)
  await expect(page.getByRole('columnheader', { name: /Created/ })).toHaveAttribute('aria-sort', 'ascending')
})

test('file availability counts down to Ark’s 24 h deletion, then says expired', async ({ page }) => {
  await page.goto('/?filter.status=succeeded&page_size=500')
  const file = page.locator('td[data-column="file"]')
  await expect(file.filter({ hasText: /left$/ }).first()).toBeVisible()
  // A 500-row page draws only the rows in view; the table itself scrolls to the rest.
  expect(await rows(page).count()).toBeLessThan(80)
  const scroll = page.locator('[data-scroll="tasks"]')
  expect(await scroll.evaluate((el) => el.scrollHeight > el.clientHeight + 1000)).toBe(true)
  await scroll.evaluate((el) => el.scrollTo(0, el.scrollHeight))
  await expect(file.filter({ hasText: 'expired' }).first()).toBeVisible()
})

test('a phone: filters in a sheet, cards, the task as a full-screen sheet with Back', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/')
  const cards = page.getByRole('list', { name: 'Results' }).getByRole('listitem')
  await expect(cards.first()).toBeVisible()
  // The filters do not fill the first screen: they open from one button.
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveCount(0)
  expect((await cards.first().boundingBox())!.y).toBeLessThan(844)
  await page.getByRole('button', { name: /^Filters/ }).click()
  const sheet = page.getByRole('dialog', { name: 'Filters' })
  await sheet.getByRole('combobox', { name: 'Status' }).selectOption('failed')
  await expect(page).toHaveURL(/filter\.status=failed/)
  await sheet.getByRole('button', { name: 'Close filters' }).click()
  await expect(page.getByRole('button', { name: 'Filters (1)' })).toBeVisible()

  await cards.first().click()
  const detail = page.getByRole('complementary', { name: /^Task / })
  await expect(detail).toBeVisible()
  // The task covers the screen, at its top, with a way back.
  const box = (await detail.boundingBox())!
  expect(box.y).toBeLessThan(20)
  expect(box.width).toBeGreaterThan(360)
  await detail.getByRole('button', { name: 'Back' }).click()
  await expect(detail).toHaveCount(0)
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
})

test('follows the system theme, light or dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto('/')
  const light = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
  await page.emulateMedia({ colorScheme: 'dark' })
  const dark = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
  expect(light).toBe('rgb(255, 255, 255)')
  expect(dark).toBe('rgb(21, 24, 28)')
})

test('live: a watched task that finishes is refreshed, highlighted and, if asked, notified', async ({
  page,
  context,
  request,
}) => {
  await context.grantPermissions(['notifications'])
  await page.addInitScript(() => {
    const shown: string[] = []
    ;(window as unknown as { __shown: string[] }).__shown = shown
    class RecordingNotification {
      static permission = 'granted'
      static requestPermission = async () => 'granted'
      constructor(title: string, options?: { body?: string }) {
        shown.push(`${title}: ${options?.body ?? ''}`)
      }
    }
    Object.defineProperty(window, 'Notification', { value: RecordingNotification })
  })
  const task = await demoControl(request).createTask({ queuedSeconds: 15, runningSeconds: 5 })
  await page.goto(`/?filter.task_ids=${task.id}`)
  await page.getByRole('button', { name: 'Options' }).click()
  await page.getByLabel('Notify when tasks finish').check()
  await page.keyboard.press('Escape')
  await expect(page.getByText('● live')).toBeVisible()
  await expect(row(page, task.id)).toContainText(/Queued|Running/)
  await expect(row(page, task.id)).toContainText('Succeeded', { timeout: 40_000 })
  await expect(row(page, task.id)).toHaveAttribute('data-finished', 'true')
  await expect(page.getByText('● live')).toHaveCount(0)
  await expect(page.getByText(/Updated \d+ s ago/)).toBeVisible()
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __shown: string[] }).__shown))
    .toEqual([`Task succeeded: ${task.id}`])
})

test('keyboard: the list is one tab stop; Enter moves focus into the task, Esc back to its row; x selects; ? lists the keys', async ({
  page,
}) => {
  await page.goto('/')
  await expect(rows(page).first()).toBeVisible()
  const first = rows(page).first()
  await first.focus()
  await expect(first).toBeFocused()
  // No copy button or checkbox of any row is a tab stop: Tab leaves the list.
  await page.keyboard.press('Tab')
  const focusedInRow = await page.evaluate(() => Boolean(document.activeElement?.closest('tbody tr')))
  expect(focusedInRow).toBe(false)

  await first.focus()
  await page.keyboard.press('j')
  const second = rows(page).nth(1)
  await expect(second).toBeFocused()
  const secondId = (await second.getAttribute('data-task-id'))!
  await page.keyboard.press('x')
  await expect(page.getByRole('checkbox', { name: `Select ${secondId}` })).toBeChecked()
  await expect(page.getByRole('region', { name: 'Selection' })).toContainText('1 selected')

  await page.keyboard.press('Enter')
  const detail = page.getByRole('complementary', { name: `Task ${secondId}` })
  await expect(detail.getByRole('heading', { level: 2 })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(detail).toHaveCount(0)
  await expect(row(page, secondId)).toBeFocused()

  await page.keyboard.press('?')
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(shortcuts).toContainText('Select or clear the task')
  await page.keyboard.press('Escape')
  await expect(shortcuts).toHaveCount(0)
})
