import JSZip from 'jszip'
import { announceArchiveChange } from '../db/archiveChanges.ts'
import { archiveDb } from '../db/archiveDb.ts'
import { isQuotaError, QuotaError } from '../db/fileStore.ts'
import { archiveManifest } from './archiveManifest.ts'
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

/**
 * Merges an exported archive into this browser's: no task twice, the newer record wins, local
 * files are kept. Each task and its file are written in one transaction, so a full disk stops the
 * import between tasks, never inside one.
 */
export async function importArchive(file: Blob): Promise<ImportReport> {
  const { zip, manifest } = await readManifest(file)
  const db = await archiveDb()
  const report: ImportReport = { added: 0, updated: 0, unchanged: 0, files: 0 }
  try {
    for (const incoming of manifest.tasks) {
      const before = await db.get('tasks', incoming.id)
      const { record, takeFile, changed } = mergeImported(before, incoming)
      if (!changed) {
        report.unchanged++
        continue
      }
      const zipEntry = takeFile && incoming.file ? zip.file(incoming.file.path) : null
      // Read before the transaction opens: IndexedDB commits a transaction that waits on anything else.
      const blob = zipEntry ? new Blob([await zipEntry.async('arraybuffer')], { type: 'application/zip' }) : undefined
      const tx = db.transaction(['tasks', 'files'], 'readwrite')
      const writes: Promise<unknown>[] = []
      if (blob && incoming.file) {
        writes.push(tx.objectStore('files').put({ taskId: record.id, blob }))
        record.file = { bytes: blob.size, storedAt: incoming.file.storedAt, kept: incoming.file.kept }
      }
      writes.push(tx.objectStore('tasks').put(record), tx.done)
      await Promise.all(writes)
      if (before) report.updated++
      else report.added++
      if (blob) report.files++
    }
  } catch (error) {
    if (!isQuotaError(error) && (error as Error)?.name !== 'AbortError') throw error
    report.stoppedBecause = new QuotaError('the import stopped before the next task').message
  } finally {
    announceArchiveChange()
  }
  return report
}
