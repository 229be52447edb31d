import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister'
import type { PersistedClient, Persister, PersistQueryClientOptions } from '@tanstack/react-query-persist-client'
import { whenIdle } from '../../lib/whenIdle.ts'
import { taskKeys } from '../../api/taskQueries.ts'
import { archiveDb } from './db/archiveDb.ts'

/** Ark lists tasks for 7 days: an older saved list says nothing true any more. */
export const PERSISTED_CACHE_MAX_AGE_MS = 7 * 24 * 3600 * 1000

const idbStorage = {
  getItem: async (key: string) => (await (await archiveDb()).get('kv', key)) ?? null,
  // A cache, rebuilt from Ark on the next visit if a crash loses its last save: no flush to disk.
  setItem: async (key: string, value: string) => {
    const transaction = (await archiveDb()).transaction('kv', 'readwrite', { durability: 'relaxed' })
    await Promise.all([transaction.store.put(value, key), transaction.done])
  },
  removeItem: async (key: string) => void (await (await archiveDb()).delete('kv', key)),
}

/** What a save would write that can differ: each saved answer, and when it was fetched. */
const savedAnswers = (client: PersistedClient) =>
  client.clientState.queries.map((query) => `${query.queryHash}@${query.state.dataUpdatedAt}`).join('\n')

/**
 * Saves at idle (within a second): the save serialises every saved answer, which would otherwise
 * happen while the answer that caused it is still being drawn. The latest state wins. A change to
 * no saved answer (an archive read, a view that stops watching a list) writes nothing: the write
 * of the whole cache held IndexedDB while the archive's next page waited on it.
 */
export function savingAtIdle(persister: Persister): Persister {
  let pending: PersistedClient | undefined
  let lastSaved: string | undefined
  return {
    ...persister,
    persistClient: (client) => {
      const scheduled = pending !== undefined
      pending = client
      if (scheduled) return
      whenIdle(() => {
        const latest = pending!
        pending = undefined
        const answers = savedAnswers(latest)
        if (answers === lastSaved) return
        lastSaved = answers
        void persister.persistClient(latest)
      }, 1_000)
    },
  }
}

/**
 * The Ark answers (list pages and tasks) are saved, so the last list opens at once on the next
 * visit, with no network. Archive reads are not saved: IndexedDB is their source already.
 */
export const persistOptions: Omit<PersistQueryClientOptions, 'queryClient'> = {
  persister: savingAtIdle(
    createAsyncStoragePersister({
      storage: idbStorage,
      key: 'query-cache',
      throttleTime: 1_000,
      // Saving the cache must never stop the app: a full disk drops the save, not the list.
      retry: () => undefined,
    }),
  ),
  maxAge: PERSISTED_CACHE_MAX_AGE_MS,
  buster: 'ark3d-1',
  dehydrateOptions: {
    shouldDehydrateQuery: (query) => query.state.status === 'success' && query.queryKey[0] === taskKeys.all[0],
  },
}
