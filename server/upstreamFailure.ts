/** Why a connection to an upstream (Ark, a file host) failed, in words and as an error code suffix. */
export interface UpstreamFailure {
  /** `ConnectionRefused`, `DnsFailure`, `Tls`, `Reset`, `Timeout` or `Network`. */
  kind: 'ConnectionRefused' | 'DnsFailure' | 'Tls' | 'Reset' | 'Timeout' | 'BadEncoding' | 'Network'
  /** Completes "could not reach X: …". */
  reason: string
  /** A retry soon may help: not for a refused connection, an unknown name or a bad certificate. */
  transient: boolean
}

const TLS_CODE = /^(ERR_TLS|ERR_SSL|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|EPROTO|HOSTNAME_MISMATCH)/

/** The system error code of a failed request: node's own, or the `cause` undici's fetch wraps it in. */
export function errorCodeOf(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string') return code
    // Happy eyeballs tries every address and reports an AggregateError: the first one says why.
    const errors = (current as { errors?: unknown }).errors
    current = (current as { cause?: unknown }).cause ?? (Array.isArray(errors) ? errors[0] : undefined)
  }
  return undefined
}

export function classifyUpstreamFailure(error: unknown, timedOut: boolean): UpstreamFailure {
  const code = errorCodeOf(error) ?? ''
  if (timedOut || code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT')
    return { kind: 'Timeout', reason: 'it did not answer in time', transient: true }
  if (code === 'ECONNREFUSED')
    return { kind: 'ConnectionRefused', reason: 'the connection was refused (nothing listens there)', transient: false }
  if (code === 'ENOTFOUND')
    return { kind: 'DnsFailure', reason: 'the host name does not resolve (DNS)', transient: false }
  if (code === 'EAI_AGAIN')
    return { kind: 'DnsFailure', reason: 'the host name could not be looked up (DNS, try again)', transient: true }
  if (TLS_CODE.test(code)) return { kind: 'Tls', reason: `the TLS handshake failed (${code})`, transient: false }
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE')
    return { kind: 'Reset', reason: 'the connection was closed unexpectedly', transient: true }
  if (/content-encoding/i.test(causeMessageOf(error)))
    return {
      kind: 'BadEncoding',
      reason: 'its answer was wrapped in more content-codings than a client may undo',
      transient: false,
    }
  return { kind: 'Network', reason: `a network error${code ? ` (${code})` : ''}`, transient: true }
}

function causeMessageOf(error: unknown): string {
  const cause = (error as { cause?: unknown })?.cause
  return cause instanceof Error ? cause.message : ''
}
