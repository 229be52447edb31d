import { fileGoneMessage } from './fileGoneMessage.ts'

export interface FetchProgress {
  loaded: number
  /** From Content-Length; undefined when the server did not say. */
  total?: number
}

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

/** Result files are signed object-storage URLs with no CORS: the browser reads them through the relay. */
export function relayedFileUrl(fileUrl: string): string {
  return `/api/file?url=${encodeURIComponent(fileUrl)}`
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

export interface FetchResultOptions {
  onProgress?: (progress: FetchProgress) => void
  signal?: AbortSignal
  /** When Ark deletes the file (unix seconds), for a message that names the true cause of a 403/404. */
  expiresAt?: number
}

/**
 * Downloads a result file through the relay, reporting bytes as they arrive. A body that ends
 * before its Content-Length, or runs past it, is an error, never a silently short or long file.
 */
export async function fetchResultFile(fileUrl: string, options: FetchResultOptions = {}): Promise<ArrayBuffer> {
  const { onProgress = () => undefined, signal } = options
  let response: Response
  try {
    response = await fetch(relayedFileUrl(fileUrl), { signal })
  } catch (error) {
    if (signal?.aborted) throw error
    throw new ResultFileError('network', 'The file could not be downloaded: the dashboard server cannot be reached.')
  }
  if (!response.ok) throw await resultFileFailure(response, options.expiresAt)
  const lengthHeader = response.headers.get('content-length')
  const total = lengthHeader !== null && /^\d+$/.test(lengthHeader) ? Number(lengthHeader) : undefined
  if (!response.body) {
    const buffer = await response.arrayBuffer()
    onProgress({ loaded: buffer.byteLength, total })
    return buffer
  }
  const reader = response.body.getReader()
  const target = total !== undefined ? new Uint8Array(total) : undefined
  const chunks: Uint8Array[] = []
  let loaded = 0
  for (;;) {
    let read: ReadableStreamReadResult<Uint8Array>
    try {
      read = await reader.read()
    } catch (error) {
      if (signal?.aborted) throw error
      throw new ResultFileError(
        'network',
        `The download broke off after ${loaded} bytes${total ? ` of ${total}` : ''}.`,
      )
    }
    if (read.done) break
    const chunk = read.value
    if (target) {
      if (loaded + chunk.length > target.length) {
        await reader.cancel().catch(() => undefined)
        throw new ResultFileError('network', `The file host sent more than the ${total} bytes it announced.`)
      }
      target.set(chunk, loaded)
    } else chunks.push(chunk)
    loaded += chunk.length
    onProgress({ loaded, total })
  }
  if (target) {
    if (loaded < target.length)
      throw new ResultFileError('network', `The download ended early: ${loaded} of ${total} bytes arrived.`)
    return target.buffer
  }
  const joined = new Uint8Array(loaded)
  let offset = 0
  for (const chunk of chunks) {
    joined.set(chunk, offset)
    offset += chunk.length
  }
  return joined.buffer
}

/**
 * Why a file the browser could not play or show failed: asks the relay for its first byte and, when
 * the file host refuses, says why; `undefined` when the file is there (the fault is the format).
 */
export async function probeResultFile(fileUrl: string, expiresAt?: number): Promise<ResultFileError | undefined> {
  let response: Response
  try {
    response = await fetch(relayedFileUrl(fileUrl), { headers: { Range: 'bytes=0-0' } })
  } catch {
    return new ResultFileError('network', 'The dashboard server cannot be reached.')
  }
  if (response.ok) {
    void response.body?.cancel()
    return undefined
  }
  return resultFileFailure(response, expiresAt)
}

/**
 * The size of a result file without downloading it: Ark's storage signs GET only (no HEAD), so
 * this asks for its first byte and reads the total from Content-Range. Undefined when not told.
 */
export async function probeResultSize(fileUrl: string, signal?: AbortSignal): Promise<number | undefined> {
  try {
    const response = await fetch(relayedFileUrl(fileUrl), { headers: { Range: 'bytes=0-0' }, signal })
    void response.body?.cancel()
    const total = /\/(\d+)$/.exec(response.headers.get('content-range') ?? '')?.[1]
    if (response.status === 206 && total) return Number(total)
    if (response.status === 200) return Number(response.headers.get('content-length')) || undefined
    return undefined
  } catch {
    return undefined
  }
}
