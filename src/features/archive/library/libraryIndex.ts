import { readArkTask, type ArkTask } from '../../../api/arkTask.ts'
import { onArchiveChange } from '../db/archiveChanges.ts'
import { unwrap } from 'idb'
import { archiveDb, type ArchiveDb, type ArchivedTask } from '../db/archiveDb.ts'
import type { LibraryFilters, LibrarySort } from './libraryFilters.ts'
import {
  libraryChoices,
  libraryRow,
  selectRows,
  sortedRows,
  type LibraryChoices,
  type LibraryRow,
} from './libraryRows.ts'

export interface LibraryPage {
  items: ArkTask[]
  total: number
  /** Every task the library holds. */
  size: number
  choices: LibraryChoices
}

interface Loaded {
  rows: LibraryRow[]
  choices: LibraryChoices
  /** The rows in each order asked for so far, made once per read of the library. */
  orders?: Map<string, LibraryRow[]>
}

function inOrder(loaded: Loaded, sort: LibrarySort | undefined): LibraryRow[] {
  loaded.orders ??= new Map()
  const key = sort ?? 'newest'
  let ordered = loaded.orders.get(key)
  if (!ordered) loaded.orders.set(key, (ordered = sortedRows(loaded.rows, sort)))
  return ordered
}

let loading: Promise<Loaded> | undefined
/** What changed since the rows were read: some tasks, or (`all`) anything. */
let changed: Set<string> | 'all' | undefined
let watching = false

/** Records read at a time: each batch becomes rows and is dropped while still young, cheap to collect. */
const BATCH = 2_000

async function readAll(): Promise<Loaded> {
  const db = await archiveDb()
  const tx = db.transaction(['tasks', 'annotations', 'thumbnails'])
  const [annotationList, pictured] = await Promise.all([
    tx.objectStore('annotations').getAll(),
    tx.objectStore('thumbnails').getAllKeys(),
  ])
  const annotations = new Map(annotationList.map((a) => [a.taskId, a]))
  const withPicture = new Set(pictured)
  const rows: LibraryRow[] = []
  for (let after: string | undefined; ;) {
    const batch = await tx
      .objectStore('tasks')
      .getAll(after === undefined ? undefined : IDBKeyRange.lowerBound(after, true), BATCH)
    for (const record of batch) rows.push(libraryRow(record, annotations.get(record.id), withPicture.has(record.id)))
    if (batch.length < BATCH) break
    after = batch[batch.length - 1]!.id
  }
  return { rows, choices: libraryChoices(rows) }
}

/** Reads only the tasks that changed and puts their rows in place: a live page changes a few at a time. */
async function patched(before: Loaded, ids: string[]): Promise<Loaded> {
  const db = await archiveDb()
  const tx = db.transaction(['tasks', 'annotations', 'thumbnails'])
  const read = await Promise.all(
    ids.map((id) =>
      Promise.all([
        tx.objectStore('tasks').get(id),
        tx.objectStore('annotations').get(id),
        tx.objectStore('thumbnails').getKey(id),
      ]),
    ),
  )
  const fresh = new Map<string, LibraryRow | undefined>()
  read.forEach(([record, annotation, picture], index) =>
    fresh.set(ids[index]!, record && libraryRow(record, annotation, picture !== undefined)),
  )
  const rows: LibraryRow[] = []
  for (const row of before.rows) {
    if (!fresh.has(row.id)) rows.push(row)
    else {
      const next = fresh.get(row.id)
      if (next) rows.push(next)
      fresh.delete(row.id)
    }
  }
  for (const row of fresh.values()) if (row) rows.push(row)
  return { rows, choices: libraryChoices(rows) }
}

/** The library as small rows: read whole once, then kept up to date with what changes. */
function loaded(): Promise<Loaded> {
  if (!watching) {
    watching = true
    onArchiveChange((ids) => {
      if (!ids) changed = 'all'
      else if (changed !== 'all') {
        changed ??= new Set()
        for (const id of ids) changed.add(id)
      }
    })
  }
  if (!loading || changed === 'all') loading = readAll()
  else if (changed) {
    const ids = [...changed]
    loading = loading.then((before) => patched(before, ids))
  }
  changed = undefined
  const current = loading
  current.catch(() => {
    if (loading === current) loading = undefined
  })
  return current
}

/**
 * The records of these tasks, in their order, in one transaction: requests without idb's promise
 * for each, since a page reads up to 500 and resolving each one was a third of a filter change.
 */
function readRecords(db: ArchiveDb, ids: string[]): Promise<Array<ArchivedTask | undefined>> {
  const store = unwrap(db).transaction('tasks').objectStore('tasks')
  const records = new Array<ArchivedTask | undefined>(ids.length)
  if (ids.length === 0) return Promise.resolve(records)
  return new Promise((resolve, reject) => {
    let left = ids.length
    ids.forEach((id, index) => {
      const request = store.get(id)
      request.onsuccess = () => {
        records[index] = request.result as ArchivedTask | undefined
        if (--left === 0) resolve(records)
      }
    })
    store.transaction.onerror = () => reject(store.transaction.error)
    store.transaction.onabort = () => reject(store.transaction.error ?? new Error('the read was aborted'))
  })
}

/** One page of the library under its filters and sort, over everything this browser holds. */
export async function libraryPage(filters: LibraryFilters, pageNum: number, pageSize: number): Promise<LibraryPage> {
  const library = await loaded()
  const { rows, choices } = library
  const matching = selectRows(rows, filters, inOrder(library, filters.sort))
  const onPage = matching.slice((pageNum - 1) * pageSize, pageNum * pageSize)
  const records = await readRecords(
    await archiveDb(),
    onPage.map((row) => row.id),
  )
  const items = records.flatMap((record, index) => (record ? [readArkTask(record.raw, index)] : []))
  return { items, total: matching.length, size: rows.length, choices }
}
