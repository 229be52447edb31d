import { expect, test, type Page } from '@playwright/test'
import { demoControl } from './support/demoControl.ts'
import { solidPng } from './support/png.ts'
import { expectRendered } from './support/viewer.ts'
import { expectNoSeriousViolations } from './support/axe.ts'
import { openLibraryStorage } from './support/archive.ts'

// One demo Ark whose created tasks run for 3 s; these tests count what it made, so they take turns.
test.describe.configure({ mode: 'serial' })

const MODEL = 'doubao-seed3d-2-0-260328'
const png = (name: string, rgb: [number, number, number] = [200, 120, 40], side = 64) => ({
  name,
  mimeType: 'image/png',
  buffer: solidPng(side, side, rgb),
})

interface CreatedLog {
  created: { id: string; model: string }[]
  mostRunning: Record<string, number>
}
const createdLog = async (page: Page) => (await (await page.request.get('/api/demo/created')).json()) as CreatedLog
const posts = async (page: Page) =>
  (await demoControl(page.request).requests()).filter((r) => r.method === 'POST').length
/** Whether this browser's library holds the input of `taskId`. */
const inputKept = (page: Page, taskId: string) =>
  page.evaluate<boolean, string>(
    (id) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('ark3d-archive:demo')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const read = open.result.transaction('inputs').objectStore('inputs').count(id)
          read.onsuccess = () => resolve(read.result === 1)
        }
      }),
    taskId,
  )
const queue = (page: Page) => page.getByRole('region', { name: 'Create queue' })

async function openNewTask(page: Page, goto = true) {
  if (goto) await page.goto('/')
  // The list answers keys once it is drawn.
  await expect(page.locator('[data-task-id]').first()).toBeVisible()
  await page.keyboard.press('n')
  const dialog = page.getByRole('dialog', { name: 'New task' })
  await expect(dialog).toBeVisible()
  return dialog
}

test.beforeEach(async ({ page }) => {
  await demoControl(page.request).reset()
})

test('a dropped PNG becomes a task that succeeds; its model renders and its input shows beside it after a reload and in an export', async ({
  page,
  browser,
}) => {
  const dialog = await openNewTask(page)
  const image = solidPng(96, 96, [30, 140, 220])
  // A real drop: a DataTransfer holding the file, dropped on the zone.
  const drop = await page.evaluateHandle(
    (bytes) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([new Uint8Array(bytes)], 'blue-cup.png', { type: 'image/png' }))
      return transfer
    },
    [...image],
  )
  await dialog.getByTestId('image-drop-zone').dispatchEvent('drop', { dataTransfer: drop })
  await expect(dialog.getByRole('img', { name: 'blue-cup.png' })).toBeVisible()
  await expect(dialog.getByTestId('create-cost')).toContainText('1 task × 30,000 tokens = 30,000 tokens, ¥2.40')
  await dialog.getByRole('button', { name: 'Create task' }).click()

  const job = queue(page).getByRole('listitem').filter({ hasText: 'blue-cup.png' })
  await expect(job).toContainText(/At Ark/)
  const taskId = (await job.getByRole('button', { name: /^cgt-/ }).textContent())!
  await expect(job).toContainText('Finished at Ark: succeeded', { timeout: 30_000 })
  const created = await createdLog(page)
  expect(created.created.map((c) => c.id)).toEqual([taskId])

  await page.goto(`/?filter.task_ids=${taskId}&task=${taskId}`)
  await expectRendered(page)
  await page.reload()
  const input = page.getByRole('img', { name: `Input of ${taskId}` })
  await expect(input).toBeVisible()
  expect(await input.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([96, 96])
  await expect(page.getByRole('region', { name: 'Input' })).toContainText('from blue-cup.png (96 × 96 px)')

  // The library's export carries the input; a fresh profile that imports it shows it, Ark or not.
  await page.goto('/?view=library')
  await openLibraryStorage(page)
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export library (.zip)' }).click(),
  ])
  const exportPath = await download.path()
  await demoControl(page.request).forget(taskId)
  const fresh = await browser.newContext()
  const other = await fresh.newPage()
  await other.goto('/?view=library')
  await openLibraryStorage(other)
  await other.getByLabel('Import library').setInputFiles(exportPath)
  await expect(other.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible()
  await other.goto(`/?view=library&task=${taskId}`)
  await expect(other.getByRole('img', { name: `Input of ${taskId}` })).toBeVisible()
  await fresh.close()
})

test('a batch of 12 keeps within the model running limit at Ark, survives a reload, and all 12 arrive', async ({
  page,
}) => {
  test.slow()
  const dialog = await openNewTask(page)
  await dialog
    .getByLabel('Images to make 3D models from')
    .setInputFiles(Array.from({ length: 12 }, (_, i) => png(`batch-${i + 1}.png`, [i * 20, 100, 200])))
  await expect(dialog.getByTestId('create-cost')).toContainText('12 tasks × 30,000 tokens = 360,000 tokens, ¥28.80')
  await dialog.getByRole('button', { name: 'Create 12 tasks' }).click()
  await expect(queue(page).locator('[data-state="atArk"]').first()).toBeVisible()
  expect(await queue(page).locator('[data-state="waiting"]').count()).toBeGreaterThan(0)

  // The queue is in IndexedDB: a reload picks it up where it was. Paused first, so no request is
  // on its way at the reload (one would be left for the user to decide, as it should).
  await queue(page).getByRole('button', { name: 'Pause' }).click()
  await expect(queue(page).getByRole('heading', { name: /^Queue paused/ })).toBeVisible()
  await expect(queue(page).locator('[data-state="sending"]')).toHaveCount(0)
  await page.reload()
  await openNewTask(page, false)
  await queue(page).getByRole('button', { name: 'Resume' }).click()
  await expect(queue(page).locator('[data-state="done"]')).toHaveCount(12, { timeout: 90_000 })
  const log = await createdLog(page)
  expect(log.created).toHaveLength(12)
  expect(log.mostRunning[MODEL]).toBeLessThanOrEqual(5)
})

test('a POST that times out after Ark made the task leaves exactly one task, once the user says which it is', async ({
  page,
}) => {
  await demoControl(page.request).fault('create-timeout', 1, undefined, { method: 'POST' })
  const dialog = await openNewTask(page)
  await dialog.getByLabel('Images to make 3D models from').setInputFiles([png('timeout.png')])
  await dialog.getByRole('button', { name: 'Create task' }).click()
  const job = queue(page).getByRole('listitem').filter({ hasText: 'timeout.png' })
  await expect(job).toContainText('May have been created')
  const made = (await createdLog(page)).created
  expect(made).toHaveLength(1)
  await expect(job.getByRole('button', { name: `It is ${made[0]!.id}` })).toBeVisible()
  await expectNoSeriousViolations(page, 'the create queue with a request to decide')
  // Nothing is sent again on its own while the user has not decided.
  const postsBefore = await posts(page)
  await job.getByRole('button', { name: `It is ${made[0]!.id}` }).click()
  await expect(job).toContainText('At Ark')
  await expect(job).toContainText('Finished at Ark: succeeded', { timeout: 30_000 })
  expect(await posts(page)).toBe(postsBefore)
  expect((await createdLog(page)).created).toHaveLength(1)
  await page.keyboard.press('Escape')
  const original = made[0]!.id
  await page.goto(`/?filter.task_ids=${original}&task=${original}`)
  await expect(page.getByRole('img', { name: `Input of ${original}` })).toBeVisible()

  // Generate again: a new task from the same input and options, linked to the first.
  await page.getByRole('button', { name: 'Generate again' }).click()
  await expect.poll(async () => (await createdLog(page)).created.length).toBe(2)
  const again = (await createdLog(page)).created[1]!.id
  // Ark has the task; the page keeps its input once the answer is back.
  await expect.poll(() => inputKept(page, again)).toBe(true)
  await page.goto(`/?filter.task_ids=${again}&task=${again}`)
  await expect(page.getByRole('region', { name: 'Input' })).toContainText(`Generated again from ${original}`)
  await expect(page.getByRole('img', { name: `Input of ${again}` })).toBeVisible()
  await expect
    .poll(
      async () => (await page.request.get(`/api/ark/contents/generations/tasks/${again}`).then((r) => r.json())).status,
      { timeout: 30_000 },
    )
    .toBe('succeeded')
  await page.getByRole('button', { name: 'Compare with the original' }).click()
  const compare = page.getByRole('region', { name: 'Compare' })
  await expect(compare.getByRole('img', { name: `Input of ${original}` })).toBeVisible()
  await expect(compare.getByRole('img', { name: `Input of ${again}` })).toBeVisible()
})

test('a 30 MB image, a GIF and a 5000 × 5000 PNG are refused before sending, each with its reason', async ({
  page,
}) => {
  const postsBefore = await posts(page)
  const dialog = await openNewTask(page)
  const gif = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')
  const huge = Buffer.alloc(30 * 1024 ** 2, 0)
  huge.set(solidPng(8, 8, [0, 0, 0]).subarray(0, 64))
  await dialog.getByLabel('Images to make 3D models from').setInputFiles([
    { name: 'huge.png', mimeType: 'image/png', buffer: huge },
    { name: 'moving.gif', mimeType: 'image/gif', buffer: gif },
    { name: 'poster.png', mimeType: 'image/png', buffer: solidPng(5000, 5000, [0, 0, 0]) },
  ])
  const chosen = dialog.getByRole('list', { name: 'Chosen images' })
  await expect(chosen.getByRole('listitem').filter({ hasText: 'huge.png' })).toContainText(
    'Not sent: 30.0 MB: Ark takes images up to 10 MB.',
  )
  await expect(chosen.getByRole('listitem').filter({ hasText: 'moving.gif' })).toContainText(
    'Not sent: A GIF image: Ark takes jpg, png, webp or bmp.',
  )
  await expect(chosen.getByRole('listitem').filter({ hasText: 'poster.png' })).toContainText(
    'Not sent: 5000 × 5000 px: Ark takes images under 4096 × 4096 px.',
  )
  await expect(dialog.getByRole('button', { name: 'Create task' })).toBeDisabled()
  expect(await posts(page)).toBe(postsBefore)
  await expectNoSeriousViolations(page, 'the new task form with refused images')
})

test('on a 390 × 844 phone, with the keyboard alone, an image becomes a task at Ark', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  const dialog = await openNewTask(page)
  const chooser = page.waitForEvent('filechooser')
  await dialog.getByRole('button', { name: 'Choose images…' }).focus()
  await page.keyboard.press('Enter')
  await (await chooser).setFiles([png('keyboard.png')])
  await expect(dialog.getByRole('img', { name: 'keyboard.png' })).toBeVisible()
  const create = dialog.getByRole('button', { name: 'Create task' })
  for (let i = 0; i < 12 && !(await create.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab')
  await expect(create).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(queue(page).getByRole('listitem').filter({ hasText: 'keyboard.png' })).toContainText('At Ark')
  const box = await dialog.boundingBox()
  expect(box!.width).toBeLessThanOrEqual(390)
})
