import type { ArkTask } from '../../../api/arkTask.ts'
import { fetchResultFile, ResultFileError, type FetchProgress } from '../../../api/resultFile.ts'
import { fileExpiresAt } from '../../../api/taskFacts.ts'
import { announceArchiveChange } from '../db/archiveChanges.ts'
import { hasThumbnail, saveThumbnail } from '../db/thumbnailStore.ts'
import { archiveDb, type KeepJob } from '../db/archiveDb.ts'
import { markKept, storeFileMakingRoom } from '../db/fileStore.ts'
import { requestPersistentStorage } from '../db/persistentStorage.ts'
import { archivedTask, recordTasks } from '../db/taskRecords.ts'
import { readArkTask } from '../../../api/arkTask.ts'

/** Downloads at a time: enough to overlap latency, few enough to leave the list its bandwidth. */
export const KEEP_CONCURRENCY = 2

export interface KeepActivity {
  /** Jobs waiting or running, from IndexedDB: they survive a reload and resume. */
  jobs: KeepJob[]
  /** Bytes so far of the downloads running now. */
  progress: Record<string, FetchProgress>
}

let activity: KeepActivity = { jobs: [], progress: {} }
const listeners = new Set<() => void>()
const running = new Set<string>()
const downloads = new Map<string, AbortController>()
/**
 * Failures of this tab's attempts, by task. They rule over what IndexedDB holds: on a full disk the
 * write that records a failure can fail too, and the job must still end instead of running again.
 */
const failures = new Map<string, Pick<KeepJob, 'lastError' | 'retryable'>>()
/** Failed attempts in this tab, for the backoff when IndexedDB cannot count them. */
const attemptsHere = new Map<string, number>()
let started = false
/** Draws a result's picture off screen: the viewer's, handed in by app/ when the queue starts. */
export type PictureMaker = (zip: Blob, signal: AbortSignal) => Promise<Blob>
let makePicture: PictureMaker | undefined
let persistenceAsked = false

function publish(next: Partial<KeepActivity>) {
  activity = { ...activity, ...next }
  listeners.forEach((listener) => listener())
}

export const keepActivity = {
  subscribe(listener: () => void) {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
  get: () => activity,
}

/** Keeps a task's result: at once when a preview copy is already here, otherwise queued for download. */
export async function keepTask(task: ArkTask): Promise<void> {
  if (!task.fileUrl) throw new Error('This task has no result file to keep.')
  // Asked once something is worth keeping; browsers grant it more readily then.
  if (!persistenceAsked) {
    persistenceAsked = true
    void requestPersistentStorage()
  }
  if (await markKept(task.id)) return
  const existing = await archivedTask(task.id)
  if (existing?.file?.kept) return
  const db = await archiveDb()
  const job: KeepJob = { taskId: task.id, fileUrl: task.fileUrl, queuedAt: Date.now(), attempts: 0 }
  // The task record must exist for the job to show in the archive, also when it came from a detail fetch.
  if (!existing) await recordTasks([task], undefined)
  await db.put('keepQueue', job)
  await pump()
}

export async function cancelKeep(taskId: string): Promise<void> {
  failures.delete(taskId)
  attemptsHere.delete(taskId)
  await (await archiveDb()).delete('keepQueue', taskId)
  downloads.get(taskId)?.abort()
  await pump()
}

export async function retryKeep(taskId: string): Promise<void> {
  failures.delete(taskId)
  await clearStoredFailure(taskId).catch(() => undefined)
  await pump()
}

async function clearStoredFailure(taskId: string) {
  const db = await archiveDb()
  const job = await db.get('keepQueue', taskId)
  if (job?.lastError) await db.put('keepQueue', { ...job, lastError: undefined, retryable: undefined })
}

/** Starts the queue once per tab; jobs left by a reload or another tab's crash resume here. */
export function startKeepQueue(pictures: PictureMaker) {
  makePicture = pictures
  if (started) return
  started = true
  window.addEventListener('online', () => void retryAfterNetworkLoss())
  // A reload is a fresh start for downloads the network interrupted.
  void retryAfterNetworkLoss()
}

/** The only rule under which a failed job runs again by itself: it failed for the network. */
async function retryAfterNetworkLoss() {
  for (const job of await storedJobs()) {
    if (!job.lastError || !job.retryable) continue
    failures.delete(job.taskId)
    await clearStoredFailure(job.taskId).catch(() => undefined)
  }
  await pump()
}

/** The queue as IndexedDB holds it, with this tab's failures laid over it. */
async function storedJobs(): Promise<KeepJob[]> {
  const jobs = await (await archiveDb()).getAll('keepQueue')
  return jobs.map((job) => ({ ...job, ...failures.get(job.taskId) }))
}

async function pump(): Promise<void> {
  const jobs = await storedJobs()
  publish({ jobs })
  const ready = jobs.filter((job) => !job.lastError && !running.has(job.taskId))
  for (const job of ready) {
    if (running.size >= KEEP_CONCURRENCY) break
    running.add(job.taskId)
    void runJob(job)
      .catch((error: unknown) => {
        // Whatever broke outside the download itself still ends this job instead of re-running it.
        failures.set(job.taskId, {
          lastError: error instanceof Error ? error.message : String(error),
          retryable: false,
        })
      })
      .finally(() => {
        running.delete(job.taskId)
        const { [job.taskId]: _done, ...rest } = activity.progress
        publish({ progress: rest })
        void pump()
      })
  }
}

/** One tab downloads a given task; another tab holding the lock means it is already on its way. */
async function runJob(job: KeepJob): Promise<void> {
  const locks = globalThis.navigator?.locks
  if (!locks) return download(job)
  await locks.request(`ark3d-keep:${job.taskId}`, { ifAvailable: true }, async (lock) => {
    if (lock) await download(job)
  })
}

const abortedByCancel = (taskId: string) => downloads.get(taskId)?.signal.aborted === true

async function download(job: KeepJob): Promise<void> {
  const db = await archiveDb()
  if (!(await db.get('keepQueue', job.taskId))) return // cancelled or done in another tab
  const record = await archivedTask(job.taskId)
  if (record?.file?.kept) return void (await db.delete('keepQueue', job.taskId))
  const task = record ? readArkTask(record.raw, 0) : ({ id: job.taskId, fileUrl: job.fileUrl } as ArkTask)
  try {
    const abort = new AbortController()
    downloads.set(job.taskId, abort)
    const zip = await fetchResultFile(job.fileUrl, {
      onProgress: (progress) => publish({ progress: { ...activity.progress, [job.taskId]: progress } }),
      signal: abort.signal,
      expiresAt: fileExpiresAt(task),
      taskId: job.taskId,
    })
    if (abort.signal.aborted) return
    // Preview copies give way to a file the user asked to keep.
    await storeFileMakingRoom(task, new Blob([zip], { type: 'application/zip' }), true)
    void pictureIfNone(job.taskId, zip)
  } catch (error) {
    if (abortedByCancel(job.taskId)) return
    const message = error instanceof Error ? error.message : String(error)
    const retryable = error instanceof ResultFileError && error.kind === 'network'
    // First in memory: the job has ended whatever happens to the write below.
    failures.set(job.taskId, { lastError: message, retryable })
    const triedHere = (attemptsHere.get(job.taskId) ?? 0) + 1
    attemptsHere.set(job.taskId, triedHere)
    const attempts = Math.max(triedHere, await recordFailure(job.taskId, message, retryable))
    // Besides the browser's "online" event, which a flaky network may never send, try again later.
    if (retryable) setTimeout(() => void retryAfterNetworkLoss(), Math.min(60_000, 2_000 * 2 ** attempts))
    announceArchiveChange([job.taskId])
  } finally {
    downloads.delete(job.taskId)
  }
}

/** Saves why a job failed, so a reload still shows it; returns the attempts so far. */
async function recordFailure(taskId: string, lastError: string, retryable: boolean): Promise<number> {
  try {
    const db = await archiveDb()
    const current = await db.get('keepQueue', taskId)
    if (!current) return 1
    const attempts = current.attempts + 1
    await db.put('keepQueue', { ...current, attempts, lastError, retryable })
    return attempts
  } catch (error) {
    // A full disk can refuse even this small write; the failure stands in memory for this tab.
    console.warn('ark3d: the keep failure could not be saved:', error)
    return 1
  }
}

/** A kept (or auto-kept) result gets its picture too, drawn off screen from the zip just stored. */
async function pictureIfNone(taskId: string, zip: Blob) {
  try {
    if (!makePicture || (await hasThumbnail(taskId))) return
    await saveThumbnail(taskId, await makePicture(zip, new AbortController().signal))
  } catch (error) {
    // The file is kept; only its picture is missing, and "Make thumbnails" can try again.
    console.warn(`ark3d: no thumbnail for ${taskId}:`, error)
  }
}

/**
 * Keeps a task's result and settles once it is saved here, or rejects with why it was not: for a
 * step that must not go on without the file, such as deleting the task at Ark.
 */
export async function keepAndWait(task: ArkTask): Promise<void> {
  await keepTask(task)
  await new Promise<void>((resolve, reject) => {
    let settled = false
    const check = async () => {
      if (settled) return
      const job = activity.jobs.find((j) => j.taskId === task.id)
      const failure = failures.get(task.id)?.lastError ?? job?.lastError
      if (failure) return finish(() => reject(new Error(failure)))
      if (job || running.has(task.id)) return
      if ((await archivedTask(task.id))?.file?.kept) finish(resolve)
      else finish(() => reject(new Error('The file was not saved.')))
    }
    const unsubscribe = keepActivity.subscribe(() => void check())
    const finish = (settle: () => void) => {
      if (settled) return
      settled = true
      unsubscribe()
      settle()
    }
    void check()
  })
}
