import type { CreateOutcome } from '../../../api/createTask.ts'
import { jobIsOpen, type CreateJob } from './createJob.ts'
import type { QueueStore } from './queueStore.ts'

export interface ListedTask {
  id: string
  model: string
  createdAt?: number
  fileformat?: string
  subdivisionlevel?: string
}

export interface QueueDeps {
  store: QueueStore
  send: (job: CreateJob) => Promise<CreateOutcome>
  /** The status at Ark of each task still there (one list request for all of them). */
  statuses: (taskIds: string[]) => Promise<Map<string, string>>
  /** The newest tasks at Ark that could be this job's, to reconcile an uncertain request. */
  recentTasks: (job: CreateJob) => Promise<ListedTask[]>
  /** Keeps the job's input beside the task Ark made from it. */
  keepInput: (job: CreateJob, taskId: string) => Promise<void>
  limits: (model: string) => { requestsPerMinute: number; runningAtOnce: number }
  now: () => number
  /** Only one tab sends: the one holding this lock. */
  exclusively: (work: () => Promise<void>) => Promise<void>
  wait: (ms: number) => Promise<void>
}

const FINAL = new Set(['succeeded', 'failed', 'cancelled', 'expired'])
const MAX_NOT_SENT = 6
const RECONCILE_SLACK_MS = 10_000
export const QUEUE_TICK_MS = 2_000

/** Backoff for a request that surely did not reach Ark: 2 s, 4 s, … up to a minute. */
const backoff = (attempts: number) => Math.min(60_000, 1000 * 2 ** attempts)

/**
 * The create queue: sends waiting jobs in order, keeping each model under its requests a minute
 * and its running limit, watches what Ark made until it finishes, and never sends a request twice
 * when the first may have made a task: that job waits for the user, with Ark's likely matches.
 */
export function createQueue(deps: QueueDeps) {
  const { store } = deps
  let running = false
  let stopped = false

  async function update(job: CreateJob, change: Partial<CreateJob>) {
    Object.assign(job, change)
    await store.put(job)
  }

  async function lookForCandidates(job: CreateJob, claimed: Set<string>) {
    const sentAt = job.sentAt ?? job.addedAt
    const from = (sentAt - RECONCILE_SLACK_MS) / 1000
    const matches = (await deps.recentTasks(job)).filter(
      (task) =>
        !claimed.has(task.id) &&
        task.createdAt !== undefined &&
        task.createdAt >= from &&
        (job.model.startsWith('ep-') || task.model === job.model) &&
        (!job.format || task.fileformat === job.format) &&
        (!job.level || task.subdivisionlevel === job.level),
    )
    await update(job, { candidates: matches.map((t) => ({ id: t.id, createdAt: t.createdAt! })) })
  }

  async function sendOne(job: CreateJob, jobs: CreateJob[]) {
    // The user may have cancelled it since this pass read the queue.
    const now = (await store.all()).find((j) => j.id === job.id)
    if (now?.state !== 'waiting') return
    await update(job, { state: 'sending', sentAt: deps.now(), attempts: job.attempts + 1, reason: undefined })
    const outcome = await deps.send(job)
    switch (outcome.kind) {
      case 'created': {
        // The input is kept before the job says it is at Ark: a page closed between the two left a
        // task whose input was never kept. Closed before both, the job asks which task it was.
        const failure = await deps.keepInput(job, outcome.id).then(
          () => undefined,
          (error: unknown) => error,
        )
        await update(job, { state: 'atArk', taskId: outcome.id, taskStatus: 'queued', notBefore: undefined })
        if (failure) throw failure
        return
      }
      case 'notSent':
        if (job.attempts >= MAX_NOT_SENT)
          return update(job, { state: 'refused', reason: `Not sent after ${job.attempts} tries: ${outcome.reason}` })
        return update(job, {
          state: 'waiting',
          reason: outcome.reason,
          notBefore: deps.now() + (outcome.retryAfterMs ?? backoff(job.attempts)),
        })
      case 'refused':
        return update(job, { state: 'refused', reason: outcome.reason })
      case 'unknown':
        await update(job, { state: 'uncertain', reason: outcome.reason })
        return lookForCandidates(job, claimedIds(jobs)).catch(() => undefined)
    }
  }

  const claimedIds = (jobs: CreateJob[]) => new Set(jobs.flatMap((j) => (j.taskId ? [j.taskId] : [])))

  /** One pass: watch what is at Ark, then send what may go. True while there is more to do. */
  async function step(): Promise<boolean> {
    const jobs = await store.all()
    const atArk = jobs.filter((j) => j.state === 'atArk' && j.taskId)
    if (atArk.length > 0) {
      const statuses = await deps.statuses(atArk.map((j) => j.taskId!)).catch(() => undefined)
      for (const job of statuses ? atArk : []) {
        const status = statuses!.get(job.taskId!)
        if (status && FINAL.has(status)) await update(job, { state: 'done', taskStatus: status })
        else if (status && status !== job.taskStatus) await update(job, { taskStatus: status })
      }
    }
    const paused = await store.paused()
    if (!paused) {
      for (const job of jobs) {
        if (job.state !== 'waiting' || (job.notBefore ?? 0) > deps.now()) continue
        const limits = deps.limits(job.model)
        const sameModel = jobs.filter((j) => j.model === job.model)
        const inFlight = sameModel.filter((j) => j.state === 'sending' || j.state === 'atArk').length
        const lastMinute = sameModel.filter((j) => (j.sentAt ?? 0) > deps.now() - 60_000).length
        if (inFlight >= limits.runningAtOnce || lastMinute >= limits.requestsPerMinute) continue
        await sendOne(job, jobs)
      }
    }
    return jobs.some((j) => j.state === 'atArk' || (j.state === 'waiting' && !paused))
  }

  async function run() {
    // Whoever held the lock before stopped mid-way: a request it had out may have made a task.
    const jobs = await store.all()
    for (const job of jobs.filter((j) => j.state === 'sending')) {
      await update(job, { state: 'uncertain', reason: 'The page closed while this request was out.' })
      await lookForCandidates(job, claimedIds(jobs)).catch(() => undefined)
    }
    while (!stopped && (await step())) await deps.wait(QUEUE_TICK_MS)
  }

  function start() {
    if (running || stopped) return
    running = true
    void deps
      .exclusively(run)
      .catch(() => undefined)
      .finally(() => {
        running = false
      })
  }

  async function jobById(id: string) {
    const job = (await store.all()).find((j) => j.id === id)
    if (!job) throw new Error('That job is no longer in the queue.')
    return job
  }

  return {
    start,
    step,
    /** Ends this page's sending; what is queued stays for the next start. */
    stop() {
      stopped = true
    },
    async add(jobs: Omit<CreateJob, 'id' | 'addedAt' | 'state' | 'attempts'>[]) {
      const now = deps.now()
      for (const [index, job] of jobs.entries())
        await store.put({ ...job, id: crypto.randomUUID(), addedAt: now + index / 1000, state: 'waiting', attempts: 0 })
      start()
    },
    async setPaused(paused: boolean) {
      await store.setPaused(paused)
      if (!paused) start()
    },
    /** Takes every job that has not been sent out of the queue. */
    async cancelWaiting() {
      for (const job of await store.all()) if (job.state === 'waiting') await update(job, { state: 'cancelled' })
    },
    /** The user says an uncertain request made this task. */
    async claim(jobId: string, taskId: string) {
      const job = await jobById(jobId)
      await update(job, { state: 'atArk', taskId, taskStatus: undefined, candidates: undefined, reason: undefined })
      await deps.keepInput(job, taskId)
      start()
    },
    /** The user says an uncertain request made no task, or a refused one should go again. */
    async sendAgain(jobId: string) {
      const job = await jobById(jobId)
      await update(job, {
        state: 'waiting',
        candidates: undefined,
        reason: undefined,
        notBefore: undefined,
        attempts: 0,
      })
      start()
    },
    async lookAgain(jobId: string) {
      const job = await jobById(jobId)
      await lookForCandidates(job, claimedIds(await store.all()))
    },
    async remove(jobIds: string[]) {
      await store.remove(jobIds)
    },
    async clearFinished() {
      const jobs = await store.all()
      await store.remove(jobs.filter((j) => !jobIsOpen(j) && j.state !== 'uncertain').map((j) => j.id))
    },
  }
}

export type CreateQueue = ReturnType<typeof createQueue>
