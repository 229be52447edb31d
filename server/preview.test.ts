import { execFile } from 'node:child_process'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startVite, type RunningVite } from './testing/startVite.ts'

// The server side must also run under `vite preview`, which serves the production build.
let outDir = ''
let preview: RunningVite

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'ark3d-preview-'))
  await promisify(execFile)('node_modules/.bin/vite', [
    'build',
    '--outDir',
    outDir,
    '--emptyOutDir',
    '--logLevel',
    'error',
  ])
  preview = await startVite({ port: 5192, preview: true, args: ['--outDir', outDir] })
})
afterAll(async () => {
  await preview?.stop()
  await rm(outDir, { recursive: true, force: true })
})

it('serves the built page, the demo Ark and the relay under vite preview', async () => {
  const page = await fetch(preview.url)
  expect(await page.text()).toContain('<div id="root"')
  expect(await (await fetch(`${preview.url}/api/server-info`)).json()).toEqual({ mode: 'demo' })
  const list = (await (
    await fetch(`${preview.url}/api/ark/contents/generations/tasks?page_size=200&filter.status=succeeded`)
  ).json()) as {
    items: Array<{ content: { file_url?: string } }>
  }
  const fileUrl = list.items.find((i) => i.content.file_url)!.content.file_url!
  const file = await fetch(`${preview.url}/api/file?url=${encodeURIComponent(fileUrl)}`)
  expect(file.status).toBe(200)
  expect(Number(file.headers.get('content-length'))).toBe((await file.arrayBuffer()).byteLength)
})

it('answers a malformed task path with a 400 and stays up', async () => {
  const bad = await fetch(`${preview.url}/api/ark/contents/generations/tasks/%E0%A4%A`)
  expect(bad.status).toBe(400)
  expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('NotForwarded')
  expect((await fetch(`${preview.url}/api/server-info`)).status).toBe(200)
})

it('serves the studio light as binary, whole and uncompressed, however the browser asks', async () => {
  const light = await fetch(`${preview.url}/hdr/studio_small_08_1k.pmrem`, {
    headers: { 'Accept-Encoding': 'gzip, deflate, br' },
  })
  expect(light.status).toBe(200)
  expect(light.headers.get('content-type')).toBe('application/octet-stream')
  expect(light.headers.get('content-encoding')).toBeNull()
  const { size } = await stat('public/hdr/studio_small_08_1k.pmrem')
  expect(Number(light.headers.get('content-length'))).toBe(size)
  expect((await light.arrayBuffer()).byteLength).toBe(size)
})
