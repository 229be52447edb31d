import { readBody } from './readBody.ts'
import { ResultFileError } from './resultFileError.ts'

export interface FetchProgress {
  loaded: number
  /** From Content-Length; undefined when the server did not say. */
  total?: number
}

export interface FetchOptions {
  onProgress?: (progress: FetchProgress) => void
  signal?: AbortSignal
  /** When Ark deletes the file (unix seconds), for a message that names the true cause of a 403/404. */
  expiresAt?: number
}

/** Result files are signed object-storage URLs with no CORS: the browser reads them through the relay. */
export function relayedFileUrl(fileUrl: string): string {
  return `/api/file?url=${encodeURIComponent(fileUrl)}`
}

/** The announced length of a body; undefined when the server did not say. */
function contentLength(response: Response): number | undefined {
  const header = response.headers.get('content-length')
  return header !== null && /^\d+$/.test(header) ? Number(header) : undefined
}

export async function relayed(fileUrl: string, init: RequestInit, signal: AbortSignal | undefined): Promise<Response> {
  try {
    return await fetch(relayedFileUrl(fileUrl), { ...init, signal })
  } catch (error) {
    if (signal?.aborted) throw error
    throw new ResultFileError('network', 'The file could not be downloaded: the dashboard server cannot be reached.')
  }
}

/** A body of unknown or announced length, whole, with progress. */
export function readWhole(
  response: Response,
  onProgress: (progress: FetchProgress) => void,
  signal: AbortSignal | undefined,
): Promise<Blob> {
  const total = contentLength(response)
  return readBody(response, { expected: total, onBytes: (_, loaded) => onProgress({ loaded, total }), signal })
}
