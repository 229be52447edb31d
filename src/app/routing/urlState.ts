import {
  DEFAULT_PAGE_SIZE,
  FILTER_STATUSES,
  MAX_PAGE_SIZE,
  splitTaskIds,
  taskListSearchParams,
  type FilterStatus,
  type TaskListParams,
} from '../../api/taskListParams.ts'
import type { ViewerAddress } from '../../features/viewer/index.ts'
import { parseLibraryFilters, writeLibraryFilters, type LibraryFilters } from '../../features/archive/index.ts'

/**
 * Everything the address bar holds: the list's parameters (in the API's own names), the viewer's
 * address, and what the app shows around them (the open task, the archive, the layout, a comparison).
 */
export interface TaskView {
  params: TaskListParams
  openTaskId?: string
  /** The library (`view=library`): every task this browser holds, rather than Ark's live list. */
  archive?: boolean
  /** The library's filters, search and sort; empty outside it. */
  library?: LibraryFilters
  /** Results as a grid of pictures (`layout=gallery`) or a table (`layout=table`); unsaid, the remembered choice. */
  gallery?: boolean
  /** The open task's model fills the window (`view=model`). */
  modelView?: boolean
  /** The viewer's own state (`display`, `variant`, `compare=variants`), kept as given; the viewer checks it. */
  viewer?: ViewerAddress
  /** Two tasks' results side by side (`compare=<id>,<id>`). */
  compareIds?: [string, string]
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
  // `view` may be given twice: `view=library` (the source) and `view=model` (the open model, full window).
  // `view=archive` is the library's earlier name.
  const views = query.getAll('view')
  for (const raw of views)
    if (raw !== 'library' && raw !== 'archive' && raw !== 'model')
      corrections.push(`view=${raw} is not a view (they are "library" and "model"); left out.`)
  const archive = views.includes('library') || views.includes('archive') || undefined
  const library = archive ? parseLibraryFilters(query, corrections) : undefined
  const modelView = (views.includes('model') && openTaskId !== undefined) || undefined
  const rawLayout = query.get('layout')
  if (rawLayout !== null && rawLayout !== 'gallery' && rawLayout !== 'table')
    corrections.push(`layout=${rawLayout} is not a layout (table or gallery); left out.`)
  const gallery = rawLayout === 'gallery' ? true : rawLayout === 'table' ? false : undefined
  const rawCompare = query.get('compare')?.trim()
  const compareParts = rawCompare && rawCompare !== 'variants' ? rawCompare.split(',').map((id) => id.trim()) : []
  let compareIds: [string, string] | undefined
  if (compareParts.length === 2 && compareParts.every((id) => /^[A-Za-z0-9_-]{1,128}$/.test(id)))
    compareIds = [compareParts[0]!, compareParts[1]!]
  else if (rawCompare && rawCompare !== 'variants')
    corrections.push(`compare=${rawCompare} is not two task IDs separated by a comma (or "variants"); left out.`)
  const viewer = {
    display: query.get('display') || undefined,
    variant: query.get('variant') || undefined,
    compare: rawCompare === 'variants' ? rawCompare : undefined,
  }
  return {
    view: {
      params: { pageNum, pageSize, status, taskIds, model },
      openTaskId,
      archive,
      library,
      gallery,
      modelView,
      viewer: viewer.display || viewer.variant || viewer.compare ? viewer : undefined,
      compareIds,
    },
    corrections,
  }
}

export function serializeTaskView(view: TaskView): string {
  const query = taskListSearchParams(view.params)
  if (view.params.pageNum === 1) query.delete('page_num')
  if (view.params.pageSize === DEFAULT_PAGE_SIZE) query.delete('page_size')
  if (view.openTaskId) query.set('task', view.openTaskId)
  if (view.archive) {
    query.append('view', 'library')
    if (view.library) writeLibraryFilters(view.library, query)
  }
  if (view.modelView && view.openTaskId) query.append('view', 'model')
  if (view.gallery !== undefined) query.set('layout', view.gallery ? 'gallery' : 'table')
  if (view.viewer?.display) query.set('display', view.viewer.display)
  if (view.viewer?.variant && view.openTaskId) query.set('variant', view.viewer.variant)
  if (view.compareIds) query.set('compare', view.compareIds.join(','))
  else if (view.viewer?.compare && view.openTaskId) query.set('compare', view.viewer.compare)
  const text = query.toString()
  return text ? `?${text}` : ''
}
