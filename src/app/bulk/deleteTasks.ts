import { deleteTask } from '../../api/arkClient.ts'
import { ArkApiError, isRetryable, retryDelayMs } from '../../api/arkErrors.ts'
import type { ArkTask } from '../../api/arkTask.ts'
import { sleep } from '../../lib/sleep.ts'

export interface DeleteProgress {
  done: number
  total: number
  failed: Array<{ id: string; reason: string }>
  /** Set while waiting out a 429's Retry-After. */
  waitingMs?: number
}

const MAX_ATTEMPTS = 6

/**
 * Deletes (or cancels) tasks one at a time, so Ark's rate limit is met rather than fought: a 429
 * or 5xx waits as Retry-After says (or backs off) and tries the same task again.
 */
export async function deleteTasks(
  tasks: readonly ArkTask[],
  onProgress: (progress: DeleteProgress) => void,
  signal: AbortSignal,
): Promise<DeleteProgress> {
  const progress: DeleteProgress = { done: 0, total: tasks.length, failed: [] }
  onProgress({ ...progress })
  for (const task of tasks) {
    if (signal.aborted) break
    for (let attempt = 0; ; attempt++) {
      try {
        await deleteTask(task)
        break
      } catch (error) {
        if (isRetryable(error) && attempt + 1 < MAX_ATTEMPTS && !signal.aborted) {
          const wait = retryDelayMs(attempt, error)
          onProgress({ ...progress, waitingMs: wait })
          // A cancel ends the wait early.
          await sleep(wait, signal).catch(() => undefined)
          continue
        }
        const reason = error instanceof ArkApiError ? `${error.message} (${error.status})` : String(error)
        progress.failed.push({ id: task.id, reason })
        break
      }
    }
    progress.done++
    onProgress({ ...progress })
  }
  return progress
}
