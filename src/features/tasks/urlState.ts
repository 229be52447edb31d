import {
  DEFAULT_PAGE_SIZE,
  FILTER_STATUSES,
  MAX_PAGE_SIZE,
  splitTaskIds,
  taskListSearchParams,
  type FilterStatus,
  type TaskListParams,
} from '../../api/taskListParams.ts'

/** Everything the address bar holds: the list parameters, in the API's own names, and the open task. */
export interface TaskView {
  params: TaskListParams
  openTaskId?: string
  /** The archive in this browser rather than Ark's live list; same parameters, applied locally. */
  archive?: boolean
}

export interface ParsedTaskView {
  view: TaskView
  /** One sentence per value in the address that was corrected rather than sent to Ark. */
  corrections: string[]
}

function positiveInt(raw: string | null): number | undefined {
  if (raw === null || !/^\d+$/.test(raw.trim())) return undefined
  const value = Number(raw)
  return Number.isSafeInteger(value) && value >= 1 ? value : undefined
}

export function parseTaskView(search: string): ParsedTaskView {
  const query = new URLSearchParams(search)
  const corrections: string[] = []

  let pageNum = 1
  const rawPage = query.get('page_num')
  if (rawPage !== null) {
    const parsed = positiveInt(rawPage)
    if (parsed === undefined) corrections.push(`page_num=${rawPage} is not a page number (1 or more); showing page 1.`)
    else pageNum = parsed
  }

  let pageSize = DEFAULT_PAGE_SIZE
  const rawSize = query.get('page_size')
  if (rawSize !== null) {
    const parsed = positiveInt(rawSize)
    if (parsed === undefined)
      corrections.push(`page_size=${rawSize} is not a number of rows; showing ${DEFAULT_PAGE_SIZE}.`)
    else if (parsed > MAX_PAGE_SIZE) {
      corrections.push(`page_size=${rawSize} is more than Ark allows (500); showing 500.`)
      pageSize = MAX_PAGE_SIZE
    } else pageSize = parsed
  }

  let status: FilterStatus | undefined
  const rawStatus = query.get('filter.status')
  if (rawStatus) {
    if ((FILTER_STATUSES as readonly string[]).includes(rawStatus)) status = rawStatus as FilterStatus
    else
      corrections.push(
        `filter.status=${rawStatus} is not a status Ark knows (${FILTER_STATUSES.join(', ')}); showing all.`,
      )
  }

  const rawIds = query.getAll('filter.task_ids')
  const taskIds = splitTaskIds(rawIds.join(' '))
  if (rawIds.length > 0 && taskIds.length !== rawIds.length) {
    corrections.push('Task IDs in the address were split, trimmed and deduplicated.')
  }

  const model = query.get('filter.model')?.trim() || undefined
  const openTaskId = query.get('task')?.trim() || undefined
  const rawSource = query.get('view')
  if (rawSource !== null && rawSource !== 'archive')
    corrections.push(`view=${rawSource} is not a view (the only one is "archive"); showing Ark's list.`)
  const archive = rawSource === 'archive' || undefined
  return { view: { params: { pageNum, pageSize, status, taskIds, model }, openTaskId, archive }, corrections }
}

export function serializeTaskView(view: TaskView): string {
  const query = taskListSearchParams(view.params)
  if (view.params.pageNum === 1) query.delete('page_num')
  if (view.params.pageSize === DEFAULT_PAGE_SIZE) query.delete('page_size')
  if (view.openTaskId) query.set('task', view.openTaskId)
  if (view.archive) query.set('view', 'archive')
  const text = query.toString()
  return text ? `?${text}` : ''
}
