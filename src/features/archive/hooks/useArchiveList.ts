import { useQuery } from '@tanstack/react-query'
import type { TaskListParams } from '../../../api/taskListParams.ts'
import { archiveListQuery } from '../archiveQueries.ts'

/** The archive, filtered and paged like Ark's list. */
export function useArchiveList(params: TaskListParams, enabled: boolean) {
  return useQuery({ ...archiveListQuery(params), enabled })
}
