import type { ArkTask } from '../../../api/arkTask.ts'
import { announceArchiveChange } from './archiveChanges.ts'
import { archiveDb, type ArchivedTask } from './archiveDb.ts'
import { withIndexKeys } from './indexKeys.ts'

/** Only items with a real ID are kept: a placeholder like "(item 3)" names nothing Ark knows. */
const hasRealId = (task: ArkTask) => task.warnings.every((w) => !w.includes('"id"'))

/** Merges a sighting into what the archive already holds; undefined when nothing changed. */
export function mergeSighting(
  existing: ArchivedTask | undefined,
  task: ArkTask,
  endpoint: string | undefined,
  seenAt: number,
): ArchivedTask | undefined {
  const endpoints = existing?.endpoints ?? []
  const nextEndpoints = endpoint && !endpoints.includes(endpoint) ? [...endpoints, endpoint] : endpoints
  if (existing) {
    // An answer that was on its way while a newer one landed must not take the task back in time.
    const existingUpdatedAt = (existing.raw as { updated_at?: unknown } | null)?.updated_at
    if (task.updatedAt !== undefined && Number(existingUpdatedAt) > task.updatedAt) return undefined
    const sameItem = JSON.stringify(existing.raw) === JSON.stringify(task.raw)
    // lastSeenAt moves only with a change or after a minute, so a live page does not rewrite rows every 4 s.
    if (sameItem && nextEndpoints === endpoints && seenAt - existing.lastSeenAt < 60_000) return undefined
  }
  return withIndexKeys({
    ...existing,
    id: task.id,
    raw: task.raw,
    status: task.status,
    createdAt: task.createdAt,
    endpoints: nextEndpoints,
    firstSeenAt: existing?.firstSeenAt ?? seenAt,
    lastSeenAt: seenAt,
  })
}

/** Stores or updates the tasks of one list page or detail answer. Returns the records that changed. */
export async function recordTasks(tasks: ArkTask[], endpoint: string | undefined): Promise<ArchivedTask[]> {
  const worth = tasks.filter(hasRealId)
  if (worth.length === 0) return []
  const db = await archiveDb()
  const tx = db.transaction('tasks', 'readwrite')
  const seenAt = Date.now()
  const existing = await Promise.all(worth.map((task) => tx.store.get(task.id)))
  const changed: ArchivedTask[] = []
  worth.forEach((task, index) => {
    const next = mergeSighting(existing[index], task, endpoint, seenAt)
    if (next) changed.push(next)
  })
  await Promise.all([...changed.map((record) => tx.store.put(record)), tx.done])
  if (changed.length > 0) announceArchiveChange(changed.map((record) => record.id))
  return changed
}

export async function archivedTask(id: string): Promise<ArchivedTask | undefined> {
  return (await archiveDb()).get('tasks', id)
}

/** Removes a task and its local file from the archive; Ark is not touched. */
export async function forgetArchivedTask(id: string): Promise<void> {
  const db = await archiveDb()
  const tx = db.transaction(['tasks', 'files', 'keepQueue', 'thumbnails'], 'readwrite')
  await Promise.all([
    tx.objectStore('tasks').delete(id),
    tx.objectStore('files').delete(id),
    tx.objectStore('keepQueue').delete(id),
    tx.objectStore('thumbnails').delete(id),
    tx.done,
  ])
  announceArchiveChange([id])
}

/** Tasks with a local file, oldest stored first. */
export async function tasksWithFiles(): Promise<ArchivedTask[]> {
  return (await archiveDb()).getAllFromIndex('tasks', 'fileStoredAt')
}
