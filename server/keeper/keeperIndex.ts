import './sqliteBaselineOnly.ts'
import sqlite from 'node-sqlite3-wasm'
import { readArkTask } from '../../src/api/arkTask.ts'

/** Each step takes the schema from the version before it to its own; `PRAGMA user_version` says where a file is. */
const MIGRATIONS = [
  `CREATE TABLE tasks (
     id TEXT PRIMARY KEY,
     raw TEXT NOT NULL,
     status TEXT NOT NULL,
     created_at INTEGER,
     file_url TEXT,
     finished_at INTEGER,
     first_seen INTEGER NOT NULL,
     last_seen INTEGER NOT NULL,
     gone_at INTEGER,
     gone_why TEXT
   );
   CREATE TABLE files (
     task_id TEXT PRIMARY KEY,
     sha256 TEXT NOT NULL,
     bytes INTEGER NOT NULL,
     kept_at INTEGER NOT NULL
   );
   CREATE TABLE failures (
     task_id TEXT PRIMARY KEY,
     reason TEXT NOT NULL,
     attempts INTEGER NOT NULL,
     next_try INTEGER NOT NULL,
     final INTEGER NOT NULL
   );`,
  `ALTER TABLE tasks ADD COLUMN picture_at INTEGER;`,
]

export interface KeptTask {
  id: string
  raw: unknown
  status: string
  createdAt?: number
  file?: { sha256: string; bytes: number; keptAt: number }
  gone?: { at: number; why: GoneWhy }
  failure?: { reason: string; final: boolean }
  /** When a browser gave the server this task's picture. */
  pictureAt?: number
}

/** Deleted at Ark; its file refused by the host; or past the 24 h Ark keeps a file. */
export type GoneWhy = 'deleted' | 'file-gone' | 'file-expired'

export interface ListedItem {
  id: string
  raw: unknown
  status: string
  createdAt?: number
  finishedAt?: number
  fileUrl?: string
}

/** A list item as the index records it: the fields it sorts, filters and keeps by, read from Ark's item. */
export function listedItem(raw: unknown, index: number): ListedItem {
  const task = readArkTask(raw, index)
  return {
    id: task.id,
    raw,
    status: task.status,
    createdAt: task.createdAt,
    finishedAt: task.status === 'succeeded' ? task.updatedAt : undefined,
    fileUrl: task.fileUrl,
  }
}

/** The columns every task row starts with: id, raw, status, created_at, file_url, finished_at. */
const itemValues = (item: ListedItem) => [
  item.id,
  JSON.stringify(item.raw),
  item.status,
  item.createdAt ?? null,
  item.fileUrl ?? null,
  item.finishedAt ?? null,
]

/**
 * The keeper's index of tasks and kept files, in an embedded SQLite database (WebAssembly, so
 * nothing is compiled at install). The files themselves live beside it, named by their SHA-256.
 */
export function openKeeperIndex(path: string) {
  const db = new sqlite.Database(path)
  db.exec('PRAGMA journal_mode = WAL')
  const version = Number(db.get('PRAGMA user_version')?.user_version ?? 0)
  if (version > MIGRATIONS.length)
    throw new Error(`${path} was written by a newer ark3d (schema ${version}); this one knows ${MIGRATIONS.length}.`)
  for (let step = version; step < MIGRATIONS.length; step++) {
    db.exec('BEGIN')
    db.exec(MIGRATIONS[step]!)
    db.exec(`PRAGMA user_version = ${step + 1}`)
    db.exec('COMMIT')
  }

  const inTransaction = <T>(work: () => T): T => {
    db.exec('BEGIN')
    try {
      const result = work()
      db.exec('COMMIT')
      return result
    } catch (error) {
      db.exec('ROLLBACK')
      throw error
    }
  }

  const read = (row: Record<string, unknown>): KeptTask => ({
    id: String(row.id),
    raw: JSON.parse(String(row.raw)),
    status: String(row.status),
    createdAt: row.created_at === null ? undefined : Number(row.created_at),
    file: row.sha256
      ? { sha256: String(row.sha256), bytes: Number(row.bytes), keptAt: Number(row.kept_at) }
      : undefined,
    gone: row.gone_at ? { at: Number(row.gone_at), why: row.gone_why as GoneWhy } : undefined,
    failure: row.reason ? { reason: String(row.reason), final: Boolean(row.final) } : undefined,
    pictureAt: row.picture_at ? Number(row.picture_at) : undefined,
  })
  const SELECT = `SELECT t.*, f.sha256, f.bytes, f.kept_at, x.reason, x.final
    FROM tasks t LEFT JOIN files f ON f.task_id = t.id LEFT JOIN failures x ON x.task_id = t.id`

  return {
    /** Records what a list page said; a task Ark lists again is no longer gone. */
    upsert(items: ListedItem[], seenAt: number) {
      inTransaction(() => {
        for (const item of items)
          db.run(
            `INSERT INTO tasks (id, raw, status, created_at, file_url, finished_at, first_seen, last_seen)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT (id) DO UPDATE SET raw = excluded.raw, status = excluded.status,
               created_at = excluded.created_at, file_url = excluded.file_url,
               finished_at = excluded.finished_at, last_seen = excluded.last_seen,
               gone_at = CASE WHEN tasks.gone_why = 'deleted' THEN NULL ELSE tasks.gone_at END,
               gone_why = CASE WHEN tasks.gone_why = 'deleted' THEN NULL ELSE tasks.gone_why END`,
            [...itemValues(item), seenAt, seenAt],
          )
      })
    },
    /** Ark's item as last recorded, to tell which sightings changed anything. */
    rawJson(id: string): string | undefined {
      const row = db.get('SELECT raw FROM tasks WHERE id = ?', [id])
      return row ? String(row.raw) : undefined
    },
    /** Rebuilds from a shared store's records: each task, what was kept of it and what went. */
    importRecords(
      records: { item: ListedItem; file?: KeptTask['file']; gone?: KeptTask['gone']; pictureAt?: number }[],
      at: number,
    ) {
      inTransaction(() => {
        for (const { item, file, gone, pictureAt } of records) {
          db.run(
            `INSERT OR REPLACE INTO tasks
               (id, raw, status, created_at, file_url, finished_at, first_seen, last_seen, gone_at, gone_why, picture_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
            [...itemValues(item), at, at, gone?.at ?? null, gone?.why ?? null, pictureAt ?? null],
          )
          if (file)
            db.run('INSERT OR REPLACE INTO files (task_id, sha256, bytes, kept_at) VALUES (?, ?, ?, ?)', [
              item.id,
              file.sha256,
              file.bytes,
              file.keptAt,
            ])
        }
      })
    },
    /** Tasks created since `from` that a whole sync did not list: deleted at Ark. */
    markUnlistedGone(listed: Set<string>, from: number, at: number): string[] {
      const candidates = db.all('SELECT id FROM tasks WHERE gone_at IS NULL AND created_at >= ?', [from])
      const gone = candidates.map((r) => String(r.id)).filter((id) => !listed.has(id))
      inTransaction(() => {
        for (const id of gone) db.run(`UPDATE tasks SET gone_at = ?, gone_why = 'deleted' WHERE id = ?`, [at, id])
      })
      return gone
    },
    markFileGone(taskId: string, why: GoneWhy, at: number) {
      db.run(`UPDATE tasks SET gone_at = ?, gone_why = ? WHERE id = ? AND gone_at IS NULL`, [at, why, taskId])
    },
    /** Results not kept whose task finished before `finishedBefore` (Unix seconds): Ark has deleted their files. */
    markExpiredFiles(finishedBefore: number, at: number) {
      db.run(
        `UPDATE tasks SET gone_at = ?, gone_why = 'file-expired'
         WHERE gone_at IS NULL AND status = 'succeeded' AND finished_at IS NOT NULL AND finished_at < ?
           AND id NOT IN (SELECT task_id FROM files)`,
        [at, finishedBefore],
      )
    },
    /** Succeeded results with a file link, not kept yet and not given up on, whose next try is due. */
    waitingForFiles(now: number): { id: string; fileUrl: string }[] {
      return db
        .all(
          `SELECT t.id, t.file_url FROM tasks t
           LEFT JOIN files f ON f.task_id = t.id LEFT JOIN failures x ON x.task_id = t.id
           WHERE t.status = 'succeeded' AND t.file_url IS NOT NULL AND f.task_id IS NULL AND t.gone_at IS NULL
             AND (x.task_id IS NULL OR (x.final = 0 AND x.next_try <= ?))
           ORDER BY t.created_at DESC`,
          [now],
        )
        .map((r) => ({ id: String(r.id), fileUrl: String(r.file_url) }))
    },
    recordFile(taskId: string, sha256: string, bytes: number, keptAt: number) {
      inTransaction(() => {
        db.run('INSERT OR REPLACE INTO files (task_id, sha256, bytes, kept_at) VALUES (?, ?, ?, ?)', [
          taskId,
          sha256,
          bytes,
          keptAt,
        ])
        db.run('DELETE FROM failures WHERE task_id = ?', [taskId])
      })
    },
    recordFailure(taskId: string, reason: string, retryAt: number | undefined) {
      const attempts = Number(db.get('SELECT attempts FROM failures WHERE task_id = ?', [taskId])?.attempts ?? 0) + 1
      db.run('INSERT OR REPLACE INTO failures (task_id, reason, attempts, next_try, final) VALUES (?, ?, ?, ?, ?)', [
        taskId,
        reason,
        attempts,
        retryAt ?? 0,
        retryAt === undefined ? 1 : 0,
      ])
    },
    recordPicture(taskId: string, at: number) {
      db.run('UPDATE tasks SET picture_at = ? WHERE id = ?', [at, taskId])
    },
    failures(limit: number): { taskId: string; reason: string; final: boolean }[] {
      return db
        .all('SELECT task_id, reason, final FROM failures ORDER BY rowid DESC LIMIT ?', [limit])
        .map((r) => ({ taskId: String(r.task_id), reason: String(r.reason), final: Boolean(r.final) }))
    },
    task(id: string): KeptTask | undefined {
      const row = db.get(`${SELECT} WHERE t.id = ?`, [id])
      return row ? read(row) : undefined
    },
    tasks(): KeptTask[] {
      return db.all(`${SELECT} ORDER BY t.created_at DESC`).map(read)
    },
    counts(): { tasks: number; files: number; bytes: number; failed: number } {
      const row = db.get(
        `SELECT (SELECT count(*) FROM tasks) AS tasks, (SELECT count(*) FROM files) AS files,
           (SELECT coalesce(sum(bytes), 0) FROM (SELECT DISTINCT sha256, bytes FROM files)) AS bytes,
           (SELECT count(*) FROM failures) AS failed`,
      )!
      return {
        tasks: Number(row.tasks),
        files: Number(row.files),
        bytes: Number(row.bytes),
        failed: Number(row.failed),
      }
    },
    close: () => db.close(),
  }
}

export type KeeperIndex = ReturnType<typeof openKeeperIndex>
