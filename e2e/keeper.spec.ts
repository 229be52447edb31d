import { expect, test } from '@playwright/test'
import { demoControl } from './support/demoControl.ts'
import { openLibraryStorage } from './support/archive.ts'
import { expectRendered } from './support/viewer.ts'
import { expectNoSeriousViolations } from './support/axe.ts'

test('a result kept by the server, with no browser open, renders in a fresh profile after Ark forgot it and its file host refuses it', async ({
  browser,
  request,
}) => {
  const demo = demoControl(request)
  const task = (await demo.createTask({ queuedSeconds: 0, runningSeconds: 0, zipKind: 'glb-robot' })) as {
    id: string
    content: { file_url: string }
  }
  // No browser is open and nobody asks: the keeper's own timer keeps the result.
  await expect
    .poll(
      async () => {
        const { tasks } = (await (await request.get('/api/keeper/tasks')).json()) as {
          tasks: { raw: { id: string }; file?: { bytes: number } }[]
        }
        return tasks.find((t) => t.raw.id === task.id)?.file?.bytes ?? 0
      },
      { timeout: 30_000, intervals: [1_000] },
    )
    .toBeGreaterThan(10_000)

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
  await expectNoSeriousViolations(page, 'the library with the server keeper')
  // Showing the model drew its picture, which went to the server's keeper.
  await expect
    .poll(async () => (await request.get(`/api/keeper/thumbnails/${task.id}`)).status(), { timeout: 30_000 })
    .toBe(200)
  await context.close()

  // The next person's browser takes that picture from the server: no download, no drawing.
  const next = await browser.newContext()
  await next.addInitScript(() => localStorage.setItem('ark3d:pictures', 'on'))
  const other = await next.newPage()
  const asked: string[] = []
  other.on('request', (r) => asked.push(new URL(r.url()).pathname))
  await other.goto(`/?view=library&layout=gallery&q=${task.id}`)
  await expect(other.getByRole('img', { name: `Thumbnail of ${task.id}` })).toBeVisible()
  expect(asked).toContain(`/api/keeper/thumbnails/${task.id}`)
  expect(asked.filter((path) => path === `/api/keeper/files/${task.id}` || path === '/api/file')).toEqual([])
  await next.close()
})
