import { useQuery } from '@tanstack/react-query'
import { useMemo, useSyncExternalStore } from 'react'
import { localFilesQuery, thumbnailsQuery } from '../archiveQueries.ts'
import { keepActivity } from '../keep/keepQueue.ts'
import type { LocalFiles } from '../localFilesContext.ts'

const NOTHING_LOCAL = {}

export function useKeepActivity() {
  return useSyncExternalStore(keepActivity.subscribe, keepActivity.get)
}

export function useLocalFiles(): LocalFiles {
  const query = useQuery(localFilesQuery)
  // No IndexedDB (a locked-down browser): nothing is local, and previews read from Ark as before.
  const files = query.data ?? (query.isError ? NOTHING_LOCAL : undefined)
  // Read once here for every row and card, rather than by a query observer in each.
  const thumbnails = useQuery(thumbnailsQuery).data
  const activity = useKeepActivity()
  return useMemo(
    () => ({
      files,
      thumbnails,
      jobs: Object.fromEntries(activity.jobs.map((job) => [job.taskId, job])),
      progress: activity.progress,
    }),
    [files, thumbnails, activity],
  )
}
