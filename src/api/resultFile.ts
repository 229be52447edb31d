import { tunable } from '../lib/tunable.ts'
import { fetchInRanges, RangesRefused } from './download/rangedDownload.ts'
import { readWhole, relayed, relayedFileUrl, type FetchOptions, type FetchProgress } from './download/relayed.ts'
import { ResultFileError, resultFileFailure } from './download/resultFileError.ts'
import { markGoneAtArk } from './goneAtArk.ts'
import { heldResultFile, holdResultFile } from './heldResultFiles.ts'

// The download manager's public face: the rest of the app reads result files through these.
import { fetchServerKeptFile, serverKeptNow } from './serverKept.ts'
export { DEFAULT_PARALLEL_FROM_BYTES } from './download/rangedDownload.ts'
export { relayedFileUrl, type FetchProgress } from './download/relayed.ts'
export { ResultFileError, resultFileFailure } from './download/resultFileError.ts'

/** Where a view reads a result's zip from (this browser, or Ark through the relay), with progress. */
export type ZipLoader = (onProgress: (p: FetchProgress) => void, signal: AbortSignal) => Promise<Blob>

export interface FetchResultOptions extends FetchOptions {
  /**
   * The task whose result this is: the page then downloads it once (see heldResultFiles), and a file
   * the host refuses is remembered as gone at Ark.
   */
  taskId?: string
}

/** How many connections a large file comes over (`localStorage["ark3d:downloadConnections"]`, 1 turns it off). */
export const DEFAULT_DOWNLOAD_CONNECTIONS = 4

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
 * bytes on the main thread, where a copy of a large zip is one long task.
 */
export async function fetchResultFile(fileUrl: string, options: FetchResultOptions = {}): Promise<Blob> {
  const { taskId } = options
  const held = taskId ? heldResultFile(taskId) : undefined
  if (held) {
    options.onProgress?.({ loaded: held.size, total: held.size })
    return held
  }
  if (taskId && serverKeptNow()[taskId]) {
    try {
      const blob = await fetchServerKeptFile(taskId, options)
      holdResultFile(taskId, blob)
      return blob
    } catch (error) {
      if (options.signal?.aborted) throw error
      // The server's copy is not there after all: Ark may still have the file.
    }
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
  const connections = Math.floor(tunable('downloadConnections', DEFAULT_DOWNLOAD_CONNECTIONS))
  if (connections > 1) {
    try {
      return await fetchInRanges(fileUrl, options, connections)
    } catch (error) {
      if (!(error instanceof RangesRefused)) throw error
    }
  }
  const response = await relayed(fileUrl, {}, signal)
  if (!response.ok) throw await resultFileFailure(response, options.expiresAt)
  return readWhole(response, onProgress, signal)
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
