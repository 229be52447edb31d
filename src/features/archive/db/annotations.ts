import { announceArchiveChange } from './archiveChanges.ts'
import { archiveDb, type TaskAnnotation } from './archiveDb.ts'

export type AnnotationChange = Partial<Omit<TaskAnnotation, 'taskId' | 'updatedAt'>>

/** Tags as the user means them: trimmed, one space inside, no empties, no repeats (case-insensitive). */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>()
  const clean: string[] = []
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, ' ').slice(0, 40)
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase())
      clean.push(tag)
    }
  }
  return clean
}

/** Changes what the user said of a task; an annotation left empty is removed. */
export async function annotate(taskId: string, change: AnnotationChange): Promise<TaskAnnotation | undefined> {
  const db = await archiveDb()
  const tx = db.transaction('annotations', 'readwrite')
  const before = await tx.store.get(taskId)
  const next: TaskAnnotation = { ...before, ...change, taskId, updatedAt: Date.now() }
  next.name = next.name?.trim() || undefined
  next.note = next.note?.trim() || undefined
  next.tags = next.tags && cleanTags(next.tags).length > 0 ? cleanTags(next.tags) : undefined
  next.starred = next.starred || undefined
  const empty = !next.name && !next.note && !next.tags && !next.starred
  await Promise.all([empty ? tx.store.delete(taskId) : tx.store.put(next), tx.done])
  announceArchiveChange([taskId])
  return empty ? undefined : next
}

export async function allAnnotations(): Promise<TaskAnnotation[]> {
  return (await archiveDb()).getAll('annotations')
}
