import type { ArchivedTask, TaskFacets } from './archiveDb.ts'

type IndexFields = 'sortAt' | 'endpointKeys' | 'endpointStatusKeys' | 'facets'

const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined)

/** What the library filters and searches on, read straight from the item Ark sent. */
export function facetsOf(raw: unknown): TaskFacets {
  const item = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>
  const error = (typeof item.error === 'object' && item.error !== null ? item.error : {}) as Record<string, unknown>
  const errorText = [text(error.code), text(error.message)].filter(Boolean).join(' ')
  return {
    model: text(item.model),
    format: text(item.fileformat)?.toLowerCase(),
    level: text(item.subdivisionlevel)?.toLowerCase(),
    errorText: errorText || undefined,
  }
}

/**
 * Adds the keys the archive's indexes read and the facets the library filters on. Every key ends
 * in the task ID, so keys are unique and a page can be read as one key range. A task is listed
 * under each endpoint it was seen with (multiEntry); a task without a creation time sorts last, as
 * the list's newest-first order puts it.
 */
export function withIndexKeys(record: Omit<ArchivedTask, IndexFields> & Partial<ArchivedTask>): ArchivedTask {
  const sortAt = record.createdAt ?? 0
  return {
    ...record,
    sortAt,
    endpointKeys: record.endpoints.map((endpoint) => [endpoint, sortAt, record.id]),
    endpointStatusKeys: record.endpoints.map((endpoint) => [endpoint, record.status, sortAt, record.id]),
    facets: facetsOf(record.raw),
  }
}
