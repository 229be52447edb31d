import { expect, test, type Page } from '@playwright/test'
import { demoControl } from './support/demoControl.ts'
import { listTasks, row, rows, type WireTask } from './support/tasksPage.ts'

/** Every ID the demo Ark lists now, read page by page as the mirror does. */
async function everyListedTask(request: Parameters<typeof listTasks>[0]): Promise<WireTask[]> {
  const all: WireTask[] = []
  for (let page = 1; ; page++) {
    const { items, total } = await listTasks(request, `page_size=500&page_num=${page}`)
    all.push(...items)
    if (items.length < 500 || page * 500 >= total) return all
  }
}

/** The IDs the library holds, read from the page's IndexedDB. */
function libraryIds(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('ark3d-archive:demo')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const keys = open.result.transaction('tasks').objectStore('tasks').getAllKeys()
          keys.onsuccess = () => resolve(keys.result as string[])
        }
      }),
  )
}

test.beforeEach(async ({ page }) => {
  // The e2e servers start with the browser's mirror off (its requests would spend other tests'
  // faults); here it is on, paced a little faster and refreshing every second.
  await page.addInitScript(() => {
    localStorage.setItem('ark3d:mirror', 'on')
    localStorage.setItem('ark3d:mirrorGapMs', '100')
    localStorage.setItem('ark3d:mirrorRefreshMs', '1000')
  })
})

test('a fresh profile mirrors every task the demo lists, and keeps one after Ark forgets it', async ({
  page,
  request,
}) => {
  const demo = demoControl(request)
  const listed = await everyListedTask(request)
  // Tasks other tests make and delete meanwhile are not counted: the seeded ones are older.
  const startedAt = Date.now() / 1000 - 60
  const seeded = listed.filter((task) => Number((task as { created_at?: number }).created_at) < startedAt)
  expect(seeded.length).toBeGreaterThan(500)

  await page.goto('/?view=library')
  await expect(page.locator('[data-mirror="watching"]')).toContainText("Ark's whole list mirrored at")
  const held = new Set(await libraryIds(page))
  expect(seeded.filter((task) => !held.has(task.id)).map((task) => task.id)).toEqual([])

  const made = await demo.createTask({ queuedSeconds: 0, runningSeconds: 0, outcome: 'failed' })
  await expect.poll(async () => (await libraryIds(page)).includes(made.id)).toBe(true)
  await demo.forget(made.id)
  await page.goto(`/?view=library&q=${made.id}`)
  await expect(row(page, made.id)).toContainText('Failed')
  await expect(rows(page)).toHaveCount(1)
})

test('model name, format and a tag filter to exactly the matching tasks; a name is found by search after a reload', async ({
  page,
  request,
}) => {
  const demo = demoControl(request)
  const spec = { queuedSeconds: 0, runningSeconds: 0, outcome: 'failed', endpointId: 'ep-20251112094511-h4k8p' }
  const objA = await demo.createTask({ ...spec, fileformat: 'obj' })
  const objB = await demo.createTask({ ...spec, fileformat: 'obj' })
  const glb = await demo.createTask({ ...spec, fileformat: 'glb' })
  const tag = `batch-${Date.now()}`

  for (const task of [objA, objB, glb]) {
    await page.goto(`/?view=library&q=${task.id}&task=${task.id}`)
    const tags = page.getByRole('region', { name: 'Name, star, tags and note' })
    await tags.getByRole('textbox', { name: 'Add a tag' }).fill(tag)
    await tags.getByRole('textbox', { name: 'Add a tag' }).press('Enter')
    await expect(tags.getByRole('list', { name: 'Tags' })).toHaveText(tag)
  }

  await page.goto('/?view=library')
  await page.getByRole('button', { name: /^Filters/ }).click()
  await page.getByRole('combobox', { name: 'Model' }).selectOption('doubao-seed3d-2-0-251115')
  // Any filter's value can also be found by typing it; Enter applies the one picked.
  const find = page.getByPlaceholder('Find a filter: glb, failed, a tag…')
  await find.fill('Format: obj')
  await find.press('Enter')
  await expect(page.getByRole('combobox', { name: 'Format' })).toHaveValue('obj')
  await page.getByRole('combobox', { name: 'Tag' }).selectOption(tag)
  await expect(page).toHaveURL(/model=doubao-seed3d-2-0-251115&format=obj&tag=batch-/)
  await page.keyboard.press('Escape')
  await expect(page.getByRole('button', { name: 'Filters (3)' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Clear the Format filter' })).toBeVisible()
  await expect(rows(page)).toHaveCount(2)
  expect((await rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-task-id')))).sort()).toEqual(
    [objA.id, objB.id].sort(),
  )

  // Renamed in the gallery, shown in the table, found by search after a reload.
  await page.goto(`/?view=library&q=${objA.id}&layout=gallery`)
  const card = page.locator(`li[data-task-id="${objA.id}"]`)
  await expect(page.locator('li[data-task-id]')).toHaveCount(1)
  await expect(page.getByRole('complementary', { name: /^Task / })).toHaveCount(0)
  await card.getByRole('button', { name: 'Rename' }).click()
  await card.getByRole('textbox', { name: `Name of ${objA.id}` }).fill('Red armchair, second try')
  await card.getByRole('textbox', { name: `Name of ${objA.id}` }).press('Enter')
  await expect(card).toContainText('Red armchair, second try')
  await page.goto('/?view=library&layout=table')
  await page.reload()
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('armchair second')
  await expect(rows(page)).toHaveCount(1)
  await expect(row(page, objA.id)).toContainText('Red armchair, second try')

  // The star: a toggle, pressed once starred, and a filter.
  await row(page, objA.id).getByRole('button', { name: 'Star' }).click()
  await expect(row(page, objA.id).getByRole('button', { name: 'Star' })).toHaveAttribute('aria-pressed', 'true')
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('')
  await page.getByRole('button', { name: /^Filters/ }).click()
  await page.getByRole('button', { name: 'Starred only' }).click()
  await page.keyboard.press('Escape')
  await expect(page).toHaveURL(/starred=1/)
  await expect(rows(page)).toHaveCount(1)

  // The keyboard: s stars the active task, r renames it in its detail.
  await page.getByRole('button', { name: 'Clear the Starred filter' }).click()
  await page.getByRole('searchbox', { name: 'Search the library' }).fill(objB.id)
  await expect(rows(page)).toHaveCount(1)
  // Leaves the search (Esc would also clear a search field).
  await page.getByRole('searchbox', { name: 'Search the library' }).blur()
  await page.keyboard.press('j')
  await page.keyboard.press('s')
  await expect(row(page, objB.id).getByRole('button', { name: 'Star' })).toHaveAttribute('aria-pressed', 'true')
  await page.keyboard.press('r')
  await page.getByRole('textbox', { name: `Name of ${objB.id}` }).fill('Blue stool')
  await page.getByRole('textbox', { name: `Name of ${objB.id}` }).press('Enter')
  await expect(row(page, objB.id)).toContainText('Blue stool')
})
