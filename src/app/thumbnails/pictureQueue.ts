import type { ArkTask } from '../../api/arkTask.ts'
import { errorMessage } from '../../lib/errorMessage.ts'

/** Where a task's automatic picture stands; a task with none here has a picture, or nothing to draw from. */
export type PictureState =
  | { state: 'waiting' }
  | { state: 'drawing' }
  | { state: 'over-budget' }
  | { state: 'failed'; reason: string; retry: boolean }

export interface PictureSteps {
  hasPicture: (taskId: string) => Promise<boolean>
  /** The saved zip, which needs no network. */
  localFile: (taskId: string) => Promise<Blob | undefined>
  /** Whether Ark still serves the result, so a download can work. */
  canDownload: (task: ArkTask) => boolean
  download: (task: ArkTask, signal: AbortSignal) => Promise<Blob>
  render: (zip: Blob, signal: AbortSignal) => Promise<Blob>
  save: (taskId: string, picture: Blob) => Promise<void>
  /** Whether today's download budget has room; `spend` counts a download against it. */
  budgetLeft: () => boolean
  spend: (bytes: number) => void
  /** Resolves when the page has time to spare. */
  idle: () => Promise<void>
  /** Whether trying the same again could work (a network failure) or cannot (a zip with no model). */
  retryable: (error: unknown) => boolean
}

export interface PictureQueue {
  /** Asks for pictures of these tasks; `first` puts them ahead (the results in view). */
  want: (tasks: readonly ArkTask[], options?: { first?: boolean }) => void
  /** Tries a failed or budget-held picture again, ahead of the rest. */
  retry: (task: ArkTask) => void
  stateOf: (taskId: string) => PictureState | undefined
  /** How many pictures are waiting or being drawn. */
  pending: () => number
  subscribe: (listener: () => void) => () => void
  /** Resolves when nothing is waiting or drawing, or once stopped, when the drawing ones have ended. */
  settled: () => Promise<void>
  /** Ends the downloads and drawing under way; what waited is dropped. */
  stop: () => void
}

const drawable = (task: ArkTask) => task.kind === '3d' && task.status === 'succeeded' && Boolean(task.fileUrl)

/**
 * Makes pictures without being asked: at idle, `atOnce` tasks at a time (one downloads while
 * another is drawn), the saved zip before the network, downloads only while the day's budget
 * lasts. A failure is kept with its reason and whether a retry can work; the rest go on.
 */
export function createPictureQueue(steps: PictureSteps, { atOnce = 2 } = {}): PictureQueue {
  const states = new Map<string, PictureState>()
  const waiting: ArkTask[] = []
  const listeners = new Set<() => void>()
  const whenSettled = new Set<() => void>()
  const controller = new AbortController()
  let running = 0

  const changed = () => listeners.forEach((listener) => listener())
  const setState = (taskId: string, next: PictureState | undefined) => {
    if (next) states.set(taskId, next)
    else states.delete(taskId)
    changed()
  }

  async function draw(task: ArkTask) {
    await steps.idle()
    if (await steps.hasPicture(task.id)) return setState(task.id, undefined)
    setState(task.id, { state: 'drawing' })
    let zip = await steps.localFile(task.id)
    if (!zip) {
      if (!steps.canDownload(task)) return setState(task.id, undefined)
      if (!steps.budgetLeft()) return setState(task.id, { state: 'over-budget' })
      try {
        zip = await steps.download(task, controller.signal)
      } catch (error) {
        // The host said the file is gone: the task's own facts say so; it is no picture's failure.
        if (!controller.signal.aborted && !steps.canDownload(task)) return setState(task.id, undefined)
        throw error
      }
      steps.spend(zip.size)
    }
    await steps.save(task.id, await steps.render(zip, controller.signal))
    setState(task.id, undefined)
  }

  async function work() {
    running++
    for (let task = waiting.shift(); task && !controller.signal.aborted; task = waiting.shift()) {
      try {
        await draw(task)
      } catch (error) {
        if (controller.signal.aborted) {
          setState(task.id, undefined)
          break
        }
        setState(task.id, { state: 'failed', reason: errorMessage(error), retry: steps.retryable(error) })
      }
    }
    running--
    if (running === 0 && (waiting.length === 0 || controller.signal.aborted)) {
      whenSettled.forEach((resolve) => resolve())
      whenSettled.clear()
    }
  }

  const pump = () => {
    // Each worker takes its first task before it yields, so `waiting` shrinks as they start.
    while (running < atOnce && waiting.length > 0) void work()
  }

  const enqueue = (task: ArkTask, first: boolean) => {
    const at = waiting.findIndex((queued) => queued.id === task.id)
    if (at >= 0) {
      if (!first) return
      waiting.splice(at, 1)
    } else if (states.has(task.id)) return
    else states.set(task.id, { state: 'waiting' })
    if (first) waiting.unshift(task)
    else waiting.push(task)
  }

  return {
    want(tasks, { first = false } = {}) {
      const wanted = tasks.filter(drawable)
      // Kept in their order when put ahead: the first in view is drawn first.
      for (const task of first ? [...wanted].reverse() : wanted) enqueue(task, first)
      changed()
      pump()
    },
    retry(task) {
      const state = states.get(task.id)
      if (state?.state !== 'failed' && state?.state !== 'over-budget') return
      states.delete(task.id)
      enqueue(task, true)
      changed()
      pump()
    },
    stateOf: (taskId) => states.get(taskId),
    pending: () => [...states.values()].filter(({ state }) => state === 'waiting' || state === 'drawing').length,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    settled: () =>
      running === 0 && (waiting.length === 0 || controller.signal.aborted)
        ? Promise.resolve()
        : new Promise((resolve) => whenSettled.add(resolve)),
    stop() {
      controller.abort()
      for (const task of waiting.splice(0)) states.delete(task.id)
      changed()
    },
  }
}
