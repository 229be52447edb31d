import { PreviewError } from './viewerErrors.ts'

export interface FetchProgress {
  loaded: number
  /** From Content-Length; undefined when the server did not say. */
  total?: number
}

async function failureOf(response: Response): Promise<PreviewError> {
  let message = `The file host answered ${response.status}.`
  try {
    const body = (await response.json()) as { error?: { message?: string } }
    if (body.error?.message) message = body.error.message
  } catch {
    // not JSON: keep the status line
  }
  if (response.status === 403 || response.status === 404 || response.status === 410)
    return new PreviewError('expired', message)
  return new PreviewError('network', message)
}

/** Reads the zip through the relay, reporting bytes as they arrive; `signal` abandons it. */
export async function fetchZip(
  url: string,
  onProgress: (p: FetchProgress) => void,
  signal: AbortSignal,
): Promise<ArrayBuffer> {
  let response: Response
  try {
    response = await fetch(url, { signal })
  } catch (error) {
    if (signal.aborted) throw error
    throw new PreviewError('network', 'The file could not be downloaded: the server cannot be reached.')
  }
  if (!response.ok) throw await failureOf(response)
  const lengthHeader = response.headers.get('content-length')
  const total = lengthHeader ? Number(lengthHeader) : undefined
  if (!response.body) {
    const buffer = await response.arrayBuffer()
    onProgress({ loaded: buffer.byteLength, total })
    return buffer
  }
  const reader = response.body.getReader()
  const target = total ? new Uint8Array(total) : undefined
  const chunks: Uint8Array[] = []
  let loaded = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    if (target && loaded + value.length <= target.length) target.set(value, loaded)
    else chunks.push(value)
    loaded += value.length
    onProgress({ loaded, total })
  }
  if (target && loaded === target.length && chunks.length === 0) return target.buffer
  // No or wrong Content-Length: join what came.
  const joined = new Uint8Array(loaded)
  let offset = 0
  if (target) {
    const head = Math.min(loaded, target.length)
    joined.set(target.subarray(0, head), 0)
    offset = head
  }
  for (const chunk of chunks) {
    joined.set(chunk, offset)
    offset += chunk.length
  }
  return joined.buffer
}
