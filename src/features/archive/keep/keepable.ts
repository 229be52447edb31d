import type { ArkTask } from '../../../api/arkTask.ts'
import { fileExpiresAt } from '../../../api/taskFacts.ts'

/** A 3D result Ark still serves (24 h after the task finished): what a keep can download. */
export const arkStillHasResult = (task: ArkTask, nowSeconds: number) =>
  task.kind === '3d' && Boolean(task.fileUrl) && (fileExpiresAt(task) ?? 0) > nowSeconds
