import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { fetchServerInfo, fetchTask, fetchTaskPage } from './arkClient.ts'
import { isRetryable, retryDelayMs } from './arkErrors.ts'
import type { TaskListParams } from './taskListParams.ts'

export const taskKeys = {
  all: ['tasks'] as const,
  lists: () => [...taskKeys.all, 'list'] as const,
  list: (params: TaskListParams) => [...taskKeys.lists(), params] as const,
  details: () => [...taskKeys.all, 'detail'] as const,
  detail: (id: string) => [...taskKeys.details(), id] as const,
}

export const MAX_RETRIES = 6

/** Retries what the official SDKs retry (408, 409, 429, >= 500, network), nothing else. */
export const arkRetry = {
  retry: (failureCount: number, error: unknown) => failureCount < MAX_RETRIES && isRetryable(error),
  retryDelay: (attempt: number, error: unknown) => retryDelayMs(attempt, error),
}

export function taskListQuery(params: TaskListParams) {
  return queryOptions({
    queryKey: taskKeys.list(params),
    queryFn: ({ signal }) => fetchTaskPage(params, signal),
    placeholderData: keepPreviousData,
    ...arkRetry,
  })
}

export function taskDetailQuery(id: string) {
  return queryOptions({ queryKey: taskKeys.detail(id), queryFn: ({ signal }) => fetchTask(id, signal), ...arkRetry })
}

export const serverInfoQuery = queryOptions({
  queryKey: ['server-info'] as const,
  queryFn: fetchServerInfo,
  staleTime: Infinity,
  retry: 2,
})
