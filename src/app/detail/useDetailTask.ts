import { useQuery } from '@tanstack/react-query'
import type { ArkTask } from '../../api/arkTask.ts'
import { taskDetailQuery } from '../../api/taskQueries.ts'
import { archivedTaskQuery } from '../../features/archive/index.ts'

/** One task by ID: as the page has it; else the archive answers at once (also for a task Ark forgot), Ark confirms. */
export function useDetailTask(taskId: string, fromPage?: ArkTask) {
  const archived = useQuery({ ...archivedTaskQuery(taskId), enabled: !fromPage })
  const fetched = useQuery({ ...taskDetailQuery(taskId), enabled: !fromPage && archived.isFetched })
  return {
    task: fromPage ?? fetched.data ?? archived.data ?? undefined,
    loading: fetched.isPending,
    error: fetched.error,
  }
}
