import { readArkTask } from '../../../api/arkTask.ts'
import type { ArchivedTask } from '../db/archiveDb.ts'

const iso = (seconds: number | undefined) => (seconds === undefined ? '' : new Date(seconds * 1000).toISOString())

/** RFC 4180 quoting; a leading = + - @ is escaped so a spreadsheet does not run it as a formula. */
export function csvField(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export const CSV_COLUMNS = [
  'id',
  'model',
  'status',
  'kind',
  'created_at',
  'updated_at',
  'file_format',
  'subdivision_level',
  'total_tokens',
  'error_code',
  'error_message',
  'endpoints',
  'first_seen',
  'last_seen',
  'kept_file',
  'file_url',
] as const

/** One row per task, for a spreadsheet; archive.json next to it is the exact record. */
export function archiveCsv(records: ArchivedTask[], keptPath: (id: string) => string | undefined): string {
  const lines = [CSV_COLUMNS.join(',')]
  for (const record of records) {
    const task = readArkTask(record.raw, 0)
    lines.push(
      [
        record.id,
        task.model,
        record.status,
        task.kind,
        iso(task.createdAt),
        iso(task.updatedAt),
        task.fileFormat,
        task.subdivisionLevel,
        task.totalTokens,
        task.error?.code,
        task.error?.message,
        record.endpoints.join(' '),
        new Date(record.firstSeenAt).toISOString(),
        new Date(record.lastSeenAt).toISOString(),
        keptPath(record.id),
        task.fileUrl ?? task.videoUrl,
      ]
        .map(csvField)
        .join(','),
    )
  }
  return lines.join('\r\n') + '\r\n'
}
