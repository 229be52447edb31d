import { afterEach, describe, expect, it } from 'vitest'
import type { CreateOutcome } from '../../../api/createTask.ts'
import type { CreateJob } from './createJob.ts'
import { createQueue, type ListedTask } from './createQueue.ts'
import type { QueueStore } from './queueStore.ts'

function memoryStore(): QueueStore & { jobs: Map<string, CreateJob> } {
  const jobs = new Map<string, CreateJob>()
  let paused = false
  return {
    jobs,
    all: async () => [...jobs.values()].map((j) => ({ ...j })).sort((a, b) => a.addedAt - b.addedAt),
    put: async (job) => void jobs.set(job.id, { ...job }),
    remove: async (ids) => ids.forEach((id) => jobs.delete(id)),
    paused: async () => paused,
    setPaused: async (next) => void (paused = next),
    subscribe: () => () => undefined,
  }
}

const queues: { stop: () => void }[] = []
afterEach(() => queues.splice(0).forEach((queue) => queue.stop()))

function harness(outcomes: (job: CreateJob, n: number) => CreateOutcome) {
  const store = memoryStore()
  let clock = 1_000_000
  let sent = 0
  const atArk = new Map<string, string>()
  const listed: ListedTask[] = []
  const kept: string[] = []
  const queue = createQueue({
    store,
    send: async (job) => {
      const outcome = outcomes(job, ++sent)
      if (outcome.kind === 'created') atArk.set(outcome.id, 'queued')
      return outcome
    },
    statuses: async (ids) => new Map(ids.flatMap((id) => (atArk.has(id) ? [[id, atArk.get(id)!] as const] : []))),
    recentTasks: async () => listed,
    keepInput: async (_job, taskId) => void kept.push(taskId),
    limits: () => ({ requestsPerMinute: 300, runningAtOnce: 5 }),
    now: () => clock,
    exclusively: (work) => work(),
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms / 1000)),
  })
  queues.push(queue)
  // Put in the store without starting the queue, so each test drives its passes itself.
  let added = 0
  const seed = async (count: number) => {
    for (let i = 0; i < count; i++)
      await store.put({ ...job, id: `job-${++added}`, addedAt: clock + added, state: 'waiting', attempts: 0 })
  }
  const states = () => [...store.jobs.values()].map((j) => j.state)
  return {
    store,
    queue,
    atArk,
    listed,
    kept,
    states,
    seed,
    sent: () => sent,
    tick: (ms: number) => (clock += ms),
    now: () => clock,
  }
}
const job = { model: 'doubao-seed3d-2-0-260328', format: 'glb' as const, level: 'medium' as const }

describe('the create queue', () => {
  it('keeps a batch under the running limit, sending more as tasks finish', async () => {
    const h = harness((_job, n) => ({ kind: 'created', id: `cgt-${n}` }))
    await h.seed(12)
    await h.queue.step()
    expect(h.sent()).toBe(5)
    expect(h.kept).toEqual(['cgt-1', 'cgt-2', 'cgt-3', 'cgt-4', 'cgt-5'])
    h.atArk.set('cgt-1', 'succeeded')
    h.atArk.set('cgt-2', 'failed')
    await h.queue.step()
    expect(h.sent()).toBe(7)
    expect(h.states().filter((s) => s === 'done')).toHaveLength(2)
  })

  it('never sends again a request whose fate is unknown: it offers what Ark made then', async () => {
    const h = harness(() => ({ kind: 'unknown', reason: 'No answer within 90 s.' }))
    await h.seed(1)
    h.listed.push(
      {
        id: 'cgt-match',
        model: job.model,
        createdAt: h.now() / 1000 + 1,
        fileformat: 'glb',
        subdivisionlevel: 'medium',
      },
      {
        id: 'cgt-other-format',
        model: job.model,
        createdAt: h.now() / 1000 + 1,
        fileformat: 'obj',
        subdivisionlevel: 'medium',
      },
      {
        id: 'cgt-too-old',
        model: job.model,
        createdAt: h.now() / 1000 - 3600,
        fileformat: 'glb',
        subdivisionlevel: 'medium',
      },
    )
    await h.queue.step()
    await h.queue.step()
    expect(h.sent()).toBe(1)
    const [uncertain] = h.store.jobs.values()
    expect(uncertain).toMatchObject({ state: 'uncertain', candidates: [{ id: 'cgt-match' }] })
    await h.queue.claim(uncertain!.id, 'cgt-match')
    expect(h.kept).toEqual(['cgt-match'])
    expect(h.store.jobs.get(uncertain!.id)).toMatchObject({ state: 'atArk', taskId: 'cgt-match' })
  })

  it('sends again after Retry-After when Ark refused for rate, and not before', async () => {
    const h = harness((_job, n) =>
      n === 1 ? { kind: 'notSent', reason: 'Too many requests', retryAfterMs: 5000 } : { kind: 'created', id: 'cgt-2' },
    )
    await h.seed(1)
    await h.queue.step()
    await h.queue.step()
    expect(h.sent()).toBe(1)
    expect(h.states()).toEqual(['waiting'])
    h.tick(5000)
    await h.queue.step()
    expect(h.sent()).toBe(2)
    expect(h.states()).toEqual(['atArk'])
  })

  it('stops at a refusal with its reason, and treats a page closed mid-send as uncertain', async () => {
    const h = harness(() => ({ kind: 'refused', reason: 'The image could not be downloaded.' }))
    await h.seed(2)
    const [first, second] = h.store.jobs.values()
    await h.store.put({ ...first!, state: 'sending', sentAt: h.now() })
    h.queue.start()
    await expect.poll(() => h.store.jobs.get(second!.id)?.state).toBe('refused')
    expect(h.store.jobs.get(first!.id)).toMatchObject({ state: 'uncertain', reason: /page closed/ })
    expect(h.store.jobs.get(second!.id)?.reason).toBe('The image could not be downloaded.')
  })
})
