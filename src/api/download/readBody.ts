import { ResultFileError } from './resultFileError.ts'

/**
 * A Blob built from a body's chunks: every few megabytes the chunks so far become one Blob (a copy
 * of that slice), and the whole is a Blob of those, which refers to them without copying.
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

export interface ReadOptions {
  /** Bytes expected: fewer is an error; more is one too, unless `stopAtExpected`. */
  expected?: number
  /** Stop reading at `expected` bytes (the first part of a parallel download is an open-ended range). */
  stopAtExpected?: boolean
  /** Where this body starts in the file, for the message when it breaks off. */
  offset?: number
  onBytes: (count: number, loaded: number) => void
  signal?: AbortSignal
}

/** Reads a body as a Blob, a slice at a time; a body shorter or longer than expected is an error. */
export async function readBody(response: Response, options: ReadOptions): Promise<Blob> {
  const { expected, stopAtExpected = false, offset = 0, onBytes, signal } = options
  if (!response.body) {
    const blob = await response.blob()
    onBytes(blob.size, blob.size)
    return blob
  }
  const reader = response.body.getReader()
  const blob = new BlobInSlices()
  let loaded = 0
  while (!(stopAtExpected && expected !== undefined && loaded >= expected)) {
    let read: ReadableStreamReadResult<Uint8Array<ArrayBuffer>>
    try {
      read = await reader.read()
    } catch (error) {
      if (signal?.aborted) throw error
      const of = expected !== undefined && !stopAtExpected ? ` of ${expected}` : ''
      throw new ResultFileError('network', `The download broke off after ${offset + loaded} bytes${of}.`)
    }
    if (read.done) break
    let chunk = read.value
    if (expected !== undefined && loaded + chunk.length > expected) {
      if (!stopAtExpected) {
        await reader.cancel().catch(() => undefined)
        throw new ResultFileError('network', `The file host sent more than the ${expected} bytes it announced.`)
      }
      chunk = chunk.subarray(0, expected - loaded)
    }
    blob.add(chunk)
    loaded += chunk.length
    onBytes(chunk.length, loaded)
  }
  if (expected !== undefined && loaded < expected)
    throw new ResultFileError('network', `The download ended early: ${loaded} of ${expected} bytes arrived.`)
  if (stopAtExpected) await reader.cancel().catch(() => undefined)
  return blob.whole()
}
