import { archiveDb } from '../db/archiveDb.ts'
import { archiveCsv } from './archiveCsv.ts'
import { zipStream, type ZipInput } from '../../../lib/zipStream.ts'
import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  filePathOf,
  inputPathOf,
  thumbnailPathOf,
  type ArchiveManifest,
} from './archiveManifest.ts'

export interface ExportedArchive {
  blob: Blob
  fileName: string
  tasks: number
  files: number
}

/**
 * The whole archive as one zip: archive.json (the exact records), tasks.csv (for a spreadsheet)
 * files/<task>.zip for each kept file, thumbnails/<task>.webp for each thumbnail and inputs/<task>.<type>
 * for each input image this dashboard created a task from. Zips and
 * pictures are stored, not compressed again; each is read from its Blob as the zip is written.
 */
export async function exportArchive(): Promise<ExportedArchive> {
  const db = await archiveDb()
  const records = await db.getAll('tasks')
  records.sort((a, b) => b.sortAt - a.sortAt)
  const zip: ZipInput[] = []
  const kept = new Map<string, string>()
  for (const record of records) {
    if (!record.file?.kept) continue
    const stored = await db.get('files', record.id)
    if (!stored) continue
    const path = filePathOf(record.id)
    zip.push({ name: path, data: stored.blob.stream() })
    kept.set(record.id, path)
  }
  const thumbnails = new Map<string, { path: string; madeAt: number }>()
  const taskIds = new Set(records.map((r) => r.id))
  for (const thumbnail of await db.getAll('thumbnails')) {
    if (!taskIds.has(thumbnail.taskId)) continue
    const path = thumbnailPathOf(thumbnail.taskId, thumbnail.blob.type)
    zip.push({ name: path, data: thumbnail.blob.stream() })
    thumbnails.set(thumbnail.taskId, { path, madeAt: thumbnail.madeAt })
  }
  const inputs = new Map<string, ArchiveManifest['tasks'][number]['input']>()
  for (const { taskId, image, ...input } of await db.getAll('inputs')) {
    if (!taskIds.has(taskId)) continue
    const path = image ? inputPathOf(taskId, image.type) : undefined
    if (image && path) zip.push({ name: path, data: image.stream() })
    inputs.set(taskId, { ...input, path, mediaType: image?.type })
  }
  const annotations = new Map((await db.getAll('annotations')).map(({ taskId, ...a }) => [taskId, a]))
  const manifest: ArchiveManifest = {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    exportedAt: new Date().toISOString(),
    // The index keys are this browser's; an import derives its own.
    tasks: records.map(({ file, sortAt: _sortAt, endpointKeys: _e, endpointStatusKeys: _es, facets: _f, ...task }) => ({
      ...task,
      file: file && kept.has(task.id) ? { ...file, path: kept.get(task.id)! } : undefined,
      thumbnail: thumbnails.get(task.id),
      annotation: annotations.get(task.id),
      input: inputs.get(task.id),
    })),
  }
  const text = new TextEncoder()
  zip.push({ name: 'archive.json', data: text.encode(JSON.stringify(manifest, null, 1)) })
  zip.push({ name: 'tasks.csv', data: text.encode(archiveCsv(records, (id) => kept.get(id))) })
  const blob = await new Response(zipStream(zip)).blob()
  const day = new Date().toISOString().slice(0, 10)
  return { blob, fileName: `ark3d-archive-${day}.zip`, tasks: records.length, files: kept.size }
}
