import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import { archiveDbName } from './archiveScope.ts'
import { withIndexKeys } from './indexKeys.ts'

/** A task as the dashboard last saw it, kept after Ark stops listing it (7 days) or deletes its file (24 h). */
export interface ArchivedTask {
  id: string
  /** The list item exactly as Ark sent it; read with `readArkTask` like a live one. */
  raw: unknown
  /** Copied out of `raw` for sorting and filtering without reading every item. */
  status: string
  createdAt?: number
  /** Endpoint IDs (`filter.model`) of the filtered lists this task was seen in: the item itself names only the model. */
  endpoints: string[]
  firstSeenAt: number
  lastSeenAt: number
  /** Set when a copy of the result zip is in `files`. */
  file?: LocalFileMeta
  /** The user removed the kept copy: auto-keep leaves this task alone. */
  keepDeclined?: boolean
  /** Index keys, derived by `withIndexKeys` from the fields above; see there. */
  sortAt: number
  endpointKeys: [string, number, string][]
  endpointStatusKeys: [string, string, number, string][]
  facets: TaskFacets
}

/** Copied out of `raw` for the library's filters and search. */
export interface TaskFacets {
  model?: string
  format?: string
  level?: string
  /** The error's code and message, for search. */
  errorText?: string
}

/** What the user said of a task: kept apart from Ark's record, which a new sighting replaces. */
export interface TaskAnnotation {
  taskId: string
  name?: string
  starred?: boolean
  tags?: string[]
  note?: string
  updatedAt: number
}

export interface LocalFileMeta {
  bytes: number
  storedAt: number
  /** Kept by the user or by auto-keep; otherwise a copy saved when previewed, evicted first. */
  kept: boolean
}

export interface StoredFile {
  taskId: string
  blob: Blob
}

export interface KeepJob {
  taskId: string
  fileUrl: string
  queuedAt: number
  /** Why the last attempt failed, shown until it succeeds or is dismissed. */
  lastError?: string
  /** A network failure: tried again when the browser is back online. */
  retryable?: boolean
  attempts: number
}

/** A picture of the framed model, rendered once when the result was first shown (about 256 px, WebP). */
export interface StoredThumbnail {
  taskId: string
  blob: Blob
  madeAt: number
}

/**
 * What a task was made from, kept by this dashboard when it created the task: Ark's answers never
 * echo the input back.
 */
export interface TaskInput {
  taskId: string
  model: string
  image?: Blob
  imageName?: string
  width?: number
  height?: number
  prompt?: string
  level?: string
  format?: string
  createdAt: number
  /** The task this one was generated again from. */
  generatedFrom?: string
}

interface ArchiveSchema extends DBSchema {
  tasks: {
    key: string
    value: ArchivedTask
    indexes: {
      fileStoredAt: number
      byTime: [number, string]
      byStatus: [string, number, string]
      byEndpoint: [string, number, string]
      byEndpointStatus: [string, string, number, string]
    }
  }
  files: { key: string; value: StoredFile }
  keepQueue: { key: string; value: KeepJob }
  kv: { key: string; value: string }
  thumbnails: { key: string; value: StoredThumbnail }
  annotations: { key: string; value: TaskAnnotation }
  inputs: { key: string; value: TaskInput }
}

export type ArchiveDb = IDBPDatabase<ArchiveSchema>

let opening: Promise<ArchiveDb> | undefined
let opened: ArchiveDb | undefined

/** The database if this page has opened it: a read can then start within the caller's own task. */
export const archiveDbIfOpen = (): ArchiveDb | undefined => opened

export function archiveDb(): Promise<ArchiveDb> {
  opening ??= openDB<ArchiveSchema>(archiveDbName(), 5, {
    async upgrade(db, oldVersion, _newVersion, transaction) {
      if (oldVersion < 1) {
        const tasks = db.createObjectStore('tasks', { keyPath: 'id' })
        // Only records with a local file have this key, so the index lists exactly the stored files.
        tasks.createIndex('fileStoredAt', 'file.storedAt')
        db.createObjectStore('files', { keyPath: 'taskId' })
        db.createObjectStore('keepQueue', { keyPath: 'taskId' })
        db.createObjectStore('kv')
      }
      if (oldVersion < 2) db.createObjectStore('thumbnails', { keyPath: 'taskId' })
      if (oldVersion < 3) {
        // Each filter the list offers reads one index in Ark's order (newest first), so a page of
        // 100,000 tasks costs a count and two cursor jumps instead of reading every record.
        const tasks = transaction.objectStore('tasks')
        tasks.createIndex('byTime', ['sortAt', 'id'])
        tasks.createIndex('byStatus', ['status', 'sortAt', 'id'])
        tasks.createIndex('byEndpoint', 'endpointKeys', { multiEntry: true })
        tasks.createIndex('byEndpointStatus', 'endpointStatusKeys', { multiEntry: true })
      }
      if (oldVersion < 4) db.createObjectStore('annotations', { keyPath: 'taskId' })
      if (oldVersion < 5) db.createObjectStore('inputs', { keyPath: 'taskId' })
      if (oldVersion >= 1 && oldVersion < 4) {
        const tasks = transaction.objectStore('tasks')
        for (let cursor = await tasks.openCursor(); cursor; cursor = await cursor.continue())
          await cursor.update(withIndexKeys(cursor.value))
      }
    },
    blocking() {
      // Another tab needs a newer schema: let it upgrade; this tab reopens on its next use.
      void opening?.then((db) => db.close())
      opening = undefined
      opened = undefined
    },
  }).then(
    (db) => (opened = db),
    (error) => {
      opening = undefined
      throw error
    },
  )
  return opening
}
