import { mkdtemp, rm } from 'node:fs/promises'
import { keeperEnv } from '../testing/keeperEnv.ts'
import { solidPng } from '../../e2e/support/png.ts'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import S3rver from 's3rver'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startStandaloneDemoArk } from '../demo/standaloneDemoArk.ts'
import { startVite, type RunningVite } from '../testing/startVite.ts'

// Three ark3d servers on one bucket of a real S3-protocol server (s3rver), keeping from one Ark.
const KEY = 'sk-ark3d-bucket-canary-90ab'
const S3_PORT = 5165
let ark: Awaited<ReturnType<typeof startStandaloneDemoArk>>
let s3: S3rver
let s3Dir: string
const servers: RunningVite[] = []
const dirs: string[] = []
/** Every object write the bucket received, by key. */
const writes = new Map<string, number>()

async function startServer(port: number) {
  const dataDir = await mkdtemp(join(tmpdir(), 'ark3d-bucket-server-'))
  dirs.push(dataDir)
  const server = await startVite({
    port,
    env: {
      ...keeperEnv(ark, KEY, dataDir),
      ARK3D_S3_ENDPOINT: `http://127.0.0.1:${S3_PORT}`,
      ARK3D_S3_BUCKET: 'ark3d-team',
      ARK3D_S3_REGION: 'us-east-1',
      ARK3D_S3_ACCESS_KEY_ID: 'S3RVER',
      ARK3D_S3_SECRET_ACCESS_KEY: 'S3RVER',
      ARK3D_S3_FORCE_PATH_STYLE: 'true',
    },
  })
  servers.push(server)
  const api = (path: string, init?: RequestInit) =>
    fetch(`${server.url}${path}`, { ...init, headers: { host: new URL(server.url).host } })
  return {
    server,
    sync: async () => (await (await api('/api/keeper/sync', { method: 'POST' })).json()) as Record<string, number>,
    tasks: async () => ((await (await api('/api/keeper/tasks')).json()) as { tasks: { raw: { id: string } }[] }).tasks,
    file: (id: string) => api(`/api/keeper/files/${id}`),
    picture: (id: string) => api(`/api/keeper/thumbnails/${id}`),
    putPicture: (id: string, body: Buffer) =>
      fetch(`${server.url}/api/keeper/thumbnails/${id}`, {
        method: 'PUT',
        body: new Uint8Array(body),
        headers: { host: new URL(server.url).host, 'content-type': 'image/png' },
      }),
  }
}
type S3Event = { Records: { eventName: string; s3: { object: { key: string } } }[] }
const fileWrites = () => [...writes].filter(([key]) => key.startsWith('files/'))

beforeAll(async () => {
  // An account with only the tasks this test makes: the bucket's traffic stays countable.
  ark = await startStandaloneDemoArk({ requiredKey: KEY, seeded: false })
  s3Dir = await mkdtemp(join(tmpdir(), 'ark3d-s3rver-'))
  s3 = new S3rver({
    port: S3_PORT,
    address: '127.0.0.1',
    silent: true,
    directory: s3Dir,
    configureBuckets: [{ name: 'ark3d-team', configs: [] }],
  })
  // S3rver is a Koa app: its object events come through the EventEmitter its types leave out.
  ;(s3 as unknown as import('node:events').EventEmitter).on('event', (event: S3Event) => {
    for (const record of event.Records)
      if (record.eventName.startsWith('ObjectCreated'))
        writes.set(record.s3.object.key, (writes.get(record.s3.object.key) ?? 0) + 1)
  })
  await s3.run()
}, 60_000)

afterAll(async () => {
  for (const server of servers) await server.stop()
  await s3?.close()
  await ark?.close()
  for (const dir of [s3Dir, ...dirs]) await rm(dir, { recursive: true, force: true })
})

it('two servers on one bucket write each file once, never again on later syncs; a third rebuilds from the bucket', async () => {
  const first = await startServer(5163)
  const make = async (zipKind: string) =>
    (await (
      await fetch(`${ark.controlUrl}/tasks`, {
        method: 'POST',
        body: JSON.stringify({ queuedSeconds: 0, runningSeconds: 0, zipKind }),
      })
    ).json()) as { id: string; content: { file_url: string } }
  const task = await make('glb-plant')
  for (const zipKind of ['glb-robot', 'glb-plant', 'obj']) await make(zipKind)
  const kept = await first.sync()
  expect(kept.files).toBeGreaterThan(1)
  expect(fileWrites().length).toBeGreaterThan(0)
  expect(fileWrites().every(([, count]) => count === 1)).toBe(true)
  expect(writes.get(`tasks/${task.id}.json`)).toBeGreaterThanOrEqual(1)

  const second = await startServer(5164)
  const filesBefore = new Map(fileWrites())
  await second.sync()
  await first.sync()
  await second.sync()
  expect(new Map(fileWrites())).toEqual(filesBefore)

  // Ark forgets the task; a third server, started empty, has it from the bucket alone.
  const original = Buffer.from(await (await fetch(task.content.file_url)).arrayBuffer())
  await fetch(`${ark.controlUrl}/tasks/${task.id}/expire-file`, { method: 'POST' })
  await fetch(`${ark.controlUrl}/tasks/${task.id}/forget`, { method: 'POST' })
  // A picture one browser gave the first server is in the bucket for every other.
  const picture = solidPng(4, 4, [10, 20, 30])
  expect((await first.putPicture(task.id, picture)).status).toBe(200)
  expect(writes.get(`thumbnails/${task.id}.webp`)).toBe(1)
  const third = await startServer(5162)
  const shared = await third.picture(task.id)
  expect(shared.headers.get('content-type')).toBe('image/png')
  expect(Buffer.from(await shared.arrayBuffer()).equals(picture)).toBe(true)
  const listed = new Set((await third.tasks()).map((t) => t.raw.id))
  for (const t of await first.tasks()) expect(listed.has(t.raw.id), t.raw.id).toBe(true)
  const served = await third.file(task.id)
  expect(served.status).toBe(200)
  expect(Buffer.from(await served.arrayBuffer()).equals(original)).toBe(true)
  for (const server of servers) {
    expect(server.output()).not.toContain(KEY)
    expect(server.output()).not.toContain('S3RVER')
  }
}, 120_000)
