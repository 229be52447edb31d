import { readArkTask, type ArkTaskPage } from '../../api/arkTask.ts'
import type { TaskListParams } from '../../api/taskListParams.ts'
import type { ArchivedTask } from './db/archiveDb.ts'

/**
 * The list endpoint's filters and paging, applied to the archive: newest first like Ark, the
 * endpoint filter matched against the endpoints each task was seen under.
 */
export function filterArchive(records: ArchivedTask[], params: TaskListParams): ArkTaskPage {
  const ids = params.taskIds.length > 0 ? new Set(params.taskIds) : undefined
  const matching = records.filter(
    (record) =>
      (!params.status || record.status === params.status) &&
      (!ids || ids.has(record.id)) &&
      (!params.model || record.endpoints.includes(params.model)),
  )
  matching.sort((a, b) => (b.createdAt ?? 0) - (a.createdAt ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const start = (params.pageNum - 1) * params.pageSize
  const items = matching.slice(start, start + params.pageSize).map((record, index) => readArkTask(record.raw, index))
  return { items, total: matching.length }
}
