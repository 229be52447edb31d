import { useQuery } from '@tanstack/react-query'
import { useMemo, useSyncExternalStore } from 'react'
import { localFilesQuery } from '../archiveQueries.ts'
import { keepActivity } from '../keep/keepQueue.ts'
import type { LocalFiles } from '../localFilesContext.ts'

export function useKeepActivity() {
  return useSyncExternalStore(keepActivity.subscribe, keepActivity.get)
}

export function useLocalFiles(): LocalFiles {
  const files = useQuery(localFilesQuery).data
  const activity = useKeepActivity()
  return useMemo(
    () => ({
      files,
      jobs: Object.fromEntries(activity.jobs.map((job) => [job.taskId, job])),
      progress: activity.progress,
    }),
    [files, activity],
  )
}
