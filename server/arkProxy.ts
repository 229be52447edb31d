import { randomUUID } from 'node:crypto'
import { sendError, type Req, type Res } from './http.ts'
import type { ArkRoute } from './arkRoutes.ts'
import type { CreateTaskBody } from '../src/api/createTaskRequest.ts'
import { classifyUpstreamFailure } from './upstreamFailure.ts'

export interface ArkProxyOptions {
  apiKey: string
  baseUrl: string
  timeoutMs: number
  /** Ark's answers are small JSON; a larger one is refused, not buffered. */
  maxAnswerBytes: number
  log: (line: string) => void
}

/** Ark's response headers worth passing on: support asks for the request ids. */
const PASSED_HEADERS = ['x-client-request-id', 'x-request-id', 'retry-after'] as const

class AnswerTooLarge extends Error {}

/** Failures that happen before a request's body can have left this machine. */
const NEVER_SENT = new Set(['ConnectionRefused', 'DnsFailure', 'Tls'])

export const KEY_PLACEHOLDER = '[ARK_API_KEY]'

/** An Ark that repeats the key (in an error message, a request id) must not hand it to the browser. */
export function redactKey(text: string, apiKey: string): string {
  return apiKey ? text.split(apiKey).join(KEY_PLACEHOLDER) : text
}

function redactKeyInBody(body: Buffer, apiKey: string): Buffer {
  if (!apiKey || body.indexOf(apiKey) === -1) return body
  return Buffer.from(redactKey(body.toString('utf8'), apiKey), 'utf8')
}

async function readCapped(response: Response, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length'))
  if (declared > maxBytes) throw new AnswerTooLarge()
  const chunks: Uint8Array[] = []
  let size = 0
  if (response.body) {
    for await (const chunk of response.body) {
      size += chunk.byteLength
      if (size > maxBytes) {
        void response.body.cancel().catch(() => undefined)
        throw new AnswerTooLarge()
      }
      chunks.push(chunk)
    }
  }
  return Buffer.concat(chunks, size)
}

/**
 * Forwards a checked route to Ark. `query` is what followed `?` in the browser's request, passed
 * byte for byte so repeated filter.task_ids keys and their encoding reach Ark untouched; the path
 * is the route's own, rebuilt from the checked task ID. A create sends the checked body, once:
 * nothing here retries, since a repeated create can be a second paid task.
 */
export function createArkProxy(options: ArkProxyOptions) {
  const arkHost = new URL(options.baseUrl).host
  return async function forwardToArk(req: Req, res: Res, route: ArkRoute, query: string, createBody?: CreateTaskBody) {
    const method = route.kind === 'create' ? 'POST' : req.method === 'DELETE' ? 'DELETE' : 'GET'
    const clientRequestId = `ark3d-${randomUUID()}`
    const target = `${options.baseUrl}${route.path}${query ? `?${query}` : ''}`
    const abort = new AbortController()
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      abort.abort()
    }, options.timeoutMs)
    // Only while Ark's answer is awaited: an abort after the fetch settled must not reach undici.
    const abortOnClose = () => abort.abort()
    res.on('close', abortOnClose)
    const settle = () => {
      clearTimeout(timer)
      res.off('close', abortOnClose)
    }
    const failed = (status: number, code: string, message: string) => {
      settle()
      if (res.destroyed) return
      options.log(`ark proxy: ${method} ${route.path} failed: ${code} [${clientRequestId}]`)
      sendError(res, status, code, message)
    }
    let upstream: Response
    try {
      upstream = await fetch(target, {
        method,
        // Only these headers: the browser's own (Cookie, Authorization) never leave this machine.
        headers: {
          Authorization: `Bearer ${options.apiKey}`,
          'X-Client-Request-Id': clientRequestId,
          Accept: 'application/json',
          ...(createBody ? { 'Content-Type': 'application/json' } : {}),
        },
        body: createBody ? JSON.stringify(createBody) : undefined,
        signal: abort.signal,
        redirect: 'error',
      })
    } catch (error) {
      const failure = classifyUpstreamFailure(error, timedOut)
      const message = `The server could not reach Ark at ${arkHost}: ${failure.reason}.`
      const mayHaveArrived = createBody && !NEVER_SENT.has(failure.kind) ? ' The task may have been created.' : ''
      return failure.kind === 'Timeout'
        ? failed(
            504,
            'ArkUnreachable.Timeout',
            `Ark at ${arkHost} did not answer within ${options.timeoutMs / 1000} s.${mayHaveArrived}`,
          )
        : failed(502, `ArkUnreachable.${failure.kind}`, `${message}${mayHaveArrived}`)
    }
    let body: Buffer
    try {
      body = await readCapped(upstream, options.maxAnswerBytes)
    } catch (error) {
      if (error instanceof AnswerTooLarge) {
        const limit = `${Math.round(options.maxAnswerBytes / 1024 ** 2)} MB`
        return failed(502, 'ArkAnswerTooLarge', `Ark's answer was larger than ${limit}; it was not passed on.`)
      }
      const failure = classifyUpstreamFailure(error, timedOut)
      return failure.kind === 'Timeout'
        ? failed(504, 'ArkUnreachable.Timeout', `Ark at ${arkHost} stopped answering mid-way.`)
        : failed(502, `ArkUnreachable.${failure.kind}`, `Ark at ${arkHost} broke off its answer: ${failure.reason}.`)
    }
    settle()
    if (res.destroyed) return
    if (upstream.status < 200 || upstream.status > 599)
      return failed(502, 'ArkBadAnswer', `Ark at ${arkHost} answered with an invalid status (${upstream.status}).`)
    const headers: Record<string, string> = { 'cache-control': 'no-store', 'x-client-request-id': clientRequestId }
    for (const name of PASSED_HEADERS) {
      const value = upstream.headers.get(name)
      if (value) headers[name] = redactKey(value, options.apiKey)
    }
    body = redactKeyInBody(body, options.apiKey)
    // Whatever Ark sends is data, never a page rendered under this origin.
    headers['content-type'] = 'application/json; charset=utf-8'
    headers['x-content-type-options'] = 'nosniff'
    headers['content-length'] = String(body.length)
    if (upstream.status >= 400)
      options.log(`ark proxy: ${method} ${route.path} -> ${upstream.status} [${clientRequestId}]`)
    res.writeHead(upstream.status, headers)
    res.end(body)
  }
}
