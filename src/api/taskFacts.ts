import type { ArkTask } from './arkTask.ts'

/** Ark deletes a result file 24 h after generation. */
export const FILE_LIFETIME_SECONDS = 86_400

/** Ark's list forgets a task 7 days after it was created. */
export const LIST_WINDOW_SECONDS = 7 * 86_400

/** Seed3D's polygon budget per subdivision level. */
export const FACES_BY_SUBDIVISION: Record<string, number> = { high: 200_000, medium: 100_000, low: 30_000 }

const FINISHED = new Set(['succeeded', 'failed', 'expired'])

/** What Ark's DELETE does to a task in a status. */
export type DeleteEffect = 'cancel' | 'delete' | 'not-possible'

/**
 * The one deletion rule, used by the detail, bulk delete and the demo Ark. Ark's reference: a queued
 * task is cancelled; a succeeded or failed task's record is deleted (as is an expired video task's,
 * its own finished state); a running or cancelled task cannot be deleted.
 */
export function deleteEffect(status: string): DeleteEffect {
  if (status === 'queued') return 'cancel'
  if (status === 'succeeded' || status === 'failed' || status === 'expired') return 'delete'
  return 'not-possible'
}

/** Why a task in this status cannot be deleted, in a sentence; undefined when it can. */
export function deleteRefusal(status: string): string | undefined {
  if (deleteEffect(status) !== 'not-possible') return undefined
  if (status === 'running') return 'A running task cannot be cancelled or deleted; wait until it finishes.'
  if (status === 'cancelled') return 'Ark keeps a cancelled task 24 h, then deletes it itself; it cannot be deleted.'
  return `Ark cannot delete a task that is ${status}.`
}

/** Seconds from creation to the last update, for finished tasks only. */
export function runSeconds(task: ArkTask): number | undefined {
  if (!FINISHED.has(task.status) || task.createdAt === undefined || task.updatedAt === undefined) return undefined
  return Math.max(0, task.updatedAt - task.createdAt)
}

/** When Ark deletes the result: 24 h after the task finished (its last update). */
export function fileExpiresAt(task: ArkTask): number | undefined {
  if (task.status !== 'succeeded' || !(task.fileUrl || task.videoUrl) || task.updatedAt === undefined) return undefined
  return task.updatedAt + FILE_LIFETIME_SECONDS
}

/** A 3D result Ark still serves (24 h after the task finished): what a keep or a download can fetch. */
export const arkStillHasResult = (task: ArkTask, nowSeconds: number) =>
  task.kind === '3d' && Boolean(task.fileUrl) && (fileExpiresAt(task) ?? 0) > nowSeconds
