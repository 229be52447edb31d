import type { PersistedClient, Persister } from '@tanstack/react-query-persist-client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { savingAtIdle } from './persistedCache.ts'

const client = (...answers: Array<[hash: string, fetchedAt: number]>): PersistedClient => ({
  timestamp: Date.now(),
  buster: 'test',
  clientState: {
    mutations: [],
    queries: answers.map(([queryHash, dataUpdatedAt]) => ({
      queryHash,
      queryKey: [queryHash],
      dehydratedAt: 0,
      state: { dataUpdatedAt, data: queryHash } as never,
    })),
  },
})

function recordingPersister() {
  const saved: PersistedClient[] = []
  const persister: Persister = {
    persistClient: (c) => void saved.push(c),
    restoreClient: async () => undefined,
    removeClient: async () => undefined,
  }
  return { saved, persister: savingAtIdle(persister) }
}

describe('savingAtIdle', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('writes the latest state once per idle moment', async () => {
    const { saved, persister } = recordingPersister()
    await persister.persistClient(client(['list', 1]))
    await persister.persistClient(client(['list', 2]))
    expect(saved).toHaveLength(0)
    vi.runAllTimers()
    expect(saved.map((c) => c.clientState.queries[0]!.state.dataUpdatedAt)).toEqual([2])
  })

  it('writes nothing when no saved answer changed, and again when one did', async () => {
    const { saved, persister } = recordingPersister()
    await persister.persistClient(client(['list', 1], ['task', 5]))
    vi.runAllTimers()
    await persister.persistClient(client(['list', 1], ['task', 5]))
    vi.runAllTimers()
    expect(saved).toHaveLength(1)
    await persister.persistClient(client(['list', 1], ['task', 6]))
    vi.runAllTimers()
    await persister.persistClient(client(['list', 1]))
    vi.runAllTimers()
    expect(saved.map((c) => c.clientState.queries.length)).toEqual([2, 2, 1])
  })
})
