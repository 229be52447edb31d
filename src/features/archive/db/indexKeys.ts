import type { ArchivedTask } from './archiveDb.ts'

type IndexFields = 'sortAt' | 'endpointKeys' | 'endpointStatusKeys'

/**
 * Adds the keys the archive's indexes read. Every key ends in the task ID, so keys are unique and
 * a page can be read as one key range. A task is listed under each endpoint it was seen with
 * (multiEntry); a task without a creation time sorts last, as the list's newest-first order puts it.
 */
export function withIndexKeys(record: Omit<ArchivedTask, IndexFields> & Partial<ArchivedTask>): ArchivedTask {
  const sortAt = record.createdAt ?? 0
  return {
    ...record,
    sortAt,
    endpointKeys: record.endpoints.map((endpoint) => [endpoint, sortAt, record.id]),
    endpointStatusKeys: record.endpoints.map((endpoint) => [endpoint, record.status, sortAt, record.id]),
  }
}
