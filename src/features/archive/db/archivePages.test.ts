import 'fake-indexeddb/auto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TaskListParams } from '../../../api/taskListParams.ts'
import { archiveDb, type ArchivedTask } from './archiveDb.ts'
import { archivePage } from './archivePages.ts'
import { withIndexKeys } from './indexKeys.ts'

const STATUSES = ['succeeded', 'failed', 'running', 'queued', 'cancelled']
const ENDPOINTS = ['ep-a', 'ep-b', 'ep-c']

/** 1,200 tasks with many equal creation times, some without one, seen under 0–2 endpoints. */
const records: ArchivedTask[] = Array.from({ length: 1_200 }, (_, i) => {
  const endpoints = ENDPOINTS.filter((_, e) => (i * 7 + e * 3) % 5 < 2)
  return withIndexKeys({
    id: `cgt-${(i * 7919) % 10_007}`,
    raw: { id: `cgt-${(i * 7919) % 10_007}` },
    status: STATUSES[(i * 3) % STATUSES.length]!,
    createdAt: i % 97 === 0 ? undefined : 1_764_000_000 + Math.floor(i / 4) * 60,
    endpoints,
    firstSeenAt: 0,
    lastSeenAt: 0,
  })
})

/** What the list must show, by reading every record: the specification the indexes must equal. */
function expected(params: TaskListParams) {
  const ids = params.taskIds.length > 0 ? new Set(params.taskIds) : undefined
  const matching = records
    .filter(
      (r) =>
        (!params.status || r.status === params.status) &&
        (!ids || ids.has(r.id)) &&
        (!params.model || r.endpoints.includes(params.model)),
    )
    .sort((a, b) => (b.createdAt ?? 0) - (a.createdAt ?? 0) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
  const start = (params.pageNum - 1) * params.pageSize
  return { ids: matching.slice(start, start + params.pageSize).map((r) => r.id), total: matching.length }
}

async function fill() {
  const db = await archiveDb()
  const tx = db.transaction('tasks', 'readwrite')
  await Promise.all([...records.map((r) => tx.store.put(r)), tx.done])
}

const nativeNewestFirst = Object.getOwnPropertyDescriptor(IDBIndex.prototype, 'getAllRecords')

describe.each([
  ['with getAllRecords', true],
  ['with key cursors only (browsers before getAllRecords)', false],
])('archivePage, %s', (_, hasGetAllRecords) => {
  beforeAll(() => {
    expect(nativeNewestFirst).toBeDefined()
    if (!hasGetAllRecords) delete (IDBIndex.prototype as Partial<{ getAllRecords: unknown }>).getAllRecords
  })
  afterAll(() => void Object.defineProperty(IDBIndex.prototype, 'getAllRecords', nativeNewestFirst!))

  it('equals a full read for every filter, page size and page, newest first', async () => {
    expect('getAllRecords' in IDBIndex.prototype).toBe(hasGetAllRecords)
    await fill()
    const base = { pageNum: 1, pageSize: 50, taskIds: [] as string[] }
    const filters: Partial<TaskListParams>[] = [
      {},
      { status: 'succeeded' },
      { status: 'cancelled' },
      { model: 'ep-b' },
      { model: 'ep-c', status: 'failed' },
      { model: 'ep-none' },
      { taskIds: [records[5]!.id, records[900]!.id, 'cgt-missing', records[5]!.id] },
      { taskIds: records.slice(0, 80).map((r) => r.id), status: 'queued', pageSize: 10 },
    ]
    for (const filter of filters) {
      for (const pageSize of [1, 10, 50, 500]) {
        const params = { ...base, pageSize, ...filter }
        const { total } = expected(params)
        const lastPage = Math.max(1, Math.ceil(total / params.pageSize))
        for (const pageNum of new Set([1, 2, lastPage, lastPage + 1])) {
          const page = await archivePage({ ...params, pageNum })
          const want = expected({ ...params, pageNum })
          expect(
            { ids: page.records.map((r) => r.id), total: page.total },
            JSON.stringify({ ...params, pageNum }),
          ).toEqual(want)
        }
      }
    }
  })

  it('lists a task under every endpoint it was seen with, once per page', async () => {
    const both = records.find((r) => r.endpoints.length >= 2)!
    for (const model of both.endpoints) {
      const page = await archivePage({ pageNum: 1, pageSize: 500, taskIds: [], model })
      expect(page.records.filter((r) => r.id === both.id)).toHaveLength(1)
    }
  })
})
