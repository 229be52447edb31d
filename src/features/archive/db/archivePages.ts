import type { IDBPIndex } from 'idb'
import type { TaskListParams } from '../../../api/taskListParams.ts'
import { archiveDb, type ArchivedTask } from './archiveDb.ts'

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

const newestFirst = (a: ArchivedTask, b: ArchivedTask) =>
  b.sortAt - a.sortAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)

/** Every key that starts with `prefix`: a number or ID sorts above -Infinity and below Infinity. */
const startingWith = (...prefix: string[]) => IDBKeyRange.bound([...prefix, -Infinity], [...prefix, Infinity])

/**
 * One page of the archive under the list's filters, newest first like Ark. Without task IDs it
 * reads one index: a count, a key cursor that jumps to the page's first and last keys, and the
 * records between them, so the cost follows the page size, not the archive's.
 */
export async function archivePage(params: TaskListParams): Promise<ArchivedPage> {
  const offset = (params.pageNum - 1) * params.pageSize
  const tx = (await archiveDb()).transaction('tasks')
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
  const total = await index.count(range)
  if (offset >= total) return { records: [], total }
  let cursor = await index.openKeyCursor(range, 'prev')
  if (cursor && offset > 0) cursor = await cursor.advance(offset)
  const newest = cursor!.key
  const onPage = Math.min(size, total - offset)
  if (onPage > 1) cursor = await cursor!.advance(onPage - 1)
  const oldest = cursor!.key
  const records = await index.getAll(IDBKeyRange.bound(oldest, newest))
  return { records: records.reverse(), total }
}
