import { QueryClient } from '@tanstack/react-query'
import type { ServerInfo } from '../api/arkClient.ts'
import { serverInfoQuery } from '../api/taskQueries.ts'
import { prefetchLocalReads } from '../features/archive/index.ts'

export function createQueryClient(serverInfo?: ServerInfo) {
  const client = new QueryClient({
    defaultOptions: {
      queries: { staleTime: 5_000, refetchOnWindowFocus: true },
    },
  })
  if (serverInfo) client.setQueryData(serverInfoQuery.queryKey, serverInfo)
  prefetchLocalReads(client)
  return client
}
