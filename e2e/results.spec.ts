import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { unzipSync } from 'fflate'
import { formatBytes } from '../src/lib/formatBytes.ts'
import { keepOpenTask, servedZip } from './support/archive.ts'
import { demoControl } from './support/demoControl.ts'
import { row } from './support/tasksPage.ts'
import { createResult, expectRendered } from './support/viewer.ts'

const select = (page: Page, id: string) => page.getByRole('checkbox', { name: `Select ${id}` })
const selectionBar = (page: Page) => page.getByRole('region', { name: 'Selection' })

test('the gallery: a toggle kept in the address, a card per task with its picture, opened by click or keyboard', async ({
  page,
  request,
}) => {
  const [first, second] = [await createResult(request, 'glb-plant'), await createResult(request, 'glb-robot')]
  // A picture for the first: opening it in the viewer makes one.
  await page.goto(`/?filter.task_ids=${first.id}&task=${first.id}`)
  await expectRendered(page)
  await expect(page.getByRole('img', { name: `Thumbnail of ${first.id}` })).toBeVisible()
  await page.goto(`/?filter.task_ids=${first.id}&filter.task_ids=${second.id}`)
  await page.getByRole('radio', { name: 'Gallery' }).click()
  await expect(page).toHaveURL(/layout=gallery/)
  const cards = page.getByRole('list', { name: 'Results' }).getByRole('listitem')
  await expect(cards).toHaveCount(2)
  const firstCard = page.locator(`li[data-task-id="${first.id}"]`)
  await expect(firstCard.getByRole('img', { name: `Thumbnail of ${first.id}` })).toBeVisible()
  await expect(firstCard).toContainText('Succeeded')
  await expect(firstCard).toContainText('23 h')
  // Previewed, not saved: only its record is kept (the page's cached file can be evicted).
  await expect(firstCard).toContainText('Recorded')

  await page.reload()
  await expect(page.getByRole('radio', { name: 'Gallery' })).toHaveAttribute('aria-checked', 'true')
  // The keys move through cards that are there: pressed before the list's answer, they had none.
  await expect(cards).toHaveCount(2)
  await page.locator('body').press('j')
  await page.locator('body').press('Enter')
  await expect(page).toHaveURL(/task=/)
  await expect(page.getByRole('complementary', { name: /^Task cgt-/ })).toBeVisible()

  await page.getByRole('radio', { name: 'Table' }).click()
  await expect(page).not.toHaveURL(/layout=gallery/)
  await expect(row(page, second.id)).toBeVisible()
})

test('download selected: one zip holding each result as <task id>.zip, byte-identical, kept ones from the archive', async ({
  page,
  request,
}) => {
  const kept = await createResult(request, 'glb-plant')
  const remote = await createResult(request, 'glb-robot')
  const [keptZip, remoteZip] = [
    await servedZip(request, kept.content.file_url),
    await servedZip(request, remote.content.file_url),
  ]
  await page.goto(`/?filter.task_ids=${kept.id}&task=${kept.id}`)
  await expectRendered(page)
  await keepOpenTask(page)
  await page.goto(`/?filter.task_ids=${kept.id}&filter.task_ids=${remote.id}`)
  await select(page, kept.id).check()
  await select(page, remote.id).check()
  await expect(selectionBar(page)).toContainText('2 selected')
  // Ark loses the kept one's file: only this browser's library still has it.
  await demoControl(request).expireFile(kept.id)

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    selectionBar(page).getByRole('button', { name: 'Download selected' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('ark3d-2-results.zip')
  const zip = unzipSync(await readFile(await download.path()))
  expect(Object.keys(zip).sort()).toEqual([`${kept.id}.zip`, `${remote.id}.zip`].sort())
  expect(Buffer.from(zip[`${kept.id}.zip`]!).equals(keptZip)).toBe(true)
  expect(Buffer.from(zip[`${remote.id}.zip`]!).equals(remoteZip)).toBe(true)
})

test('delete selected: one confirm with the counts, one DELETE per task at Ark, a 429 in the middle waited out', async ({
  page,
  request,
}) => {
  const tasks = [
    await createResult(request, 'glb-plant'),
    await createResult(request, 'glb-robot'),
    (await demoControl(request).createTask({ queuedSeconds: 3600, runningSeconds: 5 })) as { id: string },
  ]
  await page.goto(`/?${tasks.map((t) => `filter.task_ids=${t.id}`).join('&')}`)
  await page.getByRole('checkbox', { name: 'Select all on this page' }).check()
  await expect(selectionBar(page)).toContainText('3 selected')
  await selectionBar(page).getByRole('button', { name: 'Delete selected' }).click()
  const dialog = page.getByRole('alertdialog', { name: 'Delete 3 tasks at Ark?' })
  await expect(dialog.getByRole('list', { name: 'What happens' })).toContainText('2 finished tasks deleted')
  await expect(dialog.getByRole('list', { name: 'What happens' })).toContainText('1 queued task cancelled')

  // A DELETE's fault: the other tests on this demo Ark send GETs meanwhile, which must not take it.
  // Neither result is saved here: the dialog names both before anything is lost.
  const lost = dialog.getByRole('note', { name: 'Files that would be lost' })
  await expect(lost).toContainText('2 results are not saved here')
  for (const task of tasks.slice(0, 2)) await expect(lost).toContainText(task.id)
  await demoControl(request).fault('429', 1, 1, { method: 'DELETE' })
  await dialog.getByRole('button', { name: 'Delete anyway' }).click()
  await expect(dialog.getByRole('status')).toContainText('Done: 3 of 3', { timeout: 20_000 })
  await expect(dialog.getByRole('alert')).toHaveCount(0)

  const ids = tasks.map((t) => t.id)
  const deletes = (await demoControl(request).requests())
    .filter((r) => r.method === 'DELETE')
    .map((r) => r.path.split('/').pop())
    .filter((id) => ids.includes(id!))
  // Each task once, and the one the 429 refused once more.
  expect(new Set(deletes)).toEqual(new Set(ids))
  expect(deletes).toHaveLength(4)
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(page.locator('tbody tr[data-task-id]').filter({ hasText: 'Succeeded' })).toHaveCount(0)
  await expect(selectionBar(page)).toHaveCount(0)
})

test('a big viewer: at 1440×900 the split gives the model at least 800×550, and view=model fills the window', async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  const task = await createResult(request, 'glb-variants')
  await page.goto(`/?filter.task_ids=${task.id}&task=${task.id}`)
  await expectRendered(page)
  const canvas = page.locator('canvas[aria-label="3D preview"]')
  const split = (await canvas.boundingBox())!
  expect(split.width).toBeGreaterThanOrEqual(800)
  expect(split.height).toBeGreaterThanOrEqual(550)
  // The model comes before the facts and fields.
  const detail = page.getByRole('complementary', { name: `Task ${task.id}` })
  const factsTop = (await detail.locator('dt', { hasText: 'Kind' }).boundingBox())!.y
  expect(split.y).toBeLessThan(factsTop)

  await detail.getByRole('button', { name: 'Full view' }).click()
  await expect(page).toHaveURL(/view=model/)
  await expectRendered(page)
  const full = (await canvas.boundingBox())!
  expect(full.width).toBeGreaterThan(1350)
  expect(full.height).toBeGreaterThan(700)
  // Every viewer control is inside it.
  await expect(detail.getByRole('button', { name: 'Fullscreen' })).toBeVisible()
  await expect(detail.getByRole('radiogroup', { name: 'Variant' })).toBeVisible()
  await page.reload()
  await expectRendered(page)
  expect((await canvas.boundingBox())!.width).toBeGreaterThan(1350)
  await page.keyboard.press('Escape')
  await expect(page).not.toHaveURL(/view=model/)
  await expect(page).toHaveURL(new RegExp(`task=${task.id}`))
})

test('make thumbnails for this page: the count and size first, then a picture in each row, rendered off screen', async ({
  page,
  request,
}) => {
  const tasks = [await createResult(request, 'glb-plant'), await createResult(request, 'obj', 'obj')]
  const bytes =
    (await servedZip(request, tasks[0]!.content.file_url)).length +
    (await servedZip(request, tasks[1]!.content.file_url)).length
  await page.goto(`/?${tasks.map((t) => `filter.task_ids=${t.id}`).join('&')}`)
  await page.getByRole('button', { name: 'Make thumbnails (2)' }).click()
  const dialog = page.getByRole('alertdialog', { name: 'Make thumbnails for 2 results on this page?' })
  await expect(dialog.getByRole('status')).toHaveText(`${formatBytes(bytes)} to download at most.`)
  await dialog.getByRole('button', { name: 'Make 2 thumbnails' }).click()
  for (const task of tasks)
    await expect(row(page, task.id).getByRole('img', { name: `Thumbnail of ${task.id}` })).toBeVisible({
      timeout: 30_000,
    })
  await expect(page.getByRole('button', { name: /^Make thumbnails/ })).toHaveCount(0)
})

test('the task header: status, then Keep and Download as primary actions', async ({ page, request }) => {
  const task = await createResult(request, 'glb-robot')
  const served = await servedZip(request, task.content.file_url)
  await page.goto(`/?filter.task_ids=${task.id}&task=${task.id}`)
  const header = page.getByRole('complementary', { name: `Task ${task.id}` }).locator('header')
  await expect(header).toContainText('Succeeded')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    header.getByRole('button', { name: `Download ${task.id}.zip` }).click(),
  ])
  expect(download.suggestedFilename()).toBe(`${task.id}.zip`)
  expect((await readFile(await download.path())).equals(served)).toBe(true)
  await header.getByRole('button', { name: `Save ${task.id} in this browser` }).click()
  await expect(header).toContainText('Saved here', { timeout: 30_000 })
  await expect(row(page, task.id)).toContainText('Saved here')
})
