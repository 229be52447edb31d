import { randomBytes } from 'node:crypto'
import { matchArkRoute } from '../arkRoutes.ts'
import { readBodyUpTo, sendError, sendJson, type Req, type Res } from '../http.ts'
// The demo Ark deletes by the same rule the page shows.
import { deleteEffect } from '../../src/api/taskFacts.ts'
import { DEMO_ENDPOINTS, DEMO_ZIP_KINDS, type DemoZipKind } from './demoCatalog.ts'
import type { Fault } from './demoFaults.ts'
import type { DemoFileHost } from './demoFileHost.ts'
import { seededRandom } from './random.ts'
import { createDemoCreator } from './demoCreate.ts'
import type { CreateTaskBody } from '../../src/api/createTaskRequest.ts'
import {
  fileState,
  isVisible,
  planTask,
  seedDemoTasks,
  statusAt,
  updatedAt,
  type DemoTask,
  type FileFormat,
  type FinalOutcome,
} from './demoTasks.ts'

const STATUSES = ['queued', 'running', 'cancelled', 'succeeded', 'failed'] as const
const DEFAULT_PAGE_SIZE = 10

export interface DemoArkOptions {
  fileHost: DemoFileHost
  /** When set (a standalone demo Ark standing in for a real one), requests must carry this Bearer key. */
  requiredKey?: string
  fault?: Fault
  now?: () => number
  /** How long a created task runs (`ARK_DEMO_CREATE_SECONDS`): a scaled minute by default. */
  createRunSeconds?: number
  /** False: the account starts empty, with only the tasks a test makes. */
  seeded?: boolean
}

export interface ReceivedRequest {
  method: string
  /** The request target as it arrived, before any URL normalisation (dot segments, escapes). */
  target: string
  path: string
  query: string
  authorization: string | undefined
  clientRequestId: string | undefined
}

function requestId() {
  return `021${Date.now()}${randomBytes(6).toString('hex')}`
}

function arkError(
  res: Res,
  status: number,
  code: string,
  message: string,
  param = '',
  headers: Record<string, string> = {},
) {
  const type =
    {
      400: 'BadRequest',
      401: 'Unauthorized',
      403: 'Forbidden',
      404: 'NotFound',
      429: 'TooManyRequests',
      500: 'InternalServerError',
    }[status] ?? 'Error'
  sendJson(res, status, { error: { code, message: `${message} Request id: ${requestId()}`, param, type } }, headers)
}

function invalid(res: Res, param: string, why: string) {
  arkError(
    res,
    400,
    `InvalidParameter.${param}`,
    `The parameter \`${param}\` specified in the request is not valid: ${why}.`,
    param,
  )
}

export function createDemoArk(options: DemoArkOptions) {
  const nowSeconds = () => Math.floor((options.now?.() ?? Date.now()) / 1000)
  let tasks = new Map<string, DemoTask>()
  let fault = options.fault
  const received: ReceivedRequest[] = []
  let created = 0
  const creator = createDemoCreator({ runSeconds: options.createRunSeconds ?? 60 })

  const reset = () => {
    tasks = new Map((options.seeded === false ? [] : seedDemoTasks(nowSeconds())).map((t) => [t.id, t]))
    creator.reset()
  }
  reset()

  function toWire(task: DemoTask, now: number) {
    const status = statusAt(task, now)
    const stamp = (s: number) => (task.stringTimestamps ? String(s) : s)
    const item: Record<string, unknown> = {
      id: task.id,
      model: task.endpoint.model,
      status,
      created_at: stamp(task.createdAt),
      updated_at: stamp(updatedAt(task, now)),
    }
    if (task.endpoint.kind === '3d') {
      item.content =
        status === 'succeeded' ? { file_url: options.fileHost.signedUrl(task.id, task.id, task.finishesAt * 1000) } : {}
      item.subdivisionlevel = task.subdivisionlevel
      item.fileformat = task.fileformat
      if (status === 'succeeded') item.usage = { completion_tokens: 30000, total_tokens: 30000 }
    } else {
      if (status === 'succeeded') {
        item.content = {
          video_url: options.fileHost.signedUrl(task.id, `${task.id}-video`, task.finishesAt * 1000, 'webm'),
        }
        item.usage = { completion_tokens: 108900, total_tokens: 108900 }
      }
      Object.assign(item, {
        resolution: '1080p',
        ratio: '16:9',
        duration: 5,
        framespersecond: 24,
        service_tier: 'default',
      })
    }
    if (status === 'failed' && task.error) item.error = task.error
    return item
  }

  function list(res: Res, query: URLSearchParams) {
    const now = nowSeconds()
    const intParam = (name: string, min: number, max: number, fallback: number): number | undefined => {
      const raw = query.get(name)
      if (raw === null || raw === '') return fallback
      const value = Number(raw)
      if (!/^\d+$/.test(raw) || value < min || value > max) {
        invalid(
          res,
          name,
          max === Infinity ? `it must be an integer greater than 0` : `it must be an integer in [${min}, ${max}]`,
        )
        return undefined
      }
      return value
    }
    const pageNum = intParam('page_num', 1, Infinity, 1)
    if (pageNum === undefined) return
    const pageSize = intParam('page_size', 1, 500, DEFAULT_PAGE_SIZE)
    if (pageSize === undefined) return
    const status = query.get('filter.status') || undefined
    if (status && !(STATUSES as readonly string[]).includes(status) && status !== 'expired') {
      return invalid(res, 'filter.status', `it must be one of ${STATUSES.join(', ')}`)
    }
    const ids = new Set(query.getAll('filter.task_ids').filter(Boolean))
    const endpointId = query.get('filter.model') || undefined
    const serviceTier = query.get('filter.service_tier') || undefined

    const matching = [...tasks.values()]
      .filter((t) => isVisible(t, now))
      .filter((t) => !status || statusAt(t, now) === status)
      .filter((t) => ids.size === 0 || ids.has(t.id))
      .filter((t) => !endpointId || t.endpoint.id === endpointId)
      .filter((t) => !serviceTier || (t.endpoint.kind === 'video' && serviceTier === 'default'))
      .sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1))
    const page = matching.slice((pageNum - 1) * pageSize, pageNum * pageSize)
    sendJson(res, 200, { items: page.map((t) => toWire(t, now)), total: matching.length })
  }

  function notFound(res: Res, id: string) {
    arkError(res, 404, 'NotFound.task_id', `The specified task ${id} is not found.`, 'task_id')
  }

  function getOrDelete(req: Req, res: Res, id: string) {
    const now = nowSeconds()
    const task = tasks.get(id)
    if (!task || !isVisible(task, now)) return notFound(res, id)
    if (req.method === 'GET') return sendJson(res, 200, toWire(task, now))
    const status = statusAt(task, now)
    const effect = deleteEffect(status)
    if (effect === 'cancel') {
      task.cancelledAt = now
      return sendJson(res, 200, {})
    }
    if (effect === 'delete') {
      tasks.delete(id)
      return sendJson(res, 200, {})
    }
    arkError(res, 400, 'OperationDenied.InvalidState', `The task ${id} is ${status} and cannot be deleted.`, 'task_id')
  }

  async function create(req: Req, res: Res, checked: CreateTaskBody | undefined, timesOut: boolean) {
    let body: unknown = checked
    if (body === undefined) {
      try {
        const raw = await readBodyUpTo(req, 16 * 1024 ** 2)
        if (!raw) throw new Error('body too large')
        body = JSON.parse(raw.toString('utf8'))
      } catch {
        return arkError(res, 400, 'InvalidParameter', 'The request body is not valid JSON.')
      }
    }
    const now = nowSeconds()
    const decision = creator.decide(body, now)
    if (!decision.ok) {
      const retry: Record<string, string> = decision.retryAfter ? { 'Retry-After': String(decision.retryAfter) } : {}
      return arkError(res, decision.status, decision.code, decision.message, decision.param, retry)
    }
    const task = planTask({
      endpoint: decision.endpoint,
      createdAt: now,
      queuedSeconds: decision.startsAt - now,
      runningSeconds: decision.finishesAt - decision.startsAt,
      outcome: decision.failure ? 'failed' : 'succeeded',
      fileformat: decision.spec.format as FileFormat,
      random: seededRandom(Date.now() + ++created),
    })
    task.stringTimestamps = false
    task.subdivisionlevel = decision.spec.level ?? 'medium'
    task.error = decision.failure
    tasks.set(task.id, task)
    creator.record({
      id: task.id,
      model: task.endpoint.model,
      createdAt: now,
      startsAt: task.startsAt,
      finishesAt: task.finishesAt,
    })
    if (timesOut)
      return sendError(
        res,
        504,
        'ArkUnreachable.Timeout',
        'Ark at ark.demo did not answer within 30 s. The task may have been created.',
      )
    sendJson(res, 200, { id: task.id })
  }

  /** The fault switch if it is set for this request: its method, and a part of its path and query. */
  const faultFor = (req: Req, target: string): Fault | undefined =>
    fault && (!fault.method || fault.method === req.method) && (!fault.match || target.includes(fault.match))
      ? fault
      : undefined

  /** Applies the request's fault (see faultFor); true when it answered for the request. */
  function answeredByFault(res: Res, current: Fault | undefined): boolean {
    if (!current) return false
    if (current.remaining !== undefined && --current.remaining <= 0) fault = undefined
    switch (current.mode) {
      case '400':
        arkError(
          res,
          400,
          'InvalidParameter.filter.model',
          'The parameter `filter.model` specified in the request is not valid.',
          'filter.model',
        )
        return true
      case '429':
        arkError(res, 429, 'RequestBurstTooFast', 'Too many requests in a short time; slow down.', '', {
          'Retry-After': String(current.retryAfterSeconds ?? 1),
        })
        return true
      case '500':
        arkError(res, 500, 'InternalServiceError', 'The service encountered an unexpected internal error.')
        return true
      case '401':
        arkError(res, 401, 'AuthenticationError', 'The API key in the request is missing or invalid.')
        return true
      case '403':
        arkError(res, 403, 'AccountOverdueError', 'Your account has an overdue balance.')
        return true
      case 'hang':
        // Never answers; the client's timeout or the proxy's must handle it.
        return true
      case 'crash':
      case 'crash-async':
        return false // thrown or rejected by `handle` itself
      case 'create-timeout':
        return false // the task is created first
      case 'unreachable':
        // The connection drops with no answer: to the browser, like a dead network.
        res.socket?.destroy()
        return true
      case 'ark-down':
        sendError(
          res,
          502,
          'ArkUnreachable.ConnectionRefused',
          'The server could not reach Ark at ark.demo: the connection was refused (nothing listens there).',
        )
        return true
      case 'malformed':
        res.writeHead(200, { 'Content-Type': 'application/json' })
        res.end('{"items": [{"id": "cgt-trunc')
        return true
      case 'bad-items':
        // Valid JSON, but some items are not what the schema says: handled where they are listed.
        return false
    }
  }

  return {
    /** Handles an Ark API path (what follows the base URL), e.g. `/contents/generations/tasks?page_num=1`. */
    handle(req: Req, res: Res, subPath: string, createBody?: CreateTaskBody): void | Promise<void> {
      const applying = faultFor(req, subPath)
      if (applying?.mode === 'crash') throw new Error('demo fault: the handler crashed')
      if (applying?.mode === 'crash-async') return Promise.reject(new Error('demo fault: the handler rejected'))
      let url: URL
      try {
        url = new URL(subPath, 'http://demo.invalid')
      } catch {
        return sendError(res, 400, 'InvalidRequest', 'The request target is not a URL path.')
      }
      received.push({
        method: req.method ?? 'GET',
        target: subPath,
        path: url.pathname,
        query: url.search,
        authorization: req.headers.authorization,
        clientRequestId: req.headers['x-client-request-id'] as string | undefined,
      })
      if (received.length > 1000) received.splice(0, received.length - 1000)
      if (options.requiredKey !== undefined && req.headers.authorization !== `Bearer ${options.requiredKey}`) {
        return arkError(res, 401, 'AuthenticationError', 'The API key in the request is missing or invalid.')
      }
      const route = matchArkRoute(url.pathname, req.method ?? 'GET')
      if ('refused' in route) return sendError(res, route.status, 'NotFound', route.refused)
      const badItems = applying?.mode === 'bad-items'
      if (answeredByFault(res, applying)) return
      if (route.kind === 'create') return create(req, res, createBody, applying?.mode === 'create-timeout')
      if (route.kind === 'list') {
        if (badItems) return sendJson(res, 200, withBadItems(tasks, nowSeconds(), toWire))
        return list(res, url.searchParams)
      }
      return getOrDelete(req, res, route.id)
    },
    fileOf(taskId: string) {
      const task = tasks.get(taskId)
      if (!task) return { state: 'none' as const }
      return {
        state: fileState(task, nowSeconds()),
        zipKind: task.zipKind,
        video: task.endpoint.kind === 'video',
        ignoresRange: task.fileIgnoresRange,
      }
    },
    /** What the create call made, and the most tasks of one model that ran at once. */
    createdLog: () => creator.log(),
    setFault(next: Fault | undefined) {
      fault = next
    },
    reset,
    received: () => received,
    /** A new task on the first 3D endpoint unless told otherwise; it runs by the demo's clock. */
    createTask(spec: {
      queuedSeconds?: number
      runningSeconds?: number
      outcome?: FinalOutcome
      fileformat?: FileFormat
      endpointId?: string
      zipKind?: DemoZipKind
      /** Its file host answers every request with the whole file (no Range). */
      ignoresRange?: boolean
    }) {
      const endpoint = DEMO_ENDPOINTS.find((e) => e.id === spec.endpointId) ?? DEMO_ENDPOINTS[0]
      const task = planTask({
        endpoint,
        createdAt: nowSeconds() - 1,
        queuedSeconds: spec.queuedSeconds ?? 1,
        runningSeconds: spec.runningSeconds ?? 5,
        outcome: spec.outcome ?? 'succeeded',
        fileformat: spec.fileformat,
        random: seededRandom(Date.now() + ++created),
      })
      task.stringTimestamps = false
      if (spec.zipKind && DEMO_ZIP_KINDS.includes(spec.zipKind)) task.zipKind = spec.zipKind
      if (spec.ignoresRange === true) task.fileIgnoresRange = true
      tasks.set(task.id, task)
      return toWire(task, nowSeconds())
    },
    expireFile(id: string) {
      const task = tasks.get(id)
      if (task) task.fileRemoved = true
      return Boolean(task)
    },
    forget(id: string) {
      return tasks.delete(id)
    },
  }
}

function withBadItems(
  tasks: Map<string, DemoTask>,
  now: number,
  toWire: (t: DemoTask, now: number) => Record<string, unknown>,
) {
  const visible = [...tasks.values()]
    .filter((t) => isVisible(t, now))
    .sort((a, b) => b.createdAt - a.createdAt)
    .slice(0, 10)
  const items: unknown[] = visible.map((t) => toWire(t, now))
  items[1] = { ...(items[1] as object), created_at: 'yesterday-ish', status: 42 }
  items[3] = 'not an object'
  items[5] = { ...(items[5] as object), status: 'paused-by-operator' }
  return { items, total: tasks.size }
}

export type DemoArk = ReturnType<typeof createDemoArk>
