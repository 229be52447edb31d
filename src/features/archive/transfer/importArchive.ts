import JSZip from 'jszip'
import { announceArchiveChange } from '../db/archiveChanges.ts'
import { archiveDb } from '../db/archiveDb.ts'
import { isStorageRefusal, QuotaError } from '../db/fileStore.ts'
import { archiveManifest, type ManifestTask } from './archiveManifest.ts'
import { mergeImported } from './mergeImported.ts'

export interface ImportReport {
  added: number
  updated: number
  unchanged: number
  files: number
  /** Set when the import stopped early; everything counted above is stored in full. */
  stoppedBecause?: string
}

async function readManifest(file: Blob) {
  let zip: JSZip
  try {
    zip = await JSZip.loadAsync(file)
  } catch {
    throw new Error('This file is not a zip, or it is damaged.')
  }
  const entry = zip.file('archive.json')
  if (!entry) throw new Error('This zip is not an ark3d archive: it has no archive.json.')
  let json: unknown
  try {
    json = JSON.parse(await entry.async('string'))
  } catch {
    throw new Error('archive.json in this zip is not valid JSON.')
  }
  const parsed = archiveManifest.safeParse(json)
  if (!parsed.success)
    throw new Error(`archive.json is not an ark3d archive this version can read (${parsed.error.issues[0]?.message}).`)
  return { zip, manifest: parsed.data }
}

/** Records written per transaction when no file comes with them. */
const BATCH = 500

/**
 * Merges an exported archive into this browser's: no task twice, the newer record wins, local
 * files are kept. Tasks without a file are written 500 to a transaction; a task with a file is
 * written with it in one transaction. A full disk stops the import between transactions, never
 * inside one, and the report says how far it got.
 */
export async function importArchive(file: Blob): Promise<ImportReport> {
  const { zip, manifest } = await readManifest(file)
  const db = await archiveDb()
  const report: ImportReport = { added: 0, updated: 0, unchanged: 0, files: 0 }
  const reading = db.transaction('tasks')
  const before = await Promise.all(manifest.tasks.map((task) => reading.store.get(task.id)))
  const merged = manifest.tasks.map((incoming, index) => ({
    incoming,
    existed: before[index] !== undefined,
    ...mergeImported(before[index], incoming),
  }))
  const count = (existed: boolean) => (existed ? report.updated++ : report.added++)
  report.unchanged = merged.filter((m) => !m.changed).length
  const plain = merged.filter((m) => m.changed && !m.takeFile)
  const withFiles = merged.filter((m) => m.changed && m.takeFile)
  try {
    for (let start = 0; start < plain.length; start += BATCH) {
      const batch = plain.slice(start, start + BATCH)
      const tx = db.transaction('tasks', 'readwrite')
      await Promise.all([...batch.map((m) => tx.store.put(m.record)), tx.done])
      batch.forEach((m) => count(m.existed))
    }
    for (const { incoming, record, existed } of withFiles) {
      const entry = zip.file(incoming.file!.path)
      // Read before the transaction opens: IndexedDB commits a transaction that waits on anything else.
      const blob = entry ? new Blob([await entry.async('arraybuffer')], { type: 'application/zip' }) : undefined
      const tx = db.transaction(['tasks', 'files'], 'readwrite')
      const writes: Promise<unknown>[] = []
      if (blob) {
        writes.push(tx.objectStore('files').put({ taskId: record.id, blob }))
        record.file = { bytes: blob.size, storedAt: incoming.file!.storedAt, kept: incoming.file!.kept }
      }
      writes.push(tx.objectStore('tasks').put(record), tx.done)
      await Promise.all(writes)
      count(existed)
      if (blob) report.files++
    }
    await importThumbnails(zip, manifest.tasks)
  } catch (error) {
    if (!isStorageRefusal(error)) throw error
    report.stoppedBecause = new QuotaError('the import stopped before the next task').message
  } finally {
    announceArchiveChange()
  }
  return report
}

/** Thumbnails of the imported tasks, where this browser has none or an older one. */
async function importThumbnails(zip: JSZip, tasks: ManifestTask[]) {
  const db = await archiveDb()
  for (const task of tasks) {
    if (!task.thumbnail) continue
    const entry = zip.file(task.thumbnail.path)
    if (!entry) continue
    const existing = await db.get('thumbnails', task.id)
    if (existing && existing.madeAt >= task.thumbnail.madeAt) continue
    const type = task.thumbnail.path.endsWith('.png') ? 'image/png' : 'image/webp'
    const blob = new Blob([await entry.async('arraybuffer')], { type })
    await db.put('thumbnails', { taskId: task.id, blob, madeAt: task.thumbnail.madeAt })
  }
}
