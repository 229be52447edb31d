import { execFileSync } from 'node:child_process'
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startStandaloneDemoArk } from '../demo/standaloneDemoArk.ts'
import { startVite, type RunningVite } from '../testing/startVite.ts'
import { keeperEnv } from '../testing/keeperEnv.ts'

// The keeper cut off mid-download, and on a full disk: it never keeps half a file.
const KEY = 'sk-ark3d-keeper-faults-3c1d'
const PORT = 5161
let ark: Awaited<ReturnType<typeof startStandaloneDemoArk>>
const cleanup: (() => Promise<unknown>)[] = []

beforeAll(async () => {
  // 2.8 MB results at 400 KB/s: a download takes about 7 s, long enough to cut it off.
  ark = await startStandaloneDemoArk({ requiredKey: KEY, seeded: false, fileRate: 400 * 1024 })
})
afterAll(async () => {
  for (const step of cleanup.reverse()) await step().catch(() => undefined)
  await ark?.close()
})

async function keeperAt(dataDir: string): Promise<RunningVite & { sync: () => Promise<Record<string, unknown>> }> {
  const server = await startVite({ port: PORT, env: keeperEnv(ark, KEY, dataDir) })
  cleanup.push(() => server.stop())
  const sync = async () =>
    (await (
      await fetch(`${server.url}/api/keeper/sync`, { method: 'POST', headers: { host: `127.0.0.1:${PORT}` } })
    ).json()) as Record<string, unknown>
  return Object.assign(server, { sync })
}
const makeResult = () =>
  fetch(`${ark.controlUrl}/tasks`, {
    method: 'POST',
    body: JSON.stringify({ queuedSeconds: 0, runningSeconds: 0, zipKind: 'glb-variants' }),
  }).then((r) => r.json() as Promise<{ id: string }>)
const hostDir = (dataDir: string) => join(dataDir, new URL(ark.baseUrl).host)

it('a restart mid-download starts the file again and keeps it whole; nothing broken is ever kept', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'ark3d-keeper-restart-'))
  cleanup.push(() => rm(dataDir, { recursive: true, force: true }))
  const task = await makeResult()
  const first = await keeperAt(dataDir)
  const incoming = join(hostDir(dataDir), 'incoming')
  // The start-up sync is under way: wait until a part of the file is on disk, then stop the server.
  await expect
    .poll(
      async () => {
        const parts = await readdir(incoming)
        return parts.length ? (await stat(join(incoming, parts[0]!))).size : 0
      },
      { timeout: 20_000, interval: 100 },
    )
    .toBeGreaterThan(100_000)
  await first.stop()
  expect(await readdir(join(hostDir(dataDir), 'files'))).toEqual([])

  const second = await keeperAt(dataDir)
  const status = await second.sync()
  expect(status).toMatchObject({ files: 1, failed: 0 })
  expect(await readdir(incoming)).toEqual([])
  const kept = await fetch(`${second.url}/api/keeper/files/${task.id}`, { headers: { host: `127.0.0.1:${PORT}` } })
  expect(kept.status).toBe(200)
  expect((await kept.arrayBuffer()).byteLength).toBe(2_809_960)
  await second.stop()
}, 60_000)

function mountTmpfs(dir: string, size: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

it('a full disk ends with the reason in the status and nothing half kept', async (context) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'ark3d-keeper-full-'))
  cleanup.push(() => rm(dataDir, { recursive: true, force: true }))
  // A 1 MB disk: room for the index, not for a 2.8 MB result.
  if (!mountTmpfs(dataDir, '1m')) context.skip('this machine cannot mount a tmpfs for the test (needs root)')
  cleanup.push(async () => execFileSync('umount', [dataDir]))
  await makeResult()
  const server = await keeperAt(dataDir)
  const status = await server.sync()
  expect(String(status.lastError)).toMatch(/the disk is full: nothing half-written was kept/)
  expect(await readdir(join(hostDir(dataDir), 'incoming'))).toEqual([])
  expect(await readdir(join(hostDir(dataDir), 'files'))).toEqual([])
  expect((await fetch(`${server.url}/api/keeper/status`, { headers: { host: `127.0.0.1:${PORT}` } })).ok).toBe(true)
  await server.stop()
}, 60_000)
