import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { keepOpenTask, servedZip } from './support/archive.ts'
import { demoControl } from './support/demoControl.ts'
import { row } from './support/tasksPage.ts'
import { createResult, expectRendered } from './support/viewer.ts'

// What the dashboard says about a result's files is what is true: saved here, recorded, gone at Ark.

test('a mixed delete names the unsaved result, saves it, then deletes both; both stay, deleted at Ark with files saved', async ({
  page,
  request,
}) => {
  const saved = await createResult(request, 'glb-robot')
  const unsaved = await createResult(request, 'glb-plant')
  const ids = `filter.task_ids=${saved.id}&filter.task_ids=${unsaved.id}`
  await page.goto(`/?${ids}&task=${saved.id}`)
  await keepOpenTask(page)
  await expect(row(page, saved.id)).toContainText('Saved here')
  await expect(row(page, unsaved.id)).toContainText('Recorded')

  await page.getByRole('checkbox', { name: 'Select all on this page' }).check()
  await page.getByRole('region', { name: 'Selection' }).getByRole('button', { name: 'Delete selected' }).click()
  const dialog = page.getByRole('alertdialog', { name: 'Delete 2 tasks at Ark?' })
  await expect(dialog.getByRole('list', { name: 'What happens' })).toContainText('1 result saved here')
  const lost = dialog.getByRole('note', { name: 'Files that would be lost' })
  await expect(lost).toContainText('1 result is not saved here')
  await expect(lost).toContainText(unsaved.id)
  await expect(lost).not.toContainText(saved.id)
  await expect(dialog.getByRole('button', { name: 'Delete anyway' })).toBeVisible()
  await dialog.getByRole('button', { name: 'Save 1, then delete' }).click()
  await expect(dialog.getByRole('status')).toContainText('Done: 1 of 1 saved; 2 of 2 deleted', { timeout: 30_000 })
  await expect(dialog.getByRole('alert')).toHaveCount(0)
  await dialog.getByRole('button', { name: 'Done' }).click()

  await page.goto(`/?view=archive&${ids}`)
  for (const task of [saved, unsaved]) {
    await expect(row(page, task.id)).toContainText('Gone at Ark')
    await expect(row(page, task.id)).toContainText('files saved here')
    await expect(row(page, task.id)).toContainText('deleted at Ark')
  }
  await row(page, unsaved.id).click()
  await expect(page.getByRole('group', { name: 'Result storage' })).toContainText(
    /Deleted at Ark on .+; files saved here/,
  )
})

test('a file gone at Ark: Keep and Download are disabled, and say why', async ({ page, request }) => {
  const task = await createResult(request, 'glb-robot')
  await demoControl(request).expireFile(task.id)
  await page.goto(`/?filter.task_ids=${task.id}&task=${task.id}`)
  const header = page.getByRole('complementary', { name: `Task ${task.id}` }).locator('header')
  const keep = header.getByRole('button', { name: `Save ${task.id} in this browser` })
  const download = header.getByRole('button', { name: `Download ${task.id}.zip` })
  await expect(keep).toHaveAttribute('aria-disabled', 'true', { timeout: 30_000 })
  await expect(download).toHaveAttribute('aria-disabled', 'true')
  await download.focus()
  await expect(page.getByRole('tooltip')).toContainText(
    /File gone at Ark since .+; files not saved\. Nothing can fetch it again/,
  )
  await expect(row(page, task.id)).toContainText('Gone at Ark')
  await expect(page.getByRole('group', { name: 'Result storage' }).getByRole('button', { name: 'Retry' })).toHaveCount(
    0,
  )
})

test('Download after a preview uses the bytes the page holds: no second request to the file host', async ({
  page,
  request,
}) => {
  const task = await createResult(request, 'glb-variants')
  const served = await servedZip(request, task.content.file_url)
  const fileRequests: string[] = []
  page.on('request', (r) => {
    if (r.url().includes('/api/file?') && r.url().includes(encodeURIComponent(task.id))) fileRequests.push(r.url())
  })
  await page.goto(`/?filter.task_ids=${task.id}&task=${task.id}`)
  await expectRendered(page)
  const afterPreview = fileRequests.length
  expect(afterPreview).toBeGreaterThan(0)
  const header = page.getByRole('complementary', { name: `Task ${task.id}` }).locator('header')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    header.getByRole('button', { name: `Download ${task.id}.zip` }).click(),
  ])
  expect(download.suggestedFilename()).toBe(`${task.id}.zip`)
  expect((await readFile(await download.path())).equals(served)).toBe(true)
  expect(fileRequests).toHaveLength(afterPreview)
})

test('deleted without saving: the archive says so, and nothing asks Ark for the file again', async ({
  page,
  request,
}) => {
  const task = await createResult(request, 'glb-plant')
  await page.goto(`/?filter.task_ids=${task.id}`)
  await page.getByRole('checkbox', { name: `Select ${task.id}` }).check()
  await page.getByRole('region', { name: 'Selection' }).getByRole('button', { name: 'Delete selected' }).click()
  const dialog = page.getByRole('alertdialog', { name: 'Delete 1 task at Ark?' })
  await expect(dialog.getByRole('note', { name: 'Files that would be lost' })).toContainText(task.id)
  await dialog.getByRole('button', { name: 'Delete anyway' }).click()
  await expect(dialog.getByRole('status')).toContainText('Done: 1 of 1 deleted', { timeout: 20_000 })
  await dialog.getByRole('button', { name: 'Done' }).click()

  const fileRequests: string[] = []
  page.on('request', (r) => void (r.url().includes('/api/file?') && fileRequests.push(r.url())))
  await page.goto(`/?view=archive&filter.task_ids=${task.id}&task=${task.id}`)
  await expect(row(page, task.id)).toContainText('files not saved')
  const storage = page.getByRole('group', { name: 'Result storage' })
  await expect(storage).toContainText(/Deleted at Ark on .+; files not saved\./)
  const header = page.getByRole('complementary', { name: `Task ${task.id}` }).locator('header')
  await expect(header.getByRole('button', { name: `Download ${task.id}.zip` })).toHaveAttribute('aria-disabled', 'true')
  await expect(header.getByRole('button', { name: 'Full view' })).toHaveCount(0)
  await expect(page.getByRole('img', { name: '3D preview' })).toHaveCount(0)
  expect(fileRequests).toEqual([])
})
