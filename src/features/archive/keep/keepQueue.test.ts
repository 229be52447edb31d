import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { readArkTask } from '../../../api/arkTask.ts'
import { goneAtArkNow } from '../../../api/goneAtArk.ts'
import { storeFile } from '../db/fileStore.ts'
import { archivedTask } from '../db/taskRecords.ts'
import { keepAndWait } from './keepQueue.ts'

const NOW = Math.floor(Date.now() / 1000)
const result = (id: string) =>
  readArkTask(
    {
      id,
      model: 'doubao-seed3d-2-0-260328',
      status: 'succeeded',
      created_at: NOW - 600,
      updated_at: NOW - 300,
      content: { file_url: `https://files.example.test/${id}.zip` },
    },
    0,
  )

/** The relay, as the keep queue meets it: every request answered by `answer`. */
function relay(answer: () => Response) {
  const fetch = vi.fn(async () => answer())
  vi.stubGlobal('fetch', fetch)
  return fetch
}

afterEach(() => vi.unstubAllGlobals())

describe('keep, then wait for it', () => {
  it('saves a file the page already holds at once, with no download', async () => {
    const fetch = relay(() => new Response('unexpected', { status: 500 }))
    const task = result('cgt-cached')
    await storeFile(task, new Blob(['PK\x03\x04 cached']), false)
    await keepAndWait(task)
    expect((await archivedTask(task.id))?.file).toMatchObject({ kept: true })
    expect(fetch).not.toHaveBeenCalled()
  })

  it('downloads, stores and settles once the file is saved', async () => {
    relay(() => new Response('PK\x03\x04 downloaded', { headers: { 'content-length': '15' } }))
    const task = result('cgt-fresh')
    await keepAndWait(task)
    expect((await archivedTask(task.id))?.file).toMatchObject({ kept: true, bytes: 15 })
  })

  it('rejects with the reason when the file is gone at Ark, and remembers that it is', async () => {
    relay(() => Response.json({ error: { code: 'FileExpired', message: 'gone' } }, { status: 403 }))
    const task = result('cgt-gone')
    await expect(keepAndWait(task)).rejects.toThrow(/refused the file \(403\)/)
    expect(goneAtArkNow()[task.id]).toMatchObject({ why: 'file-gone' })
    expect((await archivedTask(task.id))?.file).toBeUndefined()
  })
})
