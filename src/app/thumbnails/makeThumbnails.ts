import type { ArkTask } from '../../api/arkTask.ts'
import { fetchResultFile } from '../../api/resultFile.ts'
import { fileExpiresAt } from '../../api/taskFacts.ts'

export interface ThumbnailProgress {
  done: number
  total: number
  failed: Array<{ id: string; reason: string }>
}

export interface ThumbnailSteps {
  localFile: (taskId: string) => Promise<Blob | undefined>
  render: (zip: Blob, signal: AbortSignal) => Promise<Blob>
  save: (taskId: string, picture: Blob) => Promise<void>
}

/** Two at a time: the downloads overlap, and two WebGL contexts are well within a browser's limit. */
const AT_ONCE = 2

/**
 * Makes a picture for each task: its zip from this browser's library when there, else through the
 * relay, rendered off screen, stored with the task. A failure is reported and the rest go on.
 */
export async function makeThumbnails(
  tasks: readonly ArkTask[],
  steps: ThumbnailSteps,
  onProgress: (progress: ThumbnailProgress) => void,
  signal: AbortSignal,
): Promise<ThumbnailProgress> {
  const progress: ThumbnailProgress = { done: 0, total: tasks.length, failed: [] }
  const waiting = [...tasks]
  onProgress({ ...progress })
  const worker = async () => {
    for (let task = waiting.shift(); task && !signal.aborted; task = waiting.shift()) {
      try {
        const local = await steps.localFile(task.id)
        const zip =
          local ?? (await fetchResultFile(task.fileUrl!, { signal, expiresAt: fileExpiresAt(task), taskId: task.id }))
        await steps.save(task.id, await steps.render(zip, signal))
      } catch (error) {
        if (signal.aborted) return
        progress.failed.push({ id: task.id, reason: error instanceof Error ? error.message : String(error) })
      }
      progress.done++
      onProgress({ ...progress })
    }
  }
  await Promise.all(Array.from({ length: AT_ONCE }, worker))
  return progress
}
