import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import type { CreateJob } from './createJob.ts'

interface QueueSchema extends DBSchema {
  jobs: { key: string; value: CreateJob }
  kv: { key: string; value: unknown }
}

export interface QueueStore {
  all: () => Promise<CreateJob[]>
  put: (job: CreateJob) => Promise<void>
  remove: (ids: string[]) => Promise<void>
  paused: () => Promise<boolean>
  setPaused: (paused: boolean) => Promise<void>
  /** Called in every tab when any tab changed the queue. */
  subscribe: (listener: () => void) => () => void
}

/** The create queue in IndexedDB, so a batch survives a reload; tabs hear of each change. */
export function indexedDbQueueStore(name: string): QueueStore {
  let db: Promise<IDBPDatabase<QueueSchema>> | undefined
  const open = () =>
    (db ??= openDB<QueueSchema>(name, 1, {
      upgrade(database) {
        database.createObjectStore('jobs', { keyPath: 'id' })
        database.createObjectStore('kv')
      },
    }))
  const listeners = new Set<() => void>()
  const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(name)
  channel?.addEventListener('message', () => listeners.forEach((l) => l()))
  const changed = () => {
    listeners.forEach((l) => l())
    channel?.postMessage('changed')
  }
  return {
    all: async () => (await (await open()).getAll('jobs')).sort((a, b) => a.addedAt - b.addedAt),
    put: async (job) => {
      await (await open()).put('jobs', job)
      changed()
    },
    remove: async (ids) => {
      const tx = (await open()).transaction('jobs', 'readwrite')
      await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done])
      changed()
    },
    paused: async () => (await (await open()).get('kv', 'paused')) === true,
    setPaused: async (paused) => {
      await (await open()).put('kv', paused, 'paused')
      changed()
    },
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
