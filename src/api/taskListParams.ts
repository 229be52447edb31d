export const PAGE_SIZES = [10, 20, 50, 100, 200, 500] as const
export const DEFAULT_PAGE_SIZE = 50
export const MAX_PAGE_SIZE = 500
export const FILTER_STATUSES = ['queued', 'running', 'cancelled', 'succeeded', 'failed'] as const
export type FilterStatus = (typeof FILTER_STATUSES)[number]

/** The list endpoint's parameters, under the dashboard's names. */
export interface TaskListParams {
  pageNum: number
  pageSize: number
  status?: FilterStatus
  taskIds: string[]
  /** An endpoint ID (`ep-…`), not a model name. */
  model?: string
}

export const defaultTaskListParams: TaskListParams = { pageNum: 1, pageSize: DEFAULT_PAGE_SIZE, taskIds: [] }

/** The query string in the API's own names; a parameter is sent only when set, as the SDKs do. */
export function taskListSearchParams(params: TaskListParams): URLSearchParams {
  const query = new URLSearchParams()
  query.set('page_num', String(params.pageNum))
  query.set('page_size', String(params.pageSize))
  if (params.status) query.set('filter.status', params.status)
  for (const id of params.taskIds) query.append('filter.task_ids', id)
  if (params.model) query.set('filter.model', params.model)
  return query
}

/** Pasted IDs: split on spaces, commas or new lines, empty parts dropped, duplicates removed. */
export function splitTaskIds(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ]
}
