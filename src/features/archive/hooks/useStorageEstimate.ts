import { queryOptions, useQuery } from '@tanstack/react-query'
import { archiveKeys } from '../archiveQueries.ts'

export interface StorageState {
  usage?: number
  quota?: number
  persisted?: boolean
}

export const storageQuery = queryOptions({
  queryKey: [...archiveKeys.all, 'storage'] as const,
  queryFn: async (): Promise<StorageState> => {
    const storage = navigator.storage
    if (!storage?.estimate) return {}
    const [estimate, persisted] = await Promise.all([storage.estimate(), storage.persisted?.()])
    return { usage: estimate.usage, quota: estimate.quota, persisted }
  },
  staleTime: 10_000,
  networkMode: 'always',
})

export const useStorageEstimate = () => useQuery(storageQuery)
