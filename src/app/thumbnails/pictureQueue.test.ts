import { describe, expect, it } from 'vitest'
import { readArkTask, type ArkTask } from '../../api/arkTask.ts'
import { createPictureQueue, type PictureSteps } from './pictureQueue.ts'

const NOW = Math.floor(Date.now() / 1000)
const result = (id: string, status = 'succeeded') =>
  readArkTask(
    {
      id,
      model: 'doubao-seed3d-2-0-260328',
      status,
      created_at: NOW - 600,
      updated_at: NOW - 300,
      content: status === 'succeeded' ? { file_url: `https://files.example.test/${id}.zip` } : undefined,
    },
    0,
  )

class Unreachable extends Error {}

/** Steps over an in-memory library and file host; records what each task went through. */
function library({
  saved = [] as string[],
  gone = [] as string[],
  budgetBytes = Infinity,
  failDownload = new Set<string>(),
} = {}) {
  const pictures = new Map<string, Blob>()
  const log: string[] = []
  let spent = 0
  const steps: PictureSteps = {
    hasPicture: async (id) => pictures.has(id),
    localFile: async (id) => (saved.includes(id) ? new Blob([`saved ${id}`]) : undefined),
    canDownload: (task) => !gone.includes(task.id),
    download: async (task) => {
      log.push(`download ${task.id}`)
      if (failDownload.has(task.id)) throw new Unreachable('The file host did not answer.')
      return new Blob([new Uint8Array(100)])
    },
    render: async (zip) => {
      log.push(`draw ${(await zip.text()).startsWith('saved') ? 'saved' : 'downloaded'}`)
      return new Blob(['webp'])
    },
    save: async (id, picture) => void pictures.set(id, picture),
    budgetLeft: () => spent < budgetBytes,
    spend: (bytes) => void (spent += bytes),
    idle: () => Promise.resolve(),
    retryable: (error) => error instanceof Unreachable,
  }
  return { steps, pictures, log, spent: () => spent }
}

const ids = (tasks: ArkTask[]) => tasks.map((task) => task.id)

describe('automatic pictures', () => {
  it('draws every succeeded result once, the results in view first, and skips those with nothing to draw', async () => {
    const lib = library()
    const queue = createPictureQueue(lib.steps, { atOnce: 1 })
    queue.want([result('saved-1'), result('saved-2')])
    queue.want([result('view-1'), result('failed-1', 'failed'), result('view-2'), result('view-1')], { first: true })
    await queue.settled()
    expect(lib.log.filter((line) => line.startsWith('download'))).toEqual([
      'download saved-1',
      'download view-1',
      'download view-2',
      'download saved-2',
    ])
    expect([...lib.pictures.keys()].sort()).toEqual(['saved-1', 'saved-2', 'view-1', 'view-2'])
    queue.want([result('view-1')], { first: true })
    await queue.settled()
    expect(lib.log).toHaveLength(8)
  })

  it('reads a saved zip before the network and spends no budget on it', async () => {
    const lib = library({ saved: ['a'] })
    const queue = createPictureQueue(lib.steps)
    queue.want([result('a')])
    await queue.settled()
    expect(lib.log).toEqual(['draw saved'])
    expect(lib.spent()).toBe(0)
  })

  it('stops downloading past the budget, says so per task, and still draws saved results', async () => {
    const lib = library({ saved: ['kept'], budgetBytes: 150 })
    const queue = createPictureQueue(lib.steps, { atOnce: 1 })
    const tasks = [result('one'), result('two'), result('three'), result('kept')]
    queue.want(tasks)
    await queue.settled()
    expect(ids(tasks).map((id) => queue.stateOf(id)?.state)).toEqual([undefined, undefined, 'over-budget', undefined])
    expect(lib.spent()).toBe(200)
    expect([...lib.pictures.keys()]).toEqual(['one', 'two', 'kept'])
  })

  it('leaves results Ark no longer serves without a state, and keeps a failure with its reason and retry', async () => {
    const failDownload = new Set(['flaky'])
    const lib = library({ gone: ['gone'], failDownload })
    lib.steps.render = async (zip) => {
      if (zip.size === 100 && lib.log.at(-1) === 'download broken') throw new Error('The zip holds no model.')
      return new Blob(['webp'])
    }
    const queue = createPictureQueue(lib.steps)
    const flaky = result('flaky')
    queue.want([result('gone'), flaky, result('broken')])
    await queue.settled()
    expect(queue.stateOf('gone')).toBeUndefined()
    expect(queue.stateOf('flaky')).toEqual({ state: 'failed', reason: 'The file host did not answer.', retry: true })
    expect(queue.stateOf('broken')).toEqual({ state: 'failed', reason: 'The zip holds no model.', retry: false })

    failDownload.clear()
    queue.retry(flaky)
    expect(queue.stateOf('flaky')).toEqual({ state: 'waiting' })
    await queue.settled()
    expect(queue.stateOf('flaky')).toBeUndefined()
    expect(lib.pictures.has('flaky')).toBe(true)
  })

  it('says nothing of its own when the host answers that the file is gone', async () => {
    const gone: string[] = []
    const lib = library({ gone })
    lib.steps.download = async (task) => {
      gone.push(task.id)
      throw new Error('The file host refused the file (403).')
    }
    const queue = createPictureQueue(lib.steps)
    queue.want([result('expired-early')])
    await queue.settled()
    expect(queue.stateOf('expired-early')).toBeUndefined()
  })

  it('tells its listeners as states change', async () => {
    const lib = library()
    const queue = createPictureQueue(lib.steps)
    const seen: Array<string | undefined> = []
    queue.subscribe(() => seen.push(`${queue.stateOf('a')?.state} ${queue.pending()}`))
    queue.want([result('a')])
    await queue.settled()
    expect(seen).toEqual(['waiting 1', 'drawing 1', 'undefined 0'])
  })

  it('stopped, drops what waited and settles once the one being drawn has ended', async () => {
    const lib = library()
    let started!: () => void
    const drawing = new Promise<void>((resolve) => (started = resolve))
    const queue = createPictureQueue(
      {
        ...lib.steps,
        render: (_zip, signal) =>
          new Promise((_, reject) => {
            started()
            signal.addEventListener('abort', () => reject(signal.reason))
          }),
      },
      { atOnce: 1 },
    )
    queue.want([result('a'), result('b'), result('c')])
    await drawing
    expect(queue.pending()).toBe(3)
    queue.stop()
    await queue.settled()
    expect(queue.pending()).toBe(0)
    expect(lib.log).toEqual(['download a'])
    expect(lib.pictures.size).toBe(0)
  })
})
