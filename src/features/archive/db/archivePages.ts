import { unwrap, wrap, type IDBPIndex } from 'idb'
import type { TaskListParams } from '../../../api/taskListParams.ts'
import { archiveDb, archiveDbIfOpen, type ArchiveDb, type ArchivedTask } from './archiveDb.ts'

export interface ArchivedPage {
  records: ArchivedTask[]
  total: number
}

type TaskIndex = IDBPIndex<
  unknown,
  ['tasks'],
  'tasks',
  'byTime' | 'byStatus' | 'byEndpoint' | 'byEndpointStatus',
  'readonly'
>

/** IndexedDB's `getAllRecords` (Chrome 141+): a page read newest first in one request. */
interface NewestFirstIndex extends IDBIndex {
  getAllRecords(options: {
    query: IDBKeyRange | null
    count: number
    direction: IDBCursorDirection
  }): IDBRequest<Array<{ value: ArchivedTask }>>
}

const canReadNewestFirst = (index: TaskIndex) => 'getAllRecords' in unwrap(index)

const newestFirst = (a: ArchivedTask, b: ArchivedTask) =>
  b.sortAt - a.sortAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)

/** Every key that starts with `prefix`: a number or ID sorts above -Infinity and below Infinity. */
const startingWith = (...prefix: string[]) => IDBKeyRange.bound([...prefix, -Infinity], [...prefix, Infinity])

/**
 * One page of the archive under the list's filters, newest first like Ark. Without task IDs it
 * reads one index: a count, a key cursor that jumps to the page's first and last keys, and the
 * records between them, so the cost follows the page size, not the archive's.
 */
export function archivePage(params: TaskListParams): Promise<ArchivedPage> {
  // With the database open, the reads are asked for in this call: called from an event handler,
  // IndexedDB works while React draws the change, not after.
  const db = archiveDbIfOpen()
  return db ? pageOf(db, params) : archiveDb().then((opened) => pageOf(opened, params))
}

async function pageOf(db: ArchiveDb, params: TaskListParams): Promise<ArchivedPage> {
  const offset = (params.pageNum - 1) * params.pageSize
  const tx = db.transaction('tasks')
  if (params.taskIds.length > 0) {
    const found = await Promise.all([...new Set(params.taskIds)].map((id) => tx.store.get(id)))
    const matching = found
      .filter((record): record is ArchivedTask => record !== undefined)
      .filter(
        (record) =>
          (!params.status || record.status === params.status) &&
          (!params.model || record.endpoints.includes(params.model)),
      )
      .sort(newestFirst)
    return { records: matching.slice(offset, offset + params.pageSize), total: matching.length }
  }
  const { status, model } = params
  const [index, range] =
    status && model
      ? [tx.store.index('byEndpointStatus'), startingWith(model, status)]
      : model
        ? [tx.store.index('byEndpoint'), startingWith(model)]
        : status
          ? [tx.store.index('byStatus'), startingWith(status)]
          : [tx.store.index('byTime'), undefined]
  return pageOfIndex(index as TaskIndex, range, offset, params.pageSize)
}

async function pageOfIndex(
  index: TaskIndex,
  range: IDBKeyRange | undefined,
  offset: number,
  size: number,
): Promise<ArchivedPage> {
  // Asked together: each answer is a hop back to a main thread that is busy drawing the change.
  const counting = index.count(range)
  // Awaited below on every path that ends well; on a failed read the read's own error is the one told.
  counting.catch(() => {})
  if (offset === 0 && canReadNewestFirst(index)) {
    const native = unwrap(index) as NewestFirstIndex
    const newestFirst = native.getAllRecords({ query: range ?? null, count: size, direction: 'prev' })
    const [records, total] = await Promise.all([wrap(newestFirst) as Promise<Array<{ value: ArchivedTask }>>, counting])
    return { records: records.map((record) => record.value), total }
  }
  let cursor = await index.openKeyCursor(range, 'prev')
  if (cursor && offset > 0) cursor = await cursor.advance(offset)
  if (!cursor) return { records: [], total: await counting }
  const newest = cursor.key
  if (size > 1) cursor = await cursor.advance(size - 1)
  // Past the range's end, the page is the rest of it.
  const onPage = cursor
    ? IDBKeyRange.bound(cursor.key, newest)
    : range
      ? IDBKeyRange.bound(range.lower, newest)
      : IDBKeyRange.upperBound(newest)
  const [records, total] = await Promise.all([index.getAll(onPage), counting])
  return { records: records.reverse(), total }
}
