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
  // Only the filters that are set are checked: most changes set one or two of a dozen.
  const checks: Array<(row: LibraryRow) => boolean> = []
  const { model, format, level, status, saved, pictured, starred } = filters
  if (filters.ids?.length) {
    const ids = new Set(filters.ids)
    checks.push((row) => ids.has(row.id))
  }
  if (model) checks.push((row) => modelMatches(row.model, model))
  if (format) checks.push((row) => row.format === format)
  if (level) checks.push((row) => row.level === level)
  if (status) checks.push((row) => row.status === status)
  if (filters.from) {
    const from = dayStart(filters.from)
    checks.push((row) => row.createdAt >= from)
  }
  if (filters.to) {
    const to = dayStart(filters.to) + 86_400
    checks.push((row) => row.createdAt < to)
  }
  if (saved) checks.push((row) => row.saved === (saved === 'yes'))
  if (pictured) checks.push((row) => row.pictured === (pictured === 'yes'))
  if (starred) checks.push((row) => row.starred)
  const tag = filters.tag?.toLowerCase()
  if (tag) checks.push((row) => row.tags.some((t) => t.toLowerCase() === tag))
  for (const word of (filters.q ?? '').toLowerCase().split(/\s+/).filter(Boolean))
    checks.push((row) => row.haystack.includes(word))
  return (row) => checks.every((check) => check(row))
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
 * The rows of `ordered` without those whose ID is in `replaced`, with `added` merged in at their
 * places: what sorting everything again gives, in one pass over the rows instead of a sort of all.
 */
export function reorderedRows(
  ordered: readonly LibraryRow[],
  replaced: ReadonlySet<string>,
  added: readonly LibraryRow[],
  sort: LibrarySort | undefined,
): LibraryRow[] {
  const compare = SORTS[sort ?? 'newest']
  const incoming = sortedRows(added, sort)
  const merged: LibraryRow[] = []
  let next = 0
  for (const row of ordered) {
    if (replaced.has(row.id)) continue
    while (next < incoming.length && compare(incoming[next]!, row) <= 0) merged.push(incoming[next++]!)
    merged.push(row)
  }
  while (next < incoming.length) merged.push(incoming[next++]!)
  return merged
}

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
