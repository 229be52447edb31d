import { fetchServerPicture, sharePicture } from '../../api/serverKept.ts'
import { hasThumbnail, saveThumbnail } from '../../features/archive/index.ts'

/** Whether this browser has the task's picture, taking the server's when another browser made it. */
export async function hasPictureHereOrShared(taskId: string): Promise<boolean> {
  if (await hasThumbnail(taskId)) return true
  const shared = await fetchServerPicture(taskId).catch(() => undefined)
  if (!shared) return false
  await saveThumbnail(taskId, shared)
  return true
}

/** Stores a picture here and gives it to the server's keeper, for every other browser. */
export async function savePicture(taskId: string, picture: Blob): Promise<void> {
  await saveThumbnail(taskId, picture)
  void sharePicture(taskId, picture)
}
