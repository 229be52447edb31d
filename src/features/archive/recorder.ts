import type { QueryClient } from '@tanstack/react-query'
import type { ArkTask, ArkTaskPage } from '../../api/arkTask.ts'
import type { TaskListParams } from '../../api/taskListParams.ts'
import { taskKeys } from '../../api/taskQueries.ts'
import type { ArchivedTask } from './db/archiveDb.ts'
import { recordTasks } from './db/taskRecords.ts'
import { autoKeepSetting } from './keep/autoKeepSetting.ts'
import { keepTask } from './keep/keepQueue.ts'
import { arkStillHasResult } from '../../api/taskFacts.ts'
import { readArkTask } from '../../api/arkTask.ts'
import { whenIdle } from '../../lib/whenIdle.ts'

/** Recording waits for idle (a page is drawn first), but not longer than this. */
const RECORD_WITHIN_MS = 1_000

const isListKey = (key: readonly unknown[]) => key[0] === taskKeys.all[0] && key[1] === 'list'
const isDetailKey = (key: readonly unknown[]) => key[0] === taskKeys.all[0] && key[1] === 'detail'

/** A succeeded 3D result that finished after auto-keep was switched on, still on Ark's file host. */
export function wantsAutoKeep(record: ArchivedTask, since: number, nowMs: number): boolean {
  if (record.file?.kept || record.keepDeclined || record.status !== 'succeeded') return false
  const task = readArkTask(record.raw, 0)
  return arkStillHasResult(task, nowMs / 1000) && task.updatedAt! * 1000 >= since
}

/** Records tasks, and queues for keeping those auto-keep wants. */
export async function recordAndKeep(tasks: ArkTask[], endpoint: string | undefined) {
  const changed = await recordTasks(tasks, endpoint)
  const autoKeep = autoKeepSetting()
  if (!autoKeep.on) return
  const now = Date.now()
  for (const archived of changed)
    if (wantsAutoKeep(archived, autoKeep.since, now)) await keepTask(readArkTask(archived.raw, 0))
}

/**
 * Every list page and task the dashboard fetches goes into the archive. It listens to the query
 * cache, so fetching code knows nothing of it, and a failure to archive never fails the list.
 */
export function startArchiveRecorder(queryClient: QueryClient): () => void {
  // Recordings waiting for idle, each a function that runs it now: a tab being hidden (closed,
  // switched away from) runs them at once, so nothing seen goes unrecorded.
  const waiting = new Set<() => void>()
  const record = (tasks: ArkTask[], endpoint: string | undefined) => {
    const run = () => {
      waiting.delete(runNow)
      void recordAndKeep(tasks, endpoint).catch((error) =>
        console.warn('ark3d: the archive could not record tasks:', error),
      )
    }
    const cancel = whenIdle(run, RECORD_WITHIN_MS)
    const runNow = () => {
      cancel()
      run()
    }
    waiting.add(runNow)
  }
  const recordAllNow = () => {
    if (document.visibilityState === 'hidden') for (const runNow of [...waiting]) runNow()
  }
  document.addEventListener('visibilitychange', recordAllNow)
  const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success' || event.action.manual) return
    const key = event.query.queryKey
    if (isListKey(key)) record((event.action.data as ArkTaskPage).items, (key[2] as TaskListParams).model)
    else if (isDetailKey(key)) record([event.action.data as ArkTask], undefined)
  })
  return () => {
    unsubscribe()
    document.removeEventListener('visibilitychange', recordAllNow)
  }
}
