import { forgetResultFile } from '../../../api/heldResultFiles.ts'
import type { ArkTask } from '../../../api/arkTask.ts'
import { announceArchiveChange } from './archiveChanges.ts'
import { archiveDb, type ArchivedTask, type LocalFileMeta } from './archiveDb.ts'
import { mergeSighting, tasksWithFiles } from './taskRecords.ts'

/** The browser refused to store more: nothing of the file was written. */
export class QuotaError extends Error {
  /** `what` says what did not happen, e.g. "the 12.0 MB file was not stored". */
  constructor(what: string) {
    super(
      `The browser's storage is full: ${what}, and nothing was half-written. Free space in the library's storage panel, or remove saved files you no longer need.`,
    )
    this.name = 'QuotaError'
  }
}

/** What IndexedDB throws when a write does not fit: the request's error, or the aborted transaction's. */
export const isStorageRefusal = (error: unknown) =>
  error instanceof DOMException && ['QuotaExceededError', 'UnknownError', 'AbortError'].includes(error.name)

/**
 * Stores a result zip and marks its task in one transaction: either both land or neither does,
 * so a full disk never leaves a task that claims a file it does not have.
 */
export async function storeFile(task: ArkTask, blob: Blob, kept: boolean): Promise<LocalFileMeta> {
  const db = await archiveDb()
  try {
    const tx = db.transaction(['tasks', 'files', 'keepQueue'], 'readwrite')
    const tasks = tx.objectStore('tasks')
    const existing = await tasks.get(task.id)
    const record: ArchivedTask = existing ?? mergeSighting(undefined, task, undefined, Date.now())!
    // A kept file stays kept when the same file is saved again as a preview copy.
    const file: LocalFileMeta = { bytes: blob.size, storedAt: Date.now(), kept: kept || Boolean(existing?.file?.kept) }
    await Promise.all([
      tx.objectStore('files').put({ taskId: task.id, blob }),
      tasks.put({ ...record, file, keepDeclined: kept ? false : record.keepDeclined }),
      kept ? tx.objectStore('keepQueue').delete(task.id) : Promise.resolve(),
      tx.done,
    ])
    announceArchiveChange([task.id])
    return file
  } catch (error) {
    if (isStorageRefusal(error)) throw new QuotaError(`the ${(blob.size / 1e6).toFixed(1)} MB file was not stored`)
    throw error
  }
}

export async function storedFile(taskId: string): Promise<Blob | undefined> {
  return (await (await archiveDb()).get('files', taskId))?.blob
}

/** Drops the local copy; a kept one the user removed is not fetched again by auto-keep. */
export async function removeFile(taskId: string): Promise<void> {
  forgetResultFile(taskId)
  const db = await archiveDb()
  const tx = db.transaction(['tasks', 'files'], 'readwrite')
  const tasks = tx.objectStore('tasks')
  const record = await tasks.get(taskId)
  await Promise.all([
    tx.objectStore('files').delete(taskId),
    record
      ? tasks.put({ ...record, file: undefined, keepDeclined: record.file?.kept ? true : record.keepDeclined })
      : Promise.resolve(),
    tx.done,
  ])
  announceArchiveChange([taskId])
}

/** Turns a preview copy into a kept one without downloading it again. */
export async function markKept(taskId: string): Promise<boolean> {
  const db = await archiveDb()
  const tx = db.transaction('tasks', 'readwrite')
  const record = await tx.store.get(taskId)
  if (!record?.file) return false
  await Promise.all([tx.store.put({ ...record, file: { ...record.file, kept: true }, keepDeclined: false }), tx.done])
  announceArchiveChange([taskId])
  return true
}

/**
 * Stores a file, and when it does not fit, evicts preview copies (oldest first) and tries once
 * more. A kept file tries again once anything was freed; a preview copy only when its own size
 * was, so it never empties the cache for nothing.
 */
export async function storeFileMakingRoom(task: ArkTask, blob: Blob, kept: boolean): Promise<LocalFileMeta> {
  try {
    return await storeFile(task, blob, kept)
  } catch (error) {
    if (!(error instanceof QuotaError)) throw error
    const freed = await freeSpace(blob.size)
    if (kept ? freed.bytes === 0 : freed.bytes < blob.size) throw error
    return storeFile(task, blob, kept)
  }
}

/** Preview copies, the oldest stored first. */
const previewCopies = async () => (await tasksWithFiles()).filter((t) => !t.file!.kept)

/**
 * Evicts preview copies (never kept files), oldest first, until `bytesWanted` are freed.
 * Returns what was freed.
 */
export async function freeSpace(bytesWanted = Infinity): Promise<{ files: number; bytes: number }> {
  return evict(await previewCopies(), bytesWanted)
}

/**
 * Keeps preview copies within `maxBytes` in all, removing the oldest first. Kept files do not
 * count and are never removed.
 */
export async function trimPreviewCopies(maxBytes: number): Promise<{ files: number; bytes: number }> {
  const copies = await previewCopies()
  const total = copies.reduce((sum, t) => sum + t.file!.bytes, 0)
  return total > maxBytes ? evict(copies, total - maxBytes) : { files: 0, bytes: 0 }
}

async function evict(copies: ArchivedTask[], bytesWanted: number): Promise<{ files: number; bytes: number }> {
  const db = await archiveDb()
  let bytes = 0
  const evicted: string[] = []
  for (const record of copies) {
    if (bytes >= bytesWanted) break
    const tx = db.transaction(['tasks', 'files'], 'readwrite')
    const current = await tx.objectStore('tasks').get(record.id)
    if (!current?.file || current.file.kept) continue // kept meanwhile
    await Promise.all([
      tx.objectStore('files').delete(record.id),
      tx.objectStore('tasks').put({ ...current, file: undefined }),
      tx.done,
    ])
    bytes += record.file!.bytes
    evicted.push(record.id)
  }
  if (evicted.length > 0) announceArchiveChange(evicted)
  return { files: evicted.length, bytes }
}
