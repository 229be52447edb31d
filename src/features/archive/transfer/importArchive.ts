import { strFromU8, unzipSync } from 'fflate'
import { formatCount } from '../../../lib/formatNumber.ts'
import { announceArchiveChange } from '../db/archiveChanges.ts'
import { archiveDb, type ArchiveDb } from '../db/archiveDb.ts'
import { isStorageRefusal, QuotaError } from '../db/fileStore.ts'
import { archiveManifest, type ManifestTask } from './archiveManifest.ts'
import { mergeImported } from './mergeImported.ts'

export interface ImportReport {
  added: number
  updated: number
  unchanged: number
  files: number
  /** Set when the import stopped early (a full disk, a cancel); everything counted above is stored in full. */
  stoppedBecause?: string
  /** The user cancelled; `stoppedBecause` says after how many tasks. */
  cancelled?: boolean
}

/** The entries of the archive with these paths, found through its central directory; nothing else is read. */
type ArchiveZip = (paths: ReadonlySet<string>) => Record<string, Uint8Array<ArrayBuffer>>

function zipReader(bytes: Uint8Array): ArchiveZip {
  return (paths) =>
    unzipSync(bytes, { filter: (entry) => paths.has(entry.name) }) as Record<string, Uint8Array<ArrayBuffer>>
}

async function readManifest(file: Blob) {
  const zip = zipReader(new Uint8Array(await file.arrayBuffer()))
  let entry: Uint8Array | undefined
  try {
    entry = zip(new Set(['archive.json']))['archive.json']
  } catch {
    throw new Error('This file is not a zip, or it is damaged.')
  }
  if (!entry) throw new Error('This zip is not an ark3d archive: it has no archive.json.')
  let json: unknown
  try {
    json = JSON.parse(strFromU8(entry))
  } catch {
    throw new Error('archive.json in this zip is not valid JSON.')
  }
  const parsed = archiveManifest.safeParse(json)
  if (!parsed.success)
    throw new Error(`archive.json is not an ark3d archive this version can read (${parsed.error.issues[0]?.message}).`)
  return { zip, manifest: parsed.data }
}

/** Tasks read and written per round: one read and one write transaction for the tasks without a file. */
const BATCH = 1_000

export interface ImportProgress {
  done: number
  total: number
}

export interface ImportOptions {
  /** Stops the import between two rounds; what was written stays, and the report says how far it got. */
  signal?: AbortSignal
  onProgress?: (progress: ImportProgress) => void
}

/**
 * Merges an exported archive into this browser's: no task twice, the newer record wins, local
 * files are kept. The whole manifest is checked before anything is written. Tasks are then merged
 * 1,000 at a time (one read and one write transaction); a task with a file is written with it in
 * one transaction. A full disk or a cancel stops the import between transactions, never inside one.
 */
export async function importArchive(file: Blob, { signal, onProgress }: ImportOptions = {}): Promise<ImportReport> {
  const { zip, manifest } = await readManifest(file)
  const db = await archiveDb()
  const report: ImportReport = { added: 0, updated: 0, unchanged: 0, files: 0 }
  const total = manifest.tasks.length
  onProgress?.({ done: 0, total })
  // Named, so that open views read again only these tasks, not the whole library after each round.
  let touched: string[] = []
  const announceTouched = () => {
    if (touched.length > 0) announceArchiveChange(touched)
    touched = []
  }
  try {
    for (let start = 0; start < total; start += BATCH) {
      if (signal?.aborted) {
        report.cancelled = true
        report.stoppedBecause = `It was cancelled after ${formatCount(start)} of ${formatCount(total)} tasks; the rest was not imported.`
        break
      }
      const batch = manifest.tasks.slice(start, start + BATCH)
      for (const task of batch) touched.push(task.id)
      await importBatch(db, zip, batch, report)
      onProgress?.({ done: Math.min(total, start + BATCH), total })
      // The list and its count follow a long import every 10,000 tasks, not only at its end.
      if ((start + BATCH) % (10 * BATCH) === 0) announceTouched()
    }
  } catch (error) {
    if (!isStorageRefusal(error)) throw error
    report.stoppedBecause = new QuotaError('the import stopped before the next task').message
  } finally {
    announceTouched()
  }
  return report
}

async function importBatch(db: ArchiveDb, zip: ArchiveZip, tasks: ManifestTask[], report: ImportReport) {
  const reading = db.transaction('tasks')
  const before = await Promise.all(tasks.map((task) => reading.store.get(task.id)))
  const merged = tasks.map((incoming, index) => ({
    incoming,
    existed: before[index] !== undefined,
    ...mergeImported(before[index], incoming),
  }))
  const count = (existed: boolean) => (existed ? report.updated++ : report.added++)
  report.unchanged += merged.filter((m) => !m.changed).length
  const plain = merged.filter((m) => m.changed && !m.takeFile)
  if (plain.length > 0) {
    const tx = db.transaction('tasks', 'readwrite')
    await Promise.all([...plain.map((m) => tx.store.put(m.record)), tx.done])
    plain.forEach((m) => count(m.existed))
  }
  const withFiles = merged.filter((m) => m.changed && m.takeFile)
  // Read before any transaction opens: IndexedDB commits a transaction that waits on anything else.
  const fileBytes = withFiles.length > 0 ? zip(new Set(withFiles.map((m) => m.incoming.file!.path))) : {}
  for (const { incoming, record, existed } of withFiles) {
    const entry = fileBytes[incoming.file!.path]
    const blob = entry ? new Blob([entry], { type: 'application/zip' }) : undefined
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
  await importThumbnails(db, zip, tasks)
  await importAnnotations(db, tasks)
  await importInputs(db, zip, tasks)
}

/** What imported tasks were made from, where this browser has not kept it itself. */
async function importInputs(db: ArchiveDb, zip: ArchiveZip, tasks: ManifestTask[]) {
  const withInput = tasks.filter((task) => task.input)
  if (withInput.length === 0) return
  const images = zip(new Set(withInput.flatMap((task) => (task.input!.path ? [task.input!.path] : []))))
  for (const task of withInput) {
    if (await db.getKey('inputs', task.id)) continue
    const { path, mediaType, ...input } = task.input!
    const bytes = path ? images[path] : undefined
    const image = bytes ? new Blob([bytes], { type: mediaType ?? 'image/png' }) : undefined
    await db.put('inputs', { ...input, taskId: task.id, image })
  }
}

/** Names, stars, tags and notes of the imported tasks, where this browser has none or older ones. */
async function importAnnotations(db: ArchiveDb, tasks: ManifestTask[]) {
  const annotated = tasks.filter((task) => task.annotation)
  if (annotated.length === 0) return
  const tx = db.transaction('annotations', 'readwrite')
  const here = await Promise.all(annotated.map((task) => tx.store.get(task.id)))
  const writes = annotated.flatMap((task, index) =>
    (here[index]?.updatedAt ?? -1) < task.annotation!.updatedAt
      ? [tx.store.put({ ...task.annotation!, taskId: task.id })]
      : [],
  )
  await Promise.all([...writes, tx.done])
}

/** Thumbnails of the imported tasks, where this browser has none or an older one. */
async function importThumbnails(db: ArchiveDb, zip: ArchiveZip, tasks: ManifestTask[]) {
  const pictured = tasks.filter((task) => task.thumbnail)
  if (pictured.length === 0) return
  const pictures = zip(new Set(pictured.map((task) => task.thumbnail!.path)))
  for (const task of pictured) {
    if (!task.thumbnail) continue
    const entry = pictures[task.thumbnail.path]
    if (!entry) continue
    const existing = await db.get('thumbnails', task.id)
    if (existing && existing.madeAt >= task.thumbnail.madeAt) continue
    const type = task.thumbnail.path.endsWith('.png') ? 'image/png' : 'image/webp'
    const blob = new Blob([entry], { type })
    await db.put('thumbnails', { taskId: task.id, blob, madeAt: task.thumbnail.madeAt })
  }
}
