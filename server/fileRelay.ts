import dns from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import type { LookupFunction } from 'node:net'
import { sendError, requestUrl, type Req, type Res } from './http.ts'
import { checkFileUrl, isPrivateAddress, type FileHostAllowlist } from './fileHostAllowlist.ts'

const MAX_REDIRECTS = 5
/** Headers of the file host's answer that the browser needs for a progress bar, ranges and caching. */
const PASSED_RESPONSE_HEADERS = [
  'content-length',
  'content-type',
  'content-range',
  'accept-ranges',
  'etag',
  'last-modified',
] as const

export interface FileRelayOptions {
  allowlist: () => FileHostAllowlist
  timeoutMs: number
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

interface UpstreamAnswer {
  response: http.IncomingMessage
  finalUrl: URL
}

class RelayRefusal extends Error {}

function requestOnce(
  url: URL,
  headers: http.OutgoingHttpHeaders,
  listedExactly: boolean,
  timeoutMs: number,
  signal: AbortSignal,
) {
  return new Promise<http.IncomingMessage>((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http
    const request = client.get(url, {
      headers,
      signal,
      timeout: timeoutMs,
      // Hosts named exactly in ARK_FILE_HOSTS may be local on purpose; Ark's domains may not.
      lookup: listedExactly ? undefined : guardedLookup,
    })
    request.on('response', resolve)
    request.on('timeout', () => request.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })))
    request.on('error', reject)
  })
}

async function fetchFollowingAllowedRedirects(
  start: URL,
  listedExactly: boolean,
  headers: http.OutgoingHttpHeaders,
  options: FileRelayOptions,
  signal: AbortSignal,
): Promise<UpstreamAnswer> {
  let url = start
  let listed = listedExactly
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const response = await requestOnce(url, headers, listed, options.timeoutMs, signal)
    const location = response.headers.location
    if (response.statusCode && response.statusCode >= 300 && response.statusCode < 400 && location) {
      response.resume()
      const verdict = checkFileUrl(new URL(location, url).href, options.allowlist())
      if (!verdict.ok) throw new RelayRefusal(`The file host redirected off the allowed hosts: ${verdict.reason}`)
      url = verdict.url
      listed = verdict.listedExactly
      continue
    }
    return { response, finalUrl: url }
  }
  throw new RelayRefusal('The file host redirected too many times.')
}

function goneMessage(status: number): string {
  return status === 403
    ? 'The file is no longer available (403 from the file host): Ark deletes result files 24 hours after generation, and the signed link expires after 24 hours.'
    : 'The file was not found (404 from the file host): it has been deleted, or the link is wrong.'
}

export function createFileRelay(options: FileRelayOptions) {
  return async function relayFile(req: Req, res: Res) {
    if (req.method !== 'GET') {
      res.setHeader('Allow', 'GET')
      return sendError(res, 405, 'MethodNotAllowed', 'The file relay answers GET only.')
    }
    const raw = requestUrl(req).searchParams.get('url')
    if (!raw) return sendError(res, 400, 'MissingParameter.url', 'Pass the file URL as ?url=<encoded file_url>.')
    const verdict = checkFileUrl(raw, options.allowlist())
    if (!verdict.ok) return sendError(res, 403, 'FileHostNotAllowed', verdict.reason)

    const abort = new AbortController()
    res.on('close', () => abort.abort())
    const headers: http.OutgoingHttpHeaders = { 'user-agent': 'ark3d-relay' }
    if (typeof req.headers.range === 'string') headers.range = req.headers.range

    let answer: UpstreamAnswer
    try {
      answer = await fetchFollowingAllowedRedirects(verdict.url, verdict.listedExactly, headers, options, abort.signal)
    } catch (error) {
      if (abort.signal.aborted) return
      if (error instanceof RelayRefusal) return sendError(res, 403, 'FileHostNotAllowed', error.message)
      const code = (error as { code?: string }).code
      if (code === 'EPRIVATE') return sendError(res, 403, 'FileHostNotAllowed', (error as Error).message)
      if (code === 'ETIMEDOUT') return sendError(res, 504, 'FileHostTimeout', 'The file host did not answer in time.')
      return sendError(
        res,
        502,
        'FileHostUnreachable',
        `The file host could not be reached (${code ?? 'network error'}).`,
      )
    }
    const { response } = answer
    const status = response.statusCode ?? 502
    if (status === 403 || status === 404 || status === 410) {
      response.resume()
      return sendError(res, status === 410 ? 404 : status, 'FileExpired', goneMessage(status === 410 ? 404 : status))
    }
    if (status >= 400) {
      response.resume()
      return sendError(res, 502, 'FileHostError', `The file host answered ${status}.`)
    }
    const passed: Record<string, string> = { 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' }
    for (const name of PASSED_RESPONSE_HEADERS) {
      const value = response.headers[name]
      if (typeof value === 'string') passed[name] = value
    }
    // A zip served as text/html by a misconfigured host must never render as a page of ours.
    if (!passed['content-type'] || /html|xml|javascript/i.test(passed['content-type'])) {
      passed['content-type'] = 'application/octet-stream'
    }
    res.writeHead(status, passed)
    response.pipe(res)
    response.on('error', () => res.destroy())
  }
}
