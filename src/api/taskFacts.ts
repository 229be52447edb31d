import type { ArkTask } from './arkTask.ts'

/** Ark deletes a result file 24 h after generation. */
export const FILE_LIFETIME_SECONDS = 86_400

/** Seed3D's polygon budget per subdivision level. */
export const FACES_BY_SUBDIVISION: Record<string, number> = { high: 200_000, medium: 100_000, low: 30_000 }

const FINISHED = new Set(['succeeded', 'failed', 'expired'])

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
