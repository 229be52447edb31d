import { readFile } from 'node:fs/promises'
import { expect, test, type Page, type Request } from '@playwright/test'
import { strFromU8, unzipSync } from 'fflate'
import {
  archiveRecord,
  downloadZipFromPreview,
  keepOpenTask,
  keepWithTheNetworkDown,
  localCopy,
  scratchWriteOutcome,
  servedZip,
  openLibraryStorage,
  shownFromLocalCopy,
} from './support/archive.ts'
import { formatBytes } from '../src/lib/formatBytes.ts'
import { demoControl } from './support/demoControl.ts'
import { syntheticArchive, syntheticTaskId } from './support/syntheticArchive.ts'
import { arkReceivedQueries, listTasks, row } from './support/tasksPage.ts'
import { createResult, expectRendered, openResult } from './support/viewer.ts'

// Each test makes its own demo tasks and has its own browser profile: they can run side by side.
test.describe.configure({ mode: 'parallel' })

test('a kept task still previews and downloads after Ark deleted its file and forgot the task', async ({
  page,
  request,
}) => {
  const task = await openResult(page, request, 'glb-robot')
  const served = await servedZip(request, task.content.file_url)
  await keepOpenTask(page)

  const demo = demoControl(request)
  await demo.expireFile(task.id)
  await demo.forget(task.id)
  expect((await listTasks(request, `filter.task_ids=${task.id}`)).items).toEqual([])
  expect((await request.get(`/api/file?url=${encodeURIComponent(task.content.file_url)}`)).ok()).toBe(false)

  await page.reload()
  await expect(shownFromLocalCopy(page)).toBeVisible()
  await expectRendered(page)
  expect((await downloadZipFromPreview(page, task.id)).equals(served)).toBe(true)

  // Ark's list is empty for this ID; the page points to the archive, which has it.
  const note = page.getByRole('status', { name: 'Task IDs not listed' })
  await expect(note).toContainText(`One task Ark no longer lists is in this browser's library (${task.id})`)
  await note.getByRole('button', { name: 'Show in the library' }).click()
  await expect(page).toHaveURL(/view=library/)
  expect(new URL(page.url()).searchParams.get('filter.task_ids')).toBe(task.id)
  await expect(row(page, task.id)).toContainText('Saved here')
  await expect(row(page, task.id)).toContainText('Succeeded')
})

test.describe('with the offline shell', () => {
  // The one place the shell's service worker is let in (see playwright.config.ts): reloaded offline,
  // the page comes from its cache.
  test.use({ serviceWorkers: 'allow' })
  const expectShellInControl = (page: Page) =>
    expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)

  test('a first visit installs the shell once the model on screen is drawn, not while it loads', async ({
    page,
    request,
  }) => {
    // The download held past the shell's usual moment (3 s after load, at idle).
    await page.route('**/api/file?**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 6_000))
      await route.continue()
    })
    await openResult(page, request, 'glb-plant')
    await expectRendered(page)
    await expectShellInControl(page)
    const [drawn, installed] = await page.evaluate(() =>
      ['ark3d:first-frame', 'ark3d:shell-install'].map((name) => performance.getEntriesByName(name)[0]!.startTime),
    )
    expect(installed).toBeGreaterThan(drawn!)
  })

  test('with the browser offline, the page, the last list and the kept model still open', async ({
    page,
    context,
    request,
  }) => {
    const task = await openResult(page, request, 'glb-plant')
    await keepOpenTask(page)
    await expectRendered(page)
    await expectShellInControl(page)

    await context.setOffline(true)
    await page.reload()
    await expect(row(page, task.id)).toBeVisible()
    await expect(page.getByRole('status', { name: 'Cached list' })).toContainText('saved by this browser')
    await expect(shownFromLocalCopy(page)).toBeVisible()
    await expectRendered(page)
    await context.setOffline(false)
  })

  test('a keep the network interrupted waits in the queue across a reload and finishes when the network is back', async ({
    page,
    context,
    request,
  }) => {
    const task = await openResult(page, request, 'glb-robot')
    await expectRendered(page)
    await expectShellInControl(page)
    await keepWithTheNetworkDown(page, context)
    await expect(localCopy(page)).toContainText('Not saved: The file could not be downloaded')
    await page.reload()
    await expect(page.getByRole('region', { name: 'Saving files' })).toContainText(task.id)
    await expect(row(page, task.id)).toContainText('not saved')

    await context.setOffline(false)
    await expect(localCopy(page)).toContainText('Saved here', { timeout: 30_000 })
    await expect(page.getByRole('region', { name: 'Saving files' })).toHaveCount(0)
  })
})

test('auto-keep stores a new result as soon as the dashboard sees it succeed', async ({ page, request }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Options' }).click()
  await page.getByLabel('Auto-save new 3D results').check()
  await page.keyboard.press('Escape')
  const task = await demoControl(request).createTask({ queuedSeconds: 1, runningSeconds: 2, zipKind: 'glb-plant' })
  await page.goto(`/?filter.task_ids=${task.id}`)
  await expect(row(page, task.id)).toContainText('Succeeded', { timeout: 30_000 })
  await expect(row(page, task.id)).toContainText('Saved here', { timeout: 30_000 })

  // Still kept, and still off, after a reload; an older result is not taken.
  await page.reload()
  await page.getByRole('button', { name: 'Options' }).click()
  await expect(page.getByLabel('Auto-save new 3D results')).toBeChecked()
  await page.keyboard.press('Escape')
  await expect(row(page, task.id)).toContainText('Saved here')
})

/** Confirms the keep dialog, which first says how many results and how many bytes. */
async function confirmKeep(page: Page, count: number, size?: string) {
  const dialog = page.getByRole('alertdialog', { name: `Save ${count} results in this browser?` })
  await expect(dialog.getByRole('status')).toContainText(size ? `${size} in all.` : /in all|did not say/)
  await dialog.getByRole('button', { name: `Save ${count} results` }).click()
  await expect(dialog).toHaveCount(0)
}

/** How many relay downloads the page starts while its clock (installed by the test) runs `ms` ahead. */
async function fileRequestsWithin(page: Page, ms: number): Promise<number> {
  let count = 0
  const onRequest = (request: Request) => void (request.url().includes('/api/file') && count++)
  page.on('request', onRequest)
  await page.clock.runFor(ms)
  page.off('request', onRequest)
  return count
}

test.describe('a full disk', () => {
  // The offline shell's install looks the quota up; it plays no part in storing files.
  test.use({ serviceWorkers: 'block' })

  test('a full disk: a clear message, nothing half-written, and Retry works once there is room', async ({
    page,
    context,
    request,
    baseURL,
  }) => {
    // A real QuotaExceededError, from a DevTools quota override: room for the task records, not for
    // the zip (about 3 MB). Chromium may ignore an override made after the origin first used its
    // storage, so it is set before the page is opened.
    const cdp = await context.newCDPSession(page)
    const origin = new URL(baseURL!).origin
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 400_000 })
    // Time runs as usual until the test moves it on, past every retry a job could schedule.
    await page.clock.install()
    await page.goto('/')
    await expect.poll(() => scratchWriteOutcome(page, 1_000_000)).toBe('QuotaExceededError')
    const task = await openResult(page, request, 'glb-variants')
    await expectRendered(page)

    await localCopy(page).getByRole('button', { name: 'Save', exact: true }).click()
    const keeping = page.getByRole('region', { name: 'Saving files' })
    await expect(keeping.getByRole('alert')).toContainText("The browser's storage is full", { timeout: 45_000 })
    await expect(keeping.getByRole('alert')).toContainText('nothing was half-written')
    await expect(keeping).toContainText('1 file could not be saved')
    // The failure ends the job: no second download starts while the message is shown.
    const downloadsAfterFailure = await fileRequestsWithin(page, 70_000)
    expect(downloadsAfterFailure).toBe(0)
    const stored = await archiveRecord(page, 'files', task.id)
    expect(stored).toBeNull()
    await expect(row(page, task.id)).toContainText('not saved')

    await cdp.send('Storage.overrideQuotaForOrigin', { origin })
    await keeping.getByRole('button', { name: 'Retry' }).click()
    await expect(localCopy(page)).toContainText('Saved here', { timeout: 45_000 })
    await expect(row(page, task.id)).toContainText('Saved here')
  })
})

test('export, then import into a fresh browser profile, restores tasks and saved files without duplicates', async ({
  page,
  request,
  browser,
}) => {
  const task = await openResult(page, request, 'glb-variants')
  const served = await servedZip(request, task.content.file_url)
  await expectRendered(page)
  await expect(row(page, task.id).getByRole('img', { name: `Thumbnail of ${task.id}` })).toBeVisible()
  await keepOpenTask(page)
  await page.goto('/?view=library')
  const archiveTab = page.getByRole('radio', { name: /^Library \(/ })
  const exportedCount = Number((await archiveTab.innerText()).replace(/\D/g, ''))
  await openLibraryStorage(page)
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export library (.zip)' }).click(),
  ])
  const exportPath = await download.path()
  await expect(page.getByRole('status').filter({ hasText: 'Exported' })).toContainText('1 saved file')

  const exported = unzipSync(await readFile(exportPath))
  const manifest = JSON.parse(strFromU8(exported['archive.json']!))
  expect(manifest.tasks).toHaveLength(exportedCount)
  const entry = manifest.tasks.find((t: { id: string }) => t.id === task.id)
  expect(entry.file.kept).toBe(true)
  expect(Buffer.from(exported[entry.file.path]!).equals(served)).toBe(true)
  expect(entry.thumbnail.path).toMatch(/^thumbnails\/.+\.(webp|png)$/)
  expect(exported[entry.thumbnail.path]!.length).toBeGreaterThan(1_000)
  const csv = strFromU8(exported['tasks.csv']!)
  expect(csv.split('\r\n')[0]).toMatch(/^id,model,status,/)
  expect(csv).toContain(`${task.id},doubao-seed3d`)

  // Ark forgets the task; a new profile has only the export to go on.
  await demoControl(request).expireFile(task.id)
  await demoControl(request).forget(task.id)
  const fresh = await browser.newContext()
  const other = await fresh.newPage()
  await other.goto('/?view=library')
  await openLibraryStorage(other)
  await other.getByLabel('Import library').setInputFiles(exportPath)
  await expect(other.getByRole('status').filter({ hasText: 'Imported' })).toContainText('1 file stored')
  await expect(other.getByRole('radio', { name: /^Library \(/ })).toHaveText(new RegExp(`\\(${exportedCount}\\)`))

  await other.getByLabel('Import library').setInputFiles(exportPath)
  await expect(other.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
    `0 new tasks, 0 updated, ${exportedCount} already here; 0 files stored`,
  )
  await expect(other.getByRole('radio', { name: /^Library \(/ })).toHaveText(new RegExp(`\\(${exportedCount}\\)`))

  await other.goto(`/?view=library&filter.task_ids=${task.id}`)
  await expect(row(other, task.id).getByRole('img', { name: `Thumbnail of ${task.id}` })).toBeVisible()
  await other.goto(`/?view=library&filter.task_ids=${task.id}&task=${task.id}`)
  await expect(shownFromLocalCopy(other)).toBeVisible()
  await expectRendered(other)
  expect((await downloadZipFromPreview(other, task.id)).equals(served)).toBe(true)
  await fresh.close()
})

test('a file that is not an archive is refused with a reason, and nothing is imported', async ({ page }) => {
  await page.goto('/?view=library')
  await openLibraryStorage(page)
  await page.getByLabel('Import library').setInputFiles({
    name: 'notes.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from('not a zip at all'),
  })
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was imported' })).toContainText('not a zip')
  await expect(page.getByRole('radio', { name: /^Library/ })).toHaveText('Library (0)')
})

test('a list is recorded at idle, and at once when the tab is hidden before the page was ever idle', async ({
  page,
  request,
}) => {
  // A page that is never idle: only the tab being hidden can get the list recorded.
  await page.addInitScript(() => {
    const asked = window as unknown as { idleAsked: number }
    asked.idleAsked = 0
    window.requestIdleCallback = () => ++asked.idleAsked
  })
  const task = await demoControl(request).createTask({ queuedSeconds: 0, runningSeconds: 0, outcome: 'failed' })
  await page.goto(`/?filter.task_ids=${task.id}`)
  await expect(row(page, task.id)).toBeVisible()
  // The recorder has asked for idle time (which never comes), so its record waits on it.
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { idleAsked: number }).idleAsked))
    .toBeGreaterThan(0)
  expect(await archiveRecord(page, 'tasks', task.id)).toBeNull()

  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true })
    document.dispatchEvent(new Event('visibilitychange'))
  })
  await expect.poll(() => archiveRecord(page, 'tasks', task.id)).not.toBeNull()
})

test('the archive view keeps forgotten tasks, filtered locally with the same controls and address', async ({
  page,
  request,
}) => {
  const demo = demoControl(request)
  const endpoint = 'ep-20251120080808-b2n6c'
  const made = { queuedSeconds: 0, runningSeconds: 0, endpointId: endpoint }
  const succeeded = await demo.createTask({ ...made, outcome: 'succeeded' })
  const failed = await demo.createTask({ ...made, outcome: 'failed' })
  const ids = `filter.task_ids=${succeeded.id}&filter.task_ids=${failed.id}`
  await page.goto(`/?filter.model=${endpoint}&${ids}`)
  await expect(row(page, failed.id)).toBeVisible()
  await expect(row(page, succeeded.id)).toBeVisible()
  await expect(page.getByRole('radio', { name: /^Library \(\d+\)/ })).toBeVisible()

  await demo.forget(succeeded.id)
  await demo.forget(failed.id)
  await page.getByRole('radio', { name: /^Library/ }).click()
  await expect(page).toHaveURL(/view=library/)
  await expect(row(page, failed.id)).toBeVisible()
  await expect(row(page, succeeded.id)).toBeVisible()

  await page.getByRole('button', { name: /^Filters/ }).click()
  await page.getByRole('combobox', { name: 'Status' }).selectOption('failed')
  await page.keyboard.press('Escape')
  await expect(page).toHaveURL(/[?&]status=failed/)
  await expect(row(page, succeeded.id)).toHaveCount(0)
  await expect(row(page, failed.id)).toContainText('Failed')
  // Applied here, not asked of Ark: Ark has forgotten both tasks.
  expect((await arkReceivedQueries(request)).some((q) => q.includes(failed.id) && q.includes('filter.status'))).toBe(
    false,
  )

  // A search that matches nothing: one message, the library's own.
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('no-such-task')
  await expect(row(page, failed.id)).toHaveCount(0)
  await expect(page.getByText('No task in the library matches.')).toBeVisible()
  await expect(page.getByText('No tasks match these filters')).toHaveCount(0)

  // The address restores the same archive view.
  await page.goto(`/?view=library&status=failed&${ids}`)
  await expect(row(page, failed.id)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Clear the Status filter' })).toBeVisible()
  await page.getByRole('button', { name: 'Filters (1)' }).click()
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('failed')
})

test('storage: usage against the quota, Free space removes cached files but never saved files, per-task removal', async ({
  page,
  request,
}) => {
  const previewed = await openResult(page, request, 'glb-plant')
  await expectRendered(page)
  await expect.poll(() => archiveRecord(page, 'files', previewed.id)).not.toBeNull()
  const kept = await openResult(page, request, 'glb-robot')
  await keepOpenTask(page)

  await page.goto('/?view=library')
  await openLibraryStorage(page)
  const storage = page.getByRole('group', { name: 'Storage' })
  await expect(storage.getByLabel('Storage used')).toHaveText(/^[\d.]+ (KB|MB) of [\d.]+ (MB|GB) used$/)
  await expect(storage).toContainText(/saved files [1-9][\d.]* (KB|MB), cached files [1-9][\d.]* (KB|MB)/)

  await storage.getByRole('button', { name: 'Free space' }).click()
  await expect(storage.getByRole('status')).toContainText('Removed 1 cached file')
  await expect(storage).toContainText('cached files 0 B')
  expect(await archiveRecord(page, 'files', previewed.id)).toBeNull()
  expect(await archiveRecord(page, 'files', kept.id)).not.toBeNull()
  await expect(row(page, kept.id)).toContainText('Saved here')

  await row(page, kept.id).click()
  await localCopy(page).getByRole('button', { name: 'Remove the saved files' }).click()
  await expect(row(page, kept.id)).not.toContainText('Saved here')
  expect(await archiveRecord(page, 'files', kept.id)).toBeNull()
  // The task itself stays in the archive.
  await expect(row(page, kept.id)).toBeVisible()
})

test('cached files stay within their budget, the oldest going first', async ({ page, request }) => {
  const older = await createResult(request, 'glb-variants')
  const newer = await createResult(request, 'glb-plant')
  const sizes = await Promise.all(
    [older, newer].map(async (t) => (await servedZip(request, t.content.file_url)).length),
  )
  await page.goto('/')
  // Room for either copy, not both.
  await page.evaluate(
    (bytes) => localStorage.setItem('ark3d:previewCopyBytes', String(bytes)),
    sizes[0]! + sizes[1]! - 1,
  )

  await page.goto(`/?filter.task_ids=${older.id}&task=${older.id}`)
  await expectRendered(page)
  await expect.poll(() => archiveRecord(page, 'files', older.id)).not.toBeNull()
  await page.goto(`/?filter.task_ids=${newer.id}&task=${newer.id}`)
  await expectRendered(page)
  await expect.poll(() => archiveRecord(page, 'files', newer.id)).not.toBeNull()
  await expect.poll(() => archiveRecord(page, 'files', older.id)).toBeNull()
  expect(await archiveRecord(page, 'files', newer.id)).toEqual({ blobSize: sizes[1] })
})

test('a cancelled keep is dropped from the queue and not tried again when the network is back', async ({
  page,
  context,
  request,
}) => {
  await page.clock.install()
  // A model that does not move: every frame of a playing clip would run as the clock runs ahead.
  const task = await openResult(page, request, 'glb-plant')
  await expectRendered(page)
  await keepWithTheNetworkDown(page, context)
  const keeping = page.getByRole('region', { name: 'Saving files' })
  await expect(keeping).toContainText(task.id)
  await keeping.getByRole('button', { name: /^(Cancel|Dismiss)$/ }).click()
  await expect(keeping).toHaveCount(0)
  await context.setOffline(false)
  // Past every retry a network failure could schedule (at most a minute apart).
  expect(await fileRequestsWithin(page, 70_000)).toBe(0)
  await expect(localCopy(page).getByRole('button', { name: 'Save', exact: true })).toBeVisible()
  expect(await archiveRecord(page, 'keepQueue', task.id)).toBeNull()
  expect(await archiveRecord(page, 'files', task.id)).toBeNull()
})

test('keeps every result on the page in one go', async ({ page, request }) => {
  const [first, second] = [await createResult(request, 'glb-plant'), await createResult(request, 'glb-robot')]
  const bytes =
    (await servedZip(request, first.content.file_url)).length +
    (await servedZip(request, second.content.file_url)).length
  await page.goto(`/?filter.task_ids=${first.id}&filter.task_ids=${second.id}`)
  await page.getByRole('button', { name: 'Save 2 results on this page' }).click()
  // The count and the total size, before anything is downloaded.
  await confirmKeep(page, 2, formatBytes(bytes))
  await expect(row(page, first.id)).toContainText('Saved here', { timeout: 30_000 })
  await expect(row(page, second.id)).toContainText('Saved here', { timeout: 30_000 })
  // Kept without ever being opened: each still gets its picture.
  for (const task of [first, second])
    await expect(row(page, task.id).getByRole('img', { name: `Thumbnail of ${task.id}` })).toBeVisible({
      timeout: 30_000,
    })
  await expect(page.getByRole('button', { name: /^Save \d+ results? on this page$/ })).toHaveCount(0)
  expect(await archiveRecord(page, 'files', first.id)).not.toBeNull()
  expect(await archiveRecord(page, 'files', second.id)).not.toBeNull()
})

test('keeps that all fail end with the reason, under a heading that counts them as failed', async ({
  page,
  request,
}) => {
  const [first, second] = [await createResult(request, 'glb-plant'), await createResult(request, 'glb-robot')]
  await demoControl(request).expireFile(first.id)
  await demoControl(request).expireFile(second.id)
  await page.goto(`/?filter.task_ids=${first.id}&filter.task_ids=${second.id}`)
  await page.getByRole('button', { name: 'Save 2 results on this page' }).click()
  await confirmKeep(page, 2)
  const keeping = page.getByRole('region', { name: 'Saving files' })
  await expect(keeping.locator('strong')).toHaveText('2 files could not be saved', { timeout: 30_000 })
  await expect(keeping.getByRole('alert')).toHaveCount(2)
  await expect(keeping.getByRole('alert').first()).toContainText('refused the file (403) although')
})

test('a previewed result gets a thumbnail in its row, stored in the archive, that stays after a reload', async ({
  page,
  request,
}) => {
  const task = await openResult(page, request, 'glb-robot')
  await expectRendered(page)
  const thumbnail = () => row(page, task.id).getByRole('img', { name: `Thumbnail of ${task.id}` })
  await expect(thumbnail()).toBeVisible({ timeout: 15_000 })
  const stored = (await archiveRecord(page, 'thumbnails', task.id)) as { blobSize: number }
  // About 256 px, a few tens of KB.
  expect(stored.blobSize).toBeGreaterThan(1_000)
  expect(stored.blobSize).toBeLessThan(80_000)
  await page.goto(`/?filter.task_ids=${task.id}`)
  await expect(thumbnail()).toBeVisible()
  const picture = await thumbnail().evaluate(async (img: HTMLImageElement) => {
    await img.decode()
    const canvas = document.createElement('canvas')
    canvas.width = img.naturalWidth
    canvas.height = img.naturalHeight
    const context = canvas.getContext('2d')!
    context.drawImage(img, 0, 0)
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height)
    const lightness = new Set<number>()
    for (let i = 0; i < data.length; i += 4) lightness.add((data[i]! + data[i + 1]! + data[i + 2]!) >> 4)
    return { width: img.naturalWidth, height: img.naturalHeight, shades: lightness.size }
  })
  // The framed model, not a blank square.
  expect(picture).toMatchObject({ width: 256, height: 256 })
  expect(picture.shades).toBeGreaterThan(8)
})

test('remove from archive asks first, in a dialog, and then removes the task and its file from this browser only', async ({
  page,
  request,
}) => {
  const task = await openResult(page, request, 'glb-plant')
  await expectRendered(page)
  await keepOpenTask(page)
  await localCopy(page).getByRole('button', { name: 'Remove from library' }).click()
  const dialog = page.getByRole('alertdialog', { name: 'Remove this task from the library??' })
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  expect(await archiveRecord(page, 'files', task.id)).not.toBeNull()
  await localCopy(page).getByRole('button', { name: 'Remove from library' }).click()
  await dialog.getByRole('button', { name: 'Remove from library' }).click()
  await expect.poll(() => archiveRecord(page, 'files', task.id)).toBeNull()
  expect(await archiveRecord(page, 'thumbnails', task.id)).toBeNull()
  // Ark still has it.
  await expect(row(page, task.id)).toContainText('Succeeded')
})

test('a 50,000-task import shows its progress and cancels between batches, keeping what it stored, paged newest first', async ({
  page,
}) => {
  const total = 50_000
  const file = await syntheticArchive(total)
  await page.goto('/?view=library&page_size=50')
  await openLibraryStorage(page)
  await page.getByLabel('Import library').setInputFiles(file)
  const progress = page.getByRole('progressbar', { name: 'Importing' })
  await expect(progress).toHaveAttribute('max', String(total))
  await expect.poll(async () => Number(await progress.getAttribute('value')), { timeout: 30_000 }).toBeGreaterThan(0)
  await page.getByRole('button', { name: 'Cancel import' }).click()

  const report = page.getByRole('status').filter({ hasText: 'Import cancelled' })
  await expect(report).toContainText(`of ${total.toLocaleString('en')} tasks; the rest was not imported`)
  const stored = Number((await report.innerText()).match(/after ([\d,]+) of/)![1]!.replace(/,/g, ''))
  expect(stored).toBeGreaterThan(0)
  expect(stored).toBeLessThan(total)
  await expect(report).toContainText(`${stored.toLocaleString('en')} new tasks`)
  await expect(progress).toBeHidden()
  await expect(page.getByRole('radio', { name: /^Library \(/ })).toHaveText(`Library (${stored.toLocaleString('en')})`)

  // Synthetic task i was made 30 minutes before task i - 1; its status and endpoint cycle by 7 and 3.
  const ids = (keep: (i: number) => boolean) =>
    Array.from({ length: stored }, (_, i) => i)
      .filter(keep)
      .map(syntheticTaskId)
  const firstRowOf = async (query: string) => {
    await page.goto(`/?view=library&page_size=50&${query}`)
    return page.locator('tbody tr[data-task-id]').first().getAttribute('data-task-id')
  }
  expect(await firstRowOf('')).toBe(syntheticTaskId(0))
  const failed = ids((i) => i % 7 === 3)
  expect(await firstRowOf('page_num=3&status=failed')).toBe(failed[100])
  await expect(page.getByText(`of ${failed.length.toLocaleString('en')} tasks`)).toBeVisible()
  // Model name and format, as the library's filters read them from each task (format cycles by 4).
  const objOn20 = ids((i) => i % 7 < 3 && i % 2 === 1 && i % 4 === 1)
  expect(await firstRowOf('page_num=2&status=succeeded&model=doubao-seed3d-2-0-251115&format=obj')).toBe(objOn20[50])
  await expect(
    page.getByText(
      `${objOn20.length.toLocaleString('en')} of ${stored.toLocaleString('en')} tasks in the library match`,
    ),
  ).toBeVisible()
})
