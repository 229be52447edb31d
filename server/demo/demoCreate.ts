import { catalogEntry, batchLimits, isEndpointId } from '../../src/api/modelCatalog.ts'
import { readCreateTaskBody, type CreateTaskSpec } from '../../src/api/createTaskRequest.ts'
import { DEMO_ENDPOINTS, type DemoEndpoint } from './demoCatalog.ts'
import type { DemoTask, FileFormat } from './demoTasks.ts'

/** The shortest wait in the queue before a created task starts. */
const QUEUED_SECONDS = 2

export type CreateDecision =
  | {
      ok: true
      endpoint: DemoEndpoint
      spec: CreateTaskSpec
      startsAt: number
      finishesAt: number
      failure?: DemoTask['error']
    }
  | { ok: false; status: 400 | 404 | 429; code: string; message: string; param?: string; retryAfter?: number }

export interface CreatedEntry {
  id: string
  model: string
  createdAt: number
  startsAt: number
  finishesAt: number
}

/** The formats the demo has a shipped model for. */
const SHIPPED_FORMATS: readonly string[] = ['glb', 'obj', 'usd', 'usdz']

function endpointOf(model: string): DemoEndpoint | undefined {
  if (isEndpointId(model)) return DEMO_ENDPOINTS.find((e) => e.id === model && e.kind === '3d')
  return catalogEntry(model) ? { id: model, model, kind: '3d' } : undefined
}

function mentionsSensitive(spec: CreateTaskSpec): boolean {
  if (/sensitive/i.test(spec.prompt ?? '')) return true
  const image = spec.image ?? ''
  if (!image.startsWith('data:')) return /sensitive/i.test(image)
  // A demo image "named" sensitive carries the word in its bytes (a PNG text chunk, say).
  return Buffer.from(image.slice(image.indexOf(',') + 1), 'base64').includes('sensitive')
}

/**
 * The demo Ark's create call: checks a body as Ark does, keeps each model's requests a minute,
 * and plans the task's life so no more than the model's running limit run at once; the rest wait
 * queued, first come first served.
 */
export function createDemoCreator(options: { runSeconds: number }) {
  const recentRequests = new Map<string, number[]>()
  const slotsFreeAt = new Map<string, number[]>()
  const created: CreatedEntry[] = []

  function decide(body: unknown, now: number): CreateDecision {
    const read = readCreateTaskBody(body)
    if (!read.ok) {
      if (read.param === 'model')
        return {
          ok: false,
          status: 404,
          code: 'InvalidEndpointOrModel.NotFound',
          message: 'The model or endpoint does not exist or you do not have access to it.',
        }
      return {
        ok: false,
        status: 400,
        code: 'InvalidParameter',
        message: `The request is not valid: ${read.reason}.`,
        param: read.param,
      }
    }
    const endpoint = endpointOf(read.spec.model)
    if (!endpoint)
      return {
        ok: false,
        status: 404,
        code: 'InvalidEndpointOrModel.NotFound',
        message: `The model or endpoint ${read.spec.model} does not exist or you do not have access to it.`,
      }
    const limits = batchLimits(endpoint.model)
    const recent = (recentRequests.get(endpoint.model) ?? []).filter((t) => t > now - 60)
    if (recent.length >= limits.requestsPerMinute) {
      recentRequests.set(endpoint.model, recent)
      return {
        ok: false,
        status: 429,
        code: 'RateLimitExceeded.EndpointRPMExceeded',
        message: `The request rate of ${endpoint.model} is over its limit of ${limits.requestsPerMinute} a minute.`,
        retryAfter: Math.max(1, Math.ceil(recent[0]! + 60 - now)),
      }
    }
    recentRequests.set(endpoint.model, [...recent, now])
    const slots = slotsFreeAt.get(endpoint.model) ?? Array<number>(limits.runningAtOnce).fill(0)
    const slot = slots.indexOf(Math.min(...slots))
    const startsAt = Math.max(now + QUEUED_SECONDS, slots[slot]!)
    const finishesAt = startsAt + options.runSeconds
    slots[slot] = finishesAt
    slotsFreeAt.set(endpoint.model, slots)
    const format = read.spec.format ?? 'glb'
    const failure = mentionsSensitive(read.spec)
      ? {
          code: 'InputImageSensitiveContentDetected',
          message: 'The request failed because the input image may contain sensitive information.',
        }
      : SHIPPED_FORMATS.includes(format)
        ? undefined
        : { code: 'InternalServiceError', message: `The demo Ark has no ${format} model to return; Ark makes one.` }
    return { ok: true, endpoint, spec: { ...read.spec, format: format as FileFormat }, startsAt, finishesAt, failure }
  }

  return {
    decide,
    record(entry: CreatedEntry) {
      created.push(entry)
    },
    /** What was created, and the most tasks of one model that ran at the same moment. */
    log() {
      const byModel = new Map<string, CreatedEntry[]>()
      for (const entry of created) byModel.set(entry.model, [...(byModel.get(entry.model) ?? []), entry])
      const mostRunning: Record<string, number> = {}
      for (const [model, entries] of byModel) {
        mostRunning[model] = Math.max(
          ...entries.map((at) => entries.filter((e) => e.startsAt <= at.startsAt && at.startsAt < e.finishesAt).length),
        )
      }
      return { created: [...created], mostRunning }
    },
    reset() {
      recentRequests.clear()
      slotsFreeAt.clear()
      created.length = 0
    },
  }
}
