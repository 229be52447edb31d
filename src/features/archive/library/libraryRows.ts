import type { ArchivedTask, TaskAnnotation } from '../db/archiveDb.ts'
import type { LibraryFilters, LibrarySort } from './libraryFilters.ts'

/** One task as the library filters, searches and sorts it: small, so 100,000 fit in memory. */
export interface LibraryRow {
  id: string
  createdAt: number
  status: string
  model?: string
  format?: string
  level?: string
  saved: boolean
  pictured: boolean
  name?: string
  starred: boolean
  tags: string[]
  /** Lower-cased ID, name, note, tags and error, for search. */
  haystack: string
}

export function libraryRow(
  record: ArchivedTask,
  annotation: TaskAnnotation | undefined,
  pictured: boolean,
): LibraryRow {
  const facets = record.facets ?? {}
  const tags = annotation?.tags ?? []
  return {
    id: record.id,
    createdAt: record.createdAt ?? 0,
    status: record.status,
    model: facets.model,
    format: facets.format,
    level: facets.level,
    saved: Boolean(record.file?.kept),
    pictured,
    name: annotation?.name,
    starred: Boolean(annotation?.starred),
    tags,
    haystack: [record.id, annotation?.name, annotation?.note, ...tags, facets.errorText]
      .filter(Boolean)
      .join('\n')
      .toLowerCase(),
  }
}

/** Local midnight of a YYYY-MM-DD day, in seconds. */
const dayStart = (day: string) => new Date(`${day}T00:00`).getTime() / 1000

const withoutVendor = (model: string) => model.replace(/^doubao-/, '')

/** A model name as written in full, or its start without the date or vendor (`seed3d-2-0`). */
export const modelMatches = (model: string | undefined, wanted: string) =>
  model !== undefined && (model === wanted || withoutVendor(model).startsWith(withoutVendor(wanted)))

export function rowMatcher(filters: LibraryFilters): (row: LibraryRow) => boolean {
  const from = filters.from ? dayStart(filters.from) : -Infinity
  const to = filters.to ? dayStart(filters.to) + 86_400 : Infinity
  const words = (filters.q ?? '').toLowerCase().split(/\s+/).filter(Boolean)
  const tag = filters.tag?.toLowerCase()
  const ids = filters.ids?.length ? new Set(filters.ids) : undefined
  return (row) =>
    (!ids || ids.has(row.id)) &&
    (!filters.model || modelMatches(row.model, filters.model)) &&
    (!filters.format || row.format === filters.format) &&
    (!filters.level || row.level === filters.level) &&
    (!filters.status || row.status === filters.status) &&
    row.createdAt >= from &&
    row.createdAt < to &&
    (!filters.saved || row.saved === (filters.saved === 'yes')) &&
    (!filters.pictured || row.pictured === (filters.pictured === 'yes')) &&
    (!filters.starred || row.starred) &&
    (!tag || row.tags.some((t) => t.toLowerCase() === tag)) &&
    words.every((word) => row.haystack.includes(word))
}

const byNewest = (a: LibraryRow, b: LibraryRow) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1)
const text = (value: string | undefined) => value ?? '\uffff'

const SORTS = {
  newest: byNewest,
  oldest: (a: LibraryRow, b: LibraryRow) => -byNewest(a, b),
  name: (a: LibraryRow, b: LibraryRow) => text(a.name).localeCompare(text(b.name)) || byNewest(a, b),
  model: (a: LibraryRow, b: LibraryRow) => text(a.model).localeCompare(text(b.model)) || byNewest(a, b),
  status: (a: LibraryRow, b: LibraryRow) => a.status.localeCompare(b.status) || byNewest(a, b),
}

/** The rows in one of the library's orders. */
export const sortedRows = (rows: readonly LibraryRow[], sort: LibrarySort | undefined): LibraryRow[] =>
  [...rows].sort(SORTS[sort ?? 'newest'])

/**
 * The rows that match, in the order asked for, over the whole library. `ordered`: the rows
 * already in that order (kept between calls), so a filter change filters and does not sort.
 */
export function selectRows(
  rows: readonly LibraryRow[],
  filters: LibraryFilters,
  ordered: readonly LibraryRow[] = sortedRows(rows, filters.sort),
): LibraryRow[] {
  return ordered.filter(rowMatcher(filters))
}

export interface LibraryChoices {
  models: string[]
  formats: string[]
  levels: string[]
  tags: string[]
}

/** The values each filter can take, from what the library holds. */
export function libraryChoices(rows: readonly LibraryRow[]): LibraryChoices {
  const sets = {
    models: new Set<string>(),
    formats: new Set<string>(),
    levels: new Set<string>(),
    tags: new Set<string>(),
  }
  for (const row of rows) {
    if (row.model) sets.models.add(row.model)
    if (row.format) sets.formats.add(row.format)
    if (row.level) sets.levels.add(row.level)
    for (const tag of row.tags) sets.tags.add(tag)
  }
  const sorted = (set: Set<string>) => [...set].sort((a, b) => a.localeCompare(b))
  return {
    models: sorted(sets.models),
    formats: sorted(sets.formats),
    levels: sorted(sets.levels),
    tags: sorted(sets.tags),
  }
}
