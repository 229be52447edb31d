import { useSyncExternalStore } from 'react'
import { createTask } from '../../../api/createTask.ts'
import { fetchTaskPage } from '../../../api/arkClient.ts'
import { batchLimits } from '../../../api/modelCatalog.ts'
import { imageDataUrl } from '../input/imageDataUrl.ts'
import type { CreateJob } from './createJob.ts'
import { createQueue, type CreateQueue } from './createQueue.ts'
import { indexedDbQueueStore, type QueueStore } from './queueStore.ts'

let queue: CreateQueue | undefined
let store: QueueStore | undefined
let snapshot: { jobs: CreateJob[]; paused: boolean } = { jobs: [], paused: false }
const listeners = new Set<() => void>()

async function refresh() {
  if (!store) return
  snapshot = { jobs: await store.all(), paused: await store.paused() }
  listeners.forEach((listener) => listener())
}

/**
 * Starts this page's create queue. `dbName` keeps one Ark's queue apart from another's;
 * `keepInput` stores what a task was made from, beside it in the library.
 */
export function startCreateQueue(options: {
  dbName: string
  keepInput: (job: CreateJob, taskId: string) => Promise<void>
}): CreateQueue {
  if (queue) return queue
  store = indexedDbQueueStore(options.dbName)
  queue = createQueue({
    store,
    async send(job) {
      const image = job.image && (await imageDataUrl(job.image.blob, job.image.mediaType))
      return createTask({ model: job.model, image, prompt: job.prompt, level: job.level, format: job.format })
    },
    async statuses(taskIds) {
      const page = await fetchTaskPage({ pageNum: 1, pageSize: 500, taskIds })
      return new Map(page.items.map((task) => [task.id, task.status]))
    },
    async recentTasks(job) {
      const endpoint = job.model.startsWith('ep-') ? job.model : undefined
      const page = await fetchTaskPage({ pageNum: 1, pageSize: 100, taskIds: [], model: endpoint })
      return page.items.map((task) => ({
        id: task.id,
        model: task.model ?? '',
        createdAt: task.createdAt,
        fileformat: task.fileFormat,
        subdivisionlevel: task.subdivisionLevel,
      }))
    },
    keepInput: options.keepInput,
    limits: batchLimits,
    now: () => Date.now(),
    exclusively: (work) =>
      typeof navigator !== 'undefined' && navigator.locks
        ? navigator.locks.request(`${options.dbName}:sender`, work)
        : work(),
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  })
  store.subscribe(() => void refresh())
  void refresh()
  queue.start()
  return queue
}

export function useCreateQueueState(): { jobs: CreateJob[]; paused: boolean } {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => snapshot,
  )
}

export function createQueueOrThrow(): CreateQueue {
  if (!queue) throw new Error('The create queue has not started.')
  return queue
}
