import type { ArkTask } from '../../api/arkTask.ts'
import { pictureSteps } from './autoPictures.ts'
import { createPictureQueue } from './pictureQueue.ts'

export interface ThumbnailProgress {
  done: number
  total: number
  failed: Array<{ id: string; reason: string }>
}

/**
 * Makes a picture for each task now, as asked with "Make thumbnails": the automatic pictures'
 * steps (saved zip first, two at a time), without waiting for idle and past the day's budget,
 * since the user agreed to the download. A failure is reported and the rest go on.
 */
export async function makeThumbnails(
  tasks: readonly ArkTask[],
  onProgress: (progress: ThumbnailProgress) => void,
  signal: AbortSignal,
): Promise<ThumbnailProgress> {
  const queue = createPictureQueue({ ...pictureSteps(), budgetLeft: () => true, idle: () => Promise.resolve() })
  const progress = (): ThumbnailProgress => ({
    done: tasks.length - queue.pending(),
    total: tasks.length,
    failed: tasks.flatMap((task) => {
      const state = queue.stateOf(task.id)
      return state?.state === 'failed' ? [{ id: task.id, reason: state.reason }] : []
    }),
  })
  const stopListening = queue.subscribe(() => onProgress(progress()))
  signal.addEventListener('abort', queue.stop, { once: true })
  queue.want(tasks)
  await queue.settled()
  stopListening()
  signal.removeEventListener('abort', queue.stop)
  return progress()
}
