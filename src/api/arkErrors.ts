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

/** The statuses the official SDKs retry, with backoff and Retry-After. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof NetworkError) return true
  if (error instanceof ArkApiError)
    return error.status === 408 || error.status === 409 || error.status === 429 || error.status >= 500
  return false
}

/** Retry-After in seconds or as an HTTP date. */
export function parseRetryAfter(header: string | null, nowMs = Date.now()): number | undefined {
  if (!header) return undefined
  if (/^\d+(\.\d+)?$/.test(header.trim())) return Number(header) * 1000
  const at = Date.parse(header)
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs)
}

/** 0.5 s doubling to 8 s, as the SDKs do, with jitter; Retry-After wins when given (capped at 60 s). */
export function retryDelayMs(attempt: number, error: unknown): number {
  if (error instanceof ArkApiError && error.retryAfterMs !== undefined) return Math.min(error.retryAfterMs, 60_000)
  const base = Math.min(500 * 2 ** attempt, 8000)
  return base * (0.75 + Math.random() * 0.25)
}
