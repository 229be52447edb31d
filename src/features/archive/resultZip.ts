import type { ArkTask } from '../../api/arkTask.ts'
import { heldResultFile } from '../../api/heldResultFiles.ts'
import { fetchResultFile } from '../../api/resultFile.ts'
import { fileExpiresAt } from '../../api/taskFacts.ts'
import { storedFile } from './db/fileStore.ts'

/** A result's bytes if this page or this browser already holds them. */
export const bytesHere = async (taskId: string): Promise<Blob | undefined> =>
  heldResultFile(taskId) ?? (await storedFile(taskId))

/** The bytes of a task's result from the nearest place: this page, this browser, then Ark. */
export async function resultZip(task: ArkTask): Promise<Blob> {
  const here = await bytesHere(task.id)
  if (here) return here
  if (!task.fileUrl) throw new Error('This task has no result file.')
  return fetchResultFile(task.fileUrl, { taskId: task.id, expiresAt: fileExpiresAt(task) })
}
