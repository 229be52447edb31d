import { readArkTask, type ArkTask } from '../../../api/arkTask.ts'
import { onArchiveChange } from '../db/archiveChanges.ts'
import { archiveDb } from '../db/archiveDb.ts'
import type { LibraryFilters } from './libraryFilters.ts'
import { libraryChoices, libraryRow, selectRows, type LibraryChoices, type LibraryRow } from './libraryRows.ts'

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
}

let loading: Promise<Loaded> | undefined
let watching = false

/** Reads the whole library once into small rows; read again after the archive changes. */
function loaded(): Promise<Loaded> {
  if (!watching) {
    watching = true
    onArchiveChange(() => (loading = undefined))
  }
  loading ??= (async () => {
    const db = await archiveDb()
    const tx = db.transaction(['tasks', 'annotations', 'thumbnails'])
    const [records, annotationList, pictured] = await Promise.all([
      tx.objectStore('tasks').getAll(),
      tx.objectStore('annotations').getAll(),
      tx.objectStore('thumbnails').getAllKeys(),
    ])
    const annotations = new Map(annotationList.map((a) => [a.taskId, a]))
    const withPicture = new Set(pictured)
    const rows = records.map((record) => libraryRow(record, annotations.get(record.id), withPicture.has(record.id)))
    return { rows, choices: libraryChoices(rows) }
  })().catch((error: unknown) => {
    loading = undefined
    throw error
  })
  return loading
}

/** One page of the library under its filters and sort, over everything this browser holds. */
export async function libraryPage(filters: LibraryFilters, pageNum: number, pageSize: number): Promise<LibraryPage> {
  const { rows, choices } = await loaded()
  const matching = selectRows(rows, filters)
  const onPage = matching.slice((pageNum - 1) * pageSize, pageNum * pageSize)
  const db = await archiveDb()
  const tx = db.transaction('tasks')
  const records = await Promise.all(onPage.map((row) => tx.store.get(row.id)))
  const items = records.flatMap((record, index) => (record ? [readArkTask(record.raw, index)] : []))
  return { items, total: matching.length, size: rows.length, choices }
}
