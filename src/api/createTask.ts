import { createTaskBody, type CreateTaskSpec } from './createTaskRequest.ts'
import { errorMessage } from '../lib/errorMessage.ts'
import { errorFrom } from './arkClient.ts'
import { ARK_NEVER_REACHED } from './arkErrors.ts'

const TASKS_PATH = '/api/ark/contents/generations/tasks'
/** A 10 MB image takes a while to go up; past this the request's fate is unknown. */
export const CREATE_TIMEOUT_MS = 90_000

/**
 * What became of one create request. Only `created` made a task; `notSent` and `refused` surely
 * made none; after `unknown` Ark may or may not have made one, and the list must be asked.
 */
export type CreateOutcome =
  | { kind: 'created'; id: string }
  | { kind: 'notSent'; reason: string; retryAfterMs?: number }
  | { kind: 'refused'; reason: string }
  | { kind: 'unknown'; reason: string }

/** Sends one create request, once. The caller decides what to do with each outcome. */
export async function createTask(spec: CreateTaskSpec, signal?: AbortSignal): Promise<CreateOutcome> {
  const timeout = AbortSignal.timeout(CREATE_TIMEOUT_MS)
  let response: Response
  try {
    response = await fetch(TASKS_PATH, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(createTaskBody(spec)),
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    })
  } catch (error) {
    if (timeout.aborted) return { kind: 'unknown', reason: `No answer within ${CREATE_TIMEOUT_MS / 1000} s.` }
    return { kind: 'unknown', reason: `The request broke off: ${errorMessage(error)}.` }
  }
  if (response.ok) {
    try {
      const { id } = (await response.json()) as { id?: unknown }
      if (typeof id === 'string' && id) return { kind: 'created', id }
    } catch {
      // Read as unknown below: Ark answered success, but with no readable task ID.
    }
    return { kind: 'unknown', reason: 'Ark answered success without a task ID.' }
  }
  const { code, message, retryAfterMs } = await errorFrom(response)
  if (response.status === 429) return { kind: 'notSent', reason: message, retryAfterMs }
  if (ARK_NEVER_REACHED.has(code)) return { kind: 'notSent', reason: message }
  if (response.status >= 500) return { kind: 'unknown', reason: message }
  return { kind: 'refused', reason: message }
}
