import { randomUUID } from 'node:crypto'
import { sendError, type Req, type Res } from './http.ts'
import { matchArkRoute } from './arkRoutes.ts'

export interface ArkProxyOptions {
  apiKey: string
  baseUrl: string
  timeoutMs: number
  log: (line: string) => void
}

/** Ark's response headers worth passing on: support asks for the request ids. */
const PASSED_HEADERS = ['x-client-request-id', 'x-request-id', 'retry-after'] as const

/**
 * `subPath` is what follows /api/ark, query string included, exactly as the browser sent it,
 * so repeated filter.task_ids keys and their encoding reach Ark untouched.
 */
export function createArkProxy(options: ArkProxyOptions) {
  return async function forwardToArk(req: Req, res: Res, subPath: string) {
    const method = req.method ?? 'GET'
    const queryStart = subPath.indexOf('?')
    const path = queryStart === -1 ? subPath : subPath.slice(0, queryStart)
    const route = matchArkRoute(path, method)
    if ('refused' in route)
      return sendError(res, method === 'GET' || method === 'DELETE' ? 404 : 405, 'NotForwarded', route.refused)

    const clientRequestId = `ark3d-${randomUUID()}`
    const target = `${options.baseUrl}${subPath}`
    const abort = new AbortController()
    const timer = setTimeout(() => abort.abort(new Error('timeout')), options.timeoutMs)
    res.on('close', () => abort.abort())
    let upstream: Response
    try {
      upstream = await fetch(target, {
        method,
        // Only these headers: the browser's own (Cookie, Authorization) never leave this machine.
        headers: {
          Authorization: `Bearer ${options.apiKey}`,
          'X-Client-Request-Id': clientRequestId,
          Accept: 'application/json',
        },
        signal: abort.signal,
        redirect: 'error',
      })
    } catch {
      clearTimeout(timer)
      if (res.destroyed) return
      const timedOut = abort.signal.reason instanceof Error && abort.signal.reason.message === 'timeout'
      options.log(`ark proxy: ${method} ${path} failed (${timedOut ? 'timeout' : 'network'}) [${clientRequestId}]`)
      return timedOut
        ? sendError(res, 504, 'UpstreamTimeout', `Ark did not answer within ${options.timeoutMs / 1000} s.`)
        : sendError(res, 502, 'UpstreamUnreachable', `Ark could not be reached at ${new URL(options.baseUrl).host}.`)
    }
    let body: Buffer
    try {
      body = Buffer.from(await upstream.arrayBuffer())
    } catch {
      clearTimeout(timer)
      return sendError(res, 502, 'UpstreamUnreachable', 'Ark closed the connection mid-answer.')
    } finally {
      clearTimeout(timer)
    }
    const headers: Record<string, string> = { 'cache-control': 'no-store', 'x-client-request-id': clientRequestId }
    for (const name of PASSED_HEADERS) {
      const value = upstream.headers.get(name)
      if (value) headers[name] = value
    }
    // Whatever Ark sends is data, never a page rendered under this origin.
    headers['content-type'] = 'application/json; charset=utf-8'
    headers['x-content-type-options'] = 'nosniff'
    headers['content-length'] = String(body.length)
    if (upstream.status >= 400) options.log(`ark proxy: ${method} ${path} -> ${upstream.status} [${clientRequestId}]`)
    res.writeHead(upstream.status, headers)
    res.end(body)
  }
}
