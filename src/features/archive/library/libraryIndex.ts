import { readArkTask, type ArkTask } from '../../../api/arkTask.ts'
import { onArchiveChange } from '../db/archiveChanges.ts'
import { unwrap } from 'idb'
import { archiveDb, type ArchiveDb, type ArchivedTask, type TaskAnnotation } from '../db/archiveDb.ts'
import type { LibraryFilters, LibrarySort } from './libraryFilters.ts'
import {
  libraryChoices,
  libraryRow,
  reorderedRows,
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
  /** The rows in each order asked for so far: sorted once per read of the library, then kept through each patch. */
  orders?: Map<LibrarySort, LibraryRow[]>
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
  const tx = unwrap(await archiveDb()).transaction(['tasks', 'annotations', 'thumbnails'])
  const each = <T>(store: string, read: (store: IDBObjectStore, id: string) => IDBRequest) => {
    const from = tx.objectStore(store)
    return answersOf<T>(
      tx,
      ids.map((id) => read(from, id)),
    )
  }
  const [records, annotations, pictures] = await Promise.all([
    each<ArchivedTask | undefined>('tasks', (store, id) => store.get(id)),
    each<TaskAnnotation | undefined>('annotations', (store, id) => store.get(id)),
    each<IDBValidKey | undefined>('thumbnails', (store, id) => store.getKey(id)),
  ])
  const replaced = new Set(ids)
  const added = ids.flatMap((_, index) => {
    const record = records[index]
    return record ? [libraryRow(record, annotations[index], pictures[index] !== undefined)] : []
  })
  const rows = before.rows.filter((row) => !replaced.has(row.id)).concat(added)
  // The orders already made follow the change: a picture or a name does not cost a sort of everything.
  const orders = new Map<LibrarySort, LibraryRow[]>()
  for (const [sort, ordered] of before.orders ?? []) orders.set(sort, reorderedRows(ordered, replaced, added, sort))
  return { rows, choices: libraryChoices(rows), orders }
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
 * The answers to requests made in one transaction, in their order. Plain requests, without idb's
 * promise for each: a page reads up to 500 records, and resolving each was a third of a filter change.
 */
function answersOf<T>(tx: IDBTransaction, requests: IDBRequest[]): Promise<T[]> {
  const answers = new Array<T>(requests.length)
  if (requests.length === 0) return Promise.resolve(answers)
  return new Promise((resolve, reject) => {
    let left = requests.length
    requests.forEach((request, index) => {
      request.onsuccess = () => {
        answers[index] = request.result as T
        if (--left === 0) resolve(answers)
      }
    })
    tx.addEventListener('error', () => reject(tx.error))
    tx.addEventListener('abort', () => reject(tx.error ?? new Error('the read was aborted')))
  })
}

/** The records of these tasks, in their order, in one transaction. */
function readRecords(db: ArchiveDb, ids: string[]): Promise<Array<ArchivedTask | undefined>> {
  const tx = unwrap(db).transaction('tasks')
  const store = tx.objectStore('tasks')
  return answersOf(
    tx,
    ids.map((id) => store.get(id)),
  )
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
