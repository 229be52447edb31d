import { fileGoneMessage } from '../fileGoneMessage.ts'

/**
 * A result file could not be downloaded. `gone`: the file host no longer serves it (403/404/410);
 * `network`: worth trying again (no answer, cut off, a 5xx); `refused`: the relay will not fetch it.
 */
export class ResultFileError extends Error {
  readonly kind: 'gone' | 'network' | 'refused'
  readonly status?: number
  constructor(kind: ResultFileError['kind'], message: string, status?: number) {
    super(message)
    this.name = 'ResultFileError'
    this.kind = kind
    this.status = status
  }
}

/** The relay's JSON error, in Ark's shape. */
async function relayError(response: Response): Promise<{ code?: string; message?: string }> {
  try {
    const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } }
    const { code, message } = body.error ?? {}
    return {
      code: typeof code === 'string' ? code : undefined,
      message: typeof message === 'string' ? message : undefined,
    }
  } catch {
    return {}
  }
}

/** The error for a relay answer that is not a file; `expiresAt` (unix seconds) tells a cleanup from an early removal. */
export async function resultFileFailure(response: Response, expiresAt?: number): Promise<ResultFileError> {
  const { status } = response
  const { code, message = `The file relay answered ${status}.` } = await relayError(response)
  // Only FileExpired is the file host's own refusal; a 403 of the relay (a host off the list) is not.
  if (code === 'FileExpired') return new ResultFileError('gone', fileGoneMessage(status, expiresAt), status)
  const transient = status >= 500 || status === 408 || status === 429
  return new ResultFileError(transient ? 'network' : 'refused', message, status)
}
