import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { keeperEnv } from '../testing/keeperEnv.ts'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startStandaloneDemoArk } from '../demo/standaloneDemoArk.ts'
import { startVite, type RunningVite } from '../testing/startVite.ts'

// The keeper in the real Vite server, keeping from an Ark-compatible server with a key, no browser.
const KEY = 'sk-ark3d-keeper-canary-51c0'
const PORT = 5175
let ark: Awaited<ReturnType<typeof startStandaloneDemoArk>>
let vite: RunningVite
let dataDir: string

const start = () =>
  startVite({
    port: PORT,
    env: {
      ...keeperEnv(ark, KEY, dataDir),
    },
  })
const api = (path: string, init?: RequestInit) =>
  fetch(`http://127.0.0.1:${PORT}${path}`, { ...init, headers: { host: `127.0.0.1:${PORT}` } })
const sync = async () => (await (await api('/api/keeper/sync', { method: 'POST' })).json()) as Record<string, unknown>
interface Held {
  raw: { id: string }
  file?: { bytes: number }
  gone?: { why: string }
}
const held = async (id: string) =>
  ((await (await api('/api/keeper/tasks')).json()) as { tasks: Held[] }).tasks.find((t) => t.raw.id === id)
const control = async (path: string, body: unknown = {}) =>
  (await fetch(`${ark.controlUrl}${path}`, { method: 'POST', body: JSON.stringify(body) })).json() as Promise<{
    id: string
    content: { file_url: string }
  }>
const hostDir = () => join(dataDir, new URL(ark.baseUrl).host)

beforeAll(async () => {
  ark = await startStandaloneDemoArk({ requiredKey: KEY })
  dataDir = await mkdtemp(join(tmpdir(), 'ark3d-keeper-'))
  vite = await start()
  await sync()
}, 60_000)

afterAll(async () => {
  await vite?.stop()
  await ark?.close()
  await rm(dataDir, { recursive: true, force: true })
})

describe('the keeper', () => {
  it('keeps a new result with no browser open, and serves it byte for byte after Ark forgot it', async () => {
    const task = await control('/tasks', { queuedSeconds: 0, runningSeconds: 0, zipKind: 'glb-robot' })
    const status = await sync()
    expect(status).toMatchObject({ on: true, state: 'idle' })
    expect((await held(task.id))?.file?.bytes).toBeGreaterThan(10_000)
    const original = Buffer.from(await (await fetch(task.content.file_url)).arrayBuffer())

    await control(`/tasks/${task.id}/expire-file`)
    expect((await fetch(task.content.file_url)).status).toBe(403)
    await control(`/tasks/${task.id}/forget`)
    const kept = await api(`/api/keeper/files/${task.id}`)
    expect(kept.status).toBe(200)
    expect(kept.headers.get('content-type')).toBe('application/zip')
    expect(Buffer.from(await kept.arrayBuffer()).equals(original)).toBe(true)
    await sync()
    expect((await held(task.id))?.gone?.why).toBe('deleted')
  })

  it('never keeps a broken zip, says why, and leaves nothing half written', async () => {
    const task = await control('/tasks', { queuedSeconds: 0, runningSeconds: 0, zipKind: 'corrupt-zip' })
    const status = await sync()
    expect(status.lastError).toMatch(new RegExp(`${task.id}: the zip is broken`))
    expect((await held(task.id))?.file).toBeUndefined()
    expect((await api(`/api/keeper/files/${task.id}`)).status).toBe(404)
    expect(await readdir(join(hostDir(), 'incoming'))).toEqual([])
  })

  it('stores each distinct file once, by its SHA-256, and keeps everything over a restart', async () => {
    const files = await readdir(join(hostDir(), 'files'))
    expect(files.every((name) => /^[0-9a-f]{64}\.zip$/.test(name))).toBe(true)
    const before = await sync()
    expect(Number(before.files)).toBeGreaterThan(files.length)
    await vite.stop()
    vite = await start()
    const after = (await (await api('/api/keeper/status')).json()) as Record<string, unknown>
    expect(after).toMatchObject({ tasks: before.tasks, files: before.files, bytes: before.bytes })
  })

  it('puts the key in no answer and no log line', async () => {
    for (const path of ['/api/keeper/status', '/api/keeper/tasks'])
      expect(await (await api(path)).text()).not.toContain(KEY)
    expect(vite.output()).not.toContain(KEY)
  })
})
