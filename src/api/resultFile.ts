import { fileGoneMessage } from './fileGoneMessage.ts'
import { markGoneAtArk } from './goneAtArk.ts'
import { heldResultFile, holdResultFile } from './heldResultFiles.ts'

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

/** Where a view reads a result's zip from (this browser, or Ark through the relay), with progress. */
export type ZipLoader = (onProgress: (p: FetchProgress) => void, signal: AbortSignal) => Promise<Blob>

export interface FetchResultOptions {
  onProgress?: (progress: FetchProgress) => void
  signal?: AbortSignal
  /** When Ark deletes the file (unix seconds), for a message that names the true cause of a 403/404. */
  expiresAt?: number
  /**
   * The task whose result this is: the page then downloads it once (see heldResultFiles), and a file
   * the host refuses is remembered as gone at Ark.
   */
  taskId?: string
}

/** Files from this size on come over several connections (`localStorage["ark3d:parallelFromBytes"]`). */
export const DEFAULT_PARALLEL_FROM_BYTES = 8 * 1024 * 1024
/** How many (`localStorage["ark3d:downloadConnections"]`, 1 turns it off). */
export const DEFAULT_DOWNLOAD_CONNECTIONS = 4

function storedNumber(key: string, fallback: number): number {
  const stored = Number(globalThis.localStorage?.getItem(key))
  return Number.isFinite(stored) && stored > 0 ? stored : fallback
}

/** The announced length of a body; undefined when the server did not say. */
function contentLength(response: Response): number | undefined {
  const header = response.headers.get('content-length')
  return header !== null && /^\d+$/.test(header) ? Number(header) : undefined
}

const CONTENT_RANGE = /^bytes (\d+)-(\d+)\/(\d+)$/

/**
 * A Blob built from a body's chunks: every few megabytes the chunks so far become one Blob (a copy
 * of that slice, ~1 ms), and the whole is a Blob of those, which refers to them without copying.
 */
class BlobInSlices {
  private static readonly SLICE_BYTES = 2 * 1024 * 1024
  private readonly slices: Blob[] = []
  private pending: Uint8Array<ArrayBuffer>[] = []
  private pendingBytes = 0

  add(chunk: Uint8Array<ArrayBuffer>): void {
    this.pending.push(chunk)
    this.pendingBytes += chunk.byteLength
    if (this.pendingBytes >= BlobInSlices.SLICE_BYTES) this.flush()
  }

  whole(): Blob {
    this.flush()
    return new Blob(this.slices)
  }

  private flush(): void {
    if (this.pending.length === 0) return
    this.slices.push(new Blob(this.pending))
    this.pending = []
    this.pendingBytes = 0
  }
}

async function relayed(fileUrl: string, init: RequestInit, signal: AbortSignal | undefined): Promise<Response> {
  try {
    return await fetch(relayedFileUrl(fileUrl), { ...init, signal })
  } catch (error) {
    if (signal?.aborted) throw error
    throw new ResultFileError('network', 'The file could not be downloaded: the dashboard server cannot be reached.')
  }
}

/**
 * Reads a body as a Blob, at most `length` bytes (then stops reading: the first part of a parallel
 * download is an open-ended range). Fewer bytes than `length` is an error.
 */
async function readPart(
  response: Response,
  offset: number,
  length: number,
  onBytes: (count: number) => void,
  signal: AbortSignal | undefined,
): Promise<Blob> {
  const reader = response.body!.getReader()
  const blob = new BlobInSlices()
  let loaded = 0
  while (loaded < length) {
    let read: ReadableStreamReadResult<Uint8Array<ArrayBuffer>>
    try {
      read = await reader.read()
    } catch (error) {
      if (signal?.aborted) throw error
      throw new ResultFileError('network', `The download broke off after ${offset + loaded} bytes.`)
    }
    if (read.done) break
    const chunk = read.value.subarray(0, length - loaded)
    blob.add(chunk)
    loaded += chunk.length
    onBytes(chunk.length)
  }
  if (loaded < length)
    throw new ResultFileError('network', `The download ended early: ${loaded} of ${length} bytes arrived.`)
  await reader.cancel().catch(() => undefined)
  return blob.whole()
}

/** A body of unknown or announced length, whole; more than announced is an error. */
async function readWhole(
  response: Response,
  total: number | undefined,
  onProgress: (progress: FetchProgress) => void,
  signal: AbortSignal | undefined,
): Promise<Blob> {
  if (!response.body) {
    const blob = await response.blob()
    onProgress({ loaded: blob.size, total })
    return blob
  }
  const reader = response.body.getReader()
  const blob = new BlobInSlices()
  let loaded = 0
  for (;;) {
    let read: ReadableStreamReadResult<Uint8Array<ArrayBuffer>>
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
    if (total !== undefined && loaded + chunk.length > total) {
      await reader.cancel().catch(() => undefined)
      throw new ResultFileError('network', `The file host sent more than the ${total} bytes it announced.`)
    }
    blob.add(chunk)
    loaded += chunk.length
    onProgress({ loaded, total })
  }
  if (total !== undefined && loaded < total)
    throw new ResultFileError('network', `The download ended early: ${loaded} of ${total} bytes arrived.`)
  return blob.whole()
}

/** The file changed, or the host stopped honouring ranges, in the middle: start again with one request. */
class RangesRefused extends Error {}

/**
 * Downloads a result file through the relay, reporting bytes as they arrive. A body that ends
 * before its Content-Length, or runs past it, is an error, never a silently short or long file.
 *
 * A large file comes over several connections, like a download manager: the first request asks
 * for `bytes=0-`; when the host answers 206 with the file's size, the first connection keeps
 * reading the first share while the others fetch the rest as ranges (each with `If-Range`, so a
 * file replaced meanwhile is noticed), the parts joined in order. A host that ignores Range
 * answers 200 and the first request simply reads the whole file.
 *
 * The file comes as a Blob, copied out of the network's chunks a slice at a time as they arrive:
 * a result is kept, unzipped in a worker and offered for download from it, none of which needs its
 * bytes on the main thread, where one copy of a 40 MB zip was a 40–140 ms task.
 */
export async function fetchResultFile(fileUrl: string, options: FetchResultOptions = {}): Promise<Blob> {
  const { taskId } = options
  const held = taskId ? heldResultFile(taskId) : undefined
  if (held) {
    options.onProgress?.({ loaded: held.size, total: held.size })
    return held
  }
  try {
    const blob = await fetchResultFileOnce(fileUrl, options)
    if (taskId) holdResultFile(taskId, blob)
    return blob
  } catch (error) {
    if (options.taskId && error instanceof ResultFileError && error.kind === 'gone')
      markGoneAtArk([options.taskId], 'file-gone')
    throw error
  }
}

async function fetchResultFileOnce(fileUrl: string, options: FetchResultOptions): Promise<Blob> {
  const { onProgress = () => undefined, signal } = options
  const connections = Math.floor(storedNumber('ark3d:downloadConnections', DEFAULT_DOWNLOAD_CONNECTIONS))
  if (connections > 1) {
    try {
      return await fetchInRanges(fileUrl, options, connections)
    } catch (error) {
      if (!(error instanceof RangesRefused)) throw error
    }
  }
  const response = await relayed(fileUrl, {}, signal)
  if (!response.ok) throw await resultFileFailure(response, options.expiresAt)
  return readWhole(response, contentLength(response), onProgress, signal)
}

async function fetchInRanges(fileUrl: string, options: FetchResultOptions, connections: number) {
  const { onProgress = () => undefined, signal } = options
  const first = await relayed(fileUrl, { headers: { Range: 'bytes=0-' } }, signal)
  if (!first.ok) throw await resultFileFailure(first, options.expiresAt)
  const range = CONTENT_RANGE.exec(first.headers.get('content-range') ?? '')
  if (first.status !== 206 || !range || range[1] !== '0') {
    // The host sends the whole file: read it from this one request.
    return readWhole(first, contentLength(first), onProgress, signal)
  }
  const total = Number(range[3])
  const parallelFrom = storedNumber('ark3d:parallelFromBytes', DEFAULT_PARALLEL_FROM_BYTES)
  const parts = total >= parallelFrom ? connections : 1
  const share = Math.ceil(total / parts)
  let loaded = 0
  const onBytes = (count: number) => {
    loaded += count
    onProgress({ loaded, total })
  }
  const etag = first.headers.get('etag')
  const others = new AbortController()
  const stopOthers = () => others.abort()
  signal?.addEventListener('abort', stopOthers)
  const otherSignal = signal ? AbortSignal.any([signal, others.signal]) : others.signal
  const part = async (index: number) => {
    const start = index * share
    const end = Math.min(total, start + share) - 1
    const headers: Record<string, string> = { Range: `bytes=${start}-${end}` }
    if (etag) headers['If-Range'] = etag
    const response = await relayed(fileUrl, { headers }, otherSignal)
    if (!response.ok) throw await resultFileFailure(response, options.expiresAt)
    const got = CONTENT_RANGE.exec(response.headers.get('content-range') ?? '')
    if (
      response.status !== 206 ||
      !got ||
      Number(got[1]) !== start ||
      Number(got[2]) !== end ||
      Number(got[3]) !== total
    ) {
      void response.body?.cancel()
      throw new RangesRefused()
    }
    return readPart(response, start, end - start + 1, onBytes, otherSignal)
  }
  let joined: Blob[]
  try {
    joined = await Promise.all([
      readPart(first, 0, Math.min(share, total), onBytes, signal),
      ...Array.from({ length: parts - 1 }, (_, i) => part(i + 1)),
    ])
  } catch (error) {
    others.abort()
    void first.body?.cancel().catch(() => undefined)
    if (signal?.aborted) throw signal.reason ?? error
    throw error
  } finally {
    signal?.removeEventListener('abort', stopOthers)
  }
  return new Blob(joined)
}

/**
 * Why a file the browser could not play or show failed: asks the relay for its first byte and, when
 * the file host refuses, says why; `undefined` when the file is there (the fault is the format).
 */
export async function probeResultFile(
  fileUrl: string,
  expiresAt?: number,
  taskId?: string,
): Promise<ResultFileError | undefined> {
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
  const failure = await resultFileFailure(response, expiresAt)
  if (taskId && failure.kind === 'gone') markGoneAtArk([taskId], 'file-gone')
  return failure
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
