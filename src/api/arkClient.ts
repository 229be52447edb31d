import { markGoneAtArk } from './goneAtArk.ts'
import { deleteEffect } from './taskFacts.ts'
import { ArkApiError, MalformedResponseError, NetworkError, parseRetryAfter } from './arkErrors.ts'
import { readArkTask, readArkTaskPage, type ArkTask, type ArkTaskPage } from './arkTask.ts'
import { taskListSearchParams, type TaskListParams } from './taskListParams.ts'
import { errorMessage } from '../lib/errorMessage.ts'

const ARK_PREFIX = '/api/ark'
const TASKS_PATH = `${ARK_PREFIX}/contents/generations/tasks`

/** An error answer in Ark's shape (whether Ark or the local server sent it), read into one error. */
export async function errorFrom(response: Response): Promise<ArkApiError> {
  let body: unknown
  try {
    body = await response.json()
  } catch {
    body = undefined
  }
  const error = (body as { error?: { code?: unknown; message?: unknown; type?: unknown; param?: unknown } } | undefined)
    ?.error
  const message =
    typeof error?.message === 'string' ? error.message : `Ark answered ${response.status} ${response.statusText}`.trim()
  const requestId =
    /Request id: ?([\w-]+)/i.exec(message)?.[1] ??
    response.headers.get('x-request-id') ??
    response.headers.get('x-client-request-id') ??
    undefined
  return new ArkApiError({
    status: response.status,
    code: typeof error?.code === 'string' ? error.code : `HTTP${response.status}`,
    message,
    type: typeof error?.type === 'string' ? error.type : undefined,
    param: typeof error?.param === 'string' ? error.param : undefined,
    requestId,
    retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
  })
}

/** A request that gets no answer at all (a hung upstream) counts as a network failure and is retried. */
export const REQUEST_TIMEOUT_MS = 15_000

async function arkRequest(path: string, init: RequestInit = {}): Promise<unknown> {
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS)
  const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout
  let response: Response
  try {
    response = await fetch(path, { ...init, signal, headers: { Accept: 'application/json' } })
  } catch (error) {
    if (init.signal?.aborted) throw error
    if (timeout.aborted) throw new NetworkError(`No answer within ${REQUEST_TIMEOUT_MS / 1000} s.`)
    throw new NetworkError()
  }
  if (!response.ok) throw await errorFrom(response)
  const text = await response.text()
  try {
    return JSON.parse(text)
  } catch {
    throw new MalformedResponseError(
      `Ark's answer is not valid JSON (${text.length} bytes starting ${JSON.stringify(text.slice(0, 40))}).`,
    )
  }
}

export async function fetchTaskPage(params: TaskListParams, signal?: AbortSignal): Promise<ArkTaskPage> {
  const body = await arkRequest(`${TASKS_PATH}?${taskListSearchParams(params)}`, { signal })
  try {
    return readArkTaskPage(body)
  } catch (error) {
    throw new MalformedResponseError(errorMessage(error))
  }
}

export async function fetchTask(id: string, signal?: AbortSignal): Promise<ArkTask> {
  return readArkTask(await arkRequest(`${TASKS_PATH}/${encodeURIComponent(id)}`, { signal }), 0)
}

/** Cancels a queued task, or deletes a finished task's record (then remembered as deleted at Ark). */
export async function deleteTask(task: Pick<ArkTask, 'id' | 'status'>): Promise<void> {
  await arkRequest(`${TASKS_PATH}/${encodeURIComponent(task.id)}`, { method: 'DELETE' })
  if (deleteEffect(task.status) === 'delete') markGoneAtArk([task.id], 'deleted')
}

export interface ServerInfo {
  mode: 'demo' | 'ark'
  arkHost?: string
  /** False when the server was started with the browser's list mirror off. */
  browserMirror?: false
  /** False when the server was started with automatic pictures off. */
  autoPictures?: false
  /** True when the server's keeper keeps tasks and results itself. */
  keeper?: true
}

export async function fetchServerInfo(): Promise<ServerInfo> {
  return (await arkRequest('/api/server-info')) as ServerInfo
}
