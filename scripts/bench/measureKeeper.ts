import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { keeperEnv } from '../../server/testing/keeperEnv.ts'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startStandaloneDemoArk } from '../../server/demo/standaloneDemoArk.ts'
import { startVite } from '../../server/testing/startVite.ts'

const KEY = 'bench-keeper-key-0123456789'

/** The kernel's record of a process's peak resident memory (VmHWM), in MB. */
async function peakRssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  const kb = Number(/VmHWM:\s+(\d+)\s+kB/.exec(status)?.[1])
  return kb / 1024
}

/**
 * The server's keeper keeping ten ~37 MB result zips (one 60 MB GLB each) from an Ark-compatible
 * server: its peak memory, which must not grow with the files it streams to disk, and how long.
 */
export async function keeperFigures(port: number): Promise<{ peakRssMb: number; baselineRssMb: number; ms: number }> {
  const ark = await startStandaloneDemoArk({ requiredKey: KEY })
  const dataDir = await mkdtemp(join(tmpdir(), 'ark3d-bench-keeper-'))
  const server = await startVite({
    port,
    preview: true,
    env: {
      ...keeperEnv(ark, KEY, dataDir),
      ARK3D_AUTO_PICTURES: 'off',
    },
  })
  const sync = () =>
    fetch(`${server.url}/api/keeper/sync`, { method: 'POST', headers: { host: new URL(server.url).host } }).then(
      (r) => r.json() as Promise<{ on: boolean; files?: number }>,
    )
  try {
    const before = await sync() // the demo's own results first
    if (!before.on) throw new Error('the keeper is not on')
    const baselineRssMb = await peakRssMb(server.pid)
    for (let i = 0; i < 10; i++)
      await fetch(`${ark.controlUrl}/tasks`, {
        method: 'POST',
        body: JSON.stringify({ queuedSeconds: 0, runningSeconds: 0, zipKind: 'large-glb' }),
      })
    const started = performance.now()
    const status = await sync()
    const ms = performance.now() - started
    const kept = (status.files ?? 0) - (before.files ?? 0)
    if (kept !== 10) throw new Error(`the keeper kept ${kept} of the ten files`)
    return { peakRssMb: await peakRssMb(server.pid), baselineRssMb, ms }
  } finally {
    await server.stop()
    await ark.close()
    await rm(dataDir, { recursive: true, force: true })
  }
}

const PACED_RESULTS = 200
const ZIP_KINDS = ['glb-robot', 'glb-plant', 'obj'] as const

/**
 * The keeper keeping 200 results from a file host paced at 2 MB/s per connection, as a far host
 * is: with one download at a time, and with `downloads` at once. Milliseconds for the sync.
 */
export async function pacedKeeping(port: number, downloads: number[]): Promise<Record<number, number>> {
  const ark = await startStandaloneDemoArk({ requiredKey: KEY, seeded: false, fileRate: 2 * 1024 ** 2 })
  const times: Record<number, number> = {}
  try {
    for (let i = 0; i < PACED_RESULTS; i++)
      await fetch(`${ark.controlUrl}/tasks`, {
        method: 'POST',
        body: JSON.stringify({ queuedSeconds: 0, runningSeconds: 0, zipKind: ZIP_KINDS[i % ZIP_KINDS.length] }),
      })
    for (const count of downloads) {
      const dataDir = await mkdtemp(join(tmpdir(), 'ark3d-bench-paced-'))
      const server = await startVite({
        port,
        preview: true,
        env: { ...keeperEnv(ark, KEY, dataDir), ARK3D_KEEPER_DOWNLOADS: String(count), ARK3D_AUTO_PICTURES: 'off' },
      })
      try {
        // The start-up round is under way; a sync joins it and runs one more, which finds nothing left.
        const started = performance.now()
        const status = (await (
          await fetch(`${server.url}/api/keeper/sync`, { method: 'POST', headers: { host: new URL(server.url).host } })
        ).json()) as { files?: number }
        times[count] = performance.now() - started
        if (status.files === undefined || status.files < PACED_RESULTS)
          throw new Error(`kept ${status.files} of ${PACED_RESULTS}`)
      } finally {
        await server.stop()
        await rm(dataDir, { recursive: true, force: true })
      }
    }
    return times
  } finally {
    await ark.close()
  }
}
