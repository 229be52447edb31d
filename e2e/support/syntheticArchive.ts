import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'

const STATUSES = ['succeeded', 'succeeded', 'succeeded', 'failed', 'cancelled', 'running', 'queued'] as const
export const SYNTHETIC_ENDPOINTS = ['ep-20251001103022-q7m2x', 'ep-20251112094511-h4k8p', 'ep-20251120080808-b2n6c']

/** The ID of the synthetic archive's task `i`; task 0 is the newest. */
export const syntheticTaskId = (i: number) => `cgt-bench-${String(i).padStart(6, '0')}`

/**
 * An exported archive of `count` tasks, one every 30 minutes back from now, as the Export button
 * writes it: a zip holding archive.json. Returns the file's path.
 */
export async function syntheticArchive(count: number): Promise<string> {
  const now = Math.floor(Date.now() / 1000)
  const tasks = Array.from({ length: count }, (_, i) => {
    const status = STATUSES[i % STATUSES.length]!
    const createdAt = now - i * 1800
    const raw = {
      id: syntheticTaskId(i),
      model: i % 2 ? 'doubao-seed3d-2-0-251115' : 'doubao-seed3d-1-0-250928',
      status,
      created_at: createdAt,
      updated_at: createdAt + 300,
      content: status === 'succeeded' ? { file_url: `https://ark-files.example/${i}.zip` } : {},
      fileformat: ['glb', 'obj', 'usd', 'usdz'][i % 4],
      subdivisionlevel: ['low', 'medium', 'high'][i % 3],
      usage: { completion_tokens: 30000, total_tokens: 30000 },
      ...(status === 'failed' ? { error: { code: 'InternalServiceError', message: 'Generation failed.' } } : {}),
    }
    return {
      id: raw.id,
      raw,
      status,
      createdAt,
      endpoints: [SYNTHETIC_ENDPOINTS[i % SYNTHETIC_ENDPOINTS.length]!],
      firstSeenAt: createdAt * 1000,
      lastSeenAt: createdAt * 1000 + 60_000,
    }
  })
  const manifest = { format: 'ark3d-archive', version: 1, exportedAt: new Date().toISOString(), tasks }
  const zip = zipSync({ 'archive.json': strToU8(JSON.stringify(manifest)) }, { level: 6 })
  const path = join(await mkdtemp(join(tmpdir(), 'ark3d-archive-')), `archive-${count}.zip`)
  await writeFile(path, zip)
  return path
}
