/** Ark (or the local server, in Ark's shape) answered with an error status. */
export class ArkApiError extends Error {
  readonly status: number
  readonly code: string
  readonly type: string
  readonly param: string
  readonly requestId?: string
  readonly retryAfterMs?: number
  constructor(init: {
    status: number
    code: string
    message: string
    type?: string
    param?: string
    requestId?: string
    retryAfterMs?: number
  }) {
    super(init.message)
    this.name = 'ArkApiError'
    this.status = init.status
    this.code = init.code
    this.type = init.type ?? ''
    this.param = init.param ?? ''
    this.requestId = init.requestId
    this.retryAfterMs = init.retryAfterMs
  }
}

/** The dashboard's server could not be reached: the network is down or the server stopped. */
export class NetworkError extends Error {
  constructor(message = 'The dashboard server could not be reached.') {
    super(message)
    this.name = 'NetworkError'
  }
}

/** A 2xx answer whose body is not the JSON the API describes. */
export class MalformedResponseError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'MalformedResponseError'
  }
}

/**
 * Failures the dashboard's server reports about its own way to Ark (in Ark's error shape, but Ark
 * never answered): their message names the cause, e.g. "could not reach Ark at …: connection refused".
 */
export const isLocalServerError = (error: unknown): error is ArkApiError =>
  error instanceof ArkApiError &&
  /^(ArkUnreachable\.|ArkAnswerTooLarge$|ArkBadAnswer$|InternalError$|ServerNotStarted$)/.test(error.code)

/**
 * The server never reached Ark: nothing listens at its address, its name does not resolve, or its
 * certificate is bad. Retrying cannot help, and no request body left the machine.
 */
export const ARK_NEVER_REACHED: ReadonlySet<string> = new Set([
  'ArkUnreachable.ConnectionRefused',
  'ArkUnreachable.DnsFailure',
  'ArkUnreachable.Tls',
])

/** The statuses the official SDKs retry, with backoff and Retry-After. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof NetworkError) return true
  if (error instanceof ArkApiError) {
    if (ARK_NEVER_REACHED.has(error.code)) return false
    return error.status === 408 || error.status === 409 || error.status === 429 || error.status >= 500
  }
  return false
}

/** The longest wait a Retry-After may ask for; a larger one is honoured up to this. */
export const MAX_RETRY_AFTER_MS = 60_000

/**
 * Retry-After as delay-seconds or an HTTP date (RFC 9110), in ms from now. Anything else (negative,
 * fractional, a bare year, text) is ignored, and huge values are capped, never passed on as Infinity.
 */
export function parseRetryAfter(header: string | null, nowMs = Date.now()): number | undefined {
  const value = header?.trim()
  if (!value) return undefined
  if (/^\d+$/.test(value)) return Math.min(Number(value) * 1000, MAX_RETRY_AFTER_MS)
  // An HTTP date always names a weekday or month: "Wed, 21 Oct 2015 07:28:00 GMT".
  if (!/^[A-Za-z]{3},? /.test(value) || !/GMT$/.test(value)) return undefined
  const at = Date.parse(value)
  return Number.isFinite(at) ? Math.min(Math.max(0, at - nowMs), MAX_RETRY_AFTER_MS) : undefined
}

/** 0.5 s doubling to 8 s, as the SDKs do, with jitter; Retry-After wins when given (capped at 60 s). */
export function retryDelayMs(attempt: number, error: unknown, random = Math.random): number {
  if (error instanceof ArkApiError && error.retryAfterMs !== undefined)
    return Math.min(Math.max(0, error.retryAfterMs), MAX_RETRY_AFTER_MS)
  const tries = Number.isFinite(attempt) && attempt > 0 ? Math.floor(attempt) : 0
  const base = Math.min(500 * 2 ** Math.min(tries, 10), 8000)
  return base * (0.75 + random() * 0.25)
}
