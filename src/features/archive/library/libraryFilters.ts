import { FILTER_STATUSES } from '../../../api/taskListParams.ts'

export const LIBRARY_SORTS = ['newest', 'oldest', 'name', 'model', 'status'] as const
export type LibrarySort = (typeof LIBRARY_SORTS)[number]

/** The library's view, as the address holds it (`view=library&model=…&q=…`). */
export interface LibraryFilters {
  model?: string
  format?: string
  level?: string
  status?: string
  /** Created on or after this day (YYYY-MM-DD, local time). */
  from?: string
  /** Created on or before this day (YYYY-MM-DD, local time). */
  to?: string
  saved?: 'yes' | 'no'
  pictured?: 'yes' | 'no'
  starred?: boolean
  tag?: string
  q?: string
  sort?: LibrarySort
  /** Exact task IDs, from the list's own `filter.task_ids`. */
  ids?: readonly string[]
}

const DAY = /^\d{4}-\d{2}-\d{2}$/
const YES_NO = ['yes', 'no'] as const

/** Reads the library's filters from the address; a value that cannot be one is named in `corrections`. */
export function parseLibraryFilters(query: URLSearchParams, corrections: string[]): LibraryFilters {
  const filters: LibraryFilters = {}
  for (const name of ['model', 'format', 'level', 'tag', 'q'] as const) {
    const value = query.get(name)?.trim()
    if (value) filters[name] = value
  }
  const status = query.get('status')?.trim()
  if (status) {
    if ((FILTER_STATUSES as readonly string[]).includes(status) || status === 'expired') filters.status = status
    else corrections.push(`status=${status} is not a task status; showing all.`)
  }
  for (const name of ['from', 'to'] as const) {
    const value = query.get(name)?.trim()
    if (!value) continue
    if (DAY.test(value) && !Number.isNaN(new Date(`${value}T00:00`).getTime())) filters[name] = value
    else corrections.push(`${name}=${value} is not a day (YYYY-MM-DD); left out.`)
  }
  for (const name of ['saved', 'pictured'] as const) {
    const value = query.get(name)?.trim()
    if (!value) continue
    if ((YES_NO as readonly string[]).includes(value)) filters[name] = value as 'yes' | 'no'
    else corrections.push(`${name}=${value} is not yes or no; left out.`)
  }
  const starred = query.get('starred')
  if (starred === '1' || starred === 'yes' || starred === 'true') filters.starred = true
  const sort = query.get('sort')?.trim()
  if (sort) {
    if ((LIBRARY_SORTS as readonly string[]).includes(sort)) filters.sort = sort as LibrarySort
    else corrections.push(`sort=${sort} is not a sort (${LIBRARY_SORTS.join(', ')}); newest first.`)
  }
  return filters
}

export function writeLibraryFilters(filters: LibraryFilters, query: URLSearchParams) {
  for (const name of ['model', 'format', 'level', 'status', 'from', 'to', 'saved', 'pictured', 'tag', 'q'] as const) {
    const value = filters[name]
    if (value) query.set(name, value)
  }
  if (filters.starred) query.set('starred', '1')
  if (filters.sort && filters.sort !== 'newest') query.set('sort', filters.sort)
}

/** How many filters narrow the library (the sort and the list's task IDs are not counted). */
export const libraryFilterCount = (filters: LibraryFilters) =>
  Object.entries(filters).filter(([name, value]) => name !== 'sort' && name !== 'ids' && value !== undefined).length
