import { readArkTask, type ArkTask } from '../../../api/arkTask.ts'
import { announceArchiveChange } from './archiveChanges.ts'
import { archiveDb, type StoredThumbnail } from './archiveDb.ts'

/** Stores a task's thumbnail, replacing an older one. A full disk costs the picture, never an error shown. */
export async function saveThumbnail(taskId: string, blob: Blob): Promise<void> {
  try {
    await (await archiveDb()).put('thumbnails', { taskId, blob, madeAt: Date.now() })
    announceArchiveChange([taskId])
  } catch (error) {
    console.warn('ark3d: the thumbnail was not stored:', error)
  }
}

export async function allThumbnails(): Promise<StoredThumbnail[]> {
  return (await archiveDb()).getAll('thumbnails')
}

export async function hasThumbnail(taskId: string): Promise<boolean> {
  return (await (await archiveDb()).getKey('thumbnails', taskId)) !== undefined
}

/** The saved results that have no picture yet, newest saved first: drawn from their zip, with no network. */
export async function savedWithoutPicture(): Promise<ArkTask[]> {
  const db = await archiveDb()
  const pictured = new Set(await db.getAllKeys('thumbnails'))
  const saved = await db.getAllFromIndex('tasks', 'fileStoredAt')
  return saved
    .filter((record) => !pictured.has(record.id))
    .reverse()
    .map((record) => readArkTask(record.raw, 0))
}
