import dns from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import type { LookupFunction } from 'node:net'
import { sendError, requestUrl, type Req, type Res } from './http.ts'
import { checkFileUrl, isPrivateAddress, type FileHostAllowlist } from './fileHostAllowlist.ts'
import type { RelayLimits } from './config.ts'
import { classifyUpstreamFailure } from './upstreamFailure.ts'
import { relayedContentType } from './relayedContentType.ts'

const MAX_REDIRECTS = 5
/** Headers of the file host's answer that the browser needs for a progress bar, ranges and caching. */
const PASSED_RESPONSE_HEADERS = ['content-length', 'content-range', 'accept-ranges', 'etag', 'last-modified'] as const

export interface FileRelayOptions extends RelayLimits {
  allowlist: () => FileHostAllowlist
}

const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, '', 4)
    const list = addresses as dns.LookupAddress[]
    const bad = list.find((a) => isPrivateAddress(a.address))
    if (bad) {
      const refusal = Object.assign(new Error(`${hostname} resolves to a private address`), { code: 'EPRIVATE' })
      return callback(refusal, '', 4)
    }
    if (options.all) return (callback as (e: null, a: dns.LookupAddress[]) => void)(null, list)
    const first = list[0]!
    callback(null, first.address, first.family)
  })
}

/** Connections are pooled and capped per host: a burst of requests waits its turn instead of opening a socket each. */
function agentsFor(maxSocketsPerHost: number) {
  const options = { keepAlive: true, maxSockets: maxSocketsPerHost, maxFreeSockets: 2, scheduling: 'lifo' as const }
  return { 'http:': new http.Agent(options), 'https:': new https.Agent(options) }
}

class RelayRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

interface UpstreamAnswer {
  response: http.IncomingMessage
  finalUrl: URL
}

export function createFileRelay(options: FileRelayOptions) {
  // Names listed exactly in ARK_FILE_HOSTS may be local on purpose; names under Ark's domains may not.
  const agents = { listed: agentsFor(options.maxSocketsPerHost), guarded: agentsFor(options.maxSocketsPerHost) }

  function requestOnce(
    url: URL,
    headers: http.OutgoingHttpHeaders,
    listedExactly: boolean,
    signal: AbortSignal,
    staleSocketRetries = 3,
  ): Promise<http.IncomingMessage> {
    return new Promise<http.IncomingMessage>((resolve, reject) => {
      const protocol = url.protocol as 'http:' | 'https:'
      const client = protocol === 'https:' ? https : http
      const request = client.get(url, {
        headers,
        timeout: options.timeoutMs,
        agent: (listedExactly ? agents.listed : agents.guarded)[protocol],
        lookup: listedExactly ? undefined : guardedLookup,
      })
      // The signal covers the wait for the answer only. Once the body is streaming, the relay ends it
      // itself; a signal left attached would destroy the socket after it went back to the pool,
      // under whichever request uses it next.
      const onAbort = () => request.destroy(Object.assign(new Error('aborted'), { code: 'ABORT_ERR' }))
      signal.addEventListener('abort', onAbort, { once: true })
      request.on('response', (response) => {
        signal.removeEventListener('abort', onAbort)
        // Until the body is streamed or dropped, a reset must not become an unhandled 'error'.
        response.on('error', () => undefined)
        resolve(response)
      })
      request.on('timeout', () => request.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })))
      request.on('error', (error: NodeJS.ErrnoException) => {
        signal.removeEventListener('abort', onAbort)
        // A pooled socket the host closed meanwhile: a GET is safe to send once more on a new one.
        if (
          staleSocketRetries > 0 &&
          request.reusedSocket &&
          (error.code === 'ECONNRESET' || error.code === 'EPIPE') &&
          !signal.aborted
        ) {
          resolve(requestOnce(url, headers, listedExactly, signal, staleSocketRetries - 1))
        } else reject(error)
      })
    })
  }

  async function fetchFollowingAllowedRedirects(
    start: URL,
    listedExactly: boolean,
    headers: http.OutgoingHttpHeaders,
    signal: AbortSignal,
  ): Promise<UpstreamAnswer> {
    let url = start
    let listed = listedExactly
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const response = await requestOnce(url, headers, listed, signal)
      const status = response.statusCode ?? 0
      if (status < 300 || status >= 400) return { response, finalUrl: url }
      // Never drained: a redirect's body may be endless or slow, and its socket is needed for the next hop.
      response.destroy()
      const location = response.headers.location
      if (!location)
        throw new RelayRefusal(502, 'FileHostError', `The file host answered ${status} without a Location.`)
      let next: URL
      try {
        next = new URL(location, url)
      } catch {
        throw new RelayRefusal(502, 'FileHostError', 'The file host redirected to an address that is not a URL.')
      }
      const verdict = checkFileUrl(next.href, options.allowlist())
      if (!verdict.ok)
        throw new RelayRefusal(
          403,
          'FileHostNotAllowed',
          `The file host redirected off the allowed hosts: ${verdict.reason}`,
        )
      url = verdict.url
      listed = verdict.listedExactly
    }
    throw new RelayRefusal(502, 'FileHostError', 'The file host redirected too many times.')
  }

  /**
   * Streams the body with its limits: the byte cap, and the minimum progress that ends a host which
   * stalls or trickles. Headers are sent by then, so a cut-off shows as a body shorter than its length.
   */
  function streamBody(response: http.IncomingMessage, res: Res, request: string) {
    let total = 0
    let sinceCheck = 0
    const cutOff = (why: string) => {
      clearInterval(progressCheck)
      console.warn(`ark3d relay: ${request} cut off: ${why}`)
      response.destroy()
      res.destroy()
    }
    const progressCheck = setInterval(() => {
      if (sinceCheck < options.minProgress.minBytes) {
        cutOff(`less than ${options.minProgress.minBytes} bytes in ${options.minProgress.windowMs / 1000} s`)
      }
      sinceCheck = 0
    }, options.minProgress.windowMs)
    response.on('data', (chunk: Buffer) => {
      total += chunk.length
      sinceCheck += chunk.length
      if (total > options.maxBytes) return cutOff(`more than ${options.maxBytes} bytes`)
      if (!res.write(chunk)) {
        response.pause()
        res.once('drain', () => response.resume())
      }
    })
    response.on('end', () => {
      clearInterval(progressCheck)
      res.end()
    })
    response.on('error', () => {
      clearInterval(progressCheck)
      res.destroy()
    })
    res.on('close', () => {
      clearInterval(progressCheck)
      if (!response.complete) response.destroy()
    })
  }

  /**
   * Opens an allowed file under the relay's rules (allowlist, private addresses, redirects onto the
   * list only, one deadline for the answer's head): the 2xx answer to stream, or why not. The
   * caller applies the byte cap and the progress rule as it reads the body.
   */
  async function openFile(raw: string, headers: http.OutgoingHttpHeaders, signal: AbortSignal): Promise<OpenedFile> {
    const verdict = checkFileUrl(raw, options.allowlist())
    if (!verdict.ok) return { ok: false, status: 403, code: 'FileHostNotAllowed', message: verdict.reason }
    const abort = new AbortController()
    const onAbort = () => abort.abort()
    signal.addEventListener('abort', onAbort, { once: true })
    // One deadline for the final answer's head, across redirects: a host that trickles its status
    // line or sends 102 Processing forever resets the socket's idle timer, never this one.
    let headTimedOut = false
    const headDeadline = setTimeout(() => {
      headTimedOut = true
      abort.abort()
    }, options.timeoutMs)
    const host = verdict.url.host
    let answer: UpstreamAnswer
    try {
      answer = await fetchFollowingAllowedRedirects(verdict.url, verdict.listedExactly, headers, abort.signal)
    } catch (error) {
      if (headTimedOut) return refused(504, 'FileHostTimeout', `The file host ${host} did not answer in time.`)
      if (signal.aborted) return refused(499, 'Aborted', 'The request was cancelled.')
      if (error instanceof RelayRefusal) return refused(error.status, error.code, error.message)
      const code = (error as { code?: string }).code
      if (code === 'EPRIVATE') return refused(403, 'FileHostNotAllowed', (error as Error).message)
      const failure = classifyUpstreamFailure(error, false)
      if (failure.kind === 'Timeout')
        return refused(504, 'FileHostTimeout', `The file host ${host} did not answer in time.`)
      return refused(
        502,
        `FileHostUnreachable.${failure.kind}`,
        `The file host ${host} could not be reached: ${failure.reason}.`,
      )
    } finally {
      clearTimeout(headDeadline)
      signal.removeEventListener('abort', onAbort)
    }
    const { response } = answer
    const status = response.statusCode ?? 0
    if (status === 403 || status === 404 || status === 410) {
      response.destroy()
      return refused(status === 410 ? 404 : status, 'FileExpired', goneMessage(status))
    }
    if (status < 200 || status > 299) {
      response.destroy()
      return refused(502, 'FileHostError', `The file host answered ${status}, which the relay does not pass on.`)
    }
    const length = response.headers['content-length']
    if (length !== undefined && Number(length) > options.maxBytes) {
      response.destroy()
      return refused(
        502,
        'FileTooLarge',
        `The file is ${length} bytes, more than the relay's limit of ${options.maxBytes} (ARK_RELAY_MAX_BYTES).`,
      )
    }
    return { ok: true, response, url: verdict.url }
  }

  async function relayFile(req: Req, res: Res) {
    if (req.method !== 'GET') {
      res.setHeader('Allow', 'GET')
      return sendError(res, 405, 'MethodNotAllowed', 'The file relay answers GET only.')
    }
    const raw = requestUrl(req).searchParams.get('url')
    if (!raw) return sendError(res, 400, 'MissingParameter.url', 'Pass the file URL as ?url=<encoded file_url>.')
    const abort = new AbortController()
    res.on('close', () => abort.abort())
    const headers: http.OutgoingHttpHeaders = { 'user-agent': 'ark3d-relay' }
    if (typeof req.headers.range === 'string' && /^bytes=[\d,\s-]{1,200}$/.test(req.headers.range))
      headers.range = req.headers.range
    // An ETag or an HTTP date: lets the host send the whole (new) file when it changed since the first range.
    const ifRange = req.headers['if-range']
    if (typeof ifRange === 'string' && /^[\x21-\x7e ]{1,200}$/.test(ifRange)) headers['if-range'] = ifRange

    const opened = await openFile(raw, headers, abort.signal)
    if (!opened.ok) {
      if (opened.status === 499 || res.destroyed) return
      return sendError(res, opened.status, opened.code, opened.message)
    }
    const { response, url } = opened
    const passed: Record<string, string> = {
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
      // Opened directly in a tab, a relayed file is never a page of this origin.
      'content-security-policy': "default-src 'none'; sandbox",
      'content-type': relayedContentType(response.headers['content-type']),
    }
    for (const name of PASSED_RESPONSE_HEADERS) {
      const value = response.headers[name]
      if (typeof value === 'string') passed[name] = value
    }
    res.writeHead(response.statusCode ?? 200, passed)
    streamBody(response, res, `GET ${url.host}${url.pathname}`)
  }

  return Object.assign(relayFile, { openFile })
}

export type OpenedFile =
  { ok: true; response: http.IncomingMessage; url: URL } | { ok: false; status: number; code: string; message: string }

const refused = (status: number, code: string, message: string): OpenedFile => ({ ok: false, status, code, message })

function goneMessage(status: number): string {
  // The relay cannot tell why: the page, which knows when the task finished, says which is likely.
  return status === 404
    ? 'The file host has no such file (404): it was deleted, or the link is wrong.'
    : `The file host refused the file (${status}): the signed link expired, or the file was removed.`
}
