import { expect, test } from '@playwright/test'
import { demoControl } from './support/demoControl.ts'
import { openLibraryStorage } from './support/archive.ts'
import { expectRendered } from './support/viewer.ts'

test('a result kept by the server, with no browser open, renders in a fresh profile after Ark forgot it and its file host refuses it', async ({
  browser,
  request,
}) => {
  const demo = demoControl(request)
  const task = (await demo.createTask({ queuedSeconds: 0, runningSeconds: 0, zipKind: 'glb-robot' })) as {
    id: string
    content: { file_url: string }
  }
  const synced = await (await request.post('/api/keeper/sync')).json()
  expect(synced).toMatchObject({ on: true, state: 'idle' })

  await demo.expireFile(task.id)
  expect((await request.get(`/api/file?url=${encodeURIComponent(task.content.file_url)}`)).status()).toBe(403)
  await demo.forget(task.id)

  // A profile that never saw the task: its library comes from the server's keeper.
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  await page.goto(`/?view=library&task=${task.id}`)
  await expectRendered(page)
  await expect(page.locator(`tr[data-task-id="${task.id}"] [data-storage="server"]`)).toHaveText('Kept on the server')
  await openLibraryStorage(page)
  await expect(page.getByRole('region', { name: 'Server keeper' })).toContainText(/Kept on the server:\s*\d+ results/)
  await context.close()
})
