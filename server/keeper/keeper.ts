import type { RelayLimits } from '../config.ts'
import type { OpenedFile } from '../fileRelay.ts'
import { ArkListError, type ListPage } from './arkLister.ts'
import { KeepFailure, type LocalFileStore } from './fileStore.ts'
import { listedItem, type KeeperIndex, type ListedItem } from './keeperIndex.ts'
import type { BucketStore } from './bucketStore.ts'

const PAGE_SIZE = 500
/** Between list pages: well under Ark's limits even for a week of a busy account. */
const PAGE_GAP_MS = 1_000
const LIST_WINDOW_S = 7 * 24 * 3600
/** Near the window's far edge a task may drop out of the list by age, not by deletion. */
const EDGE_S = 3600
const FILE_LIFETIME_S = 24 * 3600

export interface KeeperStatus {
  state: 'starting' | 'syncing' | 'keeping' | 'idle' | 'backing off'
  lastSyncAt?: number
  nextSyncAt?: number
  /** Why the last sync or download failed, until one succeeds. */
  lastError?: string
  tasks: number
  files: number
  bytes: number
  failed: number
  waiting: number
  /** The latest downloads that failed, with why. */
  failures: { taskId: string; reason: string; final: boolean }[]
}

export interface KeeperOptions {
  index: KeeperIndex
  store: LocalFileStore
  listPage: ListPage
  openFile: (url: string, signal: AbortSignal) => Promise<OpenedFile>
  limits: Pick<RelayLimits, 'maxBytes' | 'minProgress'>
  intervalMs: number
  /** Results downloaded at the same time, each over its own connection. */
  downloadsAtOnce: number
  /** A shared bucket: the truth for files and task records; the local folder then only stages downloads. */
  bucket?: BucketStore
  log: (line: string) => void
  now?: () => number
  wait?: (ms: number) => Promise<void>
}

/**
 * The server's keeper: on a timer, mirrors Ark's whole list into its index (Ark forgets after
 * 7 days) and downloads every succeeded result it has not kept (Ark deletes files after 24 h),
 * with no browser open. Failures back off and are said in its status; nothing kept is lost.
 */
export function createKeeper(options: KeeperOptions) {
  const { index, store } = options
  const now = options.now ?? Date.now
  const wait = options.wait ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  let state: KeeperStatus['state'] = 'starting'
  let lastSyncAt: number | undefined
  let nextSyncAt: number | undefined
  let lastError: string | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  let stopped = false
  let running: Promise<void> | undefined
  const abort = new AbortController()

  async function syncList() {
    state = 'syncing'
    const started = now()
    const listed = new Set<string>()
    let complete = false
    for (let page = 1; !stopped; page++) {
      let answer: { items: unknown[]; total: number }
      try {
        answer = await options.listPage(page, PAGE_SIZE)
      } catch (error) {
        if (error instanceof ArkListError && error.retryAfterMs !== undefined) {
          state = 'backing off'
          lastError = `${error.message}; waiting ${Math.round(error.retryAfterMs / 1000)} s`
          await wait(error.retryAfterMs)
          page--
          continue
        }
        throw error
      }
      const items: ListedItem[] = []
      for (const [i, raw] of answer.items.entries()) {
        const item = listedItem(raw, i)
        if (!item.id) continue
        listed.add(item.id)
        items.push(item)
      }
      const changed = options.bucket ? items.filter((item) => index.rawJson(item.id) !== JSON.stringify(item.raw)) : []
      index.upsert(items, started)
      await writeRecords(changed.map((item) => item.id))
      if (answer.items.length < PAGE_SIZE || listed.size >= answer.total) {
        complete = true
        break
      }
      await wait(PAGE_GAP_MS)
    }
    if (complete) {
      const gone = index.markUnlistedGone(listed, Math.floor(started / 1000) - LIST_WINDOW_S + EDGE_S, started)
      if (gone.length) options.log(`keeper: ${gone.length} task(s) no longer listed by Ark: deleted there`)
      await writeRecords(gone)
      lastSyncAt = now()
    }
  }

  const uploads = new Map<string, Promise<boolean>>()

  /** The bucket's record of each task, as this server's index now has it. */
  async function writeRecords(ids: string[]) {
    const bucket = options.bucket
    if (!bucket) return
    for (let at = 0; at < ids.length; at += 8)
      await Promise.all(
        ids.slice(at, at + 8).map(async (id) => {
          const task = index.task(id)
          if (task)
            await bucket.putTask(id, { raw: task.raw, file: task.file, gone: task.gone, pictureAt: task.pictureAt })
        }),
      )
  }

  async function keepOne(task: { id: string; fileUrl: string }) {
    const bucket = options.bucket
    // Another server on the bucket may have kept it already: then there is nothing to download.
    const shared = bucket && (await bucket.getTask(task.id))
    if (bucket && shared?.file && (await bucket.hasFile(shared.file.sha256))) {
      index.recordFile(task.id, shared.file.sha256, shared.file.bytes, shared.file.keptAt)
      return
    }
    const opened = await options.openFile(task.fileUrl, abort.signal)
    if (!opened.ok) {
      if (opened.code === 'FileExpired') {
        index.markFileGone(task.id, 'file-gone', now())
        return writeRecords([task.id])
      }
      throw new KeepFailure(opened.message, opened.status >= 500)
    }
    const kept = await store.keep(opened.response, options.limits)
    if (bucket) {
      // Two results with the same bytes in one round: one upload, which the other waits for.
      let upload = uploads.get(kept.sha256)
      if (!upload) {
        upload = bucket.putFile(kept.sha256, store.pathOf(kept.sha256)).finally(() => uploads.delete(kept.sha256))
        uploads.set(kept.sha256, upload)
        await upload
        await store.remove(kept.sha256)
      } else await upload
    }
    index.recordFile(task.id, kept.sha256, kept.bytes, now())
    await writeRecords([task.id])
  }

  async function keepFiles() {
    state = 'keeping'
    // Ark deletes a result 24 h after its task finished: past that, asking would only meet a 403.
    index.markExpiredFiles(Math.floor(now() / 1000) - FILE_LIFETIME_S, now())
    const waiting = index.waitingForFiles(now())
    let next = 0
    const worker = async () => {
      while (!stopped && next < waiting.length) {
        const task = waiting[next++]!
        try {
          await keepOne(task)
        } catch (error) {
          const failure = error instanceof KeepFailure ? error : new KeepFailure((error as Error).message, true)
          lastError = `${task.id}: ${failure.message}`
          options.log(`keeper: ${lastError}`)
          index.recordFailure(task.id, failure.message, failure.retry ? now() + options.intervalMs : undefined)
          if (/disk is full/.test(failure.message)) return
        }
      }
    }
    await Promise.all(Array.from({ length: options.downloadsAtOnce }, worker))
  }

  async function round() {
    const started = now()
    const before = index.counts()
    try {
      await syncList()
      await keepFiles()
      const after = index.counts()
      options.log(
        `keeper: sync done in ${((now() - started) / 1000).toFixed(1)} s: ${after.tasks} tasks (${after.tasks - before.tasks} new), ` +
          `${after.files} files kept (${after.files - before.files} new, ${(after.bytes / 1024 ** 2).toFixed(1)} MB), ` +
          `${after.failed} failing`,
      )
      if (index.counts().failed === 0) lastError = undefined
      state = 'idle'
    } catch (error) {
      state = 'backing off'
      lastError = error instanceof Error ? error.message : String(error)
      options.log(`keeper: ${lastError}`)
    }
    if (stopped) return
    nextSyncAt = now() + options.intervalMs
    timer = setTimeout(() => void runNow(), options.intervalMs)
  }

  let again: Promise<void> | undefined
  /** Starts a round now; while one runs, one more follows it, so what changed since it began is seen. */
  function runNow(): Promise<void> {
    clearTimeout(timer)
    if (!running) {
      running = round().finally(() => (running = undefined))
      return running
    }
    again ??= running.then(() => {
      again = undefined
      return runNow()
    })
    return again
  }

  return {
    /** Writes the bucket's records of these tasks from the index (after a change made outside a sync). */
    writeRecords,
    start: () => void runNow(),
    /** Runs a round now (or joins the one running) and resolves when it is done. */
    runNow,
    status(): KeeperStatus {
      return {
        state,
        lastSyncAt,
        nextSyncAt,
        lastError,
        ...index.counts(),
        waiting: index.waitingForFiles(Number.MAX_SAFE_INTEGER).length,
        failures: index.failures(5),
      }
    },
    async stop() {
      stopped = true
      clearTimeout(timer)
      abort.abort()
      await running?.catch(() => undefined)
      index.close()
    },
  }
}

export type Keeper = ReturnType<typeof createKeeper>
