import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import type { TaskListParams } from '../../../api/taskListParams.ts'
import { archiveListQuery } from '../archiveQueries.ts'

/** The archive, filtered and paged like Ark's list. */
export function useArchiveList(params: TaskListParams, enabled: boolean) {
  return useQuery({ ...archiveListQuery(params), enabled })
}

/**
 * Starts reading the archive page a change of filter or page will show, before the change is drawn:
 * IndexedDB then works while React renders the controls' new state (tens of ms), not after it.
 */
export function usePrefetchArchiveList(): (params: TaskListParams) => void {
  const queryClient = useQueryClient()
  return useCallback((params) => void queryClient.prefetchQuery(archiveListQuery(params)), [queryClient])
}
