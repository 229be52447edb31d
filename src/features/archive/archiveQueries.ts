import { keepPreviousData, queryOptions, type QueryClient } from '@tanstack/react-query'
import { readArkTask } from '../../api/arkTask.ts'
import { archiveDb, type LocalFileMeta } from './db/archiveDb.ts'
import { archivedTask, tasksWithFiles } from './db/taskRecords.ts'
import { allThumbnails } from './db/thumbnailStore.ts'
import type { StoredThumbnail, TaskAnnotation } from './db/archiveDb.ts'
import { allAnnotations } from './db/annotations.ts'
import { taskInput, tasksWithInput } from './db/taskInputs.ts'
import { libraryPage } from './library/libraryIndex.ts'
import type { LibraryFilters } from './library/libraryFilters.ts'

/** Reads of IndexedDB, under their own key: they are not persisted and refresh when the archive changes. */
export const archiveKeys = {
  all: ['archive'] as const,
  localFiles: () => [...archiveKeys.all, 'local-files'] as const,
  count: () => [...archiveKeys.all, 'count'] as const,
  task: (id: string) => [...archiveKeys.all, 'task', id] as const,
  held: (ids: string[]) => [...archiveKeys.all, 'held', ids] as const,
  thumbnails: () => [...archiveKeys.all, 'thumbnails'] as const,
  annotations: () => [...archiveKeys.all, 'annotations'] as const,
  input: (id: string) => [...archiveKeys.all, 'input', id] as const,
  inputIds: () => [...archiveKeys.all, 'input-ids'] as const,
  library: (filters: LibraryFilters, pageNum: number, pageSize: number) =>
    [...archiveKeys.all, 'library', filters, pageNum, pageSize] as const,
}

/** Local reads: fresh until the archive says it changed, with or without a network, not retried. */
const LOCAL_READ = { staleTime: Infinity, networkMode: 'always', retry: false } as const

export const localFilesQuery = queryOptions({
  queryKey: archiveKeys.localFiles(),
  queryFn: async (): Promise<Record<string, LocalFileMeta>> =>
    Object.fromEntries((await tasksWithFiles()).map((task) => [task.id, task.file!])),
  ...LOCAL_READ,
})

export const archiveCountQuery = queryOptions({
  queryKey: archiveKeys.count(),
  queryFn: async () => (await archiveDb()).count('tasks'),
  ...LOCAL_READ,
})

export function archivedTaskQuery(id: string) {
  return queryOptions({
    queryKey: archiveKeys.task(id),
    queryFn: async () => {
      const record = await archivedTask(id)
      return record ? readArkTask(record.raw, 0) : null
    },
    ...LOCAL_READ,
  })
}

/** Which of these task IDs the archive holds. */
export function archivedIdsQuery(ids: string[]) {
  return queryOptions({
    queryKey: archiveKeys.held(ids),
    queryFn: async () => {
      const db = await archiveDb()
      const found = await Promise.all(ids.map((id) => db.getKey('tasks', id)))
      return ids.filter((_, index) => found[index] !== undefined)
    },
    ...LOCAL_READ,
  })
}

/** What the user said of each task (names, stars, tags, notes), by task. */
export const annotationsQuery = queryOptions({
  queryKey: archiveKeys.annotations(),
  queryFn: async (): Promise<Record<string, TaskAnnotation>> =>
    Object.fromEntries((await allAnnotations()).map((annotation) => [annotation.taskId, annotation])),
  ...LOCAL_READ,
})

/** What a task was made from, when this dashboard created it. */
export function taskInputQuery(id: string) {
  return queryOptions({ queryKey: archiveKeys.input(id), queryFn: () => taskInput(id), ...LOCAL_READ })
}

export const inputIdsQuery = queryOptions({ queryKey: archiveKeys.inputIds(), queryFn: tasksWithInput, ...LOCAL_READ })

/** A page of the library: every task this browser holds, under the library's filters and sort. */
export function libraryQuery(filters: LibraryFilters, pageNum: number, pageSize: number) {
  return queryOptions({
    queryKey: archiveKeys.library(filters, pageNum, pageSize),
    queryFn: () => libraryPage(filters, pageNum, pageSize),
    placeholderData: keepPreviousData,
    ...LOCAL_READ,
  })
}

/** Every stored thumbnail by task: blobs are references, so this stays cheap for thousands. */
export const thumbnailsQuery = queryOptions({
  queryKey: archiveKeys.thumbnails(),
  queryFn: async (): Promise<Record<string, StoredThumbnail>> =>
    Object.fromEntries((await allThumbnails()).map((thumbnail) => [thumbnail.taskId, thumbnail])),
  ...LOCAL_READ,
})

/**
 * Starts the reads every screen shows (kept files, pictures, the archive's count) with the app,
 * alongside the saved cache's restore: they are then in the cache before Ark's first answer, rather
 * than finishing while that answer is being drawn.
 */
export function prefetchLocalReads(queryClient: QueryClient) {
  void queryClient.prefetchQuery(localFilesQuery)
  void queryClient.prefetchQuery(thumbnailsQuery)
  void queryClient.prefetchQuery(archiveCountQuery)
  void queryClient.prefetchQuery(annotationsQuery)
}
