import {
  DEMO_ENDPOINTS,
  DEMO_FAILURES,
  SUBDIVISION_LEVELS,
  type DemoEndpoint,
  type DemoZipKind,
} from './demoCatalog.ts'
import { seededRandom, type Random } from './random.ts'

const DAY = 86_400
export const LIST_WINDOW_SECONDS = 7 * DAY
export const FILE_LIFETIME_SECONDS = DAY
export const CANCELLED_VISIBLE_SECONDS = DAY

export type FinalOutcome = 'succeeded' | 'failed' | 'expired'
export type FileFormat = 'glb' | 'obj' | 'usd' | 'usdz'

/** A task as the demo Ark keeps it: its whole life is planned at creation, its status derived from the clock. */
export interface DemoTask {
  id: string
  endpoint: DemoEndpoint
  createdAt: number
  startsAt: number
  finishesAt: number
  outcome: FinalOutcome
  cancelledAt?: number
  error?: { code: string; message: string }
  fileformat?: FileFormat
  subdivisionlevel?: (typeof SUBDIVISION_LEVELS)[number]
  zipKind?: DemoZipKind
  /** Its file host ignores Range (the e2e test of the one-request fallback). */
  fileIgnoresRange?: boolean
  /** The file was removed early (as if Ark's cleanup ran), whatever the clock says. */
  fileRemoved?: boolean
  /** The documentation's examples send timestamps as strings; some demo items do too. */
  stringTimestamps: boolean
}

export type DemoStatus = 'queued' | 'running' | 'cancelled' | FinalOutcome

export function statusAt(task: DemoTask, now: number): DemoStatus {
  if (task.cancelledAt !== undefined && now >= task.cancelledAt) return 'cancelled'
  if (now < task.startsAt) return 'queued'
  if (now < task.finishesAt) return 'running'
  return task.outcome
}

export function updatedAt(task: DemoTask, now: number): number {
  if (task.cancelledAt !== undefined && now >= task.cancelledAt) return task.cancelledAt
  if (now < task.startsAt) return task.createdAt
  if (now < task.finishesAt) return task.startsAt
  return task.finishesAt
}

/** Listed and readable: created inside [now-7d, now], and a cancelled task only for 24 h. */
export function isVisible(task: DemoTask, now: number): boolean {
  if (task.createdAt < now - LIST_WINDOW_SECONDS || task.createdAt > now) return false
  if (task.cancelledAt !== undefined && now >= task.cancelledAt + CANCELLED_VISIBLE_SECONDS) return false
  return true
}

export function fileState(task: DemoTask, now: number): 'available' | 'expired' | 'none' {
  if (statusAt(task, now) !== 'succeeded') return 'none'
  if (task.fileRemoved || now >= task.finishesAt + FILE_LIFETIME_SECONDS) return 'expired'
  return 'available'
}

function taskId(createdAt: number, random: Random): string {
  const stamp = new Date(createdAt * 1000).toISOString().replace(/[-:T]/g, '').slice(0, 14)
  return `cgt-${stamp}-${random.suffix()}`
}

function zipKindFor(endpoint: DemoEndpoint, format: FileFormat, random: Random): DemoZipKind {
  if (format === 'obj') return 'obj'
  if (format === 'usdz') return 'usdz'
  if (format === 'usd') return 'usd'
  if (endpoint.model.includes('seed3d-2-0')) return 'glb-variants'
  return random.chance(0.5) ? 'glb-robot' : 'glb-plant'
}

export interface NewTaskPlan {
  endpoint: DemoEndpoint
  createdAt: number
  queuedSeconds: number
  runningSeconds: number
  outcome: FinalOutcome
  fileformat?: FileFormat
  random: Random
}

export function planTask(plan: NewTaskPlan): DemoTask {
  const { endpoint, createdAt, random } = plan
  const task: DemoTask = {
    id: taskId(createdAt, random),
    endpoint,
    createdAt,
    startsAt: createdAt + plan.queuedSeconds,
    finishesAt: createdAt + plan.queuedSeconds + plan.runningSeconds,
    outcome: plan.outcome,
    stringTimestamps: random.chance(0.15),
  }
  if (endpoint.kind === '3d') {
    const format = plan.fileformat ?? random.pick(['glb', 'glb', 'glb', 'obj', 'usdz', 'usd'] as const)
    task.fileformat = format
    task.subdivisionlevel = random.pick(SUBDIVISION_LEVELS)
    task.zipKind = zipKindFor(endpoint, format, random)
  }
  if (plan.outcome === 'failed') task.error = { ...random.pick(DEMO_FAILURES) }
  return task
}

/**
 * A few hundred tasks over the last 7 days (and some older, which Ark no longer lists), in every
 * status; the queued and running ones finish over the next minutes.
 */
export function seedDemoTasks(now: number, seed = 20251125): DemoTask[] {
  const random = seededRandom(seed)
  const tasks: DemoTask[] = []
  const endpoints3d = DEMO_ENDPOINTS.filter((e) => e.kind === '3d')
  const videoEndpoint = DEMO_ENDPOINTS.find((e) => e.kind === 'video')!
  for (let i = 0; i < 600; i++) {
    // Skewed towards the recent past, so a good share still has its file (24 h).
    const ageSeconds = Math.floor(Math.pow(random.next(), 1.6) * (LIST_WINDOW_SECONDS - 600)) + 300
    const isVideo = random.chance(0.06)
    const endpoint = isVideo ? videoEndpoint : random.pick(endpoints3d)
    const outcome: FinalOutcome = random.chance(0.16)
      ? 'failed'
      : isVideo && random.chance(0.2)
        ? 'expired'
        : 'succeeded'
    const task = planTask({
      endpoint,
      createdAt: now - ageSeconds,
      queuedSeconds: random.int(5, 240),
      runningSeconds: random.int(60, 420),
      outcome,
      random,
    })
    if (outcome === 'succeeded' && random.chance(0.05)) task.fileRemoved = true
    tasks.push(task)
  }
  // Cancelled while queued: visible for 24 h, then gone.
  for (let i = 0; i < 8; i++) {
    const createdAt = now - random.int(600, 2 * DAY)
    const task = planTask({
      endpoint: random.pick(endpoints3d),
      createdAt,
      queuedSeconds: 3 * DAY,
      runningSeconds: 300,
      outcome: 'succeeded',
      random,
    })
    task.cancelledAt = createdAt + random.int(30, 600)
    tasks.push(task)
  }
  // Still in flight at start: they finish while the user watches.
  for (let i = 0; i < 6; i++) {
    const createdAt = now - random.int(5, 60)
    tasks.push(
      planTask({
        endpoint: random.pick(endpoints3d),
        createdAt,
        queuedSeconds: i < 3 ? random.int(60, 120) : 10,
        runningSeconds: random.int(60, 180),
        outcome: i === 5 ? 'failed' : 'succeeded',
        random,
      }),
    )
  }
  // Older than the 7-day window: Ark has forgotten them.
  for (let i = 0; i < 12; i++) {
    tasks.push(
      planTask({
        endpoint: random.pick(endpoints3d),
        createdAt: now - LIST_WINDOW_SECONDS - random.int(60, 5 * DAY),
        queuedSeconds: 20,
        runningSeconds: 200,
        outcome: 'succeeded',
        random,
      }),
    )
  }
  return tasks
}
