import { useQuery } from '@tanstack/react-query'
import { useEffect, useSyncExternalStore } from 'react'
import type { ArkTask } from '../../api/arkTask.ts'
import type { ServerInfo } from '../../api/arkClient.ts'
import { goneAtArkNow } from '../../api/goneAtArk.ts'
import { fetchResultFile, ResultFileError } from '../../api/resultFile.ts'
import { arkStillHasResult, fileExpiresAt } from '../../api/taskFacts.ts'
import { serverInfoQuery } from '../../api/taskQueries.ts'
import { savedWithoutPicture, storedFile } from '../../features/archive/index.ts'
import { hasPictureHereOrShared, savePicture } from './sharedPictures.ts'
import { renderThumbnail } from '../../features/viewer/index.ts'
import { untilIdle } from '../../lib/whenIdle.ts'
import { budgetLeft, recordSpend } from './pictureBudget.ts'
import { createPictureQueue, type PictureQueue, type PictureState, type PictureSteps } from './pictureQueue.ts'

/** Failures a second try can mend: a network that did not answer, a GPU that was reset. */
function retryable(error: unknown): boolean {
  if (error instanceof ResultFileError) return error.kind === 'network'
  const kind = (error as { name?: string; kind?: string } | undefined)?.kind
  if ((error as { name?: string }).name === 'PreviewError') return kind === 'network' || kind === 'context-lost'
  return true
}

/** How a picture is made: from the saved zip first, else downloaded while today's budget lasts, then drawn and shared. */
export const pictureSteps = (): PictureSteps => ({
  hasPicture: hasPictureHereOrShared,
  localFile: storedFile,
  canDownload: (task) => arkStillHasResult(task, Date.now() / 1000) && !goneAtArkNow()[task.id],
  download: (task, signal) =>
    fetchResultFile(task.fileUrl!, { signal, expiresAt: fileExpiresAt(task), taskId: task.id }),
  render: renderThumbnail,
  save: savePicture,
  budgetLeft,
  spend: recordSpend,
  idle: () => untilIdle(2_000),
  retryable,
})

let queue: PictureQueue | undefined
/** Counts the queue's changes: a snapshot for views that follow every picture's state. */
let version = 0
function pictureQueue(): PictureQueue {
  if (queue) return queue
  queue = createPictureQueue(pictureSteps())
  // First of its listeners, so every other one reads the new version.
  queue.subscribe(() => version++)
  return queue
}

/** On unless the server or this browser (`localStorage["ark3d:pictures"]`, "on" or "off") says otherwise. */
export function autoPicturesWanted(info: ServerInfo | undefined): boolean {
  const local = globalThis.localStorage?.getItem('ark3d:pictures')
  return local === 'on' || (local !== 'off' && info?.autoPictures !== false)
}

function useAutoPicturesOn(): boolean {
  const info = useQuery(serverInfoQuery)
  return info.isFetched && autoPicturesWanted(info.data)
}

/** Pictures for the results in view, ahead of any other. */
export function usePicturesInView(tasks: readonly ArkTask[]) {
  const on = useAutoPicturesOn()
  useEffect(() => {
    if (on) pictureQueue().want(tasks, { first: true })
  }, [on, tasks])
}

/** Pictures for every saved result, whenever saved results without one appear. `missing` says how many there are. */
export function usePicturesForSaved(missing: number) {
  const on = useAutoPicturesOn()
  useEffect(() => {
    if (!on || missing === 0) return
    let current = true
    void savedWithoutPicture().then((tasks) => current && pictureQueue().want(tasks))
    return () => {
      current = false
    }
  }, [on, missing])
}

const noState = () => undefined
const versionNow = () => version

/** Where this task's automatic picture stands, to say it on its card. */
export function usePictureState(taskId: string): PictureState | undefined {
  return useSyncExternalStore(subscribe, () => queue?.stateOf(taskId), noState)
}

const subscribe = (listener: () => void) => pictureQueue().subscribe(listener)

/** Re-renders when any automatic picture changes state. */
export const usePictureStates = () => useSyncExternalStore(subscribe, versionNow, versionNow)

/** How many automatic pictures are waiting or being drawn. */
export function usePicturesPending(): number {
  const pending = () => queue?.pending() ?? 0
  return useSyncExternalStore(subscribe, pending, pending)
}

export const retryPicture = (task: ArkTask) => pictureQueue().retry(task)

/**
 * Whether "Make thumbnails" should offer this task: not while the automatic pictures draw it, nor
 * after they failed (its card says why, with a retry where one can work); yes past the budget.
 */
export const offerToMake = (taskId: string): boolean => {
  const state = queue?.stateOf(taskId)?.state
  return state === undefined || state === 'over-budget'
}
