import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import type { TaskListParams } from '../../api/taskListParams.ts'
import { filterArchive } from './archiveFilter.ts'
import type { LocalFileMeta } from './db/archiveDb.ts'
import { archiveDb } from './db/archiveDb.ts'
import { allArchivedTasks, archivedTask, tasksWithFiles } from './db/taskRecords.ts'
import { readArkTask } from '../../api/arkTask.ts'

/** Reads of IndexedDB, under their own key: they are not persisted and refresh when the archive changes. */
export const archiveKeys = {
  all: ['archive'] as const,
  list: (params: TaskListParams) => [...archiveKeys.all, 'list', params] as const,
  localFiles: () => [...archiveKeys.all, 'local-files'] as const,
}

export function archiveListQuery(params: TaskListParams) {
  return queryOptions({
    queryKey: archiveKeys.list(params),
    queryFn: async () => filterArchive(await allArchivedTasks(), params),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    networkMode: 'always',
    retry: false,
  })
}

export const localFilesQuery = queryOptions({
  queryKey: archiveKeys.localFiles(),
  queryFn: async (): Promise<Record<string, LocalFileMeta>> =>
    Object.fromEntries((await tasksWithFiles()).map((task) => [task.id, task.file!])),
  staleTime: Infinity,
  networkMode: 'always',
  retry: false,
})

export const archiveCountQuery = queryOptions({
  queryKey: [...archiveKeys.all, 'count'] as const,
  queryFn: async () => (await archiveDb()).count('tasks'),
  staleTime: Infinity,
  networkMode: 'always',
  retry: false,
})

export function archivedTaskQuery(id: string) {
  return queryOptions({
    queryKey: [...archiveKeys.all, 'task', id] as const,
    queryFn: async () => {
      const record = await archivedTask(id)
      return record ? readArkTask(record.raw, 0) : null
    },
    staleTime: Infinity,
    networkMode: 'always',
    retry: false,
  })
}

/** Which of these task IDs the archive holds. */
export function archivedIdsQuery(ids: string[]) {
  return queryOptions({
    queryKey: [...archiveKeys.all, 'has', ids] as const,
    queryFn: async () => {
      const db = await archiveDb()
      const found = await Promise.all(ids.map((id) => db.getKey('tasks', id)))
      return ids.filter((_, index) => found[index] !== undefined)
    },
    staleTime: Infinity,
    networkMode: 'always',
    retry: false,
  })
}
